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
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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


def work_for(user: Person) -> list[WorkItem]:
    """What waits for ``user``: items with something in them, overdue first, then by due date."""
    if user is None or not user.is_authenticated:
        return []
    items = [item for module in todo_modules() for item in module.work_for(user) if item.count > 0]
    return sorted(items, key=_order)
