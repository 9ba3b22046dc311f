"""Which indicator, or none, a figure belongs to: the twenty-fourth pass of issue 16 (twenty-fifth session).

Forms of the genre written for these tests (the sentences are our own). They come from a battery of report
paragraphs written from the genre with every figure labelled, blind to the engine (``/work/s47/facts.jsonl``,
150 paragraphs, 771 figures, outside the repository; 713 read right before these rules):
- the body that did the work named before a generic noun (行政复议机构受理案件, 法律援助机构办理案件, 公共法律服务中心
  提供各类服务, 热线派单); documents filed from below and then examined (审查各县区报备文件, 报送的文件开展备案审查);
  drafts reviewed (文件送审稿); a clean-up's documents without 规范性 (清理文件); a catalogue's items fixed or listed
  (目录最终确定11项, 目录，列入事项8项); a list revised to its size (调整为, 精简为, 由…前的…精简至); the
  congress's oath and the exam's takers named after the exam (参加考试的拟任职干部); counsel at meetings that
  studied matters; a refusal named as a decision (作出不予备案决定); patrols (巡查检查); a later item of a list led
  by an act that holds the item's own act (报送备案…处罚决定…件、重大行政强制决定…件);
- not counted: a figure followed by its cause (其中9件因合法性问题退回); departments before their files (对21个执法
  部门的行政处罚案卷开展评查); faulty files of a review (发现问题案卷); how many of a count are already done
  (已完成9项); problems grid workers found; rules cleaned up in 部; a delegated power inherited from a list by its
  level (承接县级赋权事项).

A second battery, of departments' and townships' paragraphs (``/work/s47/facts2.jsonl``, 150 paragraphs, 957
figures, 45% of them counting a sector's own business; 914 read right before these rules) gave: disputes
called 争议; mediation groups; 立案处罚; 免罚 after minor violations; objects of a random inspection named
between 抽查 and the figure; 权力清单、责任清单; filings examined after 报送备案的…规范性文件; 报备 leading a list of
major decisions; documents counted after 对 and then cleaned up; a sentence after one that names a body that
pushed the congress (推动省人大常委会出台…) is still the body's; and not counted: a sector's own hotline (12333),
cases transferred to the police, the trainings of villages' legal helpers (法律明白人).

A third battery, of figures that sit next to a code's words but count another thing (``/work/s47/confusables.jsonl``,
240 passages, 394 figures; 373 read right before these rules) gave: a catalogue's items listed into it after
the items collected (最终列入年度目录9项); and not counted: a floor the government set itself (明确…不少于8次),
requirements kept, laws evaluated, things found to have problems, the rules' filing rates, villages put forward
for an honour, a daily mean, a bound of a class (罚款3万元以上的), a count of fields, tasks arranged.
"""

from __future__ import annotations

import pytest

from fazhi.reading.extract import extract


