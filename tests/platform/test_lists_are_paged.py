"""No page cuts a list short: every list a view shows is paged (core.pages.paged, event_rows).

A county's office sees a few dozen rows; a province's sees thousands, and a list cut at
its first 50 or 100 rows hides the rest without saying so. The source check keeps new
views from slicing a list again; the page checks show the pager works where lists used
to be cut (the filings index, a record's event rows).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from django.urls import reverse

import fazhi
from fazhi.filings.models import AnnualReportFiling, FilingSeason, FilingStatus
from fazhi.org.models import Organisation
from fazhi.oversight.models import Inspection, OversightEvent, Problem

SOURCE = Path(fazhi.__file__).parent

# A slice a view may keep, with why: a preview that links to its own paged list.
PREVIEWS = {
    ("core/views.py", "recent_notices"): "the home page's five newest notices link to the notices page",
    ("oversight/views.py", "consequences"): "the twenty newest talks link to 'all talks and notices'",
}

# A string cut to a length (``.strip()[:50]``) is no list.
SLICED = re.compile(r"^\s*(?:\"(?P<key>\w+)\": |(?P<name>\w+) = ).*[\w)](?<!strip\(\))\[:(?:\d+|[A-Z_]+)\]")


def _view_modules():
    for path in sorted(SOURCE.glob("*/*.py")):
        if "view" in path.name or path.name == "portal.py":
            yield path


def test_no_view_cuts_a_list_at_a_fixed_number_of_rows():
    cut = []
    for path in _view_modules():
        relative = path.relative_to(SOURCE).as_posix()
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            found = SLICED.match(line)
            if found and (relative, found["key"] or found["name"]) not in PREVIEWS:
                cut.append(f"{relative}:{number}: {line.strip()}")
    assert not cut, "page these lists with core.pages.paged:\n" + "\n".join(cut)


def test_every_list_pages_by_the_one_setting():
    # core.pages.paged reads FAZHI_LIST_PAGE_SIZE; a Paginator built in a view would not.
    built = [
        f"{path.relative_to(SOURCE).as_posix()}: {line.strip()}"
        for path in _view_modules()
        for line in path.read_text("utf-8").splitlines()
        if "Paginator(" in line
    ]
    assert not built, "use core.pages.paged:\n" + "\n".join(built)


def test_the_source_check_finds_a_cut_list():
    # The pattern must see the form it forbids, or the check above could never fail.
    assert SLICED.match('            "filings": filings.filter(status="x")[:50],')
    assert SLICED.match("    awaiting = visible(queryset, user)[:100]")
    assert SLICED.match('            "files": files[:PAGE_SIZE],')
    assert not SLICED.match('    text = request.GET.get("q", "").strip()[:50]')


def _reports_awaiting_review(government, count: int) -> None:
    """``count`` units' reports submitted for the office's review (待审单位0, 待审单位1, …)."""
    season = FilingSeason.objects.create(
        region_code=government.region_code,
        year=2025,
        filing_due=dt.date(2026, 1, 31),
        publication_due=dt.date(2026, 3, 31),
    )
    for n in range(count):
        unit = Organisation.objects.create(
            name=f"待审单位{n}", kind="department", region_code=government.region_code, parent=government
        )
        AnnualReportFiling.objects.create(
            season=season,
            organisation=unit,
            status=FilingStatus.SUBMITTED,
            submitted_on=dt.date(2026, 1, 10 + n),
        )


@pytest.mark.django_db
def test_the_office_pages_through_every_report_awaiting_review(client, settings, reviewer, government):
    settings.LIST_PAGE_SIZE = 5
    _reports_awaiting_review(government, 7)
    client.force_login(reviewer)

    def awaiting(query: str = "") -> str:
        page = client.get(reverse("filings:index") + query).content.decode()
        return page.split('id="awaiting"')[1].split("</section>")[0]

    first = awaiting()
    assert re.findall(r"待审单位\d", first) == [f"待审单位{n}" for n in range(5)]
    assert "awaiting=2" in first and "第 1 页，共 2 页" in first
    assert re.findall(r"待审单位\d", awaiting("?awaiting=2")) == ["待审单位5", "待审单位6"]


@pytest.mark.django_db
def test_a_records_event_rows_are_paged_not_cut(client, settings, reviewer, unit_a):
    settings.LIST_PAGE_SIZE = 5
    problem = Problem.objects.create(
        organisation=unit_a,
        source="other",
        description="台账不全",
        severity="general",
        found_on=dt.date(2024, 5, 2),
        rectification_deadline=dt.date(2024, 6, 14),
    )
    for n in range(7):
        OversightEvent.objects.create(
            problem=problem, organisation=unit_a, verb="record_problem", note=f"第{n}条记录"
        )
    client.force_login(reviewer)
    first = client.get(problem.get_absolute_url()).content.decode()
    assert len(re.findall(r"第\d条记录", first)) == 5 and "events=2" in first
    second = client.get(problem.get_absolute_url() + "?events=2").content.decode()
    assert sorted(re.findall(r"第\d条记录", second)) == ["第0条记录", "第1条记录"]


@pytest.mark.django_db
def test_a_pager_link_keeps_the_rest_of_the_address(client, settings, reviewer, government):
    # Two lists on one screen and a filter: turning one list's page must not reset the other
    # list's page or drop the filter (each app used to draw its own pager, most forgot one).
    settings.LIST_PAGE_SIZE = 2
    _reports_awaiting_review(government, 5)
    client.force_login(reviewer)
    page = client.get(reverse("filings:index") + "?seasons=1&awaiting=2&note=%E7%A8%8E").content.decode()
    awaiting = page.split('id="awaiting"')[1].split("</section>")[0]
    links = re.findall(r'href="(\?[^"]*awaiting=[13][^"]*)"', awaiting)
    assert links == [
        "?seasons=1&amp;awaiting=1&amp;note=%E7%A8%8E",
        "?seasons=1&amp;awaiting=3&amp;note=%E7%A8%8E",
    ]


def test_every_pager_is_the_one_core_pager():
    # One template draws every list's links; a copy in an app would drift from it again.
    pagers = [
        path.relative_to(SOURCE).as_posix()
        for path in SOURCE.glob("*/templates/**/*.html")
        if "previous_page_number" in path.read_text("utf-8")
    ]
    assert pagers == ["core/templates/core/_list_pages.html"]


@pytest.mark.django_db
def test_a_records_history_of_changes_is_paged_not_cut(client, settings, reviewer, office, unit_a):
    # The 变更历史 card showed the last 50 changes; older ones were lost from view.
    settings.LIST_PAGE_SIZE = 3
    inspection = Inspection.objects.create(
        organisation=office,
        title="第0稿",
        form="on_site",
        topics="执法",
        starts_on=dt.date(2024, 5, 2),
        ends_on=dt.date(2024, 5, 3),
    )
    for n in range(1, 6):
        inspection.title = f"第{n}稿"
        inspection.save()
    client.force_login(reviewer)

    def shown(query: str = "") -> list[str]:
        page = client.get(inspection.get_absolute_url() + query).content.decode()
        card = page.split('id="history"')[1].split("</section>")[0]
        return re.findall(r"第(\d)稿 → 第(\d)稿", card) + (["next"] if "changes=" in card else [])

    assert shown() == [("4", "5"), ("3", "4"), ("2", "3"), "next"]
    # The page's oldest change is still told against the one before it, on the next page.
    assert shown("?changes=2") == [("1", "2"), ("0", "1"), "next"]
