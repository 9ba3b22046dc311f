"""Which indicator, or none, a figure belongs to: the twenty-sixth session's rules (issue 16).

Forms of the genre written for these tests (the sentences are our own). They come from four batteries
written from the genre with every figure labelled, blind to the engine (``/work/s48``, outside the
repository): county and city paragraphs (90, 480 figures), departments' and townships' (90, 505),
figures beside a code's words that count another thing (80, 412), and the codes' less usual wordings
(80, 444). Before these rules the engine read them at precision 0.922 / 0.918 / 0.906 / 0.966 and recall
0.893 / 0.932 / 0.959 / 0.885.

- Counted now: the hotline's rates given after a ； or in a later point of its paragraph; a reconsideration
  body's applications accepted after the applications received (经审查受理, 依法受理); mediation organizations
  that are the subject of the year's count (1126个人民调解组织全年排查调处…); a hearing rate said with 实现
  or as the share of cases heard (听证审理的案件比例); a catalogue's items fixed at the end of the year
  (最终确定为, 最终目录); the rest of a clean-up named by what it stays (其余37件继续有效); officers given
  rotating training (轮训执法人员); 调成率, 复议办收案, 规范文件, 经济处罚, 罚没款入库, 向市政府报备.
- Rates given respectively after 分别实现.
- Not counted: the parts in brackets after a count that hold them (人民调解委员会19个（其中村级调委会16个、
  行业性调委会3个）); the rest of a breakdown of problems (其余53项整改任务); a bare 办结率 after the
  hotline; rates after another channel or after deputies' suggestions; things with problems named by
  问题 before them (问题文件, 问题企业); villages that applied for an honour, said after their count; a
  catalogue's first draft (初定); decision items counsel gave opinions on; permit items handed to another
  body (将…事项委托…实施) or permits handled, named after a long list.
"""

from __future__ import annotations

import pytest

from fazhi.reading.extract import extract


def _codes_of(sentence: str, value: float) -> list[str | None]:
    return [f.indicator for f in extract(sentence) if float(f.value) == value]


@pytest.mark.parametrize(
    ("sentence", "value", "code"),
    [
        # the hotline's rates after its sentence's end
        (
            "县12345热线全年受理群众诉求8.2万件；按时办结率97.3%，群众满意率95.6%。",
            97.3,
            "oversight.hotline_ontime_rate",
        ),
        (
            "县12345热线全年受理群众诉求8.2万件；按时办结率97.3%，群众满意率95.6%。",
            95.6,
            "oversight.hotline_satisfaction_rate",
        ),
        (
            "我市持续提升12345政务服务便民热线效能：一是拓宽渠道，全年受理诉求41.3万件；二是压实责任，按期办结率达98.9%。",
            98.9,
            "oversight.hotline_ontime_rate",
        ),
        (
            "市民热线全年受理来电6.5万件，其中转办工单2.1万件，同比增长4.2%，回访满意率96.4%。",
            96.4,
            "oversight.hotline_satisfaction_rate",
        ),
        # applications accepted after those received
        ("区政府全年收到行政复议申请75件，经审查受理69件，审结64件。", 69, "disputes.reconsideration_cases"),
        ("县政府共收到行政复议申请二十三件，依法受理二十件。", 20, "disputes.reconsideration_cases"),
        # mediation organizations as the subject of the year's count
        ("全县862个人民调解组织全年排查调处矛盾纠纷9300余件。", 862, "disputes.mediation_organizations"),
        ("全市1410个调解组织累计调解纠纷2.6万件。", 1410, "disputes.mediation_organizations"),
        # hearing rates
        ("对疑难案件公开听证审理31件，听证率实现28.6%。", 28.6, "disputes.reconsideration_hearing_rate"),
        ("全年组织听证审理的案件比例为15.2%。", 15.2, "disputes.reconsideration_hearing_rate"),
        # a catalogue fixed at the year's end
        ("年度决策目录事项经动态调整后最终确定为18项。", 18, "decisions.catalog_items"),
        ("县政府重大行政决策目录最终确定事项13项。", 13, "decisions.catalog_items"),
        (
            "编制公布年度重大行政决策事项目录，年中调整增加3项，最终目录共计17项。",
            17,
            "decisions.catalog_items",
        ),
        # the rest of a clean-up by what it stays
        ("共清理规范性文件58件，废止7件，其余51件继续有效。", 51, "rules.normdocs_retained"),
        (
            "对现行文件开展集中清理，共清理62件，宣布失效4件，其余五十八件继续保留。",
            58,
            "rules.normdocs_retained",
        ),
        # wordings
        ("全年轮训基层执法人员5200人次。", 5200, "enforcement.officers_trained"),
        ("全县人民调解组织调解纠纷4100件，调成率97.5%。", 97.5, "disputes.mediation_success_rate"),
        ("区政府复议办全年收案96件。", 96, "disputes.reconsideration_cases"),
        ("全年县政府共制发规范文件11件。", 11, "rules.normdocs_issued"),
        ("全年实施经济处罚218.5万元。", 2185000, "enforcement.penalty_amount"),
        ("罚没款入库512万元。", 5120000, "enforcement.penalty_amount"),
        ("印发规范性文件45件，向市政府报备43件。", 43, "rules.normdocs_filed"),
        ("抽查事项清单覆盖率、计划完成率分别实现100%和97.5%。", 100, "enforcement.random_list_coverage_rate"),
        (
            "抽查事项清单覆盖率、计划完成率分别实现100%和97.5%。",
            97.5,
            "enforcement.random_plan_completion_rate",
        ),
    ],
)
def test_a_form_of_the_genre_gets_its_code(sentence, value, code):
    assert code in _codes_of(sentence, value)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("全镇现有人民调解委员会21个（其中村级调委会18个、行业性调委会3个）。", 18),
        ("全镇现有人民调解委员会21个（其中村级调委会18个、行业性调委会3个）。", 3),
        ("全区建成各类人民调解组织296个（含个人调解工作室17个）。", 17),
        ("督察反馈问题76个，已完成整改23个，其余53项整改任务正在推进。", 53),
        ("县12345热线全年受理群众诉求8.2万件；办结率99.1%。", 99.1),
        ("办理人大代表建议56件；按时办结率100%，满意率98%。", 98),
        ("12345热线受理诉求3万件；12315平台按时办结率99.3%。", 99.3),
        ("全年排查矛盾纠纷120件，依法化解112件。", 112),
        ("向市人大常委会报备规章2件。", 2),
        ("经审查，发现问题文件5件，均已督促纠正。", 5),
        ("双随机抽查发现问题企业112户，已责令整改。", 112),
        ("另有11个村已向市里申报市级民主法治示范村。", 11),
        ("各部门上报后初定决策事项14项。", 14),
        ("对7件重大决策事项出具书面法律意见书。", 7),
        ("同时将26项县级行政许可事项委托园区管委会实施。", 26),
        ("市卫健委办理医疗机构执业许可、护士执业注册等行政许可事项1930件。", 1930),
    ],
)
def test_a_figure_of_another_thing_does_not_get_the_code(sentence, value):
    assert _codes_of(sentence, value) == [None]


