"""Demo study and legal education for 德清县: last year's study sessions, exams, the oath, a
述法 report, responsibility lists (some reviewed), events, materials, demonstration villages
and schools; this year one department is short of study sessions (the work list shows it
from 1 October). Entered by each unit's filer where it has a login, else by proxy."""

from __future__ import annotations

import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core.deadlines import local_today
from fazhi.education import actions
from fazhi.education.models import (
    STUDYING_KINDS,
    AccountabilityReport,
    Activity,
    DemonstrationSite,
    ResponsibilityList,
    School,
    StudySession,
)
from fazhi.org.models import Organisation, User

REGION_CODE = "330521"
PROXY_REASON = "该单位尚未开通平台账号，系统管理员根据其书面报送材料代为录入。"
TOPICS = [
    "学习《中华人民共和国行政复议法》",
    "学习《中华人民共和国行政处罚法》",
    "学习《中华人民共和国法治宣传教育法》",
    "学习习近平法治思想",
    "学习《优化营商环境条例》",
]
REPORT = """{unit}主要负责人{year}年度述法报告

一、履行推进法治建设第一责任人职责情况
本人坚持把法治建设摆在全局工作的重要位置，主持召开专题会议研究法治建设工作4次。

二、存在的问题
执法人员法律素养有待进一步提高。

三、下一步工作打算
继续抓好领导干部学法用法。
"""


def _actor(unit, admin):
    filer = User.objects.filter(
        memberships__organisation=unit, memberships__role="unit_filer", memberships__is_active=True
    ).first()
    return (filer, "") if filer else (admin, PROXY_REASON)


def _on(year: int, month: int, day: int) -> dt.date:
    """A date of ``year`` never after today (this year's records stop at today)."""
    return min(dt.date(year, month, day), local_today())


def _study(unit, actor, proxy, year, months, *, kind="executive_meeting"):
    for index, month in enumerate(months):
        actions.record_study_session(
            actor,
            unit,
            kind=kind,
            held_on=_on(year, month, 12),
            topic=TOPICS[(index + month) % len(TOPICS)],
            speaker="县司法局法治宣传科科长",
            attendee_count=12,
            materials="相关法律条文及释义",
            proxy_reason=proxy,
        )


def _unit_records(unit, actor, proxy, year, index):
    if not unit.study_sessions.exists():
        _study(unit, actor, proxy, year, (2, 5, 8, 11))
        _study(unit, actor, proxy, year, (6,), kind="party_group")
        # This year: most bodies keep pace; every third one has held a single session.
        _study(unit, actor, proxy, year + 1, (3,) if index % 3 == 2 else (3, 6, 9))
    if not ResponsibilityList.objects.filter(organisation=unit, year=year).exists():
        responsibility_list = actions.draft_list(
            actor,
            unit,
            year=year,
            items="向管理服务对象讲解本系统主管的法律法规\n向本单位工作人员讲解宪法和党内法规",
            proxy_reason=proxy,
        )
        actions.publish_list(actor, responsibility_list, published_on=_on(year, 3, 1), proxy_reason=proxy)
    if not Activity.objects.filter(organisation=unit).exists():
        for month, kind in ((3, "campaign"), (12, "campaign"), (9, "training")):
            actions.record_activity(
                actor,
                unit,
                kind=kind,
                held_on=_on(year, month, 4),
                title="“12·4”国家宪法日宣传活动" if month == 12 else "法治宣传进社区",
                place="武康街道文化广场",
                audience="辖区居民" if kind == "campaign" else "本单位干部职工",
                reached=100 + 20 * index,
                proxy_reason=proxy,
            )
        actions.record_material(
            actor,
            unit,
            form="leaflet",
            title="普法宣传手册",
            issued_on=_on(year, 12, 4),
            copies=500 + 100 * index,
            proxy_reason=proxy,
        )


@transaction.atomic
def load(stdout) -> None:
    admin = User.objects.filter(username="admin").first()
    government = Organisation.objects.filter(region_code=REGION_CODE, kind="government").first()
    if admin is None or government is None:
        stdout.write(_("Legal education demo: load the demo region first."))
        return
    year = local_today().year - 1
    bodies = Organisation.objects.filter(region_code=REGION_CODE, is_active=True).order_by("sort_order", "id")
    units = [
        *bodies.filter(kind__in=[kind for kind in STUDYING_KINDS if kind not in ("township", "street")])[:6],
        *bodies.filter(kind__in=("township", "street"))[:3],
    ]
    for index, unit in enumerate(units):
        actor, proxy = _actor(unit, admin)
        _unit_records(unit, actor, proxy, year, index)
    actor, proxy = _actor(government, admin)
    if not government.law_exams.exists():
        for kind, month, takers in (
            ("pre_appointment", 4, 19),
            ("pre_appointment", 9, 12),
            ("annual", 12, 86),
        ):
            actions.record_exam(
                actor,
                government,
                kind=kind,
                held_on=_on(year, month, 20),
                title="领导干部任前法律知识考试" if kind == "pre_appointment" else "年度集中考法",
                takers=takers,
                passed=takers,
                proxy_reason=proxy,
            )
        actions.record_oath(
            actor,
            government,
            held_on=_on(year, 4, 25),
            presided_by="县人大常委会主任",
            swearers="王建华\n李晓明\n张丽\n陈伟",
            proxy_reason=proxy,
        )
    if not AccountabilityReport.objects.filter(organisation=government).exists():
        text = REPORT.format(unit=government.name, year=year).encode("utf-8")
        actions.submit_report(
            actor,
            government,
            year=year,
            reporter="县长",
            position="县人民政府县长",
            reported_on=_on(year + 1, 1, 20),
            text_file=SimpleUploadedFile("述法报告.txt", text, content_type="text/plain"),
            proxy_reason=proxy,
        )
    townships = [unit for unit in units if unit.kind in ("township", "street")]
    for index, township in enumerate(townships):
        actor, proxy = _actor(township, admin)
        if not DemonstrationSite.objects.filter(organisation=township).exists():
            actions.name_site(
                actor,
                township,
                name=f"{township.short_name or township.name[:-4]}示范村",
                kind="village",
                level="provincial" if index % 2 else "county",
                year=year,
                proxy_reason=proxy,
            )
        if not School.objects.filter(organisation=township).exists():
            school = actions.add_school(
                actor, township, name=f"{township.name[:-4]}中心小学", proxy_reason=proxy
            )
            if index % 3 != 2:
                actions.appoint_vice_principal(
                    actor,
                    school,
                    name="派出所民警",
                    employer="县公安局",
                    starts_on=dt.date(year, 9, 1),
                    ends_on=dt.date(year + 3, 8, 31),
                    proxy_reason=proxy,
                )
    stdout.write(
        _("Legal education demo: %(n)d study sessions in the region.")
        % {"n": StudySession.objects.filter(organisation__region_code=REGION_CODE).count()}
    )
