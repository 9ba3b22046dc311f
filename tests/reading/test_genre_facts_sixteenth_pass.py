"""Which indicator, or none, a figure belongs to: the sixteenth pass of issue 16 (seventeenth session).

Forms of the genre written for these tests (the sentences are our own), from the tuning part's misses:
- a doubled counter a page left after a count (出具法律意见书41份件) keeps the count the words' before it;
- decisions taken in the year (全年作出重大行政决策110项) are not the items of the year's decision
  catalogue, unless the sentence names the catalogue.

From a battery of real phrasings gathered from pages outside the labelled set (the sentences here are
our own, in the forms those pages print):
- certification requirements named before the abolishing verb (25项证明事项全部予以取消), or demanded
  of the public in a relative clause (取消要求申请人提供的各类证明材料42项), are abolished ones; a
  clean-up's count stays the items examined only where a breakdown with counts follows;
- case files counted in 本; inspection tasks counted in 项 or 个 (双随机抽查任务86项, 联合抽查任务21个);
  contracts' texts reviewed (审查合同文本); filings a body received (接收…报备的规范性文件);
- a 纠错率 in a sentence about normative documents, with no reconsideration named, is not the
  reconsideration's correction rate.

From a second battery (the same way):
- a count the sentence then says was not done (9件规范性文件尚未报送备案) and a plan's count (全年计划安排
  会前学法10次) name no indicator;
- a resolution rate in a clause that names reconsideration (行政复议阶段矛盾纠纷化解率) is not mediation's;
- the congress's motions and suggestions together (议案建议) are the deputies' suggestions handled.

From a third battery (the same way): documents named by a title that holds the issuing verb
(《…关于印发…的通知》等7件规范性文件继续有效) were not issued that year; a time limit (5个工作日内) counts
nothing; reconsideration cases accepted (行政复议共受案83件), a hotline's share finished on schedule
(按期办结率) and a head's appearances or corrections said as a share of the cases (占开庭案件的100%)
have their codes.
"""

from __future__ import annotations

import pytest

from fazhi.reading.extract import extract


def _coded(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.indicator) for f in extract(sentence)]


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("审查各类合同23份、出具法律意见书57份件，覆盖率达100%。", 57, "decisions.legal_opinions"),
        ("全年办理行政复议案件14件份。", 14, "disputes.reconsideration_cases"),
        ("审查政府合同9件份，提出修改意见40余条。", 9, "decisions.contracts_reviewed"),
    ],
)
def test_a_doubled_counter_keeps_the_count_the_words_before_it(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "kept"),
    [
        ("严格履行法定程序，全年作出重大行政决策86项，均经合法性审查。", 86, False),
        ("本年度共做出重大行政决策事项7项。", 7, False),
        ("作出并纳入决策目录管理的重大行政决策事项6项。", 6, True),
        ("2024年纳入重大行政决策目录事项15项。", 15, True),
        ("公布年度重大行政决策事项目录，共计9项。", 9, True),
    ],
)
def test_decisions_taken_are_not_the_catalogues_items(sentence, count, kept):
    assert ((count, "decisions.catalog_items") in _coded(sentence)) is kept


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("对本级自行设定的25项证明事项全部予以取消。", 25, "functions.certificates_abolished"),
        ("取消各部门要求申请人提供的各类证明材料42项，保留9项。", 42, "functions.certificates_abolished"),
        ("组织交叉评查，抽取全县执法单位45本案卷进行集中评查。", 45, "enforcement.case_files_reviewed"),
        ("评查行政执法案卷60本，发现问题18个。", 60, "enforcement.case_files_reviewed"),
        ("全年开展双随机抽查任务86项，抽查市场主体920户。", 86, "enforcement.random_inspection_batches"),
        ("发起部门联合抽查任务21个。", 21, "enforcement.random_joint_batches"),
        ("为区政府审查合同文本53件。", 53, "decisions.contracts_reviewed"),
        ("全年接收各乡镇报备规范性文件19件，均按期审查。", 19, "rules.normdocs_filing_reviewed"),
    ],
)
def test_real_phrasings_outside_the_set(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        # the clean-up's count, broken down with counts after it, is the items examined
        ("清理证明事项126项，取消86项，保留40项。", 126, "functions.certificates_abolished"),
        # a requirement is still a requirement
        ("考核要求复议纠错率不高于20%。", 20, "disputes.reconsideration_correction_rate"),
        # documents corrected, not reconsideration decisions
        (
            "上述11件违法的规范性文件中，6件自行纠正，5件正在修改，纠错率55%。",
            55,
            "disputes.reconsideration_correction_rate",
        ),
        # inspection tasks a plan set are not batches carried out
        ("下达年度部门联合抽查任务15个。", 15, "enforcement.random_joint_batches"),
        # filings sent up are the body's own
        ("向市政府报备规范性文件6件。", 6, "rules.normdocs_filing_reviewed"),
    ],
)
def test_and_what_those_phrasings_do_not_make(sentence, count, code):
    assert (count, code) not in _coded(sentence)


