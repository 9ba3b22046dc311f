"""A unit's 100 % waits for the office's confirmation; the due-tasks line opens the filtered list;
a per-unit roll-up of the plan (issue 11 §6)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from fazhi.core.actions import ActionRefused
from fazhi.core.worklist import work_for
from fazhi.plans import actions
from fazhi.plans.models import KeyTask, TaskStatus

PROXY = "街道尚未开通账号，依法治办代为录入"


def done(filer, task, unit, on=dt.date(2024, 10, 8)):
    return actions.report_progress(filer, task, unit, text="全部完成", percent_done=100, reported_on=on)


def test_the_unit_reports_100_and_the_office_confirms(task_a, filer_a, unit_a, reviewer):
    done(filer_a, task_a, unit_a)
    task_a.refresh_from_db()
    assert (task_a.percent_done, task_a.status, task_a.done_on) == (100, TaskStatus.IN_PROGRESS, None)
    with pytest.raises(ActionRefused):
        actions.confirm_done(reviewer, task_a, note=" ")  # a note is needed
    with pytest.raises(PermissionDenied):
        actions.confirm_done(filer_a, task_a, note="自己确认")
    actions.confirm_done(reviewer, task_a, note="核对了制度文本")
    task_a.refresh_from_db()
    assert (task_a.status, task_a.done_on) == (TaskStatus.DONE, dt.date(2024, 10, 8))
    with pytest.raises(ActionRefused):
        actions.confirm_done(reviewer, task_a, note="再确认一次")


def test_who_entered_the_100_by_proxy_cannot_confirm_it(task_b, unit_b, reviewer):
    actions.report_progress(
        reviewer,
        task_b,
        unit_b,
        text="完成",
        percent_done=100,
        reported_on=dt.date(2024, 6, 1),
        proxy_reason=PROXY,
    )
    with pytest.raises(ActionRefused) as refusal:
        actions.confirm_done(reviewer, task_b, note="核对")
    assert "另一人" in refusal.value.message


def test_the_office_work_list_and_task_page(task_a, filer_a, unit_a, reviewer, login):
    done(filer_a, task_a, unit_a)
    office = {item.label: item for item in work_for(reviewer)}
    line = office["进度已报100%待确认的重点任务"]
    assert (line.count, line.url) == (1, f"/plans/{task_a.plan_id}/?status=to_confirm")
    listed = login(reviewer).get(line.url).content.decode()
    assert task_a.title in listed
    client = login(reviewer)
    assert 'id="confirm-done"' in client.get(task_a.get_absolute_url()).content.decode()
    client.post(reverse("plans:task_confirm", args=[task_a.pk]), {"note": "核对了制度文本"})
    assert KeyTask.objects.get(pk=task_a.pk).status == TaskStatus.DONE
    assert "进度已报100%待确认的重点任务" not in {item.label for item in work_for(reviewer)}


def test_the_due_tasks_line_opens_the_filtered_list(task_a, task_b, filer_a, login):
    line = {item.label: item for item in work_for(filer_a)}["即将到期或逾期的重点任务"]
    assert line.url == f"/plans/{task_a.plan_id}/?status=due"
    page = login(filer_a).get(line.url).content.decode()
    assert task_a.title in page


def test_a_per_unit_roll_up(plan, task_a, task_b, filer_a, unit_a, reviewer, login):
    done(filer_a, task_a, unit_a)
    page = login(reviewer).get(plan.get_absolute_url()).content.decode()
    assert 'id="by-unit"' in page
    assert (
        '<tr data-unit="德清县市场监督管理局"><td>德清县市场监督管理局</td><td>1</td><td>0</td><td>1</td><td>1</td></tr>'
        in page
    )
    assert (
        '<tr data-unit="德清县武康街道办事处"><td>德清县武康街道办事处</td><td>1</td><td>0</td><td>0</td><td>1</td></tr>'
        in page
    )


def test_the_task_page_names_area_and_indicators_in_chinese(task_a, filer_a, login):
    page = login(filer_a).get(task_a.get_absolute_url()).content.decode()
    facts = page[page.index('class="facts"') : page.index("</dl>")]
    assert "行政执法" in facts and "enforcement.case_files_reviewed" not in facts


def _confirm_by_api(client, task, note="核对了制度文本"):
    import json

    return client.post(
        f"/api/plans/tasks/{task.pk}/confirm",
        content_type="application/json",
        data=json.dumps({"note": note}),
    )


def test_the_api_confirms_a_unit_100_for_the_office_only(
    task_a, filer_a, filer_b, unit_a, reviewer, login, snapshot
):
    done(filer_a, task_a, unit_a)
    before = snapshot(task_a)
    assert _confirm_by_api(login(filer_b), task_a).status_code == 404  # another unit: not even seen
    refused = _confirm_by_api(login(filer_a), task_a)  # the unit cannot confirm its own task
    assert refused.status_code == 403 and snapshot(task_a) == before
    assert _confirm_by_api(login(reviewer), task_a, note=" ").status_code == 400  # a note is needed
    assert snapshot(task_a) == before
    response = _confirm_by_api(login(reviewer), task_a)
    assert response.status_code == 200, response.content
    assert (response.json()["status"], response.json()["done_on"]) == (TaskStatus.DONE, "2024-10-08")
    assert KeyTask.objects.get(pk=task_a.pk).status == TaskStatus.DONE


def test_the_api_refuses_the_office_confirming_what_it_entered_by_proxy(
    task_b, unit_b, reviewer, login, snapshot
):
    actions.report_progress(
        reviewer,
        task_b,
        unit_b,
        text="完成",
        percent_done=100,
        reported_on=dt.date(2024, 6, 1),
        proxy_reason=PROXY,
    )
    before = snapshot(task_b)
    refused = _confirm_by_api(login(reviewer), task_b)
    assert refused.status_code == 400 and "另一人" in refused.json()["detail"]
    assert snapshot(task_b) == before
