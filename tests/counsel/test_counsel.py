"""Counsel: rules, coverage, providers against a hand count, permissions, import, API."""

from __future__ import annotations

import datetime as dt
import io
import json
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from openpyxl import Workbook, load_workbook

from fazhi.core.actions import ActionRefused
from fazhi.core.providers import Period
from fazhi.counsel import actions
from fazhi.counsel.indicators import PROVIDERS
from fazhi.counsel.models import Engagement, EngagementEvent, Participation

TERM = {"starts_on": dt.date(2025, 1, 1), "ends_on": dt.date(2026, 12, 31)}
# The system administrator enters the counting fixture for the units (代为录入); a unit's own
# person ignores the reason.
PROXY = {"proxy_reason": "测试数据，由系统管理员代为录入"}


def engage(actor, unit, name="浙江德清阳光律师事务所", **extra):
    return actions.engage(
        actor,
        unit,
        kind=extra.pop("kind", "counsel"),
        provider_type="firm",
        provider_name=name,
        **{**TERM, **PROXY, **extra},
    )


@pytest.fixture
def engaged_a(filer_a, unit_a):
    return engage(filer_a, unit_a, name="甲单位的律所")


# --- rules ----------------------------------------------------------------------


def test_participation_within_the_term_only(engaged_a, filer_a):
    with pytest.raises(ActionRefused) as refusal:
        actions.record_participation(
            filer_a, engaged_a, kind="meeting", occurred_on=dt.date(2024, 12, 1), subject="党组会"
        )
    assert refusal.value.message == "日期不在聘期内（2025-01-01 至 2026-12-31）。"
    with pytest.raises(ActionRefused) as refusal:
        actions.record_participation(
            filer_a, engaged_a, kind="meeting", occurred_on=dt.date(2025, 2, 1), subject=" "
        )
    assert refusal.value.message == "请写明会议、合同或法律意见的事由。"


def test_term_and_early_end(filer_a, unit_a, engaged_a):
    with pytest.raises(ActionRefused) as refusal:
        engage(filer_a, unit_a, starts_on=dt.date(2025, 1, 1), ends_on=dt.date(2024, 1, 1))
    assert refusal.value.message == "聘期截止日期早于开始日期。"
    with pytest.raises(ActionRefused) as refusal:
        actions.end_engagement(filer_a, engaged_a, ended_on=dt.date(2025, 6, 30), reason="")
    assert refusal.value.message == "提前解聘的，请写明理由。"
    actions.end_engagement(filer_a, engaged_a, ended_on=dt.date(2025, 6, 30), reason="律所注销")
    with pytest.raises(ActionRefused) as refusal:
        actions.end_engagement(filer_a, engaged_a, ended_on=dt.date(2025, 6, 30), reason="again")
    assert "当前状态为提前解聘" in refusal.value.message
    with pytest.raises(ActionRefused):  # after the early end, the term is over
        actions.record_participation(
            filer_a, engaged_a, kind="meeting", occurred_on=dt.date(2025, 7, 1), subject="会议"
        )


def test_coverage_lists_units_without_counsel(admin_user, government, office, unit_a, unit_b, engaged_a):
    from fazhi.org.models import Organisation

    rows = actions.coverage(Organisation.objects.all(), dt.date(2025, 6, 1))
    assert [(unit.name, bool(engaged)) for unit, engaged in rows] == [
        (government.name, False),
        (office.name, False),
        (unit_a.name, True),
        (unit_b.name, False),
    ]
    assert all(
        not engaged for _u, engaged in actions.coverage(Organisation.objects.all(), dt.date(2027, 1, 1))
    )


# --- providers --------------------------------------------------------------------


