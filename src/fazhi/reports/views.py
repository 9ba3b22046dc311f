"""The office's pages: drafts of the region's own report, one draft with its read-back, templates."""

from __future__ import annotations

import difflib

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from fazhi.catalog import indicators as catalog
from fazhi.catalog import regions
from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import local_today
from fazhi.core.exports import content_disposition
from fazhi.core.formatting import DOCX_CONTENT_TYPE
from fazhi.core.pages import add_refusal, message_refusal, paged
from fazhi.core.scoping import Purpose, scope_of
from fazhi.org.models import OrganisationKind
from fazhi.org.offices import office_for
from fazhi.reports import actions, rules, wording
from fazhi.reports.compose import templates as region_templates
from fazhi.reports.models import DraftEdit, Part, ReportDraft, ReportTemplate
from fazhi.reports.readback import read_back


class NewDraftForm(forms.Form):
    year = forms.IntegerField(label=gettext_lazy("Year reported on"), min_value=2000, max_value=2100)


class PartForm(forms.Form):
    text = forms.CharField(label=gettext_lazy("Text"), widget=forms.Textarea(attrs={"rows": 10}))


class TemplateForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("Template text"), required=False, widget=forms.Textarea(attrs={"rows": 8})
    )


def _region_of(user) -> str:
    office = office_for(user)
    if office is not None:
        return office.region_code
    government = (
        scope_of(user).organisations(Purpose.SIGN_OFF).filter(kind=OrganisationKind.GOVERNMENT).first()
    )
    if government is None:
        raise PermissionDenied(_("Only the office and the government's leaders read this report."))
    return government.region_code


def _draft(user, pk: int) -> ReportDraft:
    draft = get_object_or_404(ReportDraft, pk=pk)
    if not rules.may_read(user, draft.region_code):
        raise Http404
    return draft


@login_required
@require_http_methods(["GET", "POST"])
def index(request):
    region_code = _region_of(request.user)
    may_draft = rules.may_draft(request.user, region_code)
    year = request.GET.get("year", "")
    initial = {"year": int(year) if year.isdigit() else local_today().year - 1}
    form = NewDraftForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST":
        rules.require_draft(request.user, region_code)
        if form.is_valid():
            try:
                draft = actions.create_draft(
                    request.user, region_code=region_code, year=form.cleaned_data["year"]
                )
            except ActionRefused as refusal:
                add_refusal(form, refusal)
            else:
                return redirect(draft)
    drafts = ReportDraft.objects.filter(region_code=region_code).select_related("created_by")
    page = paged(request, drafts)
    return render(
        request,
        "reports/index.html",
        {"page": page, "form": form, "may_draft": may_draft, "region": regions.get(region_code)},
    )


def diff_pieces(before: str, after: str) -> list[tuple[str, str]]:
    """(kind, text) pieces, kind one of same / removed / added, character by character."""
    pieces = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(("same", before[a0:a1]))
            continue
        if a1 > a0:
            pieces.append(("removed", before[a0:a1]))
        if b1 > b0:
            pieces.append(("added", after[b0:b1]))
    return pieces


def linked_segments(text: str, figures) -> list[tuple[str, object]]:
    """The part's text cut into (text, figure or None) pieces, so each figure links to its values."""
    pieces: list[tuple[str, object]] = []
    position = 0
    for figure in sorted(figures, key=lambda f: text.find(f.written)):
        start = text.find(figure.written, position)
        if start < 0:
            continue
        pieces.append((text[position:start], None))
        pieces.append((figure.written, figure))
        position = start + len(figure.written)
    pieces.append((text[position:], None))
    return [piece for piece in pieces if piece[0]]


def omitted_rows(draft: ReportDraft) -> list[dict]:
    """The sentences left out for want of a value, named for the office."""
    labels = dict(Part.choices)
    rows = []
    for row in draft.omitted or []:
        indicator = catalog.get(row.get("code", ""))
        rows.append(
            {
                "code": row.get("code", ""),
                "name": indicator.name if indicator else row.get("code", ""),
                "part_label": labels.get(row.get("part"), ""),
            }
        )
    return rows


@login_required
def draft_page(request, pk: int):
    draft = _draft(request.user, pk)
    result = read_back(draft)
    parts = list(draft.parts.all())
    figures = list(draft.figures.all())
    edits = [
        {"edit": edit, "diff": diff_pieces(edit.before, edit.after)}
        for edit in DraftEdit.objects.filter(part__draft=draft).select_related("part", "edited_by")
    ]
    versions = ReportDraft.objects.filter(region_code=draft.region_code, year=draft.year)
    return render(
        request,
        "reports/draft.html",
        {
            "draft": draft,
            "parts": [
                {
                    "part": part,
                    "segments": linked_segments(part.text, [f for f in figures if f.part == part.part]),
                }
                for part in parts
            ],
            "figures": figures,
            "result": result,
            "edits": edits,
            "versions": versions,
            "may_draft": rules.may_draft(request.user, draft.region_code),
            "omitted": omitted_rows(draft),
            "year": draft.year,
            "placeholders": sum(part.text.count(wording.PLACEHOLDER_MARK) for part in parts),
        },
    )


@login_required
@require_POST
def edit_part(request, pk: int, part: str):
    draft = _draft(request.user, pk)
    if part not in Part.values:
        raise Http404
    form = PartForm(request.POST)
    if form.is_valid():
        try:
            actions.edit_part(request.user, draft, part, text=form.cleaned_data["text"])
        except ActionRefused as refusal:
            message_refusal(request, refusal)
        else:
            messages.success(request, _("The part is saved and read back."))
    else:
        messages.error(request, _("A part of the report cannot be empty."))
    return redirect(f"{draft.get_absolute_url()}#part-{part}")


@login_required
def download(request, pk: int):
    draft = _draft(request.user, pk)
    try:
        data, name = actions.clean_docx(request.user, draft)
    except ActionRefused as refusal:
        message_refusal(request, refusal)
        return redirect(draft)
    response = HttpResponse(data, content_type=DOCX_CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition(name)
    return response


@login_required
@require_POST
def file_draft(request, pk: int):
    draft = _draft(request.user, pk)
    try:
        filing = actions.file_draft(request.user, draft)
    except ActionRefused as refusal:
        message_refusal(request, refusal)
        return redirect(draft)
    messages.success(request, _("Filed as the government's own report; its leader signs it off there."))
    return redirect(filing)


@login_required
def template_list(request):
    region_code = _region_of(request.user)
    rules.require_draft(request.user, region_code)
    texts = region_templates(region_code)
    stored = {t.key: t for t in ReportTemplate.objects.filter(region_code=region_code)}
    rows = [{"key": key, "text": texts[key], "stored": stored.get(key)} for key in wording.KEY_ORDER]
    return render(request, "reports/templates.html", {"rows": rows, "region": regions.get(region_code)})


@login_required
@require_http_methods(["GET", "POST"])
def template_edit(request, key: str):
    region_code = _region_of(request.user)
    rules.require_draft(request.user, region_code)
    if key not in wording.DEFAULTS:
        raise Http404
    template = ReportTemplate.objects.filter(region_code=region_code, key=key).first()
    initial = template.text if template else wording.DEFAULTS[key]
    form = TemplateForm(request.POST if request.method == "POST" else None, initial={"text": initial})
    if request.method == "POST" and form.is_valid():
        try:
            actions.edit_template(request.user, region_code, key, text=form.cleaned_data["text"])
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("The template is saved."))
            return redirect("reports:templates")
    history = paged(request, template.history.all(), param="versions") if template else []
    return render(request, "reports/template_edit.html", {"form": form, "key": key, "history": history})
