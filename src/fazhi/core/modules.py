"""The apps of fazhi: their optional modules found by name, and the navigation.

``app_modules(name)`` is the one place that finds each installed fazhi app's
optional module ``name`` (``indicators``, ``todo``, ``demo``, ``reminders``,
``portal``, ``api``, ``urls``): the indicator providers, the work list, the
demo loader, the reminder run, the portal, the API and the main URLconf all
ask it, so a new app is picked up by being in INSTALLED_APPS. Core never
imports an app by name.

A module of the navigation is enabled when its app is installed; until then
the navigation shows it as 尚未启用 without a link, so nothing looks like it
works before it does. A new app flips itself on by being added to
INSTALLED_APPS with an ``index`` URL named ``<code>:index`` (and, on the
portal, ``<code>_portal:index``).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from importlib.util import find_spec
from types import ModuleType

from django.apps import AppConfig, apps
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _


def app_modules(name: str) -> list[tuple[AppConfig, ModuleType]]:
    """Each installed fazhi app that has a module ``name``, with it, in INSTALLED_APPS order.

    Core is left out: its modules of these names (``core.reminders``, ``core.urls``) are
    the machinery itself, not an app plugged into it.
    """
    found = []
    for config in apps.get_app_configs():
        if config.name == "fazhi.core" or not config.name.startswith("fazhi."):
            continue
        if find_spec(f"{config.name}.{name}") is not None:
            found.append((config, import_module(f"{config.name}.{name}")))
    return found


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
    Module("reports", _("Own annual report"), CYCLE),
    Module("rollup", _("Regional roll-up"), CYCLE),
)


def navigation() -> list[tuple[str, list[Module]]]:
    groups: dict[str, list[Module]] = {}
    for module in MODULES:
        groups.setdefault(str(module.group), []).append(module)
    return list(groups.items())


def current_module(request) -> Module | None:
    """The module whose pages ``request`` is on, found by the URL namespace (``plans:...``)."""
    match = getattr(request, "resolver_match", None)
    if match is None or not match.namespaces:
        return None
    return next((module for module in MODULES if module.url_name == f"{match.namespaces[0]}:index"), None)
