"""A deadline counted over a year whose holidays are not published yet carries a warning (issue 11 §2)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from fazhi.catalog import calendar
from fazhi.oversight.models import Problem

pytestmark = pytest.mark.django_db

WARNING = "节假日安排尚未公布"


def test_a_deadline_in_an_unpublished_year_is_shown_with_the_warning(login, reviewer, problem_a):
    client = login(reviewer)
    assert problem_a.deadline.official
    assert (
        WARNING not in client.get(reverse("oversight:problem_detail", args=[problem_a.pk])).content.decode()
    )
    Problem.objects.filter(pk=problem_a.pk).update(
        rectification_deadline=dt.date(calendar.LAST_OFFICIAL_YEAR + 1, 1, 4)
    )
    problem = Problem.objects.get(pk=problem_a.pk)
    assert not problem.deadline.official
    assert WARNING in client.get(reverse("oversight:problem_detail", args=[problem.pk])).content.decode()
    assert WARNING in client.get(reverse("oversight:problems")).content.decode()
