"""Templates, permissions and bad input of the drafted own report (issue 17 §1)."""

import pytest
from django.core.exceptions import PermissionDenied

from fazhi.core.actions import ActionRefused
from fazhi.reports import actions
from fazhi.reports.models import DraftEdit, ReportDraft, ReportEvent, ReportTemplate

REGION = "330521"


@pytest.fixture
def draft(reviewer, government):
    return actions.create_draft(reviewer, region_code=REGION, year=2025)


def test_a_draft_without_data_says_what_is_missing_and_invents_no_figure(draft):
    parts = list(draft.parts.all())
    assert [p.part for p in parts] == ["results", "shortcomings", "first_responsible", "next_plan", "other"]
    assert parts[0].heading == "一、2025年推进法治政府建设的主要举措和成效"
    assert parts[3].heading == "四、2026年推进法治政府建设的主要安排"
    assert "（待补充：平台尚未记录突发事件应对方面的工作，请依法治县办补写" in parts[0].text
    assert "（待补充：平台中尚无2026年法治政府建设工作计划" in parts[3].text
    assert draft.figures.count() == 0
    assert draft.version == 1
    assert actions.create_draft(draft.created_by, region_code=REGION, year=2025).version == 2


def test_a_template_edit_is_versioned_and_used_by_the_next_draft(reviewer, government):
    from fazhi.core.providers import Period
    from fazhi.indicators.actions import record_value

    record_value(reviewer, government, "rules.normdocs_issued", Period.year(2025), 7, "manual", unit="件")
    record_value(reviewer, government, "rules.normdocs_issued", Period.year(2024), 5, "manual", unit="件")
    template = actions.edit_template(
        reviewer, REGION, "results.rules", text="本年制定规范性文件{rules.normdocs_issued}。"
    )
    assert template.version == 1
    template = actions.edit_template(
        reviewer, REGION, "results.rules", text="全年出台行政规范性文件{rules.normdocs_issued}。"
    )
    assert template.version == 2 and template.history.count() == 2
    assert ReportEvent.objects.filter(template=template, verb="edit_template").count() == 2
    draft = actions.create_draft(reviewer, region_code=REGION, year=2025)
    figure = draft.figures.get()
    assert figure.written == "从5件增至7件" and figure.code == "rules.normdocs_issued"
    assert "全年出台行政规范性文件从5件增至7件。" in draft.parts.get(part="results").text


@pytest.mark.parametrize(
    "text, message",
    [
        ("{rules.no_such_code}。", "rules.no_such_code"),
        ("{decisions.procedures_complete_rate}。", "decisions.procedures_complete_rate"),
    ],
)
def test_a_template_with_a_bad_slot_is_refused(reviewer, government, text, message):
    with pytest.raises(ActionRefused, match=message):
        actions.edit_template(reviewer, REGION, "results.rules", text=text)
    assert not ReportTemplate.objects.exists()


def test_bad_region_year_and_template_key_are_refused(reviewer, government):
    with pytest.raises(ActionRefused):
        actions.create_draft(reviewer, region_code="999999", year=2025)
    with pytest.raises(ActionRefused):
        actions.create_draft(reviewer, region_code=REGION, year=1990)
    with pytest.raises(ActionRefused):
        actions.edit_template(reviewer, REGION, "no.such.key", text="x")


def test_every_edit_is_kept(draft, reviewer):
    part = draft.parts.get(part="other")
    actions.edit_part(reviewer, draft, "other", text="无。")
    actions.edit_part(reviewer, draft, "other", text="无其他需要报告的事项。")
    edits = list(DraftEdit.objects.filter(part=part))
    assert [(e.before, e.after) for e in edits] == [(part.text, "无。"), ("无。", "无其他需要报告的事项。")]
    assert all(e.edited_by == reviewer for e in edits)
    with pytest.raises(ActionRefused):
        actions.edit_part(reviewer, draft, "other", text="   ")


def test_units_and_evaluators_may_not_draft_or_edit(draft, filer_a, leader_a, evaluator, government_leader):
    for user in (filer_a, leader_a, evaluator, government_leader):
        with pytest.raises(PermissionDenied):
            actions.create_draft(user, region_code=REGION, year=2025)
        with pytest.raises(PermissionDenied):
            actions.edit_part(user, draft, "other", text="改。")
        with pytest.raises(PermissionDenied):
            actions.edit_template(user, REGION, "other", text="改。")
    assert ReportDraft.objects.count() == 1


def test_pages_for_each_persona(client, login, draft, reviewer, filer_a, evaluator, government_leader):
    url = draft.get_absolute_url()
    login(government_leader)
    page = client.get(url)
    assert page.status_code == 200 and "textarea" not in page.content.decode()
    assert client.post(f"{url}parts/other/", {"text": "改。"}).status_code == 403
    for user in (filer_a, evaluator):
        login(user)
        assert client.get(url).status_code == 404
        assert client.get(f"{url}word/").status_code == 404
        assert client.post(f"{url}parts/other/", {"text": "改。"}).status_code == 404
    login(reviewer)
    page = client.get(url)
    assert page.status_code == 200 and 'id="read-back"' in page.content.decode()
    assert client.post(f"{url}parts/nothing/", {"text": "改。"}).status_code == 404
    assert client.get("/reports/templates/").status_code == 200
    assert client.post("/reports/templates/other/", {"text": "{no.code}。"}).status_code == 200
    assert not ReportTemplate.objects.exists()
    assert client.post("/reports/", {"year": "abc"}).status_code == 200


