"""The Word documents the reconsideration body issues on a case, in the official layout.

Each is numbered once from the office's document-number sequence
(``org.naming.document_number`` with a key per case and kind), so a notice
downloaded twice keeps its number.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused
from fazhi.core.documents import OfficialDocument, official_docx
from fazhi.core.formatting import chinese_date
from fazhi.disputes.models import ReconsiderationCase
from fazhi.org.naming import document_number

TITLES = {
    "acceptance": "行政复议受理通知书",
    "non_acceptance": "不予受理行政复议申请决定书",
    "supplement": "行政复议申请补正通知书",
    "hearing": "行政复议听证通知书",
    "decision": "行政复议决定书",
    "opinion": "行政复议意见书",
}


def _issuer(case: ReconsiderationCase) -> str:
    # The reconsideration body is the government the office works for (2023 law Art. 24).
    parent = case.office.parent
    return parent.name if parent is not None and parent.kind == "government" else case.office.name


def _body(case: ReconsiderationCase, kind: str) -> tuple[list[str], object]:
    act = f"{case.respondent.name}作出的{case.act_description}"
    if kind == "acceptance":
        if case.accepted_on is None:
            raise ActionRefused(_("The case is not accepted."))
        return [
            f"你（单位）不服{act}提出的行政复议申请，本机关已于{chinese_date(case.accepted_on)}依法受理。"
        ], (case.accepted_on)
    if kind == "non_acceptance":
        if case.not_accepted_on is None:
            raise ActionRefused(_("The case is not refused."))
        if case.competent_organ:
            return [
                f"你（单位）不服{act}提出的行政复议申请，经审查，{case.respondent.name}属于实行垂直领导的"
                "行政机关，本机关对该申请没有管辖权。",
                "根据《中华人民共和国行政复议法》第二十七条、第三十条的规定，决定不予受理。"
                f"请向{case.competent_organ}申请行政复议。",
            ], case.not_accepted_on
        return [
            f"你（单位）不服{act}提出的行政复议申请，经审查，{case.outcome_reasons}",
            "根据《中华人民共和国行政复议法》第三十条的规定，决定不予受理。",
        ], case.not_accepted_on
    if kind == "supplement":
        if case.supplement_served_on is None:
            raise ActionRefused(_("No supplement was requested."))
        return [
            f"你（单位）不服{act}提出的行政复议申请，申请材料不齐全或者表述不清楚，请补正下列材料：",
            case.supplement_items,
            "请自收到本通知之日起十日内补正。无正当理由逾期不补正的，视为放弃行政复议申请。",
        ], case.supplement_served_on
    if kind == "hearing":
        hearing = case.hearings.last()
        if hearing is None:
            raise ActionRefused(_("No hearing is recorded."))
        return [
            f"本机关审理的{act}行政复议一案，定于{chinese_date(hearing.held_on)}举行听证。",
            f"主持人：{hearing.presiding}；听证员：{hearing.hearing_officers}；记录员：{hearing.clerk}。",
        ], hearing.notice_served_on
    if kind == "decision":
        if case.closed_on is None:
            raise ActionRefused(_("The case is not decided."))
        return [
            f"申请人不服{act}，申请行政复议，本机关依法受理。",
            f"本机关决定：{case.get_outcome_display()}。",
            case.outcome_reasons,
            "申请人如不服本决定，可以自收到本决定书之日起十五日内依法向人民法院提起行政诉讼。",
        ], case.closed_on
    letter = case.opinion_letters.order_by("-issued_on").first()
    if kind != "opinion" or letter is None:
        raise ActionRefused(_("No opinion letter is issued."))
    return [
        f"本机关在审理{act}行政复议一案中，发现下列问题：",
        letter.problems,
        f"建议：{letter.recommendations}",
        "请于收到本意见书之日起六十日内，将纠正相关违法或者不当行政行为的情况报送本机关。",
    ], letter.issued_on


def case_document(case: ReconsiderationCase, kind: str) -> tuple[str, bytes]:
    """(file name, .docx) of the document ``kind`` of ``case``; ActionRefused when it does not exist yet."""
    if kind not in TITLES:
        raise ActionRefused(_("No such document."))
    body, signed_on = _body(case, kind)
    number = document_number(case.office, signed_on.year, f"disputes.{kind}:{case.pk}")
    addressee = case.respondent.name if kind == "opinion" else ""
    document = OfficialDocument(
        issuer=_issuer(case),
        number=number,
        title=TITLES[kind],
        addressees=addressee,
        body=[paragraph for paragraph in body if paragraph],
        signed_on=signed_on,
    )
    return f"{TITLES[kind]}（{number}）.docx", official_docx(document)
