"""An office importing units' values does it as proxy entry (代为录入): a reason, marked, not self-confirmed."""

from __future__ import annotations

import pytest
from django.urls import reverse

from fazhi.core.actions import ActionRefused
from fazhi.core.providers import Period
from fazhi.indicators import actions
from fazhi.indicators.importers import IndicatorValueImporter
from fazhi.indicators.models import IndicatorEvent, IndicatorValue, Source
from tests.indicators.test_indicators_importer import workbook

pytestmark = pytest.mark.django_db
REASON = "两单位尚未开通账号，按其报送的纸质台账导入"


def _rows(*units):
    return [
        (unit.name, "education.activities", 2025, 12, None, None, None, None, None, None) for unit in units
    ]


def test_an_office_import_for_units_without_a_reason_saves_nothing(reviewer, unit_a, unit_b):
    result = IndicatorValueImporter(reviewer).run(reviewer, workbook(*_rows(unit_a, unit_b)))
    assert not result.ok and not IndicatorValue.objects.exists()
    assert [error.row for error in result.errors] == [2, 3]
    assert all("代为录入" in error.message for error in result.errors)


def test_an_office_import_with_a_reason_marks_each_value_as_proxy_entry(reviewer, unit_a, unit_b):
    result = IndicatorValueImporter(reviewer, REASON).run(reviewer, workbook(*_rows(unit_a, unit_b)))
    assert result.ok and result.saved == 2
    events = IndicatorEvent.objects.filter(verb="record").select_related("value__organisation")
    assert {event.value.organisation for event in events} == {unit_a, unit_b}
    assert all(event.proxy_reason == REASON and event.actor == reviewer for event in events)


def test_the_importer_cannot_confirm_what_he_imported_by_proxy(reviewer, unit_a):
    IndicatorValueImporter(reviewer, REASON).run(reviewer, workbook(*_rows(unit_a)))
    value = IndicatorValue.objects.get()
    with pytest.raises(ActionRefused):
        actions.confirm_value(reviewer, value, note="已核对台账")
    assert not IndicatorEvent.objects.filter(verb="confirm").exists()


def test_a_unit_imports_its_own_values_without_a_reason(filer_a, unit_a):
    result = IndicatorValueImporter(filer_a).run(filer_a, workbook(*_rows(unit_a)))
    assert result.ok
    assert IndicatorEvent.objects.get(verb="record").proxy_reason == ""


def test_the_import_page_asks_the_office_for_the_proxy_reason(login, reviewer, filer_a, unit_a):
    client = login(reviewer)
    assert 'name="proxy_reason"' in client.get(reverse("indicators:import")).content.decode()
    assert 'name="proxy_reason"' not in login(filer_a).get(reverse("indicators:import")).content.decode()
    client = login(reviewer)
    page = client.post(reverse("indicators:import"), {"file": workbook(*_rows(unit_a))}).content.decode()
    assert "代为录入" in page and not IndicatorValue.objects.exists()
    response = client.post(
        reverse("indicators:import"),
        {"file": workbook(*_rows(unit_a)), "proxy": "on", "proxy_reason": REASON},
    )
    assert response.status_code == 302
    value = IndicatorValue.objects.get()
    assert value.source == Source.IMPORT and value.events.get(verb="record").proxy_reason == REASON
    page = client.get(reverse("indicators:detail", args=[value.pk])).content.decode()
    assert 'id="proxy-entry"' in page and 'id="confirm-form"' not in page


def test_record_value_with_unit_entry_refuses_the_office_without_a_reason(
    reviewer, filer_a, unit_a, government
):
    code, period = "education.activities", Period.year(2025)
    with pytest.raises(ActionRefused):
        actions.record_value(reviewer, unit_a, code, period, 3, Source.IMPORT, unit_entry=True)
    assert not IndicatorValue.objects.exists()
    value = actions.record_value(
        reviewer, unit_a, code, period, 3, Source.IMPORT, unit_entry=True, proxy_reason=REASON
    )
    assert value.events.get().proxy_reason == REASON
    actions.record_value(filer_a, unit_a, code, period, 4, Source.MANUAL, unit_entry=True)  # its own people
    actions.record_value(reviewer, government, code, period, 5, Source.IMPORT, unit_entry=True)  # not a unit
    assert IndicatorValue.objects.count() == 3
