"""Metadata: the ninth pass of issue 16 (docs/reading-history.md, "Metadata, ninth pass").

Forms of the newest tuning pages, written again in our own words (no page's wording is kept): a
content farm's machine-reworded copy (伪原创: 宣传 → 宣扬, 服务 → 效劳, 基础 → 根底); a news story
whose reporter learned the news from a body (记者近日从…获悉); an essay that names itself 本文; a
bureau's summary of its whole year under a heading of all its work (一、2023年工作情况); an
untitled department's report whose headings name the rule-of-law duty (统筹推进法治建设, 学习贯彻
习近平法治思想); a metadata row (发文机构：…) above a title row (名    称：…); a district named only by
its branch of a province's service app (“赣服通”某某分厅). Each case keeps its other side (a page
the rule must leave alone). Bodies and wording are invented.
"""

from __future__ import annotations

import pytest

from fazhi.reading import kind_model

from .conftest import COUNTY_OPENING, THREE_PARTS_BODY, expect, read_text

TOWNSHIP_TITLE = "桃源镇2023年度法治政府建设情况报告\n"

SPUN = [
    (
        # a township's year reworded by a synonym tool: 宣扬 for 宣传, 效劳 for 服务, 根底 for 基础
        "a_reworded_copy_of_a_townships_year",
        "2023年，桃源镇扎实推进依法行政，在去年的根底上完善便民效劳中心运作机制，"
        "深入开展法治宣扬教育，全镇法治政府建设取得新成效。\n" + THREE_PARTS_BODY,
        "not_report",
    ),
    (
        # the same copy under the report's own title: the page is still the farm's rewording
        "a_reworded_copy_under_the_reports_title",
        TOWNSHIP_TITLE + "2023年，桃源镇坚持依法行政，举办法律学问竞赛3场，"
        "推动法律进校内活动常态化，法治政府建设取得新成效。\n" + THREE_PARTS_BODY,
        "not_report",
    ),
    (
        # the other side: a report's own 宣扬 (of good examples) and 根本 are real words
        "a_report_that_praises_examples_and_names_the_root",
        TOWNSHIP_TITLE + "2023年，桃源镇坚持依法行政，大力宣扬基层依法治理先进典型，"
        "从根本上解决群众反映强烈的问题，法治政府建设取得新成效。\n" + THREE_PARTS_BODY,
        "annual_report",
    ),
    (
        # the other side: one swapped word alone may be a writer's choice
        "a_report_with_one_odd_word",
        TOWNSHIP_TITLE + "2023年，桃源镇坚持依法行政，镇便民效劳窗口全年办件1200件，"
        "法治政府建设取得新成效。\n" + THREE_PARTS_BODY,
        "annual_report",
    ),
]


@pytest.mark.parametrize(("page", "kind"), [c[1:] for c in SPUN], ids=[c[0] for c in SPUN])
def test_a_machine_reworded_copy_is_no_report(page, kind):
    assert read_text(page).kind == kind


NEWS = [
    (
        # a story's lead: the reporter learned the year's figures from the provincial department
        "a_reporter_learned_it_from_a_department",
        "记者近日（3月2日）从省司法厅获悉：2023年，全省司法行政系统扎实推进依法行政，"
        "全省办理法律援助案件8.2万件，全省法治政府建设取得新进展。\n"
        "全省各地深化“放管服”改革，全省政务服务事项网上可办率达98%。\n",
        "not_report",
    ),
    (
        "a_story_learned_at_a_press_conference",
        "2023年，全市行政复议案件办结率达到100%。这是从日前召开的全市法治政府建设新闻发布会上获悉的。\n"
        "全市各级行政机关负责人出庭应诉率连续三年保持100%，全市法治政府建设水平持续提升。\n",
        "not_report",
    ),
    (
        # the other side: a report that learned of a complaint and says it reports
        "a_report_that_learned_of_a_complaint",
        "县委、县政府：\n2023年，我局坚持依法行政，从群众来信中获悉执法问题后立即整改，"
        "现将2023年度法治政府建设情况报告如下：\n" + THREE_PARTS_BODY,
        "annual_report",
    ),
]