def test_the_count_whose_parts_are_bracketed_keeps_its_code():
    sentence = "全镇现有人民调解委员会21个（其中村级调委会18个、行业性调委会3个）。"
    assert _codes_of(sentence, 21) == ["disputes.mediation_organizations"]


def test_a_part_in_brackets_with_a_code_of_its_own_keeps_it():
    sentence = "审查各区报备的规范性文件26件（其中不予备案2件）。"
    assert _codes_of(sentence, 2) == ["rules.normdocs_filing_rejected"]


# Two batteries of page beginnings (the first 1,200–2,500 characters of a report page, with the site's
# header), written blind like the others: governments' (45 pages, 803 figures; 0.989 / 0.981 before these
# rules) and departments' (45 pages, 1,363 figures; 0.907 / 0.900 before these rules, the figures of the
# held-out part). Departments' beginnings gave these.
@pytest.mark.parametrize(
    ("sentence", "value", "code"),
    [
        ("全年局起草规范性文件9件，经合法性审核后印发实施7件。", 7, "rules.normdocs_issued"),
        ("全年起草规范性文件6件，审核后制发4件。", 4, "rules.normdocs_issued"),
        ("审核规范性文件8件，其中以本局名义印发实施5件。", 5, "rules.normdocs_issued"),
        ("全年开展水行政执法巡查1320次。", 1320, "enforcement.inspections"),
        ("执法大队全年开展日常巡查八百余次。", 800, "enforcement.inspections"),
        ("全局取得执法资格民警达到312人。", 312, "enforcement.officers"),
        ("全年听证审理率18.4%。", 18.4, "disputes.reconsideration_hearing_rate"),
        ("深入社区开展林业法律法规宣传27场。", 27, "education.activities"),
        ("组织执法人员业务培训4场次，参与培训18人次。", 4, "education.trainings"),
        ("开展双随机一公开监管，抽查纳税人186户。", 186, "enforcement.random_inspection_objects"),
        ("全年完成国家随机监督抽查任务152户。", 152, "enforcement.random_inspection_objects"),
    ],
)
def test_a_departments_form_gets_its_code(sentence, value, code):
    assert code in _codes_of(sentence, value)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("新取得基本级执法资格280人、中级执法资格76人。", 280),
        ("组织执法资格考试，参考民警1860名。", 1860),
        ("参赛执法人员90余名。", 90),
        ("向市局报送案卷15卷。", 15),
        ("全县劳动人事争议调解仲裁机构全年受理争议案件211件。", 211),
        ("起草合同12件，经审核后印发3件。", 3),
        ("全年局起草规范性文件5件，以市政府办公室名义印发3件。", 3),
        ("双随机抽查中，抽查发现问题企业41户。", 41),
        ("抽查定点医药机构97家。", 97),
    ],
)
def test_a_departments_own_business_does_not_get_the_code(sentence, value):
    assert _codes_of(sentence, value) == [None]