def _coded(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.indicator) for f in extract(sentence)]


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("区政府行政复议机构全年受理案件86件，审结79件。", 86, "disputes.reconsideration_cases"),
        ("全县法律援助机构共办理案件1320件。", 1320, "disputes.legal_aid_cases"),
        ("各级公共法律服务中心、工作站全年提供各类服务5.2万件次。", 52000, "disputes.public_legal_services"),
        ("镇便民服务中心全年承接12345热线派单2210件。", 2210, "oversight.hotline_requests"),
        ("县司法局审查各乡镇报备文件58件，对3件提出纠正意见。", 58, "rules.normdocs_filing_reviewed"),
        ("市司法局对各区、市直部门报送的41件文件开展备案审查。", 41, "rules.normdocs_filing_reviewed"),
        ("全年审核县政府文件送审稿共计37件次。", 37, "rules.normdocs_reviewed"),
        ("结合机构改革开展专项清理，共清理文件213件，保留170件。", 213, "rules.normdocs_cleaned"),
        ("县政府年度重大行政决策事项目录最终确定6项。", 6, "decisions.catalog_items"),
        ("区政府向社会公布重大行政决策事项目录，列入事项5项。", 5, "decisions.catalog_items"),
        ("县级部门权责清单事项动态调整为3921项。", 3921, "functions.power_list_items"),
        ("全区权责清单事项精简为2467项。", 2467, "functions.power_list_items"),
        ("市级权责清单事项由机构改革前的6120项精简至5334项。", 5334, "functions.power_list_items"),
        ("参加考试的拟任职干部共计208人，全部合格。", 208, "leadership.pre_appointment_exam_takers"),
        ("县人大常委会组织宪法宣誓仪式9场，宣誓人员126人次。", 126, "leadership.oath_takers"),
        ("全年法律顾问参与局务会等会议研究事项27次。", 27, "decisions.counsel_meetings"),
        ("经审查，对报备文件作出不予备案决定3件。", 3, "rules.normdocs_filing_rejected"),
        ("镇综合执法队全年开展巡查检查420余次。", 420, "enforcement.inspections"),
        (
            "各执法单位报送备案重大行政处罚决定356件、重大行政强制决定48件。",
            48,
            "enforcement.major_coercions_filed",
        ),
        ("全年调处涉企经营争议73件，调解成功率95%。", 73, "disputes.mediation_cases"),
        ("依托劳动争议调解组织调解劳动争议640件。", 640, "disputes.mediation_cases"),
        ("镇人民调解委员会下设村级调解小组14个。", 14, "disputes.mediation_organizations"),
        ("全年立案处罚238件，罚款410万元。", 238, "enforcement.penalty_cases"),
        ("对1600余起首次轻微违章予以批评教育后免罚。", 1600, "enforcement.minor_exemptions"),
        ("完成“双随机”抽查12批次，抽查监督对象518户。", 518, "enforcement.random_inspection_objects"),
        ("开展部门联合抽查6批次，抽查经营主体187户。", 187, "enforcement.random_inspection_objects"),
        ("乡政府梳理公布权力清单、责任清单事项203项。", 203, "functions.power_list_items"),
        ("对各市州报送备案的行业规范性文件开展审查52件。", 52, "rules.normdocs_filing_reviewed"),
        ("报备重大行政处罚31件、重大行政强制9件。", 9, "enforcement.major_coercions_filed"),
        ("对以往印发的27件文件开展清理，保留19件。", 27, "rules.normdocs_cleaned"),
        (
            "推动市人大常委会出台地方性法规1部。开展规范性文件专项清理，清理文件86件，继续保留70件。",
            86,
            "rules.normdocs_cleaned",
        ),
        ("重大行政决策目录初步征集事项28项，经论证，最终列入年度目录9项。", 9, "decisions.catalog_items"),
    ],
)
def test_a_form_of_the_genre_gets_its_code(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("全年审核规范性文件52件，其中6件因合法性问题退回起草单位。", 6, "leadership.problems_listed"),
        ("对14个执法部门的行政处罚案卷开展评查，评查案卷260卷。", 14, "enforcement.penalty_cases"),
        ("共评查案卷260卷，发现问题案卷31卷。", 31, "enforcement.case_files_reviewed"),
        ("开展案卷评查，评查案卷1800份，整改问题案卷96份。", 96, "enforcement.case_files_reviewed"),
        ("县政府年度决策事项目录共列入事项12项，已完成8项。", 8, "decisions.catalog_items"),
        ("社区网格员全年主动发现并处置问题4100余件。", 4100, "leadership.problems_listed"),
        ("同步清理政府规章，修改3部、废止2部。", 2, "rules.normdocs_abolished"),
        ("镇政府公布权责清单事项156项，承接县级赋权事项42项。", 42, "functions.power_list_items"),
        ("12333服务热线全年接听群众来电3.1万个。", 31000, "oversight.hotline_requests"),
        ("查办行政案件42件，移送涉嫌犯罪案件9件。", 9, "enforcement.penalty_cases"),
        ("开展“法律明白人”骨干培训5期。", 5, "education.trainings"),
        ("县政府明确常务会议会前学法全年不少于8次。", 8, "leadership.pre_meeting_study_sessions"),
        ("经全面清理，全县共保留证明事项16项。", 16, "functions.certificates_abolished"),
        ("会同县人大常委会对3部地方性法规开展立法后评估。", 3, "rules.local_regulations"),
        ("备案审查中发现存在问题的文件5件，已督促纠正。", 5, "leadership.problems_listed"),
        ("抽查发现问题的市场主体64户，均已责令整改。", 64, "enforcement.random_inspection_objects"),
        ("政府规章报备及时率达到100%。", 100, "rules.normdocs_filing_timely_rate"),
        ("推荐申报省级民主法治示范村（社区）5个。", 5, "education.demo_communities"),
        ("12345热线日均受理诉求650余件。", 650, "oversight.hotline_requests"),
        ("对罚没金额10万元以上的重大行政处罚决定进行法制审核。", 100000, "enforcement.penalty_amount"),
        ("公布轻微违法行为免罚清单，涵盖9个领域事项86项。", 9, "enforcement.minor_exemptions"),
        ("安排双随机抽查任务41项，年底前全部完成。", 41, "enforcement.random_inspection_batches"),
    ],
)
def test_a_figure_of_another_thing_does_not_get_the_code(sentence, count, code):
    assert (count, code) not in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        # the rules' own cases stay as they were
        ("县政府常务会议研究法治政府建设工作5次。", 5, "decisions.counsel_meetings"),
        ("报送备案规范性文件20件、政府规章3件。", 3, "rules.gov_rules"),
        ("县法院受理行政诉讼案件45件。", 45, "disputes.litigation_cases"),
    ],
)
def test_what_the_rules_left_alone_stays(sentence, count, code):
    assert (count, code) not in _coded(sentence)


def test_the_cleaned_documents_keep_their_retained_part():
    assert (170, "rules.normdocs_retained") in _coded("共清理文件213件，保留170件。")


@pytest.mark.parametrize(
    ("sentence", "rates", "code"),
    [
        (
            "省本级、市级、县级政务服务事项网上可办率分别达到98.9%、97.6%、95.4%。",
            (98.9, 97.6, 95.4),
            "functions.online_service_rate",
        ),
        (
            "市、县两级抽查结果公示率分别为100%、99.2%。",
            (100, 99.2),
            "enforcement.random_result_publicity_rate",
        ),
    ],
)
def test_each_levels_rate_given_respectively_is_the_codes(sentence, rates, code):
    coded = _coded(sentence)
    assert all((rate, code) in coded for rate in rates)


def test_each_levels_count_given_respectively_is_still_a_part():
    assert (2000, "enforcement.penalty_cases") not in _coded(
        "县本级、各乡镇分别办理行政处罚案件860件、2000件。"
    )
