"""Actions: what they refuse (with the Chinese message), who may act, and what they record."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import translation

from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import local_today
from fazhi.education import actions
from fazhi.education.models import EducationEvent, ListStatus, ReportStatus, StudySession

from .conftest import published_list, report, report_file, session


@pytest.fixture(autouse=True)
def chinese():
    with translation.override("zh-hans"):
        yield


def refused(function, *args, **kwargs) -> ActionRefused:
    with pytest.raises(ActionRefused) as caught:
        function(*args, **kwargs)
    return caught.value


def test_a_study_session_is_recorded_with_its_attendees_and_event(filer_a, unit_a):
    recorded = session(filer_a, unit_a, attendees="周立新\n刘晓燕\n", attendee_count=1, materials="讲义")
    assert recorded.attendee_count == 2
    event = EducationEvent.objects.get()
    assert (event.verb, event.organisation, event.actor) == ("create", unit_a, filer_a)


def test_a_session_in_the_future_or_without_topic_is_refused(filer_a, unit_a):
    tomorrow = local_today() + dt.timedelta(days=1)
    assert refused(session, filer_a, unit_a, held_on=tomorrow).field == "held_on"
    assert refused(session, filer_a, unit_a, topic="  ").message == "请填写主题。"
    assert not StudySession.objects.exists()


def test_a_unit_cannot_record_for_another(filer_b, unit_a):
    with pytest.raises(PermissionDenied):
        session(filer_b, unit_a)
    assert not StudySession.objects.exists()


def test_the_office_enters_for_a_unit_only_with_a_reason(reviewer, unit_a):
    refusal = refused(session, reviewer, unit_a)
    assert refusal.field == "proxy_reason"
    recorded = session(reviewer, unit_a, proxy_reason="该单位尚未开通账号")
    assert EducationEvent.objects.get().data["proxy_reason"] == "该单位尚未开通账号"
    assert recorded.organisation == unit_a


def test_exam_results_and_the_oath(filer_a, unit_a):
    assert (
        refused(
            actions.record_exam,
            filer_a,
            unit_a,
            kind="annual",
            held_on=dt.date(2025, 12, 1),
            title="考试",
            takers=3,
            passed=4,
        ).message
        == "通过人数多于参考人数。"
    )
    ceremony = actions.record_oath(
        filer_a, unit_a, held_on=dt.date(2025, 2, 1), presided_by="县人大常委会主任", swearers="甲\n\n乙"
    )
    assert (ceremony.swearer_count, ceremony.swearers) == (2, "甲\n乙")
    assert (
        refused(
            actions.record_oath,
            filer_a,
            unit_a,
            held_on=dt.date(2025, 2, 1),
            presided_by="主任",
            swearers=" \n",
        ).field
        == "swearers"
    )


def test_a_report_is_read_for_its_first_responsible_person_part(filer_a, unit_a, media_root):
    submitted = report(filer_a, unit_a)
    assert submitted.duties_part == "section"
    assert "第一责任人" in submitted.duties_heading
    assert "执法人员法律素养" in submitted.text
    assert submitted.status == ReportStatus.SUBMITTED


def test_a_report_without_the_part_says_so(filer_a, unit_a, media_root):
    submitted = report(filer_a, unit_a, text_file=report_file("今年开展了执法检查。\n\n完成了年度任务。"))
    assert submitted.duties_part == "absent"


def test_a_report_of_a_refused_kind_is_not_stored(filer_a, unit_a, media_root):
    refusal = refused(report, filer_a, unit_a, text_file=report_file(name="述法报告.exe"))
    assert refusal.field == "text_file"
    assert not list(media_root.rglob("*.exe"))


def test_the_office_evaluates_a_report_but_not_one_it_entered(filer_a, reviewer, unit_a, media_root):
    submitted = report(filer_a, unit_a)
    with pytest.raises(PermissionDenied):
        actions.evaluate_report(filer_a, submitted, rating="good", evaluation="好")
    assert (
        refused(actions.evaluate_report, reviewer, submitted, rating="good", evaluation=" ").field
        == "evaluation"
    )
    actions.evaluate_report(reviewer, submitted, rating="good", evaluation="职责清楚，举措具体")
    submitted.refresh_from_db()
    assert (submitted.status, submitted.rating) == (ReportStatus.EVALUATED, "good")
    entered = report(reviewer, unit_a, proxy_reason="该单位尚未开通账号")
    refused(actions.evaluate_report, reviewer, entered, rating="good", evaluation="好")
    entered.refresh_from_db()
    assert entered.status == ReportStatus.SUBMITTED


def test_a_list_is_published_then_reviewed_by_the_office(filer_a, reviewer, unit_a):
    responsibility_list = published_list(filer_a, unit_a)
    assert responsibility_list.status == ListStatus.PUBLISHED
    assert len(responsibility_list.item_lines) == 2
    assert (
        refused(actions.review_list, reviewer, responsibility_list, rating="", review_result="清单完整").field
        == "rating"
    )
    actions.review_list(reviewer, responsibility_list, rating="excellent", review_result="清单完整")
    responsibility_list.refresh_from_db()
    assert (responsibility_list.status, responsibility_list.rating) == (ListStatus.REVIEWED, "excellent")
    # Reviewed already: a second review is refused.
    assert refused(
        actions.review_list, reviewer, responsibility_list, rating="good", review_result="再评"
    ).message.startswith("不能评议清单：当前状态为已评议")


def test_one_list_a_year(filer_a, unit_a):
    published_list(filer_a, unit_a)
    assert refused(actions.draft_list, filer_a, unit_a, year=2025, items="另一份").field == "year"


def test_a_unit_cannot_review_its_own_list(filer_a, unit_a):
    responsibility_list = published_list(filer_a, unit_a)
    with pytest.raises(PermissionDenied):
        actions.review_list(filer_a, responsibility_list, rating="good", review_result="好")


def test_a_site_title_is_held_once(filer_b, unit_b):
    actions.name_site(filer_b, unit_b, name="城西社区", kind="community", level="provincial", year=2025)
    assert (
        refused(
            actions.name_site,
            filer_b,
            unit_b,
            name="城西社区",
            kind="community",
            level="provincial",
            year=2025,
        ).field
        == "name"
    )


def test_a_vice_principal_term_ends_after_it_starts(filer_b, unit_b):
    school = actions.add_school(filer_b, unit_b, name="武康一小")
    assert (
        refused(
            actions.appoint_vice_principal,
            filer_b,
            school,
            name="王警官",
            employer="派出所",
            starts_on=dt.date(2025, 9, 1),
            ends_on=dt.date(2025, 8, 1),
        ).message
        == "聘期截止日期早于开始日期。"
    )


def test_a_report_keeps_the_line_its_part_finding_rests_on(filer_a, unit_a, media_root, login):
    mentioned = (
        "今年开展了执法检查。\n\n本人切实履行推进法治建设第一责任人职责，带头学法。\n\n完成了年度任务。"
    )
    submitted = report(filer_a, unit_a, text_file=report_file(mentioned))
    assert submitted.duties_part == "mentioned"
    assert "第一责任人" in submitted.duties_evidence
    page = login(filer_a).get(submitted.get_absolute_url()).content.decode()
    assert "识别依据" in page and submitted.duties_evidence in page
    assert report(filer_a, unit_a, text_file=report_file("完成了年度任务。")).duties_evidence == ""
