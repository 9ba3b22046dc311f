"""Indicator pages and API as each persona: B never reads or changes A's values."""

from __future__ import annotations

import io

from django.urls import reverse
from openpyxl import load_workbook

from fazhi.indicators.models import IndicatorEvent, IndicatorValue

NOT_VISIBLE = "页面不存在，或您无权查看。"


def test_list_shows_only_own_values_to_a_unit_and_the_region_to_the_office(
    login, filer_a, reviewer, unit_a, unit_b, value_of
):
    value_of(unit_a, value="90")
    value_of(unit_b, code="disputes.litigation_losses", value="3")
    page = login(filer_a).get(reverse("indicators:index")).content.decode()
    assert unit_a.name in page and unit_b.name not in page
    page = login(reviewer).get(reverse("indicators:index")).content.decode()
    assert unit_a.name in page and unit_b.name in page


def test_export_holds_only_visible_rows(login, filer_b, unit_a, unit_b, value_of):
    value_of(unit_a)
    value_of(unit_b, code="disputes.litigation_losses", value="3")
    response = login(filer_b).get(reverse("indicators:export"))
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][0] == unit_b.name
    assert all(unit_a.name not in str(row) for row in rows)


def test_detail_shows_numerator_denominator_and_definition(login, filer_a, unit_a, value_of):
    row = value_of(unit_a)
    page = login(filer_a).get(reverse("indicators:detail", args=[row.pk])).content.decode()
    assert "负责人出庭次数 ÷ 开庭次数" in page and "分子" in page and "90%" in page


def test_b_cannot_open_a_value(login, filer_b, unit_a, value_of):
    row = value_of(unit_a)
    response = login(filer_b).get(reverse("indicators:detail", args=[row.pk]))
    assert response.status_code == 404 and NOT_VISIBLE in response.content.decode()
    assert unit_a.name not in response.content.decode()


def test_forged_entry_for_another_unit_changes_nothing(login, filer_b, unit_a, value_of, snapshot):
    row = value_of(unit_a)
    before, events = snapshot(row), IndicatorEvent.objects.count()
    response = login(filer_b).post(
        reverse("indicators:enter"),
        {
            "organisation": unit_a.pk,
            "code": row.code,
            "year": 2025,
            "value": "10",
            "qualifier": "exact",
            "numerator": "1",
            "denominator": "10",
            "definition": "伪造",
        },
    )
    assert response.status_code == 200 and "选择一个有效的选项" in response.content.decode()
    assert snapshot(row) == before and IndicatorEvent.objects.count() == events


def test_manual_entry_with_bad_rate_shows_chinese_and_saves_nothing(login, filer_a, unit_a):
    response = login(filer_a).post(
        reverse("indicators:enter"),
        {
            "organisation": unit_a.pk,
            "code": "disputes.head_appearance_rate",
            "year": 2025,
            "value": "95",
            "qualifier": "exact",
            "numerator": "41",
            "denominator": "45",
            "definition": "出庭 ÷ 开庭",
        },
    )
    assert "91.11" in response.content.decode()
    assert not IndicatorValue.objects.exists()
    response = login(filer_a).post(
        reverse("indicators:enter"),
        {
            "organisation": unit_a.pk,
            "code": "disputes.head_appearance_rate",
            "year": 2025,
            "value": "91.11",
            "qualifier": "exact",
            "numerator": "41",
            "denominator": "45",
            "definition": "出庭 ÷ 开庭",
        },
    )
    assert response.status_code == 302
    assert IndicatorValue.objects.get().source == "manual"


def test_api_lists_only_visible_values_and_hides_others(login, filer_b, unit_a, unit_b, value_of):
    own = value_of(unit_b, code="disputes.litigation_losses", value="3")
    other = value_of(unit_a)
    client = login(filer_b)
    items = client.get("/api/indicators/values").json()["items"]
    assert [item["id"] for item in items] == [own.pk]
    assert client.get(f"/api/indicators/values/{other.pk}").status_code == 404
    assert client.get(f"/api/indicators/values/{own.pk}").json()["organisation_name"] == unit_b.name
    assert any(
        code["code"] == "disputes.head_appearance_rate" for code in client.get("/api/indicators/codes").json()
    )
