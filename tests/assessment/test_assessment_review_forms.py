"""The office's judge / adjust / deduct forms on a sheet: unique ids, each label bound to its own field."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from fazhi.assessment.models import AssessmentEvent

pytestmark = pytest.mark.django_db


class _Elements(HTMLParser):
    """Every element id with the form it sits in, and every ``<label for>`` with its form."""

    def __init__(self):
        super().__init__()
        self.ids: list[tuple[str, str | None]] = []
        self.labels: list[tuple[str, str | None]] = []
        self.form: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.form = attrs.get("action")
        if attrs.get("id"):
            self.ids.append((attrs["id"], self.form))
        if tag == "label" and attrs.get("for"):
            self.labels.append((attrs["for"], self.form))

    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None


def _parse(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    return parser


def test_office_forms_on_a_sheet_have_unique_ids_and_bound_labels(login, reviewer, opened, unit_a):
    sheet = opened[unit_a]
    page = login(reviewer).get(reverse("assessment:detail", args=[sheet.pk])).content.decode()
    elements = _parse(page)
    counts = Counter(element_id for element_id, _ in elements.ids)
    assert not [element_id for element_id, n in counts.items() if n > 1]
    where = dict(elements.ids)
    assert elements.labels and all(target in where for target, _ in elements.labels)
    # a label sits in the same form as its field, so it names that item's field, not another's
    assert all(where[target] == form for target, form in elements.labels)
    score = sheet.scores.get(item__number="6.1")
    deduct_url = reverse("assessment:deduct", args=[score.pk])
    assert (f"id_deduct_{score.pk}_points", deduct_url) in elements.ids
    judged = sheet.scores.filter(item__kind="judged").first()
    assert (f"id_judge_{judged.pk}_passed", reverse("assessment:judge", args=[judged.pk])) in elements.ids


def test_a_per_item_form_still_posts_to_its_own_item(login, reviewer, opened, unit_a):
    sheet = opened[unit_a]
    score = sheet.scores.get(item__number="6.1")
    events = AssessmentEvent.objects.count()
    response = login(reviewer).post(
        reverse("assessment:deduct", args=[score.pk]), {"points": "1", "reason": "通报批评一次"}, follow=True
    )
    assert "扣分已记录" in response.content.decode()
    assert score.deductions.get().points == 1
    assert AssessmentEvent.objects.count() == events + 1
