"""Which indicator, or none, a figure belongs to: the thirteenth pass of issue 16 (fourteenth session).

Forms of the genre from fresh pages (the sentences are our own): a clean-up of normative documents told
by its outcomes (梳理…76件，其中保留25件、废止51件) rather than by the word 清理 counts the documents it
examined; law-education and law-publicity lectures (法治教育讲座, 法治宣传讲座) are law-education events,
as 普法讲座 are; matters a meeting studied (研究部署…重点工作事项4项) are its agenda, not the key tasks;
talks given to the body's own staff (组织全体干部职工开展法治专题宣讲2次) are their study, not events for
the public.
"""

from __future__ import annotations

import pytest

from fazhi.reading.extract import extract


def _coded(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.indicator) for f in extract(sentence)]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("全面梳理现行有效的规范性文件43件，其中保留30件、废止13件。", 43),
        ("对原有5件行政规范文件进行审核，决定保留3件、废止2件。", 5),
        ("对现行有效的21件规范性文件进行全面评估，保留16件，修改3件，宣布失效2件。", 21),
        ("审查本部门规范性文件9件，继续有效7件，废止2件。", 9),
    ],
)
def test_documents_examined_with_a_clean_ups_outcomes_are_the_clean_up(sentence, count):
    coded = _coded(sentence)
    assert (count, "rules.normdocs_cleaned") in coded
    assert (count, "rules.normdocs_reviewed") not in coded


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        # a legality review with changes made is still a review
        ("合法性审核规范性文件25件，修改完善12件。", 25, "rules.normdocs_reviewed"),
        # filings from below examined, one abolished: the filing review keeps its code
        ("备案审查规范性文件12件，废止1件。", 12, "rules.normdocs_filing_reviewed"),
        # documents issued, others abolished
        ("全年出台规范性文件8件，废止3件。", 8, "rules.normdocs_issued"),
    ],
)
def test_other_counts_of_documents_before_an_outcome_keep_their_code(sentence, count, code):
    coded = _coded(sentence)
    assert (count, code) in coded
    assert (count, "rules.normdocs_cleaned") not in coded


def test_a_mixed_list_before_an_outcome_is_no_clean_up():
    assert (98, "rules.normdocs_cleaned") not in _coded("共审核规范性文件、重大合同等98件，保留1件。")


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("2023年已开展各类法治教育讲座46场，受益师生2万余人次。", 46),
        ("深入社区举办法治宣传讲座12场次。", 12),
    ],
)
def test_law_education_and_publicity_lectures_are_events(sentence, count):
    assert (count, "education.activities") in _coded(sentence)


def test_a_law_lecture_for_officials_stays_a_training():
    assert (30, "education.trainings") in _coded("开展法治讲座30场，受众5000余人。")


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("全年召开专题会议6次，研究部署法治重点工作事项5项。", 5),
        ("召开常务会议研究审议法治政府建设重点任务3项。", 3),
    ],
)
def test_matters_a_meeting_studied_are_no_key_tasks(sentence, count):
    assert (count, "leadership.key_tasks") not in _coded(sentence)


def test_a_list_the_meeting_made_stays_the_key_tasks():
    coded = _coded("研究制定年度法治政府建设重点任务清单，明确重点任务28项。")
    assert (28, "leadership.key_tasks") in coded


@pytest.mark.parametrize(
    "sentence",
    [
        "本年度党工委书记组织全体干部职工开展法治专题宣讲2次。",
        "组织机关干部开展法治宣传活动5场。",
    ],
)
def test_talks_to_the_bodys_own_staff_are_no_events_for_the_public(sentence):
    assert not [code for _, code in _coded(sentence) if code == "education.activities"]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("组织党员干部深入社区开展法治宣传活动12场。", 12),
        ("组织干部职工进村入户开展普法宣传活动20场，覆盖群众3000余人。", 20),
    ],
)
def test_staff_sent_out_to_the_public_hold_events(sentence, count):
    assert (count, "education.activities") in _coded(sentence)
