"""Demo enforcement for 德清县: three bodies with certified officers, a year (2025) of cases through
their stages with publicity, one chain verified, one case-file review campaign, a letter and a complaint.
Small on purpose: the demo loads in the test sessions that use it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.enforcement import actions, actions_cases, chain
from fazhi.enforcement import actions_supervision as supervision
from fazhi.enforcement.models import EnforcementBody, Publicity, RecordKind
from fazhi.org.models import Organisation, User

REGION_CODE = "330521"
PROXY_REASON = "该单位尚未开通平台账号，系统管理员根据其书面报送材料代为录入。"
# (organisation, body name, filer username or "" for proxy entry, staff-number prefix, field)
BODIES = [
    ("德清县市场监督管理局", "德清县市场监督管理局", "scj_filer", "SJ", "市场监管"),
    ("德清县武康街道办事处", "德清县武康街道综合行政执法队", "wk_filer", "WK", "综合执法"),
    ("德清县综合行政执法局", "德清县综合行政执法局", "", "ZF", "综合执法"),
]
OFFICERS = ["沈建华", "钱晓燕", "孙立新", "吴佳琪"]
CASES = [
    # (case type, subject, party, natural person, month, fine, exemption, coercive measure)
    ("penalty", "销售超过保质期的食品", "德清某超市有限公司", False, 1, 5000, "", ""),
    ("licence", "食品经营许可", "德清某餐饮店", False, 2, 0, "", ""),
    ("penalty", "未按规定明码标价", "张某", True, 3, 200, "", ""),
    ("inspection", "节前食品安全检查", "德清某农贸市场", False, 4, 0, "", ""),
    ("penalty", "首次未公示营业执照", "李某", True, 5, 0, "first_violation", ""),
    ("coercion", "查封违法生产设备", "德清某加工厂", False, 6, 0, "", "seal_seize"),
    ("penalty", "占道经营", "王某", True, 9, 100, "", ""),
    ("penalty", "无证经营", "德清某商行", False, 11, 20000, "", ""),
]
LATER = ("investigated", "reviewed", "decided", "served", "executed", "closed")


def _day(month: int, day: int) -> dt.date:
    return dt.date(2025, month, day)


@transaction.atomic
def load(stdout) -> None:
    admin = User.objects.filter(username="admin").first()
    reviewer = User.objects.filter(username="reviewer").first()
    office = Organisation.objects.filter(region_code=REGION_CODE, is_rule_of_law_office=True).first()
    if admin is None or reviewer is None or office is None:
        stdout.write(_("Enforcement demo: load the demo region first."))
        return
    added = []
    for organisation_name, body_name, filer_name, prefix, field in BODIES:
        organisation = Organisation.objects.filter(region_code=REGION_CODE, name=organisation_name).first()
        if organisation is None or EnforcementBody.objects.filter(organisation=organisation).exists():
            continue
        filer = User.objects.filter(username=filer_name).first() if filer_name else None
        actor, proxy = (filer, "") if filer else (admin, PROXY_REASON)
        added.append(_body(reviewer, actor, proxy, organisation, body_name, prefix, field))
    if not added:
        stdout.write(_("Enforcement demo: already loaded."))
        return
    chain.verify([added[0].pk])
    standard = supervision.create_standard(reviewer, office, name="德清县行政执法案卷评查标准（2025）")
    campaign = supervision.start_campaign(
        reviewer,
        office,
        title="2025年度行政执法案卷评查",
        year=2025,
        standard=standard,
        sample_size=4,
        seed=20251201,
    )
    layout = standard.items.filter(part="layout").first()
    for number, file_review in enumerate(campaign.file_reviews.all()[:2]):
        supervision.score_file(
            reviewer,
            file_review,
            vetoed_items=[],
            deductions={layout.pk: Decimal(2 + number)},
            comments="卷宗目录不全，页码编排不规范。",
            scored_on=dt.date(2025, 12, 10),
        )
    supervision.issue_letter(
        reviewer,
        office,
        added[-1],
        kind="suggestion",
        subject="规范行政执法全过程记录",
        text="经评查，你局部分案件现场执法音像记录归档不及时。\n请对照《行政执法全过程记录制度》逐项整改。",
        issued_on=dt.date(2025, 12, 15),
        reply_due_on=dt.date(2026, 1, 15),
    )
    supervision.record_complaint(
        reviewer,
        added[0],
        source="12345",
        received_on=dt.date(2025, 10, 9),
        subject="反映执法人员检查时未出示执法证件",
    )
    stdout.write(_("Enforcement demo: %(n)d bodies added.") % {"n": len(added)})


def _body(reviewer, actor, proxy, organisation, name, prefix, field) -> EnforcementBody:  # noqa: PLR0917
    body = actions.create_body(
        reviewer,
        organisation,
        name=name,
        legal_basis="《中华人民共和国行政处罚法》及相关法律法规授权",
        published_on=dt.date(2025, 1, 10),
    )
    actions.save_power(
        actor,
        body,
        code=f"{prefix}-CF-001",
        name="对违法经营行为的行政处罚",
        kind="penalty",
        legal_basis="相关法律法规",
        needs_legal_review=True,
        proxy_reason=proxy,
    )
    officers = []
    for number, person in enumerate(OFFICERS, start=1):
        officer = actions.add_officer(
            actor,
            body,
            name=person,
            staff_number=f"{prefix}{number:03d}",
            has_legal_qualification=number == 1,
            proxy_reason=proxy,
        )
        actions.issue_certificate(
            reviewer,
            officer,
            number=f"33052125{prefix}{number:03d}",
            field=field,
            issued_on=dt.date(2023, 1, 1),
            expires_on=dt.date(2027, 12, 31),
            public_law_exam_passed_on=dt.date(2022, 11, 20),
        )
        actions.record_training(
            actor,
            officer,
            held_on=dt.date(2025, 6, 20),
            subject="新修订《行政处罚法》专题培训",
            hours=Decimal(24 + 12 * (number % 3)),
            proxy_reason=proxy,
        )
        officers.append(officer)
    # The first body has the full year; the others a few cases each, to keep the demo quick.
    cases = CASES if prefix == BODIES[0][3] else CASES[:4]
    for number, (case_type, title, party, person, month, fine, exemption, measure) in enumerate(
        cases, start=1
    ):
        case = actions_cases.open_case(
            actor,
            body,
            number=f"德{prefix}〔2025〕{number}号",
            case_type=case_type,
            title=title,
            party_name=party,
            party_is_natural_person=person,
            filed_on=_day(month, 3),
            officers=officers[:2],
            is_major=number == len(CASES),
            coercive_measure=measure,
            proxy_reason=proxy,
        )
        _walk(actor, proxy, case, month, fine, exemption, officers[0], last=number == len(cases))
    return body


def _walk(actor, proxy, case, month, fine, exemption, qualified, *, last: bool) -> None:  # noqa: PLR0917
    stages = LATER[:3] if last else LATER
    for offset, stage in enumerate(stages, start=1):
        on = _day(month, 3 + 2 * offset)
        extra = {}
        if stage == "decided":
            extra = {
                "fine_amount": Decimal(fine),
                "exemption": exemption,
                "is_filed_for_record": case.is_major,
            }
            if case.is_major:
                actions_cases.review_decision(
                    actor,
                    case,
                    situation="heard",
                    reviewer=qualified,
                    reviewed_on=on,
                    passed=True,
                    opinion="事实清楚，证据确凿，程序合法，同意作出处罚决定。",
                    proxy_reason=proxy,
                )
        if stage == "executed" and case.coercive_measure:
            actions_cases.add_process_record(
                actor,
                case,
                stage="executed",
                kind=RecordKind.VIDEO,
                title="查封现场执法记录仪视频",
                content_hash="5d" * 32,
                file_name="查封现场.mp4",
                proxy_reason=proxy,
            )
        actions_cases.advance(actor, case, stage=stage, on=on, proxy_reason=proxy, **extra)
        if stage == "decided":
            publicity = Publicity.objects.filter(case=case).first()
            if publicity is not None:
                actions_cases.publish(
                    actor,
                    publicity,
                    published_on=publicity.due_on,
                    summary=f"{case.title}，{case.party_name}。",
                    proxy_reason=proxy,
                )
