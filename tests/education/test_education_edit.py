"""Editing an education record: the unit its own, the office what it entered for the unit (代为录入),
at the version the form showed, once per form, with an event row naming what changed."""

from __future__ import annotations

import datetime as dt

import pytest

from fazhi.education import actions
from fazhi.education.models import EducationEvent, Material, MaterialForm, StudyKind

pytestmark = pytest.mark.django_db
REASON = "该单位尚未开通账号，依其书面报送代为录入"


def _material(actor, unit, **extra):
    fields = {"form": MaterialForm.choices[0][0], "title": "民法典宣传单", "issued_on": dt.date(2025, 4, 15)}
    return actions.record_material(actor, unit, copies=500, **fields, **extra)


def _edit_url(record):
    return f"/education/materials/{record.pk}/edit/"


def _post(client, record, *, version=None, token="token-1", **changes):
    data = {
        "form": record.form,
        "title": record.title,
        "issued_on": record.issued_on.isoformat(),
        "copies": record.copies,
        "version": record.version if version is None else version,
        "form_token": token,
        **changes,
    }
    return client.post(_edit_url(record), data)


def test_the_unit_edits_its_record_and_the_event_row_says_what_changed(login, filer_a, unit_a):
    material = _material(filer_a, unit_a)
    client = login(filer_a)
    assert 'id="edit-record"' in client.get(material.get_absolute_url()).content.decode()
    assert "民法典宣传单" in client.get(_edit_url(material)).content.decode()
    response = _post(client, material, title="民法典宣传折页", copies=800)
    assert response.status_code == 302
    material.refresh_from_db()
    assert (material.title, material.copies, material.version) == ("民法典宣传折页", 800, 1)
    event = EducationEvent.objects.get(verb="edit")
    assert (event.actor, event.organisation, event.proxy_reason) == (filer_a, unit_a, "")
    assert event.data["changed"] == {"title": ["民法典宣传单", "民法典宣传折页"], "copies": ["500", "800"]}
    assert "修改" in client.get(material.get_absolute_url()).content.decode()


def test_another_unit_gets_404_and_nothing_changes(login, filer_a, filer_b, unit_a, snapshot):
    material = _material(filer_a, unit_a)
    before = snapshot(material)
    client = login(filer_b)
    assert client.get(_edit_url(material)).status_code == 404
    assert _post(client, material, title="篡改").status_code == 404
    assert snapshot(material) == before and not EducationEvent.objects.filter(verb="edit").exists()


def test_the_office_edits_only_what_it_entered_for_the_unit(login, reviewer, filer_a, unit_a, snapshot):
    own = _material(filer_a, unit_a)
    proxied = _material(reviewer, unit_a, proxy_reason=REASON)
    client = login(reviewer)
    assert 'id="edit-record"' not in client.get(own.get_absolute_url()).content.decode()
    before = snapshot(own)
    assert _post(client, own, title="办公室改的").status_code == 403
    assert snapshot(own) == before
    assert 'id="edit-record"' in client.get(proxied.get_absolute_url()).content.decode()
    assert _post(client, proxied, copies=600).status_code == 302
    event = EducationEvent.objects.get(verb="edit")
    assert (event.actor, event.proxy_reason) == (reviewer, REASON)
    # The unit edits what the office entered for it, as its own.
    assert (
        _post(login(filer_a), Material.objects.get(pk=proxied.pk), copies=650, token="t2").status_code == 302
    )
    assert Material.objects.get(pk=proxied.pk).copies == 650


def test_a_stale_edit_is_refused_in_chinese_with_the_form_as_typed(login, filer_a, leader_a, unit_a):
    material = _material(filer_a, unit_a)
    seen = material.version
    leader_client = login(leader_a)
    assert _post(leader_client, material, copies=700, token="leader").status_code == 302
    response = _post(login(filer_a), material, version=seen, title="我的修改标题", copies=900)
    page = response.content.decode()
    assert response.status_code == 200
    assert "修改了这条记录" in page and "我的修改标题" in page
    material.refresh_from_db()
    assert (material.title, material.copies) == ("民法典宣传单", 700)
    assert EducationEvent.objects.filter(verb="edit").count() == 1


