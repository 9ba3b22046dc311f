"""Demo data for 德清县: the 2025 catalogue (22 items, then 3 added, 1 merged, 1 removed → 23,
as Jing'an reported), one decision taken with all procedures, one with an open call for comment
(dated from today, so the portal shows it open whenever the demo is loaded)."""

from __future__ import annotations

import datetime as dt

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core.deadlines import local_today
from fazhi.core.exports import plain_docx
from fazhi.decisions import actions
from fazhi.decisions.models import CallState, Catalogue, DecisionStatus, calls_in_state
from fazhi.org.models import Organisation, User

REGION_CODE = "330521"
COUNTY = "德清县"
UNITS = [
    "发展和改革局",
    "教育局",
    "民政局",
    "自然资源和规划局",
    "住房和城乡建设局",
    "交通运输局",
    "水利局",
    "农业农村局",
    "卫生健康局",
    "市场监督管理局",
    "综合行政执法局",
]
SUBJECTS = [
    "国民经济和社会发展年度计划",
    "学前教育布局规划",
    "养老服务设施布局专项规划",
    "国土空间总体规划实施方案",
    "老旧小区改造三年行动计划",
    "城乡公交一体化改革方案",
    "防洪排涝工程建设方案",
    "高标准农田建设规划",
    "医疗卫生服务体系规划",
    "农贸市场改造提升方案",
    "城市管理精细化实施方案",
]


# The deciding unit has no demo login: the office enters its steps for it (代为录入), saying why.
PROXY_REASON = "该单位尚未开通平台账号，依法治区办根据其书面报送材料代为录入。"


def _org(name):
    return Organisation.objects.filter(region_code=REGION_CODE, name=name).first()


def _docx(title: str, *paragraphs: str) -> ContentFile:
    """A small Word file generated on the spot, so the demo shows a downloadable document (no fixture files)."""
    return ContentFile(plain_docx(title, *paragraphs), name=f"{title}.docx")


@transaction.atomic
def load(stdout) -> None:
    reviewer = User.objects.filter(username="reviewer").first()
    government = _org(f"{COUNTY}人民政府")
    if reviewer is None or government is None:
        stdout.write(_("Major decisions demo: load the demo region first."))
        return
    catalogue = Catalogue.objects.filter(organisation=government, year=2025).first()
    if catalogue is None:
        catalogue = _catalogue(reviewer, government, stdout)
    else:
        stdout.write(_("Major decisions demo: the catalogue is already loaded."))
    _open_call(catalogue, stdout)


# The call is opened by the market regulator's filer (scj_filer), so the demo's unit login shows it.
CALL_UNIT = f"{COUNTY}市场监督管理局"
CALL_STARTED_DAYS_AGO = 10
CALL_DAYS = 31  # at least the 30 days of Art.15, both ends counted


def _open_call(catalogue: Catalogue, stdout) -> None:
    """One open call on a planned item of the published catalogue, unless one is open already.

    A demo loaded long ago keeps its old call (closed by now, waiting for its outcome on the
    unit's work list) and gets a new one on another item, so the portal always has an open call.
    """
    today = local_today()
    if calls_in_state(CallState.OPEN, today).filter(decision__catalogue=catalogue).exists():
        return
    candidates = list(
        catalogue.decisions.filter(status=DecisionStatus.PLANNED, requires_public_participation=True)
        .exclude(procedures__kind="public_participation")
        .select_related("organisation")
        .order_by("sort_order", "pk")
    )
    decision = next(
        (d for d in candidates if d.organisation.name == CALL_UNIT), candidates[0] if candidates else None
    )
    actor = User.objects.filter(
        username="scj_filer" if decision and decision.organisation.name == CALL_UNIT else "reviewer"
    ).first()
    if decision is None or actor is None:
        return
    started_on = today - dt.timedelta(days=CALL_STARTED_DAYS_AGO)
    actions.open_comment_call(
        actor,
        decision,
        started_on=started_on,
        ended_on=started_on + dt.timedelta(days=CALL_DAYS - 1),
        documents=f"{decision.title}（征求意见稿）\n关于《{decision.title}（征求意见稿）》的起草说明",
        how_to_comment=f"信函：{decision.organisation.name}政策法规科收（信封上请注明“征求意见”）\n"
        "电子邮件：zqyj@deqing.example.gov.cn\n"
        "网上留言：https://www.deqing.example.gov.cn/hdjl/zqyj/",
        today=today,
        proxy_reason="" if actor.username == "scj_filer" else PROXY_REASON,
    )
    stdout.write(_("Major decisions demo: call for comment open on %(title)s.") % {"title": decision.title})


