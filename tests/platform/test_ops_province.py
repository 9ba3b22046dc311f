"""``make_province`` and ``bench_pages`` (issue 18 §3), at a size a test can afford."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from fazhi.filings.models import AnnualReportFiling
from fazhi.org.models import Membership, Organisation
from fazhi.oversight.models import OversightEvent, Problem

pytestmark = pytest.mark.django_db


def test_a_small_province_has_units_people_and_records_of_every_app():
    out = io.StringIO()
    call_command("make_province", "--units", "12", "--records", "400", stdout=out)
    assert Organisation.objects.filter(region_code="330000").count() == 2  # the government, the office
    assert Membership.objects.filter(user__username="r330000", role="office_reviewer").exists()
    assert Organisation.objects.filter(is_rule_of_law_office=True).count() >= 1
    assert Organisation.objects.count() >= 12
    assert Membership.objects.filter(role="office_reviewer").exists()
    assert Membership.objects.filter(role="unit_filer").count() >= 6
    assert Problem.objects.count() == OversightEvent.objects.count() > 0
    assert AnnualReportFiling.objects.filter(current_version__isnull=False).exists()
    assert "rows in" in out.getvalue()


def test_a_second_province_on_the_same_database_is_refused():
    call_command("make_province", "--units", "8", "--records", "50", stdout=io.StringIO())
    with pytest.raises(Exception, match="already has organisations"):
        call_command("make_province", "--units", "8", "--records", "50", stdout=io.StringIO())


def test_the_benchmark_times_each_role_s_pages():
    call_command("make_province", "--units", "8", "--records", "100", stdout=io.StringIO())
    out = io.StringIO()
    call_command("bench_pages", "--runs", "1", stdout=out)
    rows = [line for line in out.getvalue().splitlines() if line.startswith("| office_reviewer")]
    assert len(rows) > 20
    assert all("| 200 |" in row for row in rows)
    assert any(line.startswith("| unit_filer") for line in out.getvalue().splitlines())
