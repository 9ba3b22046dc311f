from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from fazhi.core.dates import BoundedDates
from fazhi.core.forms import add_proxy_fields
from fazhi.core.scoping import Purpose, scope_of
from fazhi.disputes.models import (
    AgreementForm,
    CaseStatus,
    CourtHearing,
    CourtSuggestion,
    Hearing,
    Lawsuit,
    LawsuitOutcome,
    MediationCase,
    MediationOrganisation,
    MediationOutcome,
    Outcome,
    Procedure,
    ReconsiderationCase,
    SuspensionGround,
)

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _date(label, required=True):
    return forms.DateField(label=label, widget=DATE, required=required)


class CaseFilterForm(forms.Form):
    q = forms.CharField(label=_("search"), max_length=50, required=False)
    status = forms.ChoiceField(
        label=_("status"), required=False, choices=[("", _("all states")), *CaseStatus.choices]
    )
    overdue = forms.BooleanField(label=_("overdue only"), required=False)


class ApplicationForm(BoundedDates, forms.ModelForm):
    respondent = forms.ModelChoiceField(label=_("respondent"), queryset=None)

    class Meta:
        model = ReconsiderationCase
        fields = [
            "case_number",
            "respondent",
            "applicant_kind",
            "applicant_name",
            "applicant_contact",
            "application_form",
            "channel",
            "act_kind",
            "act_description",
            "act_on",
            "act_amount",
            "real_estate",
            "notified_of_right",
            "known_on",
            "received_on",
            "request",
            "vertical_system",
            "competent_organ",
        ]
        widgets = {
            "act_on": DATE,
            "known_on": DATE,
            "received_on": DATE,
            "request": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["respondent"].queryset = (
            scope_of(user)
            .organisations(Purpose.REVIEW)
            .filter(is_active=True)
            .order_by("region_code", "sort_order")
        )


class SupplementForm(BoundedDates, forms.Form):
    items = forms.CharField(label=_("items to supplement"), widget=forms.Textarea(attrs={"rows": 3}))
    served_on = _date(_("notice served on"))


class SupplementReceivedForm(BoundedDates, forms.Form):
    received_on = _date(_("supplement received on"))


class AbandonedForm(BoundedDates, forms.Form):
    recorded_on = _date(_("recorded on"))


class AcceptForm(BoundedDates, forms.Form):
    decided_on = _date(_("decided on"))
    procedure = forms.ChoiceField(label=_("procedure"), choices=Procedure.choices)
    is_major = forms.BooleanField(label=_("major, difficult or complicated"), required=False)
    parties_agree = forms.BooleanField(
        label=_("the parties agree to the simplified procedure"), required=False
    )
    confirm = forms.BooleanField(
        label=_("a proper reason delayed the application"),
        required=False,
        help_text=_("Tick only for an application that came after the last day to apply."),
    )


class NotAcceptForm(BoundedDates, forms.Form):
    decided_on = _date(_("decided on"))
    reasons = forms.CharField(label=_("reasons"), widget=forms.Textarea(attrs={"rows": 3}))


class CopyForm(BoundedDates, forms.Form):
    sent_on = _date(_("copy sent to the respondent on"))
    received_on = _date(_("respondent received the copy on"), required=False)


class AnswerForm(BoundedDates, forms.Form):
    received_on = _date(_("answer received on"))


class HearingForm(BoundedDates, forms.ModelForm):
    class Meta:
        model = Hearing
        fields = [
            "notice_served_on",
            "held_on",
            "presiding",
            "hearing_officers",
            "clerk",
            "respondent_head_attended",
        ]
        widgets = {"notice_served_on": DATE, "held_on": DATE}


class SuspendForm(BoundedDates, forms.Form):
    ground = forms.ChoiceField(label=_("ground"), choices=SuspensionGround.choices)
    started_on = _date(_("suspended on"))
    note = forms.CharField(label=_("note"), required=False, max_length=300)


class ResumeForm(BoundedDates, forms.Form):
    resumed_on = _date(_("resumed on"))


class ExtendForm(BoundedDates, forms.Form):
    days = forms.IntegerField(label=_("extension (days)"), min_value=1, max_value=30)
    approved_by = forms.CharField(label=_("extension approved by"), max_length=60)
    notified_on = _date(_("extension notified on"))


class CloseForm(BoundedDates, forms.Form):
    outcome = forms.ChoiceField(label=_("outcome"), choices=Outcome.choices)
    closed_on = _date(_("closed on"))
    reasons = forms.CharField(label=_("reasons"), widget=forms.Textarea(attrs={"rows": 4}), required=False)


class PerformForm(BoundedDates, forms.Form):
    performed_on = _date(_("decision performed on"))
    note = forms.CharField(label=_("performance"), max_length=300)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)


