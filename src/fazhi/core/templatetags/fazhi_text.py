"""Filters that write values as a reader expects them: ``{% load fazhi_text %}``.

- ``plain``: a number without exponent or trailing zeros (158, 1.5; never 158.0000 or 1.8E+2);
- ``figure``: a number with its unit, sums of money in 万元 or 亿元 (``{{ fact.value|figure:fact.unit }}``);
- ``indicator_name`` / ``area_name``: the catalogue's Chinese name for a code, the code if unknown;
- ``link``: a URL as a link when its scheme is http or https, as text otherwise.
"""

from __future__ import annotations

from django import template
from django.utils.html import format_html

from fazhi.catalog import indicators
from fazhi.core.formatting import figure as written_figure
from fazhi.core.formatting import plain_number, safe_url

register = template.Library()


@register.filter
def plain(value) -> str:
    return plain_number(value)


@register.filter
def figure(value, unit) -> str:
    return written_figure(value, unit)


@register.filter
def indicator_name(code) -> str:
    indicator = indicators.get(str(code or ""))
    return indicator.name if indicator else str(code or "")


@register.filter
def area_name(code) -> str:
    return indicators.areas().get(str(code or ""), str(code or ""))


@register.filter
def link(url) -> str:
    url = str(url or "").strip()
    if safe_url(url):
        return format_html('<a href="{}" rel="noopener noreferrer">{}</a>', url, url)
    return url
