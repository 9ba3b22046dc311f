"""Applications against bodies under vertical leadership (垂直领导, 2023 law Art. 27): the county's
government is not competent; the office records the non-acceptance and where to apply."""

from __future__ import annotations

import io

from docx import Document

from fazhi.disputes import rules
from fazhi.disputes.models import CaseStatus, ReconsiderationCase

from ..conftest import organisation


def _body(government, name):
    return organisation(name=name, kind="department", region_code=government.region_code, parent=government)


def test_names_of_the_vertical_systems(government, unit_a):
    assert rules.vertical_system_of(_body(government, "国家税务总局德清县税务局")) == "tax"
    assert rules.vertical_system_of(_body(government, "湖州海关驻德清办事处")) == "customs"
    assert rules.vertical_system_of(_body(government, "国家金融监督管理总局德清监管支局")) == "finance"
    assert rules.vertical_system_of(_body(government, "德清县地方金融监督管理局")) == ""
    assert rules.vertical_system_of(unit_a) == ""


def test_an_application_against_the_tax_bureau_is_referred_not_accepted(receive_case, government):
    tax = _body(government, "国家税务总局德清县税务局")
    case = receive_case(respondent=tax)
    case.refresh_from_db()
    assert case.status == CaseStatus.NOT_ACCEPTED and case.accepted_on is None
    assert (case.vertical_system, case.competent_organ) == ("tax", "上一级税务机关")
    assert "不具有管辖权" in case.outcome_reasons and "第二十七条" in case.outcome_reasons
    assert list(case.events.values_list("verb", flat=True).order_by("pk")) == ["receive", "refer"]
    assert case.decision_due_on is None


def test_the_office_names_another_vertical_body_and_the_organ(receive_case, unit_a):
    case = receive_case(vertical_system="other", competent_organ="湖州市气象局")
    assert case.status == CaseStatus.NOT_ACCEPTED and case.competent_organ == "湖州市气象局"
    ordinary = receive_case()
    assert ordinary.status == CaseStatus.RECEIVED and ordinary.vertical_system == ""


def test_the_receiving_page_says_so_and_the_notice_names_the_organ(login, reviewer, government):
    tax = _body(government, "国家税务总局德清县税务局")
    client = login(reviewer)
    response = client.post(
        "/disputes/new/",
        {
            "respondent": tax.pk,
            "applicant_kind": "person",
            "applicant_name": "王五",
            "application_form": "written",
            "channel": "post",
            "act_kind": "penalty",
            "act_description": "税务行政处罚决定",
            "notified_of_right": "on",
            "known_on": "2024-09-10",
            "received_on": "2024-09-30",
        },
        follow=True,
    )
    assert "不具有管辖权" in response.content.decode()
    case = ReconsiderationCase.objects.get()
    notice = client.get(f"/disputes/{case.pk}/document/non_acceptance/")
    text = "\n".join(p.text for p in Document(io.BytesIO(notice.content)).paragraphs)
    assert "请向上一级税务机关申请行政复议" in text