@pytest.fixture
def fixture(admin_user, government, office, unit_a, unit_b, elsewhere):
    """Government: no counsel. Office: counsel ended early on 2025-06-30. A: counsel for 2025–26 and a
    public lawyer. B: counsel for 2025 only. Elsewhere (another county): counsel, not counted.

    2025 records — A: meetings 3 + 2, contracts 4, opinions 1; B: meetings 1, contracts 3;
    office: opinion 2 (before it ended); 2024 records are outside the period.
    """
    a = engage(admin_user, unit_a)
    a_lawyer = engage(admin_user, unit_a, name="张公职", kind="public_lawyer")
    b = engage(admin_user, unit_b, starts_on=dt.date(2024, 1, 1), ends_on=dt.date(2025, 12, 31))
    o = engage(admin_user, office)
    engage(admin_user, elsewhere)

    def record(*args, **kwargs):
        return actions.record_participation(*args, **kwargs, **PROXY)

    record(admin_user, a, kind="meeting", occurred_on=dt.date(2025, 3, 1), subject="党组会", quantity=3)
    record(
        admin_user, a_lawyer, kind="meeting", occurred_on=dt.date(2025, 4, 1), subject="常务会", quantity=2
    )
    record(admin_user, a, kind="contract", occurred_on=dt.date(2025, 5, 1), subject="采购合同", quantity=4)
    record(admin_user, a, kind="opinion", occurred_on=dt.date(2025, 6, 1), subject="信访意见")
    record(admin_user, b, kind="meeting", occurred_on=dt.date(2025, 3, 1), subject="会议")
    record(admin_user, b, kind="contract", occurred_on=dt.date(2025, 8, 1), subject="合同", quantity=3)
    record(admin_user, b, kind="contract", occurred_on=dt.date(2024, 8, 1), subject="去年的合同", quantity=9)
    record(admin_user, o, kind="opinion", occurred_on=dt.date(2025, 5, 1), subject="意见", quantity=2)
    actions.end_engagement(admin_user, o, ended_on=dt.date(2025, 6, 30), reason="到期前解聘", **PROXY)
    return {"government": government, "unit_a": unit_a, "unit_b": unit_b, "office": office}


@pytest.mark.parametrize(
    ("code", "in_region", "in_a", "in_b"),
    [
        ("decisions.counsel_meetings", 6, 5, 1),
        ("decisions.contracts_reviewed", 7, 4, 3),
        ("decisions.legal_opinions", 3, 1, 0),
    ],
)
def test_sums_equal_the_hand_count(fixture, code, in_region, in_a, in_b):
    year = Period.year(2025)
    assert PROVIDERS[code](fixture["government"], year).value == in_region
    assert PROVIDERS[code](fixture["unit_a"], year).value == in_a
    assert PROVIDERS[code](fixture["unit_b"], year).value == in_b


def test_coverage_rate_at_the_end_of_the_period(fixture):
    # 31 Dec 2025: A and B covered; the government and the office (ended 30 Jun) not → 2 of 4.
    measurement = PROVIDERS["decisions.counsel_coverage_rate"](fixture["government"], Period.year(2025))
    assert (measurement.value, measurement.numerator, measurement.denominator) == (Decimal("50.00"), 2, 4)
    # Second quarter ends 30 Jun: the office still covered → 3 of 4.
    assert PROVIDERS["decisions.counsel_coverage_rate"](
        fixture["government"], Period.quarter(2025, 2)
    ).value == Decimal("75.00")
    assert PROVIDERS["decisions.counsel_coverage_rate"](
        fixture["unit_b"], Period.year(2026)
    ).value == Decimal("0.00")


# --- permissions --------------------------------------------------------------------


def state():
    return (
        list(Engagement.objects.order_by("pk").values()),
        Participation.objects.count(),
        EngagementEvent.objects.count(),
    )


@pytest.mark.parametrize(
    ("method", "url", "data"),
    [
        ("get", "/counsel/{pk}/", {}),
        (
            "post",
            "/counsel/{pk}/",
            {"kind": "meeting", "occurred_on": "2025-03-01", "subject": "x", "quantity": "1"},
        ),
        ("get", "/counsel/{pk}/end/", {}),
        ("post", "/counsel/{pk}/end/", {"ended_on": "2025-03-01", "reason": "x"}),
    ],
)
def test_b_gets_404_on_a_records_and_nothing_changes(engaged_a, filer_b, login, method, url, data):
    client = login(filer_b)
    before = state()
    response = getattr(client, method)(url.format(pk=engaged_a.pk), data)
    assert response.status_code == 404
    assert "甲单位" not in response.content.decode()
    assert state() == before


