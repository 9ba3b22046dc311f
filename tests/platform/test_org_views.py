"""Every organisation page, as each persona: B never reads or changes A."""

from __future__ import annotations

import pytest
from django.urls import reverse

from fazhi.org.models import Organisation, OrganisationEvent

NOT_VISIBLE = "页面不存在，或您无权查看。"


def test_login_page_is_chinese_and_home_redirects_visitors(client, db):
    response = client.get("/", follow=True)
    page = response.content.decode()
    assert response.redirect_chain[-1][0].startswith(reverse("login"))
    assert "登录" in page and "用户名" in page and "密码" in page
    assert 'name="csrfmiddlewaretoken"' in page


def test_home_shows_own_organisation(login, filer_a, unit_a, unit_b):
    page = login(filer_a).get("/").content.decode()
    assert unit_a.name in page and "单位填报人员" in page
    assert unit_b.name not in page


def test_navigation_links_built_modules_and_marks_the_rest_not_enabled(login, filer_a):
    from fazhi.core.modules import MODULES

    page = login(filer_a).get("/").content.decode()
    for module in MODULES:
        if module.enabled:
            assert f'<a href="{module.url}">{module.name}</a>' in page
        else:
            assert f'{module.name} <span class="tag">尚未启用</span>' in page
            assert f'<a href="/{module.code}/' not in page
    assert 'href="/org/"' in page


def test_a_module_whose_app_is_not_installed_is_not_enabled(settings):
    from fazhi.core.modules import Module

    assert not Module("no_such_app", "未建模块", "").enabled  # not installed: never a working-looking link
    assert Module("org", "单位与人员", "").enabled


def test_list_shows_only_visible_organisations(login, filer_a, unit_a, unit_b, reviewer):
    page = login(filer_a).get(reverse("org:index")).content.decode()
    assert unit_a.name in page and unit_b.name not in page
    page = login(reviewer).get(reverse("org:index")).content.decode()
    assert unit_a.name in page and unit_b.name in page


def test_list_filters_do_not_widen_the_scope(login, filer_a, unit_b):
    page = login(filer_a).get(reverse("org:index"), {"q": "武康", "kind": "street"}).content.decode()
    assert unit_b.name not in page


@pytest.mark.parametrize("name", ["org:detail", "org:edit_contact"])
def test_b_cannot_open_a_pages(login, filer_b, unit_a, name):
    response = login(filer_b).get(reverse(name, args=[unit_a.pk]))
    assert response.status_code == 404
    page = response.content.decode()
    assert NOT_VISIBLE in page
    assert unit_a.name not in page and unit_a.contact_phone not in page


def test_forged_post_for_another_unit_changes_nothing(login, filer_b, unit_a, snapshot):
    before = snapshot(unit_a)
    events = OrganisationEvent.objects.count()
    response = login(filer_b).post(
        reverse("org:edit_contact", args=[unit_a.pk]),
        {"contact_person": "冒名", "contact_phone": "0572-0000000", "address": "伪造"},
    )
    assert response.status_code == 404
    assert NOT_VISIBLE in response.content.decode()
    assert snapshot(unit_a) == before
    assert OrganisationEvent.objects.count() == events
    assert unit_a.history.count() == 1  # only its creation


def test_outsider_sees_nothing(login, outsider, unit_a):
    client = login(outsider)
    assert unit_a.name not in client.get(reverse("org:index")).content.decode()
    assert client.get(reverse("org:detail", args=[unit_a.pk])).status_code == 404


