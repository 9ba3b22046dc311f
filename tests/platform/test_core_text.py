"""Values written as a reader expects (issue 11 §7): plain numbers, Chinese names for codes, safe links."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fazhi.core.formatting import figure, plain_number, safe_url
from fazhi.core.templatetags.fazhi_text import area_name, indicator_name, link


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("158.0000"), "158"),
        (Decimal("1.8E+2"), "180"),
        (Decimal("2E+2"), "200"),
        (Decimal("90.5000"), "90.5"),
        (Decimal("0.0000"), "0"),
        (None, ""),
        (12, "12"),
    ],
)
def test_plain_numbers(value, text):
    assert plain_number(value) == text


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (Decimal("3860000"), "元", "386万元"),
        (Decimal("12345"), "元", "1.2345万元"),
        (Decimal("9999"), "元", "9999元"),
        (Decimal("250000000"), "元", "2.5亿元"),
        (Decimal("-20000"), "元", "-2万元"),
        (Decimal("43.0000"), "件", "43件"),
        (Decimal("95.50"), "%", "95.5%"),
        (Decimal("3860000"), "", "3860000"),
        (None, "元", ""),
    ],
)
def test_figures_carry_their_unit_and_sums_of_money_read_in_wan(value, unit, text):
    assert figure(value, unit) == text


def test_codes_read_as_chinese_names():
    assert indicator_name("rules.normdocs_filing_rate") == "规范性文件报备率"
    assert area_name("enforcement") == "行政执法"
    assert indicator_name("no.such_code") == "no.such_code"


def test_only_web_addresses_become_links():
    assert safe_url("https://www.deqing.gov.cn/a?b=1")
    assert link("https://www.deqing.gov.cn/x") == (
        '<a href="https://www.deqing.gov.cn/x" rel="noopener noreferrer">https://www.deqing.gov.cn/x</a>'
    )
    for hostile in ("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "//evil", "见档案室"):
        assert not safe_url(hostile)
        assert "<a" not in link(hostile)
    assert link('"><script>') == '"><script>'  # plain text is escaped by the template, not here


def test_a_rate_error_prints_plain_numbers():
    from fazhi.catalog import indicators
    from fazhi.core.actions import ActionRefused
    from fazhi.indicators import rules

    rate = next(i for i in indicators.all_indicators() if i.is_rate)
    with pytest.raises(ActionRefused) as refusal:
        rules.check_value(
            rate.code,
            Decimal("50"),
            numerator=Decimal("1.8E+2"),
            denominator=Decimal("2E+2"),
            definition="甲÷乙",
        )
    assert "180 ÷ 200" in refusal.value.message and "E+" not in refusal.value.message
