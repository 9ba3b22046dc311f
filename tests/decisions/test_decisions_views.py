"""Pages, import and API for the people they are for."""

from __future__ import annotations

import datetime as dt
import io
import json

from openpyxl import Workbook

from fazhi.core.deadlines import local_today
from fazhi.decisions.models import Decision, DecisionStatus

from .conftest import hold


def _workbook(rows):
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    buffer.name = "catalogue.xlsx"
    return buffer


HEADER = [
    "决策事项名称",
    "承办单位",
    "法律政策依据",
    "公众参与",
    "专家论证",
    "风险评估",
    "听证",
    "计划完成时间",
    "调整理由",
]


def test_import_a_catalogue_with_row_errors(catalogue, reviewer, unit_a, unit_b, login):
    client = login(reviewer)
    bad = _workbook(
        [
            HEADER,
            ["事项一", unit_a.name, "", "是", "否", "是", "否", "2025年6月", ""],
            ["事项二", "不存在的局", "", "是", "也许", "是", "", "", ""],
        ]
    )
    page = client.post(f"/decisions/catalogues/{catalogue.pk}/import/", {"file": bad}).content.decode()
    assert "未导入任何数据" in page
    assert "也许" in page  # the cell's complaint quotes the value
    bad = _workbook([HEADER, ["事项三", "不存在的局", "", "是", "否", "是", "", "", ""]])
    page = client.post(f"/decisions/catalogues/{catalogue.pk}/import/", {"file": bad}).content.decode()
    assert "没有名为不存在的局且您有权操作的单位。" in page
    assert not Decision.objects.exists()
    good = _workbook(
        [
            HEADER,
            ["事项一", unit_a.name, "", "是", "否", "是", "否", "2025年6月", ""],
            ["事项二", unit_b.name, "", "否", "否", "否", "", "", ""],
        ]
    )
    assert client.post(f"/decisions/catalogues/{catalogue.pk}/import/", {"file": good}).status_code == 302
    assert Decision.objects.count() == 2
    assert Decision.objects.get(title="事项二").required_procedures() == [
        "legality_review",
        "collective_discussion",
    ]


def test_office_builds_publishes_and_adjusts_through_the_pages(reviewer, government, unit_a, login, client):
    office = login(reviewer)
    office.post("/decisions/catalogues/new/", {"organisation": government.pk, "year": 2025})
    catalogue = government.decision_catalogues.get()
    office.post(
        f"/decisions/catalogues/{catalogue.pk}/add/",
        {"title": "事项一", "organisation": unit_a.pk, "requires_public_participation": "on"},
    )
    office.post(f"/decisions/catalogues/{catalogue.pk}/publish/", {"confirm": "1"})
    page = office.post(
        f"/decisions/catalogues/{catalogue.pk}/add/", {"title": "事项二", "organisation": unit_a.pk}
    )
    assert "调整已公布的目录，请写明理由。" in page.content.decode()
    office.post(
        f"/decisions/catalogues/{catalogue.pk}/add/",
        {"title": "事项二", "organisation": unit_a.pk, "reason": "年中新增"},
    )
    item = Decision.objects.get(title="事项一")
    office.post(
        f"/decisions/{item.pk}/adjust/",
        {"kind": "remove", "reason": "暂缓", "adjusted_on": local_today().isoformat()},
    )
    item.refresh_from_db()
    assert item.status == DecisionStatus.REMOVED
    assert (
        "1 项，新增 1 项，合并 0 项，调出 1 项：目录现有 1 项。"
        in client.get(f"/portal/decisions/{catalogue.pk}/").content.decode()
    )


def test_unit_records_procedures_and_the_refusal_names_what_is_missing(item_a, filer_a, login):
    client = login(filer_a)
    page = client.post(f"/decisions/{item_a.pk}/take/", {"taken_on": "2025-06-20"}).content.decode()
    assert (
        "不能记录为已决策：尚缺以下法定程序：公众参与、专家论证、风险评估、合法性审查、集体讨论决定。" in page
    )
    client.post(
        f"/decisions/{item_a.pk}/procedure/",
        {
            "kind": "legality_review",
            "started_on": "2025-06-03",
            "ended_on": "2025-06-13",
            "documents": "审查意见书",
            "outcome": "合法",
        },
    )
    detail = client.get(f"/decisions/{item_a.pk}/").content.decode()
    assert "尚缺： 公众参与、专家论证、风险评估、集体讨论决定" in detail
    assert "变更历史" in detail


def test_api_refuses_with_the_missing_procedures(item_a, filer_a, login):
    client = login(filer_a)
    response = client.post(
        f"/api/decisions/{item_a.pk}/take",
        data=json.dumps({"taken_on": "2025-06-20"}),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "尚缺以下法定程序" in response.json()["detail"]
    hold(
        filer_a, item_a, "public_participation", "expert_argumentation", "risk_assessment", "legality_review"
    )
    body = client.post(
        f"/api/decisions/{item_a.pk}/procedures",
        data=json.dumps(
            {
                "kind": "collective_discussion",
                "started_on": "2025-06-20",
                "ended_on": "2025-06-20",
                "documents": "常务会议纪要",
                "outcome": "审议通过",
            }
        ),
        content_type="application/json",
    ).json()
    assert body["missing_procedures"] == []
    taken = client.post(
        f"/api/decisions/{item_a.pk}/take",
        data=json.dumps({"taken_on": "2025-06-20"}),
        content_type="application/json",
    ).json()
    assert taken["status"] == "taken"
    assert dt.date.fromisoformat(taken["taken_on"]) == dt.date(2025, 6, 20)
