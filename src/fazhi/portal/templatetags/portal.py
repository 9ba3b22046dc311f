"""``{% portal_header %}``: the portal's header names the region and its office."""

from django import template

from fazhi.core.opendata import public_regions

register = template.Library()


@register.inclusion_tag("portal/_header.html", takes_context=True)
def portal_header(context):
    # A page of one region names it; the shared pages name the first region the portal serves.
    region = context.get("portal_region") or next(iter(public_regions()), None)
    return {"portal_region": region}
