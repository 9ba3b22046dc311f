"""Study and legal-education pages. Thin: look up through the scoping helper, call one action."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import local_today
from fazhi.core.duties import acts_for_unit
from fazhi.core.exports import xlsx_file_response, xlsx_response
from fazhi.core.forms import add_form_token, add_version_field, edited_version, pop_proxy_reason
from fazhi.core.history import history_rows
from fazhi.core.pages import (
    add_refusal,
    event_rows,
    import_page,
    is_confirmed,
    message_refusal,
    paged,
    submit_once,
)
from fazhi.core.scoping import Purpose, can, get_visible_or_404, scope_of, visible
from fazhi.core.uploads import private_file_response
from fazhi.education import actions, actions_edit, forms, queries, rules
from fazhi.education.importers import IMPORTERS
from fazhi.education.listing import DETAIL_URLS, OWN_PAGES, PAGES
from fazhi.education.models import (
    LIST_WORKFLOW,
    REPORT_WORKFLOW,
    AccountabilityReport,
    Rating,
    ResponsibilityList,
    School,
    StudySession,
)


def _page(kind: str):
    if kind not in PAGES:
        raise Http404
    return PAGES[kind]


def _filtered(request, spec):
    form = forms.RecordFilterForm(request.GET or None)
    records = visible(spec.model.objects.select_related(*spec.related), request.user)
    if form.is_valid():
        data = form.cleaned_data
        if data["q"]:
            condition = Q()
            for name in spec.search:
                condition |= Q(**{f"{name}__contains": data["q"]})
            records = records.filter(condition)
        if data["year"] and spec.date_field:
            lookup = "year" if spec.date_field == "year" else f"{spec.date_field}__year"
            records = records.filter(**{lookup: data["year"]})
    return form, records


def _may_edit(user) -> bool:
    return not scope_of(user).is_empty(Purpose.EDIT)


@login_required
def index(request):
    """The dashboard: the year's figures of what the user may read, and the bodies below the minimum."""
    choice = forms.RecordFilterForm(request.GET or None)
    year = (choice.cleaned_data.get("year") if choice.is_valid() else None) or local_today().year
    return render(
        request,
        "education/index.html",
        {
            "pages": [(kind, spec.title) for kind, spec in PAGES.items()],
            "figures": queries.year_figures(request.user, year),
            **_below_minimum(request, year),
        },
    )


def _below_minimum(request, year: int) -> dict:
    """What ``education/_below.html`` shows: the bodies the user may read that held fewer
    collective study sessions in ``year`` than the minimum, a page at a time."""
    below = queries.below_study_minimum(scope_of(request.user).organisations(Purpose.READ), year)
    return {
        "below": paged(request, below.order_by("sort_order", "id"), param="below"),
        "year": year,
        "minimum": rules.study_minimum(),
    }


@login_required
def records(request, kind: str):
    spec = _page(kind)
    form, found = _filtered(request, spec)
    page = paged(request, found)
    detail = DETAIL_URLS.get(kind)
    rows = [
        (
            reverse(detail, args=[record.pk]) if detail else None,
            [getter(record) for _h, getter in spec.columns],
        )
        for record in page
    ]
    context = {
        "kind": kind,
        "spec": spec,
        "form": form,
        "page": page,
        "rows": rows,
        "headers": [header for header, _g in spec.columns],
        "can_edit": _may_edit(request.user),
    }
    if kind == "study":
        year = (form.cleaned_data.get("year") if form.is_valid() else None) or local_today().year
        context.update(_below_minimum(request, year))
    return render(request, "education/records.html", context)


@login_required
def export(request, kind: str):
    spec = _page(kind)
    _form, found = _filtered(request, spec)
    rows = ([getter(record) for _h, getter in spec.columns] for record in found.iterator(chunk_size=500))
    return xlsx_response(spec.filename, str(spec.title), [str(header) for header, _g in spec.columns], rows)


