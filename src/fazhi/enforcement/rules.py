"""What may be recorded about enforcement. Pure checks and statutory clocks; actions call them.

Numbers the law fixes are constants here; numbers it leaves open are settings
with the common default (docs/enforcement.md lists both).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.conf import settings
from django.utils.translation import gettext as _

from fazhi.core import dates
from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import Basis, Deadline, deadline

# 行政处罚法 (2021): two certified officers (Art. 42); decide within 90 days of filing (Art. 60);
# hearing request within 5 days of the notice (Art. 64), days under 5 being working days (Art. 85);
# a summary penalty on the spot up to 200 yuan for a citizen, 3,000 for an organisation (Art. 51).
MIN_OFFICERS = 2
DECISION_DAYS = 90
HEARING_REQUEST_WORKING_DAYS = 5
ON_THE_SPOT_LIMIT_PERSON = Decimal("200")
ON_THE_SPOT_LIMIT_ORGANISATION = Decimal("3000")
WITHDRAWAL_WORKING_DAYS = 3  # Art. 48: withdraw within 3 working days when changed or revoked
# 《行政执法机关移送涉嫌犯罪案件的规定》(2020): the head decides within 3 days of the report,
# the case goes to the police within 24 hours of the decision, the police answer within 3 days.
TRANSFER_DECISION_DAYS = 3
TRANSFER_HOURS = 24
POLICE_ANSWER_DAYS = 3


def setting(name: str, default):
    return getattr(settings, name, default)


def publicity_working_days() -> int:
    return int(setting("ENFORCEMENT_PUBLICITY_WORKING_DAYS", 7))


def display_years() -> int:
    return int(setting("ENFORCEMENT_DISPLAY_YEARS", 5))


def natural_person_name_years() -> int:
    return int(setting("ENFORCEMENT_NATURAL_PERSON_NAME_YEARS", 2))


def training_hours_required() -> Decimal:
    return Decimal(str(setting("ENFORCEMENT_TRAINING_HOURS", 60)))


def reapply_years() -> int:
    return int(setting("ENFORCEMENT_REAPPLY_YEARS", 2))


def mandatory_video_measures() -> tuple[str, ...]:
    return tuple(setting("ENFORCEMENT_MANDATORY_VIDEO", ("seal_seize", "demolition", "restrict_freedom")))


def grade_bands() -> tuple[tuple[Decimal, str], ...]:
    """(lowest score, grade) from the best grade down; below the last band is a fail."""
    bands = setting("ENFORCEMENT_GRADE_BANDS", ((90, "excellent"), (75, "good"), (60, "pass")))
    return tuple((Decimal(str(low)), grade) for low, grade in bands)


def years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


# Clocks ---------------------------------------------------------------------


def decision_deadline(filed_on: dt.date) -> Deadline:
    return deadline(filed_on, DECISION_DAYS, Basis.CALENDAR_DAYS)


def hearing_request_deadline(notified_on: dt.date) -> Deadline:
    return deadline(notified_on, HEARING_REQUEST_WORKING_DAYS, Basis.WORKING_DAYS)


def publicity_deadline(decided_on: dt.date) -> Deadline:
    return deadline(decided_on, publicity_working_days(), Basis.WORKING_DAYS)


def withdrawal_deadline(changed_on: dt.date) -> Deadline:
    return deadline(changed_on, WITHDRAWAL_WORKING_DAYS, Basis.WORKING_DAYS)


def transfer_decision_deadline(reported_on: dt.date) -> Deadline:
    return deadline(reported_on, TRANSFER_DECISION_DAYS, Basis.CALENDAR_DAYS, extend_past_holiday=False)


def transfer_due_at(decided_on: dt.date) -> dt.datetime:
    """24 hours from the end of the day of decision: the decision carries a date, not an hour."""
    from django.utils import timezone

    end_of_day = dt.datetime.combine(decided_on + dt.timedelta(days=1), dt.time.min)
    return timezone.make_aware(end_of_day) + dt.timedelta(hours=TRANSFER_HOURS)


def police_answer_deadline(transferred_on: dt.date) -> Deadline:
    return deadline(transferred_on, POLICE_ANSWER_DAYS, Basis.CALENDAR_DAYS, extend_past_holiday=False)


# Checks ---------------------------------------------------------------------


def check_officers(officers, on: dt.date, body) -> None:
    """At least two officers of the body, each with a certificate valid on ``on`` (Art. 42)."""
    strangers = [officer.name for officer in officers if officer.body_id != body.pk]
    if strangers:
        raise ActionRefused(
            _("%(names)s do not belong to %(body)s.") % {"names": "、".join(strangers), "body": body.name},
            field="officers",
        )
    certified = [officer for officer in officers if getattr(officer, "is_certified", False)]
    if len(certified) < MIN_OFFICERS:
        raise ActionRefused(
            _(
                "A case needs at least %(count)s officers holding a valid enforcement certificate on "
                "%(date)s; %(certified)s of those named do."
            )
            % {"count": MIN_OFFICERS, "date": on.isoformat(), "certified": len(certified)},
            field="officers",
        )


def check_stage_order(
    case, stage: str, on: dt.date, stage_order: list[str], today: dt.date | None = None
) -> None:
    position = stage_order.index(stage)
    if position != stage_order.index(case.stage) + 1:
        raise ActionRefused(_("Stages are recorded one after another, in order."), field="stage")
    dates.check_date(on, field="on", label=_("The date"))
    dates.check_not_future(on, field="on", label=_("The date"), today=today)
    previous = case.stage_date(case.stage)
    dates.check_order(
        previous, on, field="on", message=_("A stage cannot be dated before the stage before it.")
    )


# The largest amount the columns hold (14 digits, 2 decimals).
MAX_AMOUNT = Decimal("999999999999.99")


def check_decision(case, exemptions) -> None:
    if case.exemption not in exemptions:
        raise ActionRefused(_("Choose an exemption from the list."), field="exemption")
    for field in ("fine_amount", "confiscation_amount"):
        if not Decimal(0) <= Decimal(getattr(case, field)) <= MAX_AMOUNT:
            raise ActionRefused(_("Amounts lie between 0 and 999,999,999,999.99 yuan."), field=field)


def check_on_the_spot(case) -> None:
    if not case.is_on_the_spot:
        return
    limit = ON_THE_SPOT_LIMIT_PERSON if case.party_is_natural_person else ON_THE_SPOT_LIMIT_ORGANISATION
    if case.fine_amount > limit:
        raise ActionRefused(
            _(
                "A fine on the spot is at most %(limit)s yuan for this party (Administrative Penalty Law Art. 51)."
            )
            % {"limit": limit},
            field="fine_amount",
        )


def check_legal_review(case, has_passed_review: bool) -> None:
    if case.is_major and not has_passed_review:
        raise ActionRefused(
            _("A major enforcement decision needs a passed legal review before it is recorded."),
            field="stage",
        )


def check_reviewer(reviewer, case) -> None:
    if reviewer.body_id != case.body_id:
        raise ActionRefused(_("The reviewer works for another body."), field="reviewer")
    if not reviewer.has_legal_qualification:
        raise ActionRefused(
            _("A legal reviewer must hold the national legal professional qualification."), field="reviewer"
        )


def check_video_record(case, has_video: bool) -> None:
    if case.coercive_measure in mandatory_video_measures() and not has_video:
        raise ActionRefused(
            _("This action is on the mandatory-video list: add its video record first."), field="stage"
        )


def annual_review_passes(training_hours: Decimal, exam_passed: bool) -> bool:
    return exam_passed and training_hours >= training_hours_required()


def check_certificate_dates(issued_on: dt.date, expires_on: dt.date, exam_on: dt.date) -> None:
    dates.check_date(issued_on, field="issued_on", label=_("The date of issue"))
    dates.check_date(expires_on, field="expires_on", label=_("The expiry date"))
    dates.check_order(
        issued_on, expires_on, field="expires_on", message=_("The certificate expires before it is issued.")
    )
    dates.check_order(
        exam_on,
        issued_on,
        field="issued_on",
        message=_("A certificate is issued after the public-law exam is passed."),
    )


def check_may_apply(revoked_until: dt.date | None, issued_on: dt.date) -> None:
    if revoked_until and issued_on < revoked_until:
        raise ActionRefused(
            _("A revoked officer may not hold a certificate again before %(date)s.")
            % {"date": revoked_until},
            field="issued_on",
        )


def file_score(standard_layout: int, standard_content: int, vetoed: bool, layout_off, content_off) -> Decimal:
    """卷面 + 内容 with each part's deductions floored at zero; a failed veto item makes the file 0."""
    if vetoed:
        return Decimal(0)
    layout = max(Decimal(standard_layout) - Decimal(layout_off), Decimal(0))
    content = max(Decimal(standard_content) - Decimal(content_off), Decimal(0))
    return layout + content


