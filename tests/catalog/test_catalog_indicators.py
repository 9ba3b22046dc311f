import re

from fazhi.catalog import elements, indicators


def test_codes_have_area_prefix_and_known_area():
    areas = indicators.areas()
    for indicator in indicators.all_indicators():
        area, _, name = indicator.code.partition(".")
        assert area in areas, indicator.code
        assert re.fullmatch(r"[a-z_]+", name), indicator.code
        assert indicator.area == area


def test_codes_unique_and_contract_codes_present():
    codes = indicators.codes()
    assert len(codes) == len(set(codes))
    for code in ("disputes.head_appearance_rate", "rules.normdocs_issued", "decisions.catalog_items"):
        assert indicators.get(code) is not None


def test_rates_are_percent():
    rate = indicators.get("disputes.head_appearance_rate")
    assert rate.is_rate and rate.unit == "%"
    assert not indicators.get("enforcement.penalty_cases").is_rate


def test_elements_required_are_the_first_four():
    assert elements.REQUIRED == tuple(list(elements.ELEMENTS)[:4])
