"""Typical cases (典型案例): the office marks them from a case's page and unmarks them with a
reason; everyone logged in reads the region's list."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from fazhi.core.pages import paged
from fazhi.core.scoping import Purpose, get_visible_by_region_or_404, get_visible_or_404, visible_by_region
from fazhi.enforcement import actions_typical, forms
from fazhi.enforcement.models import Case, TypicalCase
from fazhi.enforcement.pages import form_page
from fazhi.org.offices import office_for, require_office


@login_required
def typical_cases(request):
    typical = visible_by_region(TypicalCase.objects.select_related("case__body"), request.user).order_by(
        "-marked_on", "-pk"
    )
    return render(
        request,
        "enforcement/typical_cases.html",
        {"page": paged(request, typical), "office": office_for(request.user)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def typical_case_create(request, pk: int):
    case = get_visible_or_404(
        Case.objects.select_related("body__organisation"), request.user, Purpose.REVIEW, pk=pk
    )
    office = require_office(request.user)
    form = forms.TypicalCaseForm(request.POST or None, initial={"title": case.title})
    return form_page(
        request,
        form,
        lambda data: actions_typical.mark_typical(request.user, office, case, **data),
        title=_("Mark as a typical case"),
        back=case,
    )


@login_required
@require_http_methods(["GET", "POST"])
def typical_case_unmark(request, pk: int):
    typical = get_visible_by_region_or_404(
        TypicalCase.objects.select_related("case__body__organisation"), request.user, Purpose.REVIEW, pk=pk
    )
    office = require_office(request.user)
    return form_page(
        request,
        forms.UnmarkTypicalForm(request.POST or None),
        lambda data: actions_typical.unmark_typical(request.user, office, typical, **data),
        title=_("Unmark the typical case"),
        back=typical.case,
        edits=typical,
    )
