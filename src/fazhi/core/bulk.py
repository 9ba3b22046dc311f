"""Bulk steps: the same action on each chosen record, in one request, each outcome reported.

A view parses the chosen ids, loads the records in one query, and calls
``run_each(records, call, label=...)``; ``call`` is one action call. Each call
runs in its own transaction, so one refusal neither stops nor undoes the
others, and ``bulk_results`` shows done / refused (with the reason) per record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import render
from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused


@dataclass
class Outcome:
    record: object
    label: str
    done: bool
    reason: str = ""


def chosen_ids(request, name: str = "chosen") -> list[int]:
    """The record ids ticked on a list page; anything not a number is ignored."""
    return sorted({int(value) for value in request.POST.getlist(name) if value.isdigit()})


def run_each(records: Iterable, call: Callable, *, label: Callable = str) -> list[Outcome]:
    outcomes = []
    for record in records:
        try:
            with transaction.atomic():
                call(record)
        except ActionRefused as refusal:
            outcomes.append(Outcome(record, label(record), False, refusal.message))
        except PermissionDenied as denial:
            outcomes.append(Outcome(record, label(record), False, str(denial) or _("You may not do this.")))
        else:
            outcomes.append(Outcome(record, label(record), True))
    return outcomes


def bulk_results(request, outcomes: list[Outcome], *, title: str, back):
    done = sum(outcome.done for outcome in outcomes)
    return render(
        request,
        "core/bulk_results.html",
        {
            "title": title,
            "back": back,
            "outcomes": outcomes,
            "done_count": done,
            "refused_count": len(outcomes) - done,
        },
    )
