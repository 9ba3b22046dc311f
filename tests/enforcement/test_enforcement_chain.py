"""The per-body hash chain: appended entries verify; a row changed behind the application's back,
a row removed, or a rewritten tail is found and named."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from fazhi.enforcement import actions_cases, chain
from fazhi.enforcement.models import AppendOnly, ChainCheck, ProcessRecord, RecordKind

from .conftest import open_case

HASH = "ab" * 32


def add_records(filer, case, count):
    for number in range(count):
        actions_cases.add_process_record(
            filer,
            case,
            stage="filed",
            kind=RecordKind.DOCUMENT,
            title=f"询问笔录 {number}",
            content_hash=HASH,
        )


def test_entries_chain_and_verify(filer_a, case_a):
    add_records(filer_a, case_a, 3)
    entries = list(ProcessRecord.objects.filter(body=case_a.body).order_by("sequence"))
    assert [entry.sequence for entry in entries] == [1, 2, 3, 4]
    assert entries[0].previous_hash == chain.GENESIS
    assert all(
        later.previous_hash == earlier.entry_hash
        for earlier, later in zip(entries, entries[1:], strict=False)
    )
    (state,) = chain.verify([case_a.body_id])
    assert state.is_intact and state.entries == 4 and state.head == entries[-1].entry_hash
    assert ChainCheck.objects.get(body=case_a.body).is_intact


def test_entries_are_never_changed_or_deleted(filer_a, case_a):
    entry = ProcessRecord.objects.get(body=case_a.body, sequence=1)
    entry.title = "改过"
    with pytest.raises(AppendOnly):
        entry.save()
    with pytest.raises(AppendOnly):
        entry.delete()


def _raw(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_a_row_edited_with_raw_sql_is_found(filer_a, case_a, capsys):
    add_records(filer_a, case_a, 4)
    table = ProcessRecord._meta.db_table
    _raw(
        f"UPDATE {table} SET title = %s WHERE body_id = %s AND sequence = %s",  # noqa: S608
        ["被篡改的笔录", case_a.body_id, 3],
    )
    with pytest.raises(CommandError):
        call_command("enforcement", "verify", "--body", str(case_a.body_id))
    assert capsys.readouterr().out.count("3") >= 1
    check = ChainCheck.objects.get(body=case_a.body)
    assert (check.is_intact, check.broken_sequence) == (False, 3)


def test_a_rewritten_hash_breaks_the_next_entry(filer_a, case_a):
    add_records(filer_a, case_a, 4)
    table = ProcessRecord._meta.db_table
    _raw(
        f"UPDATE {table} SET entry_hash = %s WHERE body_id = %s AND sequence = %s", [HASH, case_a.body_id, 2]
    )  # noqa: S608
    (state,) = chain.verify([case_a.body_id])
    assert state.broken_sequence == 2


def test_a_deleted_row_is_found(filer_a, case_a):
    add_records(filer_a, case_a, 4)
    table = ProcessRecord._meta.db_table
    _raw(f"DELETE FROM {table} WHERE body_id = %s AND sequence = %s", [case_a.body_id, 3])  # noqa: S608
    (state,) = chain.verify([case_a.body_id])
    assert state.broken_sequence == 3


def test_a_truncated_tail_is_found_against_the_last_verification(filer_a, case_a):
    add_records(filer_a, case_a, 4)
    chain.verify([case_a.body_id])
    table = ProcessRecord._meta.db_table
    _raw(f"DELETE FROM {table} WHERE body_id = %s AND sequence >= %s", [case_a.body_id, 4])  # noqa: S608
    (state,) = chain.verify([case_a.body_id])
    assert state.broken_sequence == 4


def test_chains_are_per_body_and_a_break_stays_in_its_body(filer_a, filer_b, case_a, case_b):
    add_records(filer_a, case_a, 2)
    add_records(filer_b, case_b, 2)
    assert ProcessRecord.objects.get(body=case_b.body, sequence=1).previous_hash == chain.GENESIS
    table = ProcessRecord._meta.db_table
    _raw(
        f"UPDATE {table} SET content_hash = %s WHERE body_id = %s AND sequence = %s",
        ["cd" * 32, case_a.body_id, 2],
    )  # noqa: S608
    states = {state.body_id: state for state in chain.verify()}
    assert states[case_a.body_id].broken_sequence == 2
    assert states[case_b.body_id].is_intact


def test_a_correction_is_a_new_entry(filer_a, case_a):
    add_records(filer_a, case_a, 1)
    wrong = ProcessRecord.objects.get(body=case_a.body, sequence=2)
    correction = actions_cases.correct_process_record(filer_a, wrong, reason="笔录页码有误，更正")
    assert (correction.sequence, correction.corrects_id, correction.kind) == (3, wrong.pk, "correction")
    assert ProcessRecord.objects.get(pk=wrong.pk).title == wrong.title
    (state,) = chain.verify([case_a.body_id])
    assert state.is_intact


def test_the_verify_command_names_each_body(filer_a, case_a, capsys):
    call_command("enforcement", "verify")
    assert f"{case_a.body_id}：1 条记录，完整" in capsys.readouterr().out


def test_an_unknown_body_is_refused(db):
    with pytest.raises(CommandError):
        call_command("enforcement", "verify", "--body", "999999")


def test_the_benchmark_builds_and_verifies_and_leaves_nothing(db, capsys):
    call_command("enforcement", "benchmark", "--records", "50")
    assert "verified them" in capsys.readouterr().out
    assert not ProcessRecord.objects.exists()


def test_a_second_case_continues_the_body_chain(filer_a, case_a, officers_a):
    open_case(filer_a, case_a.body, officers_a[:2], number="德市监罚〔2026〕2号")
    assert list(ProcessRecord.objects.filter(body=case_a.body).values_list("sequence", flat=True)) == [1, 2]
