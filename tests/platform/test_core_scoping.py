"""The scoping helper: what each persona reaches, for each purpose."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404

from fazhi.core.scoping import (
    Purpose,
    can,
    get_visible_or_404,
    region_codes_within,
    require,
    scope_of,
    visible,
)
from fazhi.org.models import Membership, Organisation, OrganisationEvent


def orgs(user, purpose=Purpose.READ):
    return set(visible(Organisation.objects.all(), user, purpose).values_list("name", flat=True))


def test_unit_filer_reaches_only_own_unit(filer_a, unit_a, unit_b, office):
    assert orgs(filer_a) == {unit_a.name}
    assert orgs(filer_a, Purpose.EDIT) == {unit_a.name}
    assert orgs(filer_a, Purpose.SIGN_OFF) == set()
    assert orgs(filer_a, Purpose.REVIEW) == set()
    assert not can(filer_a, Purpose.READ, unit_b)


def test_unit_leader_signs_off_own_unit_only(leader_a, unit_a, unit_b):
    assert can(leader_a, Purpose.SIGN_OFF, unit_a)
    assert not can(leader_a, Purpose.SIGN_OFF, unit_b)


def test_office_reviewer_reaches_its_region_not_another(
    reviewer, unit_a, unit_b, office, government, elsewhere
):
    reached = orgs(reviewer, Purpose.REVIEW)
    assert {unit_a.name, unit_b.name, office.name, government.name} <= reached
    assert elsewhere.name not in reached


def test_evaluator_reads_and_scores_but_edits_nothing(evaluator, unit_a, elsewhere):
    assert can(evaluator, Purpose.READ, unit_a)
    assert can(evaluator, Purpose.SCORE, unit_a)
    assert not can(evaluator, Purpose.EDIT, unit_a)
    assert not can(evaluator, Purpose.REVIEW, unit_a)
    assert not can(evaluator, Purpose.READ, elsewhere)


def test_system_admin_reaches_everything(admin_user, unit_a, elsewhere):
    assert orgs(admin_user, Purpose.MANAGE) >= {unit_a.name, elsewhere.name}


def test_outsider_and_anonymous_reach_nothing(outsider, unit_a):
    assert orgs(outsider) == set()
    assert visible(Organisation.objects.all(), AnonymousUser()).count() == 0
    assert not can(AnonymousUser(), Purpose.READ, unit_a)


def test_inactive_membership_or_organisation_grants_nothing(filer_a, unit_a):
    Membership.objects.filter(user=filer_a).update(is_active=False)
    assert orgs(filer_a) == set()
    Membership.objects.filter(user=filer_a).update(is_active=True)
    filer_a._fazhi_scope = None  # scope is cached per request; a new request recomputes
    del filer_a._fazhi_scope
    Organisation.objects.filter(pk=unit_a.pk).update(is_active=False)
    assert orgs(filer_a) == set()


def test_visible_follows_a_relation_path(filer_a, reviewer, unit_a, unit_b, monkeypatch):
    OrganisationEvent.objects.create(organisation=unit_a, verb="update")
    OrganisationEvent.objects.create(organisation=unit_b, verb="update")
    mine = visible(OrganisationEvent.objects.all(), filer_a)
    assert [event.organisation_id for event in mine] == [unit_a.pk]
    monkeypatch.setattr(Membership, "scope_paths", ("organisation__parent",), raising=False)
    through = visible(Membership.objects.all(), filer_a)
    assert through.count() == 0  # nothing of filer_a's sits under unit_a
    assert visible(OrganisationEvent.objects.all(), reviewer).count() == 2


def test_several_paths_any_grants_without_duplicates(filer_a, unit_a, government, monkeypatch):
    child = Organisation.objects.create(
        name="下属执法队", kind="commissioned_body", region_code=unit_a.region_code, parent=unit_a
    )
    monkeypatch.setattr(Organisation, "scope_paths", ("pk", "parent"))
    found = visible(Organisation.objects.all(), filer_a)
    assert sorted(found.values_list("pk", flat=True)) == sorted([unit_a.pk, child.pk])


def test_get_visible_or_404_and_require(filer_a, unit_a, unit_b):
    assert get_visible_or_404(Organisation.objects, filer_a, pk=unit_a.pk) == unit_a
    with pytest.raises(Http404):
        get_visible_or_404(Organisation.objects, filer_a, pk=unit_b.pk)
    require(filer_a, Purpose.EDIT, unit_a)
    with pytest.raises(PermissionDenied):
        require(filer_a, Purpose.EDIT, unit_b)


def test_region_codes_within_a_city_include_its_counties():
    luzhou = region_codes_within("510500")
    assert {"510500", "510502", "510521"} <= luzhou
    assert "330521" not in luzhou


def test_scope_is_computed_once_per_user_object(filer_a, django_assert_num_queries):
    scope_of(filer_a)
    with django_assert_num_queries(0):
        scope_of(filer_a)


def test_query_and_check_agree_for_every_persona_and_purpose(
    filer_a, leader_a, filer_b, reviewer, evaluator, outsider, admin_user, elsewhere, office
):
    """visible() filters in SQL, can() decides in Python; they must never disagree."""
    everything = list(Organisation.objects.all())
    for user in (filer_a, leader_a, filer_b, reviewer, evaluator, outsider, admin_user):
        for purpose in Purpose:
            in_sql = set(visible(Organisation.objects.all(), user, purpose).values_list("pk", flat=True))
            in_python = {o.pk for o in everything if can(user, purpose, o)}
            assert in_sql == in_python, (user.username, purpose)


def test_region_wide_records_are_read_by_units_and_managed_by_the_office(
    filer_a, reviewer, evaluator, outsider, admin_user, unit_a, elsewhere
):
    from fazhi.core.scoping import visible_by_region

    # Organisation rows stand in for any record carrying a region code.
    def regions(user, purpose):
        return set(
            visible_by_region(Organisation.objects.all(), user, purpose).values_list("region_code", flat=True)
        )

    assert regions(filer_a, Purpose.READ) == {"330521"}
    assert regions(filer_a, Purpose.MANAGE) == set()
    assert regions(filer_a, Purpose.EDIT) == set()
    assert regions(reviewer, Purpose.MANAGE) == {"330521"}
    assert regions(evaluator, Purpose.SCORE) == {"330521"}
    assert regions(evaluator, Purpose.MANAGE) == set()
    assert regions(outsider, Purpose.READ) == set()
    assert regions(admin_user, Purpose.MANAGE) == {"330521", "510502"}
    assert scope_of(reviewer).allows_region(Purpose.REVIEW, "330521")
    assert not scope_of(reviewer).allows_region(Purpose.REVIEW, "510502")
