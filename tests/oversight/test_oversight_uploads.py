"""The rectification evidence file passes core.uploads.check_upload: content, not only the name."""

from __future__ import annotations

import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from fazhi.oversight import actions
from fazhi.oversight.models import OversightEvent, Problem, ProblemStatus

pytestmark = pytest.mark.django_db

TEN_MB = 10 * 1024 * 1024

REFUSED = [
    pytest.param(
        "整改报告.pdf",
        os.urandom(2048),
        "文件不是真正的 pdf 文件（可能已损坏或被改名）。",
        id="renamed-binary",
    ),
    pytest.param(
        "台账.xlsx",
        b"just some text",
        "文件不是真正的 xlsx 文件（可能已损坏或被改名）。",
        id="text-named-xlsx",
    ),
    pytest.param(
        "照片.png",
        b"\xff\xd8\xff\xe0 a jpeg",
        "文件不是真正的 png 文件（可能已损坏或被改名）。",
        id="jpeg-named-png",
    ),
    pytest.param("空白.docx", b"", "文件为空。", id="empty"),
    pytest.param("巨大.pdf", b"%PDF-1.4 " + b"x" * TEN_MB, "文件超过 10 MB。", id="oversize"),
    pytest.param(
        "evil.exe",
        b"MZ\x90\x00",
        "不接受此类文件，请选择：doc、docx、jpg、pdf、png、txt、xls、xlsx、zip。",
        id="wrong-extension",
    ),
]


@pytest.mark.parametrize(("name", "content", "message"), REFUSED)
def test_bad_evidence_file_is_refused_and_nothing_saved(
    login, filer_a, problem_a, snapshot, settings, tmp_path, name, content, message
):
    settings.MEDIA_ROOT = tmp_path
    actions.submit_plan(filer_a, problem_a, plan="整改方案")
    before, events = snapshot(problem_a), OversightEvent.objects.count()
    response = login(filer_a).post(
        f"/oversight/problems/{problem_a.pk}/step/submit_evidence/",
        {
            "submit_evidence-evidence": "已补齐审核意见",
            "submit_evidence-attachment": SimpleUploadedFile(name, content),
        },
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert snapshot(problem_a) == before and OversightEvent.objects.count() == events
    problem = Problem.objects.get(pk=problem_a.pk)
    assert problem.status == ProblemStatus.RECTIFYING and not problem.evidence_file and not problem.evidence
    assert not any(tmp_path.rglob("*.*"))


def test_genuine_evidence_file_is_kept_and_streamed_privately(
    login, filer_a, reviewer, problem_a, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    actions.submit_plan(filer_a, problem_a, plan="整改方案")
    content = b"\x89PNG\r\n\x1a\n" + os.urandom(64)
    response = login(filer_a).post(
        f"/oversight/problems/{problem_a.pk}/step/submit_evidence/",
        {
            "submit_evidence-evidence": "现场照片",
            "submit_evidence-attachment": SimpleUploadedFile("现场.png", content),
        },
    )
    assert response.status_code == 302
    response = login(reviewer).get(f"/oversight/problems/{problem_a.pk}/evidence/")
    assert b"".join(response.streaming_content) == content
    assert (
        response["X-Content-Type-Options"] == "nosniff" and response["Cache-Control"] == "private, no-store"
    )
