"""Django's minimum-length validator with a message that has a Chinese translation.

Django 5.2 changed that message's msgid to use ``%d`` while its zh_Hans
catalogue still translates the older ``%(min_length)d`` form, so the error
appeared in English. Our catalogue carries the translation.
"""

from django.contrib.auth import password_validation
from django.utils.translation import ngettext


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    def get_error_message(self):
        return ngettext(
            "The password is too short: at least %(min_length)d character.",
            "The password is too short: at least %(min_length)d characters.",
            self.min_length,
        ) % {"min_length": self.min_length}
