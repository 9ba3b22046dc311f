"""The portal's browser test needs the demo committed for a live server: the org, normdocs,
decisions, indicators and filings demos (the other tests share the session's ``demo_county``)."""

from __future__ import annotations

import os

import pytest

DEMO_REGION = "330521"


@pytest.fixture
def demo_county_committed(transactional_db):
    """Made with the ORM before Playwright starts (see tests/conftest.py)."""
    from fazhi.decisions import demo as decisions_demo
    from fazhi.filings import demo as filings_demo
    from fazhi.indicators import demo as indicators_demo
    from fazhi.normdocs import demo as normdocs_demo
    from fazhi.org import demo as org_demo

    with open(os.devnull, "w") as sink:
        for module in (org_demo, normdocs_demo, decisions_demo, indicators_demo, filings_demo):
            module.load(sink)
    return DEMO_REGION
