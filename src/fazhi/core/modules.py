"""The modules shown in the navigation, built or not.

A module is enabled when its app is installed; until then the navigation
shows it as 尚未启用 without a link, so nothing looks like it works before it
does. A new app flips itself on by being added to INSTALLED_APPS with an
``index`` URL named ``<code>:index`` (and, on the portal, ``<code>_portal:index``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Module:
    code: str  # the app label (fazhi.<code>)
    name: str
    group: str
    namespace: str = ""  # URL namespace of its index page; default the code

    @property
    def url_name(self) -> str:
        return f"{self.namespace or self.code}:index"

    @property
    def enabled(self) -> bool:
        return apps.is_installed(f"fazhi.{self.code}") and self.url is not None

    @property
    def url(self) -> str | None:
        try:
            return reverse(self.url_name)
        except NoReverseMatch:
            return None


DUTY = _("Duties")
CYCLE = _("Yearly cycle")
BASE = _("Basics")

MODULES: tuple[Module, ...] = (
    Module("org", _("Organisations and people"), BASE),
    Module("normdocs", _("Normative documents"), DUTY),
    Module("decisions", _("Major administrative decisions"), DUTY),
    Module("counsel", _("Legal counsel"), DUTY),
    Module("enforcement", _("Administrative enforcement"), DUTY),
    Module("inspections", _("Random inspections"), DUTY),
    Module("disputes", _("Reconsideration, litigation and mediation"), DUTY),
    Module("education", _("Legal education"), DUTY),
    Module("plans", _("Year plan and key tasks"), CYCLE),
    Module("oversight", _("Inspections and rectification"), CYCLE),
    Module("indicators", _("Indicators"), CYCLE),
    Module("assessment", _("Assessment"), CYCLE),
    Module("filings", _("Annual reports"), CYCLE),
)


def navigation() -> list[tuple[str, list[Module]]]:
    groups: dict[str, list[Module]] = {}
    for module in MODULES:
        groups.setdefault(str(module.group), []).append(module)
    return list(groups.items())
