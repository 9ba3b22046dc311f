"""Races and repeated submits (issue 18 §1): two people, or two clicks, at the same moment.

Two requests that read a record before either writes it are two instances
loaded from the same row; the second to save must be refused, in words, with
no second event row and no 500. The threaded test does the same through two
real connections, on PostgreSQL (SQLite writes one at a time).
"""

from __future__ import annotations

import datetime as dt
import re
import threading

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse
from django.utils import translation

from fazhi.core.actions import ActionRefused, StaleRefusal
from fazhi.filings import actions as filings
from fazhi.filings.demo import report_text
from fazhi.filings.models import AnnualReportFiling, FilingEvent
from fazhi.normdocs import actions as normdocs
from fazhi.normdocs.models import Filing, NormativeDocument
from fazhi.oversight.models import Problem
from fazhi.plans import actions as plans
from fazhi.plans.models import ProgressReport
from tests.normdocs.conftest import draft_of, issued_of

pytestmark = pytest.mark.django_db

SIGNED_OFF = dt.datetime(2026, 2, 10, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def _submitted(reviewer, filer, leader, unit):
    season = filings.open_season(reviewer, region_code="330521", year=2025)
    text = report_text(unit.name, 2025, seed=7)
    filing = filings.upload_report(filer, season, unit, data=text.encode(), name="报告.txt", kind="txt")
    return filings.submit_filing(leader, filing, at=SIGNED_OFF)


def _listed(admin_user, *organisations):
    for organisation in organisations:
        normdocs.set_issuer_listing(
            admin_user, organisation, listing="positive", listed_on=dt.date(2024, 1, 1)
        )


def test_two_acceptances_read_at_once_one_is_refused(reviewer, filer_a, leader_a, unit_a, office):
    submitted = _submitted(reviewer, filer_a, leader_a, unit_a)
    first = AnnualReportFiling.objects.get(pk=submitted.pk)
    second = AnnualReportFiling.objects.get(pk=submitted.pk)
    filings.accept_filing(reviewer, first)
    with pytest.raises(StaleRefusal) as refused, translation.override("zh-hans"):
        filings.accept_filing(reviewer, second)
    assert reviewer.full_name in refused.value.message
    assert FilingEvent.objects.filter(filing=submitted, verb="accept").count() == 1


def test_two_filings_of_one_document_at_once_file_it_once(
    admin_user, filer_a, reviewer, unit_a, office, government
):
    _listed(admin_user, government, office, unit_a)
    document = issued_of(filer_a, reviewer, unit_a)
    first = NormativeDocument.objects.get(pk=document.pk)
    second = NormativeDocument.objects.get(pk=document.pk)
    normdocs.file_document(filer_a, first, filed_on=dt.date(2025, 4, 10), today=dt.date(2025, 4, 10))
    with pytest.raises(ActionRefused):
        normdocs.file_document(filer_a, second, filed_on=dt.date(2025, 4, 10), today=dt.date(2025, 4, 10))
    assert Filing.objects.filter(document=document).count() == 1


def _hidden(response, name: str) -> str:
    match = re.search(rf'name="{name}" value="([^"]*)"', response.content.decode())
    assert match, f"the form carries no {name}"
    return match.group(1)


def test_an_edit_of_a_draft_someone_saved_meanwhile_is_refused_naming_him(
    login, admin_user, filer_a, leader_a, unit_a, office, government
):
    _listed(admin_user, government, office, unit_a)
    document = draft_of(filer_a, unit_a)
    client = login(filer_a)
    url = reverse("normdocs:edit", args=[document.pk])
    page = client.get(url)
    version = _hidden(page, "version")
    normdocs.update_document(
        leader_a, NormativeDocument.objects.get(pk=document.pk), title="另一人改过的标题"
    )
    form = page.context["form"]
    data = {name: form[name].value() or "" for name in form.fields}
    data.update(title="我的标题", version=version)
    response = client.post(url, data, HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert response.status_code == 200
    assert leader_a.full_name in response.content.decode()
    assert NormativeDocument.objects.get(pk=document.pk).title == "另一人改过的标题"


def test_a_double_click_on_add_a_problem_adds_one(login, filer_a, unit_a):
    client = login(filer_a)
    token = _hidden(client.get(reverse("oversight:problem_create")), "form_token")
    data = {
        "organisation": unit_a.pk,
        "source": "self_inspection",
        "description": "自查发现的问题",
        "severity": "general",
        "found_on": "2024-05-02",
        "form_token": token,
    }
    assert client.post(reverse("oversight:problem_create"), data).status_code == 302
    again = client.post(reverse("oversight:problem_create"), data)
    assert again.status_code == 200
    assert Problem.objects.filter(description="自查发现的问题").count() == 1


def test_a_double_click_on_report_progress_reports_once(login, reviewer, office, filer_a, unit_a):
    plan = plans.create_plan(reviewer, office, year=2024, title="德清县2024年法治政府建设工作要点")
    task = plans.add_task(
        reviewer, plan, number=1, title="落实制度", lead_unit=unit_a, deadline=dt.date(2024, 10, 16)
    )
    client = login(filer_a)
    token = _hidden(client.get(reverse("plans:task_detail", args=[task.pk])), "form_token")
    data = {"organisation": unit_a.pk, "text": "已完成一半", "percent_done": 50, "form_token": token}
    assert client.post(reverse("plans:progress_create", args=[task.pk]), data).status_code == 302
    client.post(reverse("plans:progress_create", args=[task.pk]), data)
    assert ProgressReport.objects.filter(task=task).count() == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite writes one at a time; the same race runs above"
)
def test_two_parallel_acceptances_through_two_connections(reviewer, filer_a, leader_a, unit_a, office):
    submitted = _submitted(reviewer, filer_a, leader_a, unit_a)
    barrier = threading.Barrier(2)
    statuses = []

    def accept():
        client = Client()
        client.force_login(reviewer)
        barrier.wait()
        try:
            response = client.post(reverse("filings:accept", args=[submitted.pk]), {}, follow=True)
            statuses.append(response.status_code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=accept) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200, 200]
    assert FilingEvent.objects.filter(filing=submitted, verb="accept").count() == 1


