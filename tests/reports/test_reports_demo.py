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
