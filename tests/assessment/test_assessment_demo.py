"""The demo: a year of values for the region and a finished, ranked assessment with letters.

On ``demo_county`` (tests/conftest.py), the whole demo loaded once per session; that loading
it again adds nothing is tests/platform/test_org_demo.py::test_load_demo_again_adds_no_row.
"""

from __future__ import annotations

import io

from docx import Document
from pypdf import PdfReader

from fazhi.assessment import letters
from fazhi.assessment.models import Assessment, AssessmentScheme
from fazhi.core.providers import providers
from fazhi.indicators import demo as indicators_demo
from fazhi.indicators.models import IndicatorValue


def test_demo_has_values_a_ranked_assessment_and_letters(demo_county):
    assert "演示指标值" in demo_county and "演示考核" in demo_county
    units = Assessment.objects.filter(scheme__year=2025).count()
    assert units >= 30
    values_2025 = IndicatorValue.objects.filter(period_start__year=2025)
    # Codes a duty app computes come from its provider; the demo imports the rest (the
    # government's statistics from other systems are imported apart, with the system named),
    # and the codes whose app's demo loads after the assessment's (filings).
    entered = [
        code
        for code in indicators_demo.DEMO_CODES
        if code not in providers() or code in indicators_demo.ENTERED_BEFORE_COMPUTED
    ]
    assert values_2025.filter(source="import", source_system="").count() == units * len(entered)
    assert values_2025.filter(source="import").exclude(source_system="").exists()
    assert IndicatorValue.objects.filter(period_start__year=2024, source="manual").exists()
    on_time = Assessment.objects.get(scheme__year=2025, organisation__name="德清县市场监督管理局")
    item = on_time.scores.get(item__number="9.1")  # scored from the indicator, not judged
    assert (
        item.indicator_value.code == "leadership.annual_reports_on_time" and item.computed_points is not None
    )
    rate = values_2025.filter(code="disputes.head_appearance_rate").first()
    assert rate.numerator is not None and rate.denominator and rate.definition
    scheme = AssessmentScheme.objects.get(year=2025)
    assert scheme.status == "closed" and scheme.based_on.year == 2024
    for group in ("departments", "townships"):
        ranks = sorted(Assessment.objects.filter(scheme=scheme, group=group).values_list("rank", flat=True))
        assert ranks[0] == 1 and all(ranks)
    sheet = Assessment.objects.filter(scheme=scheme).order_by("rank", "id").last()
    document = Document(io.BytesIO(letters.letter_docx(sheet)))
    assert sheet.organisation.name in "\n".join(p.text for p in document.paragraphs)
    assert "反馈函" in PdfReader(io.BytesIO(letters.letter_pdf(sheet))).pages[0].extract_text()
