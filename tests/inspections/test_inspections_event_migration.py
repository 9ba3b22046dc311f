"""Migrations 0003–0005 put the plan events and the list events into one event table with a kind,
keeping every event (time, actor, verb, note, details, proxy entries); backwards splits them again."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from fazhi.inspections import actions
from fazhi.inspections.models import InspectionEvent

from .conftest import make_plan

BEFORE = ("inspections", "0002_protect_events")
AFTER = ("inspections", "0005_drop_old_events")
COMMON = ("created_at", "actor_id", "verb", "note", "data")


def _migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate([target])
    return executor.loader.project_state([target]).apps


def _migrate_to_latest():
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes("inspections"))


@pytest.mark.django_db(transaction=True)
def test_every_event_survives_the_merge_forwards_and_backwards(filer_a, reviewer, unit_a):
    from .conftest import fill_pools

    fill_pools(filer_a, unit_a, entities=6, inspectors=3)
    plan = make_plan(filer_a, unit_a)
    actions.perform_draw(filer_a, actions.commit_draw(filer_a, plan))
    live = InspectionEvent.objects
    counts = (live.filter(kind="plan").count() + 1, live.filter(kind="list").count() + 1)
    assert counts[0] == 4  # create, commit, draw, and the one added below
    try:
        old = _migrate(BEFORE)
        plan_events = old.get_model("inspections", "PlanEvent").objects
        list_events = old.get_model("inspections", "ListEvent").objects
        # Written before the merge: a proxy entry by the office, on each side.
        early = timezone.make_aware(dt.datetime(2026, 1, 5, 9, 0))
        proxy = {"proxy_for": unit_a.pk, "proxy_reason": "该局尚无账号，代为录入"}
        plan_events.create(
            plan_id=plan.pk, actor_id=reviewer.pk, verb="void", note="旧", data=proxy, created_at=early
        )
        list_events.create(
            organisation_id=unit_a.pk, actor_id=reviewer.pk, verb="entities", data=proxy, created_at=early
        )
        before_plan = sorted(tuple(row) for row in plan_events.values_list("plan_id", *COMMON))
        before_list = sorted(tuple(row) for row in list_events.values_list("organisation_id", *COMMON))
        assert (len(before_plan), len(before_list)) == counts

        new = _migrate(AFTER).get_model("inspections", "InspectionEvent").objects
        assert (
            sorted(tuple(row) for row in new.filter(kind="plan").values_list("plan_id", *COMMON))
            == before_plan
        )
        assert (
            sorted(tuple(row) for row in new.filter(kind="list").values_list("organisation_id", *COMMON))
            == before_list
        )
        assert set(new.filter(kind="plan").values_list("organisation_id", flat=True)) == {unit_a.pk}
        assert not new.filter(kind="list", plan__isnull=False).exists()
        # The new ids follow time: the two early events come first.
        assert [row.created_at for row in new.order_by("pk")[:2]] == [early, early]

        old = _migrate(BEFORE)
        assert (
            sorted(
                tuple(row)
                for row in old.get_model("inspections", "PlanEvent").objects.values_list("plan_id", *COMMON)
            )
            == before_plan
        )
        assert (
            sorted(
                tuple(row)
                for row in old.get_model("inspections", "ListEvent").objects.values_list(
                    "organisation_id", *COMMON
                )
            )
            == before_list
        )
    finally:
        _migrate_to_latest()
