"""Excel import of exams, oaths, cases, materials, demonstration sites and vice-principals."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook, load_workbook

from fazhi.education.importers import IMPORTERS
from fazhi.education.models import (
    CaseExplanation,
    DemonstrationSite,
    EducationEvent,
    LawExam,
    Material,
    OathCeremony,
    School,
    VicePrincipal,
)

pytestmark = pytest.mark.django_db


def _workbook(rows) -> io.BytesIO:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    buffer.name = "导入.xlsx"
    return buffer


def _post(client, kind, rows, **extra):
    return client.post(f"/education/{kind}/import/", {"file": _workbook(rows), **extra})


EXAM_HEADER = ["单位", "类型", "日期", "名称", "参考人数", "合格人数"]


def test_exams_import_every_row_or_none_with_each_error_in_chinese(filer_a, unit_a, unit_b, login):
    client = login(filer_a)
    rows = [
        EXAM_HEADER,
        [unit_a.name, "任前法律知识考试", "2025-06-18", "任前考法（一）", 12, 11],
        [unit_a.name, "年度集中考法", "2025-11-02", "年度考试", 30, 31],
        [unit_b.name, "任前法律知识考试", "2025-06-18", "冒名", 5, 5],
    ]
    page = _post(client, "exams", rows).content.decode()
    assert "通过人数多于参考人数" in page and unit_b.name in page
    assert not LawExam.objects.exists()
    rows[2][5] = 29
    response = _post(client, "exams", rows[:3])
    assert response.status_code == 302
    assert list(LawExam.objects.order_by("held_on").values_list("title", "takers", "passed")) == [
        ("任前考法（一）", 12, 11),
        ("年度考试", 30, 29),
    ]
    assert EducationEvent.objects.filter(verb="create").count() == 2


def test_another_units_rows_are_refused_and_nothing_is_saved(filer_b, unit_a, unit_b, login):
    client = login(filer_b)
    rows = [
        ["乡镇（街道）", "名称", "类型", "级别", "命名年度"],
        [unit_b.name, "五四村", "村", "省级", 2024],
        [unit_a.name, "别人的村", "村", "省级", 2024],
    ]
    response = _post(client, "sites", rows)
    assert response.status_code == 200
    assert f"没有名为{unit_a.name}且您有权操作的单位" in response.content.decode()
    assert not DemonstrationSite.objects.exists()
    assert _post(client, "sites", rows[:2]).status_code == 302
    site = DemonstrationSite.objects.get()
    assert (site.organisation, site.kind, site.level, site.year) == (unit_b, "village", "provincial", 2024)


def test_a_site_title_twice_in_the_file_is_refused(filer_b, unit_b, login):
    client = login(filer_b)
    rows = [
        ["乡镇（街道）", "名称", "类型", "级别", "命名年度"],
        [unit_b.name, "五四村", "村", "省级", 2024],
        [unit_b.name, "五四村", "村", "省级", 2025],
    ]
    page = _post(client, "sites", rows).content.decode()
    assert "该村（社区）已获得此级别的命名" in page
    assert not DemonstrationSite.objects.exists()


def test_oaths_split_the_names_of_who_swore(filer_a, unit_a, login):
    client = login(filer_a)
    rows = [
        ["单位", "日期", "监誓人", "宣誓人"],
        [unit_a.name, "2025-12-04", "县人大常委会主任", "张三、李四，王五"],
    ]
    assert _post(client, "oaths", rows).status_code == 302
    oath = OathCeremony.objects.get()
    assert (oath.swearer_count, oath.swearers) == (3, "张三\n李四\n王五")


def test_the_office_importing_for_a_unit_gives_a_proxy_reason(reviewer, unit_a, login):
    client = login(reviewer)
    header = ["单位", "资料形式", "名称", "发放日期", "份数"]
    rows = [header, [unit_a.name, "宣传单", "民法典宣传单", "2025-04-15", 500]]
    page = _post(client, "materials", rows).content.decode()
    assert "代为录入" in page
    assert not Material.objects.exists()
    response = _post(client, "materials", rows, proxy="on", proxy_reason="该单位尚未开通账号")
    assert response.status_code == 302
    assert Material.objects.get().copies == 500
    assert EducationEvent.objects.get().data["proxy_reason"] == "该单位尚未开通账号"


def test_cases_import(filer_a, unit_a, login):
    client = login(filer_a)
    rows = [
        ["单位", "日期", "案例", "释法内容", "受众"],
        [unit_a.name, "2025-05-20", "某食品店销售过期食品案", "经营者应当查验保质期", "食品经营户"],
        [unit_a.name, "2025-05-21", "", "缺案例名称", "群众"],
    ]
    page = _post(client, "cases", rows).content.decode()
    assert "<td>3</td><td>案例</td>" in page
    assert not CaseExplanation.objects.exists()
    assert _post(client, "cases", rows[:2]).status_code == 302
    assert CaseExplanation.objects.get().audience == "食品经营户"


def test_vice_principals_import_adds_the_school_once(filer_b, unit_b, login):
    client = login(filer_b)
    header = ["乡镇（街道）", "学校", "副校长姓名", "工作单位", "聘期起", "聘期止"]
    rows = [
        header,
        [unit_b.name, "武康中学", "王五", "武康派出所", "2024-09-01", "2027-08-31"],
        [unit_b.name, "武康中学", "赵六", "县人民法院", "2024-09-01", "2027-08-31"],
    ]
    assert _post(client, "schools", rows).status_code == 302
    school = School.objects.get()
    assert sorted(school.vice_principals.values_list("name", flat=True)) == ["王五", "赵六"]
    bad = [header, [unit_b.name, "实验小学", "钱七", "司法所", "2027-09-01", "2024-08-31"]]
    assert _post(client, "schools", bad).status_code == 200
    assert School.objects.count() == 1 and VicePrincipal.objects.count() == 2


@pytest.mark.parametrize("kind", sorted(IMPORTERS))
def test_every_template_has_headers_a_code_sheet_and_an_example(kind, filer_a, login):
    response = login(filer_a).get(f"/education/{kind}/import/template/")
    workbook = load_workbook(io.BytesIO(response.content))
    importer = IMPORTERS[kind](filer_a)
    sheet = workbook.worksheets[0]
    assert [cell.value for cell in sheet[1]] == [str(column.header) for column in importer.columns]
    assert all(cell.value not in (None, "") for cell in sheet[2])
    if any(column.parse.__name__ == "parse" for column in importer.columns):
        assert len(workbook.worksheets) > 1
    assert login(filer_a).get(f"/education/{kind}/").content.decode().count(f"/education/{kind}/import/")
