"""The normative documents' part of the work list (normdocs/todo.py)."""

from __future__ import annotations

import datetime as dt

from fazhi.core.deadlines import local_today
from fazhi.core.worklist import work_for
from fazhi.normdocs import actions, rules

from .conftest import all_yes, draft_of, issued_of

LABELS = {
    "待合法性审核的规范性文件草案",
    "待备案审查的规范性文件",
    "被合法性审核退回的草案",
    "已印发待备案的规范性文件",
}


def items(user) -> dict:
    return {item.label: item for item in work_for(user) if item.label in LABELS}


def test_a_draft_in_review_waits_for_the_office_with_its_due_date(listed_draft, filer_a, filer_b, reviewer):
    review = actions.submit_for_review(filer_a, listed_draft)
    waiting = items(reviewer)["待合法性审核的规范性文件草案"]
    assert (waiting.count, waiting.overdue, waiting.due_on) == (1, 0, review.due_on)
    assert waiting.url == "/normdocs/?status=in_review"
    assert items(filer_a) == {} and items(filer_b) == {}


def test_a_returned_draft_waits_for_its_own_unit_only(
    listed, listed_draft, filer_a, filer_b, reviewer, unit_b
):
    other = draft_of(filer_b, unit_b, title="武康街道关于规范停车管理的通知")
    actions.submit_for_review(filer_a, listed_draft)
    actions.submit_for_review(filer_b, other)
    actions.install_default_checklist(reviewer, "330521")
    actions.record_review(
        reviewer, listed_draft, outcome="returned", answers=all_yes(), opinions="起草说明过于简略"
    )
    returned = items(filer_a)["被合法性审核退回的草案"]
    assert (returned.count, returned.url) == (1, "/normdocs/?status=returned")
    assert items(filer_b) == {}
    # Unit B's draft is still in review: the office's one.
    assert items(reviewer)["待合法性审核的规范性文件草案"].count == 1


def test_an_issued_document_is_to_file_then_to_review(listed, filer_a, filer_b, reviewer, unit_a):
    document = issued_of(filer_a, reviewer, unit_a)  # issued 2025-04-01: the 30 days are long gone
    to_file = items(filer_a)["已印发待备案的规范性文件"]
    assert (to_file.count, to_file.overdue) == (1, 1)
    assert to_file.due_on == rules.filing_deadline(dt.date(2025, 4, 1)).due
    assert items(filer_b) == {} and "已印发待备案的规范性文件" not in items(reviewer)

    filing = actions.file_document(filer_a, document, filed_on=local_today())
    assert items(filer_a) == {}
    review = items(reviewer)["待备案审查的规范性文件"]
    assert (review.count, review.overdue, review.due_on) == (1, 0, filing.review_due_on)
    assert review.url == "/normdocs/filings/?status=filed"
    assert items(filer_b) == {}


def test_a_document_from_the_register_is_not_chased_for_filing(listed, filer_a, reviewer, unit_a, login):
    registered = actions.register_issued_document(
        filer_a,
        unit_a,
        title="德清县市场监督管理局关于旧事项的通知",
        document_number="德市监〔2021〕2号",
        issued_on=dt.date(2021, 3, 1),
    )
    assert "已印发待备案的规范性文件" not in items(filer_a)
    assert registered.title not in login(reviewer).get("/normdocs/filings/").content.decode()
    # One issued through the platform is chased, on the work list and on the filings page alike.
    issued = issued_of(filer_a, reviewer, unit_a)
    assert items(filer_a)["已印发待备案的规范性文件"].count == 1
    assert issued.title in login(reviewer).get("/normdocs/filings/").content.decode()
