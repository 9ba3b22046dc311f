"""Done when (issue 17 §1): the demo county's report drafted by the command reads back clean."""

from decimal import Decimal

import pytest
from django.core.management import call_command

from fazhi.indicators.models import IndicatorValue
from fazhi.reading import read
from fazhi.reports.models import ReportDraft

REGION, YEAR = "330521", 2025


def _sum(ids) -> Decimal:
    return sum((row.value for row in IndicatorValue.objects.filter(pk__in=ids)), Decimal(0))


@pytest.mark.django_db
def test_the_command_writes_a_word_file_that_reads_back_clean(demo_county, tmp_path):
    out = tmp_path / "report.docx"
    call_command("report", "draft", "--region", REGION, "--year", str(YEAR), "--output", str(out))
    reading = read(out.read_bytes(), name="report.docx").as_dict()
    assert reading["kind"] == "annual_report" and reading["year"] == YEAR
    assert reading["compliance"]["compliant"], reading["compliance"]
    assert reading["defects"] == []
    assert reading["facts"] and all(fact["indicator"] for fact in reading["facts"])
    assert list(reading["elements"]) == ["results", "shortcomings", "first_responsible", "next_plan", "other"]
    assert all(element["status"] == "section" for element in reading["elements"].values())

    draft = ReportDraft.objects.filter(region_code=REGION, year=YEAR).order_by("-version").first()
    figures = list(draft.figures.all())
    assert len(figures) >= 20
    facts = [(fact["indicator"], Decimal(str(fact["value"]))) for fact in reading["facts"]]
    for figure in figures:
        # Each figure is its indicator value: the government's own, or the total over the units.
        assert figure.value_ids, figure.code
        rows = IndicatorValue.objects.filter(pk__in=figure.value_ids)
        assert {row.code for row in rows} == {figure.code}
        if len(figure.value_ids) == 1:
            assert rows.get().value == figure.value
        elif figure.unit != "%":
            assert _sum(figure.value_ids) == figure.value
        assert (figure.code, figure.value) in facts, figure.written


@pytest.mark.django_db
def test_the_command_refuses_an_unknown_region(demo_county):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="999999"):
        call_command("report", "draft", "--region", "999999", "--year", str(YEAR))


NEW_APP_CODES = {
    # The apps added last session: each writes into the results part, under its area's heading.
    "（五）行政执法": {"enforcement.bodies", "enforcement.inspections", "enforcement.penalty_amount"},
    "（七）矛盾纠纷化解": {"disputes.litigation_losses", "disputes.mediation_success_rate"},
    "（十）法治宣传教育": {"education.trainings", "education.activities"},
}


@pytest.mark.django_db
def test_a_demo_draft_carries_the_new_apps_figures_and_reads_them_back(demo_county):
    from fazhi.org.models import User
    from fazhi.reports import actions
    from fazhi.reports.readback import read_back

    draft = actions.create_draft(User.objects.get(username="reviewer"), region_code=REGION, year=YEAR)
    result = read_back(draft)
    assert result.clean, result.problems
    checks = {check.figure.code: check for check in result.figures}
    results = draft.parts.get(part="results").text
    paragraphs = results.split("\n")
    for heading, codes in NEW_APP_CODES.items():
        paragraph = paragraphs[paragraphs.index(heading) + 1]
        for code in codes:
            assert code in checks, code
            check = checks[code]
            assert check.figure.part == "results" and check.kept and check.found, code
            assert check.figure.written in paragraph, code
    # The inspections app's completion rate has no value for the demo's last year: left out
    # with a note for the office, never a 0 or None in the text.
    assert {"part": "results", "code": "enforcement.random_plan_completion_rate"} in draft.omitted
    assert "计划完成率" not in results and "None" not in results