def test_unit_users_and_evaluators_get_no_report_pages(
    client, login, draft, filer_a, evaluator, government_leader
):
    url = draft.get_absolute_url()
    for user in (filer_a, evaluator):
        login(user)
        assert client.get("/reports/").status_code == 403
        assert client.get("/reports/templates/").status_code == 403
        assert client.post(f"{url}file/").status_code == 404
    login(government_leader)
    assert client.get("/reports/").status_code == 200
    assert client.get("/reports/templates/").status_code == 403
    assert client.post(f"{url}file/").status_code == 403
    assert client.get(f"{url}word/").status_code == 200  # the leader reads the report


def test_export_is_refused_until_the_read_back_is_clean(client, login, draft, reviewer):
    from django.utils import translation

    from fazhi.reports.readback import read_back

    assert read_back(draft).clean
    actions.edit_part(reviewer, draft, "other", text="另有其他事项13个。")
    result = read_back(draft)
    assert not result.clean and any("13" in problem for problem in result.problems)
    with translation.override("zh-hans"), pytest.raises(ActionRefused, match="回读"):
        actions.clean_docx(reviewer, draft)
    login(reviewer)
    page = client.get(f"{draft.get_absolute_url()}word/", follow=True)
    assert page.redirect_chain and "回读" in page.content.decode()


def test_a_clean_draft_is_filed_as_the_governments_own_report(draft, reviewer, government, filer_a):
    from fazhi.filings.actions import open_season
    from fazhi.filings.models import AnnualReportFiling, FilingEvent

    with pytest.raises(ActionRefused):
        actions.file_draft(reviewer, draft)  # no season yet
    with pytest.raises(PermissionDenied):
        actions.file_draft(filer_a, draft)
    season = open_season(reviewer, region_code=REGION, year=2025)
    filing = actions.file_draft(reviewer, draft)
    assert filing == AnnualReportFiling.objects.get(season=season, organisation=government)
    version = filing.current_version
    assert version.kind == "docx" and version.original_name.startswith("德清县人民政府关于2025年度")
    assert version.reading["compliance"]["compliant"]
    upload = FilingEvent.objects.get(filing=filing, verb="upload")
    assert upload.actor == reviewer and upload.data["proxy_reason"]
    draft.refresh_from_db()
    assert draft.state == "filed" and draft.filing_id == filing.pk
    with pytest.raises(ActionRefused):
        actions.file_draft(reviewer, draft)
    with pytest.raises(ActionRefused):
        actions.edit_part(reviewer, draft, "other", text="改。")


def test_the_top_level_command_reaches_the_drafting(db, capsys):
    from fazhi.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["report", "draft", "--region", "999999", "--year", "2025"])
    assert exit_.value.code == 1
    assert "999999" in capsys.readouterr().err


def test_the_list_page_costs_the_same_queries_for_3_and_30_drafts(client, login, reviewer, government):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def make(n):
        for _ in range(n):
            ReportDraft.objects.create(
                region_code=REGION,
                year=2024,
                version=ReportDraft.objects.count() + 1,
                title="t",
                issuer="i",
                opening="o",
                created_by=reviewer,
            )

    login(reviewer)
    client.get("/reports/")  # the first request of a login renews the session
    counts = []
    for n in (3, 27):
        make(n)
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/reports/").status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_each_figure_in_the_text_opens_its_value(client, login, reviewer, government, government_leader):
    from fazhi.core.providers import Period
    from fazhi.indicators.actions import record_value

    value = record_value(
        reviewer, government, "education.activities", Period.year(2025), 12, "manual", unit="场"
    )
    draft = actions.create_draft(reviewer, region_code=REGION, year=2025)
    login(government_leader)
    page = client.get(draft.get_absolute_url()).content.decode()
    link = f'<a class="figure" href="/indicators/{value.pk}/"'
    assert link in page and ">12场</a>" in page
    assert client.get(f"/indicators/{value.pk}/").status_code == 200


def test_a_figure_without_a_value_is_left_out_with_a_note(reviewer, government, client):
    from fazhi.core.providers import Period
    from fazhi.indicators.actions import record_value

    record_value(
        reviewer, government, "disputes.litigation_losses", Period.year(2025), 2, "manual", unit="件"
    )
    draft = actions.create_draft(reviewer, region_code=REGION, year=2025)
    results = draft.parts.get(part="results").text
    assert "行政诉讼败诉案件2件。" in results
    assert "胜诉率" not in results and "None" not in results
    assert {"part": "results", "code": "disputes.litigation_win_rate"} in draft.omitted
    client.force_login(reviewer)
    page = client.get(draft.get_absolute_url()).content.decode()
    assert 'id="omitted"' in page and "行政诉讼胜诉率" in page and "disputes.litigation_win_rate" in page
    assert "不写作0" in page
