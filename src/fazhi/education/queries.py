"""The read side shared by the views, the API, todo.py and reminders.py."""

from __future__ import annotations

from django.db.models import Count, Q

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
