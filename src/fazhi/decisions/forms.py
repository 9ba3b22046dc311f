from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from fazhi.core.dates import BoundedDates
from fazhi.core.scoping import Purpose, scope_of
from fazhi.core.uploads import check_upload
from fazhi.decisions import rules
from fazhi.decisions.models import (
    ArchiveDocument,
    CallState,
    Decision,
    DecisionEvaluation,
    DecisionStatus,
    Hearing,
    Procedure,
)

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class DecisionFilterForm(forms.Form):
    q = forms.CharField(label=_("search"), max_length=50, required=False)
    status = forms.ChoiceField(
        label=_("status"), required=False, choices=[("", _("all statuses")), *DecisionStatus.choices]
    )
    call = forms.ChoiceField(
        label=_("public comment"), required=False, choices=[("", _("any")), *CallState.choices]
    )


class CatalogueForm(forms.Form):
    organisation = forms.ModelChoiceField(label=_("decision organ"), queryset=None)
    year = forms.IntegerField(label=_("year"), min_value=2019, max_value=2100)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = (
            scope_of(user).organisations(Purpose.REVIEW).filter(kind="government")
        )


class ItemForm(forms.ModelForm):
    organisation = forms.ModelChoiceField(label=_("undertaking unit"), queryset=None)
    reason = forms.CharField(
        label=_("reason for the adjustment"),
        max_length=500,
        required=False,
        help_text=_("Required once the catalogue is published."),
    )

    class Meta:
        model = Decision
        fields = [
            "title",
            "organisation",
            "basis",
            "requires_public_participation",
            "requires_expert_argumentation",
            "requires_risk_assessment",
            "requires_hearing",
            "planned_for",
        ]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = scope_of(user).organisations(Purpose.REVIEW)


class AdjustForm(BoundedDates, forms.Form):
    kind = forms.ChoiceField(
        label=_("adjustment"),
        choices=[("merge", _("merge into another item")), ("remove", _("remove from the catalogue"))],
    )
    into = forms.ModelChoiceField(label=_("merged into"), queryset=None, required=False)
    reason = forms.CharField(label=_("reason for the adjustment"), max_length=500)
    adjusted_on = forms.DateField(label=_("adjusted on"), widget=DATE)

    def __init__(self, *args, decision, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["into"].queryset = decision.catalogue.decisions.exclude(pk=decision.pk).filter(
            status__in=["planned", "taken"]
        )


class ProcedureForm(BoundedDates, forms.ModelForm):
    class Meta:
        model = Procedure
        fields = ["kind", "started_on", "ended_on", "documents", "outcome", "short_period_reason"]
        widgets = {"started_on": DATE, "ended_on": DATE}


class CommentCallForm(BoundedDates, forms.ModelForm):
    """Opening a call for public comment; the outcome comes after the period (CommentOutcomeForm)."""

    class Meta:
        model = Procedure
        fields = ["started_on", "ended_on", "documents", "how_to_comment", "short_period_reason"]
        widgets = {"started_on": DATE, "ended_on": DATE, "how_to_comment": forms.Textarea(attrs={"rows": 3})}
        labels = {
            "started_on": _("comments from"),
            "ended_on": _("comments until"),
            "documents": _("documents published for comment"),
        }
        help_texts = {"documents": _("The draft decision and its explanation, one document per line.")}


class CommentOutcomeForm(forms.Form):
    outcome = forms.CharField(
        label=_("outcome: how the comments were taken up"),
        widget=forms.Textarea,
        help_text=_("For example: 42 comments received, 18 taken up, and why the others were not."),
    )
    documents = forms.CharField(
        label=_("further documents"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_(
            "Optional: documents added now (the summary of comments, the revised draft), one per line."
        ),
    )


class TakeForm(BoundedDates, forms.Form):
    taken_on = forms.DateField(label=_("date of decision"), widget=DATE)
    decision_document = forms.CharField(label=_("decision document"), max_length=200, required=False)


class ArchiveDocumentForm(BoundedDates, forms.ModelForm):
    # Empty files reach check_upload too, so every refusal reads the same across the platform.
    file = forms.FileField(
        label=_("file"),
        required=False,
        allow_empty_file=True,
        help_text=_(
            "Optional: PDF, Word (.docx or .doc), Excel (.xlsx or .xls), JPG or PNG image, or zip; "
            "at most 20 MB."
        ),
    )

    class Meta:
        model = ArchiveDocument
        fields = ["dated_on", "title", "reference"]
        widgets = {"dated_on": DATE}

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is not None:
            check_upload(upload, rules.ARCHIVE_FILE_KINDS, max_bytes=rules.ARCHIVE_FILE_MAX_BYTES)
        return upload


class HearingForm(BoundedDates, forms.ModelForm):
    # Empty files reach check_upload too, so the refusal reads as everywhere else.
    record = forms.FileField(
        label=_("hearing record"),
        allow_empty_file=True,
        help_text=_(
            "The hearing record (听证笔录): PDF, Word, Excel, JPG or PNG image, or zip; at most 20 MB."
        ),
    )

    class Meta:
        model = Hearing
        fields = ["held_on", "place", "presiding_officer", "participants", "record", "opinions_adopted"]
        widgets = {"held_on": DATE}
        help_texts = {"participants": _("Participants and their representatives who attended.")}

    def clean_record(self):
        upload = self.cleaned_data.get("record")
        check_upload(upload, rules.ARCHIVE_FILE_KINDS, max_bytes=rules.ARCHIVE_FILE_MAX_BYTES)
        return upload


class EvaluationForm(BoundedDates, forms.ModelForm):
    class Meta:
        model = DecisionEvaluation
        fields = ["evaluated_on", "evaluator", "conclusion"]
        widgets = {"evaluated_on": DATE}
