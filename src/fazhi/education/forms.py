from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from fazhi.core.dates import BoundedDates
from fazhi.core.forms import add_proxy_fields
from fazhi.core.scoping import Purpose, scope_of, visible
from fazhi.education import models
from fazhi.education.models import Rating


class RecordFilterForm(forms.Form):
    q = forms.CharField(label=_("search"), max_length=50, required=False)
    year = forms.IntegerField(label=_("year"), required=False, min_value=2000, max_value=2100)


class UnitRecordForm(BoundedDates, forms.ModelForm):
    """A new record of a unit the user may act for; the office sees the proxy-entry fields."""

    organisation = forms.ModelChoiceField(label=_("unit"), queryset=None)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = (
            scope_of(user).organisations(Purpose.EDIT).filter(is_active=True)
        )
        add_proxy_fields(self, user)


def _unit_form(model, fields: list[str], widgets: dict | None = None):
    meta = type("Meta", (), {"model": model, "fields": ["organisation", *fields], "widgets": widgets or {}})
    return type(f"{model.__name__}Form", (UnitRecordForm,), {"Meta": meta})


TEXTAREA = forms.Textarea(attrs={"rows": 3})

StudyTopicForm = _unit_form(models.StudyTopic, ["year", "month", "topic"])
_StudySessionForm = _unit_form(
    models.StudySession,
    ["kind", "held_on", "topic", "speaker", "attendees", "attendee_count", "materials", "planned_topic"],
    {"attendees": TEXTAREA, "materials": TEXTAREA},
)


class StudySessionForm(_StudySessionForm):
    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        # Only topics of plans the user keeps; the action refuses a topic of another unit's plan.
        self.fields["planned_topic"].queryset = visible(
            models.StudyTopic.objects.select_related("organisation"), user, Purpose.EDIT
        )


LawExamForm = _unit_form(models.LawExam, ["kind", "held_on", "title", "takers", "passed"])
OathCeremonyForm = _unit_form(
    models.OathCeremony, ["held_on", "presided_by", "swearers"], {"swearers": TEXTAREA}
)
AccountabilityReportForm = _unit_form(
    models.AccountabilityReport, ["year", "reporter", "position", "reported_on", "text_file"]
)
ResponsibilityListForm = _unit_form(models.ResponsibilityList, ["year", "items"], {"items": TEXTAREA})
CaseExplanationForm = _unit_form(
    models.CaseExplanation, ["held_on", "case_title", "lesson", "audience"], {"lesson": TEXTAREA}
)
ActivityForm = _unit_form(models.Activity, ["kind", "held_on", "title", "place", "audience", "reached"])
MaterialForm = _unit_form(models.Material, ["form", "title", "issued_on", "copies"])
DemonstrationSiteForm = _unit_form(models.DemonstrationSite, ["name", "kind", "level", "year"])
SchoolForm = _unit_form(models.School, ["name"])


class VicePrincipalForm(BoundedDates, forms.ModelForm):
    class Meta:
        model = models.VicePrincipal
        fields = ["name", "employer", "starts_on", "ends_on"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)


class PublishForm(BoundedDates, forms.Form):
    published_on = forms.DateField(label=_("published on"), required=False)


class RatingForm(BoundedDates, forms.Form):
    rating = forms.ChoiceField(label=_("rating"), choices=[("", "—"), *Rating.choices], required=False)
    note = forms.CharField(label=_("review result"), widget=TEXTAREA, max_length=2000, required=False)
    on = forms.DateField(label=_("rated on"), required=False)
