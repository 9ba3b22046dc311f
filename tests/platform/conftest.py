"""Personas every platform test speaks in.

Region: 德清县 (330521). ``unit_a`` and ``unit_b`` are two departments; the
office sits in the justice bureau. ``filer_a`` must never see or change
anything of ``unit_b`` and the other way round.
"""

from __future__ import annotations

import pytest

from fazhi.org.models import Membership, Organisation, OrganisationKind, Role, User

REGION = "330521"
PASSWORD = "Correct-Horse-Battery-9"


def make_user(username: str, full_name: str, **extra) -> User:
    user = User.objects.create(username=username, full_name=full_name, **extra)
    user.set_password(PASSWORD)
    user.save()
    return user


def member(user: User, organisation: Organisation, role: Role) -> User:
    Membership.objects.create(user=user, organisation=organisation, role=role)
    return user


@pytest.fixture
def government(db):
    return Organisation.objects.create(name="德清县人民政府", kind=OrganisationKind.GOVERNMENT, region_code=REGION)


@pytest.fixture
def office(government):
    return Organisation.objects.create(name="德清县司法局", kind=OrganisationKind.DEPARTMENT, region_code=REGION,
                                       parent=government, is_rule_of_law_office=True)


@pytest.fixture
def unit_a(government):
    return Organisation.objects.create(name="德清县市场监督管理局", kind=OrganisationKind.DEPARTMENT,
                                       region_code=REGION, parent=government,
                                       contact_person="刘晓燕", contact_phone="0572-8800001", address="武康街道 A 路 1 号")


@pytest.fixture
def unit_b(government):
    return Organisation.objects.create(name="德清县武康街道办事处", kind=OrganisationKind.STREET,
                                       region_code=REGION, parent=government,
                                       contact_person="沈佳琪", contact_phone="0572-8800002", address="武康街道 B 路 2 号")


@pytest.fixture
def elsewhere(db):
    """A unit in another county (江阳区, 泸州): outside the office's region."""
    return Organisation.objects.create(name="泸州市江阳区司法局", kind=OrganisationKind.DEPARTMENT, region_code="510502")


@pytest.fixture
def filer_a(unit_a):
    return member(make_user("filer_a", "刘晓燕"), unit_a, Role.UNIT_FILER)


@pytest.fixture
def leader_a(unit_a):
    return member(make_user("leader_a", "周立新"), unit_a, Role.UNIT_LEADER)


@pytest.fixture
def filer_b(unit_b):
    return member(make_user("filer_b", "沈佳琪"), unit_b, Role.UNIT_FILER)


@pytest.fixture
def reviewer(office):
    return member(make_user("reviewer", "陈思远"), office, Role.OFFICE_REVIEWER)


@pytest.fixture
def evaluator(government):
    body = Organisation.objects.create(name="德清县法学会", kind=OrganisationKind.OTHER, region_code=REGION)
    return member(make_user("evaluator", "孙文博"), body, Role.EVALUATOR)


@pytest.fixture
def outsider(db):
    """Logged in, but member of nothing."""
    return make_user("outsider", "路人甲")


@pytest.fixture
def admin_user(db):
    return make_user("root", "王建国", is_staff=True, is_superuser=True)


@pytest.fixture
def login(client):
    def as_user(user):
        client.force_login(user)
        return client
    return as_user


@pytest.fixture
def snapshot():
    """Every stored field of a row, to prove an attempt changed nothing."""
    def take(instance) -> dict:
        fresh = type(instance).objects.get(pk=instance.pk)
        return {field.attname: getattr(fresh, field.attname) for field in fresh._meta.concrete_fields}
    return take
