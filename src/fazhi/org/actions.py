"""Every change to organisations and memberships goes through these functions.

Each one checks who may act (``require``) and what may change (``rules``),
writes the change and an ``OrganisationEvent`` in one transaction, and sends
notices only after commit. Views, the API, the importer and the demo loader
all call them.
"""

from __future__ import annotations

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core import notices
from fazhi.core.actions import ActionRefused, after_commit, attribute_to, record_event
from fazhi.core.scoping import Actor, Person, Purpose, Role, forget_scope, require
from fazhi.org import rules
from fazhi.org.models import Membership, Organisation, OrganisationEvent, User
from fazhi.org.naming import with_office

CONTACT_FIELDS = ("contact_person", "contact_phone", "address")
# How the office signs its documents (org.naming): kept by the office itself.
OFFICE_NAMING_FIELDS = ("office_name", "document_number_prefix")
MANAGED_FIELDS = (
    "name",
    "short_name",
    "kind",
    "region_code",
    "parent",
    "sort_order",
    "is_rule_of_law_office",
    *CONTACT_FIELDS,
)


def _apply(organisation: Organisation, changes: dict, allowed: tuple[str, ...]) -> dict:
    unknown = set(changes) - set(allowed)
    if unknown:
        raise ActionRefused(
            _("These fields cannot be changed here: %(fields)s") % {"fields": ", ".join(sorted(unknown))}
        )
    changed = {}
    for name, value in changes.items():
        old = getattr(organisation, name)
        if old != value:
            setattr(organisation, name, value)
            changed[name] = [
                str(old.pk if isinstance(old, Organisation) else old),
                str(value.pk if isinstance(value, Organisation) else value),
            ]
    return changed


def create_organisation(
    actor: Actor, *, name: str, kind: str, region_code: str, parent: Organisation | None = None, **fields
) -> Organisation:
    organisation = Organisation(name=name, kind=kind, region_code=region_code, parent=parent, **fields)
    # Creating under a parent needs MANAGE on the parent; a body without one
    # needs MANAGE over its region (checked on the unsaved row's region code).
    require(actor, Purpose.MANAGE, parent or organisation)
    rules.check_parent(organisation, parent)
    organisation.full_clean()
    with transaction.atomic():
        attribute_to(actor, organisation)
        organisation.save()
        record_event(OrganisationEvent, actor=actor, verb="create", organisation=organisation)
    return organisation


def update_organisation(actor: Actor, organisation: Organisation, **changes) -> Organisation:
    require(actor, Purpose.MANAGE, organisation)
    changed = _apply(organisation, changes, MANAGED_FIELDS)
    if "parent" in changes or "region_code" in changes:
        rules.check_parent(organisation, organisation.parent)
    return _save(actor, organisation, changed)


def update_contact_details(actor: Actor, organisation: Organisation, **changes) -> Organisation:
    """A unit keeps its own contact details; the office may too."""
    require(actor, Purpose.EDIT, organisation)
    changed = _apply(organisation, changes, CONTACT_FIELDS)
    return _save(actor, organisation, changed)


def update_office_naming(actor: Actor, organisation: Organisation, **changes) -> Organisation:
    """The office's name on documents (blank: 依法治县办/区办/市办 by the region) and its 文号 prefix."""
    require(actor, Purpose.REVIEW, organisation)
    if not organisation.is_rule_of_law_office:
        raise ActionRefused(_("Only the organisation hosting the rule-of-law office has an office name."))
    changes = {key: (value or "").strip() for key, value in changes.items()}
    changed = _apply(organisation, changes, OFFICE_NAMING_FIELDS)
    return _save(actor, organisation, changed)


def _save(actor: Actor, organisation: Organisation, changed: dict) -> Organisation:
    if not changed:
        return organisation
    organisation.full_clean()
    with transaction.atomic():
        attribute_to(actor, organisation)
        organisation.save()
        record_event(
            OrganisationEvent,
            actor=actor,
            verb="update",
            organisation=organisation,
            data={"changed": changed},
        )
    return organisation


def set_organisation_active(
    actor: Actor, organisation: Organisation, active: bool, *, reason: str = ""
) -> Organisation:
    require(actor, Purpose.MANAGE, organisation)
    if organisation.is_active == active:
        return organisation
    if not active:
        rules.check_deactivation(organisation)
    with transaction.atomic():
        organisation.is_active = active
        attribute_to(actor, organisation)
        organisation.save(update_fields=["is_active", "updated_at"])
        record_event(
            OrganisationEvent,
            actor=actor,
            verb="activate" if active else "deactivate",
            organisation=organisation,
            note=reason,
        )
    return organisation


# The office's roles and the units' roles: one person holds roles of one side only
# (separation of duties), unless a system administrator allows both.
OFFICE_ROLES = frozenset({Role.OFFICE_REVIEWER, Role.EVALUATOR})
UNIT_ROLES = frozenset({Role.UNIT_LEADER, Role.UNIT_FILER})


