"""What may happen to a reconsideration case. Pure checks; actions call them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from fazhi.catalog import calendar
from fazhi.core import dates
from fazhi.core.actions import ActionRefused
from fazhi.core.scoping import region_codes_within
from fazhi.disputes import clocks
from fazhi.disputes.models import (
    DECISIONS_ISSUED,
    MERITS_DECISIONS,
    ActKind,
    ApplicantKind,
    Outcome,
    VerticalSystem,
)

# 2023 law Art. 53: acts the simplified procedure is for without the parties' consent.
SIMPLIFIED_ACT_KINDS = frozenset({ActKind.ON_THE_SPOT, ActKind.WARNING, ActKind.INFORMATION})
SIMPLIFIED_AMOUNT_LIMIT = Decimal("3000")
# Outcomes open before acceptance: the application is rejected or withdrawn.
OUTCOMES_WITHOUT_ACCEPTANCE = frozenset({Outcome.WITHDRAWN, Outcome.REJECT_APPLICATION})


def check_application(
    *,
    applicant_name: str,
    act_description: str,
    known_on: dt.date,
    received_on: dt.date,
    act_on: dt.date | None,
    today: dt.date | None = None,
) -> None:
    if not applicant_name.strip():
        raise ActionRefused(_("Name the applicant."), field="applicant_name")
    if not act_description.strip():
        raise ActionRefused(_("Describe the act the application challenges."), field="act_description")
    dates.check_not_future(received_on, field="received_on", label=_("The day of receipt"), today=today)
    dates.check_date(known_on, field="known_on", label=_("The day the applicant knew of the act"))
    dates.check_order(
        known_on,
        received_on,
        field="known_on",
        message=_("The applicant cannot have applied before knowing of the act."),
    )
    if act_on is not None:
        dates.check_date(act_on, field="act_on", label=_("The day of the act"))
        dates.check_order(
            act_on, known_on, field="act_on", message=_("The act cannot come after the day it was known.")
        )


def check_jurisdiction(office, respondent) -> None:
    """The government an office serves hears cases against its departments, the governments
    below it and their bodies (2023 law Art. 24), never against itself: those go up a level."""
    if respondent.region_code not in region_codes_within(office.region_code):
        raise ActionRefused(
            _("%(body)s is outside the region of this reconsideration office.") % {"body": respondent.name},
            field="respondent",
        )
    if respondent.kind == "government" and respondent.region_code == office.region_code:
        raise ActionRefused(
            _("A case against %(body)s itself goes to the government one level up.")
            % {"body": respondent.name},
            field="respondent",
        )


# How the organisation register names the bodies of Art. 27 at county level. Local financial
# offices (地方金融监督管理局) are the government's own departments and match none of these.
VERTICAL_NAME_MARKS = (
    ("海关", VerticalSystem.CUSTOMS),
    ("税务", VerticalSystem.TAX),
    ("国家安全", VerticalSystem.STATE_SECURITY),
    ("外汇管理", VerticalSystem.FOREIGN_EXCHANGE),
    ("金融监督管理总局", VerticalSystem.FINANCE),
    ("金融监管总局", VerticalSystem.FINANCE),
    ("监管分局", VerticalSystem.FINANCE),
    ("监管支局", VerticalSystem.FINANCE),
    ("人民银行", VerticalSystem.FINANCE),
    ("证监局", VerticalSystem.FINANCE),
)

COMPETENT_ORGANS = {
    VerticalSystem.CUSTOMS: _lazy("the customs office one level up"),
    VerticalSystem.FINANCE: _lazy("the financial regulator one level up"),
    VerticalSystem.FOREIGN_EXCHANGE: _lazy("the foreign exchange administration one level up"),
    VerticalSystem.TAX: _lazy("the tax authority one level up"),
    VerticalSystem.STATE_SECURITY: _lazy("the state security organ one level up"),
    VerticalSystem.OTHER: _lazy("the competent department one level up"),
}


def vertical_system_of(respondent) -> str:
    """The vertical system ``respondent`` belongs to, read from its name, or ""."""
    for mark, system in VERTICAL_NAME_MARKS:
        if mark in respondent.name:
            return system
    return ""


def referral_reasons(respondent, organ: str) -> str:
    return _(
        "%(body)s is under vertical leadership: this government is not competent. "
        "The applicant applies to %(organ)s (Administrative Reconsideration Law Art. 27)."
    ) % {"body": respondent.name, "organ": organ}


def late_application_problems(case) -> list[str]:
    """Why accepting ``case`` needs confirmation (a delay for a proper reason, Art. 20), or []."""
    window = clocks.application_window(
        known_on=case.known_on,
        act_on=case.act_on,
        notified_of_right=case.notified_of_right,
        real_estate=case.real_estate,
        received_on=case.received_on,
    )
    if case.received_on <= window.last_day:
        return []
    return [
        _("The application came after the last day to apply (%(day)s).")
        % {"day": window.last_day.isoformat()}
    ]


def check_supplement_request(case, items: str, served_on: dt.date) -> None:
    if case.supplement_served_on is not None:
        raise ActionRefused(
            _("A supplement may be requested once only, listing every item at once."), field="items"
        )
    if not items.strip():
        raise ActionRefused(_("List every item the applicant must supplement."), field="items")
    dates.check_order(
        case.received_on, served_on, field="served_on", message=_("The notice cannot precede the receipt.")
    )
    review = clocks.acceptance_due(case.received_on, None)
    if served_on > review.due:
        raise ActionRefused(
            _("The acceptance review ended on %(day)s: the case is deemed accepted.")
            % {"day": review.due.isoformat()},
            field="served_on",
        )


def check_supplement_received(case, received_on: dt.date) -> None:
    dates.check_order(
        case.supplement_served_on,
        received_on,
        field="received_on",
        message=_("The supplement cannot arrive before the notice was served."),
    )


def check_simplified(case, simplified: bool, parties_agree: bool) -> None:
    if not simplified:
        return
    if case.under_old_law:
        raise ActionRefused(
            _("The simplified procedure exists for cases received from 2024-01-01 only."), field="procedure"
        )
    small_amount = case.act_amount is not None and case.act_amount <= SIMPLIFIED_AMOUNT_LIMIT
    if not (case.act_kind in SIMPLIFIED_ACT_KINDS or small_amount or parties_agree):
        raise ActionRefused(
            _(
                "The simplified procedure is for on-the-spot acts, warnings, amounts up to 3,000 yuan, "
                "information disclosure, or when the parties agree."
            ),
            field="procedure",
        )
    if case.is_major:
        raise ActionRefused(_("A major, difficult or complicated case is heard in the ordinary procedure."))


def check_acceptance_decision(case, decided_on: dt.date) -> None:
    dates.check_order(
        case.supplement_received_on or case.received_on,
        decided_on,
        field="decided_on",
        message=_("The decision cannot precede the receipt."),
    )


def check_not_accepting(case, decided_on: dt.date, reasons: str) -> None:
    check_acceptance_decision(case, decided_on)
    if not reasons.strip():
        raise ActionRefused(_("Give the reasons for not accepting."), field="reasons")
    review = clocks.acceptance_due(case.received_on, case.supplement_received_on)
    if decided_on > review.due:
        raise ActionRefused(
            _(
                "The acceptance review ended on %(day)s: the case is deemed accepted. "
                "Close it by rejecting the application instead."
            )
            % {"day": review.due.isoformat()},
            field="decided_on",
        )


def check_deemed_abandonment(case, recorded_on: dt.date, today: dt.date | None = None) -> dt.date:
    """The applicant's supplement period must have passed (2023 law Art. 31); returns its last day."""
    due = clocks.supplement_due(case.received_on, case.supplement_served_on).due
    dates.check_not_future(recorded_on, field="recorded_on", label=_("The day recorded"), today=today)
    if recorded_on <= due:
        raise ActionRefused(
            _("The applicant may supplement until %(day)s.") % {"day": due.isoformat()}, field="recorded_on"
        )
    return due


