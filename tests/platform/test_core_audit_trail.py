"""Event rows are the audit trail (issue 18 §1): deleting a record never deletes them."""

from __future__ import annotations

import datetime as dt

import pytest
from django.apps import apps
from django.db import models
from django.urls import reverse

from fazhi.core.models import Event
from fazhi.oversight import actions as oversight
from fazhi.oversight.models import OversightEvent, Problem, ProblemSource

EVENT_MODELS = [model for model in apps.get_models() if issubclass(model, Event)]


@pytest.mark.parametrize("event_model", EVENT_MODELS, ids=lambda model: model.__name__)
def test_every_record_protects_its_event_rows(event_model):
    links = [field for field in event_model._meta.fields if isinstance(field, models.ForeignKey)]
    assert links
    cascading = [field.name for field in links if field.remote_field.on_delete is not models.PROTECT]
    assert cascading == []


@pytest.mark.django_db
def test_deleting_a_record_with_events_in_the_admin_is_refused_in_chinese(
    client, admin_user, reviewer, unit_a
):
    problem = oversight.record_problem(
        reviewer,
        unit_a,
        source=ProblemSource.OTHER,
        description="群众来信反映的问题",
        severity="general",
        found_on=dt.date(2024, 5, 2),
    )
    client.force_login(admin_user)
    url = reverse("admin:oversight_problem_delete", args=[problem.pk])
    response = client.post(url, {"post": "yes"}, HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert response.status_code == 200
    assert "无法删除" in response.content.decode()
    assert Problem.objects.filter(pk=problem.pk).exists()
    assert OversightEvent.objects.filter(problem=problem).exists()

    event = OversightEvent.objects.filter(problem=problem).first()
    refused = client.post(reverse("admin:oversight_oversightevent_delete", args=[event.pk]), {"post": "yes"})
    assert refused.status_code == 403
    assert OversightEvent.objects.filter(pk=event.pk).exists()
