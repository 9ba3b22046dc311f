"""The work list (待办事项): what waits for one user, gathered from every installed app.

Each app that has work to wait on may have ``fazhi/<app>/todo.py`` defining::

    def work_for(user: Person) -> list[WorkItem]:
        waiting = visible(Problem.objects.filter(status=ProblemStatus.SUBMITTED), user, Purpose.REVIEW)
        n = waiting.count()                                  # a few aggregate queries, no rows
        return [WorkItem(_("Rectifications awaiting verification"), n,
                         reverse("oversight:problems") + "?status=submitted")]

Contract for an app's ``work_for``:

- every count goes through ``fazhi.core.scoping`` (``visible``,
  ``visible_by_region``, ``scope_of``): a user never learns how many records
  another unit has. Work a unit does for itself is narrowed further to the
  user's own units (``own_units``), so the office's region reach does not
  turn every unit's chores into the office's;
- the ``url`` is an existing list (or record) page, with a filter query
  string where that page understands one;
- ``overdue`` and ``due_on`` come from the app's own deadline rules;
- a few aggregate queries, whatever the number of records.

``work_for(user)`` below finds the modules through
``fazhi.core.modules.app_modules("todo")``; core never imports an app by name.

One pass for the whole list (issue 18 §3: a home page makes at most 15 queries,
and a unit member's list spans a dozen apps). An app's ``work_for`` may be a
generator that *yields* its aggregate reads instead of running them::

    counts = yield tally(waiting, n=Count("pk"), due=Min("due_on"))   # -> {"n": 3, "due": date}
    n = yield counted(returned)                                         # -> 3

and ``return``s its items; it is decorated with ``@batched``, so that a direct
call (a test's) still answers a list. ``work_for(user)`` advances every app's generator
to its next read, answers all the reads of that round in ONE query (each read
is a one-row aggregate; the rows are joined side by side), sends each its
answer, and repeats until every generator has returned: as many queries as
rounds (usually one), whatever the number of apps. Reads that are not one-row
aggregates (grouped counts, a few rows) an app still runs itself. The user's
scope (memberships, organisations, regions) is read once per request and
cached on the user by ``scope_of``, so every app's ``visible(...)`` shares it.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import functools
import inspect
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Count, Value

from fazhi.core.modules import app_modules
from fazhi.core.scoping import Person, Purpose, scope_of


@dataclass(frozen=True)
class WorkItem:
    """One line of the work list: ``count`` records of one kind wait for the user."""

    label: str  # translated, without the number ("Annual reports awaiting review")
    count: int
    url: str
    overdue: int = 0  # how many of the ``count`` are past their due date
    # The earliest due date among them; in the past when some are overdue.
    due_on: dt.date | None = None


def own_units(user: Person, purpose: Purpose = Purpose.EDIT) -> frozenset[int]:
    """Ids of the organisations ``user`` acts for as a member of the unit itself.

    Region reach (the office, evaluators) is left out: a unit's chores (filing
    its report, rectifying its problems) wait for the unit, not for the office
    that may also edit them.
    """
    return scope_of(user).own.get(purpose, frozenset())


def _order(item: WorkItem) -> tuple:
    # Overdue work first, then by due date (nearest first), undated last.
    return (item.overdue == 0, item.due_on is None, item.due_on or dt.date.max)


def todo_modules() -> list:
    """Every installed fazhi app's ``todo`` module, in ``INSTALLED_APPS`` order."""
    return [module for _config, module in app_modules("todo")]


@dataclass
class Tally:
    """One aggregate read of a work-list provider, answered in the pass's batched query."""

    queryset: object  # a QuerySet
    aggregates: dict
    only: str = ""  # answer this aggregate's value instead of the dict
    answer: dict = field(default_factory=dict)

    def result(self):
        return self.answer[self.only] if self.only else self.answer


def tally(queryset, **aggregates) -> Tally:
    """``queryset.aggregate(**aggregates)``, read together with every other provider's."""
    return Tally(queryset, aggregates)


def counted(queryset) -> Tally:
    """``queryset.count()``, read together with every other provider's."""
    return Tally(queryset, {"n": Count("pk", distinct=queryset.query.distinct)}, only="n")


def _empty(tallied: Tally) -> dict:
    return {name: aggregate.empty_result_set_value for name, aggregate in tallied.aggregates.items()}


def _grouped(query) -> bool:
    return query.group_by is not None or query.distinct or query.is_sliced or bool(query.annotations)


