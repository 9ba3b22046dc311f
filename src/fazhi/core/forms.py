import uuid

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


def proxy_reason_given(form: forms.Form) -> bool:
    """Whether a valid form with the proxy fields has a reason when proxy entry is ticked; else the error on it."""
    if form.cleaned_data.get("proxy") and not (form.cleaned_data.get("proxy_reason") or "").strip():
        form.add_error(
            "proxy_reason", _("Proxy entry is ticked: give the reason the unit cannot enter this itself.")
        )
        return False
    return True


# --- one submit per form, and no silent overwrite (issue 18 §1) --------------------------

FORM_TOKEN = "form_token"  # noqa: S105 - a field name, not a secret


def add_form_token(form: forms.Form) -> forms.Form:
    """Give a create form a one-time token (``core.pages.submit_once``): a double click creates one record.

    Nothing is stored when the form is shown; the token is kept when the form is first saved.
    """
    form.fields[FORM_TOKEN] = forms.CharField(
        required=False, max_length=64, widget=forms.HiddenInput, initial=uuid.uuid4().hex
    )
    return form


def add_version_field(form: forms.Form, record) -> forms.Form:
    """Carry the version of ``record`` (``core.models.Versioned``) the edit form shows: see ``edited_version``."""
    form.fields["version"] = forms.IntegerField(
        required=False, min_value=0, widget=forms.HiddenInput, initial=record.version
    )
    return form


def edited_version(form: forms.Form, record):
    """Take the version out of ``cleaned_data`` and give it to ``record``: saving it then refuses a stale edit.

    The action's save matches only that version, so an edit of a record
    someone saved after the form was opened is refused, naming who and when.
    """
    version = form.cleaned_data.pop("version", None)
    if version is not None:
        record.version = version
    return record
