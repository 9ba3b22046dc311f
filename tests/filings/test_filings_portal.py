"""The public portal: published reports only, no login; original file and clean text; on time or late."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse

from fazhi.filings import actions

from .conftest import SUBMITTED_AT, docx_bytes, report


def test_portal_shows_published_reports_only(client, submitted_a, reviewer, season, filer_b, unit_b):
    actions.upload_report(
        filer_b, season, unit_b, data=report("德清县武康街道办事处").encode(), name="b.txt", kind="txt"
    )
    index = client.get(reverse("filings_portal:index")).content.decode()
    assert "德清县市场监督管理局" not in index and "德清县武康街道办事处" not in index
    assert client.get(reverse("filings_portal:report", args=[submitted_a.pk])).status_code == 404
    assert client.get(reverse("filings_portal:report_file", args=[submitted_a.pk])).status_code == 404

    actions.accept_filing(reviewer, submitted_a, publish_on=dt.date(2026, 4, 3))
    index = client.get(reverse("filings_portal:index"), {"year": "2025"}).content.decode()
    assert "德清县市场监督管理局" in index and "2026-04-03" in index and "逾期公开" in index
    assert "德清县武康街道办事处" not in index
    page = client.get(reverse("filings_portal:report", args=[submitted_a.pk])).content.decode()
    assert "德清县市场监督管理局2025年法治政府建设年度报告" in page
    assert "主要举措和成效" in page
    assert "自动审查" not in page  # the review is the office's, not the public's


def test_portal_serves_the_original_file(client, season, filer_a, leader_a, reviewer, unit_a):
    import io

    from docx import Document

    data = docx_bytes(report())
    filing = actions.upload_report(filer_a, season, unit_a, data=data, name="报告.docx", kind="docx")
    actions.submit_filing(leader_a, filing, at=SUBMITTED_AT)
    actions.accept_filing(reviewer, filing, publish_on=dt.date(2026, 3, 30))
    response = client.get(reverse("filings_portal:report_file", args=[filing.pk]))
    body = b"".join(response.streaming_content)
    assert body == data
    assert Document(io.BytesIO(body)).paragraphs[0].text == "德清县市场监督管理局2025年法治政府建设年度报告"
    index = client.get(reverse("filings_portal:index")).content.decode()
    assert "按时公开" in index
