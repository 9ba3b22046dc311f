"""Separation of duties (issue 11 §1), persona by persona: a unit's steps are the unit's,
the office enters one only by proxy with a reason, and nobody approves a step he did.

The personas are those of tests/conftest.py: unit A's filer and leader, unit B's filer,
the office reviewer, the evaluator and the system administrator.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile

from fazhi.assessment.models import ASSESSMENT_WORKFLOW
from fazhi.core.actions import ActionRefused
from fazhi.core.duties import PROXY_REASON, Side
from fazhi.counsel.models import ENGAGEMENT_WORKFLOW
from fazhi.decisions.models import DECISION_WORKFLOW
from fazhi.filings.demo import report_text
from fazhi.filings.models import FILING_WORKFLOW
from fazhi.normdocs import actions as normdocs
from fazhi.normdocs.models import DOCUMENT_FILING_WORKFLOW, DOCUMENT_WORKFLOW
from fazhi.org.models import Membership, User
from fazhi.oversight import actions as oversight
from fazhi.oversight.models import INSPECTION_WORKFLOW, PROBLEM_WORKFLOW, ProblemSource
from fazhi.plans import actions as plans

REASON = "该单位尚未开通账号，依书面材料代为录入"

# Which side each declared transition is on: the table the issue asks for.
SIDES = {
    (DOCUMENT_WORKFLOW, "submit"): Side.UNIT,
    (DOCUMENT_WORKFLOW, "issue"): Side.UNIT,
    (DOCUMENT_WORKFLOW, "pass_review"): Side.OFFICE,
    (DOCUMENT_WORKFLOW, "return_review"): Side.OFFICE,
    (DOCUMENT_FILING_WORKFLOW, "accept_filing"): Side.OFFICE,
    (DOCUMENT_FILING_WORKFLOW, "refuse_filing"): Side.OFFICE,
    (PROBLEM_WORKFLOW, "submit_plan"): Side.UNIT,
    (PROBLEM_WORKFLOW, "submit_evidence"): Side.UNIT,
    (PROBLEM_WORKFLOW, "accept"): Side.OFFICE,
    (PROBLEM_WORKFLOW, "return"): Side.OFFICE,
    (INSPECTION_WORKFLOW, "conclude"): Side.OFFICE,
    (FILING_WORKFLOW, "upload"): Side.UNIT,
    (FILING_WORKFLOW, "submit"): Side.UNIT,
    (FILING_WORKFLOW, "accept"): Side.OFFICE,
    (FILING_WORKFLOW, "return"): Side.OFFICE,
    (DECISION_WORKFLOW, "take"): Side.UNIT,
    (DECISION_WORKFLOW, "merge"): Side.OFFICE,
    (ENGAGEMENT_WORKFLOW, "end"): Side.UNIT,
    (ASSESSMENT_WORKFLOW, "submit"): Side.UNIT,
    (ASSESSMENT_WORKFLOW, "finalise"): Side.OFFICE,
}


@pytest.mark.parametrize(("workflow", "name"), list(SIDES), ids=[f"{n}" for _w, n in SIDES])
def test_each_step_declares_its_side(workflow, name):
    assert workflow.transitions[name].side is SIDES[(workflow, name)]


def test_the_units_steps_outside_the_workflow_count_as_its_steps():
    assert {
        "create",
        "update",
        "attach_text",
        "file",
        "submit",
        "issue",
    } <= DOCUMENT_FILING_WORKFLOW.unit_verbs
    assert {"submit_plan", "submit_evidence"} == PROBLEM_WORKFLOW.unit_verbs
    assert "self_assess" in ASSESSMENT_WORKFLOW.unit_verbs


# --- fixtures ----------------------------------------------------------------------


@pytest.fixture
def listed(admin_user, government, office, unit_a, unit_b):
    for organisation in (government, office, unit_a, unit_b):
        normdocs.set_issuer_listing(
            admin_user, organisation, listing="positive", listed_on=dt.date(2024, 1, 1)
        )


@pytest.fixture
def personas(filer_a, leader_a, filer_b, reviewer, evaluator, admin_user):
    return {
        "filer_a": filer_a,
        "leader_a": leader_a,
        "filer_b": filer_b,
        "reviewer": reviewer,
        "evaluator": evaluator,
        "admin_user": admin_user,
    }


@pytest.fixture
def second_reviewer(office):
    """Another of the office's reviewers: the one who may approve what the first entered."""
    user = User.objects.create(username="reviewer2", full_name="李明")
    Membership.objects.create(user=user, organisation=office, role="office_reviewer")
    return user


