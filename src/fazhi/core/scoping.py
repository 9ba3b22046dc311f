"""The one scoping helper family: which organisations' records a user may touch.

Every list, detail, form, export and API endpoint filters its records through
this module. Nothing else in fazhi decides visibility.

Usage in an app (records with an ``organisation`` foreign key)::

    from fazhi.core.scoping import Purpose, visible, get_visible_or_404, require

    qs = visible(NormativeDocument.objects.all(), request.user)                # READ
    doc = get_visible_or_404(NormativeDocument.objects, request.user, pk=pk)   # 404, never 403
    require(request.user, Purpose.EDIT, doc.organisation)                      # PermissionDenied
    seasons = visible_by_region(FilingSeason.objects.all(), user)             # region-wide records
    season = get_visible_by_region_or_404(FilingSeason.objects, user, pk=pk)  # 404, never 403

A record reaches its organisation through ``organisation`` unless its model
declares other paths once, as a class attribute read here (any path grants)::

    class KeyTask(TimeStampedModel):
        scope_paths = ("lead_unit", "co_units")

Region-wide records (a filing season, a year plan, a scheme) carry ``region_code``.

What each role reaches, and for which purposes, is ``ROLE_REACH`` below (the
role table in docs/architecture.md is tested against it).

"Its region" is the region of the membership's organisation and every region
below it in ``fazhi.catalog.regions`` (a county office sees the county's
departments, townships and bodies; a city office also every county under it).
A membership of an inactive organisation grants nothing. The public has no
login and no scope: portal pages choose published records explicitly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING, TypeAlias

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Model, Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fazhi.catalog import regions

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser
    from django.contrib.auth.models import AnonymousUser

# Who looks: a logged-in person, or the anonymous visitor of a request (who reaches nothing).
Person: TypeAlias = "AbstractBaseUser | AnonymousUser"
# Who acts: a person, or None when fazhi itself acts (reminders, the demo loader, the job runner).
Actor: TypeAlias = "AbstractBaseUser | None"


class Purpose(StrEnum):
    READ = "read"  # see the records
    EDIT = "edit"  # create and change duty records
    SIGN_OFF = "sign_off"  # the unit's own sign-off (unit leader)
    REVIEW = "review"  # the office's acts: accept, return, verify, inspect
    SCORE = "score"  # assessment scores
    MANAGE = "manage"  # organisations and memberships


class Reach(StrEnum):
    EVERYTHING = "everything"
    REGION = "region"
    OWN = "own"


class Role(models.TextChoices):
    """A membership's role (``fazhi.org.models.Membership.role``)."""

    SYSTEM_ADMIN = "system_admin", gettext_lazy("system administrator")
    OFFICE_REVIEWER = "office_reviewer", gettext_lazy("rule-of-law office reviewer")
    UNIT_LEADER = "unit_leader", gettext_lazy("unit leader")
    UNIT_FILER = "unit_filer", gettext_lazy("unit filer")
    EVALUATOR = "evaluator", gettext_lazy("evaluator")


# The contract of this module: how far each role reaches, and for what. The role
# table in docs/architecture.md is checked against it (tests/platform/test_role_table.py).
ROLE_REACH: dict[Role, tuple[Reach, frozenset[Purpose]]] = {
    Role.SYSTEM_ADMIN: (Reach.EVERYTHING, frozenset(Purpose)),
    Role.OFFICE_REVIEWER: (
        Reach.REGION,
        frozenset({Purpose.READ, Purpose.EDIT, Purpose.REVIEW, Purpose.SCORE, Purpose.MANAGE}),
    ),
    Role.UNIT_LEADER: (Reach.OWN, frozenset({Purpose.READ, Purpose.EDIT, Purpose.SIGN_OFF})),
    Role.UNIT_FILER: (Reach.OWN, frozenset({Purpose.READ, Purpose.EDIT})),
    Role.EVALUATOR: (Reach.REGION, frozenset({Purpose.READ, Purpose.SCORE})),
}


