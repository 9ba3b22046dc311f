"""The annual reports' part of the work list (filings/todo.py): who waits for which report."""

from __future__ import annotations

from fazhi.core.worklist import work_for
from fazhi.filings import actions


def items(user) -> dict:
    return {item.label: item for item in work_for(user) if item.label.endswith("年度报告")}


def test_a_unit_that_has_not_filed_is_told_and_late_past_the_deadline(season, filer_a, filer_b, reviewer):
    # The 2025 season's deadline (2026-02-28) has passed.
    mine = items(filer_a)
    assert set(mine) == {"尚未报送的年度报告"}
    assert (mine["尚未报送的年度报告"].count, mine["尚未报送的年度报告"].overdue) == (1, 1)
    assert mine["尚未报送的年度报告"].due_on == season.filing_due
    assert mine["尚未报送的年度报告"].url == f"/filings/seasons/{season.pk}/"
    assert items(filer_b)["尚未报送的年度报告"].count == 1
    # The office may edit every unit's report, but filing is the unit's work.
    assert items(reviewer) == {}


def test_an_uploaded_report_waits_for_the_leader_not_the_filer(draft_a, filer_a, leader_a, filer_b):
    # The filer sees the draft waiting for sign-off, late since the deadline passed.
    unsigned = items(filer_a)["已上传待签发的年度报告"]
    assert (unsigned.count, unsigned.overdue) == (1, 1)
    assert set(items(filer_a)) == {"已上传待签发的年度报告"}
    signing = items(leader_a)["待您签发的年度报告"]
    assert (signing.count, signing.overdue) == (1, 1)
    # Unit B's report is not filed; that is B's, never A's leader's.
    assert set(items(leader_a)) == {"待您签发的年度报告"}
    assert "待您签发的年度报告" not in items(filer_b)


def test_the_office_reviews_then_publishes(submitted_a, reviewer, leader_a, filer_b):
    awaiting = items(reviewer)["待审核的年度报告"]
    assert (awaiting.count, awaiting.url) == (1, "/filings/#awaiting")
    assert items(leader_a) == {}
    assert "待审核的年度报告" not in items(filer_b)

    actions.accept_filing(reviewer, submitted_a)
    publish = items(reviewer)["已通过待公开的年度报告"]
    # Publication was due before 2026-04-01.
    assert (publish.count, publish.overdue, publish.due_on) == (1, 1, submitted_a.season.publication_due)
    assert "待审核的年度报告" not in items(reviewer)


def test_a_returned_report_goes_back_to_the_unit_and_is_not_late_again(
    submitted_a, reviewer, filer_a, leader_a
):
    actions.return_filing(reviewer, submitted_a, reasons="缺少第一责任人履职部分")
    returned = items(filer_a)["被退回修改的年度报告"]
    assert (returned.count, returned.overdue) == (1, 0)
    # The leader signs it off again; counted once, and late only by its first sign-off.
    assert {label: (i.count, i.overdue) for label, i in items(leader_a).items()} == {
        "待您签发的年度报告": (1, 0)
    }
    assert items(reviewer) == {}
