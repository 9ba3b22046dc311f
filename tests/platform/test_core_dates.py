"""One bound for every date a user types, and ISO values in every <input type=date>."""

import datetime as dt
import importlib
import inspect

import pytest
from django import forms

from fazhi.core import dates
from fazhi.core.actions import ActionRefused


def test_a_date_outside_the_range_is_refused_naming_the_field():
    with pytest.raises(ActionRefused) as refused:
        dates.check_date(dt.date(1, 1, 1), field="found_on", label="发现日期")
    assert refused.value.field == "found_on"
    assert "发现日期" in refused.value.message and "2000-01-01" in refused.value.message
    with pytest.raises(ActionRefused):
        dates.check_date(dt.date(9999, 12, 31), field="deadline", label="期限")


def test_dates_inside_the_range_and_empty_dates_pass():
    dates.check_date(dt.date(2000, 1, 1), field="d", label="d")
    dates.check_date(dates.latest(), field="d", label="d")
    dates.check_date(None, field="d", label="d")


def test_ten_years_on_from_29_february_exists():
    assert dates.latest(dt.date(2028, 2, 29)) == dt.date(2038, 2, 28)


def test_order_is_checked_only_when_both_dates_are_given():
    dates.check_order(dt.date(2026, 1, 2), dt.date(2026, 1, 2), field="b", message="m")
    dates.check_order(None, dt.date(2026, 1, 2), field="b", message="m")
    with pytest.raises(ActionRefused) as refused:
        dates.check_order(dt.date(2026, 1, 2), dt.date(2026, 1, 1), field="b", message="晚于")
    assert (refused.value.field, refused.value.message) == ("b", "晚于")


FORM_MODULES = [
    "counsel",
    "enforcement",
    "decisions",
    "filings",
    "normdocs",
    "oversight",
    "plans",
    "indicators",
    "assessment",
]


def every_form_with_a_date():
    for app in FORM_MODULES:
        module = importlib.import_module(f"fazhi.{app}.forms")
        for name, cls in vars(module).items():
            if not (
                inspect.isclass(cls) and issubclass(cls, forms.BaseForm) and cls.__module__ == module.__name__
            ):
                continue
            if any(isinstance(field, forms.DateField) for field in cls.base_fields.values()):
                yield pytest.param(cls, id=f"{app}.{name}")


@pytest.mark.parametrize("form_class", list(every_form_with_a_date()))
def test_every_form_with_a_date_field_takes_the_bound(form_class):
    assert issubclass(form_class, dates.BoundedDates), "list core.dates.BoundedDates first among the bases"


class LeaveForm(dates.BoundedDates, forms.Form):
    starts_on = forms.DateField(widget=forms.DateInput(attrs={"type": "date", "class": "narrow"}))


def test_a_bounded_form_shows_iso_and_refuses_absurd_dates():
    form = LeaveForm(initial={"starts_on": dt.date(2026, 2, 28)})
    html = str(form["starts_on"])
    assert 'value="2026-02-28"' in html and 'type="date"' in html
    assert 'min="2000-01-01"' in html and 'class="narrow"' in html
    assert not LeaveForm({"starts_on": "0001-01-01"}).is_valid()
    assert not LeaveForm({"starts_on": "9999-12-31"}).is_valid()
    assert LeaveForm({"starts_on": "2026-02-28"}).is_valid()


def test_the_season_form_shows_its_dates_in_iso(db):
    from fazhi.filings.forms import SeasonForm
    from fazhi.filings.models import FilingSeason
    from fazhi.org.models import Organisation

    season = FilingSeason(
        region_code="330521", year=2025, filing_due=dt.date(2026, 2, 27), publication_due=dt.date(2026, 3, 31)
    )
    html = str(SeasonForm(instance=season, organisations=Organisation.objects.none())["filing_due"])
    assert 'value="2026-02-27"' in html
