"""Forms of the oversight pages. Units to choose from are always the actor's scope."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from fazhi.core.dates import BoundedDates
from fazhi.core.scoping import Purpose, scope_of, visible
from fazhi.core.uploads import check_upload
from fazhi.org.models import Organisation
from fazhi.oversight.models import (
    CheckKind,
    Consequence,
    ConsequenceKind,
    Inspection,
    InspectionForm,
    Problem,
    ProblemSource,
    ProblemStatus,
    Severity,
)

DATE = forms.DateInput(attrs={"type": "date"})


def _field(model, name):
    return model._meta.get_field(name).verbose_name


def _units(actor, purpose: Purpose):
    return (
        scope_of(actor)
        .organisations(purpose)
        .filter(is_active=True)
        .exclude(kind="other")
        .order_by("sort_order", "id")
    )


class InspectionPlanForm(BoundedDates, forms.Form):
    title = forms.CharField(label=_field(Inspection, "title"), max_length=200)
    form = forms.ChoiceField(label=_field(Inspection, "form"), choices=InspectionForm.choices)
    topics = forms.CharField(label=_field(Inspection, "topics"), max_length=2000, widget=forms.Textarea)
    units = forms.ModelMultipleChoiceField(
        label=_field(Inspection, "units"),
        queryset=Organisation.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    starts_on = forms.DateField(label=_field(Inspection, "starts_on"), widget=DATE)
    ends_on = forms.DateField(label=_field(Inspection, "ends_on"), widget=DATE)

    def __init__(self, *args, actor, **kwargs):
        super().__init__(*args, **kwargs)
        # A forged id outside the scope fails here as "not one of the choices".
        self.fields["units"].queryset = _units(actor, Purpose.REVIEW).exclude(is_rule_of_law_office=True)


class CheckForm(BoundedDates, forms.Form):
    organisation = forms.ModelChoiceField(label=_("unit"), queryset=Organisation.objects.none())
    kind = forms.ChoiceField(label=_("kind of check"), choices=CheckKind.choices)
    done_on = forms.DateField(label=_("done on"), widget=DATE)
    summary = forms.CharField(label=_("summary"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, inspection, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = inspection.units.all()


class FindingForm(BoundedDates, forms.Form):
    organisation = forms.ModelChoiceField(label=_("responsible unit"), queryset=Organisation.objects.none())
    description = forms.CharField(
        label=_("problem"), max_length=2000, widget=forms.Textarea(attrs={"rows": 4})
    )
    severity = forms.ChoiceField(label=_("severity"), choices=Severity.choices)
    found_on = forms.DateField(label=_("found on"), widget=DATE)
    rectification_deadline = forms.DateField(
        label=_("rectification deadline"),
        required=False,
        widget=DATE,
        help_text=_(
            "Leave empty for the default: 30 working days for a general problem, 20 for a serious one, "
            "10 for a major one."
        ),
    )

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = units


class SelfInspectionForm(FindingForm):
    """A problem a unit found itself (自查), or the office recorded from elsewhere."""

    source = forms.ChoiceField(
        label=_("source"),
        choices=[
            (ProblemSource.SELF_INSPECTION, ProblemSource.SELF_INSPECTION.label),
            (ProblemSource.OTHER, ProblemSource.OTHER.label),
        ],
    )
    field_order = ["organisation", "source"]


class ProblemFilterForm(forms.Form):
    q = forms.CharField(label=_("search"), max_length=50, required=False)
    status = forms.ChoiceField(
        label=_("status"),
        required=False,
        choices=[
            ("", _("all states")),
            ("open_any", _("not yet closed")),
            ("overdue", _("overdue")),
            *ProblemStatus.choices,
        ],
    )
    source = forms.ChoiceField(
        label=_("source"), required=False, choices=[("", _("all sources")), *ProblemSource.choices]
    )
    severity = forms.ChoiceField(
        label=_("severity"), required=False, choices=[("", _("all severities")), *Severity.choices]
    )


class PlanForm(forms.Form):
    plan = forms.CharField(
        label=_field(Problem, "plan"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4})
    )


MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# Checked by content too (core.uploads): the legacy .doc/.xls formats have no check there yet.
ATTACHMENT_KINDS = ("pdf", "docx", "doc", "xlsx", "xls", "jpg", "png", "txt", "zip")
ATTACHMENT_HELP = _(
    "PDF, Word (.docx or .doc), Excel (.xlsx or .xls), JPG or PNG image, text or zip; at most 10 MB."
)


class EvidenceForm(forms.Form):
    evidence = forms.CharField(
        label=_field(Problem, "evidence"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4})
    )
    attachment = forms.FileField(
        label=_field(Problem, "evidence_file"),
        required=False,
        allow_empty_file=True,
        help_text=ATTACHMENT_HELP,
    )

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload is not None:
            check_upload(upload, ATTACHMENT_KINDS, max_bytes=MAX_UPLOAD_BYTES)
        return upload


class ReturnForm(forms.Form):
    reasons = forms.CharField(
        label=_("reasons for return"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


class AcceptForm(forms.Form):
    note = forms.CharField(
        label=_("note"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class ReopenForm(BoundedDates, forms.Form):
    reasons = forms.CharField(
        label=_("findings of the follow-up review"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    rectification_deadline = forms.DateField(label=_("new rectification deadline"), widget=DATE)


STEP_FORMS = {
    "submit_plan": PlanForm,
    "submit_evidence": EvidenceForm,
    "return": ReturnForm,
    "accept": AcceptForm,
    "reopen": ReopenForm,
}


class ConsequenceForm(BoundedDates, forms.Form):
    organisation = forms.ModelChoiceField(label=_("unit"), queryset=Organisation.objects.none())
    kind = forms.ChoiceField(label=_("kind"), choices=ConsequenceKind.choices)
    held_on = forms.DateField(label=_("date"), widget=DATE)
    subject = forms.CharField(label=_("subject"), max_length=200)
    note = forms.CharField(
        label=_("note"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    problem = forms.ModelChoiceField(
        label=_field(Consequence, "problem"),
        queryset=Problem.objects.none(),
        required=False,
        help_text=_("The problem on the list this talk or notice concerns (of the same unit)."),
    )
    minutes = forms.FileField(
        label=_field(Consequence, "minutes"), required=False, allow_empty_file=True, help_text=ATTACHMENT_HELP
    )
    follow_up = forms.CharField(
        label=_field(Consequence, "follow_up"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, actor, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = _units(actor, Purpose.REVIEW).exclude(
            is_rule_of_law_office=True
        )
        self.fields["problem"].queryset = visible(
            Problem.objects.select_related("organisation"), actor, Purpose.REVIEW
        ).order_by("-found_on", "-id")
        self.fields["problem"].label_from_instance = lambda p: f"{p.organisation.name} · {p.description[:40]}"

    def clean_minutes(self):
        upload = self.cleaned_data.get("minutes")
        if upload is not None:
            check_upload(upload, ATTACHMENT_KINDS, max_bytes=MAX_UPLOAD_BYTES)
        return upload


class FollowUpForm(forms.Form):
    follow_up = forms.CharField(
        label=_field(Consequence, "follow_up"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    minutes = forms.FileField(
        label=_field(Consequence, "minutes"), required=False, allow_empty_file=True, help_text=ATTACHMENT_HELP
    )

    def clean_minutes(self):
        upload = self.cleaned_data.get("minutes")
        if upload is not None:
            check_upload(upload, ATTACHMENT_KINDS, max_bytes=MAX_UPLOAD_BYTES)
        return upload
