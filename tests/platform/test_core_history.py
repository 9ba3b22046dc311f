"""Every change is recorded (who, when, what) and shown on the record's page."""

from __future__ import annotations

from django.urls import reverse

from fazhi.org import actions
from fazhi.org.models import Membership, Role


def test_history_records_who_and_what(login, reviewer, unit_a):
    client = login(reviewer)
    client.post(
        reverse("org:edit_contact", args=[unit_a.pk]),
        {"contact_person": "新联系人", "contact_phone": "0572-8800123", "address": ""},
    )
    latest = unit_a.history.latest()
    assert latest.history_user == reviewer
    assert latest.history_type == "~"
    delta = latest.diff_against(latest.prev_record)
    assert {change.field for change in delta.changes} == {"contact_person", "contact_phone", "address"}


def test_history_is_shown_on_the_page(login, reviewer, unit_a):
    client = login(reviewer)
    client.post(
        reverse("org:edit_contact", args=[unit_a.pk]),
        {"contact_person": "新联系人", "contact_phone": "0572-8800001", "address": "武康街道 A 路 1 号"},
    )
    page = client.get(reverse("org:detail", args=[unit_a.pk])).content.decode()
    history = page[page.index('id="history"') :]
    assert "陈思远" in history and "修改" in history and "联系人：刘晓燕 → 新联系人" in history
    assert "创建" in history


def test_memberships_and_people_have_history(admin_user, filer_a, unit_b):
    membership = actions.grant_role(admin_user, filer_a, unit_b, Role.UNIT_FILER)
    actions.revoke_role(admin_user, membership)
    assert membership.history.count() == 2
    assert Membership.history.filter(user=filer_a).count() >= 3
    filer_a.full_name = "刘晓燕（调岗）"
    filer_a.save()
    assert filer_a.history.latest().full_name == "刘晓燕（调岗）"
    assert not hasattr(filer_a.history.latest(), "password")


def test_actions_outside_a_request_still_name_the_actor(reviewer, government):
    body = actions.create_organisation(
        reviewer, name="德清县某中心", kind="other", region_code="330521", parent=government
    )
    assert body.history.get().history_user == reviewer
    actions.set_organisation_active(reviewer, body, False)
    assert body.history.latest().history_user == reviewer
