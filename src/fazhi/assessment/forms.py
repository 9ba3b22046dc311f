from django import forms
from django.utils.translation import gettext_lazy as _

from fazhi.assessment.models import SchemeArea, ScoredItem

MAX_UPLOAD_BYTES = 2 * 1024 * 1024


class SelfAssessForm(forms.Form):
    points = forms.DecimalField(label=_("self-assessed points"), max_digits=9, decimal_places=2, min_value=0)
    note = forms.CharField(
        label=_("self-assessment note"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    evidence_url = forms.CharField(label=_("evidence link"), required=False, max_length=500)
    evidence_text = forms.CharField(
        label=_("evidence"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )


class JudgeForm(forms.Form):
    passed = forms.TypedChoiceField(
        label=_("judged met"),
        choices=[("yes", _("met")), ("no", _("not met"))],
        coerce=lambda value: value == "yes",
    )
    reason = forms.CharField(label=_("reason"), max_length=300)


class AdjustForm(forms.Form):
    points = forms.DecimalField(
        label=_("points set by the office"),
        required=False,
        max_digits=9,
        decimal_places=2,
        min_value=0,
        help_text=_("Leave empty to go back to the rule."),
    )
    reason = forms.CharField(label=_("reason"), max_length=300)


class DeductForm(forms.Form):
    points = forms.DecimalField(label=_("points deducted"), max_digits=9, decimal_places=2, min_value=0)
    reason = forms.CharField(label=_("reason"), max_length=300)


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("reason"), required=False, max_length=300)


class ItemForm(forms.ModelForm):
    class Meta:
        model = ScoredItem
        fields = [
            "number",
            "title",
            "max_points",
            "kind",
            "indicator_code",
            "target",
            "zero_at",
            "step",
            "points_per_step",
            "cap",
            "higher_is_better",
            "applies_to",
            "basis",
        ]


class AreaForm(forms.ModelForm):
    class Meta:
        model = SchemeArea
        fields = ["code", "name", "cap", "basis"]


class CopyForm(forms.Form):
    year = forms.IntegerField(label=_("year"), min_value=2000, max_value=2100)
    name = forms.CharField(label=_("name"), max_length=100)


class DefaultSchemeForm(forms.Form):
    year = forms.IntegerField(label=_("year"), min_value=2000, max_value=2100)


class SchemeImportForm(forms.Form):
    file = forms.FileField(label=_("Scheme file (.yaml or .xlsx)"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".yaml", ".yml", ".xlsx")):
            raise forms.ValidationError(_("Choose a YAML file (.yaml) or an Excel workbook (.xlsx)."))
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB."))
        return upload