class PublishForm(BoundedDates, forms.Form):
    published_on = _date(_("published on"))
    text = forms.CharField(
        label=_("published decision text"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Without the names and contacts of natural persons."),
    )


class OpinionForm(BoundedDates, forms.Form):
    issued_on = _date(_("issued on"))
    problems = forms.CharField(label=_("problems found"), widget=forms.Textarea(attrs={"rows": 3}))
    recommendations = forms.CharField(label=_("recommendations"), widget=forms.Textarea(attrs={"rows": 3}))


class LawsuitForm(BoundedDates, forms.ModelForm):
    defendant = forms.ModelChoiceField(label=_("defendant"), queryset=None)

    class Meta:
        model = Lawsuit
        fields = [
            "defendant",
            "court_case_number",
            "court",
            "court_instance",
            "plaintiff",
            "subject",
            "served_on",
        ]
        widgets = {"served_on": DATE}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["defendant"].queryset = scope_of(user).organisations(Purpose.EDIT).filter(is_active=True)
        add_proxy_fields(self, user)


class CourtHearingForm(BoundedDates, forms.ModelForm):
    class Meta:
        model = CourtHearing
        fields = [
            "notice_received_on",
            "held_on",
            "head_appeared",
            "appeared_name",
            "appeared_title",
            "absence_reason",
            "absence_note",
        ]
        widgets = {"notice_received_on": DATE, "held_on": DATE}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)


class LawsuitCloseForm(BoundedDates, forms.Form):
    outcome = forms.ChoiceField(label=_("outcome"), choices=LawsuitOutcome.choices)
    closed_on = _date(_("closed on"))
    resolved_substantively = forms.BooleanField(label=_("dispute substantively resolved"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)


class SuggestionForm(BoundedDates, forms.ModelForm):
    class Meta:
        model = CourtSuggestion
        fields = ["kind", "issuer", "received_on", "content", "reply_due_on"]
        widgets = {"received_on": DATE, "reply_due_on": DATE, "content": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reply_due_on"].required = False
        add_proxy_fields(self, user)


class ReplyForm(BoundedDates, forms.Form):
    replied_on = _date(_("replied on"))
    reply = forms.CharField(label=_("reply"), widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)


class MediationOrganisationForm(BoundedDates, forms.ModelForm):
    organisation = forms.ModelChoiceField(label=_("responsible unit"), queryset=None)

    class Meta:
        model = MediationOrganisation
        fields = ["organisation", "name", "kind", "established_on"]
        widgets = {"established_on": DATE}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = (
            scope_of(user).organisations(Purpose.EDIT).filter(is_active=True)
        )
        add_proxy_fields(self, user)


class MediationCaseForm(BoundedDates, forms.ModelForm):
    class Meta:
        model = MediationCase
        fields = [
            "dispute_type",
            "source",
            "parties",
            "summary",
            "received_on",
            "outcome",
            "agreement_form",
            "closed_on",
        ]
        widgets = {"received_on": DATE, "closed_on": DATE}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)


class CorrectionReportForm(BoundedDates, forms.Form):
    reported_on = _date(_("correction reported on"))
    summary = forms.CharField(label=_("correction report"), widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)


class MediatorForm(forms.Form):
    name = forms.CharField(label=_("name"), max_length=30)
    is_full_time = forms.BooleanField(label=_("full-time"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)


class MediationCloseForm(BoundedDates, forms.Form):
    outcome = forms.ChoiceField(label=_("outcome"), choices=MediationOutcome.choices)
    closed_on = _date(_("closed on"))
    agreement_form = forms.ChoiceField(
        label=_("agreement"), choices=[("", "—"), *AgreementForm.choices], required=False
    )
    referred_to_court_on = _date(_("referred to the court on"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)


class ConfirmationForm(BoundedDates, forms.Form):
    applied_on = _date(_("judicial confirmation applied for on"))
    confirmed = forms.BooleanField(label=_("judicially confirmed"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)
