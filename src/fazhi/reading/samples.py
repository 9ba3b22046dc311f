"""Synthetic annual reports for tests and the benchmark: varied, noisy, with the truth known.

``make(seed)`` writes one report in the genre's shape (title styles, heading
styles, statutory parts present or not, number forms, site chrome, noise) and
returns it with what a correct reading must find. Every sentence here is
written for fazhi; none comes from a real report.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import cache

from fazhi.catalog import regions

# (code, sentence with {n} for the figure, unit); the figure's form varies.
FACT_SENTENCES: list[tuple[str, str, str]] = [
    ("leadership.pre_meeting_study_sessions", "政府常务会议坚持集体学法，全年组织会前学法{n}次", "次"),
    ("leadership.key_tasks", "印发年度工作要点，明确法治政府建设重点任务{n}项", "项"),
    ("leadership.problems_listed", "对照督察反馈意见，共梳理问题清单{n}条并逐条销号", "条"),
    ("leadership.oath_takers", "组织新任命国家工作人员{n}人次进行宪法宣誓", "人次"),
    ("functions.online_service_rate", "政务服务事项网上可办率达到{n}", "%"),
    ("functions.power_list_items", "动态调整权责清单{n}项", "项"),
    ("rules.normdocs_reviewed", "全年合法性审核规范性文件{n}件", "件"),
    ("rules.normdocs_filing_rejected", "对报送的文件依法审查，不予备案{n}件", "件"),
    ("rules.normdocs_cleaned", "开展专项清理，共清理规范性文件{n}件", "件"),
    ("decisions.contracts_reviewed", "审查政府合同{n}份，提出修改意见若干条", "件"),
    ("decisions.legal_opinions", "出具合法性审查意见{n}份", "份"),
    ("enforcement.officers", "目前登记在册行政执法人员{n}人", "人"),
    ("enforcement.penalty_cases", "全年办理行政处罚案件{n}件", "件"),
    ("enforcement.penalty_amount", "罚没金额{n}", "元"),
    ("enforcement.inspections", "开展行政检查{n}次", "次"),
    ("enforcement.case_files_reviewed", "组织案卷评查，抽查行政执法案卷{n}份", "件"),
    ("disputes.reconsideration_cases", "全年受理行政复议案件{n}件", "件"),
    ("disputes.litigation_cases", "办理行政应诉案件{n}件", "件"),
    ("disputes.head_appearance_rate", "行政机关负责人出庭应诉率达{n}", "%"),
    ("disputes.mediation_cases", "各级调解组织共调处矛盾纠纷{n}件", "件"),
    ("disputes.mediation_success_rate", "调解成功率{n}", "%"),
    ("disputes.legal_aid_cases", "办理法律援助案件{n}件", "件"),
    ("oversight.npc_suggestions", "办理人大代表建议{n}件", "件"),
    ("oversight.cppcc_proposals", "办理政协提案{n}件", "件"),
    ("oversight.proactive_disclosures", "通过政府网站主动公开政府信息{n}条", "条"),
    ("oversight.audit_projects", "完成审计项目{n}个", "个"),
    ("education.activities", "深入开展法治宣传活动{n}场", "场"),
    ("education.materials", "发放普法宣传资料{n}份", "份"),
]
FILLER_SENTENCES = [
    "坚持把法治政府建设摆在全局工作的重要位置，统筹谋划、协调推进",
    "健全工作机制，强化督促检查，推动各项任务落地见效",
    "聚焦群众急难愁盼问题，持续优化服务流程，提升办事便利度",
    "严格落实行政执法公示、执法全过程记录、重大执法决定法制审核制度",
    "坚持科学决策、民主决策、依法决策，决策质量进一步提高",
    "自觉接受人大法律监督、政协民主监督，主动接受社会和舆论监督",
]
TOPICS = [
    "强化组织领导",
    "依法全面履行政府职能",
    "完善依法行政制度体系",
    "推进严格规范公正文明执法",
    "强化行政权力制约监督",
    "依法化解社会矛盾纠纷",
    "深化法治宣传教育",
]
HEADING_STYLES = [("一、", "（一）"), ("一、", "1."), ("第一部分", "一、"), ("", "")]
_CN = "一二三四五六七八九十"


@dataclass
class Sample:
    text: str
    truth: dict = field(default_factory=dict)  # title, year, kind, region code, level, parts, facts, defects


@cache
def _counties() -> list[regions.Region]:
    return [r for r in regions.all_regions() if r.level == "county" and len(regions.lookup(r.name)) == 1]


@cache
def _cities() -> list[regions.Region]:
    return [r for r in regions.all_regions() if r.level == "city" and len(regions.lookup(r.name)) == 1]


def _figure(rng: random.Random, unit: str) -> tuple[str, float, str]:
    """(printed form, value, qualifier) for a figure of ``unit``."""
    if unit == "%":
        value = rng.choice([100, 98.5, 96.2, 91.11, 85])
        form = rng.random()
        if form < 0.15 and value == int(value):
            return f"{int(value)}%以上", value, "at_least"
        if form < 0.25:
            return f"{value:g}%左右", value, "approx"
        return f"{value:g}%", value, "exact"
    if unit == "元":
        wan = rng.choice([415.65, 1203.4, 86.2, 2350])
        return f"{wan:g}万元", round(wan * 10000), "exact"
    value = rng.randint(12, 4800)
    form = rng.random()
    if form < 0.15:
        base = value // 100 * 100 or 100
        return f"{base}余", base, "more_than"
    if form < 0.22:
        base = max(1, value // 10000) * 10000 if value > 2000 else 20000
        return f"{base // 10000}万余", base, "more_than"
    if form < 0.28:
        printed, value = rng.choice([("二十余", 20), ("三十余", 30), ("百余", 100)])
        return printed, value, "more_than"
    if form < 0.33:
        return f"近{value}", value, "approx"
    return str(value), value, "exact"


def make(seed: int, noise: bool = True) -> Sample:
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    year = rng.randint(2016, 2025)
    place = rng.choice(_cities() if rng.random() < 0.3 else _counties())
    issuer = place.name + "人民政府"
    numbering = rng.choice(HEADING_STYLES)
    parts_present = {part: rng.random() < 0.85 for part in ("shortcomings", "first_responsible", "next_plan")}
    title = rng.choice(
        [
            f"{issuer}{year}年度法治政府建设情况报告",
            f"关于{place.name}{year}年法治政府建设工作情况的报告",
            f"{year}年度{place.name}法治政府建设工作报告",
        ]
    )
    has_title = rng.random() < 0.9
    lines: list[str] = []
    published = f"{year + 1}-0{rng.randint(1, 3)}-{rng.randint(10, 28)}"
    if noise:
        lines.append(f"今天是：{year + 2}年5月6日 星期三")
        lines.append("首页 > 政务公开 > 法治政府建设")
    if has_title:
        lines.append(title)
    if noise:
        lines.append(
            f"发布时间：{published} 来源：{place.name}司法局 浏览次数：{rng.randint(10, 9999)} 【字体：大 中 小】"
        )
    lines.append(
        f"{year}年，{place.name}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
        f"全面推进依法行政，法治政府建设取得新成效。现将有关情况报告如下："
    )
    facts: list[dict] = []

    def heading(index: int, level: int, words: str) -> str:
        first, second = numbering
        style = first if level == 1 else second
        if not style:
            return words
        if style == "一、":
            return f"{_CN[index]}、{words}"
        if style == "（一）":
            return f"（{_CN[index]}）{words}"
        if style == "1.":
            return f"{index + 1}.{words}"
        return f"第{_CN[index]}部分 {words}"

    part_index = 0
    lines.append(heading(part_index, 1, f"{year}年推进法治政府建设的主要举措和成效"))
    part_index += 1
    chosen = rng.sample(FACT_SENTENCES, k=rng.randint(10, 18))
    for topic_index, topic in enumerate(rng.sample(TOPICS, k=4)):
        lines.append(heading(topic_index, 2, topic))
        paragraph = [rng.choice(FILLER_SENTENCES)]
        for code, sentence, unit in chosen[topic_index::4]:
            printed, value, qualifier = _figure(rng, unit)
            paragraph.append(sentence.format(n=printed))
            facts.append({"indicator": code, "value": value, "qualifier": qualifier})
        lines.append("，".join(paragraph) + "。")
    if parts_present["first_responsible"]:
        lines.append(heading(part_index, 1, "党政主要负责人履行推进法治建设第一责任人职责情况"))
        lines.append(
            "政府主要负责人认真履行第一责任人职责，对法治政府建设重要工作亲自部署、重大问题亲自过问。"
        )
        part_index += 1
    if parts_present["shortcomings"]:
        lines.append(heading(part_index, 1, "存在的不足和原因"))
        lines.append(
            "一是部分单位对法治政府建设重视不够；二是基层执法力量仍然薄弱；三是法治宣传的针对性有待增强。"
        )
        part_index += 1
    if parts_present["next_plan"]:
        lines.append(heading(part_index, 1, f"{year + 1}年推进法治政府建设的主要安排"))
        lines.append("下一步，将继续深化法治政府建设，健全依法决策机制，提升行政执法质量，加强法治宣传教育。")
        part_index += 1
    lines.append(f"{issuer}")
    if noise:
        lines += [
            "上一篇：关于做好防汛工作的通知",
            "下一篇：政府信息公开工作年度报告",
            f"主办单位：{issuer}  网站标识码：{rng.randint(1000000000, 9999999999)}  ICP备案号：某ICP备12345678号",
        ]
    text = "\n".join(lines) + "\n"
    truth = {
        "title": title if has_title else None,
        "year": year,
        "kind": "annual_report",
        "region": place.code,
        "level": place.level,
        "published": published if noise else None,
        "parts": {"results": "section", **{k: ("section" if v else None) for k, v in parts_present.items()}},
        "facts": facts,
    }
    return Sample(text, truth)
