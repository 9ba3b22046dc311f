"""The report's wording: default sentence templates and how a template is filled.

A template is plain text with slots in braces:

- ``{code}`` — an indicator code of the catalog (``{rules.normdocs_issued}``): the region's
  value of the year with its unit (``14件``), or, when last year's value exists, the
  change the reading engine reads as one figure with its previous value
  (``从10件增至14件``, ``从95.5%升至100%``; ``14件，与上年持平`` when equal);
- ``{year}``, ``{next_year}``, ``{region}`` (德清县), ``{level}`` (县), ``{government}``,
  ``{office}`` (依法治县办).

A sentence (up to its 。) whose indicator has no value that year is left out, so the
draft never carries a number the platform does not hold. Only codes the reading engine
has words for (catalog aliases) may be used: a figure the read-back cannot find would
block the export.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from fazhi.catalog import indicators as catalog

SLOT = re.compile(r"\{([a-z_]+(?:\.[a-z_]+)?)\}")
VARIABLES = ("year", "next_year", "region", "level", "government", "office")

# Areas whose numbers come from a duty app: while none of the apps is installed the
# area says so instead of inventing a sentence (issue 17).
AREA_APPS: dict[str, tuple[str, ...]] = {
    "leadership": ("plans", "oversight"),
    "rules": ("normdocs",),
    "decisions": ("decisions", "counsel"),
    "enforcement": ("enforcement", "inspections"),
    "disputes": ("disputes",),
    "education": ("education",),
}

HEADINGS = {
    "results": "一、{year}年推进法治政府建设的主要举措和成效",
    "shortcomings": "二、{year}年推进法治政府建设存在的不足和原因",
    "first_responsible": "三、{year}年党政主要负责人履行推进法治建设第一责任人职责情况",
    "next_plan": "四、{next_year}年推进法治政府建设的主要安排",
    "other": "五、其他需要报告的情况",
}

TITLE = "{government}关于{year}年度法治政府建设情况的报告"

DEFAULTS: dict[str, str] = {
    "opening": (
        "{year}年，{government}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
        "全面推进法治政府建设。现将有关情况报告如下："
    ),
    "results.leadership": (
        "确定年度法治政府建设重点任务{leadership.key_tasks}。"
        "组织领导干部任前法律知识考试{leadership.pre_appointment_exam_takers}。"
        "组织宪法宣誓{leadership.oath_takers}。"
    ),
    "results.functions": (
        "政务服务事项网上可办率{functions.online_service_rate}。"
        "梳理行政许可事项{functions.permit_items}。"
        "公布权责清单事项{functions.power_list_items}。"
        "取消证明事项{functions.certificates_abolished}。"
    ),
    "results.rules": (
        "全年出台行政规范性文件{rules.normdocs_issued}。"
        "合法性审核规范性文件{rules.normdocs_reviewed}。"
        "报送备案规范性文件{rules.normdocs_filed}。"
        "规范性文件报备率{rules.normdocs_filing_rate}。"
        "规范性文件报备及时率{rules.normdocs_filing_timely_rate}。"
        "清理规范性文件{rules.normdocs_cleaned}。"
    ),
    "results.decisions": (
        "纳入重大行政决策目录的决策事项{decisions.catalog_items}。"
        "法律顾问、公职律师审查合同{decisions.contracts_reviewed}。"
        "法律顾问、公职律师出具法律意见书{decisions.legal_opinions}。"
    ),
    "results.enforcement": (
        "公布行政执法主体{enforcement.bodies}。"
        "全{level}行政执法人员{enforcement.officers}。"
        "办理行政执法证件{enforcement.certificates_processed}。"
        "培训行政执法人员{enforcement.officers_trained}。"
        "开展行政检查{enforcement.inspections}。"
        "全年行政处罚案件{enforcement.penalty_cases}。"
        "罚没金额{enforcement.penalty_amount}。"
        "轻微违法免予处罚{enforcement.minor_exemptions}。"
        "重大执法决定法制审核{enforcement.major_decisions_reviewed}。"
        "重大行政处罚备案{enforcement.major_penalties_filed}。"
        "重大行政强制备案{enforcement.major_coercions_filed}。"
        "评查行政执法案卷{enforcement.case_files_reviewed}。"
        "开展双随机抽查{enforcement.random_inspection_batches}。"
        "抽查企业{enforcement.random_inspection_objects}。"
        "跨部门联合抽查{enforcement.random_joint_batches}。"
        "双随机抽查事项清单覆盖率{enforcement.random_list_coverage_rate}。"
        "双随机抽查计划完成率{enforcement.random_plan_completion_rate}。"
        "双随机抽查结果公示率{enforcement.random_result_publicity_rate}。"
    ),
    "results.emergency": "",
    "results.disputes": (
        "办理行政复议案件{disputes.reconsideration_cases}。"
        "行政复议直接纠错率{disputes.reconsideration_correction_rate}。"
        "行政复议听证率{disputes.reconsideration_hearing_rate}。"
        "办理行政应诉案件{disputes.litigation_cases}。"
        "行政诉讼败诉案件{disputes.litigation_losses}。"
        "行政诉讼胜诉率{disputes.litigation_win_rate}。"
        "行政机关负责人出庭应诉率{disputes.head_appearance_rate}。"
        "全{level}调解组织{disputes.mediation_organizations}。"
        "调处矛盾纠纷{disputes.mediation_cases}。"
        "调解成功率{disputes.mediation_success_rate}。"
    ),
    "results.oversight": (
        "办理人大代表建议{oversight.npc_suggestions}。"
        "办理政协提案{oversight.cppcc_proposals}。"
        "主动公开政府信息{oversight.proactive_disclosures}。"
        "完成审计项目{oversight.audit_projects}。"
        "办理12345热线诉求{oversight.hotline_requests}。"
        "12345热线按时办结率{oversight.hotline_ontime_rate}。"
    ),
    "results.digital": "",
    "results.education": (
        "组织法治宣传活动{education.activities}。"
        "举办法治培训{education.trainings}。"
        "发放普法宣传资料{education.materials}。"
        "民主法治示范村（社区）{education.demo_communities}。"
    ),
    "shortcomings": (
        "对照法治政府建设实施纲要的要求，{year}年我{level}法治政府建设还存在一些不足。"
        "督察检查发现问题{leadership.problems_listed}。"
    ),
    "shortcomings.causes": "",
    "first_responsible": (
        "{government}主要负责人认真履行推进法治建设第一责任人职责，把法治政府建设摆在工作全局的重要位置。"
        "全年召开政府常务会议会前学法{leadership.pre_meeting_study_sessions}。"
        "坚持重大行政决策集体讨论决定。"
        "纳入重大行政决策目录的决策事项{decisions.catalog_items}。"
    ),
    "next_plan": "{next_year}年，我{level}将继续深入学习贯彻习近平法治思想，重点做好以下工作：",
    "other": "无其他需要报告的情况。",
}

# Sentences the office must replace (the report's own words, so Chinese, as the templates):
# a part the platform has nothing for says so, never a made-up figure (issue 17).
PLACEHOLDER_MARK = "（待补充："
NO_RECORDS = "（待补充：平台尚未记录{area}方面的工作，请{office}补写本领域的主要举措和成效。）"
NO_FIGURES = "（待补充：平台中尚无{year}年{area}方面的指标值，请补写本领域的主要举措和成效。）"
NO_CAUSES = "（待补充：请分析上述不足产生的原因。）"
NO_PLAN = "（待补充：平台中尚无{next_year}年法治政府建设工作计划，请补写下一年度的主要安排。）"
PROBLEMS_LEAD = "督察检查发现的主要问题："
REPORT_POINTS_LEAD = "各单位年度报告反映的不足主要有："

# What a template key is, for the template pages.
KEY_ORDER = list(DEFAULTS)


@dataclass(frozen=True)
class Filled:
    """A figure a template slot was filled with (``value`` of the region, ``previous`` of last year)."""

    code: str
    value: Decimal
    unit: str
    previous: Decimal | None
    written: str
    source: str
    value_ids: tuple[int, ...]


def number(value: Decimal) -> str:
    return f"{value.normalize():f}"


def written(value: Decimal, unit: str, previous: Decimal | None) -> str:
    """The figure as the sentence carries it; a change in the form the engine reads as one figure."""
    now = f"{number(value)}{unit}"
    if previous is None:
        return now
    if previous == value:
        return f"{now}，与上年持平"
    verb = ("升至" if unit == "%" else "增至") if value > previous else ("降至" if unit == "%" else "减至")
    return f"从{number(previous)}{unit}{verb}{now}"


def slots(text: str) -> list[str]:
    return SLOT.findall(text)


def template_problems(text: str) -> list[str]:
    """Slots a template may not hold, as (slot, reason-code) pairs in words for the rules."""
    problems = []
    for slot in slots(text):
        if slot in VARIABLES:
            continue
        indicator = catalog.get(slot)
        if indicator is None:
            problems.append(("unknown", slot))
        elif not indicator.aliases:
            problems.append(("unreadable", slot))
    return problems


def sentences(text: str) -> list[str]:
    return [piece for piece in re.split(r"(?<=。)", text) if piece.strip()]


def fill(
    text: str, variables: dict[str, str], figures: dict, omitted: list[str] | None = None
) -> tuple[str, list[Filled]]:
    """The template with its slots filled; sentences whose indicator has no value are left out.

    ``figures`` maps a code to ``(figure, previous_figure)`` of ``indicators.regional``; the
    codes of the sentences left out are appended to ``omitted``, for the office's note.
    """
    kept, filled = [], []
    for sentence in sentences(text):
        pieces: list[Filled] = []
        gaps: list[str] = []
        missing = False

        def replace(match, pieces=pieces, gaps=gaps):
            nonlocal missing
            name = match.group(1)
            if name in variables:
                return variables[name]
            current, last = figures.get(name, (None, None))
            if current is None or current.value is None:
                missing = True
                gaps.append(name)
                return ""
            previous = last.value if last is not None else None
            if previous == 0 and current.unit != "%":
                # A count of zero last year is, in a region's first year on the platform, nothing
                # recorded yet, not nothing done: 从0件增至23件 would tell the public a false rise.
                previous = None
            figure = Filled(
                code=name,
                value=current.value,
                unit=current.unit,
                previous=previous,
                written=written(current.value, current.unit, previous),
                source=current.source,
                value_ids=current.value_ids,
            )
            pieces.append(figure)
            return figure.written

        result = SLOT.sub(replace, sentence)
        if not missing:
            kept.append(result)
            filled.extend(pieces)
        elif omitted is not None:
            omitted.extend(gaps)
    return "".join(kept), filled
