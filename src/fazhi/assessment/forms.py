from django import forms
from django.utils.translation import gettext_lazy as _

from fazhi.assessment.models import SchemeArea, ScoredItem
from fazhi.core.forms import add_proxy_fields, add_version_field

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


SHEET_PARTS = ("points", "note", "evidence_url", "evidence_text")


class SelfAssessmentForm(forms.Form):
    """A unit's whole self-assessment as one form: four fields per item, named by its score's id.

    Each item's fields have their own ids (``id_item_<score>_points``) and
    labels bound to them; the points are bounded by that item's maximum.
    Offices get the proxy-entry fields; the sheet's version detects a stale edit.
    """

    def __init__(self, *args, assessment, scores, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.scores = list(scores)
        for score in self.scores:
            item, name = score.item, self.field_name
            maximum = item.max_points
            self.fields[name(score, "points")] = forms.DecimalField(
                label=_("%(number)s self-assessed points (0–%(max)s)")
                % {"number": item.number, "max": f"{maximum.normalize():f}"},
                required=False,
                max_digits=9,
                decimal_places=2,
                min_value=0,
                max_value=maximum,
                initial=score.self_points,
                widget=forms.NumberInput(attrs={"step": "0.01", "min": "0", "max": f"{maximum:f}"}),
            )
            self.fields[name(score, "note")] = forms.CharField(
                label=_("%(number)s self-assessment note") % {"number": item.number},
                required=False,
                max_length=2000,
                initial=score.self_note,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
            self.fields[name(score, "evidence_url")] = forms.CharField(
                label=_("%(number)s evidence link") % {"number": item.number},
                required=False,
                max_length=500,
                initial=score.evidence_url,
            )
            self.fields[name(score, "evidence_text")] = forms.CharField(
                label=_("%(number)s evidence") % {"number": item.number},
                required=False,
                max_length=2000,
                initial=score.evidence_text,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
        add_proxy_fields(self, user)
        add_version_field(self, assessment)

    @staticmethod
    def field_name(score, part: str) -> str:
        return f"item_{score.pk}_{part}"

    def rows(self):
        """(score, {part: bound field}) per item, in the sheet's order, for the template."""
        return [
            (score, {part: self[self.field_name(score, part)] for part in SHEET_PARTS})
            for score in self.scores
        ]

    def entries(self) -> dict[int, dict]:
        """The cleaned values per score id, in the keyword names of ``actions.self_assess``."""
        data = self.cleaned_data
        return {
            score.pk: {
                "points": data.get(self.field_name(score, "points")),
                "note": data.get(self.field_name(score, "note")) or "",
                "evidence_url": data.get(self.field_name(score, "evidence_url")) or "",
                "evidence_text": data.get(self.field_name(score, "evidence_text")) or "",
            }
            for score in self.scores
        }


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


REVIEW_FORMS = {"judge": JudgeForm, "adjust": AdjustForm, "deduct": DeductForm}


def review_forms(score) -> dict[str, forms.Form]:
    """The office's judge / adjust / deduct forms of one score on the sheet page.

    Each form's ids carry its step and score (``id_deduct_<score>_points``) so
    that the many per-item forms on one page repeat no id and every label
    names its own field; the field names stay as the per-item views read them.
    """
    return {step: form_class(auto_id=f"id_{step}_{score.pk}_%s") for step, form_class in REVIEW_FORMS.items()}


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("reason"), required=False, max_length=300)


class ItemForm(forms.ModelForm):
    class Meta:
        model = ScoredItem
        fields = ScoredItem.EDITABLE_FIELDS


class AreaForm(forms.ModelForm):
    class Meta:
        model = SchemeArea
        fields = SchemeArea.EDITABLE_FIELDS


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
