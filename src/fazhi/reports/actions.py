"""Every change to drafts and templates: who may (``rules``), the change and a ``ReportEvent``."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused, attribute_to, record_event
from fazhi.core.scoping import Actor
from fazhi.filings import actions as filing_actions
from fazhi.filings.models import FilingSeason
from fazhi.indicators.regional import government_of
from fazhi.reports import rules
from fazhi.reports.compose import compose
from fazhi.reports.document import draft_docx, file_name
from fazhi.reports.models import (
    DraftEdit,
    DraftFigure,
    DraftPart,
    DraftState,
    ReportDraft,
    ReportEvent,
    ReportTemplate,
)
from fazhi.reports.readback import read_back


def _store_reading(draft: ReportDraft):
    result = read_back(draft)
    draft.reading = {"clean": result.clean, "problems": result.problems, "reading": result.reading}
    draft.save(update_fields=["reading", "updated_at"])
    return result


def create_draft(actor: Actor, *, region_code: str, year: int, system: bool = False) -> ReportDraft:
    """Draft the region's report for ``year`` from live data; a new version each time.

    ``system`` is the command line's run (``fazhi report draft``), which has no login.
    """
    rules.check_region_and_year(region_code, year)
    if not system:
        rules.require_draft(actor, region_code)
    composed = compose(region_code, year)
    with transaction.atomic():
        latest = ReportDraft.objects.select_for_update().filter(region_code=region_code, year=year)
        version = (latest.aggregate(n=Max("version"))["n"] or 0) + 1
        draft = ReportDraft(
            region_code=region_code,
            year=year,
            version=version,
            title=composed.title,
            issuer=composed.issuer,
            opening=composed.opening,
            omitted=composed.omitted,
            created_by=actor if getattr(actor, "pk", None) else None,
        )
        attribute_to(actor, draft)
        draft.save()
        for order, part in enumerate(composed.parts):
            DraftPart.objects.create(
                draft=draft, part=part.part, order=order, heading=part.heading, text=part.text
            )
        DraftFigure.objects.bulk_create(
            DraftFigure(
                draft=draft,
                part=part,
                code=figure.code,
                value=figure.value,
                unit=figure.unit,
                previous=figure.previous,
                written=figure.written,
                source=figure.source[:300],
                value_ids=list(figure.value_ids),
            )
            for part, figure in composed.figures
        )
        result = _store_reading(draft)
        record_event(
            ReportEvent,
            actor=actor if getattr(actor, "pk", None) else None,
            verb="draft",
            draft=draft,
            data={"version": version, "figures": len(composed.figures), "clean": result.clean},
        )
    return draft


def edit_part(actor: Actor, draft: ReportDraft, part: str, *, text: str) -> DraftPart:
    rules.require_draft(actor, draft.region_code)
    if draft.state != DraftState.DRAFT:
        raise ActionRefused(_("A filed draft is not edited: draft a new version."))
    text = text.replace("\r\n", "\n").strip()
    rules.check_part_text(text)
    with transaction.atomic():
        row = DraftPart.objects.select_for_update().get(draft=draft, part=part)
        if row.text == text:
            return row
        DraftEdit.objects.create(part=row, edited_by=actor, before=row.text, after=text)
        row.text = text
        attribute_to(actor, row)
        row.save()
        result = _store_reading(draft)
        record_event(
            ReportEvent, actor=actor, verb="edit", draft=draft, data={"part": part, "clean": result.clean}
        )
    return row


def edit_template(actor: Actor, region_code: str, key: str, *, text: str) -> ReportTemplate:
    rules.require_draft(actor, region_code)
    text = text.replace("\r\n", "\n").strip()
    rules.check_template(key, text)
    with transaction.atomic():
        template = ReportTemplate.objects.select_for_update().filter(region_code=region_code, key=key).first()
        if template is None:
            template = ReportTemplate(region_code=region_code, key=key, text=text, version=1)
        elif template.text == text:
            return template
        else:
            template.text = text
            template.version += 1
        attribute_to(actor, template)
        template.save()
        record_event(
            ReportEvent,
            actor=actor,
            verb="edit_template",
            template=template,
            data={"version": template.version},
        )
    return template


def clean_docx(
    actor: Actor, draft: ReportDraft, *, system: bool = False, evaluators: bool = False
) -> tuple[bytes, str]:
    """The Word file, only when the read-back is clean (``evaluators``: the API's readers)."""
    if not system and not rules.may_read(actor, draft.region_code, evaluators=evaluators):
        raise PermissionDenied(_("Only the office and the government's leaders read this report."))
    result = read_back(draft)
    if not result.clean:
        raise ActionRefused(
            _("The read-back is not clean, so the report cannot be exported yet: %(problems)s")
            % {"problems": "；".join(result.problems)}
        )
    data = draft_docx(draft)
    with transaction.atomic():
        record_event(
            ReportEvent,
            actor=actor if getattr(actor, "pk", None) else None,
            verb="export",
            draft=draft,
            data={},
        )
    return data, file_name(draft)


def file_draft(actor: Actor, draft: ReportDraft):
    """File the clean draft into the year's filing season as the government's own report.

    It goes through filings' own upload action, as the office's entry on the government's
    behalf (代为录入) with its reason; the government's leader then signs it off there.
    """
    rules.require_draft(actor, draft.region_code)
    if draft.state == DraftState.FILED:
        raise ActionRefused(_("This draft is filed already."))
    season = FilingSeason.objects.filter(region_code=draft.region_code, year=draft.year).first()
    if season is None:
        raise ActionRefused(
            _("There is no filing season for %(year)d in this region.") % {"year": draft.year}
        )
    government = government_of(draft.region_code)
    if government is None:
        raise ActionRefused(_("The region has no government organisation."))
    data, name = clean_docx(actor, draft)
    with transaction.atomic():
        filing = filing_actions.upload_report(
            actor,
            season,
            government,
            data=data,
            name=name,
            kind="docx",
            proxy_reason=_("Drafted by the rule-of-law office from the platform's data (draft %(version)d).")
            % {"version": draft.version},
        )
        draft.state = DraftState.FILED
        draft.filing_id = filing.pk
        attribute_to(actor, draft)
        draft.save(update_fields=["state", "filing_id", "updated_at"])
        record_event(ReportEvent, actor=actor, verb="file", draft=draft, data={"filing": filing.pk})
    return filing
