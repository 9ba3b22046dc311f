"""The office edits the case-file review standard (案卷评查标准): items added, changed, retired; a
review already started keeps its edition; units read but cannot edit; Excel out and back in."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from fazhi.enforcement import actions_standards
from fazhi.enforcement import actions_supervision as supervision
from fazhi.enforcement.models import ReviewStandard, StandardItem

from .conftest import close_case, open_case


@pytest.fixture
def standard(reviewer, office):
    return actions_standards.start_year(reviewer, office, year=2026)


def _version(page: str, item: StandardItem) -> str:
    return re.search(
        rf'action="/enforcement/standard-items/{item.pk}/retire/".*?name="version" value="(\d+)"', page, re.S
    ).group(1)


def test_the_office_adds_changes_and_retires_items_in_place(login, reviewer, standard):
    client = login(reviewer)
    response = client.post(
        reverse("enforcement:standard_item_create", args=[standard.pk]),
        {"part": "content", "text": "执法文书说理不充分", "max_deduction": "10", "sort_order": "20"},
    )
    assert response.status_code == 302
    added = standard.items.get(text="执法文书说理不充分")
    assert added.max_deduction == Decimal(10)

    response = client.post(
        reverse("enforcement:standard_item_edit", args=[added.pk]),
        {
            "part": "content",
            "text": "执法文书说理不充分",
            "max_deduction": "90",
            "sort_order": "20",
            "version": added.version,
        },
    )
    assert response.status_code == 200 and "至多" in response.content.decode()  # above the part's 80 points
    client.post(
        reverse("enforcement:standard_item_edit", args=[added.pk]),
        {
            "part": "content",
            "text": "执法文书说理不充分",
            "max_deduction": "8",
            "sort_order": "20",
            "version": added.version,
        },
    )
    page = client.get(reverse("enforcement:standard", args=[standard.pk])).content.decode()
    added.refresh_from_db()
    assert added.max_deduction == Decimal(8) and "执法文书说理不充分" in page
    response = client.post(
        reverse("enforcement:standard_item_retire", args=[added.pk]), {"version": _version(page, added)}
    )
    assert response.status_code == 302
    added.refresh_from_db()
    assert not added.is_active and ReviewStandard.objects.count() == 1  # no review used it: edited in place
    assert standard.events.filter(verb="standard").count() == 4  # made, added, changed, retired


def test_a_unit_reads_the_standard_but_cannot_edit_it(login, filer_a, standard, snapshot):
    client = login(filer_a)
    item = standard.items.first()
    assert item.text in client.get(reverse("enforcement:standard", args=[standard.pk])).content.decode()
    before = snapshot(item)
    posts = [
        (
            reverse("enforcement:standard_item_create", args=[standard.pk]),
            {"part": "content", "text": "x", "max_deduction": "1"},
        ),
        (
            reverse("enforcement:standard_item_edit", args=[item.pk]),
            {"part": item.part, "text": "改", "max_deduction": "0"},
        ),
        (reverse("enforcement:standard_item_retire", args=[item.pk]), {"version": item.version}),
        (reverse("enforcement:standard_create"), {"year": "2027"}),
        (reverse("enforcement:standard_import", args=[standard.pk]), {}),
    ]
    for url, data in posts:
        assert client.post(url, data).status_code == 403
    assert snapshot(item) == before and standard.items.count() == 12 and ReviewStandard.objects.count() == 1


def test_a_review_in_progress_keeps_the_edition_it_started_with(
    reviewer, office, standard, filer_a, body_a, officers_a
):
    close_case(filer_a, open_case(filer_a, body_a, officers_a[:2], number="A1"))
    campaign = supervision.start_campaign(
        reviewer, office, title="2026年评查", year=2026, standard=standard, sample_size=1, seed=1
    )
    old_item = standard.items.get(text="调查取证不全面")
    changed = actions_standards.save_item(
        reviewer,
        office,
        standard,
        item=old_item,
        part="content",
        text="调查取证不全面",
        max_deduction=Decimal(5),
    )
    standard.refresh_from_db()
    old_item.refresh_from_db()
    assert not standard.is_current and old_item.max_deduction == Decimal(20)  # the campaign's edition stays
    assert (
        changed.standard.edition == 2 and changed.standard.is_current and changed.max_deduction == Decimal(5)
    )
    assert changed.standard.items.count() == standard.items.count()
    # The running review still scores on its own items: 20 points may come off the old item.
    scored = supervision.score_file(
        reviewer,
        campaign.file_reviews.get(),
        vetoed_items=[],
        deductions={old_item.pk: Decimal(20)},
        comments="取证缺询问笔录",
    )
    assert scored.score == Decimal(80)
    # A later edit goes to the current edition; the old one refuses edits.
    with pytest.raises(Exception, match="更新的版本"):
        actions_standards.save_item(
            reviewer, office, standard, part="content", text="新", max_deduction=Decimal(1)
        )


def test_a_stale_item_edit_is_refused_and_nothing_changes(login, reviewer, office, standard):
    item = standard.items.get(text="文书不规范")
    client = login(reviewer)
    opened = item.version
    actions_standards.save_item(
        reviewer, office, standard, item=item, part="layout", text="文书不规范", max_deduction=Decimal(4)
    )
    response = client.post(
        reverse("enforcement:standard_item_edit", args=[item.pk]),
        {
            "part": "layout",
            "text": "文书不规范、填写不全",
            "max_deduction": "3",
            "sort_order": "6",
            "version": opened,
        },
    )
    assert response.status_code == 200 and "修改了这条记录" in response.content.decode()
    item.refresh_from_db()
    assert (item.text, item.max_deduction) == ("文书不规范", Decimal(4))


def _workbook(rows) -> SimpleUploadedFile:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return SimpleUploadedFile("standard.xlsx", buffer.getvalue())


def test_the_standard_goes_to_excel_and_comes_back(login, reviewer, standard):
    client = login(reviewer)
    response = client.get(reverse("enforcement:standard_export", args=[standard.pk]))
    data = b"".join(response.streaming_content) if response.streaming else response.content
    rows = list(load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))
    assert rows[0] == ("部分", "评查项目", "最高扣分", "排序") and len(rows) == 13
    url = reverse("enforcement:standard_import", args=[standard.pk])

    bad = [list(row) for row in rows]
    bad[1][2] = 5  # a veto item with points
    response = client.post(url, {"file": _workbook(bad)})
    assert response.status_code == 200 and "否决" in response.content.decode()
    assert standard.items.filter(is_active=True).count() == 12

    kept = [list(row) for row in rows[:12]]  # the last item dropped
    kept[11][2] = 15
    kept.append(["内容标准", "未按规定公示执法决定", 10, 30])
    assert client.post(url, {"file": _workbook(kept)}).status_code == 302
    in_use = standard.items.filter(is_active=True)
    assert in_use.count() == 12 and in_use.filter(text="未按规定公示执法决定").exists()
    assert not standard.items.get(text=rows[12][1]).is_active
    assert standard.items.get(text=rows[11][1]).max_deduction == Decimal(15)
