"""An upload's own name never becomes a path on disk (issue 18: 90 Chinese characters gave a 500)."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from fazhi.oversight import actions
from fazhi.oversight.models import Problem

pytestmark = pytest.mark.django_db


def test_a_ninety_character_chinese_file_name_is_stored_under_a_generated_name(
    login, filer_a, reviewer, problem_a, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    actions.submit_plan(filer_a, problem_a, plan="整改方案")
    content = b"\x89PNG\r\n\x1a\n" + os.urandom(64)
    name = "关于整改落实情况的说明材料" * 7 + "附件说明.png"  # 95 characters, 285 bytes in UTF-8
    response = login(filer_a).post(
        f"/oversight/problems/{problem_a.pk}/step/submit_evidence/",
        {
            "submit_evidence-evidence": "现场照片",
            "submit_evidence-attachment": SimpleUploadedFile(name, content),
        },
    )
    assert response.status_code == 302
    stored = Problem.objects.get(pk=problem_a.pk).evidence_file.name
    assert "关于" not in stored and stored.endswith(".png")
    response = login(reviewer).get(f"/oversight/problems/{problem_a.pk}/evidence/")
    assert b"".join(response.streaming_content) == content


def test_a_problem_found_on_year_one_is_refused_naming_the_field(reviewer, inspection, unit_a):
    from fazhi.core.actions import ActionRefused
    from fazhi.oversight.models import ProblemSource

    for found_on, deadline in [(dt.date(1, 1, 1), None), (dt.date(2024, 10, 8), dt.date(9999, 12, 31))]:
        with pytest.raises(ActionRefused) as refused:
            actions.record_problem(
                reviewer,
                unit_a,
                source=ProblemSource.INSPECTION,
                inspection=inspection,
                description="问题",
                severity="general",
                found_on=found_on,
                rectification_deadline=deadline,
            )
        assert refused.value.field == ("found_on" if deadline is None else "rectification_deadline")
    assert "2000-01-01" in refused.value.message
    assert not Problem.objects.exists()


def test_a_finding_before_the_inspection_starts_is_refused_and_a_finding_starts_it(
    reviewer, inspection, unit_a
):
    from fazhi.core.actions import ActionRefused
    from fazhi.oversight.models import InspectionStatus, ProblemSource

    finding = dict(
        source=ProblemSource.INSPECTION, inspection=inspection, description="问题", severity="general"
    )
    with pytest.raises(ActionRefused) as refused:
        actions.record_problem(
            reviewer, unit_a, found_on=inspection.starts_on - dt.timedelta(days=1), **finding
        )
    assert refused.value.field == "found_on" and "2024-09-23" in refused.value.message
    assert inspection.status == InspectionStatus.PLANNED
    actions.record_problem(reviewer, unit_a, found_on=inspection.starts_on, **finding)
    inspection.refresh_from_db()
    assert inspection.status == InspectionStatus.UNDER_WAY
