"""record_value and refresh: who may write, what an event records, providers materialised."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command

from fazhi.core.actions import ActionRefused
from fazhi.core.providers import Measurement, Period, rate
from fazhi.indicators import actions
from fazhi.indicators.models import IndicatorEvent, IndicatorValue
from fazhi.indicators.queries import preferred_value

RATE = "disputes.head_appearance_rate"
PARTS = {"numerator": 9, "denominator": 10, "definition": "负责人出庭次数 ÷ 开庭次数"}


def test_a_unit_records_its_own_value_with_an_event(filer_a, unit_a):
    row = actions.record_value(filer_a, unit_a, RATE, Period.year(2025), "90", "manual", **PARTS)
    assert row.entered_by == filer_a and row.unit == "%" and row.numerator == 9
    assert list(IndicatorEvent.objects.filter(value=row).values_list("verb", flat=True)) == ["record"]
    assert row.history.first().history_user == filer_a


def test_recording_again_replaces_and_records_old_and_new(filer_a, unit_a):
    actions.record_value(filer_a, unit_a, RATE, Period.year(2025), "90", "manual", **PARTS)
    row = actions.record_value(
        filer_a,
        unit_a,
        RATE,
        Period.year(2025),
        "80",
        "manual",
        numerator=8,
        denominator=10,
        definition=PARTS["definition"],
    )
    assert IndicatorValue.objects.count() == 1 and row.value == Decimal("80")
    change = IndicatorEvent.objects.get(verb="change")
    assert change.data["old"]["value"].startswith("90") and change.data["new"]["value"].startswith("80")


def test_another_unit_and_the_evaluator_may_not_write(filer_b, evaluator, unit_a):
    for actor in (filer_b, evaluator):
        with pytest.raises(PermissionDenied):
            actions.record_value(actor, unit_a, RATE, Period.year(2025), "90", "manual", **PARTS)
    assert not IndicatorValue.objects.exists() and not IndicatorEvent.objects.exists()


def test_people_cannot_write_computed_values_and_the_system_only_computed(reviewer, unit_a):
    with pytest.raises(ActionRefused):
        actions.record_value(reviewer, unit_a, RATE, Period.year(2025), "90", "computed", **PARTS)
    with pytest.raises(ActionRefused):
        actions.record_value(None, unit_a, RATE, Period.year(2025), "90", "manual", **PARTS)
    assert not IndicatorValue.objects.exists()


def test_a_year_in_the_future_is_refused(reviewer, unit_a):
    with pytest.raises(ActionRefused):
        actions.record_value(reviewer, unit_a, "disputes.litigation_losses", Period.year(2099), "1", "manual")


def test_report_values_may_lack_parts_and_computed_wins_preference(reviewer, unit_a, monkeypatch):
    actions.record_value(
        reviewer, unit_a, RATE, Period.year(2025), "95", "report", evidence_text="出庭率达95%"
    )
    assert preferred_value(unit_a, RATE, Period.year(2025)).source == "report"
    actions.record_value(reviewer, unit_a, RATE, Period.year(2025), "90", "manual", **PARTS)
    assert preferred_value(unit_a, RATE, Period.year(2025)).source == "manual"
    _fake_providers(monkeypatch, unit_a)
    actions.refresh(2025, organisations=[unit_a])
    best = preferred_value(unit_a, RATE, Period.year(2025))
    assert best.source == "computed" and best.value == Decimal("75.00") and best.denominator == 4


def _fake_providers(monkeypatch, unit_a):
    """Two providers over real rows: the head-appearance rate, and a code with nothing due."""

    def appearance(organisation, period):
        return rate(3, 4, "负责人出庭次数 ÷ 开庭次数") if organisation == unit_a else None

    def losses(organisation, period):
        return Measurement(organisation.children.count(), definition="败诉案件数")

    monkeypatch.setattr(
        actions,
        "providers",
        lambda: {RATE: ("disputes", appearance), "disputes.litigation_losses": ("disputes", losses)},
    )


def test_refresh_command_materialises_providers_with_a_progress_bar(unit_a, unit_b, monkeypatch):
    _fake_providers(monkeypatch, unit_a)
    out = io.StringIO()
    call_command("indicators", "refresh", "--year", "2025", stdout=out)
    text = out.getvalue()
    assert "[" in text and "#" in text and "2025" in text
    assert IndicatorValue.objects.filter(code=RATE, source="computed").get().organisation == unit_a
    losses = IndicatorValue.objects.filter(code="disputes.litigation_losses", source="computed")
    assert losses.count() == IndicatorValue.objects.values("organisation").distinct().count()
    events = IndicatorEvent.objects.count()
    call_command("indicators", "refresh", "--year", "2025", "--quiet-bar", stdout=io.StringIO())
    assert IndicatorEvent.objects.count() == events  # unchanged numbers write no new events
