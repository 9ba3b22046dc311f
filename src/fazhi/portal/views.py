"""Public pages. Nothing here uses the scoping helper: every query names the
published records it shows, and nothing a unit keeps to itself is reachable."""

from __future__ import annotations

from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from fazhi.core.modules import Module

# What the law makes public, by the module that will publish it. A section
# links once its app's portal.py is mounted (see fazhi.portal.urls).
PUBLIC_SECTIONS: tuple[Module, ...] = tuple(
    Module(code, name, "", namespace=f"{code}_portal")
    for code, name in (
        ("filings", _("Annual reports on building a rule-of-law government")),
        ("normdocs", _("Normative documents")),
        ("decisions", _("Catalogue of major administrative decisions")),
        ("enforcement", _("Enforcement publicity")),
        ("inspections", _("Random inspection results")),
    )
)


def home(request):
    return render(request, "portal/home.html", {"sections": PUBLIC_SECTIONS})
