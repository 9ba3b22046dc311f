"""Each model's path to its organisation is declared once, on the model, and resolves."""

from __future__ import annotations

import pytest
from django.apps import apps

from fazhi.core.scoping import scope_paths, visible
from fazhi.org.models import Organisation

DECLARED = [model for model in apps.get_models() if "scope_paths" in vars(model)]


def test_the_scoped_models_declare_their_paths():
    names = {model._meta.label for model in DECLARED}
    assert {"org.Organisation", "plans.KeyTask", "oversight.Inspection", "normdocs.Filing"} <= names


@pytest.mark.parametrize("model", DECLARED, ids=lambda model: model._meta.label)
def test_each_declared_path_leads_to_an_organisation(model, reviewer):
    for path in scope_paths(model):
        target = model if path == "pk" else _follow(model, path)
        assert target is Organisation, (model, path)
    # The narrowed query runs for a region reach: a wrong path would raise FieldError here.
    visible(model.objects.all(), reviewer).exists()


def test_a_model_without_a_declaration_goes_through_organisation():
    from fazhi.org.models import OrganisationEvent

    assert scope_paths(OrganisationEvent) == ("organisation",)


def _follow(model, path):
    for name in path.split("__"):
        model = model._meta.get_field(name).related_model
    return model
