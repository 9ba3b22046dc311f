"""The random-inspection demo: a county list, pools, a joint plan and draws that verify."""

from __future__ import annotations

import io

from fazhi.inspections import draws
from fazhi.inspections.models import Draw, Entity, Inspector, Matter, Plan, Task


def test_the_demo_has_what_the_issue_asks_and_loads_once(demo_county, client):
    assert Matter.objects.filter(is_current=True).count() == 30
    assert Matter.objects.filter(is_current=False).count() == 1  # a revised matter keeps its old version
    assert Entity.objects.count() == 2000
    assert Inspector.objects.count() == 40
    assert Plan.objects.filter(partners__isnull=False).count() == 1
    for draw in Draw.objects.filter(status="drawn"):
        assert draws.verify(
            draw.snapshot.encode(),
            draw.seed,
            draw.result.encode(),
            published_snapshot_sha256=draw.snapshot_sha256,
            published_seed_commitment=draw.seed_commitment,
        ).matches
    published = Task.objects.exclude(published_on=None).count()
    assert published == 12
    assert "已公示 12 项结果" in client.get("/portal/inspections/").content.decode()

    from fazhi.inspections import demo

    before = (Matter.objects.count(), Entity.objects.count(), Draw.objects.count())
    demo.load(io.StringIO())
    assert (Matter.objects.count(), Entity.objects.count(), Draw.objects.count()) == before
