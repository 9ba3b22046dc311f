"""Managing people: the office adds and revokes; a unit cannot promote itself."""

from __future__ import annotations

import pytest
from django.urls import reverse

from fazhi.org.models import Membership, OrganisationEvent, User

NEW = {
    "username": "new_filer",
    "full_name": "吴海英",
    "role": "unit_filer",
    "password": "Tea-Garden-Moganshan-7",
}


def test_reviewer_adds_a_new_login_to_a_unit(login, reviewer, unit_a, client):
    response = login(reviewer).post(reverse("org:add_person", args=[unit_a.pk]), NEW, follow=True)
    assert "已为本单位添加人员：吴海英。" in response.content.decode()
    person = User.objects.get(username="new_filer")
    assert person.memberships.get().organisation == unit_a
    assert person.history.get().history_user == reviewer
    client.post(reverse("logout"))
    assert (
        client.post(reverse("login"), {"username": "new_filer", "password": NEW["password"]}).status_code
        == 302
    )


def test_adding_an_existing_login_grants_the_role_only(login, reviewer, filer_b, unit_a):
    login(reviewer).post(
        reverse("org:add_person", args=[unit_a.pk]),
        {**NEW, "username": "filer_b", "password": "", "full_name": "沈佳琪"},
    )
    assert set(filer_b.memberships.values_list("organisation__name", flat=True)) == {
        "德清县武康街道办事处",
        "德清县市场监督管理局",
    }
    assert filer_b.check_password("Correct-Horse-Battery-9")


@pytest.mark.parametrize(
    "data, message",
    [
        ({**NEW, "password": ""}, "新账号需要设置初始密码。"),
        ({**NEW, "password": "12345678"}, "这个密码太常见了。"),
        ({**NEW, "username": "有 空格"}, "请输入合法的用户名"),
        ({**NEW, "full_name": ""}, "这个字段是必填项。"),
        ({**NEW, "full_name": "名" * 51}, "不超过 50 字符"),
        ({**NEW, "role": "system_admin"}, "选择一个有效的选项"),
        ({**NEW, "role": "office_reviewer"}, "选择一个有效的选项"),
    ],
)
def test_bad_input_adds_nobody(login, reviewer, unit_a, data, message):
    response = login(reviewer).post(reverse("org:add_person", args=[unit_a.pk]), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not User.objects.filter(username=data["username"]).exists()
    assert not unit_a.memberships.exists()


def test_a_filer_cannot_add_people_even_to_its_own_unit(login, filer_a, unit_a):
    response = login(filer_a).post(reverse("org:add_person", args=[unit_a.pk]), NEW)
    assert response.status_code == 403
    assert "只有依法治县办或系统管理员可以管理人员。" in response.content.decode()
    assert not User.objects.filter(username="new_filer").exists()


def test_forged_post_to_join_another_unit_changes_nothing(login, filer_b, unit_a):
    before = set(Membership.objects.values_list("pk", "user_id", "organisation_id", "role", "is_active"))
    response = login(filer_b).post(
        reverse("org:add_person", args=[unit_a.pk]),
        {"username": "filer_b", "full_name": "沈佳琪", "role": "unit_leader"},
    )
    assert response.status_code == 404
    assert (
        set(Membership.objects.values_list("pk", "user_id", "organisation_id", "role", "is_active")) == before
    )
    assert not OrganisationEvent.objects.exists()


def test_office_reviewer_role_only_in_the_office(login, reviewer, office):
    page = login(reviewer).get(reverse("org:add_person", args=[office.pk])).content.decode()
    assert "依法治县办审核人员" in page and "系统管理员" not in page


def test_revoke_needs_manage_and_post(login, reviewer, filer_a, filer_b, unit_a):
    membership = filer_a.memberships.get()
    url = reverse("org:revoke_membership", args=[unit_a.pk, membership.pk])
    assert login(filer_b).post(url).status_code == 404
    assert login(filer_a).post(url).status_code == 403
    assert login(reviewer).get(url).status_code == 405
    assert Membership.objects.get(pk=membership.pk).is_active
    login(reviewer).post(url)
    assert not Membership.objects.get(pk=membership.pk).is_active
    assert OrganisationEvent.objects.get().verb == "revoke_role"


def test_revoke_cannot_reach_a_membership_through_another_unit(login, reviewer, filer_b, unit_a):
    other = filer_b.memberships.get()
    response = login(reviewer).post(reverse("org:revoke_membership", args=[unit_a.pk, other.pk]))
    assert response.status_code == 404
    assert Membership.objects.get(pk=other.pk).is_active


def test_notice_recipients_are_active_logins_of_one_active_membership(
    filer_a, leader_a, filer_b, reviewer, unit_a, unit_b, elsewhere
):
    from fazhi.org.models import Role, members, office_reviewers, unit_people

    assert set(unit_people(unit_a)) == {filer_a, leader_a}
    assert members(unit_a, Role.UNIT_LEADER) == [leader_a]
    assert office_reviewers(unit_a.region_code) == [reviewer]
    assert office_reviewers(elsewhere.region_code) == []
    # A leader's role in another unit does not make filer_b a leader of unit_b: the role and the
    # unit must belong to the same membership.
    Membership.objects.create(user=filer_b, organisation=unit_a, role=Role.UNIT_LEADER, is_active=False)
    Membership.objects.create(user=filer_b, organisation=unit_a, role=Role.UNIT_FILER)
    assert members(unit_b, Role.UNIT_LEADER) == []
    assert filer_b not in members(unit_a, Role.UNIT_LEADER)
    # A deactivated login hears nothing, whatever its memberships.
    leader_a.is_active = False
    leader_a.save()
    assert members(unit_a, Role.UNIT_LEADER) == [] and leader_a not in unit_people(unit_a)
