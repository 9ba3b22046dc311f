"""The one place that says which dates the platform accepts.

Every date a user types (forms, API bodies and query parameters, imports
through actions) lies between ``EARLIEST`` and ten years after today. Dates
outside that range are typing mistakes (0001-01-01, 9999-12-31) and, before
this bound, made working-day arithmetic and every list showing the record slow
for everyone (issue 18). The earliest records the platform keeps are the
2004 outline's (全面推进依法行政实施纲要); 2000 leaves room for older
normative documents still in force. Ten years ahead covers the longest
planning horizon (a five-year plan drafted early, a normative document's
validity of up to five years) with room to spare.

``check_date`` and ``check_order`` are for ``rules.py`` (they raise
``ActionRefused`` naming the field); ``BoundedDates`` is the form mixin that
gives every ``DateField`` of a form the bound and an ``<input type=date>``
that shows its value (the browser only accepts ISO ``2026-02-28``, never the
zh-hans locale's ``2026/02/28``); ``ApiDate`` is the same bound for
django-ninja schemas and query parameters.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from pydantic import AfterValidator

from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import local_today

EARLIEST = dt.date(2000, 1, 1)
YEARS_AHEAD = 10
ISO_FORMAT = "%Y-%m-%d"


def latest(today: dt.date | None = None) -> dt.date:
    today = today or local_today()
    year = today.year + YEARS_AHEAD
    # 29 February ten years on may not exist.
    return (
        today.replace(year=year, day=28) if (today.month, today.day) == (2, 29) else today.replace(year=year)
    )


def out_of_range_message(label) -> str:
    return _("%(field)s must lie between %(earliest)s and %(latest)s.") % {
        "field": label,
        "earliest": EARLIEST.isoformat(),
        "latest": latest().isoformat(),
    }


def is_in_range(value: dt.date) -> bool:
    return EARLIEST <= value <= latest()


def check_date(value: dt.date | None, *, field: str, label) -> None:
    """Refuse a date outside the accepted range; ``None`` (an optional date left empty) passes."""
    if value is not None and not is_in_range(value):
        raise ActionRefused(out_of_range_message(label), field=field)


def check_order(earlier: dt.date | None, later: dt.date | None, *, field: str, message) -> None:
    """Refuse ``later`` before ``earlier`` (either missing passes); ``message`` names both, for the user."""
    if earlier is not None and later is not None and later < earlier:
        raise ActionRefused(str(message), field=field)


def check_not_future(value: dt.date | None, *, field: str, label, today: dt.date | None = None) -> None:
    if value is not None and value > (today or local_today()):
        raise ActionRefused(_("%(field)s cannot be in the future.") % {"field": label}, field=field)


# Forms ---------------------------------------------------------------------


class DateInput(forms.DateInput):
    """``<input type=date>`` with the value in ISO, the only form browsers accept."""

    input_type = "date"

    def __init__(self, attrs=None, format=None):  # noqa: A002 - Django's own argument name
        super().__init__(attrs=attrs, format=ISO_FORMAT)


def _validate_range(value: dt.date) -> None:
    if value is not None and not is_in_range(value):
        raise ValidationError(out_of_range_message(_("The date")), code="date_range")


def bound_date_fields(form: forms.BaseForm) -> None:
    """Give every date field of ``form`` the accepted range and an ISO ``<input type=date>``."""
    for field in form.fields.values():
        if not isinstance(field, forms.DateField) or isinstance(field, forms.DateTimeField):
            continue
        attrs = {k: v for k, v in field.widget.attrs.items() if k != "type"}
        field.widget = DateInput(attrs=attrs)
        field.widget.attrs.update({"min": EARLIEST.isoformat(), "max": latest().isoformat()})
        if _validate_range not in field.validators:
            field.validators.append(_validate_range)


class BoundedDates:
    """Form mixin (list it before ``forms.Form``/``forms.ModelForm``): see ``bound_date_fields``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        bound_date_fields(self)


# The API -------------------------------------------------------------------


def _api_in_range(value: dt.date) -> dt.date:
    if not is_in_range(value):
        raise ValueError(out_of_range_message(_("The date")))
    return value


ApiDate = Annotated[dt.date, AfterValidator(_api_in_range)]