def test_visitor_is_sent_to_login(client, unit_a):
    for url in (
        reverse("org:index"),
        reverse("org:detail", args=[unit_a.pk]),
        reverse("org:edit_contact", args=[unit_a.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_evaluator_reads_but_may_not_edit(login, evaluator, unit_a, snapshot):
    client = login(evaluator)
    assert client.get(reverse("org:detail", args=[unit_a.pk])).status_code == 200
    before = snapshot(unit_a)
    response = client.post(reverse("org:edit_contact", args=[unit_a.pk]), {"contact_person": "评估改"})
    assert response.status_code == 403
    assert "您可以查看该单位，但无权修改。" in response.content.decode()
    assert snapshot(unit_a) == before


def test_filer_edits_own_contact_details_with_event_and_history(login, filer_a, unit_a):
    response = login(filer_a).post(
        reverse("org:edit_contact", args=[unit_a.pk]),
        {"contact_person": "李明", "contact_phone": "0572-8812345", "address": "新地址"},
        follow=True,
    )
    assert "联系信息已保存。" in response.content.decode()
    unit_a.refresh_from_db()
    assert unit_a.contact_person == "李明"
    event = unit_a.events.get()
    assert event.actor == filer_a and event.verb == "update"
    assert event.data["changed"]["contact_person"] == ["刘晓燕", "李明"]
    page = response.content.decode()
    assert "变更历史" in page and "刘晓燕 → 李明" in page


def test_reviewer_may_edit_a_unit_in_its_region(login, reviewer, unit_b):
    response = login(reviewer).post(
        reverse("org:edit_contact", args=[unit_b.pk]),
        {"contact_person": "审核改", "contact_phone": "0572-8899999", "address": ""},
    )
    assert response.status_code == 302
    assert Organisation.objects.get(pk=unit_b.pk).contact_person == "审核改"


@pytest.mark.parametrize(
    "data, message",
    [
        ({"contact_person": "甲" * 31, "contact_phone": "0572-8800001", "address": ""}, "不超过 30 字符"),
        (
            {"contact_person": "李明", "contact_phone": "电话号码", "address": ""},
            "电话号码只能包含数字和短横线。",
        ),
        ({"contact_person": "李明", "contact_phone": "1" * 25, "address": ""}, "不超过 20 字符"),
        (
            {"contact_person": "李明", "contact_phone": "0572-8800001", "address": "路" * 201},
            "不超过 200 字符",
        ),
    ],
)
def test_bad_input_gets_chinese_message_and_changes_nothing(login, filer_a, unit_a, snapshot, data, message):
    before = snapshot(unit_a)
    response = login(filer_a).post(reverse("org:edit_contact", args=[unit_a.pk]), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert snapshot(unit_a) == before
    assert not unit_a.events.exists()


def test_empty_post_changes_nothing(login, filer_a, unit_a, snapshot):
    before = snapshot(unit_a)
    response = login(filer_a).post(reverse("org:edit_contact", args=[unit_a.pk]), {})
    assert response.status_code == 200
    assert "这个字段是必填项。" in response.content.decode()
    assert snapshot(unit_a) == before


def test_admin_is_for_system_admins_only(login, filer_a, admin_user):
    response = login(filer_a).get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert login(admin_user).get("/admin/org/organisation/").status_code == 200


def test_export_holds_only_visible_rows(login, filer_a, unit_a, unit_b, reviewer):
    import io

    from openpyxl import load_workbook

    response = login(filer_a).get(reverse("org:export"))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("名称", "简称", "类型")
    assert [row[0] for row in rows[1:]] == [unit_a.name]
    rows = list(
        load_workbook(
            io.BytesIO(login(reviewer).get(reverse("org:export"), {"kind": "street"}).content)
        ).active.iter_rows(values_only=True)
    )
    assert [row[0] for row in rows[1:]] == [unit_b.name]


def test_import_page_is_for_the_office_only(login, filer_a, evaluator, reviewer):
    assert login(filer_a).get(reverse("org:import")).status_code == 403
    assert login(evaluator).get(reverse("org:import")).status_code == 403
    page = login(reviewer).get(reverse("org:import")).content.decode()
    assert "导入单位" in page and 'enctype="multipart/form-data"' in page


def test_import_upload_shows_row_errors_and_saves_nothing(login, reviewer, government):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["名称", "简称", "类型", "行政区划代码", "上级单位", "排序"])
    book.active.append(["德清县新单位", "", "其他单位", "330521", "德清县人民政府", ""])
    book.active.append(["德清县另一单位", "", "衙门", "330521", "", ""])
    buffer = io.BytesIO()
    book.save(buffer)
    before = Organisation.objects.count()
    upload = SimpleUploadedFile("单位.xlsx", buffer.getvalue())
    page = login(reviewer).post(reverse("org:import"), {"file": upload}).content.decode()
    assert "未导入任何数据" in page and "衙门" in page
    assert Organisation.objects.count() == before


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("单位.txt", b"hello", "请选择扩展名为 .xlsx 的 Excel 工作簿。"),
        ("单位.xlsx", b"not a workbook", "文件不是 Excel 工作簿（.xlsx）。"),
    ],
)
def test_import_refuses_wrong_files(login, reviewer, name, content, message):
    from django.core.files.uploadedfile import SimpleUploadedFile

    page = (
        login(reviewer)
        .post(reverse("org:import"), {"file": SimpleUploadedFile(name, content)})
        .content.decode()
    )
    assert message in page


def test_import_with_no_file_says_so(login, reviewer):
    page = login(reviewer).post(reverse("org:import"), {}).content.decode()
    assert "这个字段是必填项。" in page


def test_import_template_downloads(login, reviewer):
    response = login(reviewer).get(reverse("org:import_template"))
    assert response.status_code == 200 and response.content[:2] == b"PK"


def test_the_office_sets_its_name_on_documents(login, reviewer, office, filer_a, unit_a):
    from fazhi.org.naming import office_display_name

    client = login(reviewer)
    url = reverse("org:edit_contact", args=[office.pk])
    page = client.get(url).content.decode()
    assert 'name="office_name"' in page and "德清县依法治县办" in page  # the default, as help
    response = client.post(
        url,
        {
            "contact_person": "陈思远",
            "contact_phone": "0572-8800001",
            "address": "",
            "office_name": "中共德清县委全面依法治县委员会办公室",
            "document_number_prefix": "",
        },
    )
    assert response.status_code == 302
    office.refresh_from_db()
    assert office_display_name(office) == "中共德清县委全面依法治县委员会办公室"
    # A unit's form has no office name.
    assert (
        'name="office_name"'
        not in login(filer_a).get(reverse("org:edit_contact", args=[unit_a.pk])).content.decode()
    )
