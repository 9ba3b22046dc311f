"""The regional roll-up page: the office's region, its child regions (or units) a page at a time."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from fazhi.catalog import regions
from fazhi.core.dates import EARLIEST, latest
from fazhi.core.deadlines import local_today
from fazhi.core.pages import paged
from fazhi.core.scoping import Purpose, scope_of
from fazhi.org.offices import require_office
from fazhi.rollup import queries


def _asked_year(request) -> int | None:
    """The ``year`` asked for, or None (with a message when it is not a year the platform holds)."""
    text = request.GET.get("year", "").strip()
    if not text:
        return None
    if text.isdigit() and EARLIEST.year <= int(text) <= latest().year:
        return int(text)
    messages.error(
        request,
        _("The year must lie between %(first)d and %(last)d.")
        % {"first": EARLIEST.year, "last": latest().year},
    )
    return None


@login_required
def index(request):
    office = require_office(request.user, _("Only a rule-of-law office sees the regional roll-up."))
    code = request.GET.get("region") or office.region_code
    region = regions.get(code)
    if region is None:
        raise Http404(_("No such region."))
    if not scope_of(request.user).allows_region(Purpose.REVIEW, code):
        raise PermissionDenied(_("This region is outside your office's region."))
    today = local_today()
    year = _asked_year(request) or queries.latest_year(request.user, code) or today.year - 1
    if queries.level_of(code) == "county":
        page = paged(request, queries.unit_lines(request.user, code))
        lines = [queries.Line(str(unit.pk), unit.name, organisation_id=unit.pk) for unit in page]
    else:
        page = paged(request, queries.child_lines(code, _("Own level (%(name)s)") % {"name": region.name}))
        lines = list(page)
    queries.fill(lines, request.user, code, year, today)
    chain = [r for r in region.chain if scope_of(request.user).allows_region(Purpose.REVIEW, r.code)]
    return render(
        request,
        "rollup/index.html",
        {"region": region, "chain": chain, "year": year, "page": page, "lines": lines},
    )
