"""The office is named after its level (依法治县办, 依法治区办, 依法治市办) or its own configured name,
in refusals, role labels and the record of proxy entry (issue 11 §4)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from fazhi.org.naming import current_office_name, office_name, office_name_for, with_office

from ..conftest import member, organisation

pytestmark = pytest.mark.django_db

LEVELS = [
    ("330521", "德清县", "依法治县办"),
    ("330502", "吴兴区", "依法治区办"),
    ("330500", "湖州市", "依法治市办"),
]


def region_with_people(code, place):
    from fazhi.org.models import User

    government = organisation(name=f"{place}人民政府", kind="government", region_code=code)
    office = organisation(
        name=f"{place}司法局",
        kind="department",
        region_code=code,
        parent=government,
        is_rule_of_law_office=True,
    )
    unit = organisation(name=f"{place}市场监督管理局", kind="department", region_code=code, parent=government)
    reviewer = member(
        User.objects.create_user(f"reviewer_{code}", full_name="审核人"), office, "office_reviewer"
    )
    filer = member(User.objects.create_user(f"filer_{code}", full_name="填报人"), unit, "unit_filer")
    return office, reviewer, filer


@pytest.mark.parametrize(("code", "place", "name"), LEVELS)
def test_refusals_and_role_labels_name_the_office_by_its_level(client, code, place, name):
    office, reviewer, filer = region_with_people(code, place)
    assert office_name(code) == name and office_name_for(filer) == name and office_name_for(reviewer) == name
    client.force_login(filer)
    refused = client.post(reverse("org:add_person", args=[filer.memberships.get().organisation_id]), {})
    assert refused.status_code == 403
    assert f"只有{name}或系统管理员可以管理人员。" in refused.content.decode()
    assert "依法治区办" not in refused.content.decode() or name == "依法治区办"
    client.force_login(reviewer)
    home = client.get("/").content.decode()
    assert f"{name}审核人员" in home
    me = client.get("/api/me").json()
    assert me["memberships"][0]["role_label"] == f"{name}审核人员"


def test_a_configured_office_name_wins_everywhere(client):
    office, reviewer, filer = region_with_people("330521", "德清县")
    office.office_name = "县委依法治县办"
    office.save()
    assert office_name("330521") == "县委依法治县办"
    client.force_login(filer)
    refused = client.post(reverse("org:add_person", args=[filer.memberships.get().organisation_id]), {})
    assert "只有县委依法治县办或系统管理员可以管理人员。" in refused.content.decode()
    client.force_login(reviewer)
    assert "县委依法治县办审核人员" in client.get("/").content.decode()


def test_outside_a_request_the_only_office_is_named_and_several_get_the_generic_name():
    region_with_people("330502", "吴兴区")
    assert current_office_name() == "依法治区办"
    assert with_office("只有%(office)s可以进行此操作。") == "只有依法治区办可以进行此操作。"
    region_with_people("330500", "湖州市")
    assert current_office_name() == "依法治县（市、区）办"


def test_the_demo_logins_call_the_county_reviewer_by_the_county_office(demo_county):
    from fazhi.org.demo import login_lines

    reviewer = next(line for line in login_lines() if line.strip().startswith("reviewer"))
    assert "依法治县办审核人员" in reviewer and "依法治区办" not in "\n".join(login_lines())