def _organisation_model():
    # core sits below org (pyproject.toml's layers contract): it names org's model through
    # the app registry at run time, as Django names the user model, and never imports org.
    return apps.get_model("org", "Organisation")


@lru_cache(maxsize=512)
def region_codes_within(code: str) -> frozenset[str]:
    """``code`` and every region code below it in the catalog."""
    out = {code}
    stack = [code]
    while stack:
        for child in regions.children(stack.pop()):
            if child.code not in out:
                out.add(child.code)
                stack.append(child.code)
    return frozenset(out)


@dataclass(frozen=True)
class Scope:
    """What one user may reach, per purpose. Built once per request."""

    user_id: int | None = None
    everywhere: frozenset[Purpose] = frozenset()
    own: dict[Purpose, frozenset[int]] = field(default_factory=dict)
    region_codes: dict[Purpose, frozenset[str]] = field(default_factory=dict)
    # Region codes of the user's own units: what region-wide records (a filing
    # season, a year plan) a unit user may read.
    own_region_codes: frozenset[str] = frozenset()

    def is_empty(self, purpose: Purpose) -> bool:
        return (
            purpose not in self.everywhere
            and not self.own.get(purpose)
            and not self.region_codes.get(purpose)
        )

    def organisation_q(self, purpose: Purpose) -> Q | None:
        """A filter on Organisation, or None meaning every organisation."""
        if purpose in self.everywhere:
            return None
        return Q(pk__in=sorted(self.own.get(purpose, ()))) | Q(
            region_code__in=sorted(self.region_codes.get(purpose, ()))
        )

    def organisations(self, purpose: Purpose = Purpose.READ) -> QuerySet:
        Organisation = _organisation_model()
        q = self.organisation_q(purpose)
        return Organisation.objects.all() if q is None else Organisation.objects.filter(q)

    def regions(self, purpose: Purpose) -> frozenset[str] | None:
        """Region codes whose region-wide records ``purpose`` reaches; None means all.

        Region reach (office, evaluator) counts for every purpose it has; a
        unit's own region counts for READ only: a filer reads the season that
        concerns the unit but never changes it.
        """
        if purpose in self.everywhere:
            return None
        codes = set(self.region_codes.get(purpose, ()))
        if purpose is Purpose.READ:
            codes |= self.own_region_codes
        return frozenset(codes)

    def allows_region(self, purpose: Purpose, region_code: str) -> bool:
        codes = self.regions(purpose)
        return codes is None or region_code in codes

    def allows(self, purpose: Purpose, organisation) -> bool:
        """Whether ``purpose`` is granted on ``organisation`` (no query)."""
        if organisation is None:
            return purpose in self.everywhere
        return (
            purpose in self.everywhere
            or organisation.pk in self.own.get(purpose, ())
            or organisation.region_code in self.region_codes.get(purpose, ())
        )


EMPTY_SCOPE = Scope()


def scope_of(user: Person) -> Scope:
    """The user's scope, cached on the user object for the request."""
    if user is None or not user.is_authenticated or not user.is_active:
        return EMPTY_SCOPE
    cached = getattr(user, "_fazhi_scope", None)
    if cached is not None:
        return cached
    scope = _build_scope(user)
    user._fazhi_scope = scope
    return scope


def forget_scope(user: Person) -> None:
    """Drop the cached scope (after a membership of ``user`` changed)."""
    if hasattr(user, "_fazhi_scope"):
        del user._fazhi_scope


def _build_scope(user: Person) -> Scope:
    if user.is_superuser:
        return Scope(user.pk, everywhere=frozenset(Purpose))
    everywhere: set[Purpose] = set()
    own: dict[Purpose, set[int]] = {}
    codes: dict[Purpose, set[str]] = {}
    own_regions: set[str] = set()
    memberships = user.memberships.filter(is_active=True, organisation__is_active=True).values_list(
        "role", "organisation_id", "organisation__region_code"
    )
    for role, organisation_id, region_code in memberships:
        reach, purposes = ROLE_REACH[Role(role)]
        for purpose in purposes:
            if reach is Reach.EVERYTHING:
                everywhere.add(purpose)
            elif reach is Reach.REGION:
                codes.setdefault(purpose, set()).update(region_codes_within(region_code))
            else:
                own.setdefault(purpose, set()).add(organisation_id)
                own_regions.add(region_code)
    return Scope(
        user.pk,
        everywhere=frozenset(everywhere),
        own={p: frozenset(v) for p, v in own.items()},
        region_codes={p: frozenset(v) for p, v in codes.items()},
        own_region_codes=frozenset(own_regions),
    )


