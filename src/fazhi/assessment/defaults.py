"""The shipped framework: the outline's areas and a default county-level scheme.

``OUTLINE_AREAS`` are the nine working parts of the 2021–2025 implementation
outline (《法治政府建设实施纲要(2021—2025年)》, parts 2–10; codes are the
catalog's area prefixes). ``DEFAULT_SCHEME`` is a county scheme for
departments, townships and streets built from the systems in domain.md §3;
each item's ``basis`` names the source it follows (docs/indicators-assessment.md
lists them). Points and thresholds are the office's to change: the national
示范指标体系 publishes no weights, so these are a starting point, not a rule.
The dict has the shape of the YAML export, so the default is loaded through
the same importer as any office's own scheme.
"""

from __future__ import annotations

OUTLINE = "《法治政府建设实施纲要(2021—2025年)》"
DEMO_2021 = "《市县法治政府建设示范指标体系》(2021版)"
SCORING_SHEET = "地方执法责任制考核评分表（“每低10个百分点扣1分”“每件撤销/变更扣2分”）"
INSPECTION_RULES = "《法治政府建设与责任落实督察工作规定》(2019)"

OUTLINE_AREAS = [
    ("functions", "健全政府机构职能体系", f"{OUTLINE}第二部分"),
    ("rules", "健全依法行政制度体系", f"{OUTLINE}第三部分"),
    ("decisions", "健全行政决策制度体系", f"{OUTLINE}第四部分"),
    ("enforcement", "健全行政执法工作体系", f"{OUTLINE}第五部分"),
    ("emergency", "健全突发事件应对体系", f"{OUTLINE}第六部分"),
    ("disputes", "健全社会矛盾纠纷行政预防调处化解体系", f"{OUTLINE}第七部分"),
    ("oversight", "健全行政权力制约和监督体系", f"{OUTLINE}第八部分"),
    ("digital", "健全法治政府建设科技保障体系", f"{OUTLINE}第九部分"),
    ("leadership", "加强党的领导，完善法治政府建设推进机制", f"{OUTLINE}第十部分"),
]


def _item(number, title, points, kind, *, indicator="", basis, applies_to="all", **params):
    return {
        "number": number,
        "title": title,
        "max_points": points,
        "kind": kind,
        "indicator_code": indicator,
        "applies_to": applies_to,
        "basis": basis,
        **params,
    }


ITEMS = {
    "functions": [
        _item(
            "1.1",
            "政务服务事项网上可办率",
            10,
            "linear",
            indicator="functions.online_service_rate",
            target=95,
            zero_at=60,
            basis=f"{DEMO_2021}一级指标1（审批服务“网上办”）",
        ),
    ],
    "rules": [
        _item(
            "2.1",
            "规范性文件报备率达到100%",
            5,
            "threshold",
            indicator="rules.normdocs_filing_rate",
            target=100,
            basis=f"{DEMO_2021}三级指标27（报备率、及时率、规范率100%）",
        ),
        _item(
            "2.2",
            "规范性文件报备及时率达到100%",
            4,
            "threshold",
            indicator="rules.normdocs_filing_timely_rate",
            target=100,
            basis=f"{DEMO_2021}三级指标27",
        ),
        _item(
            "2.3",
            "涉及群众切身利益的规范性文件公开征求意见不少于7个工作日",
            4,
            "judged",
            basis=f"{DEMO_2021}三级指标24",
        ),
    ],
    "decisions": [
        _item(
            "3.1",
            "重大行政决策法定程序履行率达到100%",
            6,
            "threshold",
            indicator="decisions.procedures_complete_rate",
            target=100,
            basis="《重大行政决策程序暂行条例》(国务院令第713号)",
        ),
        _item(
            "3.2",
            "公布年度重大行政决策事项目录",
            4,
            "judged",
            applies_to="departments",
            basis="《重大行政决策程序暂行条例》第十条",
        ),
    ],
    "enforcement": [
        _item(
            "4.1",
            "双随机抽查计划完成率（每低10个百分点扣1分）",
            6,
            "stepped",
            indicator="enforcement.random_plan_completion_rate",
            target=100,
            step=10,
            points_per_step=1,
            basis=SCORING_SHEET,
        ),
        _item(
            "4.2",
            "双随机抽查结果公示率达到100%",
            4,
            "threshold",
            indicator="enforcement.random_result_publicity_rate",
            target=100,
            basis="双随机、一公开监管（国发〔2019〕5号）",
        ),
        _item("4.3", "行政执法案卷评查无不合格案卷", 5, "judged", basis=SCORING_SHEET),
    ],
    "emergency": [
        _item("5.1", "突发事件应急预案依法制定、修订并演练", 5, "judged", basis=f"{OUTLINE}第六部分"),
    ],
    "disputes": [
        _item(
            "6.1",
            "行政机关负责人出庭应诉率（达到90%得满分，以下按比例计分）",
            8,
            "linear",
            indicator="disputes.head_appearance_rate",
            target=90,
            zero_at=0,
            basis="《行政诉讼法》第三条；最高法《关于行政机关负责人出庭应诉若干问题的规定》",
        ),
        _item(
            "6.2",
            "行政诉讼败诉（每件扣2分，最多扣6分）",
            6,
            "deduction",
            indicator="disputes.litigation_losses",
            points_per_step=2,
            cap=6,
            basis=SCORING_SHEET,
        ),
    ],
    "oversight": [
        _item(
            "7.1",
            "12345热线按时办结率（100%满分，80%及以下不得分）",
            5,
            "linear",
            indicator="oversight.hotline_ontime_rate",
            target=100,
            zero_at=80,
            basis="地方12345热线考核办法",
        ),
        _item("7.2", "政府信息主动公开及时、准确、完整", 4, "judged", basis=f"{OUTLINE}第八部分"),
    ],
    "digital": [
        _item("8.1", "使用行政执法综合管理监督信息系统办案", 5, "judged", basis=f"{OUTLINE}第九部分"),
    ],
    "leadership": [
        _item(
            "9.1",
            "按时报送并公开法治政府建设年度报告",
            6,
            "threshold",
            indicator="leadership.annual_reports_on_time",
            target=100,
            basis=f"{INSPECTION_RULES}第二十四条",
        ),
        _item(
            "9.2",
            "党组（党委）会前学法不少于4次",
            3,
            "threshold",
            indicator="leadership.pre_meeting_study_sessions",
            target=4,
            basis="地方考核常见做法（会前学法制度）",
        ),
        _item(
            "9.3",
            "督察发现问题整改完成率（100%满分，60%及以下不得分）",
            6,
            "linear",
            indicator="leadership.rectification_rate",
            target=100,
            zero_at=60,
            basis=INSPECTION_RULES,
        ),
        _item(
            "9.4",
            "法治宣传活动不少于10场",
            4,
            "threshold",
            indicator="education.activities",
            target=10,
            basis="“谁执法谁普法”普法责任制",
        ),
    ],
}

DEFAULT_NAME = "县级法治政府建设考核方案（默认）"


def default_scheme(year: int) -> dict:
    return {
        "name": DEFAULT_NAME,
        "year": year,
        "description": "按《法治政府建设实施纲要(2021—2025年)》九个部分设置考核领域；"
        "各项分值、达标线为默认值，由依法治区办按年度调整。",
        "areas": [
            {"code": code, "name": name, "basis": basis, "items": ITEMS[code]}
            for code, name, basis in OUTLINE_AREAS
        ],
    }
