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
