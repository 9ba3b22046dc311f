"""A talk (约谈) has its own page, is linked to the problem it concerns and back, and a list that pages."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from fazhi.oversight import actions
from fazhi.oversight.models import Consequence, ConsequenceKind, OversightEvent

pytestmark = pytest.mark.django_db


def test_notice_reads_tongbao_and_talk_reads_yuetan():
    from django.utils import translation

    with translation.override("zh-hans"):
        assert str(ConsequenceKind.NOTICE.label) == "通报"
        assert "约谈" in str(ConsequenceKind.TALK.label)


def test_a_talk_about_a_problem_from_the_problem_page(login, reviewer, problem_a, unit_a, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client = login(reviewer)
    problem_page = client.get(reverse("oversight:problem_detail", args=[problem_a.pk])).content.decode()
    create = f"{reverse('oversight:consequence_create')}?problem={problem_a.pk}"
    assert create.replace("?", "?") in problem_page.replace("&amp;", "&")
    form_page = client.get(create).content.decode()
    assert f'<option value="{problem_a.pk}" selected>' in form_page
    minutes = SimpleUploadedFile(
        "约谈记录.txt", "约谈记录：局长承诺两周内整改。".encode(), content_type="text/plain"
    )
    response = client.post(
        create,
        {
            "organisation": unit_a.pk,
            "kind": "talk",
            "held_on": "2024-10-30",
            "subject": "处罚案卷法制审核问题约谈",
            "problem": problem_a.pk,
            "minutes": minutes,
            "follow_up": "11月15日前报送整改情况",
        },
    )
    talk = Consequence.objects.get()
    assert response.status_code == 302 and response["Location"] == talk.get_absolute_url()
    assert (
        talk.problem == problem_a and talk.minutes and "约谈记录" not in talk.minutes.name
    )  # generated name
    page = client.get(talk.get_absolute_url()).content.decode()
    assert "处罚案卷未附法制审核意见" in page and "下载记录" in page and "11月15日前报送整改情况" in page
    assert unit_a.name in page and "约谈" in page
    assert talk.get_absolute_url() in client.get(problem_a.get_absolute_url()).content.decode()
    download = client.get(reverse("oversight:consequence_minutes", args=[talk.pk]))
    assert download.status_code == 200 and "局长承诺".encode() in b"".join(download.streaming_content)


def test_the_follow_up_is_recorded_with_a_note(login, reviewer, office, problem_a, unit_a):
    talk = actions.record_consequence(
        reviewer,
        office,
        unit_a,
        kind="talk",
        held_on=dt.date(2024, 10, 30),
        subject="约谈",
        problem=problem_a,
    )
    client = login(reviewer)
    url = reverse("oversight:consequence_follow_up", args=[talk.pk])
    client.post(url, {"follow_up": "  "})
    assert not OversightEvent.objects.filter(verb="follow_up").exists()
    client.post(url, {"follow_up": "已按承诺完成整改，问题销号"})
    talk.refresh_from_db()
    assert talk.follow_up == "已按承诺完成整改，问题销号"
    assert OversightEvent.objects.filter(verb="follow_up", consequence=talk).exists()


def test_a_talk_cannot_be_linked_to_another_units_problem(reviewer, office, problem_b, unit_a):
    from fazhi.core.actions import ActionRefused

    with pytest.raises(ActionRefused):
        actions.record_consequence(
            reviewer,
            office,
            unit_a,
            kind="talk",
            held_on=dt.date(2024, 10, 30),
            subject="约谈",
            problem=problem_b,
        )


def test_another_unit_sees_neither_the_talk_nor_its_minutes(
    login, reviewer, office, problem_a, unit_a, filer_a, filer_b, snapshot, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    talk = actions.record_consequence(
        reviewer,
        office,
        unit_a,
        kind="talk",
        held_on=dt.date(2024, 10, 30),
        subject="市场监管整改约谈",
        problem=problem_a,
        minutes=SimpleUploadedFile("记录.txt", "记录".encode()),
    )
    client = login(filer_b)
    for name in ("oversight:consequence_detail", "oversight:consequence_minutes"):
        response = client.get(reverse(name, args=[talk.pk]))
        assert response.status_code == 404
    assert "市场监管整改约谈" not in client.get(reverse("oversight:consequences")).content.decode()
    before, events = snapshot(talk), OversightEvent.objects.count()
    response = client.post(reverse("oversight:consequence_follow_up", args=[talk.pk]), {"follow_up": "伪造"})
    assert (
        response.status_code == 404 and snapshot(talk) == before and OversightEvent.objects.count() == events
    )
    own = login(filer_a)
    assert "市场监管整改约谈" in own.get(reverse("oversight:consequences")).content.decode()
    page = own.get(talk.get_absolute_url()).content.decode()
    assert "市场监管整改约谈" in page and 'action="/oversight/consequences/' not in page  # a unit reads only


def test_the_list_pages(login, reviewer, office, unit_a, settings):
    settings.LIST_PAGE_SIZE = 3
    for day in range(1, 6):
        actions.record_consequence(
            reviewer, office, unit_a, kind="notice", held_on=dt.date(2024, 6, day), subject=f"通报{day}"
        )
    client = login(reviewer)
    first = client.get(reverse("oversight:consequences"), {"kind": "notice"}).content.decode()
    assert "通报5" in first and "通报1" not in first and "第 1 页" in first
    second = client.get(reverse("oversight:consequences"), {"kind": "notice", "page": 2}).content.decode()
    assert "通报1" in second and "通报5" not in second