def test_a_reconsiderations_correction_rate_is_still_one():
    assert (14.3, "disputes.reconsideration_correction_rate") in _coded(
        "办理行政复议案件56件，直接纠错8件，纠错率14.3%。"
    )


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("截至年底，区政府制发的9件规范性文件尚未报送备案。", 9, "rules.normdocs_filed"),
        ("有3件规范性文件未按期报备。", 3, "rules.normdocs_filed"),
        ("全年计划安排会前学法10次，举办专题讲座2次。", 10, "leadership.pre_meeting_study_sessions"),
        (
            "审结行政复议案件86件，行政复议阶段矛盾纠纷化解率达96.5%。",
            96.5,
            "disputes.mediation_success_rate",
        ),
        # the share of cases finished online is not the share of items that can be done online
        ("进驻事项网上办结率达75.7%。", 75.7, "functions.online_service_rate"),
    ],
)
def test_what_was_not_done_or_is_another_rate_has_no_code(sentence, count, code):
    assert (count, code) not in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("向市政府报送备案规范性文件9件，均按时报备。", 9, "rules.normdocs_filed"),
        ("审查规范性文件12件，未发现问题。", 12, "rules.normdocs_reviewed"),
        ("全年共计开展会前学法12次。", 12, "leadership.pre_meeting_study_sessions"),
        ("按计划开展会前学法12次。", 12, "leadership.pre_meeting_study_sessions"),
        ("调解矛盾纠纷1200件，调解成功率98%。", 98, "disputes.mediation_success_rate"),
        ("承办区人大会议议案建议共17件，其中主办12件。", 17, "oversight.npc_suggestions"),
        ("政务服务事项网上可办率达96.5%。", 96.5, "functions.online_service_rate"),
    ],
)
def test_and_the_forms_beside_them_keep_their_codes(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        (
            "《某县人民政府关于印发〈某某管理办法〉的通知》等9件规范性文件继续有效。",
            9,
            "rules.normdocs_issued",
        ),
        ("收到合同文本之日起5个工作日内审查完毕。", 5, "decisions.contracts_reviewed"),
    ],
)
def test_a_documents_name_and_a_time_limit_give_no_code(sentence, count, code):
    assert (count, code) not in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("全年印发规范性文件7件。", 7, "rules.normdocs_issued"),
        ("印发《某县行政规范性文件管理办法》等规范性文件5件。", 5, "rules.normdocs_issued"),
        ("审查重大合同6个，均在3个工作日内办结。", 6, "decisions.contracts_reviewed"),
        ("今年以来，行政复议共受案 83 件。", 83, "disputes.reconsideration_cases"),
        ("受理工单468件，工单按期办结率为99.6%。", 99.6, "oversight.hotline_ontime_rate"),
        # a rate said as a share of the cases (占…的N%)
        ("行政机关负责人出庭应诉45件，占开庭案件的100%。", 100, "disputes.head_appearance_rate"),
        ("直接纠错案件12件，占审结案件的8.5%。", 8.5, "disputes.reconsideration_correction_rate"),
    ],
)
def test_the_third_batterys_forms_keep_or_get_their_codes(sentence, count, code):
    assert (count, code) in _coded(sentence)
