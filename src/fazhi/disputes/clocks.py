"""The statutory clocks of a reconsideration case (行政复议), as pure date arithmetic.

Which law's periods apply is decided by the day the application was received:
from 2024-01-01 the 2023 revision of the Administrative Reconsideration Law,
before it the 1999 law (as amended in 2009 and 2017) with its implementing
regulation of 2007. Both count "five days" and "seven days" as working days
(2023 law Art. 88; 1999 law Art. 40); the 2023 law also counts "three days"
and "ten days" in working days, the 1999 law's ten days (the respondent's
answer) are calendar days. Every count goes through ``fazhi.core.deadlines``
(one bisection over the holiday schedule per clock, never a walk over the days).
The table in docs/disputes.md lists every period with its article.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fazhi.core.deadlines import Basis, Deadline, deadline

NEW_LAW_FROM = dt.date(2024, 1, 1)


@dataclass(frozen=True)
class Periods:
    law: str
    acceptance_review: int  # working days from receipt (or from the supplement's receipt)
    supplement_notice: int  # working days from receipt
    applicant_supplement: int | None  # working days the applicant has; None: the notice sets it
    copy_to_respondent: int  # working days from acceptance
    copy_to_respondent_simplified: int | None
    answer: int  # days from the respondent's receipt of the copy
    answer_basis: Basis
    answer_simplified: int | None
    decision: int  # calendar days from acceptance
    decision_simplified: int | None
    extension_max: int  # calendar days
    hearing_notice: int | None  # working days before the hearing
    opinion_correction_report: int  # calendar days after the opinion letter


LAW_2023 = Periods(
    law="2023",
    acceptance_review=5,  # Art. 30
    supplement_notice=5,  # Art. 31
    applicant_supplement=10,  # Art. 31
    copy_to_respondent=7,  # Art. 48
    copy_to_respondent_simplified=3,  # Art. 54
    answer=10,  # Art. 48
    answer_basis=Basis.WORKING_DAYS,  # Art. 88
    answer_simplified=5,  # Art. 54
    decision=60,  # Art. 62
    decision_simplified=30,  # Art. 62
    extension_max=30,  # Art. 62
    hearing_notice=5,  # Art. 51
    opinion_correction_report=60,  # Art. 76
)

LAW_1999 = Periods(
    law="1999",
    acceptance_review=5,  # Art. 17
    supplement_notice=5,  # implementing regulation Art. 29
    applicant_supplement=None,  # the regulation leaves the period to the notice
    copy_to_respondent=7,  # Art. 23
    copy_to_respondent_simplified=None,  # no simplified procedure before 2024
    answer=10,  # Art. 23
    answer_basis=Basis.CALENDAR_DAYS,  # Art. 40 names only five and seven days as working days
    answer_simplified=None,
    decision=60,  # Art. 31
    decision_simplified=None,
    extension_max=30,  # Art. 31
    hearing_notice=None,  # no statutory notice period
    opinion_correction_report=60,  # implementing regulation Art. 57
)


def periods_for(received_on: dt.date) -> Periods:
    return LAW_2023 if received_on >= NEW_LAW_FROM else LAW_1999


def working(start: dt.date, days: int) -> Deadline:
    return deadline(start, days, Basis.WORKING_DAYS)


def calendar_days(start: dt.date, days: int) -> Deadline:
    # The Civil Procedure Law's rule on periods applies (2023 law Art. 88): a period
    # ending on a rest day ends on the next working day.
    return deadline(start, days, Basis.CALENDAR_DAYS)


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class Window:
    last_day: dt.date
    reason: str  # which limit decided the last day: "60_days", "1_year", "5_years", "20_years"


def application_window(
    *,
    known_on: dt.date,
    act_on: dt.date | None,
    notified_of_right: bool,
    real_estate: bool,
    received_on: dt.date,
) -> Window:
    """The last day on which the application could be made (2023 law Arts. 20, 21).

    Sixty days from knowing the act. When the organ did not tell the applicant
    of the right and the period, the 2023 law counts from knowing them, but at
    most one year from knowing the act: without the day he learnt of the right
    the platform gives him the whole year. Never later than 5 years after the
    act (20 for real estate). Cases under the 1999 law have only the sixty days.
    """
    window = Window(calendar_days(known_on, 60).due, "60_days")
    if received_on < NEW_LAW_FROM:
        return window
    if not notified_of_right:
        window = Window(_add_years(known_on, 1), "1_year")
    if act_on is not None:
        years = 20 if real_estate else 5
        cut_off = _add_years(act_on, years)
        if cut_off < window.last_day:
            window = Window(cut_off, f"{years}_years")
    return window


def acceptance_due(received_on: dt.date, supplement_received_on: dt.date | None) -> Deadline:
    """The acceptance review ends five working days after receipt, or after the supplement's receipt."""
    periods = periods_for(received_on)
    return working(supplement_received_on or received_on, periods.acceptance_review)


def effective_acceptance(accepted_on: dt.date | None, review: Deadline, today: dt.date) -> dt.date | None:
    """The day the case counts as accepted: the decision's day, or the last day of the review.

    A case on which the body decided nothing within the review period is
    deemed accepted (2023 law Art. 30; 1999 law Art. 17): its clocks run from
    the last day of the review, and an acceptance recorded later does not
    move them.
    """
    if accepted_on is not None:
        return min(accepted_on, review.due)
    return review.due if today > review.due else None


def decision_due(
    *,
    received_on: dt.date,
    accepted_on: dt.date,
    simplified: bool,
    extension_days: int,
    suspended_days: int,
) -> Deadline:
    """Sixty days from acceptance (thirty simplified), plus an approved extension and the days suspended.

    A suspension (中止) stops the clock; on resumption it runs on, so the due
    day moves by the calendar days the case stood still.
    """
    periods = periods_for(received_on)
    days = periods.decision_simplified if simplified and periods.decision_simplified else periods.decision
    return calendar_days(accepted_on, days + extension_days + suspended_days)


def copy_due(received_on: dt.date, accepted_on: dt.date, simplified: bool) -> Deadline:
    periods = periods_for(received_on)
    days = periods.copy_to_respondent
    if simplified and periods.copy_to_respondent_simplified:
        days = periods.copy_to_respondent_simplified
    return working(accepted_on, days)


def answer_due(received_on: dt.date, copy_received_on: dt.date, simplified: bool) -> Deadline:
    periods = periods_for(received_on)
    if simplified and periods.answer_simplified:
        return working(copy_received_on, periods.answer_simplified)
    return deadline(copy_received_on, periods.answer, periods.answer_basis)


def supplement_due(received_on: dt.date, notice_served_on: dt.date, days: int | None = None) -> Deadline:
    periods = periods_for(received_on)
    return working(notice_served_on, days or periods.applicant_supplement or 10)


def opinion_report_due(issued_on: dt.date) -> Deadline:
    return calendar_days(issued_on, LAW_2023.opinion_correction_report)


def suspended_days(spans: list[tuple[dt.date, dt.date | None]], today: dt.date) -> int:
    """Calendar days the case stood still: each suspension from its start to its resumption."""
    return sum(((resumed or today) - started).days for started, resumed in spans)
