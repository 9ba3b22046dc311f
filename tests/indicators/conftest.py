from __future__ import annotations

import pytest

from fazhi.core.providers import Period


@pytest.fixture
def value_of(reviewer):
    """Record a value as the office (manual source) and return the row."""
    from fazhi.indicators.actions import record_value

    def make(organisation, code="disputes.head_appearance_rate", year=2025, value="90", **extra):
        if code.endswith("_rate") and "numerator" not in extra:
            extra |= {"numerator": 9, "denominator": 10, "definition": "负责人出庭次数 ÷ 开庭次数"}
        return record_value(reviewer, organisation, code, Period.year(year), value, "manual", **extra)

    return make
