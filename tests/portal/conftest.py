"""The demo county for the portal's tests: the org, normdocs, decisions, indicators and filings demos.

Loading them takes about 40 seconds on the shared machine, so the tests of one module
share one load: a module-scoped transaction rolled back at the end, inside which each
test's own transaction is a savepoint.
"""

from __future__ import annotations

import os

import pytest
from django.db import transaction

DEMO_REGION = "330521"


def load_demo() -> None:
    from fazhi.decisions import demo as decisions_demo
    from fazhi.filings import demo as filings_demo
    from fazhi.indicators import demo as indicators_demo
    from fazhi.normdocs import demo as normdocs_demo
    from fazhi.org import demo as org_demo

    with open(os.devnull, "w") as sink:
        for module in (org_demo, normdocs_demo, decisions_demo, indicators_demo, filings_demo):
            module.load(sink)


class _RollBack(Exception):
    pass


@pytest.fixture(scope="module")
def demo_module(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        try:
            with transaction.atomic():
                load_demo()
                yield DEMO_REGION
                raise _RollBack
        except _RollBack:
            pass


@pytest.fixture
def demo_county(demo_module, db):
    return demo_module


@pytest.fixture
def demo_county_committed(transactional_db):
    """The demo county committed, for a live server and a browser (made before Playwright starts)."""
    load_demo()
    return DEMO_REGION
