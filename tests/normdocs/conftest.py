"""Normative-document fixtures on top of the personas in tests/conftest.py.

``unit_a`` and ``unit_b`` and the government are on the positive list; a
``listed_draft`` of unit A has a comment period long enough for review.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from fazhi.normdocs import actions

COMMENT_FROM = dt.date(2025, 3, 3)
COMMENT_UNTIL = dt.date(2025, 3, 14)  # ten working days


@pytest.fixture
def listed(admin_user, government, office, unit_a, unit_b):
    for organisation in (government, office, unit_a, unit_b):
        actions.set_issuer_listing(
            admin_user, organisation, listing="positive", listed_on=dt.date(2024, 1, 1)
        )
    return admin_user


def draft_of(user, organisation, title="德清县关于规范网络餐饮服务的通知", **fields):
    fields.setdefault("comment_from", COMMENT_FROM)
    fields.setdefault("comment_until", COMMENT_UNTIL)
    return actions.create_document(user, organisation, title=title, **fields)


def official_text(name="正文.txt"):
    """A document's text: a document is issued with it (``rules.check_issuable_text``)."""
    return SimpleUploadedFile(name, "第一条 为规范管理，制定本规定。".encode(), content_type="text/plain")


def all_yes(region_code="330521"):
    return {str(item.pk): True for item in actions.checklist(region_code)}


def issued_of(
    filer,
    reviewer,
    organisation,
    *,
    title="德清县关于规范网络餐饮服务的通知",
    number="德市监〔2025〕1号",
    issued_on=dt.date(2025, 4, 1),
):
    document = draft_of(filer, organisation, title=title)
    actions.submit_for_review(filer, document, today=dt.date(2025, 3, 17))
    actions.install_default_checklist(reviewer, organisation.region_code)
    actions.record_review(reviewer, document, outcome="passed", answers=all_yes(), today=dt.date(2025, 3, 20))
    return actions.issue_document(
        filer,
        document,
        document_number=number,
        issued_on=issued_on,
        today=issued_on,
        official_text=official_text(),
    )


@pytest.fixture
def listed_draft(listed, filer_a, unit_a):
    return draft_of(filer_a, unit_a)