def test_bad_input_and_a_double_submit_change_nothing(login, filer_a, unit_a):
    material = _material(filer_a, unit_a)
    client = login(filer_a)
    response = _post(client, material, copies=0)
    assert response.status_code == 200 and "数量至少为 1" in response.content.decode()
    assert Material.objects.get(pk=material.pk).copies == 500
    assert _post(client, material, copies=600, token="once").status_code == 302
    material.refresh_from_db()
    response = _post(client, material, copies=601, token="once")
    assert response.status_code == 200 and "已提交并保存过一次" in response.content.decode()
    assert Material.objects.get(pk=material.pk).copies == 600


def test_a_study_session_is_edited_on_its_own_page(login, filer_a, unit_a):
    session = actions.record_study_session(
        filer_a,
        unit_a,
        kind=StudyKind.PARTY_GROUP,
        held_on=dt.date(2025, 3, 12),
        topic="学习行政复议法",
        speaker="局长",
    )
    client = login(filer_a)
    assert (
        f"/education/study/{session.pk}/edit/"
        in client.get(f"/education/study/{session.pk}/").content.decode()
    )
    data = {
        "kind": session.kind,
        "held_on": "2025-03-13",
        "topic": "学习新修订的行政复议法",
        "speaker": "局长",
        "attendees": "",
        "attendee_count": 12,
        "materials": "",
        "version": session.version,
        "form_token": "s1",
    }
    assert client.post(f"/education/study/{session.pk}/edit/", data).status_code == 302
    session.refresh_from_db()
    assert (session.topic, session.held_on, session.attendee_count) == (
        "学习新修订的行政复议法",
        dt.date(2025, 3, 13),
        12,
    )


DAY = dt.date(2025, 3, 12)
EVERY_KIND = {
    "topics": (actions.plan_topic, {"year": 2025, "topic": "行政复议法"}),
    "study": (
        actions.record_study_session,
        {"kind": StudyKind.PARTY_GROUP, "held_on": DAY, "topic": "行政复议法", "speaker": "局长"},
    ),
    "exams": (
        actions.record_exam,
        {"kind": "annual", "held_on": DAY, "title": "年度考试", "takers": 5, "passed": 5},
    ),
    "oaths": (actions.record_oath, {"held_on": DAY, "presided_by": "县长", "swearers": "张三"}),
    "cases": (
        actions.record_case,
        {"held_on": DAY, "case_title": "某案", "lesson": "讲解", "audience": "群众"},
    ),
    "activities": (
        actions.record_activity,
        {"kind": "campaign", "held_on": DAY, "title": "宪法宣传日", "place": "广场", "audience": "群众"},
    ),
    "materials": (
        actions.record_material,
        {"form": MaterialForm.choices[0][0], "title": "宣传单", "issued_on": DAY, "copies": 5},
    ),
    "sites": (actions.name_site, {"name": "某村", "kind": "village", "level": "city", "year": 2024}),
}


@pytest.mark.parametrize("kind", sorted(EVERY_KIND))
def test_every_editable_kind_answers_its_unit_and_404s_another(
    kind, login, filer_a, filer_b, unit_a, snapshot
):
    creator, fields = EVERY_KIND[kind]
    record = creator(filer_a, unit_a, **fields)
    url = f"/education/{kind}/{record.pk}/edit/"
    assert login(filer_a).get(url).status_code == 200
    before = snapshot(record)
    client = login(filer_b)
    assert client.get(url).status_code == 404
    assert client.post(url, {"version": record.version, "form_token": "b"}).status_code == 404
    assert snapshot(record) == before and not EducationEvent.objects.filter(verb="edit").exists()
