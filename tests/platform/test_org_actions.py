"""Organisation actions: the rule, the change and its event in one transaction."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from fazhi.core.actions import ActionRefused, record_event
from fazhi.core.models import Notice
from fazhi.org import actions
from fazhi.org.models import Organisation, OrganisationEvent, Role


def test_reviewer_creates_under_its_government(reviewer, government):
    body = actions.create_organisation(
        reviewer, name="德清县综合执法大队", kind="commissioned_body", region_code="330521", parent=government
    )
    assert body.events.get().verb == "create"


def test_filer_cannot_restructure(filer_a, unit_a, government):
    with pytest.raises(PermissionDenied):
        actions.update_organisation(filer_a, unit_a, name="改名")
    with pytest.raises(PermissionDenied):
        actions.create_organisation(filer_a, name="新单位", kind="other", region_code="330521", parent=unit_a)
    assert Organisation.objects.get(pk=unit_a.pk).name == "德清县市场监督管理局"


def test_filer_may_only_touch_contact_fields(filer_a, unit_a):
    with pytest.raises(ActionRefused):
        actions.update_contact_details(filer_a, unit_a, name="改名")
    assert not OrganisationEvent.objects.exists()


def test_parent_rules(reviewer, government, unit_a, elsewhere, admin_user):
    with pytest.raises(ActionRefused, match="自身"):
        actions.update_organisation(reviewer, government, parent=government)
    with pytest.raises(ActionRefused, match="下级"):
        actions.update_organisation(reviewer, government, parent=unit_a)
    with pytest.raises(ActionRefused, match="同一地区"):
        actions.update_organisation(admin_user, unit_a, parent=elsewhere)
    assert Organisation.objects.get(pk=government.pk).parent_id is None


def test_unknown_region_code_is_refused(admin_user):
    with pytest.raises(ValidationError):
        actions.create_organisation(admin_user, name="某单位", kind="other", region_code="999999")


def test_deactivation_needs_children_deactivated_first(reviewer, government, unit_a, unit_b, office):
    with pytest.raises(ActionRefused, match="下属单位"):
        actions.set_organisation_active(reviewer, government, False)
    actions.set_organisation_active(reviewer, unit_a, False, reason="机构改革撤并")
    event = unit_a.events.get()
    assert event.verb == "deactivate" and event.note == "机构改革撤并"


def test_grant_role_notifies_after_commit(reviewer, unit_a, outsider, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        actions.grant_role(reviewer, outsider, unit_a, Role.UNIT_FILER)
        assert not Notice.objects.exists()  # not before commit
    assert len(callbacks) == 1
    assert Notice.objects.get(recipient=outsider).text == "您已被设为德清县市场监督管理局的单位填报人员。"


def test_role_rules(reviewer, filer_a, unit_a, outsider, office):
    with pytest.raises(ActionRefused):
        actions.grant_role(reviewer, outsider, office, Role.SYSTEM_ADMIN)
    with pytest.raises(ActionRefused):
        actions.grant_role(reviewer, outsider, unit_a, Role.OFFICE_REVIEWER)
    with pytest.raises(PermissionDenied):
        actions.grant_role(filer_a, outsider, unit_a, Role.UNIT_FILER)
    assert not outsider.memberships.exists()


def test_record_event_refuses_to_run_outside_a_transaction(transactional_db):
    unit = Organisation.objects.create(name="某单位", kind="other", region_code="330521")
    with pytest.raises(RuntimeError):
        record_event(OrganisationEvent, actor=None, verb="update", organisation=unit)
    assert not OrganisationEvent.objects.exists()


def test_granting_a_held_role_records_nothing(reviewer, filer_a, unit_a):
    events = OrganisationEvent.objects.count()
    actions.grant_role(reviewer, filer_a, unit_a, Role.UNIT_FILER)
    assert OrganisationEvent.objects.count() == events