@pytest.fixture
def problem_a(reviewer, office, unit_a):
    inspection = oversight.plan_inspection(
        reviewer,
        office,
        title="2024年度专项督察",
        form="on_site",
        topics="行政执法三项制度",
        units=[unit_a],
        starts_on=dt.date(2024, 9, 23),
        ends_on=dt.date(2024, 10, 18),
    )
    return oversight.record_problem(
        reviewer,
        unit_a,
        source=ProblemSource.INSPECTION,
        inspection=inspection,
        description="处罚案卷未附法制审核意见",
        severity="major",
        found_on=dt.date(2024, 9, 27),
    )


@pytest.fixture
def task_a(reviewer, office, unit_a):
    plan = plans.create_plan(reviewer, office, year=2024, title="德清县2024年法治政府建设工作要点")
    return plans.add_task(
        reviewer,
        plan,
        number=1,
        title="落实重大执法决定法制审核制度",
        lead_unit=unit_a,
        deadline=dt.date(2024, 10, 16),
        area="enforcement",
        indicator_codes=["enforcement.case_files_reviewed"],
    )


def _draft(actor, unit, **extra):
    return normdocs.create_document(
        actor,
        unit,
        title="德清县关于规范网络餐饮服务的通知",
        comment_from=dt.date(2025, 3, 3),
        comment_until=dt.date(2025, 3, 14),
        **extra,
    )


def _engage(actor, unit_a, reason):
    from fazhi.counsel import actions as counsel

    return counsel.engage(
        actor,
        unit_a,
        kind="counsel",
        provider_type="firm",
        provider_name="浙江德清阳光律师事务所",
        starts_on=dt.date(2025, 1, 1),
        ends_on=dt.date(2026, 12, 31),
        proxy_reason=reason,
    )


def _upload(actor, unit_a, reason):
    from fazhi.filings import actions as filings
    from fazhi.filings.models import FilingSeason

    season = FilingSeason.objects.get(region_code="330521", year=2025)
    data = report_text(unit_a.name, 2025, seed=7).encode()
    return filings.upload_report(
        actor, season, unit_a, data=data, name="报告.txt", kind="txt", proxy_reason=reason
    )


@pytest.fixture
def season(reviewer, government, office, unit_a, unit_b):
    from fazhi.filings import actions as filings

    return filings.open_season(reviewer, region_code="330521", year=2025)


# Each unit step, done by ``actor`` for unit A with ``proxy_reason``.
UNIT_STEPS = {
    "engage legal counsel": lambda actor, unit_a, problem_a, task_a, reason: _engage(actor, unit_a, reason),
    "upload the annual report": lambda actor, unit_a, problem_a, task_a, reason: _upload(
        actor, unit_a, reason
    ),
    "draft a normative document": lambda actor, unit_a, problem_a, task_a, reason: _draft(
        actor, unit_a, proxy_reason=reason
    ),
    "submit a rectification plan": lambda actor, unit_a, problem_a, task_a, reason: oversight.submit_plan(
        actor, problem_a, plan="逐项整改", proxy_reason=reason
    ),
    "report progress on a task": lambda actor, unit_a, problem_a, task_a, reason: plans.report_progress(
        actor,
        task_a,
        unit_a,
        text="已完成制度修订",
        percent_done=50,
        reported_on=dt.date(2024, 6, 3),
        proxy_reason=reason,
    ),
}

# What each persona gets doing a unit step of unit A: done as the unit's own person,
# refused without a reason but done by proxy with one, or denied outright.
UNIT_STEP_MATRIX = {
    "filer_a": "own",
    "leader_a": "own",
    "filer_b": "denied",
    "reviewer": "proxy",
    "evaluator": "denied",
    "admin_user": "proxy",
}


