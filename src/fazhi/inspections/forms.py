from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from fazhi.core.dates import BoundedDates
from fazhi.core.forms import add_proxy_fields
from fazhi.core.scoping import Purpose, scope_of, visible
from fazhi.inspections.models import Entity, Inspector, Matter, MatterKind, Outcome, RiskGrade
from fazhi.org.models import Organisation

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _departments(user):
    return scope_of(user).organisations(Purpose.EDIT).filter(is_active=True)


class SearchForm(forms.Form):
    q = forms.CharField(label=_("search"), max_length=50, required=False)


class MatterForm(forms.Form):
    organisation = forms.ModelChoiceField(label=_("department"), queryset=None)
    name = forms.CharField(label=_("matter"), max_length=200)
    legal_basis = forms.CharField(label=_("legal basis"), max_length=500)
    object_type = forms.CharField(label=_("object type"), max_length=100)
    kind = forms.ChoiceField(label=_("kind"), choices=MatterKind.choices)
    method = forms.CharField(label=_("inspection method"), max_length=200)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = _departments(user)
        add_proxy_fields(self, user)


class RevisionForm(forms.Form):
    name = forms.CharField(label=_("matter"), max_length=200)
    legal_basis = forms.CharField(label=_("legal basis"), max_length=500)
    object_type = forms.CharField(label=_("object type"), max_length=100)
    kind = forms.ChoiceField(label=_("kind"), choices=MatterKind.choices)
    method = forms.CharField(label=_("inspection method"), max_length=200)
    change_reason = forms.CharField(label=_("reason for the change"), max_length=300)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)


class EntityForm(forms.Form):
    organisation = forms.ModelChoiceField(label=_("department"), queryset=None)
    name = forms.CharField(label=_("name"), max_length=200)
    credit_code = forms.CharField(label=_("unified social credit code"), max_length=18, min_length=18)
    legal_representative = forms.CharField(label=_("legal representative"), max_length=50, required=False)
    address = forms.CharField(label=_("address"), max_length=200, required=False)
    category = forms.CharField(label=_("category"), max_length=50, required=False)
    risk_grade = forms.ChoiceField(label=_("risk grade"), choices=RiskGrade.choices, initial=RiskGrade.MEDIUM)
    has_complaints = forms.BooleanField(label=_("complaints received"), required=False)
    is_abnormal = forms.BooleanField(label=_("listed for abnormal operation"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = _departments(user)
        add_proxy_fields(self, user)


class InspectorForm(BoundedDates, forms.Form):
    organisation = forms.ModelChoiceField(label=_("department"), queryset=None)
    name = forms.CharField(label=_("name"), max_length=50)
    certificate_number = forms.CharField(label=_("enforcement certificate number"), max_length=40)
    field = forms.CharField(label=_("field"), max_length=100, required=False)
    expires_on = forms.DateField(label=_("certificate valid until"), widget=DATE, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = _departments(user)
        add_proxy_fields(self, user)


class RosterForm(forms.Form):
    organisation = forms.ModelChoiceField(label=_("department"), queryset=None)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = _departments(user)
        add_proxy_fields(self, user)


class ConflictForm(forms.Form):
    inspector = forms.ModelChoiceField(label=_("inspector"), queryset=None)
    credit_code = forms.CharField(label=_("unified social credit code"), max_length=18)
    reason = forms.CharField(label=_("reason"), max_length=300)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["inspector"].queryset = visible(
            Inspector.objects.select_related("organisation"), user, Purpose.EDIT
        )
        add_proxy_fields(self, user)

    def clean(self):
        data = super().clean()
        inspector, code = data.get("inspector"), (data.get("credit_code") or "").strip().upper()
        if inspector and code:
            # The entity of the inspector's own department's pool, or of any pool the user may edit.
            entity = visible(Entity.objects.filter(credit_code=code), self.user, Purpose.EDIT).first()
            if entity is None:
                self.add_error("credit_code", _("No entity with this credit code in a pool you may edit."))
            data["entity"] = entity
        return data


class PlanForm(BoundedDates, forms.Form):
    organisation = forms.ModelChoiceField(label=_("lead department"), queryset=None)
    title = forms.CharField(label=_("title"), max_length=200)
    matters = forms.ModelMultipleChoiceField(label=_("inspection matters"), queryset=None)
    partners = forms.ModelMultipleChoiceField(label=_("joint departments"), queryset=None, required=False)
    category = forms.CharField(label=_("entity category"), max_length=50, required=False)
    risk_grades = forms.MultipleChoiceField(
        label=_("risk grades"), choices=RiskGrade.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    sampling_percent = forms.DecimalField(label=_("sampling ratio (%)"), max_digits=5, decimal_places=2)
    raised_percent = forms.DecimalField(
        label=_("sampling ratio for high-risk or flagged entities (%)"), max_digits=5, decimal_places=2
    )
    inspectors_per_object = forms.IntegerField(label=_("inspectors per entity"), min_value=1, initial=2)
    starts_on = forms.DateField(label=_("period from"), widget=DATE)
    ends_on = forms.DateField(label=_("period until"), widget=DATE)

    def __init__(self, *args, user, **kwargs):
        from fazhi.inspections import rules

        super().__init__(*args, **kwargs)
        departments = _departments(user)
        self.fields["organisation"].queryset = departments
        # A joint plan takes current matters of the partners too: those the region's pages show.
        self.fields["matters"].queryset = Matter.objects.filter(
            is_current=True, organisation__region_code__in=departments.values("region_code")
        ).select_related("organisation")
        self.fields["partners"].queryset = Organisation.objects.filter(
            is_active=True, region_code__in=departments.values("region_code"), kind="department"
        )
        self.fields["sampling_percent"].initial = rules.minimum_sampling_percent()
        self.fields["raised_percent"].initial = rules.default_raised_percent()
        add_proxy_fields(self, user)

    def clean_risk_grades(self):
        return ",".join(self.cleaned_data["risk_grades"])


class ProxyForm(forms.Form):
    """Only the proxy fields, for a button the office may press for the department (代为录入)."""

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)


class VoidForm(forms.Form):
    reason = forms.CharField(
        label=_("reason for voiding"), max_length=500, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)


class ResultForm(BoundedDates, forms.Form):
    outcome = forms.ChoiceField(label=_("result"), choices=Outcome.choices)
    inspected_on = forms.DateField(label=_("inspected on"), widget=DATE)
    findings = forms.CharField(label=_("findings"), max_length=500, required=False)
    follow_up = forms.CharField(label=_("follow-up"), max_length=500, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        add_proxy_fields(self, user)


class VerifyForm(forms.Form):
    snapshot = forms.FileField(label=_("snapshot file (snapshot.jsonl)"))
    seed = forms.FileField(label=_("seed file (seed.txt)"))
    result = forms.FileField(label=_("result file (result.jsonl)"))

    MAX_BYTES = 64 * 1024 * 1024

    def clean(self):
        data = super().clean()
        for name in ("snapshot", "seed", "result"):
            upload = data.get(name)
            if upload is not None and upload.size > self.MAX_BYTES:
                self.add_error(name, _("The file is too large."))
        return data