def check_copy(case, sent_on: dt.date, received_on: dt.date | None) -> None:
    dates.check_order(
        case.accepted_on, sent_on, field="sent_on", message=_("The copy cannot precede the acceptance.")
    )
    dates.check_order(
        sent_on, received_on, field="received_on", message=_("The copy cannot arrive before it was sent.")
    )


def check_answer(case, received_on: dt.date) -> None:
    if case.copy_sent_on is None:
        raise ActionRefused(_("Record the copy sent to the respondent first."), field="received_on")
    dates.check_order(
        case.copy_sent_on,
        received_on,
        field="received_on",
        message=_("The answer cannot precede the copy."),
    )


def check_hearing(
    case, notice_served_on: dt.date, held_on: dt.date, *, presiding: str, officers: str, clerk: str
):
    if not (presiding.strip() and clerk.strip()):
        raise ActionRefused(_("Name the presiding officer and the clerk."), field="presiding")
    if len([name for name in officers.replace("，", ",").replace("、", ",").split(",") if name.strip()]) < 2:
        raise ActionRefused(_("A hearing has at least two hearing officers."), field="hearing_officers")
    dates.check_order(
        case.accepted_on, held_on, field="held_on", message=_("The hearing cannot precede the acceptance.")
    )
    periods = clocks.periods_for(case.received_on)
    if (
        periods.hearing_notice
        and calendar.add_working_days(notice_served_on, periods.hearing_notice) > held_on
    ):
        raise ActionRefused(
            _("The notice must reach the parties %(days)s working days before the hearing.")
            % {"days": periods.hearing_notice},
            field="notice_served_on",
        )


