"""Helpers for the annual report tests: a season, report files in every format."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from fazhi.filings.demo import report_text


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def report(unit: str = "德清县市场监督管理局", year: int = 2025, **flaws) -> str:
    return report_text(unit, year, seed=7, **flaws)


def docx_bytes(text: str) -> bytes:
    from docx import Document

    document = Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(text: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("STSong-Light", 9)
    y = 800
    for line in text.split("\n"):
        while line:
            pdf.drawString(30, y, line[:55])
            line = line[55:]
            y -= 14
            if y < 40:
                pdf.showPage()
                pdf.setFont("STSong-Light", 9)
                y = 800
    pdf.save()
    return buffer.getvalue()


def html_bytes(text: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in text.split("\n"))
    return f"<html><head><meta charset='utf-8'><title>报告</title></head><body>{body}</body></html>".encode()


@pytest.fixture
def season(reviewer, unit_a, unit_b, government, office):
    from fazhi.filings import actions

    return actions.open_season(reviewer, region_code="330521", year=2025)


@pytest.fixture
def draft_a(season, filer_a, unit_a):
    from fazhi.filings import actions

    return actions.upload_report(filer_a, season, unit_a, data=report().encode(), name="报告.txt", kind="txt")


@pytest.fixture
def submitted_a(draft_a, leader_a):
    from fazhi.filings import actions

    return actions.submit_filing(leader_a, draft_a, at=SUBMITTED_AT)


ON_TIME = dt.date(2026, 2, 10)
# Signed off within the filing season, so that the tests' publication dates come after it.
SUBMITTED_AT = dt.datetime(2026, 2, 10, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@pytest.fixture
def far_filer(elsewhere):
    """A filer in another county (江阳区): outside the season's region."""
    from fazhi.org.models import Membership, User

    user = User.objects.create(username="far_filer", full_name="远方")
    Membership.objects.create(user=user, organisation=elsewhere, role="unit_filer")
    return user
