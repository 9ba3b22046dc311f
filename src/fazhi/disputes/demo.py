"""Demo disputes for 德清县: reconsideration cases with every kind of ending, lawsuits with court
hearings, and mediation committees with a year of monthly reports. Each part is added once
(re-running adds only what is missing), through the actions, and quickly (a few dozen rows)."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.disputes import actions
from fazhi.disputes import legal_service_actions as legal_services
from fazhi.disputes import litigation_actions as litigation
from fazhi.disputes import mediation_actions as mediation
from fazhi.disputes.models import Lawsuit, LegalServiceReport, MediationOrganisation, ReconsiderationCase
from fazhi.org.models import Organisation, User
from fazhi.org.offices import office_of_region

REGION_CODE = "330521"
PROXY_REASON = "该单位尚未开通平台账号，司法局根据其书面报送材料代为录入。"
D = dt.date

# (respondent's kind of unit index, act kind, outcome or "", received on)
CASES = [
    ("penalty", "revoke", D(2025, 2, 10)),
    ("penalty", "uphold", D(2025, 3, 3)),
    ("information", "confirm_illegal", D(2025, 3, 20)),
    ("non_performance", "order_performance", D(2025, 4, 8)),
    ("permit", "reject_claim", D(2025, 5, 6)),
    ("coercion", "change", D(2025, 5, 26)),
    ("penalty", "withdrawn_corrected", D(2025, 6, 16)),
    ("complaint", "mediated", D(2025, 7, 7)),
    ("penalty", "settled", D(2025, 8, 11)),
    ("warning", "", D(2025, 11, 3)),
]


def _first_filer(unit):
    return User.objects.filter(
        memberships__organisation=unit, memberships__role="unit_filer", memberships__is_active=True
    ).first()


def _reconsideration(reviewer, office, units) -> int:
    added = 0
    for number, (act_kind, outcome, received_on) in enumerate(CASES, start=1):
        case_number = f"德政复〔{received_on.year}〕{number}号"
        if ReconsiderationCase.objects.filter(office=office, case_number=case_number).exists():
            continue
        respondent = units[number % len(units)]
        case = actions.receive_application(
            reviewer,
            office=office,
            respondent=respondent,
            case_number=case_number,
            applicant_name=f"申请人{number}",
            applicant_kind="person" if number % 3 else "legal_person",
            application_form="written" if number % 4 else "oral",
            channel=("post", "internet", "in_person")[number % 3],
            act_kind=act_kind,
            act_description=f"{respondent.short_name or respondent.name}作出的具体行政行为（示例{number}）",
            act_on=received_on - dt.timedelta(days=30),
            known_on=received_on - dt.timedelta(days=20),
            received_on=received_on,
        )
        accepted_on = received_on + dt.timedelta(days=3)
        simplified = act_kind in ("warning", "information")
        actions.accept(
            reviewer, case, decided_on=accepted_on, procedure="simplified" if simplified else "ordinary"
        )
        actions.send_copy(reviewer, case, sent_on=accepted_on + dt.timedelta(days=1))
        actions.record_answer(reviewer, case, received_on=accepted_on + dt.timedelta(days=8))
        if number % 3 == 0:
            actions.hold_hearing(
                reviewer,
                case,
                notice_served_on=accepted_on + dt.timedelta(days=10),
                held_on=accepted_on + dt.timedelta(days=20),
                presiding="陈思远",
                hearing_officers="沈明、钱丽",
                clerk="周婷",
                respondent_head_attended=True,
            )
        if outcome:
            actions.close(
                reviewer,
                case,
                outcome=outcome,
                closed_on=accepted_on + dt.timedelta(days=40),
                reasons="经审理，本机关依法作出本决定。",
            )
            if outcome in ("revoke", "confirm_illegal", "uphold"):
                actions.publish(
                    reviewer,
                    case,
                    published_on=accepted_on + dt.timedelta(days=45),
                    text=f"申请人不服{respondent.name}行政行为一案，本机关决定：{case.get_outcome_display()}。",
                )
        added += 1
    return added


def _litigation(admin, units) -> int:
    added = 0
    for number, unit in enumerate(units[:6], start=1):
        court_number = f"(2025)浙0521行初{number}号"
        if Lawsuit.objects.filter(court_case_number=court_number).exists():
            continue
        filer = _first_filer(unit)
        actor, reason = (filer, "") if filer else (admin, PROXY_REASON)
        lawsuit = litigation.register_lawsuit(
            actor,
            unit,
            proxy_reason=reason,
            court_case_number=court_number,
            court="德清县人民法院",
            plaintiff=f"原告{number}",
            subject="行政处罚决定",
            served_on=D(2025, 3, 1) + dt.timedelta(days=20 * number),
        )
        appeared = number != 4
        litigation.record_court_hearing(
            actor,
            lawsuit,
            proxy_reason=reason,
            notice_received_on=lawsuit.served_on + dt.timedelta(days=30),
            held_on=lawsuit.served_on + dt.timedelta(days=40),
            head_appeared=appeared,
            appeared_name="分管副局长" if appeared else "法制科科长",
            appeared_title="副局长" if appeared else "科长",
            absence_reason="" if appeared else "duty",
            absence_note="" if appeared else "同日参加县防汛防台紧急会议",
        )
        litigation.close_lawsuit(
            actor,
            lawsuit,
            proxy_reason=reason,
            outcome="confirm_illegal" if number == 5 else "reject_claim",
            closed_on=lawsuit.served_on + dt.timedelta(days=90),
        )
        added += 1
    return added


def _mediation(admin, townships) -> int:
    added = 0
    for index, unit in enumerate(townships[:4]):
        name = f"{unit.short_name or unit.name}人民调解委员会"
        if MediationOrganisation.objects.filter(organisation=unit, name=name).exists():
            continue
        filer = _first_filer(unit)
        actor, reason = (filer, "") if filer else (admin, PROXY_REASON)
        body = mediation.register_organisation(actor, unit, proxy_reason=reason, name=name, kind="township")
        mediation.add_mediator(actor, body, proxy_reason=reason, name="调解员甲", is_full_time=True)
        for month in range(1, 13):
            mediated = 20 + (index * 7 + month * 3) % 15
            settled = mediated - (month + index) % 2
            mediation.record_monthly_report(
                actor,
                body,
                proxy_reason=reason,
                month=D(2025, month, 1),
                disputes_mediated=mediated,
                disputes_settled=settled,
                written_agreements=settled // 2,
                oral_agreements=settled - settled // 2,
            )
        added += 1
    return added


def _legal_services(admin, townships) -> int:
    """A year of the judicial offices' tallies of legal aid and public legal services."""
    added = 0
    for index, unit in enumerate(townships[:4]):
        if LegalServiceReport.objects.filter(organisation=unit).exists():
            continue
        filer = _first_filer(unit)
        actor, reason = (filer, "") if filer else (admin, PROXY_REASON)
        for month in range(1, 13):
            legal_services.record_legal_service_report(
                actor,
                unit,
                proxy_reason=reason,
                month=D(2025, month, 1),
                legal_aid_cases=3 + (index + month) % 4,
                notarizations=10 + (index * 3 + month) % 7,
                consultations=40 + (index * 5 + month * 2) % 20,
                other_services=month % 3,
            )
            added += 1
    return added


@transaction.atomic
def load(stdout) -> None:
    admin = User.objects.filter(username="admin").first()
    office = office_of_region(REGION_CODE)
    reviewer = User.objects.filter(username="reviewer").first()
    if admin is None or office is None or reviewer is None:
        stdout.write(_("Disputes demo: load the demo region first."))
        return
    units = list(
        Organisation.objects.filter(region_code=REGION_CODE, kind="department", is_active=True)
        .exclude(pk=office.pk)
        .order_by("sort_order", "id")[:8]
    )
    townships = list(
        Organisation.objects.filter(region_code=REGION_CODE, kind__in=["township", "street"]).order_by(
            "sort_order", "id"
        )
    )
    cases = _reconsideration(reviewer, office, units)
    lawsuits = _litigation(admin, units)
    bodies = _mediation(admin, townships)
    tallies = _legal_services(admin, townships)
    stdout.write(
        _(
            "Disputes demo: %(cases)d reconsideration cases, %(lawsuits)d lawsuits, %(bodies)d mediation committees added."
        )
        % {"cases": cases, "lawsuits": lawsuits, "bodies": bodies}
    )
    stdout.write(_("Disputes demo: %(n)d monthly legal service reports added.") % {"n": tallies})