def check_suspension(case, started_on: dt.date) -> None:
    dates.check_order(
        case.accepted_on,
        started_on,
        field="started_on",
        message=_("A suspension cannot precede the acceptance."),
    )


def check_resumption(suspension, resumed_on: dt.date) -> None:
    dates.check_order(
        suspension.started_on,
        resumed_on,
        field="resumed_on",
        message=_("The case cannot resume before it was suspended."),
    )


def check_extension(case, days: int, approved_by: str, notified_on: dt.date, today: dt.date) -> None:
    periods = clocks.periods_for(case.received_on)
    if case.extension_days:
        raise ActionRefused(_("The decision period can be extended once."), field="days")
    if not 1 <= days <= periods.extension_max:
        raise ActionRefused(
            _("An extension is at most %(days)s days.") % {"days": periods.extension_max}, field="days"
        )
    if not approved_by.strip():
        raise ActionRefused(
            _("Name the head of the reconsideration office who approved the extension."), field="approved_by"
        )
    if case.decision_due_on and notified_on > case.decision_due_on:
        raise ActionRefused(
            _("The extension must be approved and notified before the period ends (%(day)s).")
            % {"day": case.decision_due_on.isoformat()},
            field="notified_on",
        )
    dates.check_not_future(notified_on, field="notified_on", label=_("The day of notice"), today=today)


def check_closing(case, outcome: str, closed_on: dt.date, reasons: str, has_hearing: bool) -> None:
    if outcome not in Outcome.values:
        raise ActionRefused(_("Choose how the case ends."), field="outcome")
    if outcome == Outcome.ABANDONED:
        raise ActionRefused(
            _("An application is deemed abandoned only when the supplement period has passed."),
            field="outcome",
        )
    if case.accepted_on is None and outcome not in OUTCOMES_WITHOUT_ACCEPTANCE:
        raise ActionRefused(_("Only an accepted case ends with this outcome."), field="outcome")
    if outcome in MERITS_DECISIONS and not reasons.strip():
        raise ActionRefused(_("A decision gives its reasons."), field="reasons")
    if outcome in MERITS_DECISIONS and case.is_major and not has_hearing and not case.under_old_law:
        raise ActionRefused(
            _("A major, difficult or complicated case is decided after a hearing."), field="outcome"
        )
    dates.check_order(
        case.accepted_on or case.received_on,
        closed_on,
        field="closed_on",
        message=_("The case cannot close before it was received or accepted."),
    )
    dates.check_not_future(closed_on, field="closed_on", label=_("The closing day"))


def check_publication(case, text: str) -> None:
    if case.outcome not in DECISIONS_ISSUED:
        raise ActionRefused(_("Only a decision or a mediation statement is published."))
    if not text.strip():
        raise ActionRefused(_("Give the decision text to publish."), field="text")
    if case.applicant_kind == ApplicantKind.PERSON and case.applicant_name.strip() in text:
        raise ActionRefused(
            _("The published text names the applicant: remove the personal data of natural persons."),
            field="text",
        )


def check_performance(case, performed_on: dt.date, note: str) -> None:
    if case.outcome not in DECISIONS_ISSUED:
        raise ActionRefused(_("Only a decision or a mediation statement is performed."))
    if not note.strip():
        raise ActionRefused(_("Say how the decision was performed."), field="note")
    dates.check_order(
        case.closed_on,
        performed_on,
        field="performed_on",
        message=_("Performance cannot precede the decision."),
    )


def check_opinion(issued_on: dt.date, problems: str, recommendations: str) -> None:
    if not problems.strip() or not recommendations.strip():
        raise ActionRefused(_("State the problems found and the recommendations."), field="problems")
    dates.check_not_future(issued_on, field="issued_on", label=_("The day of issue"))


def check_correction_report(letter, reported_on: dt.date, summary: str) -> None:
    if letter.reported_on is not None:
        raise ActionRefused(_("The correction has been reported already."))
    if not summary.strip():
        raise ActionRefused(_("Say what was corrected."), field="summary")
    dates.check_order(
        letter.issued_on,
        reported_on,
        field="reported_on",
        message=_("The report cannot precede the opinion letter."),
    )
