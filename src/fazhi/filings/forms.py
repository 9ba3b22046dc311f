from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from fazhi.core.dates import BoundedDates
from fazhi.core.uploads import check_upload
from fazhi.filings import rules
from fazhi.filings.coverage import BOARD_STATUSES, FLAGS
from fazhi.filings.models import FilingSeason
from fazhi.org.models import OrganisationKind


class SeasonForm(BoundedDates, forms.ModelForm):
    class Meta:
        model = FilingSeason
        fields = ["year", "filing_due", "publication_due", "requires_publication", "required_organisations"]
        widgets = {
            "filing_due": forms.DateInput(attrs={"type": "date"}),
            "publication_due": forms.DateInput(attrs={"type": "date"}),
            "required_organisations": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        # Only units of the season's region, which the office reaches.
        self.fields["required_organisations"].queryset = organisations
        if self.instance.pk:
            self.fields["year"].disabled = True
        else:
            for name in ("filing_due", "publication_due", "required_organisations"):
                self.fields[name].required = False
            self.fields["filing_due"].help_text = _("Leave empty for the rule's default.")
            self.fields["publication_due"].help_text = _("Leave empty for the rule's default.")


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Report file (docx, pdf, html, txt)"), required=False)
    text = forms.CharField(
        label=_("or paste the report's text"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=2_000_000,
    )

    def clean(self):
        data = super().clean()
        upload, text = data.get("file"), (data.get("text") or "").strip()
        if upload is None and not text and "file" not in self.errors:
            raise ValidationError(_("Choose a file or paste the report's text."))
        if upload is not None:
            try:
                data["kind"] = check_upload(upload, rules.REPORT_KINDS, max_bytes=rules.max_report_bytes())
            except ValidationError as invalid:
                self.add_error("file", invalid)
                return data
            upload.seek(0)
            data["data"], data["name"] = upload.read(), upload.name
        else:
            data["kind"], data["data"], data["name"] = "pasted", text.encode("utf-8"), "pasted.txt"
        return data


class ReturnForm(forms.Form):
    reasons = forms.CharField(
        label=_("reasons for return"), widget=forms.Textarea(attrs={"rows": 8}), max_length=5000
    )


class AcceptForm(BoundedDates, forms.Form):
    publish = forms.BooleanField(label=_("publish on the portal now"), required=False, initial=True)
    published_on = forms.DateField(
        label=_("publication date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class PublishForm(BoundedDates, forms.Form):
    published_on = forms.DateField(
        label=_("publication date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class BoardFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("status"), required=False, choices=[("", _("all statuses")), *BOARD_STATUSES.items()]
    )
    flag = forms.ChoiceField(label=_("problem"), required=False, choices=[("", _("any")), *FLAGS.items()])
    kind = forms.ChoiceField(
        label=_("kind"), required=False, choices=[("", _("all kinds")), *OrganisationKind.choices]
    )


class ShortcomingsForm(forms.Form):
    """The points of the shortcomings part the reviewer puts on the problem list."""

    points = forms.TypedMultipleChoiceField(
        label=_("sentences"), coerce=int, error_messages={"required": _("Choose at least one sentence.")}
    )

    def __init__(self, *args, numbers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["points"].choices = [(n, str(n)) for n in numbers]
