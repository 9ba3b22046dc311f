"""A township filer in a real browser: reads its own score sheet and letter, is refused another unit's.

Drives Debian's chromium through Playwright (never a downloaded browser).
"""

from __future__ import annotations

import io
import os

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def viewport():
    return {"width": 390, "height": 844}  # a phone


@pytest.fixture
def sheets(transactional_db):
    """The org, indicators and assessment demos; ORM used before Playwright starts (see tests/platform)."""
    from fazhi.assessment import demo as assessment_demo
    from fazhi.assessment.models import Assessment
    from fazhi.indicators import demo as indicators_demo
    from fazhi.org import demo as org_demo

    with open(os.devnull, "w") as sink:
        for module in (org_demo, indicators_demo, assessment_demo):
            module.load(sink)
    latest = Assessment.objects.filter(scheme__year=2025)
    return {
        "own": latest.get(organisation__name="德清县武康街道办事处").pk,
        "other": latest.get(organisation__name="德清县市场监督管理局").pk,
    }


def test_filer_reads_own_sheet_and_letter_and_is_refused_another(live_server, sheets, page, log_in):
    from pypdf import PdfReader

    log_in(page, "wk_filer")

    page.goto(live_server.url + "/assessment/")
    main = page.inner_text("main")
    assert "德清县武康街道办事处" in main and "德清县市场监督管理局" not in main
    page.click(f"a[href='/assessment/sheets/{sheets['own']}/']")
    main = page.inner_text("main")
    assert "计算过程" in main and "排名" in main and "统计口径" in main

    letter = page.request.get(f"{live_server.url}/assessment/sheets/{sheets['own']}/letter.pdf")
    assert letter.status == 200 and letter.headers["content-type"] == "application/pdf"
    assert "德清县武康街道办事处" in PdfReader(io.BytesIO(letter.body())).pages[0].extract_text()

    response = page.goto(f"{live_server.url}/assessment/sheets/{sheets['other']}/")
    assert response.status == 404
    assert "页面不存在，或您无权查看。" in page.inner_text("main")
    assert "市场监督管理局" not in page.inner_text("main")
    response = page.goto(f"{live_server.url}/assessment/dashboard/")
    assert "/assessment/dashboard/units/" in page.url and "德清县市场监督管理局" not in page.inner_text(
        "main"
    )
