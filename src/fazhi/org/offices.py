"""Which rule-of-law office (依法治区办) a user acts for, and which is a region's office.

The one place these questions are answered; apps never query
``is_rule_of_law_office`` memberships themselves. Two rules hold for both:

- an inactive organisation is never an office (nor is a membership of it, nor an
  inactive membership or login);
- a system administrator (a superuser, or a ``system_admin`` membership) acts
  for no office unless he also holds an office-reviewer membership of one. The
  system administrator keeps the platform running (Django's admin, the
  organisation pages); the office's acts (opening a season, planning an
  inspection, issuing a notice) are the office's and are recorded against
  one of its reviewers, so callers refuse him like any other user without an
  office (``require_office``).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from fazhi.core.scoping import Person, Role
from fazhi.org.models import Organisation
from fazhi.org.naming import with_office


def office_for(user: Person) -> Organisation | None:
    """The active rule-of-law office ``user`` reviews for, or None.

    The organisation of the user's active office-reviewer membership that hosts
    the office. Holding several (a city reviewer also seconded to a county),
    the one with the smallest region code answers (a city's office before its
    counties'), then the first listed. None for anyone else: unit
    people, evaluators, the public, inactive logins and system administrators
    without such a membership (see the module docstring).
    """
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    return (
        Organisation.objects.filter(
            is_rule_of_law_office=True,
            is_active=True,
            memberships__user=user,
            memberships__role=Role.OFFICE_REVIEWER,
            memberships__is_active=True,
        )
        .order_by("region_code", "sort_order", "pk")
        .first()
    )


def require_office(user: Person, refusal: str | None = None) -> Organisation:
    """``office_for(user)``, or PermissionDenied (403) saying only the office may do this."""
    office = office_for(user)
    if office is None:
        raise PermissionDenied(refusal or with_office(_("Only %(office)s may do this.")))
    return office


def office_of_region(region_code: str) -> Organisation | None:
    """The active organisation hosting region ``region_code``'s rule-of-law office, or None."""
    return (
        Organisation.objects.filter(region_code=region_code, is_rule_of_law_office=True, is_active=True)
        .order_by("pk")
        .first()
    )
