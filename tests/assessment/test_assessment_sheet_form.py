"""The self-assessment is one form: unique ids, labels bound to their fields, one 保存 and one 提交."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from django.urls import reverse

from fazhi.assessment.models import AssessmentEvent, AssessmentStatus

pytestmark = pytest.mark.django_db


def _post_data(page: str) -> dict:
    """What the browser would send back: every input and textarea with its shown value."""
    data = {}
    for name, value in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page):
        data[name] = value
    for name in re.findall(r'<input[^>]*type="(?:number|text)"[^>]*name="([^"]+)"', page):
        data.setdefault(name, "")
    for name, value in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>\s*([^<]*)</textarea>', page):
        data[name] = value.strip()
    data.pop("csrfmiddlewaretoken", None)
    return data


def _field(sheet, number: str, part: str) -> str:
    return f"item_{sheet.scores.get(item__number=number).pk}_{part}"


def test_the_sheet_is_one_form_with_unique_ids_and_bound_labels(login, filer_a, opened, unit_a):
    sheet = opened[unit_a]
    page = login(filer_a).get(reverse("assessment:self_assessment", args=[sheet.pk])).content.decode()
    ids = re.findall(r'\sid="(id_[^"]+)"', page)
    assert ids and not [i for i, n in Counter(ids).items() if n > 1]
    assert 'id="id_points"' not in page
    labels = re.findall(r'<label for="([^"]+)"', page)
    assert set(labels) <= set(ids) and len(labels) == len(ids) - 1  # every field but the hidden version
    points = _field(sheet, "9.2", "points")
    assert re.search(rf'<label for="id_{points}">9\.2 ', page)
    assert page.count("<form") - page.count('role="search"') >= 1
    assert page.count('name="then"') == 1  # a filer saves; the leader submits
    assert f'max="{sheet.scores.get(item__number="9.2").item.max_points:f}"' in page


def test_saving_the_whole_sheet_at_once_keeps_each_items_event(login, filer_a, opened, unit_a):
    sheet = opened[unit_a]
    client = login(filer_a)
    data = _post_data(client.get(reverse("assessment:self_assessment", args=[sheet.pk])).content.decode())
    data |= {
        _field(sheet, "9.2", "points"): "3",
        _field(sheet, "9.2", "note"): "全年学法5次",
        _field(sheet, "7.2", "points"): "4",
        _field(sheet, "7.2", "evidence_url"): "https://www.deqing.gov.cn/xxgk",
        "then": "save",
    }
    response = client.post(reverse("assessment:self_assessment", args=[sheet.pk]), data, follow=True)
    assert "自评已保存：2 项有改动" in response.content.decode()
    scores = {s.item.number: s for s in sheet.scores.select_related("item")}
    assert scores["9.2"].self_points == 3 and scores["9.2"].self_note == "全年学法5次"
    assert scores["7.2"].evidence_url.startswith("https://")
    assert AssessmentEvent.objects.filter(assessment=sheet, verb="self_assess").count() == 2


def test_points_above_an_items_maximum_or_a_judged_item_without_evidence_save_nothing(
    login, filer_a, opened, unit_a
):
    sheet = opened[unit_a]
    client = login(filer_a)
    data = _post_data(client.get(reverse("assessment:self_assessment", args=[sheet.pk])).content.decode())
    data |= {_field(sheet, "9.2", "points"): "99", _field(sheet, "9.4", "points"): "2", "then": "save"}
    page = client.post(reverse("assessment:self_assessment", args=[sheet.pk]), data).content.decode()
    assert "确保该值小于或等于 3" in page or "小于或等于3" in page
    assert not sheet.scores.filter(self_points__isnull=False).exists()
    data[_field(sheet, "9.2", "points")] = "3"
    data[_field(sheet, "7.2", "points")] = "4"  # judged, and no evidence
    page = client.post(reverse("assessment:self_assessment", args=[sheet.pk]), data).content.decode()
    assert "证明材料" in page and "未保存" in page
    assert not sheet.scores.filter(self_points__isnull=False).exists()
    assert "99" not in page or 'value="3"' in page  # what was typed comes back


def test_submitting_with_blank_items_names_them_before_it_goes(login, leader_a, opened, unit_a):
    sheet = opened[unit_a]
    client = login(leader_a)
    data = _post_data(client.get(reverse("assessment:self_assessment", args=[sheet.pk])).content.decode())
    data |= {_field(sheet, "9.2", "points"): "3", "then": "submit"}
    response = client.post(reverse("assessment:self_assessment", args=[sheet.pk]), data, follow=True)
    page = response.content.decode()
    assert 'id="confirmation"' in page and "9.4 法治宣传活动不少于10场" in page and "未填写" in page
    assert "9.2 " not in page.split('id="confirmation"')[1].split("</ul>")[0]
    sheet.refresh_from_db()
    assert sheet.status == AssessmentStatus.SELF_ASSESSMENT
    response = client.post(
        reverse("assessment:transition", args=[sheet.pk, "submit"]), {"confirm": "1"}, follow=True
    )
    sheet.refresh_from_db()
    assert sheet.status == AssessmentStatus.SUBMITTED
    assert "项未填写" in response.content.decode()


def test_the_office_saves_for_a_unit_only_with_a_proxy_reason_and_then_cannot_score(
    login, reviewer, opened, unit_a
):
    from fazhi.assessment import actions
    from fazhi.core.actions import ActionRefused

    sheet = opened[unit_a]
    client = login(reviewer)
    url = reverse("assessment:self_assessment", args=[sheet.pk])
    data = _post_data(client.get(url).content.decode())
    data |= {_field(sheet, "9.2", "points"): "3", "then": "save"}
    page = client.post(url, data).content.decode()
    assert "代为录入" in page and not sheet.scores.filter(self_points__isnull=False).exists()
    data |= {"proxy": "on", "proxy_reason": "单位无账号，按书面材料录入"}
    client.post(url, data)
    assert sheet.scores.get(item__number="9.2").self_points == 3
    with pytest.raises(ActionRefused):
        actions.deduct(reviewer, sheet.scores.get(item__number="9.2"), points=1, reason="x")


def test_another_unit_cannot_open_or_post_the_sheet(login, filer_b, opened, unit_a, snapshot):
    sheet = opened[unit_a]
    client = login(filer_b)
    url = reverse("assessment:self_assessment", args=[sheet.pk])
    assert client.get(url).status_code == 404
    score = sheet.scores.get(item__number="9.2")
    before, events = snapshot(score), AssessmentEvent.objects.count()
    response = client.post(url, {f"item_{score.pk}_points": "3", "then": "save"})
    assert response.status_code == 404 and unit_a.name not in response.content.decode()
    assert snapshot(score) == before and AssessmentEvent.objects.count() == events


def test_a_stale_form_is_refused(login, filer_a, opened, unit_a):
    sheet = opened[unit_a]
    client = login(filer_a)
    url = reverse("assessment:self_assessment", args=[sheet.pk])
    stale = _post_data(client.get(url).content.decode())
    fresh = dict(stale) | {_field(sheet, "9.2", "points"): "2", "then": "save"}
    client.post(url, fresh)
    stale |= {_field(sheet, "9.2", "points"): "1", "then": "save"}
    client.post(url, stale)
    assert sheet.scores.get(item__number="9.2").self_points == 2
