"""Who may draft, read and edit a region's own report, and what a template may hold."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from fazhi.catalog import regions
from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import local_today
from fazhi.core.scoping import Purpose, scope_of
from fazhi.org.models import OrganisationKind
from fazhi.reports import wording

MAX_PART_CHARACTERS = 20000


def may_draft(user, region_code: str) -> bool:
    """The region's rule-of-law office (REVIEW over the region) drafts and edits; nobody else."""
    return bool(getattr(user, "is_authenticated", False)) and scope_of(user).allows_region(
        Purpose.REVIEW, region_code
    )


def may_read(user, region_code: str, *, evaluators: bool = False) -> bool:
    """The office, and the leaders of the region's government, whose report it is.

    ``evaluators``: the region's evaluators too, who read drafts through the API for the
    assessment (the pages stay the office's and the leaders').
    """
    if may_draft(user, region_code):
        return True
    if not getattr(user, "is_authenticated", False):
        return False
    if evaluators and scope_of(user).allows_region(Purpose.SCORE, region_code):
        return True
    leading = scope_of(user).organisations(Purpose.SIGN_OFF)
    return leading.filter(region_code=region_code, kind=OrganisationKind.GOVERNMENT).exists()


def readable_regions(user) -> frozenset[str] | None:
    """Region codes whose drafts ``user`` reads through the API (``may_read`` with evaluators); None: all."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    scope = scope_of(user)
    office, evaluating = scope.regions(Purpose.REVIEW), scope.regions(Purpose.SCORE)
    if office is None or evaluating is None:
        return None
    leading = scope.organisations(Purpose.SIGN_OFF).filter(kind=OrganisationKind.GOVERNMENT)
    return office | evaluating | frozenset(leading.values_list("region_code", flat=True))


def require_draft(user, region_code: str) -> None:
    if not may_draft(user, region_code):
        raise PermissionDenied(_("Only the rule-of-law office of this region drafts its annual report."))


def check_region_and_year(region_code: str, year: int) -> None:
    if regions.get(region_code) is None:
        raise ActionRefused(_("Unknown region code %(code)s.") % {"code": region_code}, field="region")
    if not 2000 <= year <= local_today().year:
        raise ActionRefused(_("The year %(year)s is out of range.") % {"year": year}, field="year")


def check_template(key: str, text: str) -> None:
    if key not in wording.DEFAULTS:
        raise ActionRefused(_("Unknown template %(key)s.") % {"key": key}, field="key")
    for kind, slot in wording.template_problems(text):
        if kind == "unknown":
            raise ActionRefused(
                _("Unknown indicator code or name {%(slot)s}.") % {"slot": slot}, field="text"
            )
        raise ActionRefused(
            _("The reading engine has no words for {%(slot)s}: its figure could not be read back.")
            % {"slot": slot},
            field="text",
        )


def check_part_text(text: str) -> None:
    if not text.strip():
        raise ActionRefused(_("A part of the report cannot be empty."), field="text")
    if len(text) > MAX_PART_CHARACTERS:
        raise ActionRefused(
            _("A part holds at most %(n)d characters.") % {"n": MAX_PART_CHARACTERS}, field="text"
        )
