"""The roster other apps read through ``app_modules("rosters")``."""

from __future__ import annotations

import datetime as dt

from fazhi.core.modules import app_modules
from fazhi.enforcement import actions


def test_the_roster_lists_certified_officers_of_the_region(reviewer, officers_a, officers_b, elsewhere):
    (rosters,) = [module for config, module in app_modules("rosters") if config.label == "enforcement"]
    actions.change_certificate(
        reviewer, officers_b[1].certificates.get(), status="suspended", reason="离岗培训"
    )
    rows = rosters.certified_officers("330521", dt.date(2026, 6, 1))
    assert {row["name"] for row in rows} == {"张明", "李华", "赵敏"}
    first = rows[0]
    assert set(first) == {"name", "certificate_number", "organisation_id", "field", "expires_on"}
    assert first["expires_on"] == dt.date(2029, 12, 31)
    assert rosters.certified_officers("510502", dt.date(2026, 6, 1)) == []
    assert rosters.certified_officers("330521", dt.date(2030, 1, 1)) == []
