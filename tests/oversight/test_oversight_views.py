"""Pages: B tries A's records on every view and gets nothing of A and changes nothing."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from fazhi.oversight import actions
from fazhi.oversight.models import Consequence, Inspection, OversightEvent, Problem, ProblemStatus

pytestmark = pytest.mark.django_db


def events():
    return OversightEvent.objects.count()


def test_index_and_problem_list_show_only_own_problems(
    login, filer_a, filer_b, problem_a, problem_b, reviewer
):
    page = login(filer_b).get("/oversight/problems/").content.decode()
    assert problem_b.description in page and problem_a.description not in page
    assert 'data-count="listed">1<' in page
    page = login(reviewer).get("/oversight/problems/").content.decode()
    assert problem_a.description in page and problem_b.description in page
    assert 'data-count="listed">2<' in page
    index = login(filer_b).get("/oversight/").content.decode()
    assert 'data-count="listed">1<' in index
    assert "安排督察" not in index  # units plan no inspections


def test_problem_list_filters_do_not_widen_the_scope(login, filer_b, problem_a, problem_b):
    page = login(filer_b).get("/oversight/problems/", {"q": "处罚", "status": "open"}).content.decode()
    assert problem_a.description not in page


def test_export_holds_only_visible_rows(login, filer_b, problem_a, problem_b):
    response = login(filer_b).get("/oversight/problems/export/")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "责任单位"
    assert [row[2] for row in rows[1:]] == [problem_b.description]


def test_b_cannot_open_a_problem(login, filer_b, problem_a):
    response = login(filer_b).get(f"/oversight/problems/{problem_a.pk}/")
    assert response.status_code == 404
    assert problem_a.description not in response.content.decode()


def test_b_cannot_step_a_problem(login, filer_b, problem_a, snapshot):
    before, count = snapshot(problem_a), events()
    response = login(filer_b).post(
        f"/oversight/problems/{problem_a.pk}/step/submit_plan/", {"submit_plan-plan": "冒充的方案"}
    )
    assert response.status_code == 404
    assert problem_a.description not in response.content.decode()
    assert snapshot(problem_a) == before and events() == count


def test_unit_submits_plan_through_the_page(login, filer_a, problem_a):
    client = login(filer_a)
    page = client.get(f"/oversight/problems/{problem_a.pk}/").content.decode()
    assert "报送整改方案" in page and "核验通过" not in page
    response = client.post(
        f"/oversight/problems/{problem_a.pk}/step/submit_plan/", {"submit_plan-plan": "方案"}
    )
    assert response.status_code == 302
    assert Problem.objects.get(pk=problem_a.pk).status == ProblemStatus.RECTIFYING


def test_empty_plan_reads_the_chinese_message_and_changes_nothing(login, filer_a, problem_a, snapshot):
    before = snapshot(problem_a)
    response = login(filer_a).post(
        f"/oversight/problems/{problem_a.pk}/step/submit_plan/", {"submit_plan-plan": ""}
    )
    assert response.status_code == 400
    assert "这个字段是必填项。" in response.content.decode()
    assert snapshot(problem_a) == before


def test_wrong_state_step_says_why(login, reviewer, problem_a, snapshot):
    before = snapshot(problem_a)
    response = login(reviewer).post(f"/oversight/problems/{problem_a.pk}/step/accept/", {"accept-note": ""})
    assert response.status_code == 400
    assert "不能核验通过：当前状态为待报整改方案" in response.content.decode()
    assert snapshot(problem_a) == before


def test_unit_cannot_verify_its_own_rectification(login, filer_a, reviewer, problem_a, snapshot):
    actions.submit_plan(filer_a, problem_a, plan="方案")
    actions.submit_evidence(filer_a, problem_a, evidence="材料")
    before = snapshot(problem_a)
    response = login(filer_a).post(f"/oversight/problems/{problem_a.pk}/step/accept/", {"accept-note": ""})
    assert response.status_code == 403
    assert snapshot(problem_a) == before


def test_b_cannot_open_an_inspection_it_is_not_part_of(login, filer_b, reviewer, office, unit_a):
    inspection = actions.plan_inspection(
        reviewer,
        office,
        title="市场监管局专项督察",
        form="written",
        topics="执法",
        units=[unit_a],
        starts_on=dt.date(2024, 5, 1),
        ends_on=dt.date(2024, 5, 2),
    )
    response = login(filer_b).get(f"/oversight/inspections/{inspection.pk}/")
    assert response.status_code == 404 and "市场监管局专项督察" not in response.content.decode()
    assert "市场监管局专项督察" not in login(filer_b).get("/oversight/").content.decode()


def test_a_unit_in_a_shared_inspection_sees_only_its_own_findings(
    login, filer_b, inspection, problem_a, problem_b, unit_a
):
    page = login(filer_b).get(f"/oversight/inspections/{inspection.pk}/").content.decode()
    assert problem_b.description[:10] in page
    assert problem_a.description[:10] not in page
    assert unit_a.name not in page


def test_units_cannot_plan_inspections_or_record_checks_and_findings(login, filer_a, inspection, unit_a):
    client = login(filer_a)
    count, inspections = events(), Inspection.objects.count()
    assert client.get("/oversight/inspections/new/").status_code == 403
    assert client.post("/oversight/inspections/new/", {"title": "x"}).status_code == 403
    assert (
        client.post(
            f"/oversight/inspections/{inspection.pk}/checks/new/",
            {"organisation": unit_a.pk, "kind": "interview", "done_on": "2024-09-24", "summary": "x"},
        ).status_code
        == 403
    )
    assert (
        client.post(
            f"/oversight/inspections/{inspection.pk}/findings/new/",
            {"organisation": unit_a.pk, "description": "x", "severity": "general", "found_on": "2024-09-24"},
        ).status_code
        == 403
    )
    assert client.post(f"/oversight/inspections/{inspection.pk}/step/conclude/").status_code == 403
    assert events() == count and Inspection.objects.count() == inspections
    assert client.post("/oversight/consequences/new/", {}).status_code == 403


def test_office_plans_an_inspection_and_records_a_finding(login, reviewer, unit_a, unit_b):
    client = login(reviewer)
    response = client.post(
        "/oversight/inspections/new/",
        {
            "title": "书面督察",
            "form": "written",
            "topics": "规范性文件备案",
            "units": [unit_a.pk, unit_b.pk],
            "starts_on": "2024-05-06",
            "ends_on": "2024-05-31",
        },
    )
    inspection = Inspection.objects.get(title="书面督察")
    assert response.status_code == 302 and set(inspection.units.all()) == {unit_a, unit_b}
    response = client.post(
        f"/oversight/inspections/{inspection.pk}/checks/new/",
        {
            "organisation": unit_a.pk,
            "kind": "document_review",
            "done_on": "2024-05-08",
            "summary": "查阅备案材料",
        },
    )
    assert response.status_code == 302
    response = client.post(
        f"/oversight/inspections/{inspection.pk}/findings/new/",
        {
            "organisation": unit_b.pk,
            "description": "报备超期",
            "severity": "general",
            "found_on": "2024-05-10",
        },
    )
    problem = Problem.objects.get(description="报备超期")
    assert response.status_code == 302 and problem.organisation == unit_b
    assert problem.rectification_deadline > dt.date(2024, 5, 10)


def test_forged_unit_outside_the_region_is_refused(login, reviewer, unit_a, elsewhere):
    response = login(reviewer).post(
        "/oversight/inspections/new/",
        {
            "title": "越界",
            "form": "written",
            "topics": "x",
            "units": [unit_a.pk, elsewhere.pk],
            "starts_on": "2024-05-06",
            "ends_on": "2024-05-31",
        },
    )
    assert response.status_code == 200
    assert "不在可用的选项中" in response.content.decode()
    assert not Inspection.objects.filter(title="越界").exists()


def test_finding_for_a_unit_outside_the_inspection_is_refused(login, reviewer, office, unit_a, unit_b):
    inspection = actions.plan_inspection(
        reviewer,
        office,
        title="单一单位督察",
        form="written",
        topics="x",
        units=[unit_a],
        starts_on=dt.date(2024, 5, 1),
        ends_on=dt.date(2024, 5, 2),
    )
    count = Problem.objects.count()
    response = login(reviewer).post(
        f"/oversight/inspections/{inspection.pk}/findings/new/",
        {"organisation": unit_b.pk, "description": "x", "severity": "general", "found_on": "2024-05-02"},
    )
    assert response.status_code == 200 and Problem.objects.count() == count


def test_self_inspection_page_forged_post_for_another_unit(login, filer_a, unit_a, unit_b):
    client = login(filer_a)
    response = client.post(
        "/oversight/problems/new/",
        {
            "organisation": unit_b.pk,
            "source": "self_inspection",
            "description": "替别人填",
            "severity": "general",
            "found_on": "2024-05-02",
        },
    )
    assert response.status_code == 200 and not Problem.objects.filter(description="替别人填").exists()
    response = client.post(
        "/oversight/problems/new/",
        {
            "organisation": unit_a.pk,
            "source": "self_inspection",
            "description": "自查发现",
            "severity": "general",
            "found_on": "2024-05-02",
        },
    )
    assert response.status_code == 302 and Problem.objects.get(description="自查发现").organisation == unit_a
    response = client.post(
        "/oversight/problems/new/",
        {
            "organisation": unit_a.pk,
            "source": "other",
            "description": "其他来源",
            "severity": "general",
            "found_on": "2024-05-02",
        },
    )
    assert "其他来源的问题只能由依法治县办录入。" in response.content.decode()


def test_outsider_may_add_nothing(login, outsider, problem_a):
    client = login(outsider)
    assert client.get("/oversight/problems/new/").status_code == 403
    assert problem_a.description not in client.get("/oversight/problems/").content.decode()


def test_consequence_form_forged_unit_and_success(login, reviewer, unit_a, elsewhere):
    client = login(reviewer)
    response = client.post(
        "/oversight/consequences/new/",
        {"organisation": elsewhere.pk, "kind": "talk", "held_on": "2024-06-01", "subject": "越界约谈"},
    )
    assert response.status_code == 200 and not Consequence.objects.exists()
    response = client.post(
        "/oversight/consequences/new/",
        {"organisation": unit_a.pk, "kind": "notice", "held_on": "2024-06-01", "subject": "整改滞后通报"},
    )
    assert response.status_code == 302 and Consequence.objects.get().organisation == unit_a


def test_b_does_not_see_talks_with_a(login, reviewer, office, unit_a, filer_b, filer_a):
    actions.record_consequence(
        reviewer, office, unit_a, kind="talk", held_on=dt.date(2024, 6, 1), subject="市场监管整改约谈"
    )
    assert "市场监管整改约谈" not in login(filer_b).get("/oversight/").content.decode()
    assert "市场监管整改约谈" in login(filer_a).get("/oversight/").content.decode()


def test_visitor_is_sent_to_login(client, problem_a):
    assert client.get(f"/oversight/problems/{problem_a.pk}/").status_code == 302


def test_evidence_with_a_file_and_b_cannot_fetch_it(login, filer_a, filer_b, problem_a, settings, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = tmp_path
    actions.submit_plan(filer_a, problem_a, plan="方案")
    client = login(filer_a)
    bad = SimpleUploadedFile("evil.exe", b"MZ")
    response = client.post(
        f"/oversight/problems/{problem_a.pk}/step/submit_evidence/",
        {"submit_evidence-evidence": "材料", "submit_evidence-attachment": bad},
    )
    assert response.status_code == 400
    assert (
        "不接受此类文件，请选择：doc、docx、jpg、pdf、png、txt、xls、xlsx、zip。" in response.content.decode()
    )
    assert Problem.objects.get(pk=problem_a.pk).status == ProblemStatus.RECTIFYING
    upload = SimpleUploadedFile("审核意见.pdf", b"%PDF-1.4 evidence", content_type="application/pdf")
    response = client.post(
        f"/oversight/problems/{problem_a.pk}/step/submit_evidence/",
        {"submit_evidence-evidence": "已补齐审核意见", "submit_evidence-attachment": upload},
    )
    assert response.status_code == 302
    url = f"/oversight/problems/{problem_a.pk}/evidence/"
    assert b"".join(client.get(url).streaming_content) == b"%PDF-1.4 evidence"
    assert "整改材料附件" in client.get(f"/oversight/problems/{problem_a.pk}/").content.decode()
    response = login(filer_b).get(url)
    assert response.status_code == 404 and b"evidence" not in response.content


def test_evaluator_reads_the_list_but_takes_no_step(login, evaluator, problem_a, snapshot):
    client = login(evaluator)
    assert problem_a.description in client.get("/oversight/problems/").content.decode()
    page = client.get(f"/oversight/problems/{problem_a.pk}/").content.decode()
    assert "data-step" not in page
    before = snapshot(problem_a)
    response = client.post(
        f"/oversight/problems/{problem_a.pk}/step/submit_plan/", {"submit_plan-plan": "评估"}
    )
    assert response.status_code == 403 and snapshot(problem_a) == before


def test_paging_keeps_the_filters(login, reviewer, inspection, unit_a, settings):
    settings.LIST_PAGE_SIZE = 5
    for n in range(settings.LIST_PAGE_SIZE + 1):
        actions.record_problem(
            reviewer,
            unit_a,
            source="inspection",
            inspection=inspection,
            description=f"问题{n}",
            severity="general",
            found_on=dt.date(2024, 9, 27),
        )
    page = (
        login(reviewer)
        .get("/oversight/problems/", {"severity": "general", "source": "inspection"})
        .content.decode()
    )
    assert (
        "source=inspection&amp;severity=general&amp;page=2" in page
        or "severity=general&amp;source=inspection&amp;page=2" in page
    )


def test_rectification_notice_is_the_offices_word_document(login, reviewer, filer_a, problem_a, problem_b):
    import io as _io

    from docx import Document

    actions.submit_plan(filer_a, problem_a, plan="方案")
    actions.submit_evidence(filer_a, problem_a, evidence="材料")
    actions.accept_rectification(
        reviewer, problem_a, note="已现场核验整改材料。", today=dt.date(2024, 10, 10)
    )
    document = Document(_io.BytesIO(login(reviewer).get("/oversight/problems/notice/").content))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "问题清单共列问题2条，已整改销号1条，尚未销号1条，其中逾期未整改1条" in text
    assert f"{problem_b.organisation.name}：{problem_b.description}（整改期限2024年11月13日）" in text
    rows = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert [problem_a.organisation.name, "1", "1", "0"] in rows
    assert [problem_b.organisation.name, "1", "0", "1"] in rows


def test_units_get_no_rectification_notice(login, filer_b, problem_a):
    response = login(filer_b).get("/oversight/problems/notice/")
    assert response.status_code == 403 and problem_a.description.encode() not in response.content


def test_inspection_steps_through_the_page_and_b_cannot(login, reviewer, filer_b, office, unit_a, snapshot):
    inspection = actions.plan_inspection(
        reviewer,
        office,
        title="只督察A",
        form="on_site",
        topics="x",
        units=[unit_a],
        starts_on=dt.date(2024, 5, 1),
        ends_on=dt.date(2024, 5, 2),
    )
    before = snapshot(inspection)
    assert login(filer_b).post(f"/oversight/inspections/{inspection.pk}/step/start/").status_code == 404
    assert snapshot(inspection) == before
    client = login(reviewer)
    assert client.post(f"/oversight/inspections/{inspection.pk}/step/start/").status_code == 302
    assert Inspection.objects.get(pk=inspection.pk).status == "under_way"
    page = client.post(f"/oversight/inspections/{inspection.pk}/step/start/", follow=True).content.decode()
    assert "不能开始督察：当前状态为进行中" in page
    assert client.post(f"/oversight/inspections/{inspection.pk}/step/fly/").status_code == 404
    assert client.get(f"/oversight/inspections/{inspection.pk}/step/conclude/").status_code == 405


def test_b_cannot_reach_the_check_and_finding_forms_of_a(login, reviewer, filer_b, office, unit_a, unit_b):
    inspection = actions.plan_inspection(
        reviewer,
        office,
        title="只督察A",
        form="on_site",
        topics="x",
        units=[unit_a],
        starts_on=dt.date(2024, 5, 1),
        ends_on=dt.date(2024, 5, 2),
    )
    client, count = login(filer_b), OversightEvent.objects.count()
    for url in (
        f"/oversight/inspections/{inspection.pk}/checks/new/",
        f"/oversight/inspections/{inspection.pk}/findings/new/",
    ):
        assert client.get(url).status_code == 404
        response = client.post(
            url,
            {
                "organisation": unit_b.pk,
                "kind": "interview",
                "done_on": "2024-05-01",
                "summary": "x",
                "description": "x",
                "severity": "general",
                "found_on": "2024-05-01",
            },
        )
        assert response.status_code == 404 and "只督察A" not in response.content.decode()
    assert OversightEvent.objects.count() == count and not Problem.objects.exists()


def test_problem_page_says_how_long_overdue(login, filer_a, problem_a):
    # found 2024-09-27, due 2024-10-16: long past by now
    page = login(filer_a).get(f"/oversight/problems/{problem_a.pk}/").content.decode()
    assert "已逾期" in page and "个工作日" in page and "剩余 -" not in page
