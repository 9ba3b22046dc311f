"""The scheme's Excel export goes through the shared sanitiser and reads back unchanged."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from fazhi.assessment import schemes
from fazhi.assessment.models import AssessmentScheme

FORMULA = '=HYPERLINK("http://example.invalid","点击")'


def test_scheme_export_guards_formulas_drops_control_characters_and_reads_back(scheme):
    AssessmentScheme.objects.filter(pk=scheme.pk).update(description=FORMULA)
    item = scheme.areas.first().items.first()
    type(item).objects.filter(pk=item.pk).update(title="-负面\x08清单")
    scheme.refresh_from_db()
    content = schemes.to_xlsx(scheme)
    book = load_workbook(io.BytesIO(content))
    meta = {row[0]: row[1] for row in book["方案信息"].iter_rows(values_only=True)}
    assert meta["说明"] == "'" + FORMULA
    titles = [row[4] for row in book["考核细则"].iter_rows(values_only=True)]
    assert "'-负面清单" in titles
    assert not any(cell == "'" for row in book["考核细则"].iter_rows(values_only=True) for cell in row)
    data, problems = schemes.from_xlsx(io.BytesIO(content))
    assert problems == []
    assert data["description"] == FORMULA
    assert any(i["title"] == "-负面清单" for area in data["areas"] for i in area["items"])
