"""The demo: an inspection with open and closed problems, loaded through the actions, idempotently."""

from __future__ import annotations

import io

import pytest

from fazhi.org import demo as org_demo
from fazhi.oversight import demo
from fazhi.oversight.models import Consequence, Inspection, OversightEvent, Problem, ProblemStatus

pytestmark = pytest.mark.django_db


def load():
    # Only the org demo and ours: other apps' demos have their own tests.
    org_demo.load(io.StringIO())
    demo.load(io.StringIO())


def test_demo_loads_once():
    load()
    inspection = Inspection.objects.get()
    statuses = set(inspection.problems.values_list("status", flat=True))
    assert ProblemStatus.CLOSED in statuses and ProblemStatus.OPEN in statuses and len(statuses) == 5
    assert inspection.checks.count() == inspection.units.count() == 3
    assert Problem.objects.filter(source="self_inspection").count() == 1
    assert Consequence.objects.count() == 1
    counts = (Problem.objects.count(), OversightEvent.objects.count())
    load()
    assert (Problem.objects.count(), OversightEvent.objects.count()) == counts