@pytest.mark.parametrize(("page", "kind"), [c[1:] for c in NEWS], ids=[c[0] for c in NEWS])
def test_a_story_whose_reporter_learned_the_news_is_no_report(page, kind):
    assert read_text(page).kind == kind


ESSAY = [
    (
        # an explainer on counties' rule-of-law plans in general, under bullet points
        "an_essay_that_names_itself",
        "一、引子与背景\n"
        "近年来，基层法治建设不断深入。本文围绕2024年度县级法治建设工作的要点作一梳理。\n"
        "二、2024年度县级法治建设重点\n1. 深化法治宣传教育\n- 目标：提高全民法治意识。\n"
        "2. 加强法治政府建设\n- 目标：推进严格规范公正文明执法。\n"
        "3. 规范行政执法\n- 措施：推行行政执法三项制度。\n",
        "not_report",
    ),
    (
        # the other side: a report that cites the scope of a document (本文件所称…) is still one
        "a_report_citing_this_document",
        "县委、县政府：\n2023年，我局坚持依法行政，按照本文件所称重大行政决策事项目录依法决策，"
        "现将2023年度法治政府建设情况报告如下：\n" + THREE_PARTS_BODY,
        "annual_report",
    ),
]


@pytest.mark.parametrize(("page", "kind"), [c[1:] for c in ESSAY], ids=[c[0] for c in ESSAY])
def test_an_essay_that_names_itself_is_no_report(page, kind):
    assert read_text(page).kind == kind


WHOLE_YEAR = (
    "一、2023年工作情况\n"
    "（一）加强党的建设。局党组召开会议24次，开展理论学习中心组学习12次，推进清廉机关建设。\n"
    "（二）做好人民调解。全县调解组织调处矛盾纠纷1300余件，调解成功率98%。\n"
    "二、2024年工作计划\n继续加强党的建设，做好法律援助和人民调解工作。\n"
)


def test_a_bureaus_summary_of_its_whole_year_is_no_report():
    # the opening names no rule-of-law topic and the first heading is all the year's work
    page = (
        "2023年，在县委、县政府的坚强领导下，县司法局忠诚履职、担当作为，各项工作取得新进展新成效，"
        "我县获评全省人民调解工作先进县。\n" + WHOLE_YEAR
    )
    assert read_text(page).kind == "not_report"


def test_a_bureaus_summary_under_its_main_work_heading_is_no_report(monkeypatch):
    # the rules alone: an urban-management bureau's year, its first heading naming no year either
    monkeypatch.setattr(kind_model, "ENABLED", False)
    page = (
        "2023年，在区委、区政府的坚强领导下，区城管局认真履行城市管理职责，各项工作取得新成效。\n"
        "一、主要工作完成情况\n"
        "（一）市容环境整治。全年清理占道经营1200处，拆除违法建设3.2万平方米。\n"
        "（二）行政执法。全年办理行政处罚案件320件，落实行政执法三项制度，开展执法案卷评查2次。\n"
        "二、2024年工作思路\n继续推进市容环境整治。\n"
    )
    reading = read_text(page)
    assert reading.kind == "not_report"
    assert "全年全部工作" in reading.metadata_evidence["kind"].reason


def test_a_report_whose_opening_names_the_rule_of_law_keeps_the_same_heading():
    # the other side: the same heading under an opening that names the rule-of-law government
    page = (
        "2023年，县司法局坚持以习近平法治思想为指导，全面履行依法治县和司法行政职能，"
        "推动全县法治政府建设取得新进展。\n" + WHOLE_YEAR
    )
    assert read_text(page).kind == "annual_report"


DEPARTMENT_OPENING = (
    "2021年，在省委、省政府的正确领导下，省司法厅坚持以习近平新时代中国特色社会主义思想为指导，"
    "认真落实全省2021年法治政府建设工作计划，法治政府建设和司法行政工作不断取得新成效。\n"
)


def test_a_departments_report_headed_by_the_rule_of_law_duty():
    page = DEPARTMENT_OPENING + (
        "一、扎实做好法治建设统筹推进工作\n"
        "（一）深入学习贯彻习近平法治思想。组织专题培训班2期，推动学习贯彻走深走实。\n"
        "（二）扎实做好法治建设统筹协调工作。推动出台法治建设规划，制定重要举措分工方案。\n"
    )
    assert read_text(page).kind == "annual_report"


