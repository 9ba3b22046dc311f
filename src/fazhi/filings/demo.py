"""A filing season in progress for the demo county: reports generated here, in every state.

``report_text`` writes a plausible annual report for a unit: the five
statutory parts (some left out on purpose), numbers in sentences, now and
then a placeholder left in. Every sentence is written for fazhi; none comes
from a real report.
"""

from __future__ import annotations

import datetime as dt
import random

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from fazhi.core.deadlines import local_today
from fazhi.core.scoping import Role
from fazhi.filings import actions, actions_benchmark
from fazhi.filings.models import (
    AnnualReportFiling,
    BenchmarkSet,
    FilingSeason,
    FilingStatus,
    default_filing_due,
)
from fazhi.filings.review import review, suggested_reasons
from fazhi.indicators.actions import refresh
from fazhi.org.models import Organisation, User

REGION_CODE = "330521"

MEASURES = [
    "坚持把法治建设纳入年度工作计划，与业务工作同部署、同推进、同检查",
    "落实领导班子集体学法制度，全年开展集体学法{n}次",
    "修订完善内部管理制度{n}项，权力运行更加规范",
    "严格执行行政执法公示制度，公示执法信息{n}条",
    "开展执法案卷自查，抽查案卷{n}份，发现问题当场整改",
    "组织执法人员参加法律知识培训{n}人次",
    "办理行政复议答复和行政应诉案件{n}件，无败诉案件",
    "开展“八五”普法宣传活动{n}场，发放宣传资料{n2}份",
    "合法性审核重大行政决策和合同{n}件",
    "办理人大代表建议和政协提案{n}件，办结率达到100%",
]
SHORTCOMINGS = [
    "一是部分干部法治意识有待进一步增强，运用法治思维解决问题的能力不够；",
    "二是执法队伍专业力量不足，执法规范化水平与群众期待还有差距；",
    "三是法治宣传的针对性和实效性有待提高。",
]
RESPONSIBLE = (
    "主要负责人认真履行推进法治建设第一责任人职责，亲自部署、亲自协调重要法治工作，"
    "全年主持召开法治建设专题会议{n}次，带头讲法治课{n2}次。"
)
PLANS = [
    "一是持续完善依法决策机制，提高决策质量；",
    "二是深化行政执法规范化建设，全面落实行政执法三项制度；",
    "三是加强法治宣传教育，营造良好法治氛围。",
]


# Why the administrator enters a unit's steps in the demo: the unit has no login there.
PROXY_REASON = "该单位尚未开通平台账号，系统管理员根据其书面报送材料代为录入。"


def report_text(
    unit: str, year: int, seed: int, *, leave_out: tuple[str, ...] = (), placeholder: bool = False
) -> str:
    """A report of ``unit`` for ``year``; ``leave_out`` names part codes to omit."""
    rng = random.Random(seed)  # noqa: S311 -- varied demo text, not security
    parts = [
        f"{unit}{year}年法治政府建设年度报告",
        "",
        f"{year}年，{unit}在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，"
        f"认真落实法治政府建设各项任务。现将{year}年度法治政府建设情况报告如下。",
        "",
    ]
    number = iter("一二三四五六")
    parts.append(f"{next(number)}、主要举措和成效")
    for sentence in rng.sample(MEASURES, 5):
        parts.append(sentence.format(n=rng.randint(3, 400), n2=rng.randint(500, 9000)) + "。")
    if placeholder:
        parts.append("全年共开展专项执法检查XX次。")
    if "shortcomings" not in leave_out:
        parts.append(f"{next(number)}、存在的不足和原因")
        parts.append("".join(SHORTCOMINGS))
    if "first_responsible" not in leave_out:
        parts.append(f"{next(number)}、党政主要负责人履行推进法治建设第一责任人职责情况")
        parts.append(RESPONSIBLE.format(n=rng.randint(2, 8), n2=rng.randint(1, 4)))
    if "next_plan" not in leave_out:
        parts.append(f"{next(number)}、{year + 1}年推进法治政府建设的主要安排")
        parts.append("".join(PLANS))
    parts.append(f"{next(number)}、其他需要报告的情况")
    parts.append("无。")
    parts += ["", unit, f"{year + 1}年2月{rng.randint(1, 20)}日"]
    return "\n".join(parts)


def _at(day: dt.date) -> dt.datetime:
    day = min(day, local_today())
    return timezone.make_aware(dt.datetime.combine(day, dt.time(10, 0)))


# (final state, days from the deadline it was signed off, flaws), one per unit in order;
# units beyond the list have not filed.
PLAN = [
    ("published", -12, {}),
    ("published", -9, {}),
    ("published", -7, {}),
    ("published", -5, {}),
    ("published", -3, {}),
    ("published", 6, {}),
    ("accepted", 10, {}),
    ("accepted", -2, {}),
    ("submitted", -1, {}),
    ("submitted", 15, {"placeholder": True}),
    ("submitted", 30, {}),
    ("returned", -4, {"leave_out": ("first_responsible",)}),
    ("returned", 3, {"placeholder": True}),
    ("draft", 0, {"leave_out": ("next_plan",)}),
    ("draft", 0, {}),
]
# The governments next to the demo county whose reports the office compares its own with (对标比较): an
# evaluator's first page is a comparison, not an empty list.
PEER_GOVERNMENTS = ("安吉县人民政府", "长兴县人民政府", "湖州市吴兴区人民政府", "湖州市南浔区人民政府")

