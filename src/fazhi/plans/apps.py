from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "fazhi.plans"
    label = "plans"
    verbose_name = _("Year plan and key tasks")
