from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from fazhi.core.dates import BoundedDates
from fazhi.core.scoping import Purpose, scope_of
from fazhi.core.uploads import check_upload
from fazhi.normdocs import rules
from fazhi.normdocs.models import (
    ChecklistItem,
    CleanupOutcome,
    DocumentStatus,
    Evaluation,
    IssuerListing,
    NormativeDocument,
)
from fazhi.org.models import Organisation

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class DocumentFilterForm(forms.Form):
    q = forms.CharField(label=_("search"), max_length=50, required=False)
    status = forms.ChoiceField(
        label=_("status"), required=False, choices=[("", _("all statuses")), *DocumentStatus.choices]
    )


class DocumentForm(BoundedDates, forms.ModelForm):
    class Meta:
        model = NormativeDocument
        fields = [
            "title",
            "drafting_notes",
            "is_market_related",
            "is_provisional",
            "comment_from",
            "comment_until",
        ]
        widgets = {"comment_from": DATE, "comment_until": DATE}


class NewDocumentForm(DocumentForm):
    organisation = forms.ModelChoiceField(label=_("issuing body"), queryset=Organisation.objects.none())

    class Meta(DocumentForm.Meta):
        fields = ["organisation", *DocumentForm.Meta.fields]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the bodies the user may act for: a forged id of another unit is "not a valid choice".
        self.fields["organisation"].queryset = (
            scope_of(user).organisations(Purpose.EDIT).filter(is_active=True)
        )


class ReviewForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("outcome"), choices=[("passed", _("pass")), ("returned", _("return with opinions"))]
    )
    opinions = forms.CharField(
        label=_("review opinions"), required=False, max_length=5000, widget=forms.Textarea
    )

    def __init__(self, *args, items, **kwargs):
        super().__init__(*args, **kwargs)
        self.items = list(items)
        for item in self.items:
            yes = _("followed") if item.kind == "procedure" else _("absent")
            no = _("not followed") if item.kind == "procedure" else _("present")
            self.fields[f"item_{item.pk}"] = forms.TypedChoiceField(
                label=item.text,
                choices=[("1", yes), ("0", no)],
                coerce=lambda v: v == "1",
                widget=forms.RadioSelect,
            )

    def answers(self) -> dict[str, bool]:
        return {str(item.pk): self.cleaned_data[f"item_{item.pk}"] for item in self.items}


OFFICIAL_TEXT_HELP = _(
    "PDF, Word (.docx or .doc) or text; at most 20 MB. The portal offers it once the document is issued."
)


def _official_text_field(*, required: bool) -> forms.FileField:
    # Empty files reach check_upload too, so every refusal reads the same across the platform.
    return forms.FileField(
        label=_("official text"), required=required, allow_empty_file=True, help_text=OFFICIAL_TEXT_HELP
    )


class OfficialTextMixin:
    def clean_official_text(self):
        upload = self.cleaned_data.get("official_text")
        if upload is not None:
            check_upload(upload, rules.OFFICIAL_TEXT_KINDS, max_bytes=rules.OFFICIAL_TEXT_MAX_BYTES)
        return upload


class IssueForm(BoundedDates, OfficialTextMixin, forms.Form):
    document_number = forms.CharField(label=_("document number"), max_length=60)
    issued_on = forms.DateField(label=_("issued on"), widget=DATE)
    effective_on = forms.DateField(
        label=_("in force from"), required=False, widget=DATE, help_text=_("Empty: 30 days after issue.")
    )
    valid_until = forms.DateField(
        label=_("valid until"),
        required=False,
        widget=DATE,
        help_text=_("Empty: the longest validity allowed."),
    )
    early_effect_reason = forms.CharField(
        label=_("reason for coming into force within 30 days"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    official_text = _official_text_field(required=False)


class OfficialTextForm(OfficialTextMixin, forms.Form):
    official_text = _official_text_field(required=True)


class FileForm(BoundedDates, forms.Form):
    filed_on = forms.DateField(label=_("filed on"), widget=DATE)
    has_report = forms.BooleanField(label=_("filing report enclosed"), required=False, initial=True)
    has_text = forms.BooleanField(label=_("official text enclosed"), required=False, initial=True)
    has_drafting_notes = forms.BooleanField(label=_("drafting notes enclosed"), required=False, initial=True)


class FilingDecisionForm(forms.Form):
    accept = forms.TypedChoiceField(
        label=_("decision"),
        coerce=lambda v: v == "1",
        widget=forms.RadioSelect,
        choices=[("1", _("accept for the record")), ("0", _("refuse"))],
    )
    reasons = forms.CharField(label=_("reasons"), required=False, max_length=5000, widget=forms.Textarea)


class EvaluationForm(BoundedDates, forms.ModelForm):
    class Meta:
        model = Evaluation
        fields = ["evaluated_on", "conclusion", "summary"]
        widgets = {"evaluated_on": DATE}


class IssuerListingForm(BoundedDates, forms.ModelForm):
    organisation = forms.ModelChoiceField(label=_("organisation"), queryset=Organisation.objects.none())

    class Meta:
        model = IssuerListing
        fields = ["organisation", "listing", "listed_on", "basis"]
        widgets = {"listed_on": DATE}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = scope_of(user).organisations(Purpose.MANAGE)

    def validate_unique(self):
        pass  # the action updates an existing listing instead


class ChecklistItemForm(forms.ModelForm):
    class Meta:
        model = ChecklistItem
        fields = ["kind", "text"]


class CampaignForm(BoundedDates, forms.Form):
    organisation = forms.ModelChoiceField(label=_("organised by"), queryset=Organisation.objects.none())
    title = forms.CharField(label=_("clean-up title"), max_length=200)
    started_on = forms.DateField(label=_("started on"), widget=DATE)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = scope_of(user).organisations(Purpose.REVIEW)


class CleanupDecisionForm(BoundedDates, forms.Form):
    document = forms.ModelChoiceField(
        label=_("normative document"), queryset=NormativeDocument.objects.none()
    )
    outcome = forms.ChoiceField(label=_("outcome"), choices=CleanupOutcome.choices)
    reason = forms.CharField(label=_("reason"), max_length=500, required=False)
    decided_on = forms.DateField(label=_("decided on"), widget=DATE)

    def __init__(self, *args, documents, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["document"].queryset = documents
