"""Overwriting a manual indicator value (issue 11 §3): the form says a value with evidence
exists and asks first; the old value and its evidence stay in the history; the event keeps old → new."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from fazhi.core.actions import NeedsConfirmation
from fazhi.core.providers import Period
from fazhi.indicators import actions
from fazhi.indicators.models import IndicatorEvent, IndicatorValue

RATE = "disputes.head_appearance_rate"
PARTS = {"numerator": 9, "denominator": 10, "definition": "负责人出庭次数 ÷ 开庭次数"}
OLD_EVIDENCE = "2025年行政应诉台账第3页"


@pytest.fixture
def manual_value(filer_a, unit_a):
    return actions.record_value(
        filer_a,
        unit_a,
        RATE,
        Period.year(2025),
        "90",
        "manual",
        evidence_text=OLD_EVIDENCE,
        evidence_url="https://example.gov.cn/ledger",
        **PARTS,
    )


def _entry(unit, value="80", **extra):
    return {
        "organisation": unit.pk,
        "code": RATE,
        "year": 2025,
        "value": value,
        "qualifier": "exact",
        "numerator": "8",
        "denominator": "10",
        "definition": PARTS["definition"],
        **extra,
    }


def test_record_value_refuses_to_replace_without_confirmation(manual_value, filer_a, unit_a):
    with pytest.raises(NeedsConfirmation) as refusal:
        actions.record_value(
            filer_a,
            unit_a,
            RATE,
            Period.year(2025),
            "80",
            "manual",
            replace=False,
            numerator=8,
            denominator=10,
            definition=PARTS["definition"],
        )
    assert OLD_EVIDENCE in refusal.value.problems[0]
    assert IndicatorValue.objects.get().value == Decimal("90")


def test_form_warns_of_the_existing_value_and_its_evidence(login, manual_value, filer_a, unit_a):
    client = login(filer_a)
    response = client.post(reverse("indicators:enter"), _entry(unit_a))
    page = response.content.decode()
    assert response.status_code == 200
    assert 'id="existing-value"' in page and OLD_EVIDENCE in page and "保留在历史记录中" in page
    row = IndicatorValue.objects.get()
    assert row.value == Decimal("90") and row.evidence_text == OLD_EVIDENCE
    assert not IndicatorEvent.objects.filter(verb="change").exists()


def test_confirmed_overwrite_keeps_the_old_value_in_history_and_the_event(
    login, manual_value, filer_a, unit_a
):
    client = login(filer_a)
    response = client.post(reverse("indicators:enter"), _entry(unit_a, confirm="1"))
    assert response.status_code == 302
    row = IndicatorValue.objects.get()
    assert row.value == Decimal("80") and row.evidence_text == ""
    old = row.history.order_by("history_date")[0]
    assert old.value == Decimal("90") and old.evidence_text == OLD_EVIDENCE
    change = IndicatorEvent.objects.get(verb="change")
    assert change.data["old"]["evidence_text"] == OLD_EVIDENCE and change.data["new"]["evidence_text"] == ""
    assert change.data["old"]["value"] == "90" and change.data["new"]["value"] == "80"


def test_a_first_entry_asks_nothing(login, filer_a, unit_a):
    response = login(filer_a).post(reverse("indicators:enter"), _entry(unit_a))
    assert response.status_code == 302 and IndicatorValue.objects.get().value == Decimal("80")
