"""The education demo: something on every list, the work list's line, and nothing added twice."""

from __future__ import annotations

import io

import pytest

from fazhi.education.models import (
    AccountabilityReport,
    Activity,
    DemonstrationSite,
    EducationEvent,
    ResponsibilityList,
    StudySession,
    VicePrincipal,
)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def rows():
    return [
        model.objects.count()
        for model in (
            StudySession,
            ResponsibilityList,
            Activity,
            DemonstrationSite,
            VicePrincipal,
            EducationEvent,
        )
    ]


def test_the_demo_fills_every_part_and_a_second_run_adds_nothing(demo_county):
    from fazhi.education import demo

    assert all(rows())
    report = AccountabilityReport.objects.get()
    assert report.duties_part == "section"
    before = rows()
    demo.load(io.StringIO())
    assert rows() == before
