"""The demo's own report and the office's work-list line for it (issue 17, demo and todo)."""

import datetime as dt

import pytest

from fazhi.core.deadlines import local_today
from fazhi.core.worklist import work_for
from fazhi.filings.models import default_filing_due
from fazhi.org.models import User
from fazhi.reports import actions, todo
from fazhi.reports.models import DraftEdit, ReportDraft

REGION = "330521"


def _lines(user, today):
    return [item for item in todo.work_for(user, today) if item.count]


@pytest.mark.django_db
def test_the_demo_county_has_last_years_report_drafted_and_edited(demo_county):
    year = local_today().year - 1
    draft = ReportDraft.objects.get(region_code=REGION, year=year)
    assert draft.reading["clean"], draft.reading["problems"]
    edits = DraftEdit.objects.filter(part__draft=draft)
    assert {edit.part.part for edit in edits} == {"shortcomings", "first_responsible", "other"}
    assert all(edit.edited_by.username == "reviewer" for edit in edits)
    assert "（待补充：请分析上述不足产生的原因。）" not in draft.parts.get(part="shortcomings").text
    assert "Own report demo" in demo_county or "演示" in demo_county
    reviewer = User.objects.get(username="reviewer")
    line = next(item for item in work_for(reviewer) if item.url == draft.get_absolute_url())
    assert str(year) in line.label and "未报送" in line.label


def test_the_office_sees_where_last_years_report_stands(reviewer, government, django_assert_max_num_queries):
    today = dt.date(2026, 2, 10)
    with django_assert_max_num_queries(8):
        (line,) = _lines(reviewer, today)
    assert "2025" in line.label and "尚未起草" in line.label
    assert line.due_on == default_filing_due(2025) and line.overdue == 0
    assert line.url.startswith("/reports/")

    draft = actions.create_draft(reviewer, region_code=REGION, year=2025)
    (line,) = _lines(reviewer, today)
    assert line.url == draft.get_absolute_url()
    assert "未报送" in line.label  # a draft with no figures reads back clean

    (line,) = _lines(reviewer, dt.date(2026, 3, 20))
    assert line.overdue == 1

    ReportDraft.objects.filter(pk=draft.pk).update(state="filed")
    assert _lines(reviewer, today) == []


def test_nobody_but_the_office_gets_the_line(filer_a, leader_a, evaluator, government):
    today = dt.date(2026, 2, 10)
    for user in (filer_a, leader_a, evaluator):
        assert _lines(user, today) == []


def test_an_unclean_draft_is_its_own_line(reviewer, government):
    draft = actions.create_draft(reviewer, region_code=REGION, year=2025)
    actions.edit_part(reviewer, draft, "other", text="本年度另有3件事项需要报告。")
    (line,) = _lines(reviewer, dt.date(2026, 2, 10))
    assert "回读" in line.label
