"""Roles and separation of duties (issue 18, "Roles"): nobody grants or revokes his own
roles; office and unit roles are not held together unless a system administrator allows
it; only a system administrator touches a system administrator's memberships."""

from __future__ import annotations

import pytest

from fazhi.core.actions import ActionRefused
from fazhi.core.scoping import Role
from fazhi.org import actions
from fazhi.org.models import Membership, OrganisationEvent, User


@pytest.fixture
def second_reviewer(office):
    user = User.objects.create(username="reviewer2", full_name="李明")
    Membership.objects.create(user=user, organisation=office, role=Role.OFFICE_REVIEWER)
    return user


@pytest.fixture
def admin_membership(admin_user, government):
    return Membership.objects.create(user=admin_user, organisation=government, role=Role.SYSTEM_ADMIN)


def test_nobody_grants_himself_a_role(reviewer, admin_user, unit_a, office):
    with pytest.raises(ActionRefused):
        actions.grant_role(reviewer, reviewer, unit_a, Role.UNIT_LEADER)
    with pytest.raises(ActionRefused):
        actions.grant_role(admin_user, admin_user, office, Role.OFFICE_REVIEWER)
    assert not Membership.objects.filter(user=reviewer, organisation=unit_a).exists()


def test_nobody_revokes_his_own_role(reviewer, office):
    own = Membership.objects.get(user=reviewer, organisation=office)
    with pytest.raises(ActionRefused):
        actions.revoke_role(reviewer, own)
    own.refresh_from_db()
    assert own.is_active


def test_only_a_system_administrator_revokes_a_system_administrators_membership(
    reviewer, admin_user, admin_membership, government, outsider
):
    with pytest.raises(ActionRefused):
        actions.revoke_role(reviewer, admin_membership)
    admin_membership.refresh_from_db()
    assert admin_membership.is_active
    # Nor any other membership a system administrator holds.
    unit_role = Membership.objects.create(user=admin_user, organisation=government, role=Role.UNIT_FILER)
    with pytest.raises(ActionRefused):
        actions.revoke_role(reviewer, unit_role)
    other_admin = User.objects.create(username="root2", full_name="赵强", is_staff=True, is_superuser=True)
    assert actions.revoke_role(other_admin, admin_membership).is_active is False


def test_office_and_unit_roles_are_not_held_together(reviewer, second_reviewer, filer_a, unit_a, office):
    with pytest.raises(ActionRefused) as refusal:
        actions.grant_role(reviewer, second_reviewer, unit_a, Role.UNIT_LEADER)
    assert refusal.value.field == "role"
    with pytest.raises(ActionRefused):
        actions.grant_role(reviewer, filer_a, office, Role.OFFICE_REVIEWER)
    with pytest.raises(ActionRefused):  # the flag is a system administrator's word, not the office's
        actions.grant_role(reviewer, filer_a, office, Role.OFFICE_REVIEWER, allow_office_and_unit=True)
    assert not Membership.objects.filter(user=filer_a, organisation=office).exists()


def test_a_system_administrator_may_allow_both_and_it_is_recorded(admin_user, filer_a, office):
    with pytest.raises(ActionRefused):
        actions.grant_role(admin_user, filer_a, office, Role.OFFICE_REVIEWER)
    actions.grant_role(admin_user, filer_a, office, Role.OFFICE_REVIEWER, allow_office_and_unit=True)
    event = OrganisationEvent.objects.filter(organisation=office, verb="grant_role").latest("id")
    assert event.data["office_and_unit"] is True and event.actor == admin_user


def test_the_issue_scenario_the_reviewer_cannot_become_the_units_leader(reviewer, second_reviewer, unit_a):
    """From issue 18: a reviewer granted himself unit A's leader role, then signed off his own work."""
    with pytest.raises(ActionRefused):
        actions.grant_role(reviewer, reviewer, unit_a, Role.UNIT_LEADER)
    with pytest.raises(ActionRefused):  # nor can a colleague make him one
        actions.grant_role(second_reviewer, reviewer, unit_a, Role.UNIT_LEADER)


def test_revoking_refused_on_the_page_says_why(reviewer, admin_user, admin_membership, government, login):
    response = login(reviewer).post(f"/org/{government.pk}/people/{admin_membership.pk}/revoke/", follow=True)
    assert response.status_code == 200
    admin_membership.refresh_from_db()
    assert admin_membership.is_active
