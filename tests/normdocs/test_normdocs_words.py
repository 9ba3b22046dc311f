"""The legality-review record in words, and no empty form for an evaluator (issue 11 §7)."""

from __future__ import annotations

import datetime as dt

from fazhi.normdocs import actions

from .conftest import all_yes


def test_the_review_record_says_not_found_or_followed_in_words(listed_draft, filer_a, reviewer, login):
    actions.submit_for_review(filer_a, listed_draft, today=dt.date(2025, 3, 17))
    actions.install_default_checklist(reviewer, "330521")
    actions.record_review(
        reviewer, listed_draft, outcome="passed", answers=all_yes(), today=dt.date(2025, 3, 20)
    )
    page = login(filer_a).get(listed_draft.get_absolute_url()).content.decode()
    assert "✓" not in page and "✗" not in page
    assert "：<strong>未发现</strong>" in page  # prohibited content absent
    assert "：<strong>已履行</strong>" in page  # procedure followed


def test_an_evaluator_is_refused_the_new_forms(evaluator, login):
    client = login(evaluator)
    for url in ("/normdocs/new/", "/counsel/new/"):
        response = client.get(url)
        assert response.status_code == 403
        assert "您没有可以为之录入的单位" in response.content.decode()


def test_the_history_shows_no_storage_path(listed, filer_a, reviewer, unit_a, login, settings, tmp_path, rf):
    from fazhi.core.history import history_rows

    from .conftest import issued_of

    settings.MEDIA_ROOT = tmp_path
    document = issued_of(filer_a, reviewer, unit_a)
    shown = [
        (change.old, change.new)
        for row in history_rows(rf.get("/"), document)
        for change in row.changes
        if change.field == "正文"
    ]
    assert shown and all("normdocs/" not in old + new for old, new in shown)
    page = login(filer_a).get(document.get_absolute_url()).content.decode()
    history = page[page.index('id="history"') :] if 'id="history"' in page else page
    assert "normdocs/" not in history


def test_an_empty_filing_is_refused_and_an_incomplete_one_not_accepted(listed, filer_a, reviewer, unit_a):
    import pytest

    from fazhi.core.actions import ActionRefused

    from .conftest import issued_of

    document = issued_of(filer_a, reviewer, unit_a)
    with pytest.raises(ActionRefused):
        actions.file_document(
            filer_a,
            document,
            filed_on=dt.date(2025, 4, 20),
            has_report=False,
            has_text=False,
            has_drafting_notes=False,
            today=dt.date(2025, 4, 20),
        )
    filing = actions.file_document(
        filer_a, document, filed_on=dt.date(2025, 4, 20), has_drafting_notes=False, today=dt.date(2025, 4, 20)
    )
    with pytest.raises(ActionRefused) as refusal:
        actions.decide_filing(reviewer, filing, accept=True)
    assert "不完整" in refusal.value.message


def test_the_offices_own_filings_are_its_own(listed, filer_a, reviewer, unit_a, office, login):
    from .conftest import issued_of

    document = issued_of(filer_a, reviewer, unit_a)
    actions.file_document(filer_a, document, filed_on=dt.date(2025, 4, 20), today=dt.date(2025, 4, 20))
    page = login(reviewer).get("/normdocs/filings/").content.decode()
    # Unit A's filing is the office's to review, never among its own filings.
    assert document.title in page and 'id="own"' not in page
    mine = login(filer_a).get("/normdocs/filings/").content.decode()
    assert document.title in mine[mine.index('id="own"') :]
