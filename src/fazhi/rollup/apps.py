from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RollupConfig(AppConfig):
    name = "fazhi.rollup"
    label = "rollup"
    verbose_name = _("Regional roll-up")
