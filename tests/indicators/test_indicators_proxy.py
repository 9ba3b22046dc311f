"""The office enters a unit's figure only as proxy entry (代为录入), and cannot then confirm it itself."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from fazhi.core.actions import ActionRefused
from fazhi.core.providers import Period
from fazhi.indicators import actions
from fazhi.indicators.models import IndicatorEvent, IndicatorValue

pytestmark = pytest.mark.django_db
CODE = "education.activities"


def _entry(unit, **extra) -> dict:
    return {"organisation": unit.pk, "code": CODE, "year": 2025, "value": "12", "qualifier": "exact"} | extra


def _second_reviewer(office):
    from tests.conftest import make_user, member

    return member(make_user("reviewer2", "钱一鸣"), office, "office_reviewer")


def test_the_office_must_give_a_reason_to_enter_a_units_figure(login, reviewer, unit_a):
    client = login(reviewer)
    page = client.post(reverse("indicators:enter"), _entry(unit_a)).content.decode()
    assert "代为录入" in page and not IndicatorValue.objects.exists()
    response = client.post(
        reverse("indicators:enter"),
        _entry(unit_a, proxy="on", proxy_reason="该局尚未开通账号，按其书面材料录入"),
    )
    value = IndicatorValue.objects.get()
    assert response.status_code == 302 and value.value == Decimal("12")
    event = IndicatorEvent.objects.get(value=value, verb="record")
    assert event.proxy_reason == "该局尚未开通账号，按其书面材料录入" and event.actor == reviewer
    page = client.get(reverse("indicators:detail", args=[value.pk])).content.decode()
    assert 'id="proxy-entry"' in page and "陈思远" in page and "该局尚未开通账号" in page
    assert 'id="confirm-form"' not in page  # he entered it: another person confirms


def test_a_units_own_entry_needs_no_reason_and_shows_no_proxy_tag(login, filer_a, unit_a):
    client = login(filer_a)
    assert 'name="proxy_reason"' not in client.get(reverse("indicators:enter")).content.decode()
    client.post(reverse("indicators:enter"), _entry(unit_a))
    value = IndicatorValue.objects.get()
    page = client.get(reverse("indicators:detail", args=[value.pk])).content.decode()
    assert 'id="proxy-entry"' not in page and "尚未核实" in page


def test_who_entered_by_proxy_cannot_confirm_another_office_person_can(login, reviewer, office, unit_a):
    value = actions.enter_value(reviewer, unit_a, CODE, Period.year(2025), "12", proxy_reason="单位无账号")
    client = login(reviewer)
    client.post(reverse("indicators:confirm", args=[value.pk]), {"note": "已核对台账"})
    assert not IndicatorEvent.objects.filter(verb="confirm").exists()
    with pytest.raises(ActionRefused) as refusal:
        actions.confirm_value(reviewer, value, note="已核对台账")
    assert (
        "另一人" in refusal.value.message
        or "其他人" in refusal.value.message
        or "他人" in refusal.value.message
    )
    other = _second_reviewer(office)
    with pytest.raises(ActionRefused):
        actions.confirm_value(other, value, note="  ")  # a confirmation says what was checked
    client = login(other)
    client.post(reverse("indicators:confirm", args=[value.pk]), {"note": "已核对活动台账12场"})
    page = client.get(reverse("indicators:detail", args=[value.pk])).content.decode()
    assert "已核对活动台账12场" in page and "钱一鸣" in page


def test_a_change_after_confirmation_needs_a_new_one_and_the_old_value_stays_in_history(
    filer_a, reviewer, unit_a
):
    value = actions.enter_value(filer_a, unit_a, CODE, Period.year(2025), "12", evidence_text="台账一")
    actions.confirm_value(reviewer, value, note="已核对")
    assert actions.confirmation_of(value)[0] is not None
    actions.enter_value(filer_a, unit_a, CODE, Period.year(2025), "15", evidence_text="台账二")
    assert actions.confirmation_of(value)[0] is None
    assert value.history.order_by("history_date")[0].value == Decimal("12")


def test_another_unit_can_neither_confirm_nor_enter_by_proxy(login, filer_b, reviewer, unit_a, snapshot):
    value = actions.enter_value(reviewer, unit_a, CODE, Period.year(2025), "12", proxy_reason="单位无账号")
    before, events = snapshot(value), IndicatorEvent.objects.count()
    client = login(filer_b)
    assert client.post(reverse("indicators:confirm", args=[value.pk]), {"note": "x"}).status_code == 404
    client.post(reverse("indicators:enter"), _entry(unit_a, value="1", proxy="on", proxy_reason="伪造"))
    assert snapshot(value) == before and IndicatorEvent.objects.count() == events
