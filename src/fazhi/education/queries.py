"""The read side shared by the views, the API, todo.py and reminders.py."""

from __future__ import annotations

from django.db.models import Count, Q, Sum
from django.utils.translation import gettext as _

from fazhi.core.scoping import visible
from fazhi.education import models as m
from fazhi.education import rules
from fazhi.education.models import COLLECTIVE_STUDY, STUDYING_KINDS, EducationEvent


def with_study_count(organisations, year: int):
    """``organisations`` (a scoped queryset) that hold study sessions, each annotated with
    ``collective_sessions``: its own collective study sessions held in ``year``."""
    return organisations.filter(kind__in=STUDYING_KINDS, is_active=True).annotate(
        collective_sessions=Count(
            "study_sessions",
            filter=Q(study_sessions__kind__in=COLLECTIVE_STUDY, study_sessions__held_on__year=year),
        )
    )


def below_study_minimum(organisations, year: int):
    """The bodies among ``organisations`` whose collective study sessions in ``year`` are below the minimum."""
    return with_study_count(organisations, year).filter(collective_sessions__lt=rules.study_minimum())


def events_of(*records):
    """The event rows of records without a foreign key on the event model (every record but
    reports and lists): the action names them in ``data`` (``record``, ``id``), newest first."""
    condition = Q(pk__in=[])
    for record in records:
        condition |= Q(data__record=record._meta.model_name, data__id=record.pk)
    return EducationEvent.objects.filter(condition).select_related("actor")


def year_figures(user, year: int) -> list[tuple[str, str, int]]:
    """What the records the user may read add up to in ``year``: (list kind, label, number),
    one aggregate query per kind of record, whatever the number of rows (the dashboard)."""

    def counts(model, date_lookup: str, **aggregates) -> dict:
        return visible(model.objects.filter(**{date_lookup: year}), user).aggregate(**aggregates)

    study = counts(
        m.StudySession,
        "held_on__year",
        executive=Count("id", filter=Q(kind=m.StudyKind.EXECUTIVE_MEETING)),
        group=Count("id", filter=Q(kind=m.StudyKind.PARTY_GROUP)),
        lectures=Count("id", filter=Q(kind=m.StudyKind.LECTURE)),
    )
    exams = counts(m.LawExam, "held_on__year", takers=Sum("takers"), passed=Sum("passed"))
    oaths = counts(m.OathCeremony, "held_on__year", swearers=Sum("swearer_count"))
    reports = counts(
        m.AccountabilityReport,
        "year",
        made=Count("id"),
        evaluated=Count("id", filter=Q(status=m.ReportStatus.EVALUATED)),
    )
    lists = counts(
        m.ResponsibilityList,
        "year",
        published=Count("id", filter=~Q(status=m.ListStatus.DRAFT)),
        reviewed=Count("id", filter=Q(status=m.ListStatus.REVIEWED)),
    )
    cases = counts(m.CaseExplanation, "held_on__year", number=Count("id"))
    events = counts(m.Activity, "held_on__year", number=Count("id"), reached=Sum("reached"))
    materials = counts(m.Material, "issued_on__year", copies=Sum("copies"))
    sites = counts(m.DemonstrationSite, "year", number=Count("id"))
    rows = [
        ("study", _("Study sessions before executive meetings"), study["executive"]),
        ("study", _("Party group study sessions"), study["group"]),
        ("study", _("Special law lectures"), study["lectures"]),
        ("exams", _("People who sat law exams"), exams["takers"]),
        ("exams", _("People who passed law exams"), exams["passed"]),
        ("oaths", _("People who swore the constitutional oath"), oaths["swearers"]),
        ("reports", _("Accountability reports made"), reports["made"]),
        ("reports", _("Accountability reports evaluated"), reports["evaluated"]),
        ("lists", _("Responsibility lists published"), lists["published"]),
        ("lists", _("Responsibility lists reviewed"), lists["reviewed"]),
        ("cases", _("Cases used to explain the law"), cases["number"]),
        ("activities", _("Legal-education events"), events["number"]),
        ("activities", _("People reached by legal-education events"), events["reached"]),
        ("materials", _("Copies of material handed out"), materials["copies"]),
        ("sites", _("Demonstration villages and communities named"), sites["number"]),
    ]
    return [(kind, label, number or 0) for kind, label, number in rows]
