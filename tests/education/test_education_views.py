"""The pages and the API: another unit's records stay out of sight and unchanged; lists
paginate, export and keep their query count whatever the number of rows."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import Workbook, load_workbook

from fazhi.education import actions
from fazhi.education.listing import PAGES
from fazhi.education.models import (
    AccountabilityReport,
    Activity,
    EducationEvent,
    ResponsibilityList,
    StudySession,
)

from .conftest import published_list, report, session


@pytest.fixture
def records_a(filer_a, unit_a, media_root):
    session(filer_a, unit_a, topic="甲单位的学法")
    actions.record_activity(
        filer_a,
        unit_a,
        kind="campaign",
        held_on=dt.date(2025, 6, 1),
        title="甲单位的活动",
        place="广场",
        audience="居民",
    )
    school = actions.add_school(filer_a, unit_a, name="甲单位的学校")
    return {
        "session": StudySession.objects.get(),
        "report": report(filer_a, unit_a),
        "list": published_list(filer_a, unit_a),
        "school": school,
    }


def test_lists_hold_nothing_of_a(records_a, filer_b, unit_b, login):
    session(filer_b, unit_b, topic="乙单位的学法")
    client = login(filer_b)
    for kind in PAGES:
        page = client.get(f"/education/{kind}/")
        assert page.status_code == 200
        assert "甲单位" not in page.content.decode()
        sheet = load_workbook(io.BytesIO(client.get(f"/education/{kind}/export/").content)).active
        assert not any("甲单位" in str(cell) for row in sheet.iter_rows(values_only=True) for cell in row)
    assert "乙单位的学法" in client.get("/education/study/").content.decode()
    assert client.get("/education/").status_code == 200
    assert [row["topic"] for row in client.get("/api/education/study").json()["items"]] == ["乙单位的学法"]
    assert client.get("/api/education/activities").json()["items"] == []
    assert client.get("/api/education/lists").json()["items"] == []
    below = client.get("/api/education/study-below-minimum?year=2025").json()
    assert [row["organisation_id"] for row in below] == [unit_b.pk]


def test_b_gets_404_on_a_records_and_nothing_changes(records_a, filer_b, login, snapshot):
    client = login(filer_b)
    before = {name: snapshot(record) for name, record in records_a.items()}
    events = EducationEvent.objects.count()
    urls = {
        f"/education/study/{records_a['session'].pk}/": "get",
        f"/education/reports/{records_a['report'].pk}/": "post",
        f"/education/reports/{records_a['report'].pk}/file/": "get",
        f"/education/lists/{records_a['list'].pk}/": "post",
        f"/education/lists/{records_a['list'].pk}/publish/": "post",
        f"/education/schools/{records_a['school'].pk}/": "post",
    }
    for url, method in urls.items():
        form = {"rating": "good", "note": "冒名", "name": "冒名", "employer": "冒名"}
        response = client.post(url, form) if method == "post" else client.get(url)
        assert response.status_code == 404, url
    assert {name: snapshot(record) for name, record in records_a.items()} == before
    assert EducationEvent.objects.count() == events


def test_api_b_gets_404_on_a_records_and_nothing_changes(records_a, filer_b, unit_a, login):
    client = login(filer_b)
    assert client.get(f"/api/education/study/{records_a['session'].pk}").status_code == 404
    assert client.get(f"/api/education/lists/{records_a['list'].pk}").status_code == 404
    body = {"organisation_id": unit_a.pk, "kind": "campaign", "held_on": "2025-06-01", "title": "冒名"}
    body |= {"place": "广场", "audience": "居民", "speaker": "冒名", "topic": "冒名"}
    assert client.post("/api/education/activities", body, content_type="application/json").status_code == 404
    body["kind"] = "party_group"
    assert client.post("/api/education/study", body, content_type="application/json").status_code == 404
    assert Activity.objects.count() == 1 and StudySession.objects.count() == 1


def test_the_api_records_a_study_session_for_the_own_unit(filer_a, unit_a, login):
    body = {"organisation_id": unit_a.pk, "kind": "party_group", "held_on": "2025-06-01"}
    body |= {"topic": "学习民法典", "speaker": "律师"}
    response = login(filer_a).post("/api/education/study", body, content_type="application/json")
    assert response.status_code == 200
    assert StudySession.objects.get().topic == "学习民法典"


def test_forged_post_for_another_unit_changes_nothing(filer_b, unit_a, login):
    client = login(filer_b)
    form = {"organisation": unit_a.pk, "kind": "executive_meeting", "held_on": "2025-03-12"}
    form |= {"topic": "冒名", "speaker": "冒名", "attendee_count": 3}
    response = client.post("/education/study/new/", form)
    assert response.status_code == 200
    assert "选择一个有效的选项" in response.content.decode()
    assert not StudySession.objects.exists()


def test_a_filer_records_a_session_through_the_form(filer_a, unit_a, login):
    form = {"organisation": unit_a.pk, "kind": "executive_meeting", "held_on": "2025-03-12"}
    form |= {"topic": "学习行政处罚法", "speaker": "法制科长", "attendees": "甲\n乙", "attendee_count": 0}
    response = login(filer_a).post("/education/study/new/", form)
    recorded = StudySession.objects.get()
    assert response.status_code == 302 and response.url == recorded.get_absolute_url()
    assert recorded.attendee_count == 2


def test_an_empty_topic_is_refused_in_chinese(filer_a, unit_a, login):
    form = {"organisation": unit_a.pk, "kind": "executive_meeting", "held_on": "2025-03-12"}
    form |= {"topic": " ", "speaker": "法制科长", "attendee_count": 0}
    response = login(filer_a).post("/education/study/new/", form)
    assert response.status_code == 200
    assert "这个字段是必填项" in response.content.decode()
    assert not StudySession.objects.exists()


def test_the_office_reviews_a_list_on_its_page(filer_a, reviewer, unit_a, login):
    responsibility_list = published_list(filer_a, unit_a)
    response = login(reviewer).post(
        f"/education/lists/{responsibility_list.pk}/",
        {"rating": "good", "note": "清单完整", "on": "2025-12-20", "confirm": "1"},
    )
    assert response.status_code == 302
    responsibility_list.refresh_from_db()
    assert (responsibility_list.status, responsibility_list.rating) == ("reviewed", "good")


def test_a_filer_uploads_a_report_and_the_office_evaluates_it(filer_a, reviewer, unit_a, login, media_root):
    from .conftest import report_file

    form = {"organisation": unit_a.pk, "year": 2025, "reporter": "周立新", "position": "局长"}
    form |= {"reported_on": "2026-01-15", "text_file": report_file()}
    response = login(filer_a).post("/education/reports/new/", form)
    submitted = AccountabilityReport.objects.get()
    assert response.status_code == 302
    assert submitted.duties_part == "section"
    assert login(filer_a).get(f"/education/reports/{submitted.pk}/file/").status_code == 200
    response = login(reviewer).post(
        f"/education/reports/{submitted.pk}/", {"rating": "excellent", "note": "好", "confirm": "1"}
    )
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.rating == "excellent"


def _sessions(actor, unit, n):
    for index in range(n):
        session(actor, unit, held_on=dt.date(2025, 1, 1) + dt.timedelta(days=index))


def _count_queries(client, url) -> int:
    client.get(url)  # the first request of a session also saves the session
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "url", ["/education/study/", "/api/education/study", "/education/", "/education/lists/"]
)
def test_list_queries_do_not_grow_with_rows(filer_a, unit_a, login, url):
    client = login(filer_a)
    _sessions(filer_a, unit_a, 3)
    small = _count_queries(client, url)
    _sessions(filer_a, unit_a, 27)
    assert _count_queries(client, url) == small


def test_the_lists_and_the_activities_api_keep_their_query_count(filer_a, unit_a, login):
    client = login(filer_a)

    def add(n, start):
        for index in range(n):
            actions.record_activity(
                filer_a,
                unit_a,
                kind="campaign",
                held_on=dt.date(2025, 1, 1) + dt.timedelta(days=start + index),
                title=f"活动{start + index}",
                place="广场",
                audience="居民",
            )
            actions.draft_list(filer_a, unit_a, year=2000 + start + index, items="事项")

    add(3, 0)
    small = [
        _count_queries(client, url)
        for url in ("/education/activities/", "/api/education/activities", "/api/education/lists")
    ]
    add(27, 3)
    assert [
        _count_queries(client, url)
        for url in ("/education/activities/", "/api/education/activities", "/api/education/lists")
    ] == small
    assert ResponsibilityList.objects.count() == 30


def _workbook(rows) -> io.BytesIO:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    buffer.name = "导入.xlsx"
    return buffer


def test_import_with_row_errors(filer_a, unit_a, unit_b, login):
    client = login(filer_a)
    header = ["单位", "类型", "日期", "主题", "主讲人", "参学人数", "学习材料"]
    rows = [
        header,
        [unit_a.name, "常务会议会前学法", "2025-03-12", "学习行政复议法", "科长", 10, ""],
        [unit_b.name, "常务会议会前学法", "2025-03-12", "冒名", "科长", 10, ""],
        [unit_a.name, "不存在的类型", "2025-03-12", "学习", "科长", 10, ""],
    ]
    response = client.post("/education/study/import/", {"file": _workbook(rows)})
    page = response.content.decode()
    assert response.status_code == 200
    assert unit_b.name in page and "不存在的类型" in page
    assert not StudySession.objects.exists()
    response = client.post("/education/study/import/", {"file": _workbook(rows[:2])})
    assert response.status_code == 302
    assert StudySession.objects.get().topic == "学习行政复议法"
    template = client.get("/education/study/import/template/")
    assert load_workbook(io.BytesIO(template.content)).active["A1"].value == "单位"


def test_events_import_saves_through_the_action(filer_a, unit_a, login):
    client = login(filer_a)
    header = ["单位", "类型", "日期", "名称", "地点", "受众", "受众人数"]
    future = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    rows = [header, [unit_a.name, "法治宣传活动", future, "宪法日", "广场", "居民", 100]]
    response = client.post("/education/activities/import/", {"file": _workbook(rows)})
    assert response.status_code == 200
    assert "日期不能晚于今天" in response.content.decode()
    assert not Activity.objects.exists()
    rows[1][2] = "2025-12-04"
    assert client.post("/education/activities/import/", {"file": _workbook(rows)}).status_code == 302
    assert Activity.objects.get().reached == 100
    assert client.get("/education/activities/import/template/").status_code == 200


def test_the_portal_shows_published_lists_only(filer_a, filer_b, unit_a, unit_b, client):
    published = published_list(filer_a, unit_a)
    draft = actions.draft_list(filer_b, unit_b, year=2025, items="乙单位的草稿")
    page = client.get("/portal/education/").content.decode()
    assert unit_a.name in page and unit_b.name not in page
    assert client.get(f"/portal/education/lists/{published.pk}/").status_code == 200
    assert client.get(f"/portal/education/lists/{draft.pk}/").status_code == 404


@pytest.mark.parametrize("kind", list(PAGES))
def test_forged_posts_for_another_unit_change_nothing(kind, filer_b, unit_a, login, media_root):
    from .conftest import report_file

    form = {"organisation": unit_a.pk, "kind": "village", "year": 2025, "held_on": "2025-03-12"}
    form |= {"name": "冒名", "topic": "冒名", "title": "冒名", "items": "冒名", "text_file": report_file()}
    response = login(filer_b).post(f"/education/{kind}/new/", form)
    assert response.status_code == 200
    assert "选择一个有效的选项" in response.content.decode()
    assert not EducationEvent.objects.exists()


def test_the_api_refuses_a_year_out_of_range(filer_a, login):
    client = login(filer_a)
    for url in ("/api/education/study?year=99999", "/api/education/study-below-minimum?year=-1"):
        assert client.get(url).status_code == 422, url
    assert client.get("/api/education/activities?year=0").status_code == 422


def test_a_session_covers_a_topic_of_its_own_units_plan_only(filer_a, filer_b, unit_a, unit_b, login):
    topic_a = actions.plan_topic(filer_a, unit_a, year=2025, month=3, topic="学习行政复议法")
    topic_b = actions.plan_topic(filer_b, unit_b, year=2025, month=3, topic="乙单位的计划")
    page = login(filer_a).get("/education/study/new/").content.decode()
    assert "学习行政复议法" in page and "乙单位的计划" not in page
    form = {
        "organisation": unit_a.pk,
        "kind": "party_group",
        "held_on": "2025-03-12",
        "topic": "学习行政复议法",
    }
    form |= {"speaker": "科长", "attendee_count": 5, "planned_topic": topic_b.pk}
    assert login(filer_a).post("/education/study/new/", form).status_code == 200
    assert not StudySession.objects.exists()
    form["planned_topic"] = topic_a.pk
    assert login(filer_a).post("/education/study/new/", form).status_code == 302
    assert StudySession.objects.get().planned_topic == topic_a
