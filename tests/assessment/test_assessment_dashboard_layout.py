"""The region dashboard: readable names, a trend that follows the scheme's copies, shares of full marks,
and a query count that stays flat as units are added (issue 11 §7, issue 18 §3)."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from fazhi.assessment import actions, actions_schemes, charts
from fazhi.assessment.models import AssessmentScheme, SchemeStatus, ScoredItem
from fazhi.org.models import Organisation

from .conftest import REGION

pytestmark = pytest.mark.django_db

LONG_NAME = "德清县住房和城乡建设局（县人民防空办公室）"
GOAL = 15


def _finalise_all(reviewer, scheme):
    for sheet in actions_schemes.open_assessments(reviewer, scheme):
        actions.finalise(reviewer, sheet, confirmed=True)


def _units(government, count: int) -> None:
    for n in range(count):
        Organisation.objects.create(
            name=f"{LONG_NAME}{n}", kind="department", region_code=REGION, parent=government
        )


def test_a_long_unit_name_is_drawn_whole_on_wrapped_lines():
    svg = str(charts.bar_chart([LONG_NAME, "武康街道"], [90, 80], title="排名", max_value=100))
    drawn = "".join(re.findall(r"<tspan[^>]*>([^<]*)</tspan>", svg))
    assert LONG_NAME in drawn and "武康街道" in drawn
    first = re.findall(r'<tspan x="(\d+)"', svg)[0]
    assert int(first) >= 12 * 12  # the label column fits twelve full-width characters
    assert charts.wrap_label(LONG_NAME) == [LONG_NAME[:12], LONG_NAME[12:]]


def test_trend_follows_a_renamed_copy_and_plots_shares_of_full_marks(
    login, reviewer, scheme, unit_a, unit_b, government
):
    _finalise_all(reviewer, scheme)
    renamed = actions_schemes.copy_scheme(reviewer, scheme, year=2026, name="德清县法治建设考核办法（修订）")
    # A 98-point year, as offices had before the full-marks check: made in the tables directly.
    ScoredItem.objects.filter(area__scheme=renamed, number="9.4").update(max_points=2)
    AssessmentScheme.objects.filter(pk=renamed.pk).update(status=SchemeStatus.PUBLISHED)
    renamed.refresh_from_db()
    _finalise_all(reviewer, renamed)
    AssessmentScheme.objects.create(region_code=REGION, year=2024, name=scheme.name)  # same name, unrelated
    page = login(reviewer).get(reverse("assessment:dashboard"), {"scheme": renamed.pk}).content.decode()
    trend = page.split('id="trend"')[1].split("</table>")[0]
    assert "2025" in trend and "2026" in trend and "2024" not in trend
    assert "98" in trend and "100" in trend and "%" in trend
    assert "占当年方案总分的百分比" in page


def _count(client, url) -> tuple[int, str]:
    client.get(url)  # sessions and caches warmed
    with CaptureQueriesContext(connection) as queries:
        page = client.get(url).content.decode()
    assert len(queries) <= GOAL, "\n".join(q["sql"][:160] for q in queries.captured_queries)
    return len(queries), page


def test_dashboard_queries_stay_flat_and_few(login, reviewer, scheme, unit_a, unit_b, government):
    _finalise_all(reviewer, scheme)
    client = login(reviewer)
    url = reverse("assessment:dashboard")
    small, _page = _count(client, url)
    _units(government, 6)
    _finalise_all(reviewer, scheme)  # opens and finalises the six new units' sheets
    large, page = _count(client, url)
    assert LONG_NAME + "5" in page
    assert small == large


def test_unit_dashboard_shows_its_share_and_not_another_units(
    login, filer_b, reviewer, scheme, unit_a, unit_b
):
    _finalise_all(reviewer, scheme)
    client = login(filer_b)
    assert client.get(reverse("assessment:unit_dashboard", args=[unit_a.pk])).status_code == 404
    page = client.get(reverse("assessment:unit_dashboard", args=[unit_b.pk])).content.decode()
    assert "得分率" in page and unit_a.name not in page
