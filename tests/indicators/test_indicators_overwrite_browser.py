"""A unit filer overwrites its manual value in a real browser (issue 11 §3): the form names the
value and the evidence that would be dropped, and saves only once the replacement is ticked.

Drives Debian's chromium through Playwright (never a downloaded browser).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser
PASSWORD = "Browser-Test-Password-7"
EVIDENCE = "2025年行政应诉台账第3页"


@pytest.fixture
def scene(transactional_db):
    """Built with the ORM before Playwright starts (see tests/platform/test_browser.py)."""
    from fazhi.core.providers import Period
    from fazhi.indicators.actions import record_value
    from fazhi.org.models import Membership, Organisation, User

    government = Organisation.objects.create(name="德清县人民政府", kind="government", region_code="330521")
    unit = Organisation.objects.create(
        name="德清县市场监督管理局", kind="department", region_code="330521", parent=government
    )
    user = User.objects.create(username="filer", full_name="刘晓燕")
    user.set_password(PASSWORD)
    user.save()
    Membership.objects.create(user=user, organisation=unit, role="unit_filer")
    value = record_value(
        user,
        unit,
        "disputes.head_appearance_rate",
        Period.year(2025),
        "90",
        "manual",
        numerator=9,
        denominator=10,
        definition="负责人出庭次数 ÷ 开庭次数",
        evidence_text=EVIDENCE,
    )
    return {"unit": unit.pk, "value": value.pk}


def test_filer_is_told_before_an_overwrite_drops_evidence(live_server, scene, page, log_in):
    base = live_server.url
    log_in(page, "filer", PASSWORD)
    page.goto(f"{base}/indicators/enter/")
    page.select_option("select[name=organisation]", str(scene["unit"]))
    page.select_option("select[name=code]", "disputes.head_appearance_rate")
    page.fill("input[name=year]", "2025")
    page.fill("input[name=value]", "80")
    page.fill("input[name=numerator]", "8")
    page.fill("input[name=denominator]", "10")
    page.fill("input[name=definition]", "负责人出庭次数 ÷ 开庭次数")
    page.click("main form button[type=submit]")
    warning = page.inner_text("#existing-value")
    assert EVIDENCE in warning and "保留在历史记录中" in warning
    page.check("#confirm-replace")
    page.click("main form button[type=submit]")
    assert page.url.endswith(f"/indicators/{scene['value']}/")
    assert "80" in page.inner_text("main") and EVIDENCE in page.inner_text("main")  # the history keeps it
