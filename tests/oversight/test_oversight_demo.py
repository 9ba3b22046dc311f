"""The demo: an inspection with open and closed problems, loaded through the actions, idempotently."""

from __future__ import annotations

import io

from fazhi.oversight import demo
from fazhi.oversight.models import Consequence, Inspection, OversightEvent, Problem, ProblemStatus


def test_demo_loads_once(demo_county):
    inspection = Inspection.objects.get()
    statuses = set(inspection.problems.values_list("status", flat=True))
    assert ProblemStatus.CLOSED in statuses and ProblemStatus.OPEN in statuses and len(statuses) == 5
    assert inspection.checks.count() == inspection.units.count() == 3
    assert Problem.objects.filter(source="self_inspection").count() == 1
    assert Consequence.objects.count() == 1
    counts = (Problem.objects.count(), OversightEvent.objects.count())
    demo.load(io.StringIO())
    assert (Problem.objects.count(), OversightEvent.objects.count()) == counts