def _hearing(reviewer, decision) -> None:
    """The hearing (听证会) of an item the catalogue marks for one, before its legality examination."""
    actions.record_hearing(
        reviewer,
        decision,
        held_on=dt.date(2025, 5, 20),
        place="德清县行政中心三楼听证室",
        presiding_officer="沈建国（县司法局）",
        participants=15,
        record=_docx("听证笔录", f"{decision.title}听证会笔录。", "（演示数据，内容为虚构。）"),
        opinions_adopted="听证代表意见15条，采纳9条：调整实施步骤，增加过渡期安排。",
        proxy_reason=PROXY_REASON,
    )


def _catalogue(reviewer, government, stdout) -> Catalogue:
    catalogue = actions.create_catalogue(reviewer, government, year=2025)
    items = []
    for index in range(22):
        unit = _org(f"{COUNTY}{UNITS[index % len(UNITS)]}")
        subject = SUBJECTS[index % len(SUBJECTS)]
        title = f"{COUNTY}{subject}" if index < len(SUBJECTS) else f"{COUNTY}{subject}（二期）"
        items.append(
            actions.add_item(
                reviewer,
                catalogue,
                unit,
                title=title,
                basis="《重大行政决策程序暂行条例》",
                requires_risk_assessment=index % 3 == 0,
                requires_hearing=index % 5 == 0,
                planned_for="2025年12月",
            )
        )
    actions.publish_catalogue(reviewer, catalogue, published_on=dt.date(2025, 3, 31))
    for title in (
        "德清县生活垃圾分类处理设施规划",
        "德清县公共停车设施建设方案",
        "德清县数字乡村建设实施方案",
    ):
        actions.add_item(
            reviewer,
            catalogue,
            _org(f"{COUNTY}住房和城乡建设局"),
            title=title,
            reason="年中经区政府常务会议研究新增",
            adjusted_on=dt.date(2025, 7, 15),
        )
    actions.merge_item(
        reviewer, items[21], into=items[10], reason="与同类事项合并实施", adjusted_on=dt.date(2025, 8, 1)
    )
    actions.remove_item(reviewer, items[20], reason="上级政策调整，暂缓决策", adjusted_on=dt.date(2025, 8, 1))

    taken = items[0]
    steps = [
        (
            "public_participation",
            dt.date(2025, 4, 1),
            dt.date(2025, 5, 6),
            "征求意见稿及起草说明",
            "收到意见42条，采纳18条",
        ),
        (
            "expert_argumentation",
            dt.date(2025, 5, 12),
            dt.date(2025, 5, 12),
            "专家论证意见书",
            "专家组原则同意",
        ),
        (
            "risk_assessment",
            dt.date(2025, 5, 15),
            dt.date(2025, 5, 30),
            "社会稳定风险评估报告",
            "风险等级：低",
        ),
        ("legality_review", dt.date(2025, 6, 3), dt.date(2025, 6, 13), "合法性审查意见书", "合法"),
        (
            "collective_discussion",
            dt.date(2025, 6, 20),
            dt.date(2025, 6, 20),
            "县政府常务会议纪要",
            "审议通过",
        ),
    ]
    for kind, start, end, documents, outcome in steps:
        if kind == "legality_review" and taken.requires_hearing:
            _hearing(reviewer, taken)
        actions.record_procedure(
            reviewer,
            taken,
            kind=kind,
            started_on=start,
            ended_on=end,
            documents=documents,
            outcome=outcome,
            proxy_reason=PROXY_REASON,
        )
    actions.take_decision(
        reviewer,
        taken,
        taken_on=dt.date(2025, 6, 20),
        decision_document="德政发〔2025〕20号",
        proxy_reason=PROXY_REASON,
    )
    actions.archive_document(
        reviewer,
        taken,
        dated_on=dt.date(2025, 3, 20),
        title="决策启动请示",
        proxy_reason=PROXY_REASON,
        file=_docx("决策启动请示", f"关于启动{taken.title}决策程序的请示。", "（演示数据，内容为虚构。）"),
    )
    actions.archive_document(
        reviewer,
        taken,
        dated_on=dt.date(2025, 6, 20),
        title="县政府常务会议纪要（摘录）",
        reference="德政纪〔2025〕9号",
        proxy_reason=PROXY_REASON,
        file=_docx(
            "县政府常务会议纪要（摘录）", f"会议审议通过{taken.title}。", "（演示数据，内容为虚构。）"
        ),
    )
    stdout.write(
        _("Major decisions demo: the 2025 catalogue of 22 items, 3 added, 1 merged and 1 removed: 23.")
    )
    return catalogue
