"""The demo region loads, is complete, and loading it again keeps existing data."""

from __future__ import annotations

import io

from django.core.management import call_command
from django.urls import reverse

from fazhi.org.demo import DEMO_PASSWORD, LOGINS
from fazhi.org.models import Membership, Organisation, OrganisationEvent, User


def load() -> str:
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_demo_region_has_what_the_issue_asks(db):
    load()
    government = Organisation.objects.get(kind="government")
    assert government.region.full_name == "浙江省湖州市德清县" and government.region.level == "county"
    assert Organisation.objects.filter(kind="department", parent=government).count() >= 12
    assert Organisation.objects.filter(kind__in=["township", "street"], parent=government).count() >= 6
    assert Organisation.objects.filter(kind="commissioned_body").count() == 1
    assert Organisation.objects.filter(is_rule_of_law_office=True).get().name == "德清县司法局"
    assert {m.role for m in Membership.objects.all()} == {
        "system_admin", "office_reviewer", "unit_filer", "unit_leader", "evaluator"}


def test_load_demo_is_idempotent_and_keeps_changes(db):
    load()
    counts = (Organisation.objects.count(), User.objects.count(), Membership.objects.count(),
              OrganisationEvent.objects.count())
    unit = Organisation.objects.get(name="德清县市场监督管理局")
    unit.contact_person = "已改动"
    unit.save()
    user = User.objects.get(username="scj_filer")
    user.set_password("Another-Pass-4711")
    user.save()
    output = load()
    assert "新增单位 0 个" in output
    assert (Organisation.objects.count(), User.objects.count(), Membership.objects.count(),
            OrganisationEvent.objects.count()) == counts
    assert Organisation.objects.get(pk=unit.pk).contact_person == "已改动"
    assert User.objects.get(username="scj_filer").check_password("Another-Pass-4711")


def test_printed_logins_work(client, db):
    load()
    out = io.StringIO()
    call_command("demo_logins", stdout=out)
    for username, *_rest in LOGINS:
        assert username in out.getvalue()
        client.post(reverse("logout"))
        response = client.post(reverse("login"), {"username": username, "password": DEMO_PASSWORD})
        assert response.status_code == 302, username
        assert client.get("/").status_code == 200
    assert DEMO_PASSWORD in out.getvalue()
