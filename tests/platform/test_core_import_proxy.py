"""The shared import page (``core.pages.import_page``) with proxy entry (代为录入).

Each of the three imports of a unit's own records (education records, indicator values, the
inspections' entity pool) goes through the one page: the office ticks proxy entry and gives one
reason for the file; ticked without a reason is refused on the form and nothing is saved; the
record shows who entered it and why; whoever entered it cannot confirm it.
"""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from fazhi.education.models import EducationEvent, Material
from fazhi.indicators.models import IndicatorEvent, IndicatorValue
from fazhi.inspections.models import Entity, InspectionEvent

from ..conftest import make_user, member
from ..inspections.conftest import credit_code

pytestmark = pytest.mark.django_db
REASON = "该单位尚未开通账号，按其报送的纸质台账导入"
NO_REASON = "已勾选代为录入：请填写该单位无法自行录入的原因。"


def _workbook(header, *rows) -> io.BytesIO:
    book = Workbook()
    book.active.append(header)
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = "导入.xlsx"
    return buffer


def _indicator_file(unit):
    header = ["单位", "指标代码", "年度", "数值", "计量单位", "限定", "分子", "分母", "口径", "佐证链接"]
    return _workbook(header, [unit.name, "education.activities", 2025, 12])


def _material_file(unit):
    return _workbook(
        ["单位", "资料形式", "名称", "发放日期", "份数"],
        [unit.name, "宣传单", "民法典宣传单", "2025-04-15", 500],
    )


def _entity_file(unit):
    header = [
        "部门",
        "名称",
        "统一社会信用代码",
        "法定代表人",
        "地址",
        "类别",
        "风险等级",
        "有投诉举报",
        "列入经营异常",
    ]
    return _workbook(header, [unit.name, "公司1", credit_code(1), "", "", "食品经营", "中风险", "否", "否"])


IMPORTS = {
    "education": ("/education/materials/import/", _material_file, lambda: Material.objects.count()),
    "indicators": ("/indicators/import/", _indicator_file, lambda: IndicatorValue.objects.count()),
    "inspections": ("/inspections/entities/import/", _entity_file, lambda: Entity.objects.count()),
}


@pytest.mark.parametrize("app", sorted(IMPORTS))
def test_only_the_office_sees_the_proxy_fields(app, login, reviewer, filer_a):
    url = IMPORTS[app][0]
    assert 'name="proxy_reason"' in login(reviewer).get(url).content.decode()
    assert 'name="proxy_reason"' not in login(filer_a).get(url).content.decode()


@pytest.mark.parametrize("app", sorted(IMPORTS))
def test_proxy_ticked_without_a_reason_is_refused_on_the_form(app, login, reviewer, unit_a):
    url, upload, count = IMPORTS[app]
    response = login(reviewer).post(url, {"file": upload(unit_a), "proxy": "on", "proxy_reason": "  "})
    assert response.status_code == 200
    assert NO_REASON in response.content.decode()
    assert count() == 0


@pytest.mark.parametrize("app", sorted(IMPORTS))
def test_the_office_without_proxy_entry_gets_its_rows_refused(app, login, reviewer, unit_a):
    url, upload, count = IMPORTS[app]
    response = login(reviewer).post(url, {"file": upload(unit_a)})
    assert response.status_code == 200
    page = response.content.decode()
    assert "代为录入" in page and "未导入任何数据" in page
    assert count() == 0


@pytest.mark.parametrize("app", sorted(IMPORTS))
def test_a_unit_imports_its_own_rows_without_a_reason(app, login, filer_a, unit_a):
    url, upload, count = IMPORTS[app]
    assert login(filer_a).post(url, {"file": upload(unit_a)}).status_code == 302
    assert count() == 1


def test_an_education_proxy_import_keeps_the_reason_on_the_record(login, reviewer, unit_a):
    client = login(reviewer)
    url, upload, _count = IMPORTS["education"]
    assert (
        client.post(url, {"file": upload(unit_a), "proxy": "on", "proxy_reason": REASON}).status_code == 302
    )
    material = Material.objects.get()
    event = EducationEvent.objects.get()
    assert (event.actor, event.organisation, event.proxy_reason) == (reviewer, unit_a, REASON)
    page = client.get(material.get_absolute_url()).content.decode()
    assert REASON in page


def test_an_indicator_value_imported_by_proxy_shows_it_and_its_enterer_cannot_confirm(
    login, reviewer, office, unit_a
):
    client = login(reviewer)
    url, upload, _count = IMPORTS["indicators"]
    assert (
        client.post(url, {"file": upload(unit_a), "proxy": "on", "proxy_reason": REASON}).status_code == 302
    )
    value = IndicatorValue.objects.get()
    page = client.get(f"/indicators/{value.pk}/").content.decode()
    assert 'id="proxy-entry"' in page and REASON in page
    client.post(f"/indicators/{value.pk}/confirm/", {"note": "已核对台账"})
    assert not IndicatorEvent.objects.filter(verb="confirm").exists()
    colleague = make_user("office-colleague", "办公室同事")
    member(colleague, office, "office_reviewer")
    assert (
        login(colleague).post(f"/indicators/{value.pk}/confirm/", {"note": "已核对台账"}).status_code == 302
    )
    assert IndicatorEvent.objects.get(verb="confirm").actor == colleague


def test_an_entity_batch_imported_by_proxy_cannot_be_checked_by_its_enterer(login, reviewer, unit_a):
    client = login(reviewer)
    url, upload, _count = IMPORTS["inspections"]
    assert (
        client.post(url, {"file": upload(unit_a), "proxy": "on", "proxy_reason": REASON}).status_code == 302
    )
    batch = InspectionEvent.objects.get(verb="entities")
    assert batch.proxy_reason == REASON
    assert REASON in client.get("/inspections/entities/").content.decode()
    client.post(f"/inspections/entity-batches/{batch.pk}/check/", {"note": "已逐户核对"})
    assert not InspectionEvent.objects.filter(verb="confirm_entities").exists()
