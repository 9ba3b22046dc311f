from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _


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
