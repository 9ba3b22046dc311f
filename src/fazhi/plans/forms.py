"""Forms of the year-plan pages; the units offered are always the actor's scope."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from fazhi.catalog import indicators as catalog_indicators
from fazhi.core.dates import BoundedDates
from fazhi.core.scoping import Purpose, scope_of
from fazhi.core.uploads import check_upload
from fazhi.org.models import Organisation
from fazhi.plans.models import KeyTask, ProgressReport, TaskStatus

DATE = forms.DateInput(attrs={"type": "date"})
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# Checked by content too (core.uploads): the legacy .doc/.xls formats have no check there yet.
ATTACHMENT_KINDS = ("pdf", "docx", "doc", "xlsx", "xls", "jpg", "png", "txt", "zip")
ATTACHMENT_HELP = _(
    "PDF, Word (.docx or .doc), Excel (.xlsx or .xls), JPG or PNG image, text or zip; at most 10 MB."
)


def _label(model, name):
    return model._meta.get_field(name).verbose_name


def region_units(actor, region_code: str):
    return (
        scope_of(actor)
        .organisations(Purpose.REVIEW)
        .filter(region_code=region_code, is_active=True)
        .exclude(kind="other")
        .order_by("sort_order", "id")
    )


class PlanForm(forms.Form):
    year = forms.IntegerField(label=_("year"), min_value=2000, max_value=2100)
    title = forms.CharField(label=_("title"), max_length=200)


class TaskForm(BoundedDates, forms.Form):
    number = forms.IntegerField(label=_label(KeyTask, "number"), min_value=1, max_value=9999)
    title = forms.CharField(label=_label(KeyTask, "title"), max_length=300)
    description = forms.CharField(
        label=_label(KeyTask, "description"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    lead_unit = forms.ModelChoiceField(
        label=_label(KeyTask, "lead_unit"), queryset=Organisation.objects.none()
    )
    co_units = forms.ModelMultipleChoiceField(
        label=_label(KeyTask, "co_units"),
        required=False,
        queryset=Organisation.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    deadline = forms.DateField(label=_label(KeyTask, "deadline"), widget=DATE)
    area = forms.ChoiceField(label=_label(KeyTask, "area"), required=False)
    indicator_codes = forms.MultipleChoiceField(label=_label(KeyTask, "indicator_codes"), required=False)

    def __init__(self, *args, actor, plan, **kwargs):
        super().__init__(*args, **kwargs)
        units = region_units(actor, plan.region_code)
        self.fields["lead_unit"].queryset = units
        self.fields["co_units"].queryset = units
        self.fields["area"].choices = [("", "—"), *catalog_indicators.areas().items()]
        self.fields["indicator_codes"].choices = [
            (i.code, f"{i.code} {i.name}") for i in catalog_indicators.all_indicators()
        ]


class ProgressForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_label(ProgressReport, "organisation"), queryset=Organisation.objects.none()
    )
    text = forms.CharField(
        label=_label(ProgressReport, "text"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4})
    )
    percent_done = forms.IntegerField(label=_("percent done (0–100)"), min_value=0, max_value=100)
    attachment = forms.FileField(
        label=_label(ProgressReport, "attachment"),
        required=False,
        allow_empty_file=True,
        help_text=ATTACHMENT_HELP,
    )

    def __init__(self, *args, actor, task, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the task's units the actor may act for; a forged id fails as "not a choice".
        units = [task.lead_unit_id, *task.co_units.values_list("pk", flat=True)]
        self.fields["organisation"].queryset = (
            scope_of(actor).organisations(Purpose.EDIT).filter(pk__in=units)
        )

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload is not None:
            check_upload(upload, ATTACHMENT_KINDS, max_bytes=MAX_UPLOAD_BYTES)
        return upload


class TaskFilterForm(forms.Form):
    q = forms.CharField(label=_("search"), max_length=50, required=False)
    status = forms.ChoiceField(
        label=_("status"),
        required=False,
        choices=[
            ("", _("all states")),
            ("overdue", _("overdue")),
            ("due", _("due soon or overdue")),
            ("to_confirm", _("reported done, awaiting confirmation")),
            *TaskStatus.choices,
        ],
    )


class AdjustTaskForm(BoundedDates, forms.Form):
    deadline = forms.DateField(label=_label(KeyTask, "deadline"), widget=DATE)
    lead_unit = forms.ModelChoiceField(
        label=_label(KeyTask, "lead_unit"), queryset=Organisation.objects.none()
    )
    co_units = forms.ModelMultipleChoiceField(
        label=_label(KeyTask, "co_units"),
        required=False,
        queryset=Organisation.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    reason = forms.CharField(
        label=_("reason for the adjustment"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, actor, task, **kwargs):
        kwargs.setdefault(
            "initial",
            {
                "deadline": task.deadline,
                "lead_unit": task.lead_unit_id,
                "co_units": list(task.co_units.values_list("pk", flat=True)),
            },
        )
        super().__init__(*args, **kwargs)
        units = region_units(actor, task.plan.region_code)
        self.fields["lead_unit"].queryset = units
        self.fields["co_units"].queryset = units
