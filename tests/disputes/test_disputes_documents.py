"""Every Word document of a case: numbered from the office's sequence, refused before it exists."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from docx import Document

from fazhi.core.actions import ActionRefused
from fazhi.disputes import actions, documents

D = dt.date


def _text(data: bytes) -> str:
    return "\n".join(paragraph.text for paragraph in Document(io.BytesIO(data)).paragraphs)


def test_every_document_of_a_case(receive_case, reviewer, office, unit_a):
    case = receive_case()
    with pytest.raises(ActionRefused):
        documents.case_document(case, "decision")
    actions.request_supplement(reviewer, case, items="身份证明复印件", served_on=D(2024, 10, 8))
    actions.receive_supplement(reviewer, case, received_on=D(2024, 10, 10))
    actions.accept(reviewer, case, decided_on=D(2024, 10, 11))
    actions.hold_hearing(
        reviewer,
        case,
        notice_served_on=D(2024, 10, 14),
        held_on=D(2024, 10, 21),
        presiding="王审",
        hearing_officers="李一、赵二",
        clerk="钱书",
    )
    actions.issue_opinion(
        reviewer,
        office=office,
        addressee=unit_a,
        case=case,
        issued_on=D(2024, 11, 1),
        problems="未告知申请复议的权利",
        recommendations="规范告知",
    )
    actions.close(reviewer, case, outcome="revoke", closed_on=D(2024, 11, 20), reasons="认定事实不清")
    numbers = set()
    for kind, title in documents.TITLES.items():
        if kind == "non_acceptance":
            continue
        filename, data = documents.case_document(case, kind)
        assert filename.startswith(title)
        numbers.add(filename)
        assert title in _text(data)
    assert len(numbers) == 5
    assert "身份证明复印件" in _text(documents.case_document(case, "supplement")[1])
    assert documents.case_document(case, "decision")[0] == documents.case_document(case, "decision")[0]
    refused = receive_case()
    actions.not_accept(reviewer, refused, decided_on=D(2024, 10, 9), reasons="不属于行政复议范围。")
    assert "不属于行政复议范围" in _text(documents.case_document(refused, "non_acceptance")[1])