@login_required
@require_http_methods(["GET", "POST"])
def create(request, kind: str):
    spec = _page(kind)
    if not _may_edit(request.user):
        raise PermissionDenied(_("You may not add these records."))
    form = spec.form(
        request.POST if request.method == "POST" else None, request.FILES or None, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        proxy_reason = pop_proxy_reason(data)
        try:
            record = spec.action(request.user, data.pop("organisation"), proxy_reason=proxy_reason, **data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Saved."))
            detail = DETAIL_URLS.get(kind)
            return redirect(reverse(detail, args=[record.pk]) if detail else reverse(f"education:{kind}"))
    return render(request, "core/form.html", {"form": form, "title": spec.new_title})


# Fields an edit form leaves out: the unit is the record's, and proxy entry is the original one.
_NOT_EDITED = ("organisation", "proxy", "proxy_reason")


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, kind: str, pk: int):
    """The unit edits its record (the office what it entered for the unit), as typed if refused."""
    spec = _page(kind)
    if spec.model not in actions_edit.CREATORS:
        raise Http404
    found = get_visible_or_404(
        spec.model.objects.select_related("organisation"), request.user, Purpose.EDIT, pk=pk
    )
    if not actions_edit.may_edit(request.user, found):
        raise PermissionDenied(
            _("Only the unit edits its records; the office edits only what it entered for the unit.")
        )
    # The form validates a copy, so the record keeps its stored values for the action to compare.
    form = spec.form(
        request.POST if request.method == "POST" else None,
        request.FILES or None,
        instance=spec.model.objects.get(pk=found.pk),
        user=request.user,
    )
    for name in _NOT_EDITED:
        form.fields.pop(name, None)
    add_version_field(add_form_token(form), found)
    if request.method == "POST" and form.is_valid():
        edited_version(form, found)
        try:
            submit_once(form, lambda: actions_edit.edit_record(request.user, found, **form.cleaned_data))
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Saved."))
            return redirect(found.get_absolute_url())
    return render(
        request,
        "core/form.html",
        {"form": form, "title": _("Edit %(record)s") % {"record": found}, "back": found},
    )


@login_required
@require_http_methods(["GET", "POST"])
def import_records(request, kind: str):
    if kind not in IMPORTERS:
        raise Http404
    if not _may_edit(request.user):
        raise PermissionDenied(_("You may not import these records."))
    return import_page(
        request,
        IMPORTERS[kind](request.user),
        template="education/import.html",
        done_message=_("%(n)d rows imported."),
        done_url=f"education:{kind}",
        context={"kind": kind, "spec": PAGES[kind]},
        proxy=True,
    )


@login_required
def import_template(request, kind: str):
    if kind not in IMPORTERS:
        raise Http404
    return xlsx_file_response(
        f"{PAGES[kind].filename[:-5]}导入模板.xlsx", IMPORTERS[kind](request.user).template()
    )


# Records on the shared record page ---------------------------------------------

# Fields a record page leaves out: bookkeeping, and the unit (shown as the crumb's subject).
_NOT_SHOWN = {"id", "created_at", "updated_at", "organisation", "version"}


def _facts(record) -> list[tuple[str, object]]:
    """Each field of ``record`` with its Chinese label and the value as the user reads it."""
    facts = []
    for field in record._meta.concrete_fields:
        if field.name in _NOT_SHOWN:
            continue
        if field.choices:
            value = getattr(record, f"get_{field.name}_display")()
        else:
            value = getattr(record, field.name)
        facts.append((str(field.verbose_name), value))
    return facts


@login_required
def record(request, kind: str, pk: int):
    spec = _page(kind)
    if kind in OWN_PAGES:
        raise Http404
    found = get_visible_or_404(spec.model.objects.select_related("organisation"), request.user, pk=pk)
    return render(
        request,
        "education/record.html",
        {
            "kind": kind,
            "spec": spec,
            "record": found,
            "facts": _facts(found),
            "may_edit": actions_edit.may_edit(request.user, found),
            "events": event_rows(request, queries.events_of(found)),
            "history": history_rows(request, found),
        },
    )


# Records with pages of their own ---------------------------------------------


@login_required
def session(request, pk: int):
    study_session = get_visible_or_404(
        StudySession.objects.select_related("organisation", "planned_topic"), request.user, pk=pk
    )
    return render(
        request,
        "education/session.html",
        {
            "session": study_session,
            "may_edit": actions_edit.may_edit(request.user, study_session),
            "events": event_rows(request, queries.events_of(study_session)),
            "history": history_rows(request, study_session),
        },
    )


def _confirm_rating(request, found, *, title):
    """The office's rating cannot be undone: it is confirmed once more before it is saved."""
    rating = dict(Rating.choices).get(request.POST.get("rating", ""), "")
    return render(
        request,
        "core/confirm.html",
        {
            "title": title,
            "back": found,
            "consequences": [
                _("The rating “%(rating)s” is saved with the text below and cannot be changed afterwards.")
                % {"rating": rating},
                request.POST.get("note", ""),
            ],
            "button": title,
            "hidden": {name: request.POST.get(name, "") for name in ("rating", "note", "on")},
        },
    )


def _report(request, pk):
    return get_visible_or_404(
        AccountabilityReport.objects.select_related("organisation"), request.user, pk=pk
    )


@login_required
@require_http_methods(["GET", "POST"])
def report(request, pk: int):
    found = _report(request, pk)
    may_evaluate = bool(
        REPORT_WORKFLOW.available(request.user, state=found.status, organisation=found.organisation)
    )
    form = forms.RatingForm(request.POST if request.method == "POST" else None) if may_evaluate else None
    if request.method == "POST":
        if form is None:
            raise PermissionDenied(_("You may read this report but not evaluate it."))
        if form.is_valid() and not is_confirmed(request):
            return _confirm_rating(request, found, title=_("Evaluate the report"))
        if form.is_valid():
            data = form.cleaned_data
            try:
                actions.evaluate_report(
                    request.user,
                    found,
                    rating=data["rating"],
                    evaluation=data["note"],
                    evaluated_on=data["on"],
                )
            except ActionRefused as refusal:
                add_refusal(form, refusal)
            else:
                messages.success(request, _("Saved."))
                return redirect(found)
    return render(
        request,
        "education/report.html",
        {
            "report": found,
            "form": form,
            "events": event_rows(request, found.events),
            "history": history_rows(request, found),
        },
    )


@login_required
def report_file(request, pk: int):
    found = _report(request, pk)
    extension = found.text_file.name.rsplit(".", 1)[-1] if "." in found.text_file.name else "txt"
    return private_file_response(found.text_file, f"述法报告-{found.reporter}-{found.year}.{extension}")


def _list(request, pk):
    return get_visible_or_404(ResponsibilityList.objects.select_related("organisation"), request.user, pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def responsibility_list(request, pk: int):
    found = _list(request, pk)
    steps = {
        t.name
        for t in LIST_WORKFLOW.available(request.user, state=found.status, organisation=found.organisation)
    }
    form = forms.RatingForm(request.POST if request.method == "POST" else None) if "review" in steps else None
    if request.method == "POST":
        if form is None:
            raise PermissionDenied(_("You may read this list but not review it."))
        if form.is_valid() and not is_confirmed(request):
            return _confirm_rating(request, found, title=_("Review the list"))
        if form.is_valid():
            data = form.cleaned_data
            try:
                actions.review_list(
                    request.user,
                    found,
                    rating=data["rating"],
                    review_result=data["note"],
                    reviewed_on=data["on"],
                )
            except ActionRefused as refusal:
                add_refusal(form, refusal)
            else:
                messages.success(request, _("Saved."))
                return redirect(found)
    return render(
        request,
        "education/list.html",
        {
            "list": found,
            "form": form,
            "may_publish": "publish" in steps,
            "proxy": not acts_for_unit(request.user, found.organisation),
            "events": event_rows(request, found.events),
            "history": history_rows(request, found),
        },
    )


@login_required
@require_POST
def publish_list(request, pk: int):
    found = _list(request, pk)
    if not can(request.user, Purpose.EDIT, found.organisation):
        raise PermissionDenied(_("You may read this list but not change it."))
    proxy_reason = request.POST.get("proxy_reason", "")
    if not is_confirmed(request):
        return render(
            request,
            "core/confirm.html",
            {
                "title": _("Publish the list"),
                "back": found,
                "consequences": [_("The list is shown on the public portal and cannot be withdrawn.")],
                "button": _("Publish the list"),
                "hidden": {"proxy_reason": proxy_reason},
            },
        )
    try:
        actions.publish_list(request.user, found, proxy_reason=proxy_reason)
    except ActionRefused as refusal:
        message_refusal(request, refusal)
    else:
        messages.success(request, _("Published."))
    return redirect(found)


@login_required
@require_http_methods(["GET", "POST"])
def school(request, pk: int):
    found = get_visible_or_404(School.objects.select_related("organisation"), request.user, pk=pk)
    may_edit = can(request.user, Purpose.EDIT, found.organisation)
    form = (
        forms.VicePrincipalForm(request.POST if request.method == "POST" else None, user=request.user)
        if may_edit
        else None
    )
    if request.method == "POST":
        if form is None:
            raise PermissionDenied(_("You may read this school but not change it."))
        if form.is_valid():
            data = dict(form.cleaned_data)
            proxy_reason = pop_proxy_reason(data)
            try:
                actions.appoint_vice_principal(request.user, found, proxy_reason=proxy_reason, **data)
            except ActionRefused as refusal:
                add_refusal(form, refusal)
            else:
                messages.success(request, _("Saved."))
                return redirect("education:school", pk=found.pk)
    vice_principals = list(found.vice_principals.all())
    return render(
        request,
        "education/school.html",
        {
            "school": found,
            "form": form,
            "vice_principals": vice_principals,
            "events": event_rows(request, queries.events_of(found, *vice_principals)),
            "history": history_rows(request, found),
        },
    )