def grade_of(score: Decimal) -> str:
    for low, grade in grade_bands():
        if score >= low:
            return grade
    return "fail"


def transfer_clocks(transfer, today: dt.date | None = None) -> list[dict]:
    """The three clocks of a transfer: decision (3 days from the report), transfer to the police
    (24 hours from the decision), the police's answer (3 days from the transfer); each with its
    due date or time, when it was met, and whether it is overdue or was late."""
    from django.utils import timezone

    now = timezone.now() if today is None else timezone.make_aware(dt.datetime.combine(today, dt.time.max))
    today = today or timezone.localdate()
    clocks = [
        {
            "name": "decision",
            "due": transfer_decision_deadline(transfer.reported_on).due,
            "done": transfer.decided_on,
        }
    ]
    if transfer.decided_on:
        clocks.append(
            {"name": "transfer", "due": transfer_due_at(transfer.decided_on), "done": transfer.transferred_at}
        )
    if transfer.transferred_at:
        clocks.append(
            {
                "name": "police",
                "due": police_answer_deadline(timezone.localdate(transfer.transferred_at)).due,
                "done": transfer.police_answered_on,
            }
        )
    labels = {
        "decision": _("decision to transfer (3 days)"),
        "transfer": _("transfer to the police (24 hours)"),
        "police": _("police answer (3 days)"),
    }
    for clock in clocks:
        clock["label"] = labels[clock["name"]]
        due, done = clock["due"], clock["done"]
        reference = now if isinstance(due, dt.datetime) else today
        clock["overdue"] = done is None and reference > due
        clock["late"] = done is not None and done > due
    return clocks


def check_standard_item(part: str, max_deduction: Decimal, layout_points: int, content_points: int) -> None:
    """A veto item takes no points (it fails the file); another takes off more than 0 and at most its part."""
    if part == "veto":
        if Decimal(max_deduction) != 0:
            raise ActionRefused(
                _("A veto item fails the file outright; its deduction is 0."), field="max_deduction"
            )
        return
    most = layout_points if part == "layout" else content_points
    if not Decimal(0) < Decimal(max_deduction) <= most:
        raise ActionRefused(
            _("The deduction of an item lies above 0 and at most its part's %(most)d points.")
            % {"most": most},
            field="max_deduction",
        )