def test_a_plan_with_the_same_headings_names_itself():
    # the other side: a plan's opening names it (制定本方案) whatever its headings say
    page = (
        "为深入推进全省法治政府建设，结合工作实际，制定本方案。\n"
        "一、扎实做好法治建设统筹推进工作\n（一）深入学习贯彻习近平法治思想。\n"
        "（二）扎实做好法治建设统筹协调工作。\n"
    )
    assert read_text(page).kind == "not_report"


DISTRICT_TITLE = "洪塘区人民政府关于2024年度法治政府建设情况的报告"
DISTRICT_OPENING = "2024年，洪塘区坚持依法行政，持续优化营商环境。现将相关工作情况报告如下：\n"


def test_a_metadata_row_above_a_title_row_is_not_the_titles_first_half():
    page = (
        "信息分类： 司法\n发文机构：中共洪塘区委全面依法治区委员会办公室\n"
        f"名      称：{DISTRICT_TITLE}\n\n{DISTRICT_TITLE}\n" + DISTRICT_OPENING + THREE_PARTS_BODY
    )
    expect(read_text(page), {"title": DISTRICT_TITLE, "kind": "annual_report"})


def test_a_governments_name_above_the_rest_of_its_title_is_still_joined():
    # the other side: a body's name on its own line, broken off its title, has no colon
    page = "洪塘区人民政府\n关于2024年度法治政府建设情况的报告\n" + DISTRICT_OPENING + THREE_PARTS_BODY
    expect(read_text(page), {"title": DISTRICT_TITLE})


OFFICE_TITLE = "区政府办公室2021年度法治政府建设工作情况报告\n"
OFFICE_OPENING = (
    "2021年，在区委、区政府的坚强领导下，区政府办认真贯彻落实习近平法治思想，全区法治政府建设取得新进展。"
    "现将有关工作情况报告如下：\n"
)


def test_a_district_named_by_its_branch_of_the_provinces_app():
    page = (
        OFFICE_TITLE
        + OFFICE_OPENING
        + "“赣服通”南康分厅上线运行，全区86项高频事项实现“跨省通办”。\n"
        + THREE_PARTS_BODY
    )
    expect(read_text(page), {"kind": "annual_report", "region_ends": "南康区"})


@pytest.mark.parametrize(
    "branches",
    [
        "“某某通”鼓楼分厅上线运行",  # a short name many districts share
        "“赣服通”南康分厅、“赣服通”于都分厅同步上线",  # two counties' branches: the text does not say whose
    ],
)
def test_a_branch_that_names_no_one_county_places_nothing(branches):
    page = OFFICE_TITLE + OFFICE_OPENING + branches + "，全区高频事项实现“跨省通办”。\n" + THREE_PARTS_BODY
    expect(read_text(page), {"kind": "annual_report", "region_name": None})


def test_a_county_report_is_still_placed_by_its_name():
    # the other side: a report naming its county in full needs no branch
    expect(read_text(COUNTY_OPENING + THREE_PARTS_BODY), {"region_ends": "淳安县"})


# Then the genres, further: forms of the same look-alikes no tuning page showed.

PIECE_A = (
    "1、桃源镇2023年度法治政府建设情况报告区政府：2023年，桃源镇在区委、区政府的坚强领导下，坚持以习近平"
    "法治思想为指导，紧紧围绕依法全面履行政府职能、完善依法行政制度体系、强化行政权力的制约和监督等重点工作，"
    "不断夯实基层法治基础，切实提高运用法治思维和法治方式推动发展的能力，将法治思维融入经济发展、民生保障、"
    "城市管理、平安稳定等各项工作中，扎实推进镇域基层法治建设，依\n"
)
PIECE_B = (
    "2、法有效化解社会矛盾纠纷。一是完善政务公开制度，设立政府信息公开受理点，配备专职工作人员负责信息公开"
    "工作，定期向镇党委、政府汇报政府信息公开工作情况，及时发现问题并提出解决办法，修订政府信息公开指南，规范依"
    "申请公开的办理流程，使受理标准更加明确、受理过程更加规范。二是丰富政务公开方式，利用镇政务网站等多种渠道"
    "主动公开政府信息、便民信息和政策解读内容，增强信息公开的实\n"
)
PIECE_C = "3、效性。三是加强行政执法监督，全年开展执法案卷评查2次，评查案卷60卷。\n"


