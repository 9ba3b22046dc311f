"""``{% portal_header %}``: the portal's header names the region and its office."""

from django import template

from fazhi.core.opendata import public_regions

register = template.Library()


@register.inclusion_tag("portal/_header.html", takes_context=True)
def portal_header(context):
    # A page of one region names it; the shared pages name the first region the portal serves.
    region = context.get("portal_region") or next(iter(public_regions()), None)
    return {"portal_region": region}


@register.inclusion_tag("portal/_downloads.html", takes_context=True)
def open_data_links(context, slug: str, year=None):
    """CSV, JSON and schema links of one dataset for the page's region; the year given, else last year.

    For the apps' public lists, which are not yet per region: they link the first region served.
    """
    from fazhi.core.deadlines import local_today

    region = context.get("portal_region") or next(iter(public_regions()), None)
    chosen = int(year) if str(year or "").isdigit() else local_today().year - 1
    return {"region": region, "year": chosen, "slug": slug}
