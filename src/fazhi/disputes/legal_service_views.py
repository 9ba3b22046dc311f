"""Legal aid and public legal service pages: the monthly tallies of the units the user reaches,
and their Excel import."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from fazhi.core.exports import xlsx_file_response
from fazhi.core.pages import import_page, paged
from fazhi.core.scoping import Purpose, scope_of, visible
from fazhi.disputes.importers import LegalServiceReportImporter
from fazhi.disputes.models import LegalServiceReport


@login_required
def index(request):
    # Counts, no person: whoever reads the unit (evaluators too) sees them.
    reports = visible(LegalServiceReport.objects.select_related("organisation"), request.user, Purpose.READ)
    page = paged(request, reports)
    return render(
        request,
        "disputes/legal_services.html",
        {
            "page": page,
            "can_edit": not scope_of(request.user).is_empty(Purpose.EDIT),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def import_reports(request):
    if scope_of(request.user).is_empty(Purpose.EDIT):
        raise PermissionDenied(_("You may not import these records."))
    return import_page(
        request,
        LegalServiceReportImporter(request.user),
        template="disputes/legal_services_import.html",
        done_message=_("%(n)d rows imported."),
        done_url="disputes:legal_services",
    )


@login_required
def import_template(request):
    return xlsx_file_response(
        "法律服务月报导入模板.xlsx", LegalServiceReportImporter(request.user).template()
    )