# The units with demo logins get these entries of PLAN, so the filers see a review at once.
DEMO_UNITS = {"德清县市场监督管理局": 14, "德清县武康街道办事处": 12}


def _plan(units: list[Organisation]) -> dict[int, tuple]:
    plan = {}
    for unit in units:
        if unit.name in DEMO_UNITS:
            plan[unit.pk] = PLAN[DEMO_UNITS[unit.name]]
    remaining = [entry for index, entry in enumerate(PLAN) if index not in DEMO_UNITS.values()]
    for unit, entry in zip([u for u in units if u.pk not in plan], remaining, strict=False):
        plan[unit.pk] = entry
    return plan


def _year() -> int:
    """The latest report year whose filing deadline has passed, so that lateness shows."""
    today = local_today()
    year = today.year - 1
    return year if default_filing_due(year) < today else year - 1


def _person(organisation, role: Role):
    return User.objects.filter(
        memberships__organisation=organisation, memberships__role=role, memberships__is_active=True
    ).first()


def _drive(admin, reviewer, season, organisation, *, state: str, offset: int, flaws: dict, seed: int) -> None:
    """The unit's people upload and sign off (the administrator enters it for a unit without a
    demo login, saying why); the office reviewer, who did neither, returns or accepts."""
    text = report_text(organisation.name, season.year, seed, **flaws)
    filer = _person(organisation, Role.UNIT_FILER)
    filing = actions.upload_report(
        filer or admin,
        season,
        organisation,
        data=text.encode("utf-8"),
        name=f"{organisation.name}.txt",
        kind="txt",
        proxy_reason="" if filer else PROXY_REASON,
    )
    if state == "draft":
        return
    signed = season.filing_due + dt.timedelta(days=offset)
    leader = _person(organisation, Role.UNIT_LEADER)
    actions.submit_filing(
        leader or admin, filing, at=_at(signed), confirmed=True, proxy_reason="" if leader else PROXY_REASON
    )
    if state == "submitted":
        return
    if state == "returned":
        # The reasons the office would start from: the automatic review's.
        reasons = suggested_reasons(review(filing.current_version.reading, filing))
        actions.return_filing(
            reviewer, filing, reasons=reasons or _("Please add the missing parts and correct the blanks.")
        )
        return
    published = signed + dt.timedelta(days=14) if state == "published" else None
    actions.accept_filing(reviewer, filing, publish_on=min(published, local_today()) if published else None)


@transaction.atomic
def load(stdout) -> None:
    admin = User.objects.filter(username="admin").first()
    reviewer = User.objects.filter(username="reviewer").first() or admin
    if admin is None or not Organisation.objects.filter(region_code=REGION_CODE).exists():
        stdout.write(_("Annual reports: the demo region is missing; load the org demo first."))
        return
    year = _year()
    season = FilingSeason.objects.filter(region_code=REGION_CODE, year=year).first()
    if season is None:
        season = actions.open_season(admin, region_code=REGION_CODE, year=year)
    units = list(season.required_organisations.order_by("sort_order", "id"))
    plan = _plan(units)
    added = 0
    for seed, unit in enumerate(units):
        if (
            unit.pk not in plan
            or AnnualReportFiling.objects.filter(season=season, organisation=unit).exists()
        ):
            continue
        state, offset, flaws = plan[unit.pk]
        _drive(admin, reviewer, season, unit, state=state, offset=offset, flaws=flaws, seed=seed)
        added += 1
    peers = _peer_benchmark(reviewer, year)
    # The indicators demo refreshed its values before any season existed: the reports-on-time
    # figures (filings/indicators.py) are computed now, so that a second run adds nothing.
    refresh(year)
    stdout.write(
        _("Annual reports %(year)d: %(added)d filings added; %(published)d published of %(total)d units.")
        % {
            "year": year,
            "added": added,
            "total": len(units),
            "published": season.filings.filter(status=FilingStatus.PUBLISHED).count(),
        }
    )
    if peers:
        stdout.write(_("Peer benchmark: %(n)d reports of neighbouring governments read.") % {"n": peers})


def _peer_benchmark(reviewer, year: int) -> int:
    """A benchmark set of the neighbouring governments' reports for ``year``, read by the engine as an
    office's upload is; none when the region has a set already (a second run adds nothing)."""
    if BenchmarkSet.objects.filter(region_code=REGION_CODE).exists():
        return 0
    peers = actions_benchmark.create_benchmark_set(
        reviewer, region_code=REGION_CODE, name=f"湖州市各县区{year}年度报告"
    )
    uploads = [
        (f"{name}.txt", report_text(name, year, seed=100 + index).encode())
        for index, name in enumerate(PEER_GOVERNMENTS)
    ]
    return len(actions_benchmark.add_benchmark_reports(reviewer, peers, uploads).added)
