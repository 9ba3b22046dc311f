"""Typical cases (典型案例): the office marks a reviewed or published case with a short summary; the
region's people read the list; the portal shows published ones only, with no party names."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from fazhi.core.actions import StaleRefusal
from fazhi.enforcement import actions_cases, actions_typical
from fazhi.enforcement.models import EnforcementEvent, Publicity, TypicalCase

from .conftest import open_case

SUMMARY = "某超市销售过期食品，执法队依法立案并从轻处罚，督促其建立进货查验制度。"


def _published(filer, case):
    for stage in ("investigated", "reviewed", "decided"):
        actions_cases.advance(filer, case, stage=stage, on=dt.date(2026, 3, 2))
    return actions_cases.publish(
        filer, Publicity.objects.get(case=case), published_on=dt.date(2026, 3, 3), summary="罚款"
    )


def test_the_office_marks_a_published_case_and_the_portal_shows_it_without_names(
    login, client, reviewer, filer_a, body_a, officers_a
):
    case = open_case(
        filer_a, body_a, officers_a[:2], number="T1", party_name="张三丰", party_is_natural_person=True
    )
    url = reverse("enforcement:typical_case_create", args=[case.pk])
    office_client = login(reviewer)
    response = office_client.post(url, {"title": "销售过期食品案", "summary": SUMMARY})
    assert response.status_code == 200 and "评查或决定已公示" in response.content.decode()
    assert not TypicalCase.objects.exists()

    publicity = _published(filer_a, case)
    assert office_client.post(url, {"title": "销售过期食品案", "summary": SUMMARY}).status_code == 302
    typical = TypicalCase.objects.get(case=case)
    assert EnforcementEvent.objects.filter(case=case, verb="typical").count() == 1

    listing = login(filer_a).get(reverse("enforcement:typical_cases")).content.decode()
    assert "销售过期食品案" in listing

    client.logout()
    portal = client.get(reverse("enforcement_portal:typical_cases")).content.decode()
    assert "销售过期食品案" in portal and SUMMARY in portal
    assert "张三丰" not in portal and officers_a[0].name not in portal

    # Withdrawn, the decision is no longer published: the typical case leaves the portal.
    actions_cases.order_withdrawal(filer_a, publicity, changed_on=dt.date(2026, 3, 5), reason="复议撤销")
    actions_cases.withdraw(filer_a, Publicity.objects.get(pk=publicity.pk), withdrawn_on=dt.date(2026, 3, 6))
    assert typical.title not in client.get(reverse("enforcement_portal:typical_cases")).content.decode()


def test_a_unit_cannot_mark_a_typical_case(login, filer_a, filer_b, case_a, snapshot):
    _published(filer_a, case_a)
    url = reverse("enforcement:typical_case_create", args=[case_a.pk])
    before = snapshot(case_a)
    assert login(filer_a).post(url, {"title": "自荐", "summary": "x"}).status_code in {403, 404}
    assert login(filer_b).post(url, {"title": "伪造", "summary": "x"}).status_code == 404
    assert not TypicalCase.objects.exists() and snapshot(case_a) == before
    # Another unit's people read no typical case of A's... there is none; the list still answers.
    assert login(filer_b).get(reverse("enforcement:typical_cases")).status_code == 200


def _typical(filer, case, reviewer, office):
    _published(filer, case)
    case.refresh_from_db()  # its publicity, as published
    return actions_typical.mark_typical(reviewer, office, case, title="销售过期食品案", summary=SUMMARY)


def test_the_office_unmarks_a_typical_case_with_a_reason_and_the_portal_drops_it(
    login, client, reviewer, office, filer_a, case_a
):
    typical = _typical(filer_a, case_a, reviewer, office)
    assert "销售过期食品案" in client.get(reverse("enforcement_portal:typical_cases")).content.decode()
    url = reverse("enforcement:typical_case_unmark", args=[typical.pk])
    office_client = login(reviewer)
    assert url in office_client.get(reverse("enforcement:typical_cases")).content.decode()
    assert url in office_client.get(case_a.get_absolute_url()).content.decode()

    response = office_client.post(url, {"reason": "  ", "version": typical.version})
    assert response.status_code == 200 and "这个字段是必填项" in response.content.decode()
    assert TypicalCase.objects.filter(pk=typical.pk).exists()

    reason = "该案已被复议撤销，不宜作为典型"
    response = office_client.post(url, {"reason": reason, "version": typical.version})
    assert response.status_code == 302
    assert not TypicalCase.objects.exists()
    event = EnforcementEvent.objects.get(case=case_a, verb="untypical")
    assert (event.actor, event.note, event.data["title"]) == (reviewer, reason, "销售过期食品案")
    assert "撤销典型案例" in office_client.get(case_a.get_absolute_url()).content.decode()

    client.logout()
    assert "销售过期食品案" not in client.get(reverse("enforcement_portal:typical_cases")).content.decode()
    # Unmarked, the case may be marked again.
    actions_typical.mark_typical(reviewer, office, case_a, title="再次列为典型", summary=SUMMARY)
    assert TypicalCase.objects.get().title == "再次列为典型"


def test_a_unit_cannot_unmark_a_typical_case(login, reviewer, office, filer_a, filer_b, case_a, snapshot):
    typical = _typical(filer_a, case_a, reviewer, office)
    url = reverse("enforcement:typical_case_unmark", args=[typical.pk])
    before = snapshot(typical)
    for filer in (filer_a, filer_b):
        assert login(filer).post(url, {"reason": "不再典型", "version": typical.version}).status_code == 404
    assert snapshot(typical) == before
    assert not EnforcementEvent.objects.filter(verb="untypical").exists()
    assert url not in login(filer_a).get(reverse("enforcement:typical_cases")).content.decode()
    assert url not in login(filer_a).get(case_a.get_absolute_url()).content.decode()


def test_a_stale_unmark_is_refused_and_the_reason_kept(login, reviewer, office, filer_a, case_a):
    typical = _typical(filer_a, case_a, reviewer, office)
    seen = typical.version
    typical.summary = SUMMARY + "（补充）"
    typical.save()
    url = reverse("enforcement:typical_case_unmark", args=[typical.pk])
    response = login(reviewer).post(url, {"reason": "不再典型的原因", "version": seen})
    page = response.content.decode()
    assert response.status_code == 200 and "请刷新页面查看修改后再操作" in page
    assert "不再典型的原因" in page
    assert TypicalCase.objects.filter(pk=typical.pk).exists()
    assert not EnforcementEvent.objects.filter(verb="untypical").exists()


def test_two_unmarks_read_at_once_the_second_is_refused(reviewer, office, filer_a, case_a):
    typical = _typical(filer_a, case_a, reviewer, office)
    first = TypicalCase.objects.get(pk=typical.pk)
    second = TypicalCase.objects.get(pk=typical.pk)
    actions_typical.unmark_typical(reviewer, office, first, reason="不再典型")
    with pytest.raises(StaleRefusal):
        actions_typical.unmark_typical(reviewer, office, second, reason="第二次点击")
    assert EnforcementEvent.objects.filter(verb="untypical").count() == 1
    assert EnforcementEvent.objects.get(verb="untypical").note == "不再典型"
