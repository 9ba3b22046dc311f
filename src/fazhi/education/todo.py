"""What waits in legal education: from 1 October (``rules.study_check_starts``), each of the
user's own bodies whose collective study sessions this year are still below the minimum
(``EDUCATION_MIN_STUDY_SESSIONS``), due by the end of the year."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils.translation import gettext as _

from fazhi.core.deadlines import local_today
from fazhi.core.scoping import Person, Purpose, scope_of
from fazhi.core.worklist import WorkItem, batched, counted, own_units
from fazhi.education import queries, rules


def units_below_minimum(user: Person, today: dt.date):
    """The user's own bodies short of the year's study sessions, once the check is due; else none."""
    units = own_units(user, Purpose.EDIT)
    organisations = scope_of(user).organisations(Purpose.EDIT).filter(pk__in=units)
    if not units or not rules.is_study_check_due(today):
        return organisations.none()
    return queries.below_study_minimum(organisations, today.year)


@batched
def work_for(user: Person, today: dt.date | None = None):
    today = today or local_today()
    count = yield counted(units_below_minimum(user, today))
    return [
        WorkItem(
            _("Bodies below the year's minimum of study sessions"),
            count,
            f"{reverse('education:study')}?year={today.year}",
            due_on=dt.date(today.year, 12, 31),
        )
    ]