def test_a_step_on_a_problem_changed_since_the_page_was_opened_is_refused(login, reviewer, filer_a, unit_a):
    from fazhi.core.actions import attribute_to
    from fazhi.oversight import actions as oversight

    problem = oversight.record_problem(
        reviewer,
        unit_a,
        source="other",
        description="来信反映的问题",
        severity="general",
        found_on=dt.date(2024, 5, 2),
    )
    client = login(filer_a)
    version = _hidden(client.get(problem.get_absolute_url()), "submit_plan-version")
    changed = Problem.objects.get(pk=problem.pk)
    attribute_to(reviewer, changed)
    changed.save()
    response = client.post(
        reverse("oversight:problem_step", args=[problem.pk, "submit_plan"]),
        {"submit_plan-plan": "立即整改", "submit_plan-version": version},
        HTTP_ACCEPT_LANGUAGE="zh-hans",
    )
    assert response.status_code == 400
    assert reviewer.full_name in response.content.decode()
    assert Problem.objects.get(pk=problem.pk).status == "open"


def test_lock_refuses_a_record_deleted_meanwhile(unit_a, filer_a):
    """A step that read a row another request deleted must not go on as if it were there."""
    from django.db import transaction

    from fazhi.core.actions import lock
    from fazhi.org.models import Membership

    membership = Membership.objects.filter(user=filer_a).first()
    gone = Membership.objects.get(pk=membership.pk)
    Membership.objects.filter(pk=membership.pk).delete()
    with pytest.raises(StaleRefusal), transaction.atomic():
        lock(gone)
