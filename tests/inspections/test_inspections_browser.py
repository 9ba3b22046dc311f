"""Random inspections in a real browser: a department builds a plan, draws, records and publishes
a result, and the portal shows it with the verification page (Debian's chromium through Playwright)."""

from __future__ import annotations

import io
import re

import pytest

from fazhi.core.deadlines import local_today

pytestmark = pytest.mark.browser
UNIT = "德清县市场监督管理局"


@pytest.fixture
def region(transactional_db):
    from fazhi.inspections import actions
    from fazhi.org import demo
    from fazhi.org.models import Organisation, User

    from .conftest import MATTER, fill_pools

    demo.load(io.StringIO())
    unit = Organisation.objects.get(name=UNIT)
    filer = User.objects.get(username="scj_filer")
    fill_pools(filer, unit, entities=20, inspectors=4)
    matter = actions.add_matter(filer, unit, **MATTER)
    return {"unit": unit.pk, "matter": matter.pk}


def test_plan_draw_result_and_public_verification(live_server, region, page, log_in):
    base = live_server.url
    year = local_today().year
    log_in(page, "scj_filer")
    page.goto(base + "/inspections/")
    page.click("text=新建抽查计划")
    page.select_option("select[name=organisation]", str(region["unit"]))
    page.fill("input[name=title]", f"{year}年度食品经营双随机抽查")
    page.select_option("select[name=matters]", [str(region["matter"])])
    page.fill("input[name=sampling_percent]", "10")
    page.fill("input[name=starts_on]", f"{year}-01-01")
    page.fill("input[name=ends_on]", f"{year}-12-31")
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r".*/inspections/plans/\d+/$"))
    plan_url = page.url
    page.click("button[data-commit]")
    page.wait_for_url(re.compile(r".*/inspections/draws/\d+/$"))
    draw_url = page.url
    snapshot_hash = page.inner_text("code[data-snapshot-hash]")
    page.click("button[data-draw]")
    page.wait_for_url(draw_url)
    assert page.inner_text("code[data-snapshot-hash]") == snapshot_hash
    page.click("main table tbody a >> nth=0")
    page.wait_for_url(re.compile(r".*/inspections/tasks/\d+/$"))
    page.select_option("select[name=outcome]", "rectify")
    page.fill("input[name=inspected_on]", local_today().isoformat())
    page.fill("input[name=follow_up]", "责令七日内整改，已复查")
    page.click("main button[type=submit]")
    page.wait_for_url(draw_url)
    page.goto(plan_url)
    page.click("button[data-publish]")
    page.wait_for_url(plan_url)

    draw_id = draw_url.rstrip("/").rsplit("/", 1)[1]
    files = {
        name: page.request.get(f"{base}/portal/inspections/draws/{draw_id}/{name}/").body()
        for name in ("snapshot", "seed", "result")
    }
    page.click("text=退出")
    page.goto(base + "/portal/inspections/")
    page.click(f"text={year}年度食品经营双随机抽查")
    assert "责令七日内整改，已复查" in page.inner_text("tr[data-result]")
    page.click(f"text=摇号 #{draw_id}")
    for name, content in files.items():
        page.set_input_files(
            f"input[name={name}]",
            files=[{"name": f"{name}.txt", "mimeType": "text/plain", "buffer": content}],
        )
    page.click("main form button[type=submit]")
    assert page.get_attribute("[data-verification]", "data-verification") == "match"
    changed = files["snapshot"].replace(b'"raised":false', b'"raised":true', 1)
    page.set_input_files(
        "input[name=snapshot]", files=[{"name": "snapshot.txt", "mimeType": "text/plain", "buffer": changed}]
    )
    for name in ("seed", "result"):
        page.set_input_files(
            f"input[name={name}]",
            files=[{"name": f"{name}.txt", "mimeType": "text/plain", "buffer": files[name]}],
        )
    page.click("main form button[type=submit]")
    assert page.get_attribute("[data-verification]", "data-verification") == "mismatch"
