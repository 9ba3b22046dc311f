"""Typical cases (典型案例): the office marks a reviewed or published case with a short summary; the
region's people read the list; the portal shows published ones only, with no party names."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse

from fazhi.enforcement import actions_cases
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
