"""Pairs of the genre's common figures joined in lists keep their own codes (issue 16, twenty-third session).

Reports count several acts in one sentence: 受理行政复议案件45件、办理法律援助案件120件; 开展12场法治培训、发放
3000份宣传资料; 全年共审查规范性文件18件，出具法律意见书36份. Each figure is named by its own item, before its
noun or after it, and an item that counts no indicator (接待来访群众300人次, 配合人大执法检查3次) neither takes a
neighbour's code nor lends it its words. The sentences are generated here from our own table of the figures
reports count most; the forms are the list forms reports print. A pair read otherwise by design is listed in
``READ_OTHERWISE`` with the rule that decides it.
"""

from __future__ import annotations

import itertools

import pytest

from fazhi.reading.extract import extract

# (verb, noun, measure word, code): the figures reports count most, in their plainest words.
CODED_ITEMS = [
    ("开展", "法治培训", "场", "education.trainings"),
    ("开展", "普法宣传活动", "场", "education.activities"),
    ("发放", "宣传资料", "份", "education.materials"),
    ("审查", "行政规范性文件", "件", "rules.normdocs_reviewed"),
    ("出台", "行政规范性文件", "件", "rules.normdocs_issued"),
    ("废止", "规范性文件", "件", "rules.normdocs_abolished"),
    ("审查", "合同", "份", "decisions.contracts_reviewed"),
    ("出具", "法律意见书", "份", "decisions.legal_opinions"),
    ("受理", "行政复议案件", "件", "disputes.reconsideration_cases"),
    ("办理", "行政应诉案件", "件", "disputes.litigation_cases"),
    ("办理", "法律援助案件", "件", "disputes.legal_aid_cases"),
    ("调处", "矛盾纠纷", "件", "disputes.mediation_cases"),
    ("办理", "行政处罚案件", "件", "enforcement.penalty_cases"),
    ("评查", "行政执法案卷", "卷", "enforcement.case_files_reviewed"),
    ("办理", "人大代表建议", "件", "oversight.npc_suggestions"),
    ("办理", "政协提案", "件", "oversight.cppcc_proposals"),
    ("主动公开", "政府信息", "条", "oversight.proactive_disclosures"),
    ("取消", "证明事项", "项", "functions.certificates_abolished"),
    ("开展", "会前学法", "次", "leadership.pre_meeting_study_sessions"),
    ("明确", "法治政府建设重点任务", "项", "leadership.key_tasks"),
    ("受理", "政府信息公开申请", "件", "oversight.disclosure_requests"),
    ("制定", "政府规章", "部", "rules.gov_rules"),
    ("培训", "执法人员", "人次", "enforcement.officers_trained"),
    ("开展", "行政执法检查", "次", "enforcement.inspections"),
    ("公布", "行政许可事项", "项", "functions.permit_items"),
    ("创建", "民主法治示范村", "个", "education.demo_communities"),
]

# Items that count no indicator, some of them in an indicator's words (人大执法检查, 审计问题, 党员教育培训).
UNCODED_ITEMS = [
    ("接待", "来访群众", "人次"),
    ("走访", "企业", "家"),
    ("召开", "座谈会", "次"),
    ("办理", "信访件", "件"),
    ("接待", "信访群众", "人次"),
    ("开展", "党员教育培训", "期"),
    ("发现", "审计问题", "个"),
    ("配合", "人大执法检查", "次"),
    ("参加", "上级举办的培训", "次"),
    ("新招录", "执法人员", "名"),
]

FIRST, SECOND = 12, 7

FORMS = {
    "figure before its noun, each with its verb": "{v1}{n1}{u1}{w1}、{v2}{n2}{u2}{w2}。",
    "noun before its figure, each with its verb": "{v1}{w1}{n1}{u1}、{v2}{w2}{n2}{u2}。",
    "two clauses": "全年共{v1}{w1}{n1}{u1}，{v2}{w2}{n2}{u2}。",
    "two clauses, figures before their nouns": "全年共{v1}{n1}{u1}{w1}，{v2}{n2}{u2}{w2}。",
}

# Pairs read otherwise by design: the first figure's code and the second's, and why.
READ_OTHERWISE = {
    # A clean-up is told by its outcomes (clean_up.py): documents examined, then some abolished.
    "全年共审查12件行政规范性文件，废止7件规范性文件。": (
        "rules.normdocs_cleaned",
        "rules.normdocs_abolished",
    ),
}


def _sentence(form: str, first: tuple, second: tuple) -> str:
    v1, w1, u1 = first[:3]
    v2, w2, u2 = second[:3]
    return form.format(v1=v1, w1=w1, u1=u1, n1=FIRST, v2=v2, w2=w2, u2=u2, n2=SECOND)


def _codes_of(sentence: str, value: int) -> set[str | None]:
    return {fact.indicator for fact in extract(sentence) if fact.value == value}


CODED_PAIRS = [
    (form, first, second)
    for form in FORMS.values()
    for first, second in itertools.permutations(CODED_ITEMS, 2)
    if first[3] != second[3]
]
MIXED_PAIRS = [
    (form, first, second)
    for form in FORMS.values()
    for coded, uncoded in itertools.product(CODED_ITEMS, UNCODED_ITEMS)
    for first, second in ((coded, uncoded), (uncoded, coded))
]


def test_two_coded_items_keep_their_own_codes():
    wrong = []
    for form, first, second in CODED_PAIRS:
        sentence = _sentence(form, first, second)
        want = READ_OTHERWISE.get(sentence, (first[3], second[3]))
        for value, code in zip((FIRST, SECOND), want, strict=True):
            if code not in _codes_of(sentence, value):
                wrong.append((sentence, value, code))
    assert not wrong, (len(wrong), wrong[:20])


def test_an_item_that_counts_no_indicator_neither_takes_nor_spoils_a_code():
    wrong = []
    for form, first, second in MIXED_PAIRS:
        sentence = _sentence(form, first, second)
        override = READ_OTHERWISE.get(sentence)
        for value, item, index in ((FIRST, first, 0), (SECOND, second, 1)):
            want = override[index] if override else (item[3] if len(item) == 4 else None)
            codes = _codes_of(sentence, value)
            if (want is None and codes - {None}) or (want is not None and want not in codes):
                wrong.append((sentence, value, want, codes))
    assert not wrong, (len(wrong), wrong[:20])


@pytest.mark.parametrize("sentence", sorted(READ_OTHERWISE))
def test_pairs_read_otherwise_are_still_generated(sentence):
    forms = [_sentence(form, first, second) for form, first, second in CODED_PAIRS + MIXED_PAIRS]
    assert sentence in forms