def test_a_sharing_sites_pages_cut_mid_sentence_are_no_report():
    reading = read_text(PIECE_A + PIECE_B + PIECE_C)
    assert reading.kind == "not_report"
    assert reading.metadata_evidence["kind"].source == "document_site"


def test_a_reports_numbered_items_end_their_sentences():
    # the other side: a report's own long numbered items, each ending a sentence
    items = (
        "1、加强组织领导。镇党委、政府主要负责人认真履行推进法治建设第一责任人职责，全年召开专题会议研究"
        "法治政府建设工作4次，将法治政府建设纳入全镇年度目标考核，压紧压实各村和镇属各单位的工作责任，确保各项"
        "任务落到实处。\n"
        "2、规范行政执法。全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度，开展执法案卷评查2次，"
        "评查案卷60卷，发现并整改问题12个，行政执法人员持证上岗率100%，执法规范化水平持续提升。\n"
        "3、化解矛盾纠纷。全年调处矛盾纠纷210件，调解成功率98%。\n"
    )
    page = TOWNSHIP_TITLE + "2023年，桃源镇坚持依法行政，现将有关情况报告如下：\n" + items + THREE_PARTS_BODY
    assert read_text(page).kind == "annual_report"


def test_a_writer_who_learned_the_news_is_no_report():
    page = (
        "笔者日前从县司法局获悉，2023年，全县坚持依法行政，审核规范性文件25件，全县法治政府建设取得新成效。\n"
        "全县深化“放管服”改革，全县政务服务事项网上可办率达到98%。\n"
    )
    assert read_text(page).kind == "not_report"


HALF_YEAR_AREAS = (
    "一、上半年工作开展情况\n"
    "（一）加强行政执法监督。开展行政执法案卷评查1次，评查案卷40卷，全县行政执法人员持证上岗。\n"
    "（二）推进行政复议规范化。办理行政复议案件18件，我县行政机关负责人出庭应诉率100%。\n"
    "（三）深化法治宣传教育。开展普法活动30场次，全县受众1.2万人次。\n"
    "二、下半年工作打算\n继续加强执法监督，深入开展普法宣传。\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "2024年上半年，在县委、县政府的坚强领导下，县司法局各项工作有序推进。现将上半年工作总结如下：\n",
        "今年一季度以来，县司法局坚持依法行政，现将一季度工作情况报告如下：\n",
        "1-6月，县司法局坚持以习近平法治思想为指导，全县法治政府建设有序推进。\n",
    ],
)
def test_an_untitled_summary_of_part_of_a_year_is_no_report(opening):
    assert read_text(opening + HALF_YEAR_AREAS).kind == "not_report"


def test_a_year_report_that_speaks_of_its_first_half_further_down_is_still_one():
    # the other side: 上半年 in a report's body, below its dated opening, dates one piece of work
    page = (
        "2023年，县司法局坚持以习近平法治思想为指导，全县法治政府建设取得新成效。现将有关情况报告如下：\n"
        "一、主要举措和成效\n上半年，全县完成规范性文件清理，废止文件12件。\n" + THREE_PARTS_BODY
    )
    assert read_text(page).kind == "annual_report"


ARRANGED_AREAS = (
    "一、深入学习贯彻习近平法治思想\n各级政府要把学习贯彻习近平法治思想作为重要政治任务。\n"
    "二、依法全面履行政府职能\n持续深化“放管服”改革，优化营商环境，全面实行政府权责清单制度。\n"
    "三、严格规范公正文明执法\n全面推行行政执法三项制度，开展行政执法质量提升行动。\n"
)


def test_a_years_arrangement_of_the_work_is_no_report():
    page = "为扎实推进全市法治政府建设，现对2024年全市法治政府建设工作作如下安排：\n" + ARRANGED_AREAS
    reading = read_text(page)
    assert reading.kind == "not_report"
    assert "安排" in reading.metadata_evidence["kind"].reason


