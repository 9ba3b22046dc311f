"""The office's name follows its region's level; a configured name wins; units are found by short name."""

from __future__ import annotations

import pytest

from fazhi.org.models import Organisation
from fazhi.org.naming import (
    document_number_prefix,
    named,
    office_display_name,
    office_short_name,
)
from fazhi.org.offices import office_of_region


@pytest.mark.parametrize(
    ("code", "short", "full"),
    [
        ("330521", "依法治县办", "德清县依法治县办"),
        ("330502", "依法治区办", "吴兴区依法治区办"),
        ("330500", "依法治市办", "湖州市依法治市办"),
        ("330000", "依法治省办", "浙江省依法治省办"),
    ],
)
def test_the_office_is_named_after_its_level(code, short, full):
    assert office_short_name(code) == short
    assert office_display_name(region_code=code) == full


def test_a_configured_office_name_and_prefix_win(office):
    assert office_display_name(office) == "德清县依法治县办"
    assert document_number_prefix(office) == "德依法治办"
    office.office_name = "中共德清县委全面依法治县委员会办公室"
    office.document_number_prefix = "德法治办"
    assert office_display_name(office) == "中共德清县委全面依法治县委员会办公室"
    assert document_number_prefix(office) == "德法治办"


def test_the_rule_of_law_office_of_a_region(office, unit_a):
    assert office_of_region("330521") == office
    assert office_of_region("510502") is None


def test_units_are_found_by_full_or_short_name(unit_a, unit_b):
    Organisation.objects.filter(pk=unit_a.pk).update(short_name="市场监管局")
    units = Organisation.objects.all()
    assert list(named(units, "市场监管局")) == [unit_a]
    assert list(named(units, "德清县市场监督管理局")) == [unit_a]
    assert list(named(units, "")) == []
