"""One answer to "which rule-of-law office does this user act for", for every persona, everywhere.

``fazhi.org.offices.office_for`` is the question; each page below used to answer it
with its own copy. A persona either acts for the office on every one of them or
on none.
"""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from fazhi.org.models import Membership, Organisation, User
from fazhi.org.offices import office_for, office_of_region, require_office


def member(user, organisation, role: str):
    Membership.objects.create(user=user, organisation=organisation, role=role)
    return user


def make_user(username: str, full_name: str):
    return User.objects.create_user(username=username, full_name=full_name)


# Pages that act for the user's office: 200 for the office, 403 for everyone else.
OFFICE_PAGES = [
    "plans:plan_create",
    "oversight:inspection_create",
    "oversight:problem_notice",
    "filings:season_new",
    "assessment:scheme_import",
    "normdocs:checklist",
]
# Index pages offering the office's buttons only to the office: (URL name, context flag).
OFFICE_FLAGS = [
    ("plans:index", "can_create"),
    ("oversight:index", "is_office"),
    ("oversight:problems", "is_office"),
    ("assessment:index", "can_manage"),
    ("normdocs:index", "can_manage"),
]
PERSONAS = [
    "reviewer",
    "filer_a",
    "leader_a",
    "filer_b",
    "evaluator",
    "outsider",
    "admin_user",
    "system_admin",
]


@pytest.fixture
def system_admin(government):
    """A system administrator by membership, not a Django superuser."""
    return member(make_user("sysadmin", "吴志强"), government, "system_admin")


@pytest.fixture
def persona(request, office, unit_a, unit_b):
    return request.getfixturevalue(request.param)


@pytest.mark.parametrize("persona", PERSONAS, indirect=True)
def test_every_persona_gets_one_office_answer_everywhere(persona, office, login):
    expected = office if persona.username == "reviewer" else None
    assert office_for(persona) == expected
    client = login(persona)
    for name in OFFICE_PAGES:
        status = client.get(reverse(name)).status_code
        assert status == (200 if expected else 403), (name, status)
    for name, flag in OFFICE_FLAGS:
        response = client.get(reverse(name))
        assert response.status_code == 200, name
        assert response.context[flag] is (expected is not None), (name, flag)


def test_the_system_admin_acts_for_no_office_until_he_reviews_for_one(admin_user, office):
    assert office_for(admin_user) is None
    with pytest.raises(PermissionDenied):
        require_office(admin_user)
    member(admin_user, office, "office_reviewer")
    assert office_for(admin_user) == office


def test_an_inactive_office_membership_or_login_is_never_an_answer(reviewer, office):
    assert office_for(reviewer) == office
    Organisation.objects.filter(pk=office.pk).update(is_active=False)
    assert office_for(reviewer) is None
    Organisation.objects.filter(pk=office.pk).update(is_active=True)
    Membership.objects.filter(user=reviewer).update(is_active=False)
    assert office_for(reviewer) is None
    Membership.objects.filter(user=reviewer).update(is_active=True)
    reviewer.is_active = False
    assert office_for(reviewer) is None
    assert office_for(None) is None


def test_a_reviewer_of_two_offices_acts_for_the_higher_region(reviewer, office):
    city = Organisation.objects.create(
        name="湖州市司法局", kind="department", region_code="330500", is_rule_of_law_office=True
    )
    member(reviewer, city, "office_reviewer")
    assert office_for(reviewer) == city


def test_a_reviewer_role_outside_an_office_is_no_office(government, unit_a):
    # Only Django's admin could grant this (org.actions refuses it); it still makes no office.
    clerk = member(make_user("clerk", "钱多多"), unit_a, "office_reviewer")
    assert office_for(clerk) is None


def test_office_of_region(office, elsewhere):
    assert office_of_region("330521") == office
    assert office_of_region("510502") is None  # 江阳区's justice bureau does not host the office here
    Organisation.objects.filter(pk=office.pk).update(is_active=False)
    assert office_of_region("330521") is None
