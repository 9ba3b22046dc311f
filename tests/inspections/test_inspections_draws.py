"""Draws: commitment, draw, verification from the published files alone; recusal; no second draw."""

from __future__ import annotations

import io

import pytest

from fazhi.core.actions import ActionRefused
from fazhi.inspections import actions, draws
from fazhi.inspections.models import Draw, DrawStatus, Entity, InspectionEvent, Task

from .conftest import credit_code, fill_pools, make_plan

SEED = "0f" * 32


def published_files(draw: Draw) -> tuple[bytes, str, bytes]:
    return draw.snapshot.encode("utf-8"), draw.revealed_seed, draw.result.encode("utf-8")


def test_commit_draw_and_verify_from_the_published_files(plan_a, filer_a):
    draw = actions.commit_draw(filer_a, plan_a)
    # Before the draw only the hashes are public: the seed is not revealed.
    assert draw.revealed_seed == ""
    assert draw.snapshot_sha256 == draws.sha256_hex(draw.snapshot)
    committed = (draw.snapshot_sha256, draw.seed_commitment)

    actions.perform_draw(filer_a, draw)
    draw.refresh_from_db()
    assert (draw.snapshot_sha256, draw.seed_commitment) == committed
    assert draw.seed_commitment == draws.sha256_hex(draw.revealed_seed.encode())
    # 40 ordinary entities at 10 %: 4 tasks of 2 inspectors each.
    assert draw.tasks.count() == 4
    assert all(task.inspectors.count() == 2 for task in draw.tasks.all())

    snapshot, seed, result = published_files(draw)
    verification = draws.verify(
        snapshot, seed, result, published_snapshot_sha256=committed[0], published_seed_commitment=committed[1]
    )
    assert verification.matches, verification.problems
    # The tasks in the database are the published result's.
    lines = draw.result.splitlines()[1:]
    codes = [Task.objects.get(draw=draw, position=n).entity.credit_code for n in range(1, 5)]
    assert codes == [draws.json.loads(line)["code"] for line in lines]


def test_one_changed_entity_fails_the_verification(plan_a, filer_a):
    draw = actions.perform_draw(filer_a, actions.commit_draw(filer_a, plan_a))
    snapshot, seed, result = published_files(draw)
    changed = snapshot.replace(credit_code(7).encode(), credit_code(9999).encode())
    assert changed != snapshot
    verification = draws.verify(
        changed,
        seed,
        result,
        published_snapshot_sha256=draw.snapshot_sha256,
        published_seed_commitment=draw.seed_commitment,
    )
    assert not verification.matches
    assert draws.SNAPSHOT_HASH in verification.problems
    # Even a forger who rewrites the hashes in the result file is caught by the published ones.
    forged = result.replace(draw.snapshot_sha256.encode(), draws.sha256_hex(changed).encode())
    assert not draws.verify(changed, seed, forged, published_snapshot_sha256=draw.snapshot_sha256).matches


def test_another_seed_fails_the_commitment(plan_a, filer_a):
    draw = actions.perform_draw(filer_a, actions.commit_draw(filer_a, plan_a))
    snapshot, _seed, result = published_files(draw)
    verification = draws.verify(snapshot, SEED, result, published_seed_commitment=draw.seed_commitment)
    assert draws.SEED_COMMITMENT in verification.problems
    assert draws.RESULT_DIFFERS in verification.problems


def test_a_recused_pair_is_never_drawn(filer_a, unit_a):
    inspectors = fill_pools(filer_a, unit_a, entities=3, inspectors=3)
    entity = Entity.objects.get(credit_code=credit_code(1))
    actions.declare_conflict(filer_a, inspectors[0], entity, reason="其配偶为该公司股东")
    plan = make_plan(filer_a, unit_a, sampling_percent=100, raised_percent=100)
    draw = actions.perform_draw(filer_a, actions.commit_draw(filer_a, plan))
    task = draw.tasks.get(entity=entity)
    assert set(task.inspectors.all()) == {inspectors[1], inspectors[2]}
    # Over many seeds the pure draw never pairs them, while the others do meet the entity.
    snapshot = draws.parse_snapshot(draw.snapshot)
    met = set()
    for n in range(300):
        for drawn in draws.draw(snapshot, f"{n:064x}"):
            met.update((certificate, drawn.code) for certificate in drawn.inspectors)
    assert (inspectors[0].certificate_number, entity.credit_code) not in met
    assert (inspectors[0].certificate_number, credit_code(0)) in met


def test_too_few_inspectors_after_recusal_refuses_the_commitment(filer_a, unit_a):
    inspectors = fill_pools(filer_a, unit_a, entities=2, inspectors=2)
    entity = Entity.objects.get(credit_code=credit_code(0))
    actions.declare_conflict(filer_a, inspectors[0], entity, reason="近亲属在该公司任职")
    plan = make_plan(filer_a, unit_a)
    with pytest.raises(ActionRefused):
        actions.commit_draw(filer_a, plan)
    assert not Draw.objects.exists()


def test_a_second_draw_is_refused_until_the_first_is_voided(plan_a, filer_a):
    first = actions.perform_draw(filer_a, actions.commit_draw(filer_a, plan_a))
    with pytest.raises(ActionRefused):
        actions.commit_draw(filer_a, plan_a)
    with pytest.raises(ActionRefused):
        actions.perform_draw(filer_a, first)  # drawn already
    with pytest.raises(ActionRefused):
        actions.void_draw(filer_a, first, reason=" ")
    actions.void_draw(filer_a, first, reason="抽取范围遗漏一个街道的主体，重新抽取")
    first.refresh_from_db()
    assert first.status == DrawStatus.VOIDED
    assert first.void_reason == "抽取范围遗漏一个街道的主体，重新抽取"
    second = actions.commit_draw(filer_a, plan_a)
    assert second.pk != first.pk
    assert InspectionEvent.objects.filter(plan=plan_a, verb="void").count() == 1


def test_the_algorithm_is_pinned():
    """Changing the algorithm would make old draws unverifiable: this result must never change."""
    snapshot = draws.Snapshot(1, "t", "50.00", "100.00", 2)
    snapshot.entities = [draws.SnapshotEntity(code, code, False) for code in ("A", "B", "C", "D")]
    snapshot.inspectors = [draws.SnapshotInspector(c, c) for c in ("X1", "X2", "X3")]
    tasks = draws.draw(snapshot, SEED)
    assert [(t.code, t.inspectors) for t in tasks] == PINNED


PINNED = [("B", ("X3", "X2")), ("C", ("X3", "X2"))]


def test_the_verify_command(plan_a, filer_a, tmp_path):
    from django.core.management import CommandError, call_command

    draw = actions.perform_draw(filer_a, actions.commit_draw(filer_a, plan_a))
    out = io.StringIO()
    call_command("inspections", "verify", str(draw.pk), stdout=out)
    assert draw.snapshot_sha256 in out.getvalue()
    changed = tmp_path / "snapshot.jsonl"
    changed.write_text(draw.snapshot.replace(credit_code(3), credit_code(8888)), "utf-8")
    with pytest.raises(CommandError):
        call_command(
            "inspections", "verify", str(draw.pk), "--snapshot", str(changed), stdout=out, stderr=out
        )