@pytest.mark.parametrize("step", list(UNIT_STEPS))
@pytest.mark.parametrize("persona", list(UNIT_STEP_MATRIX))
def test_who_may_do_a_units_step(
    step, persona, personas, listed, season, unit_a, problem_a, task_a, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    actor, expected, do = personas[persona], UNIT_STEP_MATRIX[persona], UNIT_STEPS[step]
    if expected == "denied":
        with pytest.raises(PermissionDenied):
            do(actor, unit_a, problem_a, task_a, REASON)
        return
    if expected == "proxy":
        with pytest.raises(ActionRefused) as refusal:
            do(actor, unit_a, problem_a, task_a, "  ")
        assert refusal.value.field == PROXY_REASON and unit_a.name in refusal.value.message
    do(actor, unit_a, problem_a, task_a, REASON if expected == "proxy" else "")


def test_a_proxy_entry_is_recorded_and_shown(reviewer, listed, unit_a, login):
    document = _draft(reviewer, unit_a, proxy_reason=REASON)
    event = document.events.get(verb="create")
    assert event.actor == reviewer and event.proxy_reason == REASON
    assert event.data["proxy_for"] == unit_a.name
    page = login(reviewer).get(document.get_absolute_url()).content.decode()
    assert f"由依法治县办代为录入：{REASON}" in page


def test_the_units_own_entry_records_no_proxy(filer_a, listed, unit_a):
    document = _draft(filer_a, unit_a, proxy_reason=REASON)  # a unit's own person is no proxy
    assert document.events.get(verb="create").proxy_reason == ""


# --- nobody approves a step he did ---------------------------------------------------


def _text():
    return SimpleUploadedFile(
        "正文.txt", "第一条 为规范管理，制定本规定。".encode(), content_type="text/plain"
    )


def _all_yes():
    return {str(item.pk): True for item in normdocs.checklist("330521")}


def test_the_office_cannot_pass_a_draft_it_entered_for_the_unit(reviewer, second_reviewer, listed, unit_a):
    document = _draft(reviewer, unit_a, proxy_reason=REASON)
    normdocs.submit_for_review(reviewer, document, today=dt.date(2025, 3, 17), proxy_reason=REASON)
    normdocs.install_default_checklist(reviewer, "330521")
    with pytest.raises(ActionRefused) as refusal:
        normdocs.record_review(reviewer, document, outcome="passed", answers=_all_yes())
    assert "另一人" in refusal.value.message or "Another person" in refusal.value.message
    normdocs.record_review(second_reviewer, document, outcome="passed", answers=_all_yes())
    document.refresh_from_db()
    assert document.status == "approved"


def test_the_office_cannot_accept_a_filing_it_made(filer_a, reviewer, second_reviewer, listed, unit_a):
    document = _draft(filer_a, unit_a)
    normdocs.submit_for_review(filer_a, document, today=dt.date(2025, 3, 17))
    normdocs.install_default_checklist(reviewer, "330521")
    normdocs.record_review(
        reviewer, document, outcome="passed", answers=_all_yes(), today=dt.date(2025, 3, 20)
    )
    normdocs.issue_document(
        filer_a,
        document,
        document_number="德市监〔2025〕1号",
        issued_on=dt.date(2025, 4, 1),
        today=dt.date(2025, 4, 1),
        official_text=_text(),
    )
    with pytest.raises(ActionRefused):
        normdocs.file_document(reviewer, document, filed_on=dt.date(2025, 4, 10), today=dt.date(2025, 4, 10))
    filing = normdocs.file_document(
        reviewer, document, filed_on=dt.date(2025, 4, 10), today=dt.date(2025, 4, 10), proxy_reason=REASON
    )
    with pytest.raises(ActionRefused):
        normdocs.decide_filing(reviewer, filing, accept=True)
    assert normdocs.decide_filing(second_reviewer, filing, accept=True).status == "accepted"


def test_an_issued_document_has_its_final_title_and_its_text(filer_a, reviewer, listed, unit_a):
    document = normdocs.create_document(
        filer_a,
        unit_a,
        title="德清县关于规范网络餐饮服务的通知（草案）",
        comment_from=dt.date(2025, 3, 3),
        comment_until=dt.date(2025, 3, 14),
    )
    normdocs.submit_for_review(filer_a, document, today=dt.date(2025, 3, 17))
    normdocs.install_default_checklist(reviewer, "330521")
    normdocs.record_review(
        reviewer, document, outcome="passed", answers=_all_yes(), today=dt.date(2025, 3, 20)
    )
    issue = {
        "document_number": "德市监〔2025〕1号",
        "issued_on": dt.date(2025, 4, 1),
        "today": dt.date(2025, 4, 1),
    }
    with pytest.raises(ActionRefused) as refusal:
        normdocs.issue_document(filer_a, document, official_text=_text(), **issue)
    assert refusal.value.field == "title"
    document.title = "德清县关于规范网络餐饮服务的通知"
    document.save(update_fields=["title"])
    with pytest.raises(ActionRefused) as refusal:
        normdocs.issue_document(filer_a, document, **issue)
    assert refusal.value.field == "official_text"
    assert normdocs.issue_document(filer_a, document, official_text=_text(), **issue).status == "in_force"


def test_the_office_cannot_verify_a_rectification_it_entered(reviewer, second_reviewer, problem_a):
    oversight.submit_plan(reviewer, problem_a, plan="逐项整改", proxy_reason=REASON)
    oversight.submit_evidence(reviewer, problem_a, evidence="已整改", proxy_reason=REASON)
    with pytest.raises(ActionRefused):
        oversight.accept_rectification(reviewer, problem_a, note="已核验")
    with pytest.raises(ActionRefused) as refusal:
        oversight.accept_rectification(second_reviewer, problem_a, note="  ")  # verification needs a note
    assert refusal.value.field == "note"
    assert (
        oversight.accept_rectification(second_reviewer, problem_a, note="现场核验整改台账").status == "closed"
    )


def test_the_office_cannot_accept_an_annual_report_it_entered(reviewer, second_reviewer, admin_user, unit_a):
    from fazhi.filings import actions as filings

    season = filings.open_season(reviewer, region_code="330521", year=2025)
    data = report_text(unit_a.name, 2025, seed=7).encode()
    with pytest.raises(ActionRefused):
        filings.upload_report(reviewer, season, unit_a, data=data, name="报告.txt", kind="txt")
    filing = filings.upload_report(
        reviewer, season, unit_a, data=data, name="报告.txt", kind="txt", proxy_reason=REASON
    )
    with pytest.raises(PermissionDenied):
        filings.submit_filing(reviewer, filing, proxy_reason=REASON)  # the office never signs off
    filings.submit_filing(admin_user, filing, proxy_reason=REASON)
    with pytest.raises(ActionRefused):
        filings.accept_filing(reviewer, filing)
    with pytest.raises(ActionRefused):
        filings.accept_filing(admin_user, filing)
    assert filings.accept_filing(second_reviewer, filing).status == "accepted"


# --- the forms: proxy entry is offered to the office, never to a unit -----------------


def test_only_office_users_see_the_proxy_entry_fields(filer_a, reviewer, listed, login):
    assert 'name="proxy_reason"' in login(reviewer).get("/normdocs/new/").content.decode()
    assert 'name="proxy"' not in login(filer_a).get("/normdocs/new/").content.decode()


def test_the_office_reports_progress_for_a_unit_through_the_page(reviewer, task_a, unit_a, login):
    client = login(reviewer)
    form = {"organisation": unit_a.pk, "text": "已完成制度修订", "percent_done": 40}
    refused = client.post(f"/plans/tasks/{task_a.pk}/progress/", form)
    assert refused.status_code in (200, 400) and not task_a.progress_reports.exists()
    client.post(f"/plans/tasks/{task_a.pk}/progress/", {**form, "proxy": "on", "proxy_reason": REASON})
    report_event = task_a.events.get(verb="report_progress")
    assert report_event.proxy_reason == REASON
