"""Every change to the study and legal-education records goes through here."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from fazhi import reading
from fazhi.core.actions import ActionRefused, attribute_to, record_event
from fazhi.core.deadlines import local_today
from fazhi.core.duties import require_note, unit_step
from fazhi.core.scoping import Actor
from fazhi.core.uploads import check_upload, upload_name
from fazhi.education import rules
from fazhi.education.models import (
    LIST_WORKFLOW,
    REPORT_WORKFLOW,
    AccountabilityReport,
    Activity,
    CaseExplanation,
    DemonstrationSite,
    EducationEvent,
    LawExam,
    Material,
    OathCeremony,
    ResponsibilityList,
    School,
    StudySession,
    StudyTopic,
    VicePrincipal,
)
from fazhi.org.models import Organisation

REPORT_KINDS = ("docx", "pdf", "txt", "html")


def _save(
    actor: Actor,
    record,
    proxy: dict,
    *,
    organisation: Organisation,
    verb="create",
    note="",
    editing=None,
    **subject,
):
    """Validate and save a new record of the unit with its event row, in one transaction.

    ``editing`` is the stored record a creator's checked fields go onto instead (``actions_edit``):
    it is saved at the version its form showed, and the event row (``edit``) names what changed.
    """
    if editing is not None:
        record.pk, record._state.adding = editing.pk, False  # its own row is no duplicate of it
    record.full_clean()
    changed = {}
    if editing is not None:
        changed = _changed_fields(editing, record)
        for name in changed:
            setattr(editing, name, getattr(record, name))
        record, verb = editing, "edit"
    with transaction.atomic():
        attribute_to(actor, record)
        record.save()
        data = {"record": record._meta.model_name, "id": record.pk, **proxy}
        if changed:
            data["changed"] = changed
        record_event(
            EducationEvent, actor=actor, verb=verb, note=note, data=data, organisation=organisation, **subject
        )
    return record


def _changed_fields(stored, checked) -> dict[str, list[str]]:
    """The editable fields whose value differs: {name: [before, after]} as text (the edit's event row)."""
    changed = {}
    for field in stored._meta.concrete_fields:
        if field.primary_key or field.name in {"organisation", "version", "created_at", "updated_at"}:
            continue
        before, after = getattr(stored, field.attname), getattr(checked, field.attname)
        if before != after:
            changed[field.name] = [
                str(before if before is not None else ""),
                str(after if after is not None else ""),
            ]
    return changed


# Leaders' study --------------------------------------------------------------


def plan_topic(
    actor: Actor,
    organisation: Organisation,
    *,
    year: int,
    topic: str,
    month: int | None = None,
    proxy_reason="",
    editing=None,
) -> StudyTopic:
    proxy = unit_step(actor, organisation, step=_("plan study topics"), proxy_reason=proxy_reason)
    rules.check_year(year)
    topic = rules.check_text(topic, "topic", _("Write the topic."))
    if month is not None and not 1 <= month <= 12:
        raise ActionRefused(_("A month is 1 to 12."), field="month")
    record = StudyTopic(organisation=organisation, year=year, month=month, topic=topic)
    return _save(actor, record, proxy, organisation=organisation, note=topic, editing=editing)


def record_study_session(
    actor: Actor,
    organisation: Organisation,
    *,
    kind: str,
    held_on: dt.date,
    topic: str,
    speaker: str,
    attendees: str = "",
    attendee_count: int = 0,
    materials: str = "",
    planned_topic: StudyTopic | None = None,
    proxy_reason: str = "",
    editing=None,
) -> StudySession:
    proxy = unit_step(actor, organisation, step=_("record a study session"), proxy_reason=proxy_reason)
    rules.check_held(held_on)
    topic = rules.check_text(topic, "topic", _("Write the topic."))
    speaker = rules.check_text(speaker, "speaker", _("Name the speaker."))
    if planned_topic is not None and planned_topic.organisation_id != organisation.pk:
        raise ActionRefused(_("The planned topic belongs to another unit's plan."), field="planned_topic")
    names = [line.strip() for line in (attendees or "").splitlines() if line.strip()]
    record = StudySession(
        organisation=organisation,
        kind=kind,
        held_on=held_on,
        topic=topic,
        speaker=speaker,
        attendees="\n".join(names),
        # The attendance list may be a summary (区政府领导班子成员): the count typed wins when larger.
        attendee_count=max(attendee_count or 0, len(names)),
        materials=(materials or "").strip(),
        planned_topic=planned_topic,
    )
    return _save(actor, record, proxy, organisation=organisation, note=topic, editing=editing)


# Exams and the oath ----------------------------------------------------------


def record_exam(
    actor: Actor,
    organisation: Organisation,
    *,
    kind: str,
    held_on: dt.date,
    title: str,
    takers: int,
    passed: int,
    proxy_reason: str = "",
    editing=None,
) -> LawExam:
    proxy = unit_step(actor, organisation, step=_("record a law exam"), proxy_reason=proxy_reason)
    rules.check_held(held_on)
    title = rules.check_text(title, "title", _("Write the title."))
    rules.check_exam_results(takers, passed)
    record = LawExam(
        organisation=organisation, kind=kind, held_on=held_on, title=title, takers=takers, passed=passed
    )
    return _save(actor, record, proxy, organisation=organisation, note=title, editing=editing)


def record_oath(
    actor: Actor,
    organisation: Organisation,
    *,
    held_on: dt.date,
    presided_by: str,
    swearers: str,
    proxy_reason: str = "",
    editing=None,
) -> OathCeremony:
    proxy = unit_step(actor, organisation, step=_("record an oath ceremony"), proxy_reason=proxy_reason)
    rules.check_held(held_on)
    presided_by = rules.check_text(presided_by, "presided_by", _("Name who presided."))
    names = rules.swearer_names(swearers)
    record = OathCeremony(
        organisation=organisation,
        held_on=held_on,
        presided_by=presided_by,
        swearers="\n".join(names),
        swearer_count=len(names),
    )
    return _save(actor, record, proxy, organisation=organisation, editing=editing)


# 述法 --------------------------------------------------------------------------


def read_duties_part(data: bytes, name: str) -> tuple[str, str, str, str]:
    """The report's text and what the reading engine's part detector says of its
    first-responsible-person part (section | mentioned | absent), with the heading found
    and the line of the text it rests on (what the evaluator checks the verdict against)."""
    try:
        found = reading.read(data, name=name)
    except reading.ReadingError as error:
        raise ActionRefused(error.message, field="text_file") from None
    part = found.elements.get("first_responsible")
    if part is None:
        return found.text, "", "", ""
    evidence = part.evidence.text.strip() if part.evidence else ""
    return found.text, part.status, part.heading or "", evidence


def submit_report(
    actor: Actor,
    organisation: Organisation,
    *,
    year: int,
    reporter: str,
    position: str,
    reported_on: dt.date,
    text_file,
    proxy_reason: str = "",
) -> AccountabilityReport:
    proxy = unit_step(
        actor, organisation, step=_("submit an accountability report"), proxy_reason=proxy_reason
    )
    rules.check_year(year)
    rules.check_held(reported_on, field="reported_on")
    reporter = rules.check_text(reporter, "reporter", _("Name who reported."))
    position = rules.check_text(position, "position", _("Give the reporter's position."))
    try:
        check_upload(text_file, kinds=REPORT_KINDS)
    except ValidationError as error:
        raise ActionRefused(error.messages[0], field="text_file") from None
    text_file.seek(0)
    text, part, heading, evidence = read_duties_part(text_file.read(), text_file.name)
    text_file.seek(0)
    report = AccountabilityReport(
        organisation=organisation,
        year=year,
        reporter=reporter,
        position=position,
        reported_on=reported_on,
        text=text,
        duties_part=part,
        duties_heading=heading[:200],
        duties_evidence=evidence[:500],
    )
    with transaction.atomic():
        report.text_file.save(upload_name(organisation, text_file.name), text_file, save=False)
        _save(actor, report, proxy, organisation=organisation, verb="submit", report=report)
    return report


def evaluate_report(
    actor: Actor, report: AccountabilityReport, *, rating: str, evaluation: str, evaluated_on=None
) -> AccountabilityReport:
    step = REPORT_WORKFLOW.check(
        actor, "evaluate", state=report.status, organisation=report.organisation, events=report.events.all()
    )
    if not rating:
        raise ActionRefused(_("Choose a rating."), field="rating")
    evaluation = require_note(evaluation, str(step.label), field="evaluation")
    evaluated_on = evaluated_on or local_today()
    rules.check_held(evaluated_on, field="evaluated_on")
    with transaction.atomic():
        report.status = step.target
        report.rating = rating
        report.evaluation = evaluation
        report.evaluated_on = evaluated_on
        attribute_to(actor, report)
        report.save()
        record_event(
            EducationEvent,
            actor=actor,
            verb=step.name,
            note=evaluation,
            data={"rating": rating},
            organisation=report.organisation,
            report=report,
        )
    return report


# 谁执法谁普法 ------------------------------------------------------------------


def draft_list(
    actor: Actor, organisation: Organisation, *, year: int, items: str, proxy_reason: str = ""
) -> ResponsibilityList:
    proxy = unit_step(actor, organisation, step=_("draw up a responsibility list"), proxy_reason=proxy_reason)
    rules.check_year(year)
    items = rules.check_text(items, "items", _("List what the unit explains to whom."))
    if ResponsibilityList.objects.filter(organisation=organisation, year=year).exists():
        raise ActionRefused(_("The unit has a list for this year already."), field="year")
    record = ResponsibilityList(organisation=organisation, year=year, items=items)
    return _save(actor, record, proxy, organisation=organisation)


def _list_step(actor, responsibility_list, name, *, proxy_reason="", **changes):
    step = LIST_WORKFLOW.check(
        actor,
        name,
        state=responsibility_list.status,
        organisation=responsibility_list.organisation,
        proxy_reason=proxy_reason,
        events=responsibility_list.events.all(),
    )
    with transaction.atomic():
        responsibility_list.status = step.target
        for field, value in changes.items():
            setattr(responsibility_list, field, value)
        attribute_to(actor, responsibility_list)
        responsibility_list.save()
        record_event(
            EducationEvent,
            actor=actor,
            verb=step.name,
            note=changes.get("review_result", ""),
            data={"rating": changes["rating"]} if "rating" in changes else step.data,
            organisation=responsibility_list.organisation,
            responsibility_list=responsibility_list,
        )
    return responsibility_list


def publish_list(
    actor: Actor, responsibility_list: ResponsibilityList, *, published_on=None, proxy_reason: str = ""
) -> ResponsibilityList:
    published_on = published_on or local_today()
    rules.check_held(published_on, field="published_on")
    return _list_step(
        actor, responsibility_list, "publish", proxy_reason=proxy_reason, published_on=published_on
    )


def review_list(
    actor: Actor,
    responsibility_list: ResponsibilityList,
    *,
    rating: str,
    review_result: str,
    reviewed_on=None,
) -> ResponsibilityList:
    LIST_WORKFLOW.check(
        actor,
        "review",
        state=responsibility_list.status,
        organisation=responsibility_list.organisation,
        events=responsibility_list.events.all(),
    )
    rules.check_review(rating, review_result)
    reviewed_on = reviewed_on or local_today()
    rules.check_held(reviewed_on, field="reviewed_on")
    return _list_step(
        actor,
        responsibility_list,
        "review",
        rating=rating,
        review_result=review_result.strip(),
        reviewed_on=reviewed_on,
    )


def record_case(
    actor: Actor,
    organisation: Organisation,
    *,
    held_on: dt.date,
    case_title: str,
    lesson: str,
    audience: str,
    proxy_reason: str = "",
    editing=None,
) -> CaseExplanation:
    proxy = unit_step(actor, organisation, step=_("record a case explained"), proxy_reason=proxy_reason)
    rules.check_held(held_on)
    record = CaseExplanation(
        organisation=organisation,
        held_on=held_on,
        case_title=rules.check_text(case_title, "case_title", _("Name the case.")),
        lesson=rules.check_text(lesson, "lesson", _("Say what the case explains.")),
        audience=rules.check_text(audience, "audience", _("Say who the audience was.")),
    )
    return _save(actor, record, proxy, organisation=organisation, note=record.case_title, editing=editing)


# Events and places -----------------------------------------------------------


def record_activity(
    actor: Actor,
    organisation: Organisation,
    *,
    kind: str,
    held_on: dt.date,
    title: str,
    place: str,
    audience: str,
    reached: int = 0,
    proxy_reason: str = "",
    editing=None,
) -> Activity:
    proxy = unit_step(
        actor, organisation, step=_("record a legal-education event"), proxy_reason=proxy_reason
    )
    rules.check_held(held_on)
    if reached is not None and reached < 0:
        raise ActionRefused(_("The number reached cannot be negative."), field="reached")
    record = Activity(
        organisation=organisation,
        kind=kind,
        held_on=held_on,
        title=rules.check_text(title, "title", _("Write the title.")),
        place=rules.check_text(place, "place", _("Say where it took place.")),
        audience=rules.check_text(audience, "audience", _("Say who the audience was.")),
        reached=reached or 0,
    )
    return _save(actor, record, proxy, organisation=organisation, note=record.title, editing=editing)


def record_material(
    actor: Actor,
    organisation: Organisation,
    *,
    form: str,
    title: str,
    issued_on: dt.date,
    copies: int,
    proxy_reason: str = "",
    editing=None,
) -> Material:
    proxy = unit_step(
        actor, organisation, step=_("record legal-education material"), proxy_reason=proxy_reason
    )
    rules.check_held(issued_on, field="issued_on")
    if copies < 1:
        raise ActionRefused(_("The quantity is at least 1."), field="copies")
    record = Material(
        organisation=organisation,
        form=form,
        title=rules.check_text(title, "title", _("Write the title.")),
        issued_on=issued_on,
        copies=copies,
    )
    return _save(actor, record, proxy, organisation=organisation, note=record.title, editing=editing)


def name_site(
    actor: Actor,
    organisation: Organisation,
    *,
    name: str,
    kind: str,
    level: str,
    year: int,
    proxy_reason: str = "",
    editing=None,
) -> DemonstrationSite:
    proxy = unit_step(actor, organisation, step=_("record a demonstration site"), proxy_reason=proxy_reason)
    rules.check_year(year)
    if year > local_today().year:
        raise ActionRefused(_("The year cannot be in the future."), field="year")
    name = rules.check_text(name, "name", _("Write the name."))
    if (
        DemonstrationSite.objects.filter(name=name, level=level)
        .exclude(pk=getattr(editing, "pk", None))
        .exists()
    ):
        raise ActionRefused(_("This village or community holds this title already."), field="name")
    record = DemonstrationSite(organisation=organisation, name=name, kind=kind, level=level, year=year)
    return _save(actor, record, proxy, organisation=organisation, note=name, editing=editing)


def add_school(actor: Actor, organisation: Organisation, *, name: str, proxy_reason: str = "") -> School:
    proxy = unit_step(actor, organisation, step=_("add a school"), proxy_reason=proxy_reason)
    name = rules.check_text(name, "name", _("Write the name."))
    if School.objects.filter(organisation=organisation, name=name).exists():
        raise ActionRefused(_("The unit lists this school already."), field="name")
    return _save(
        actor, School(organisation=organisation, name=name), proxy, organisation=organisation, note=name
    )


def appoint_vice_principal(
    actor: Actor,
    school: School,
    *,
    name: str,
    employer: str,
    starts_on: dt.date,
    ends_on: dt.date,
    proxy_reason: str = "",
) -> VicePrincipal:
    proxy = unit_step(
        actor, school.organisation, step=_("appoint a legal vice-principal"), proxy_reason=proxy_reason
    )
    rules.check_term(starts_on, ends_on)
    record = VicePrincipal(
        school=school,
        name=rules.check_text(name, "name", _("Write the name.")),
        employer=rules.check_text(employer, "employer", _("Say where the vice-principal works.")),
        starts_on=starts_on,
        ends_on=ends_on,
    )
    return _save(actor, record, proxy, organisation=school.organisation, note=record.name)