def test_a_report_that_plans_next_year_in_its_last_part_is_still_one():
    # the other side: a report's own plan for the next year, below its opening, arranges nothing
    page = (
        TOWNSHIP_TITLE
        + "2023年，桃源镇坚持依法行政，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY
        + "2024年，我镇将重点做好以下工作：一是加强执法监督；二是深化普法宣传。\n"
    )
    assert read_text(page).kind == "annual_report"


FEATURE_BODY = (
    "2023年，青禾县坚持以习近平法治思想为指导，全县法治政府建设取得新成效。\n"
    "一年来，该县聚焦“放管服”改革，全县政务服务事项网上可办率达到99%。\n"
    "该县深化行政执法三项制度，全县开展执法案卷评查2次，评查案卷150卷。\n"
)


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("依法行政护航高质量发展\n——青禾县法治政府建设工作综述\n", ""),
        ("", "“我们将持续用力，为全县发展提供法治保障。”县司法局负责人表示。\n"),
    ],
    ids=["a_features_subtitle", "an_official_quoted"],
)
def test_a_feature_story_is_no_report(head, tail):
    assert read_text(head + FEATURE_BODY + tail).kind == "not_report"


def test_a_report_that_quotes_a_slogan_is_still_one():
    # the other side: a report quotes a campaign's name, and no one is said to have spoken
    page = (
        TOWNSHIP_TITLE
        + "2023年，桃源镇坚持依法行政，开展“法治进万家”活动，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY
    )
    assert read_text(page).kind == "annual_report"


EXPERIENCE = (
    "一、主要做法\n"
    "（一）坚持高位推动，压实法治建设责任。县委、县政府主要负责人认真履行推进法治建设第一责任人职责，"
    "全年召开常务会议专题研究法治政府建设4次。\n"
    "（二）坚持制度先行，规范行政决策行为。全面落实重大行政决策程序，全年审核规范性文件20件，"
    "我县行政规范性文件备案率100%。\n"
    "（三）坚持执法为民，提升行政执法质效。全县开展行政执法案卷评查2次，评查案卷100卷。\n"
    "二、取得成效\n全县法治政府建设水平明显提升，我县被评为全省法治政府建设示范县。\n"
)


def test_an_experience_material_closing_on_its_lessons_is_no_report():
    page = EXPERIENCE + "三、经验启示\n实践证明，推进法治政府建设必须坚持党的领导。\n"
    reading = read_text(page)
    assert reading.kind == "not_report"
    assert reading.metadata_evidence["kind"].source == "experience"


def test_the_same_body_closing_on_its_shortcomings_is_a_report():
    # the other side: the same body closing on a report's shortcomings and next year's plan
    page = EXPERIENCE + "三、存在的不足\n基层执法力量仍然薄弱。\n四、2024年工作打算\n继续完善依法决策机制。\n"
    assert read_text(page).kind == "annual_report"


def test_a_metadata_block_run_onto_one_line_gives_its_last_title_field():
    page = (
        f"索引号：11330000/2024-00012 发布机构：洪塘区人民政府 名称：{DISTRICT_TITLE}\n"
        + DISTRICT_OPENING
        + THREE_PARTS_BODY
    )
    expect(read_text(page), {"title": DISTRICT_TITLE})


def test_a_metadata_block_ending_on_another_field_gives_no_title_from_it():
    # the other side: the block ends on the publisher, and the title is the line below
    page = (
        "索引号：11330000/2024-00012 名称：法治政府建设 发布机构：洪塘区人民政府\n"
        f"{DISTRICT_TITLE}\n" + DISTRICT_OPENING + THREE_PARTS_BODY
    )
    expect(read_text(page), {"title": DISTRICT_TITLE})


def test_a_publisher_a_bar_and_a_web_date_under_the_title_give_the_publication_date():
    page = f"{DISTRICT_TITLE}\n洪塘区司法局 | 2025-03-19 09:32\n" + DISTRICT_OPENING + THREE_PARTS_BODY
    expect(read_text(page), {"published": "2025-03-19"})


def test_a_signature_date_is_still_not_the_publication_date():
    # the other side: the body's name and its date under the text sign the document
    page = f"{DISTRICT_TITLE}\n" + DISTRICT_OPENING + THREE_PARTS_BODY + "洪塘区人民政府\n2025年3月19日\n"
    expect(read_text(page), {"published": None})
