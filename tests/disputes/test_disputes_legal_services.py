"""Legal aid and public legal services: the monthly tallies, their import and the two indicators."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import Workbook

from fazhi.core.actions import ActionRefused
from fazhi.core.providers import Period
from fazhi.disputes import indicators
from fazhi.disputes import legal_service_actions as legal_services
from fazhi.disputes.models import LegalServiceEvent, LegalServiceReport

D = dt.date
YEAR = Period.year(2024)


def test_indicators_against_a_hand_count(
    filer_a, filer_b, unit_a, unit_b, government, django_assert_max_num_queries
):
    record = legal_services.record_legal_service_report
    record(filer_a, unit_a, month=D(2024, 1, 1), legal_aid_cases=5, notarizations=20, consultations=100)
    record(filer_a, unit_a, month=D(2024, 2, 15), legal_aid_cases=99)  # corrected below
    record(filer_a, unit_a, month=D(2024, 2, 1), legal_aid_cases=7, judicial_appraisals=3, other_services=2)
    record(filer_a, unit_a, month=D(2023, 12, 1), legal_aid_cases=50, notarizations=50)  # another year
    record(filer_b, unit_b, month=D(2024, 3, 1), legal_aid_cases=4, consultations=10)
    assert LegalServiceReport.objects.count() == 4
    # Legal aid: 5 + 7 + 4 = 16; in all: (5 + 20 + 100) + (7 + 3 + 2) + (4 + 10) = 151.
    with django_assert_max_num_queries(4):
        assert indicators.legal_aid_cases(government, YEAR).value == 16
    assert indicators.public_legal_services(government, YEAR).value == 151
    assert indicators.legal_aid_cases(unit_b, YEAR).value == 4
    assert indicators.public_legal_services(unit_b, Period.year(2022)).value == 0
    assert LegalServiceEvent.objects.filter(data__corrected=True).count() == 1
    assert "disputes.legal_aid_cases" in indicators.PROVIDERS
    assert "disputes.public_legal_services" in indicators.PROVIDERS


def test_another_unit_cannot_record_and_negative_counts_are_refused(filer_a, filer_b, unit_a):
    with pytest.raises(PermissionDenied):
        legal_services.record_legal_service_report(filer_b, unit_a, month=D(2024, 1, 1), legal_aid_cases=1)
    with pytest.raises(ActionRefused, match="零或正整数"):
        legal_services.record_legal_service_report(filer_a, unit_a, month=D(2024, 1, 1), legal_aid_cases=-1)
    assert not LegalServiceReport.objects.exists()


def _workbook(rows) -> io.BytesIO:
    book = Workbook()
    sheet = book.active
    sheet.append(
        [
            "报送单位",
            "月份",
            "法律援助案件数",
            "公证件数",
            "司法鉴定件数",
            "法律咨询件数",
            "其他公共法律服务件数",
        ]
    )
    for row in rows:
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    data.seek(0)
    data.name = "法律服务月报.xlsx"
    return data


def test_import_with_row_errors_imports_nothing(login, filer_b, unit_b, unit_a):
    client = login(filer_b)
    rows = [
        [unit_b.name, "2024-03-01", 4, 0, 0, 10, 0],
        [unit_a.name, "2024-03-01", 1, 0, 0, 0, 0],  # another unit's
        [unit_b.name, "2024-04-01", -2, 0, 0, 0, 0],
    ]
    page = client.post("/disputes/legal-services/import/", {"file": _workbook(rows)}).content.decode()
    assert unit_a.name in page and "零或正整数" in page
    assert not LegalServiceReport.objects.exists()
    client.post("/disputes/legal-services/import/", {"file": _workbook(rows[:1])})
    report = LegalServiceReport.objects.get()
    assert (report.organisation, report.legal_aid_cases, report.public_legal_services) == (unit_b, 4, 14)
    assert client.get("/disputes/legal-services/import/template/").status_code == 200


def test_the_office_imports_for_a_unit_by_proxy_and_a_unit_sees_only_its_own(
    login, reviewer, unit_a, unit_b, filer_b
):
    login(reviewer).post(
        "/disputes/legal-services/import/", {"file": _workbook([[unit_a.name, "2024-03-01", 9, 1, 0, 0, 0]])}
    )
    event = LegalServiceEvent.objects.get()
    assert event.proxy_reason
    listing = login(filer_b).get("/disputes/legal-services/").content.decode()
    assert unit_a.name not in listing
    assert unit_a.name in login(reviewer).get("/disputes/legal-services/").content.decode()


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_list_query_count_does_not_grow(login, filer_a, unit_a):
    client = login(filer_a)
    for month in range(1, 4):
        legal_services.record_legal_service_report(
            filer_a, unit_a, month=D(2024, month, 1), legal_aid_cases=1
        )
    client.get("/disputes/legal-services/")  # the session and the user's scope, loaded once
    counts = _queries(client, "/disputes/legal-services/")
    for month in range(4, 13):
        legal_services.record_legal_service_report(
            filer_a, unit_a, month=D(2024, month, 1), legal_aid_cases=1
        )
    for month in range(1, 13):
        legal_services.record_legal_service_report(
            filer_a, unit_a, month=D(2023, month, 1), legal_aid_cases=1
        )
    assert _queries(client, "/disputes/legal-services/") == counts
