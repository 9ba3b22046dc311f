"""The work list (待办事项) on the home page: what waits for each persona, and nothing of another unit.

One region with pending work in every app that has some, for both units:

- annual reports (2025 season, deadline passed): unit B's report submitted; unit A,
  the government and the office not filed;
- normative documents: unit A's draft in legality review; unit B's draft returned;
- problem list: unit A's problem open; unit B's first problem submitted for
  verification, its second still open; all found in 2024, so overdue;
- year plan: one overdue task for each unit, one of unit A's due tomorrow, and
  one of unit A's done.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fazhi.core.deadlines import local_today

REGION = "330521"
FOUND = dt.date(2024, 9, 27)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def person(username, organisation, role):
    from fazhi.org.models import Membership, User

    user = User.objects.create(username=username, full_name=username)
    Membership.objects.create(user=user, organisation=organisation, role=role)
    return user


@pytest.fixture
def leader_b(unit_b):
    return person("leader_b", unit_b, "unit_leader")


@pytest.fixture
def region_work(
    admin_user, reviewer, filer_a, leader_a, filer_b, leader_b, government, office, unit_a, unit_b
):
    from fazhi.filings import actions as filings
    from fazhi.filings.demo import report_text
    from fazhi.normdocs import actions as normdocs
    from fazhi.oversight import actions as oversight
    from fazhi.plans import actions as plans

    # Annual reports.
    season = filings.open_season(reviewer, region_code=REGION, year=2025)
    report = report_text(unit_b.name, 2025, seed=7).encode()
    filing_b = filings.upload_report(filer_b, season, unit_b, data=report, name="报告.txt", kind="txt")
    filings.submit_filing(leader_b, filing_b)

    # Normative documents.
    for organisation in (government, office, unit_a, unit_b):
        normdocs.set_issuer_listing(
            admin_user, organisation, listing="positive", listed_on=dt.date(2024, 1, 1)
        )
    comment = {"comment_from": dt.date(2025, 3, 3), "comment_until": dt.date(2025, 3, 14)}
    draft_a = normdocs.create_document(filer_a, unit_a, title="德清县关于规范网络餐饮服务的通知", **comment)
    normdocs.submit_for_review(filer_a, draft_a)
    draft_b = normdocs.create_document(filer_b, unit_b, title="武康街道关于规范停车管理的通知", **comment)
    normdocs.submit_for_review(filer_b, draft_b)
    normdocs.install_default_checklist(reviewer, REGION)
    answers = {str(item.pk): True for item in normdocs.checklist(REGION)}
    normdocs.record_review(
        reviewer, draft_b, outcome="returned", answers=answers, opinions="起草说明过于简略"
    )

    # Problem list.
    inspection = oversight.plan_inspection(
        reviewer,
        office,
        title="2024年度专项督察",
        form="on_site",
        topics="行政执法三项制度",
        units=[unit_a, unit_b],
        starts_on=dt.date(2024, 9, 23),
        ends_on=dt.date(2024, 10, 18),
    )
    finding = {"source": "inspection", "inspection": inspection, "severity": "general", "found_on": FOUND}
    oversight.record_problem(reviewer, unit_a, description="处罚案卷未附法制审核意见", **finding)
    submitted_b = oversight.record_problem(reviewer, unit_b, description="合同未经合法性审查", **finding)
    oversight.submit_plan(filer_b, submitted_b, plan="逐件补做合法性审查")
    oversight.submit_evidence(filer_b, submitted_b, evidence="已补做审查 12 件")
    oversight.record_problem(reviewer, unit_b, description="执法人员未持证上岗", **finding)

    # Year plan: a month ago is overdue, the next working day is due soon.
    today = local_today()
    past = today - dt.timedelta(days=30)
    plan = plans.create_plan(reviewer, office, year=past.year, title="德清县法治政府建设工作要点")
    plans.add_task(reviewer, plan, number=1, title="落实法制审核制度", lead_unit=unit_a, deadline=past)
    plans.add_task(reviewer, plan, number=2, title="合法性审查全覆盖", lead_unit=unit_b, deadline=past)
    plans.add_task(
        reviewer,
        plan,
        number=3,
        title="编制执法事项清单",
        lead_unit=unit_a,
        deadline=today + dt.timedelta(days=1),
    )
    done = plans.add_task(reviewer, plan, number=4, title="公布权责清单", lead_unit=unit_a, deadline=past)
    plans.report_progress(filer_a, done, unit_a, text="已公布", percent_done=100, reported_on=past)
    # Study sessions: both units have held the year's minimum, so the study line (shown from
    # 1 October) never depends on the day the suite runs.
    from fazhi.education import actions as education
    from fazhi.education import rules as education_rules

    for actor, unit in ((filer_a, unit_a), (filer_b, unit_b)):
        for _ in range(education_rules.study_minimum()):
            education.record_study_session(
                actor,
                unit,
                kind="executive_meeting",
                held_on=local_today().replace(month=1, day=1),
                topic="学习行政复议法",
                speaker="法制科长",
            )

    plans.confirm_done(reviewer, done, note="核对了公布页面")
    return season


def counts(items):
    return {item.label: (item.count, item.overdue) for item in items}


def test_the_office_sees_its_regions_pending_work(region_work, reviewer):
    from fazhi.core.worklist import work_for
    from fazhi.filings.models import AnnualReportFiling
    from fazhi.oversight.models import Problem
    from fazhi.plans.models import KeyTask

    today = local_today()
    # Hand counts, straight from the tables (the office's region is every record here).
    submitted_reports = AnnualReportFiling.objects.filter(status="submitted").count()
    to_verify = Problem.objects.filter(status="submitted").count()
    overdue_problems = (
        Problem.objects.exclude(status="closed").filter(rectification_deadline__lt=today).count()
    )
    overdue_tasks = KeyTask.objects.exclude(status="done").filter(deadline__lt=today).count()
    assert (submitted_reports, to_verify, overdue_problems, overdue_tasks) == (1, 1, 3, 2)

    assert counts(work_for(reviewer)) == {
        "待审核的年度报告": (submitted_reports, 0),
        "待合法性审核的规范性文件草案": (1, 0),
        "待核验的整改": (to_verify, 0),
        "本地区逾期未整改的问题": (overdue_problems, overdue_problems),
        "本地区逾期的重点任务": (overdue_tasks, overdue_tasks),
        # No own report drafted for last year, past the filing deadline (fazhi.reports.todo).
        f"本级政府{today.year - 1}年度法治政府建设报告尚未起草": (1, 1),
    }


def test_a_unit_sees_its_own_work_and_nothing_of_the_other_unit(region_work, filer_a, filer_b):
    from fazhi.core.worklist import work_for

    # Unit B also has an open problem, an overdue task and a returned draft; none of it counts for A.
    # Of the three units that have not filed (A, the government, the office), A's is the one.
    assert counts(work_for(filer_a)) == {
        "尚未报送的年度报告": (1, 1),
        "待报送整改方案的问题": (1, 1),
        "即将到期或逾期的重点任务": (2, 1),
    }
    assert counts(work_for(filer_b)) == {
        "待报送整改方案的问题": (1, 1),
        "即将到期或逾期的重点任务": (1, 1),
        "被合法性审核退回的草案": (1, 0),
    }


def test_overdue_work_comes_first_then_by_due_date(region_work, filer_a):
    from fazhi.core.worklist import work_for
    from fazhi.plans.models import YearPlan

    items = work_for(filer_a)
    assert [item.overdue > 0 for item in items] == sorted((item.overdue > 0 for item in items), reverse=True)
    dated = [item.due_on for item in items if item.overdue]
    assert dated == sorted(dated)
    tasks = next(item for item in items if item.label == "即将到期或逾期的重点任务")
    assert tasks.due_on == local_today() - dt.timedelta(days=30)  # the oldest overdue one
    plan = YearPlan.objects.get()
    assert tasks.url == f"/plans/{plan.pk}/?status=due"  # all of one plan: its due tasks


def test_order_and_empty_items_leave_the_list(monkeypatch, filer_a):
    from types import SimpleNamespace

    from fazhi.core import worklist
    from fazhi.core.worklist import WorkItem

    soon, later = dt.date(2026, 5, 1), dt.date(2026, 6, 1)
    module = SimpleNamespace(
        work_for=lambda user: [
            WorkItem("undated", 2, "/a/"),
            WorkItem("later", 1, "/b/", due_on=later),
            WorkItem("none", 0, "/c/"),
            WorkItem("overdue", 3, "/d/", overdue=1, due_on=later),
            WorkItem("soon", 1, "/e/", due_on=soon),
        ]
    )
    monkeypatch.setattr(worklist, "todo_modules", lambda: [module])
    assert [item.label for item in worklist.work_for(filer_a)] == ["overdue", "soon", "later", "undated"]


def test_every_app_with_work_has_a_todo_module():
    from fazhi.core.worklist import todo_modules

    assert {module.__name__ for module in todo_modules()} == {
        "fazhi.filings.todo",
        "fazhi.normdocs.todo",
        "fazhi.oversight.todo",
        "fazhi.plans.todo",
        "fazhi.assessment.todo",
        "fazhi.decisions.todo",
        "fazhi.education.todo",
        "fazhi.inspections.todo",
        "fazhi.disputes.todo",
        "fazhi.enforcement.todo",
        "fazhi.counsel.todo",
        "fazhi.reports.todo",
    }


def test_the_home_page_flags_overdue_work_in_words(region_work, filer_a, login):
    html = login(filer_a).get("/").content.decode()
    card = html[html.index('id="worklist"') : html.index("</section>", html.index('id="worklist"'))]
    assert "待办事项" in card and "暂无待办事项" not in card
    assert "尚未报送的年度报告" in card
    # Red, and said in words too: colour alone would not reach everyone.
    assert '<strong class="error">其中 1 项已逾期</strong>' in card
    assert f'最早期限 <time datetime="{region_work.filing_due:%Y-%m-%d}">' in card
    # Nothing of unit B's work.
    assert "被合法性审核退回的草案" not in card


def test_an_empty_list_says_so(outsider, evaluator, login):
    for user in (outsider, evaluator):
        html = login(user).get("/").content.decode()
        assert "暂无待办事项" in html


PERSONAS = ["filer_a", "leader_a", "filer_b", "leader_b", "reviewer", "evaluator", "outsider", "admin_user"]


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_home_page_renders_for_every_persona_in_bounded_queries(
    region_work, persona, request, client, django_assert_max_num_queries
):
    user = request.getfixturevalue(persona)
    client.force_login(user)
    with django_assert_max_num_queries(30):
        response = client.get("/")
    assert response.status_code == 200
    assert "待办事项" in response.content.decode()


def test_the_card_shows_label_count_overdue_in_words_and_due_date(monkeypatch, filer_a, login):
    from types import SimpleNamespace

    from fazhi.core import worklist
    from fazhi.core.worklist import WorkItem

    module = SimpleNamespace(
        work_for=lambda user: [
            WorkItem(
                "整改<材料>", 3, "/oversight/problems/?status=open", overdue=2, due_on=dt.date(2026, 1, 5)
            )
        ]
    )
    monkeypatch.setattr(worklist, "todo_modules", lambda: [module])
    html = login(filer_a).get("/").content.decode()
    card = html[html.index('id="worklist"') : html.index("</section>", html.index('id="worklist"'))]
    assert (
        '<a href="/oversight/problems/?status=open">整改&lt;材料&gt;</a> <span class="tag">3</span>' in card
    )
    assert '<strong class="error">其中 2 项已逾期</strong>' in card
    assert '最早期限 <time datetime="2026-01-05">2026-01-05</time>' in card
    assert "暂无待办事项" not in card
