"""``{% portal_header %}``: the portal's header names the region and its office."""

from django import template

from fazhi.portal.regions import default_region

register = template.Library()


@register.inclusion_tag("portal/_header.html", takes_context=True)
def portal_header(context):
    region = context.get("portal_region") or default_region()
    return {"portal_region": region}
