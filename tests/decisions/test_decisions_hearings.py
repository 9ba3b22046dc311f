"""Items the catalogue marks for a hearing (听证): the hearing is recorded with its record, and the
item goes on to its legality examination and decision only after it (issue 11 §7)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from fazhi.core.actions import ActionRefused
from fazhi.core.exports import plain_docx
from fazhi.decisions import actions
from fazhi.decisions.models import Decision, DecisionEvent, Hearing

from .conftest import hold

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def heard_item(catalogue, reviewer, unit_a):
    return actions.add_item(reviewer, catalogue, unit_a, title="甲单位的听证事项", requires_hearing=True)


def record_file(name="听证笔录.docx"):
    return SimpleUploadedFile(name, plain_docx("听证笔录", "听证会笔录全文"))


def form(**changes):
    data = {
        "held_on": "2025-05-20",
        "place": "县行政中心听证室",
        "presiding_officer": "沈建国",
        "participants": "15",
        "record": record_file(),
        "opinions_adopted": "采纳9条：增加过渡期安排",
    }
    data.update(changes)
    return data


def test_the_legality_examination_and_the_decision_wait_for_the_hearing(heard_item, filer_a):
    hold(filer_a, heard_item, "public_participation", "expert_argumentation", "risk_assessment")
    with pytest.raises(ActionRefused) as refusal:
        hold(filer_a, heard_item, "legality_review")
    assert refusal.value.message == "本事项须举行听证：请先记录听证会，再记录合法性审查。"
    with pytest.raises(ActionRefused) as refusal:
        actions.take_decision(filer_a, heard_item, taken_on=dt.date(2025, 6, 20))
    assert refusal.value.message == "本事项须举行听证：请先记录听证会，再记录决策。"
    assert Decision.objects.get(pk=heard_item.pk).status == "planned"


def test_the_unit_records_the_hearing_on_its_page_and_then_goes_on(heard_item, filer_a, login, media):
    hold(filer_a, heard_item, "public_participation", "expert_argumentation", "risk_assessment")
    client = login(filer_a)
    page = client.get(heard_item.get_absolute_url()).content.decode()
    assert f'href="/decisions/{heard_item.pk}/hearing/"' in page and "记录听证会" in page
    response = client.post(f"/decisions/{heard_item.pk}/hearing/", form())
    assert response.status_code == 302, response.content.decode()[:3000]
    hearing = Hearing.objects.get(decision=heard_item)
    assert (hearing.held_on, hearing.participants, hearing.presiding_officer) == (
        dt.date(2025, 5, 20),
        15,
        "沈建国",
    )
    assert "听证笔录" not in hearing.record.name and hearing.record.name.endswith(".docx")
    event = DecisionEvent.objects.get(decision=heard_item, verb="hearing")
    assert event.data["participants"] == 15 and event.note == "采纳9条：增加过渡期安排"
    page = client.get(heard_item.get_absolute_url()).content.decode()
    assert "县行政中心听证室" in page and "下载听证笔录" in page
    download = client.get(f"/decisions/{heard_item.pk}/hearing/record/")
    assert download.status_code == 200 and b"".join(download.streaming_content)[:2] == b"PK"
    hold(filer_a, heard_item, "legality_review", "collective_discussion")
    actions.take_decision(filer_a, heard_item, taken_on=dt.date(2025, 6, 20))
    assert Decision.objects.get(pk=heard_item.pk).status == "taken"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"held_on": "1999-12-31"}, "应在 2000-01-01 至"),
        ({"held_on": "2999-01-01"}, "应在 2000-01-01 至"),
        ({"participants": "0"}, "听证会至少应有一名参加人或代表。"),
        ({"opinions_adopted": " "}, "这个字段是必填项。"),
        ({"record": SimpleUploadedFile("笔录.exe", b"MZ...")}, "不接受此类文件"),
        ({"record": ""}, "这个字段是必填项。"),
    ],
)
def test_bad_hearings_are_refused_in_chinese_and_nothing_is_kept(
    heard_item, filer_a, login, changes, message
):
    response = login(filer_a).post(f"/decisions/{heard_item.pk}/hearing/", form(**changes))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Hearing.objects.exists() and not DecisionEvent.objects.filter(verb="hearing").exists()


def test_a_future_hearing_and_a_second_one_are_refused(heard_item, filer_a):
    fields = {
        "place": "听证室",
        "presiding_officer": "沈建国",
        "participants": 5,
        "opinions_adopted": "采纳",
    }
    with pytest.raises(ActionRefused) as refusal:
        actions.record_hearing(
            filer_a,
            heard_item,
            held_on=dt.date(2025, 6, 2),
            record=record_file(),
            today=dt.date(2025, 6, 1),
            **fields,
        )
    assert refusal.value.message == "听证会日期不能晚于今天。"
    actions.record_hearing(filer_a, heard_item, held_on=dt.date(2025, 5, 20), record=record_file(), **fields)
    with pytest.raises(ActionRefused) as refusal:
        actions.record_hearing(
            filer_a, heard_item, held_on=dt.date(2025, 5, 21), record=record_file(), **fields
        )
    assert refusal.value.message == "本事项的听证会已经记录。"


def test_an_item_not_marked_for_a_hearing_has_none_and_needs_none(item_a, filer_a):
    with pytest.raises(ActionRefused) as refusal:
        actions.record_hearing(
            filer_a,
            item_a,
            held_on=dt.date(2025, 5, 20),
            place="听证室",
            presiding_officer="沈建国",
            participants=5,
            record=record_file(),
            opinions_adopted="采纳",
        )
    assert refusal.value.message == "决策事项目录未将本事项列为需要听证。"
    hold(filer_a, item_a, *["public_participation", "expert_argumentation", "risk_assessment"])
    hold(filer_a, item_a, "legality_review")  # no hearing asked, none needed


def test_unit_b_can_neither_record_nor_fetch_a_hearing_of_a(heard_item, filer_a, filer_b, login, snapshot):
    before, events = snapshot(heard_item), DecisionEvent.objects.count()
    client = login(filer_b)
    assert client.post(f"/decisions/{heard_item.pk}/hearing/", form()).status_code == 404
    assert client.get(f"/decisions/{heard_item.pk}/hearing/record/").status_code == 404
    assert snapshot(heard_item) == before and DecisionEvent.objects.count() == events
    assert not Hearing.objects.exists()
    actions.record_hearing(
        filer_a,
        heard_item,
        held_on=dt.date(2025, 5, 20),
        place="听证室",
        presiding_officer="沈建国",
        participants=5,
        record=record_file(),
        opinions_adopted="采纳",
    )
    response = login(filer_b).get(f"/decisions/{heard_item.pk}/hearing/record/")
    assert response.status_code == 404
