"""Stale edits and double submits: a step saved on a page opened before someone else's save is
refused in Chinese with the form kept as typed; a create form sent twice makes one record."""

from __future__ import annotations

import datetime as dt
import re

from django.urls import reverse

from fazhi.enforcement import actions_cases
from fazhi.enforcement.models import Case, EnforcementEvent


def _version_on(page: str) -> str:
    return re.search(r'name="version" value="(\d+)"', page).group(1)


def test_a_stage_saved_on_a_stale_page_is_refused_and_nothing_changes(login, filer_a, leader_a, case_a):
    client = login(filer_a)
    url = reverse("enforcement:case_advance", args=[case_a.pk])
    opened = _version_on(client.get(url).content.decode())
    # Meanwhile the unit's leader records the same stage.
    actions_cases.advance(
        leader_a, Case.objects.get(pk=case_a.pk), stage="investigated", on=dt.date(2026, 3, 3)
    )
    events = EnforcementEvent.objects.filter(case=case_a, verb="advance").count()

    response = client.post(url, {"on": "2026-03-04", "version": opened})
    page = response.content.decode()
    assert response.status_code == 200
    assert "修改了这条记录" in page and 'value="2026-03-04"' in page  # the typed date stays
    case = Case.objects.get(pk=case_a.pk)
    assert (case.stage, case.investigated_on, case.reviewed_on) == ("investigated", dt.date(2026, 3, 3), None)
    assert EnforcementEvent.objects.filter(case=case_a, verb="advance").count() == events


def test_a_create_form_sent_twice_makes_one_case(login, filer_a, body_a, officers_a):
    client = login(filer_a)
    url = reverse("enforcement:case_create", args=[body_a.pk])
    token = re.search(r'name="form_token" value="(\w+)"', client.get(url).content.decode()).group(1)
    data = {
        "number": "D1",
        "case_type": "penalty",
        "title": "重复提交",
        "party_name": "某公司",
        "filed_on": "2026-03-02",
        "officers": [officers_a[0].pk, officers_a[1].pk],
        "form_token": token,
    }
    assert client.post(url, data).status_code == 302
    second = client.post(url, data)
    assert second.status_code == 200 and "不再重复保存" in second.content.decode()
    assert Case.objects.filter(number="D1").count() == 1
