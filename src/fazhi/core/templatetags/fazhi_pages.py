"""The pager's links: ``{% load fazhi_pages %}`` then ``{% page_href param number %}``.

A link to another page of one list keeps everything else the address says: the
list's filters and the page every other list on the same screen is showing.
"""

from __future__ import annotations

from django import template
from django.http import QueryDict

register = template.Library()


@register.simple_tag(takes_context=True)
def page_href(context, param: str, number: int) -> str:
    request = context.get("request")
    query = request.GET.copy() if request is not None else QueryDict(mutable=True)
    query[param or "page"] = number
    return "?" + query.urlencode()