def test_api_b_gets_404_on_a_records_and_nothing_changes(engaged_a, filer_b, login):
    client = login(filer_b)
    before = state()
    assert client.get(f"/api/counsel/{engaged_a.pk}").status_code == 404
    response = client.post(
        f"/api/counsel/{engaged_a.pk}/participations",
        content_type="application/json",
        data=json.dumps({"kind": "meeting", "occurred_on": "2025-03-01", "subject": "x"}),
    )
    assert response.status_code == 404
    assert state() == before


def test_lists_hold_nothing_of_a(engaged_a, filer_b, unit_b, login):
    engage(filer_b, unit_b, name="乙单位的律所")
    client = login(filer_b)
    page = client.get("/counsel/").content.decode()
    assert "甲单位的律所" not in page and "乙单位的律所" in page
    coverage = client.get("/counsel/coverage/").content.decode()
    assert "市场监督管理局" not in coverage and unit_b.name in coverage
    sheet = load_workbook(io.BytesIO(client.get("/counsel/export/").content)).active
    assert [row[3] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["乙单位的律所"]
    sheet = load_workbook(io.BytesIO(client.get("/counsel/coverage/?format=xlsx").content)).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [unit_b.name]
    assert [row["provider_name"] for row in client.get("/api/counsel").json()["items"]] == ["乙单位的律所"]
    assert [row["organisation_name"] for row in client.get("/api/counsel/coverage").json()["items"]] == [
        unit_b.name
    ]


def test_forged_post_for_another_unit_changes_nothing(filer_b, unit_a, login):
    client = login(filer_b)
    before = state()
    page = client.post(
        "/counsel/new/",
        {
            "organisation": unit_a.pk,
            "kind": "counsel",
            "provider_type": "firm",
            "provider_name": "冒名",
            "starts_on": "2025-01-01",
            "ends_on": "2025-12-31",
        },
    ).content.decode()
    assert "选择一个有效的选项" in page
    with pytest.raises(PermissionDenied):
        engage(filer_b, unit_a)
    assert state() == before


def test_import_with_row_errors(filer_b, unit_a, unit_b, login):
    client = login(filer_b)
    header = ["服务单位", "类型", "提供方式", "律师事务所或个人", "律师", "聘期起", "聘期止"]
    workbook = Workbook()
    for row in [
        header,
        [unit_b.name, "法律顾问", "律师事务所", "乙所", "", "2025-01-01", "2025-12-31"],
        [unit_a.name, "法律顾问", "律师事务所", "冒名", "", "2025-01-01", "2025-12-31"],
        [unit_b.name, "顾问", "律师事务所", "乙所", "", "2025-01-01", "2024-12-31"],
    ]:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    buffer.name = "counsel.xlsx"
    page = client.post("/counsel/import/", {"file": buffer}).content.decode()
    assert "未导入任何数据" in page
    assert f"没有名为{unit_a.name}且您有权操作的单位。" in page
    assert "顾问" in page
    assert not Engagement.objects.exists()
    assert client.get("/counsel/import/template/").status_code == 200


def test_unit_records_participation_through_the_page_and_api(engaged_a, filer_a, login):
    client = login(filer_a)
    client.post(
        f"/counsel/{engaged_a.pk}/",
        {"kind": "contract", "occurred_on": "2025-03-01", "subject": "租赁合同", "quantity": "2"},
    )
    body = client.post(
        f"/api/counsel/{engaged_a.pk}/participations",
        content_type="application/json",
        data=json.dumps({"kind": "opinion", "occurred_on": "2025-03-02", "subject": "法律意见"}),
    ).json()
    assert body["kind"] == "opinion"
    refused = client.post(
        f"/api/counsel/{engaged_a.pk}/participations",
        content_type="application/json",
        data=json.dumps({"kind": "opinion", "occurred_on": "2030-03-02", "subject": "x"}),
    )
    assert refused.status_code == 400
    page = client.get(f"/counsel/{engaged_a.pk}/").content.decode()
    assert "审查合同 × 2" in page and "变更历史" in page