def scope_paths(model) -> tuple[str, ...]:
    """The lookup paths from a record of ``model`` to its Organisation (any one grants).

    Declared once on the model as ``scope_paths``; ``("organisation",)`` when it declares none.
    """
    return tuple(getattr(model, "scope_paths", ("organisation",)))


def visible(queryset: QuerySet, user, purpose: Purpose = Purpose.READ) -> QuerySet:
    """``queryset`` narrowed to records whose organisation the user reaches for ``purpose``.

    The paths to the organisation come from the model (``scope_paths``): a task
    is visible to its lead unit and to its co-responsible units.
    """
    scope = scope_of(user)
    if purpose in scope.everywhere:
        return queryset
    if scope.is_empty(purpose):
        return queryset.none()
    paths = scope_paths(queryset.model)
    allowed = scope.organisations(purpose).values("pk")
    model = queryset.model
    condition = Q()
    for path in paths:
        if _many_valued(model, path):
            # A path through a many-valued relation would repeat rows: match by pk on that path
            # alone, so the other paths and the queryset's own filters stay plain conditions
            # (a province's overdue tasks are read once, not joined to every task; issue 18 §3).
            condition |= Q(pk__in=model._default_manager.filter(**{f"{path}__in": allowed}).values("pk"))
        else:
            condition |= Q(**{f"{path}__in": allowed})
    return queryset.filter(condition)


def _many_valued(model, path: str) -> bool:
    """Whether the lookup ``path`` from ``model`` crosses a to-many relation."""
    for name in path.split("__"):
        if name == "pk":
            return False
        field = model._meta.get_field(name)
        if field.many_to_many or field.one_to_many:
            return True
        model = field.related_model
    return False


def visible_by_region(queryset: QuerySet, user, purpose: Purpose = Purpose.READ) -> QuerySet:
    """Region-wide records (with a 6-digit ``region_code``) the user reaches.

    For records that belong to a region rather than to one organisation: a
    filing season, a year plan, an assessment scheme. See ``Scope.regions``.
    """
    codes = scope_of(user).regions(purpose)
    if codes is None:
        return queryset
    return queryset.filter(region_code__in=sorted(codes))


def _one_or_404(queryset: QuerySet, lookup: dict) -> Model:
    try:
        return queryset.get(**lookup)
    except queryset.model.DoesNotExist:
        raise Http404(_("The page does not exist, or you may not see it.")) from None


def get_visible_or_404(queryset, user, purpose: Purpose = Purpose.READ, **lookup) -> Model:
    """One record the user may reach, or 404: another unit's record does not exist for them."""
    if not isinstance(queryset, QuerySet):
        queryset = queryset.all()
    return _one_or_404(visible(queryset, user, purpose), lookup)


def get_visible_by_region_or_404(queryset, user, purpose: Purpose = Purpose.READ, **lookup) -> Model:
    """One region-wide record the user may reach for ``purpose``, or 404."""
    if not isinstance(queryset, QuerySet):
        queryset = queryset.all()
    return _one_or_404(visible_by_region(queryset, user, purpose), lookup)


def can(user: Person, purpose: Purpose, organisation) -> bool:
    return scope_of(user).allows(purpose, organisation)


def require(user: Person, purpose: Purpose, organisation) -> None:
    """Raise PermissionDenied unless ``user`` may act for ``purpose`` on ``organisation``."""
    if not can(user, purpose, organisation):
        raise PermissionDenied(_("You may not do this for this organisation."))
