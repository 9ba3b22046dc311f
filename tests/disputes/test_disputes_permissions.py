"""Who sees a reconsideration case: the region's office and the respondent's own people, nobody else.

An applicant's name and contacts are personal data: evaluators see counts only.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from fazhi.disputes import actions
from fazhi.disputes.models import CaseEvent, ReconsiderationCase

from ..conftest import make_user, member
from .conftest import receive

D = dt.date


@pytest.fixture
def cases(reviewer, office, unit_a, unit_b):
    against_a = receive(reviewer, office, unit_a, applicant_name="张三", case_number="德复〔2024〕1号")
    against_b = receive(reviewer, office, unit_b, applicant_name="李四", case_number="德复〔2024〕2号")
    return against_a, against_b


def test_a_department_sees_its_own_cases_as_respondent_and_nothing_else(login, filer_a, cases):
    against_a, against_b = cases
    client = login(filer_a)
    listing = client.get("/disputes/").content.decode()
    assert "张三" in listing and "李四" not in listing
    assert client.get(f"/disputes/{against_a.pk}/").status_code == 200
    assert client.get(f"/disputes/{against_b.pk}/").status_code == 404
    rows = list(load_workbook(io.BytesIO(client.get("/disputes/export/").content)).active.values)
    assert len(rows) == 2 and rows[1][2] == "张三"


def test_another_unit_can_neither_see_nor_change_a_case(login, filer_b, cases, snapshot):
    against_a, _ = cases
    before, events = snapshot(against_a), CaseEvent.objects.count()
    client = login(filer_b)
    for url in (f"/disputes/{against_a.pk}/", f"/disputes/{against_a.pk}/document/acceptance/"):
        assert client.get(url).status_code == 404
    response = client.post(
        f"/disputes/{against_a.pk}/step/close/",
        {"outcome": "revoke", "closed_on": "2024-10-20", "reasons": "x"},
    )
    assert response.status_code == 404
    assert snapshot(against_a) == before and CaseEvent.objects.count() == events


def test_the_respondent_cannot_take_the_offices_steps(login, filer_a, cases, snapshot):
    against_a, _ = cases
    before = snapshot(against_a)
    response = login(filer_a).post(
        f"/disputes/{against_a.pk}/step/accept/", {"decided_on": "2024-10-08", "procedure": "ordinary"}
    )
    assert response.status_code == 403
    assert snapshot(against_a) == before


def test_an_evaluator_sees_counts_and_no_personal_data(login, evaluator, reviewer, cases):
    against_a, against_b = cases
    actions.accept(reviewer, against_a, decided_on=D(2024, 10, 8))
    actions.close(reviewer, against_a, outcome="revoke", closed_on=D(2024, 11, 1), reasons="事实不清")
    client = login(evaluator)
    assert "张三" not in client.get("/disputes/").content.decode()
    assert client.get(f"/disputes/{against_a.pk}/").status_code == 404
    statistics = client.get("/disputes/statistics/").content.decode()
    assert "张三" not in statistics and "李四" not in statistics
    assert "100.0% （1 ÷ 1）" in statistics


def test_the_office_sees_every_case_of_its_region_and_the_elsewhere_office_none(
    login, reviewer, cases, elsewhere
):
    listing = login(reviewer).get("/disputes/").content.decode()
    assert "张三" in listing and "李四" in listing
    stranger = member(make_user("stranger", "外地"), elsewhere, "office_reviewer")
    assert ReconsiderationCase.objects.count() == 2
    assert "张三" not in login(stranger).get("/disputes/").content.decode()
