"""Every change to year plans, key tasks and progress goes through these functions."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core import notices
from fazhi.core.actions import ActionRefused, after_commit, attribute_to, record_event
from fazhi.core.deadlines import local_today
from fazhi.core.duties import office_step, require_note, unit_step
from fazhi.core.scoping import Actor, Purpose, require, scope_of
from fazhi.core.uploads import upload_name
from fazhi.org.models import Organisation, office_reviewers, unit_people
from fazhi.org.naming import with_office
from fazhi.plans import rules
from fazhi.plans.models import KeyTask, PlanEvent, ProgressReport, TaskStatus, YearPlan


def create_plan(actor: Actor, office: Organisation, *, year: int, title: str) -> YearPlan:
    require(actor, Purpose.REVIEW, office)
    if not office.is_rule_of_law_office and not actor.is_superuser:
        raise ActionRefused(with_office(_("The year plan is issued by %(office)s.")))
    rules.check_year(year)
    title = rules.check_text(title, "title", 200)
    if YearPlan.objects.filter(region_code=office.region_code, year=year).exists():
        raise ActionRefused(_("The region already has a plan for %(year)d.") % {"year": year}, field="year")
    plan = YearPlan(organisation=office, region_code=office.region_code, year=year, title=title)
    with transaction.atomic():
        attribute_to(actor, plan)
        plan.save()
        record_event(PlanEvent, actor=actor, verb="create_plan", plan=plan, organisation=office)
    return plan


def add_task(
    actor: Actor,
    plan: YearPlan,
    *,
    number: int,
    title: str,
    lead_unit: Organisation,
    deadline: dt.date,
    co_units=(),
    description: str = "",
    area: str = "",
    indicator_codes=(),
) -> KeyTask:
    require(actor, Purpose.REVIEW, plan.organisation)
    co_units = list(co_units)
    indicator_codes = list(indicator_codes)
    allowed = set(
        scope_of(actor)
        .organisations(Purpose.REVIEW)
        .filter(region_code=plan.region_code)
        .values_list("pk", flat=True)
    )
    rules.check_task_units(lead_unit, co_units, allowed)
    rules.check_codes(area, indicator_codes)
    rules.check_deadline_in_plan_year(deadline, plan.year)
    title = rules.check_text(title, "title", 300)
    if plan.tasks.filter(number=number).exists():
        raise ActionRefused(_("The plan already has a task numbered %(n)d.") % {"n": number}, field="number")
    task = KeyTask(
        plan=plan,
        number=number,
        title=title,
        description=(description or "").strip(),
        lead_unit=lead_unit,
        deadline=deadline,
        area=area,
        indicator_codes=indicator_codes,
    )
    with transaction.atomic():
        attribute_to(actor, task)
        task.save()
        task.co_units.set(co_units)
        record_event(
            PlanEvent,
            actor=actor,
            verb="add_task",
            plan=plan,
            task=task,
            organisation=lead_unit,
            data={"co_units": [unit.pk for unit in co_units]},
        )
        for unit in [lead_unit, *co_units]:
            after_commit(
                notices.send,
                unit_people(unit),
                _("A key task of the year plan concerns your unit: %(task)s (due %(due)s).")
                % {"task": title, "due": deadline},
                task.get_absolute_url(),
            )
    return task


def report_progress(
    actor: Actor,
    task: KeyTask,
    organisation: Organisation,
    *,
    text: str,
    percent_done: int,
    reported_on: dt.date | None = None,
    attachment=None,
    proxy_reason: str = "",
) -> ProgressReport:
    """A unit reports progress; the lead unit's report sets the task's percentage.

    The unit's own step: the office reports for a unit only by proxy entry, with a reason.
    The lead unit's 100 % leaves the task in progress until the office confirms it
    (``confirm_done``): a unit does not close its own task.
    """
    proxy = unit_step(actor, organisation, step=_("report progress"), proxy_reason=proxy_reason)
    reported_on = reported_on or local_today()
    rules.check_progress(task, organisation, percent_done, reported_on)
    report = ProgressReport(
        task=task,
        organisation=organisation,
        reported_on=reported_on,
        text=rules.check_text(text, "text", 4000),
        percent_done=percent_done,
    )
    with transaction.atomic():
        if attachment is not None:
            report.attachment.save(upload_name(organisation, attachment.name), attachment, save=False)
        attribute_to(actor, report)
        report.save()
        if organisation.pk == task.lead_unit_id:
            task.percent_done = percent_done
            task.status = TaskStatus.IN_PROGRESS if percent_done else TaskStatus.NOT_STARTED
            task.done_on = None
            attribute_to(actor, task)
            task.save(update_fields=["percent_done", "status", "done_on", "updated_at"])
        record_event(
            PlanEvent,
            actor=actor,
            verb="report_progress",
            plan=task.plan,
            task=task,
            organisation=organisation,
            data={"percent_done": percent_done, "report": report.pk, **proxy},
        )
        if organisation.pk == task.lead_unit_id and percent_done == 100:
            after_commit(
                notices.send,
                office_reviewers(task.plan.region_code),
                _("%(unit)s reports key task %(task)s done: confirm it.")
                % {"unit": organisation.name, "task": str(task)},
                task.get_absolute_url(),
            )
    return report


def confirm_done(actor: Actor, task: KeyTask, *, note: str) -> KeyTask:
    """The office confirms a task its lead unit reported 100 % done; done on the day the unit said.

    Refused to whoever reported the unit's progress on this task (own or by proxy), and without a
    note saying what was checked.
    """
    step = _("confirm the task done")
    office_step(
        actor, task.plan.organisation, step=step, events=task.events.all(), unit_verbs={"report_progress"}
    )
    note = require_note(note, step)
    if task.status == TaskStatus.DONE or task.percent_done != 100:
        raise ActionRefused(_("Only a task its lead unit reported 100 % done can be confirmed."))
    last = (
        task.progress_reports.filter(organisation_id=task.lead_unit_id)
        .order_by("-reported_on", "-id")
        .first()
    )
    with transaction.atomic():
        task.status = TaskStatus.DONE
        task.done_on = last.reported_on if last else local_today()
        attribute_to(actor, task)
        task.save(update_fields=["status", "done_on", "updated_at"])
        record_event(
            PlanEvent,
            actor=actor,
            verb="confirm_done",
            plan=task.plan,
            task=task,
            organisation=task.lead_unit,
            note=note,
            data={"done_on": task.done_on.isoformat()},
        )
        after_commit(
            notices.send,
            unit_people(task.lead_unit),
            _("The office confirmed key task %(task)s done.") % {"task": str(task)},
            task.get_absolute_url(),
        )
    return task


def adjust_task(
    actor: Actor, task: KeyTask, *, deadline: dt.date, lead_unit: Organisation, co_units=(), reason: str
) -> KeyTask:
    """The office adjusts a task's deadline or units during the year (动态调整), always with a reason."""
    require(actor, Purpose.REVIEW, task.plan.organisation)
    reason = rules.check_text(reason, "reason", 2000)
    co_units = list(co_units)
    allowed = set(
        scope_of(actor)
        .organisations(Purpose.REVIEW)
        .filter(region_code=task.plan.region_code)
        .values_list("pk", flat=True)
    )
    rules.check_task_units(lead_unit, co_units, allowed)
    rules.check_deadline_in_plan_year(deadline, task.plan.year)
    before = {
        "deadline": task.deadline.isoformat(),
        "lead_unit": task.lead_unit_id,
        "co_units": sorted(task.co_units.values_list("pk", flat=True)),
    }
    after = {
        "deadline": deadline.isoformat(),
        "lead_unit": lead_unit.pk,
        "co_units": sorted(u.pk for u in co_units),
    }
    if before == after:
        raise ActionRefused(_("Nothing would change."))
    with transaction.atomic():
        task.deadline = deadline
        task.lead_unit = lead_unit
        attribute_to(actor, task)
        task.save(update_fields=["deadline", "lead_unit", "updated_at"])
        task.co_units.set(co_units)
        record_event(
            PlanEvent,
            actor=actor,
            verb="adjust_task",
            plan=task.plan,
            task=task,
            organisation=lead_unit,
            note=reason,
            data={"before": before, "after": after},
        )
        for unit in {lead_unit, *co_units}:
            after_commit(
                notices.send,
                unit_people(unit),
                _("A key task was adjusted: %(task)s (due %(due)s). %(reason)s")
                % {"task": task.title, "due": deadline, "reason": reason},
                task.get_absolute_url(),
            )
    return task