def _is_system_admin(user: Person) -> bool:
    return bool(getattr(user, "is_superuser", False))


def _check_not_himself(actor: Actor, user) -> None:
    if getattr(actor, "pk", None) is not None and actor.pk == user.pk:
        raise ActionRefused(_("Nobody grants or revokes his own roles; ask another person."), field="role")


def _check_sides(actor: Actor, user, role: Role, allow_office_and_unit: bool) -> bool:
    """Refuse an office role to a unit's person and a unit role to the office's; True when allowed anyway."""
    other = UNIT_ROLES if role in OFFICE_ROLES else OFFICE_ROLES if role in UNIT_ROLES else frozenset()
    held = (
        Membership.objects.filter(user=user, is_active=True, role__in=sorted(other))
        .select_related("organisation")
        .first()
    )
    if held is None:
        return False
    if allow_office_and_unit and _is_system_admin(actor):
        return True
    raise ActionRefused(
        _(
            "%(user)s already acts as %(held)s for %(organisation)s: one person holds office roles or "
            "unit roles, not both, unless a system administrator allows it."
        )
        % {"user": user.display_name, "held": Role(held.role).label, "organisation": held.organisation.name},
        field="role",
    )


def grant_role(
    actor: Actor, user, organisation: Organisation, role: Role, *, allow_office_and_unit: bool = False
) -> Membership:
    """Give ``user`` ``role`` in ``organisation``.

    Nobody grants himself a role; only a system administrator appoints another;
    office and unit roles are not held together unless a system administrator
    grants it with ``allow_office_and_unit``.
    """
    role = Role(role)
    require(actor, Purpose.MANAGE, organisation)
    _check_not_himself(actor, user)
    if role is Role.SYSTEM_ADMIN and not _is_system_admin(actor):
        raise ActionRefused(_("Only a system administrator may appoint another."), field="role")
    if role is Role.OFFICE_REVIEWER and not organisation.is_rule_of_law_office:
        raise ActionRefused(
            with_office(_("Office reviewers belong to the organisation hosting %(office)s.")), field="role"
        )
    membership = Membership.objects.filter(user=user, organisation=organisation, role=role).first()
    if membership is not None and membership.is_active:
        return membership  # already held: nothing to record
    both_sides = _check_sides(actor, user, role, allow_office_and_unit)
    with transaction.atomic():
        if membership is None:
            membership = Membership(user=user, organisation=organisation, role=role)
        membership.is_active = True
        attribute_to(actor, membership)
        membership.save()
        if role is Role.SYSTEM_ADMIN and not (user.is_staff and user.is_superuser):
            user.is_staff = user.is_superuser = True
            user.save(update_fields=["is_staff", "is_superuser"])
        record_event(
            OrganisationEvent,
            actor=actor,
            verb="grant_role",
            organisation=organisation,
            data={
                "user": user.username,
                "role": role.value,
                **({"office_and_unit": True} if both_sides else {}),
            },
        )
        after_commit(
            notices.send,
            [user],
            _("You now act as %(role)s for %(organisation)s.")
            % {"role": role.label, "organisation": organisation.name},
            organisation.get_absolute_url(),
        )
    forget_scope(user)
    return membership


def revoke_role(actor: Actor, membership: Membership) -> Membership:
    """End a membership: never one's own, and a system administrator's only by another."""
    require(actor, Purpose.MANAGE, membership.organisation)
    _check_not_himself(actor, membership.user)
    if (membership.role == Role.SYSTEM_ADMIN or _is_system_admin(membership.user)) and not _is_system_admin(
        actor
    ):
        raise ActionRefused(
            _("Only a system administrator may revoke a system administrator's roles."), field="role"
        )
    if not membership.is_active:
        return membership
    with transaction.atomic():
        membership.is_active = False
        attribute_to(actor, membership)
        membership.save(update_fields=["is_active", "updated_at"])
        record_event(
            OrganisationEvent,
            actor=actor,
            verb="revoke_role",
            organisation=membership.organisation,
            data={"user": membership.user.username, "role": membership.role},
        )
    forget_scope(membership.user)
    return membership


def add_person(
    actor: Actor,
    organisation: Organisation,
    *,
    username: str,
    full_name: str,
    role: Role,
    password: str = "",
    allow_office_and_unit: bool = False,
) -> Membership:
    """Give ``username`` a role in ``organisation``, creating the login if it is new.

    A new login needs an initial password that passes the validators; for an
    existing one the password is ignored (people change their own).
    """
    require(actor, Purpose.MANAGE, organisation)
    with transaction.atomic():
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, full_name=full_name)
            if not password:
                raise ActionRefused(_("A new login needs an initial password."), field="password")
            try:
                validate_password(password, user)
            except ValidationError as invalid:
                raise ActionRefused(" ".join(invalid.messages), field="password") from None
            user.set_password(password)
            attribute_to(actor, user)
            user.save()
        return grant_role(actor, user, organisation, role, allow_office_and_unit=allow_office_and_unit)
