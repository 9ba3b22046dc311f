"""Forms of the enforcement pages. Labels come from the models' verbose names; a choice of a
body, an officer or a case is always limited to what the user may reach."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from fazhi.core.dates import BoundedDates
from fazhi.core.forms import add_proxy_fields
from fazhi.core.scoping import Purpose, visible
from fazhi.enforcement.models import (
    STAGE_ORDER,
    Case,
    CaseType,
    Certificate,
    CertificateStatus,
    Complaint,
    EnforcementBody,
    Exemption,
    LegalReview,
    Officer,
    PoliceAnswer,
    RecordKind,
    ReviewCampaign,
    Stage,
    StandardItem,
    SupervisionLetter,
)

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class CaseFilterForm(forms.Form):
    q = forms.CharField(label=_("search"), max_length=50, required=False)
    case_type = forms.ChoiceField(
        label=_("case type"), required=False, choices=[("", _("all kinds")), *CaseType.choices]
    )
    stage = forms.ChoiceField(
        label=_("stage"), required=False, choices=[("", _("all stages")), *Stage.choices]
    )


class OfficerFilterForm(forms.Form):
    q = forms.CharField(label=_("search"), max_length=50, required=False)


class BodyForm(BoundedDates, forms.ModelForm):
    class Meta:
        model = EnforcementBody
        fields = ["organisation", "name", "kind", "legal_basis", "commissioned_by", "published_on"]
        widgets = {"published_on": DATE}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        from fazhi.core.scoping import scope_of

        self.fields["organisation"].queryset = (
            scope_of(user).organisations(Purpose.REVIEW).filter(is_active=True)
        )
        self.fields["commissioned_by"].queryset = visible(EnforcementBody.objects.all(), user, Purpose.REVIEW)


class OfficerForm(forms.ModelForm):
    class Meta:
        model = Officer
        fields = ["name", "staff_number", "has_legal_qualification"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)


class CertificateForm(BoundedDates, forms.ModelForm):
    class Meta:
        model = Certificate
        fields = [
            "number",
            "field",
            "issued_on",
            "expires_on",
            "public_law_exam_passed_on",
            "professional_exam_passed_on",
        ]
        widgets = {
            name: DATE
            for name in (
                "issued_on",
                "expires_on",
                "public_law_exam_passed_on",
                "professional_exam_passed_on",
            )
        }


class TrainingForm(BoundedDates, forms.Form):
    held_on = forms.DateField(label=_("date"), widget=DATE)
    subject = forms.CharField(label=_("subject"), max_length=200)
    hours = forms.DecimalField(label=_("hours"), max_digits=5, decimal_places=1)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)


class AnnualReviewForm(forms.Form):
    year = forms.IntegerField(label=_("year"), min_value=2000, max_value=2100)
    exam_passed = forms.BooleanField(label=_("exam passed"), required=False)


class CertificateChangeForm(BoundedDates, forms.Form):
    status = forms.ChoiceField(label=_("status"), choices=CertificateStatus.choices)
    on = forms.DateField(label=_("date"), widget=DATE)
    reason = forms.CharField(label=_("reason"), max_length=200)


class CaseForm(BoundedDates, forms.ModelForm):
    class Meta:
        model = Case
        fields = [
            "number",
            "case_type",
            "power",
            "title",
            "party_name",
            "party_is_natural_person",
            "filed_on",
            "officers",
            "is_major",
            "is_on_the_spot",
            "coercive_measure",
            "discretion_standard",
        ]
        widgets = {"filed_on": DATE, "officers": forms.CheckboxSelectMultiple}

    def __init__(self, *args, user, body: EnforcementBody, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["officers"].queryset = Officer.objects.filter(body=body, is_active=True)
        self.fields["power"].queryset = body.powers.all()
        add_proxy_fields(self, user)


class AdvanceForm(BoundedDates, forms.Form):
    on = forms.DateField(label=_("date"), widget=DATE)
    fine_amount = forms.DecimalField(
        label=_("fine (yuan)"), max_digits=14, decimal_places=2, required=False, min_value=0
    )
    confiscation_amount = forms.DecimalField(
        label=_("confiscation (yuan)"), max_digits=14, decimal_places=2, required=False, min_value=0
    )
    exemption = forms.ChoiceField(label=_("exemption"), choices=Exemption.choices, required=False)
    decision_summary = forms.CharField(
        label=_("decision text"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    is_filed_for_record = forms.BooleanField(label=_("filed for the record"), required=False)

    def __init__(self, *args, user, case: Case, **kwargs):
        super().__init__(*args, **kwargs)
        if STAGE_ORDER.index(case.stage) + 1 != STAGE_ORDER.index(Stage.DECIDED):
            for name in (
                "fine_amount",
                "confiscation_amount",
                "exemption",
                "decision_summary",
                "is_filed_for_record",
            ):
                del self.fields[name]
        add_proxy_fields(self, user)


class LegalReviewForm(BoundedDates, forms.ModelForm):
    class Meta:
        model = LegalReview
        fields = ["situation", "reviewer", "reviewed_on", "passed", "opinion"]
        widgets = {"reviewed_on": DATE}

    def __init__(self, *args, user, case: Case, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reviewer"].queryset = Officer.objects.filter(body=case.body, is_active=True)
        add_proxy_fields(self, user)


class ProcessRecordForm(forms.Form):
    stage = forms.ChoiceField(label=_("stage"), choices=Stage.choices)
    kind = forms.ChoiceField(
        label=_("kind"), choices=[c for c in RecordKind.choices if c[0] != RecordKind.CORRECTION]
    )
    title = forms.CharField(label=_("title"), max_length=200)
    upload = forms.FileField(label=_("file"), required=False)
    content_hash = forms.CharField(label=_("content hash (SHA-256)"), max_length=64, required=False)
    file_name = forms.CharField(label=_("file name"), max_length=200, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)


class PublishForm(BoundedDates, forms.Form):
    published_on = forms.DateField(label=_("published on"), widget=DATE)
    summary = forms.CharField(label=_("published text"), widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)


class CampaignForm(forms.ModelForm):
    class Meta:
        model = ReviewCampaign
        fields = ["title", "year", "standard", "sample_size"]

    def __init__(self, *args, standards, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["standard"].queryset = standards
        self.fields["standard"].required = False


class TypicalCaseForm(forms.Form):
    title = forms.CharField(label=_("title"), max_length=200)
    summary = forms.CharField(
        label=_("summary"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Shown on the portal: write no names of natural persons or officers."),
    )


class UnmarkTypicalForm(forms.Form):
    reason = forms.CharField(
        label=_("reason for unmarking"), max_length=500, widget=forms.Textarea(attrs={"rows": 3})
    )


class StandardYearForm(forms.Form):
    year = forms.IntegerField(label=_("year"), min_value=2000, max_value=2100)


class StandardItemForm(forms.ModelForm):
    class Meta:
        model = StandardItem
        fields = ["part", "text", "max_deduction", "sort_order"]
        help_texts = {"max_deduction": _("0 for a veto item: failing it makes the file 0.")}


class ScoreForm(forms.Form):
    comments = forms.CharField(label=_("review findings"), widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, items, **kwargs):
        super().__init__(*args, **kwargs)
        self.items = list(items)
        for item in self.items:
            if item.part == "veto":
                self.fields[f"veto_{item.pk}"] = forms.BooleanField(label=item.text, required=False)
            else:
                self.fields[f"item_{item.pk}"] = forms.DecimalField(
                    label=f"{item.text}（≤{item.max_deduction}）",
                    required=False,
                    min_value=0,
                    max_digits=5,
                    decimal_places=1,
                )

    def scores(self) -> tuple[list[int], dict]:
        data = self.cleaned_data
        vetoed = [item.pk for item in self.items if data.get(f"veto_{item.pk}")]
        deductions = {item.pk: data[f"item_{item.pk}"] for item in self.items if data.get(f"item_{item.pk}")}
        return vetoed, deductions


class AnswerForm(forms.Form):
    answer = forms.CharField(label=_("the body's answer"), widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)


class LetterForm(BoundedDates, forms.ModelForm):
    class Meta:
        model = SupervisionLetter
        fields = ["body", "kind", "subject", "text", "issued_on", "reply_due_on", "is_typical"]
        widgets = {"issued_on": DATE, "reply_due_on": DATE}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].queryset = visible(EnforcementBody.objects.all(), user, Purpose.REVIEW)
        self.fields["reply_due_on"].required = False


class ReplyForm(forms.Form):
    reply = forms.CharField(label=_("reply"), widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)


class ComplaintForm(BoundedDates, forms.ModelForm):
    class Meta:
        model = Complaint
        fields = ["body", "source", "received_on", "subject"]
        widgets = {"received_on": DATE}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].queryset = visible(EnforcementBody.objects.all(), user, Purpose.REVIEW)


class ComplaintOutcomeForm(forms.Form):
    outcome = forms.CharField(label=_("outcome of handling"), widget=forms.Textarea(attrs={"rows": 3}))
    is_substantiated = forms.BooleanField(label=_("substantiated"), required=False)


class TransferReportForm(BoundedDates, forms.Form):
    reported_on = forms.DateField(label=_("reported to the head on"), widget=DATE)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)


class TransferStepForm(BoundedDates, forms.Form):
    decided_on = forms.DateField(label=_("transfer decided on"), widget=DATE, required=False)
    transferred_at = forms.DateTimeField(
        label=_("transferred at"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )
    police_answer = forms.ChoiceField(label=_("police answer"), choices=PoliceAnswer.choices, required=False)
    police_answered_on = forms.DateField(label=_("police answered on"), widget=DATE, required=False)
    reconsideration_requested_on = forms.DateField(
        label=_("reconsideration requested on"), widget=DATE, required=False
    )
    materials_handed_on = forms.DateField(label=_("materials handed over on"), widget=DATE, required=False)
    procuratorate_suggestion = forms.CharField(
        label=_("procuratorate's suggestion"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)