def _one_row_sql(tallied: Tally, using: str):
    """The SQL of a one-row answer to ``tallied`` and the compiler whose converters read it (or None)."""
    queryset = tallied.queryset
    if _grouped(queryset.query):
        if tallied.only:
            # As ``.count()`` does for a grouped, distinct or sliced queryset: count its rows.
            inner, params = queryset.order_by().query.get_compiler(using=using).as_sql()
            return f"SELECT COUNT(*) AS {tallied.only} FROM ({inner}) AS counted_rows", params, None  # noqa: S608
        # Aggregates over an annotated or grouped queryset: over the records it holds.
        queryset = queryset.model._base_manager.filter(pk__in=queryset.values("pk"))
    # Grouped by a constant, which Django leaves out of GROUP BY: one row, even over no rows.
    one_row = (
        queryset.order_by()
        .annotate(_worklist_all=Value(1))
        .values("_worklist_all")
        .annotate(**tallied.aggregates)
        .values(*tallied.aggregates)
    )
    compiler = one_row.query.get_compiler(using=using)
    sql, params = compiler.as_sql()
    return sql, params, compiler


def answer(tallies: list[Tally]) -> None:
    """Fill each tally's ``answer`` with one query per database: its one-row aggregates side by side."""
    by_database: dict[str, list[Tally]] = {}
    for tallied in tallies:
        by_database.setdefault(tallied.queryset.db, []).append(tallied)
    for using, group in by_database.items():
        parts, params, read = [], [], []
        for tallied in group:
            names = list(tallied.aggregates)
            try:
                sql, part_params, compiler = _one_row_sql(tallied, using)
            except EmptyResultSet:  # a queryset.none(): nothing to read
                tallied.answer = _empty(tallied)
                continue
            parts.append(f"({sql}) AS worklist_{len(parts)}")
            params.extend(part_params)
            read.append((tallied, names, compiler))
        if not parts:
            continue
        with connections[using].cursor() as cursor:
            # The parts are Django's own compiled SQL; every value travels in ``params``.
            cursor.execute("SELECT * FROM " + " CROSS JOIN ".join(parts), params)  # noqa: S608
            row = cursor.fetchone()
        start = 0
        for tallied, names, compiler in read:
            values = row[start : start + len(names)]
            start += len(names)
            if compiler is None:
                tallied.answer = dict(zip(names, values, strict=True))
                continue
            converters = compiler.get_converters([expression for expression, _sql, _alias in compiler.select])
            if converters:
                values = next(iter(compiler.apply_converters([list(values)], converters)))
            tallied.answer = dict(zip(names, values, strict=True))


def _run(providers: Iterable) -> list[WorkItem]:
    """Every provider's items: generators advanced together, each round's reads in one query."""
    answered: dict[int, list[WorkItem]] = {}
    waiting: list[tuple[int, Generator, Tally | list[Tally]]] = []

    def advance(index: int, generator: Generator, sent) -> None:
        try:
            asked = generator.send(sent)
        except StopIteration as done:
            answered[index] = list(done.value or [])
        else:
            waiting.append((index, generator, asked))

    for index, provided in enumerate(providers):
        if inspect.isgenerator(provided):
            advance(index, provided, None)
        else:
            answered[index] = list(provided)
    while waiting:
        this_round, waiting = waiting, []
        answer([t for _i, _g, asked in this_round for t in (asked if isinstance(asked, list) else [asked])])
        for index, generator, asked in this_round:
            advance(
                index, generator, [t.result() for t in asked] if isinstance(asked, list) else asked.result()
            )
    # In the providers' order, as the apps are installed: the sort that follows is stable.
    items = [item for index in sorted(answered) for item in answered[index]]
    return items


# Set while ``work_for`` gathers: a ``batched`` provider then hands over its generator.
_gathering: contextvars.ContextVar[bool] = contextvars.ContextVar("worklist_gathering", default=False)


def batched(provider: Callable[..., Generator]) -> Callable[..., list[WorkItem] | Generator]:
    """Mark a generator ``work_for``: core's pass batches its reads; any other caller gets its list."""

    @functools.wraps(provider)
    def work_for(*args, **kwargs):
        generator = provider(*args, **kwargs)
        return generator if _gathering.get() else _run([generator])

    return work_for


def work_for(user: Person) -> list[WorkItem]:
    """What waits for ``user``: items with something in them, overdue first, then by due date."""
    if user is None or not user.is_authenticated:
        return []
    token = _gathering.set(True)
    try:
        items = _run([module.work_for(user) for module in todo_modules()])
    finally:
        _gathering.reset(token)
    return sorted((item for item in items if item.count > 0), key=_order)
