from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from fazhi.core.scoping import Purpose, scope_of


class LoginForm(AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "Wrong user name or password. Note that both are case-sensitive; "
            "repeated failures lock the account for a while."
        ),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("user name")
        self.fields["password"].label = _("password")
        self.fields["username"].widget.attrs.update({"autocomplete": "username", "autofocus": True})


# Django ends every form label with gettext(":"). Naming the msgid here puts it
# in our catalogue, which takes precedence, as the full-width colon (：) that
# Chinese forms use.
LABEL_SUFFIX = _(":")


# The Excel import form every app's import page shows (core.pages.import_page).
IMPORT_MAX_BYTES = 5 * 1024 * 1024


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Excel file (.xlsx)"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(".xlsx"):
            raise forms.ValidationError(_("Choose an Excel workbook ending in .xlsx."))
        if upload.size > IMPORT_MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload


# --- proxy entry (代为录入): the office enters a unit's step for it (core.duties) ---------


def may_proxy(user) -> bool:
    """Whether ``user`` reaches units from above (the office, a system administrator)."""
    scope = scope_of(user)
    return Purpose.EDIT in scope.everywhere or bool(scope.region_codes.get(Purpose.EDIT))


def add_proxy_fields(form: forms.Form, user) -> forms.Form:
    """Give ``form`` the proxy-entry tick box and reason, for office users only; units never see them."""
    if may_proxy(user):
        form.fields["proxy"] = forms.BooleanField(
            label=_("proxy entry for the unit (代为录入)"),
            required=False,
            help_text=_(
                "Only when the unit cannot enter this itself; the record shows who entered it and why."
            ),
        )
        form.fields["proxy_reason"] = forms.CharField(
            label=_("reason for proxy entry"),
            required=False,
            max_length=500,
            widget=forms.Textarea(attrs={"rows": 2}),
        )
    return form


def pop_proxy_reason(data: dict) -> str:
    """Take the proxy fields out of ``cleaned_data``: the reason when proxy entry is ticked, else ""."""
    ticked = data.pop("proxy", False)
    reason = data.pop("proxy_reason", "") or ""
    return reason.strip() if ticked else ""
