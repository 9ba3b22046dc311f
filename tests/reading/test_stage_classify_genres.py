"""Kind and title on the genres met on the tuning part of the held-out set (issue 16 §1).

Each page is written for this test (places, bodies, names and numbers invented); each stands for
a genre, not for a page: a title under a site's chrome or a column's name, a title issued jointly,
a report printed whole by a newspaper, and the look-alikes that quote or resemble a report.
"""

from __future__ import annotations

import pytest

from fazhi.reading import kind_model

from .conftest import THREE_PARTS_BODY, read_text

OPENING = "2023年，青禾镇坚持依法行政，法治政府建设取得新成效。现将有关情况报告如下：\n"

# (case, page, title, kind): where the title is, and that the page stays a report.
TITLES = [
    (
        "a_title_below_a_breadcrumb_and_a_metadata_table",
        "首页\n>> 政务公开 >> 法治政府工作报告\n• 信息索引号：\n11330700000000000X/2024-100001\n"
        "• 审核程序：\n单位审核公开\n• 发布机构：\n青禾镇\n• 发文字号：\n• 发布日期：\n2024-01-30\n"
        "• 公开方式：\n主动公开\n青禾镇2023年度法治政府建设工作报告\n"
        "发布时间：2024-01-30 15:20 信息来源：党政办\n" + OPENING + THREE_PARTS_BODY,
        "青禾镇2023年度法治政府建设工作报告",
        "annual_report",
    ),
    (
        "a_columns_undated_name_above_the_dated_title",
        "法治政府部门建设工作报告\n白石省交通运输厅2023年度法治政府部门建设报告\n"
        "来源：白石省交通运输厅 2024-02-20 10:05\n"
        "2023年，省交通运输厅坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        "白石省交通运输厅2023年度法治政府部门建设报告",
        "annual_report",
    ),
    (
        "a_title_issued_by_a_party_committee_and_a_street_office_together",
        "中共青禾县江口街道工作委员会\n青禾县人民政府江口街道办事处\n关于2024年度法治政府建设情况的报告\n"
        "县委、县政府：\n2024年，江口街道坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        "中共青禾县江口街道工作委员会 青禾县人民政府江口街道办事处关于2024年度法治政府建设情况的报告",
        "annual_report",
    ),
    (
        "a_county_level_citys_party_committee_named_short_over_a_joint_title",
        "中共白石市委\n白石市人民政府\n关于2023年度法治建设工作情况的报告\n"
        "2023年，我市坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        "中共白石市委 白石市人民政府关于2023年度法治建设工作情况的报告",
        "annual_report",
    ),
    (
        "a_prefectures_party_committee_named_short_over_a_joint_title_on_two_lines",
        "中共青禾州委\n青禾州人民政府关于2022年度法治政府建设情况的报告\n"
        "2022年，全州坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        "中共青禾州委 青禾州人民政府关于2022年度法治政府建设情况的报告",
        "annual_report",
    ),
    (
        "a_party_committees_office_line_over_a_title_is_no_joint_issuer",
        "中共白石县委办公室\n白石县人民政府关于2023年度法治政府建设情况的报告\n"
        "2023年，我县坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        "白石县人民政府关于2023年度法治政府建设情况的报告",
        "annual_report",
    ),
    (
        "a_years_report_joined_to_next_years_ideas",
        "白石市江口区政府2016年推进依法行政工作情况及2017年工作打算\n"
        "2016年，江口区坚持依法行政，法治政府建设稳步推进。\n" + THREE_PARTS_BODY,
        "白石市江口区政府2016年推进依法行政工作情况及2017年工作打算",
        "annual_report",
    ),
    (
        "a_sites_column_label_in_brackets_before_the_title_is_no_yearbook_entry",
        "【法治建设报告】白石省司法厅2022年法治政府建设年度报告\n"
        "【法治建设报告】白石省司法厅2022年法治政府建设年度报告\n"
        "2022年，省司法厅坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        "白石省司法厅2022年法治政府建设年度报告",
        "annual_report",
    ),
    (
        # the lead goes before the title's head is read: its joint issuer stays
        "a_joint_title_after_a_pages_label",
        "【图文】中共白石县委 白石县人民政府关于2023年法治政府建设情况的报告\n"
        "2023年，我县坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        "中共白石县委 白石县人民政府关于2023年法治政府建设情况的报告",
        "annual_report",
    ),
    (
        "a_title_in_a_listings_bold_brackets",
        "【白石县2023年法治政府建设年度报告】\n"
        "2023年，我县坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        "白石县2023年法治政府建设年度报告",
        "annual_report",
    ),
    (
        "a_report_a_newspaper_prints_whole_under_its_title",
        "白石省人民政府关于2024年法治政府建设情况的报告\n来源：白石日报 2025-03-10 08:10\n"
        "2024年，省政府坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        "白石省人民政府关于2024年法治政府建设情况的报告",
        "annual_report",
    ),
]


@pytest.mark.parametrize(
    ("page", "title", "kind"), [row[1:] for row in TITLES], ids=[row[0] for row in TITLES]
)
def test_the_title_of_a_report_under_chrome_or_beside_another_line(page, title, kind):
    reading = read_text(page)
    assert (reading.title, reading.kind) == (title, kind)
    assert reading.metadata_evidence["kind"].source == "title"


# (case, page, source of the kind's evidence, a word of its reason): never annual_report.
LOOK_ALIKES = [
    (
        "a_template_with_blanks_to_fill",
        "当前位置：实用文档 > 工作报告\n卫生健康局2024年度法治政府建设报告\n卫生健康局度法治政府建设报告 篇1\n"
        "20__年，卫健局坚持以____思想为指导，贯彻落实党的____大精神，全面推进依法行政，现将有关情况报告如下：\n"
        "一、主要举措和成效\n二、存在的不足\n三、下一步工作打算\n",
        "look_alike",
        "模板",
    ),
    (
        "a_search_results_page_that_names_its_search",
        "搜索结果：法治政府建设 年度报告 共找到86条\n"
        "1. 青禾县2023年法治政府建设年度报告 ... 2023年，青禾县坚持以习近平法治思想为指导... 2024-03-15\n"
        "2. 青禾县司法局2023年度法治政府建设工作报告 ... 现将有关情况报告如下... 2024-02-10\n",
        "listing",
        "搜索结果",
    ),
    (
        "numbered_results_with_snippets",
        "相关文章\n"
        "1. 青禾县2023年法治政府建设年度报告 ... 2023年，青禾县坚持以习近平法治思想为指导... 2024-03-15\n"
        "2. 青禾县司法局2023年度法治政府建设工作报告 ... 现将有关情况报告如下... 2024-02-10\n"
        "3. 白石镇2023年度法治政府建设情况报告 ... 2024-03-01\n",
        "listing",
        "列表",
    ),
    (
        "a_disclosure_report_opening_on_the_disclosure_regulations",
        "根据《中华人民共和国政府信息公开条例》要求，现将本局2023年度政府信息公开工作情况报告如下：\n"
        "一、总体情况\n2023年，我局坚持依法行政，全面推进政务公开，主动公开政府信息320条。\n"
        "二、主动公开政府信息情况\n本年制发规范性文件3件。\n",
        "other_report",
        "信息公开",
    ),
    (
        "statistics_on_another_subject_headed_by_their_own_title",
        "2019年度全市行政复议与行政应诉工作相关情况 (2020-04-20)\n"
        "近日，我们对全市2019年度的行政复议工作进行了汇总，具体情况如下：\n"
        "一、行政复议案件情况\n全年收到行政复议申请3100件，依法受理2600件。\n"
        "二、行政应诉案件情况\n全年一审行政应诉案件1800件。\n",
        "other_report",  # its first heading is the cases of one line of work (tenth pass)
        "行政复议案件情况",
    ),
    (
        "a_digest_under_a_newspapers_dateline",
        "白石市公布法治建设五年“成绩单”\n白石日报·2025-12-05 08:34\n"
        "法治建设总体成就 - 群众对法治建设的满意度超过九成 [1] - 一体推进法治白石、法治政府建设 [2]\n"
        "依法行政不断巩固推进，行政检查频次压降一半 [2]\n",
        "news",
        "白石日报",
    ),
    (
        "a_template_whose_title_names_a_placeholder_body",
        "某县2024年度法治政府建设情况报告\n"
        "2024年，全县坚持依法行政，法治政府建设取得新成效。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        "look_alike",
        "模板",
    ),
    (
        "a_model_essay_sites_collection_of_summaries",
        "2023年法治政府建设工作总结（精选5篇）\n"
        "2023年，我局坚持依法行政，法治政府建设稳步推进。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        "look_alike",
        "范文",
    ),
    (
        "a_story_under_a_report_title_with_a_correspondents_byline",
        "青禾县2023年度法治政府建设工作报告出炉\n通讯员 周一 林二\n"
        "2023年，青禾县坚持依法行政，全县审核规范性文件12件，我县法治政府建设稳步推进。\n",
        "news",
        "通讯员",
    ),
    (
        # cut below its title and 一、总体情况: the national form's subheadings are still there
        "a_disclosure_report_cut_below_its_first_heading",
        "2024年，青禾镇人民政府坚持以习近平新时代中国特色社会主义思想为指导，全面推进政务公开，"
        "扎实推进法治政府建设，各项工作取得新成效。\n"
        "（一）主动公开情况。全年主动公开政府信息210条，我镇重点公开财政预决算信息。\n"
        "（二）依申请公开情况。全年收到政府信息公开申请3件，均按时答复。\n"
        "（三）政府信息管理。我镇规范信息发布审核程序，全年审核信息260条。\n",
        "disclosure_report",
        "依申请公开",
    ),
    (
        "a_story_that_opens_on_a_news_lead",
        "本网讯 青禾县日前召开法治政府建设推进会。2023年，青禾县坚持依法行政，全县审核规范性文件12件，"
        "我县法治政府建设稳步推进，现将有关情况报告如下的做法得到肯定。\n",
        "news",
        "本网讯",
    ),
]


@pytest.mark.parametrize(
    ("page", "source", "word"), [row[1:] for row in LOOK_ALIKES], ids=[row[0] for row in LOOK_ALIKES]
)
def test_a_look_alike_of_the_tuning_genres_is_not_a_report(page, source, word):
    reading = read_text(page)
    evidence = reading.metadata_evidence["kind"]
    assert reading.kind == "not_report"
    assert evidence.source == source
    assert word in evidence.reason


def test_a_general_summary_of_a_bureaus_year_is_no_report_cut_above_its_opening(monkeypatch):
    # Its dated opening is there and names no rule-of-law topic; the rule-of-law work is one
    # numbered item among the bureau's duties. The rules alone set it aside since the ninth pass:
    # its first heading names the year's whole work (一、2023年工作总结), not the rule of law.
    monkeypatch.setattr(kind_model, "ENABLED", False)
    reading = read_text(
        "2023年，在县委、县政府的坚强领导下，县司法局忠诚履职，各项工作取得新进展，我县获评调解工作先进县。\n"
        "一、2023年工作总结\n1.推进行政复议规范化。全县办理行政复议案件40件，我县纠错率为7%。\n"
        "2.加强行政执法监督。全县开展执法案卷评查2次。\n3.深化政务公开。全县主动公开信息900条。\n"
        "二、2024年工作思路\n继续发挥司法行政职能作用。\n"
    )
    evidence = reading.metadata_evidence["kind"]
    assert reading.kind == "not_report"
    assert evidence.source == "opening" and "全年全部工作" in evidence.reason


# A title line with what a site prints after it: the title alone is given.
SUFFIXES = [
    "青禾县2023年度法治政府建设工作报告_青禾县人民政府",
    "青禾县2023年度法治政府建设工作报告 - 青禾网",
    "青禾县2023年度法治政府建设工作报告｜青禾县司法局",
    "青禾县2023年度法治政府建设工作报告【字体：大 中 小】",
    "青禾县2023年度法治政府建设工作报告 浏览次数：120",
    "青禾县2023年度法治政府建设工作报告 2024-03-12 来源：县司法局",
]


@pytest.mark.parametrize("line", SUFFIXES)
def test_a_sites_name_label_or_date_after_the_title_is_not_part_of_it(line):
    reading = read_text(line + "\n2023年，青禾县坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY)
    assert reading.title == "青禾县2023年度法治政府建设工作报告"


def test_a_chapter_title_after_the_bar_is_no_sites_name_and_a_blue_book_is_no_report():
    reading = read_text(
        "中国法治政府发展报告（2019）｜新时代法治政府建设的任务\n"
        "2019年，各地法治政府建设稳步推进，本书从制度建设、行政执法、监督问责三个方面加以评述。\n"
    )
    assert reading.kind == "not_report"


# Second pass (3 December): genres and title forms found on the web, not on the tuning part.
# Each page is written for this test; each stands for a genre.
BODY = "一、主要成效\n全年审核规范性文件14件。\n二、存在的不足\n执法力量薄弱。\n三、下一步打算\n继续推进。\n"

SECOND_PASS_LOOK_ALIKES = [
    (
        "a_half_years_report",
        "青禾县2024年上半年法治政府建设工作情况报告\n"
        "2024年上半年，青禾县坚持依法行政。现将有关情况报告如下：\n" + BODY,
        "look_alike",
        "另一类文件",
    ),
    (
        "a_summary_of_six_months",
        "青禾县司法局2024年1-6月法治政府建设工作总结\n2024年以来，我局坚持依法行政。现将有关情况报告如下：\n"
        + BODY,
        "look_alike",
        "另一类文件",
    ),
    (
        "an_evaluation_of_the_years_reports",
        "青禾县2023年度法治政府建设年度报告评查情况\n"
        "县委依法治县办对各单位报送的2023年度法治政府建设年度报告进行了评查，优秀8个，良好20个。\n",
        "look_alike",
        "另一类文件",
    ),
    (
        "a_leaders_own_report_on_the_rule_of_law",
        "江口镇镇长2023年度述法报告\n今年以来，我带头尊法学法守法用法，现将本人履行推进法治建设第一责任人职责情况报告如下：\n"
        + BODY,
        "personal_report",
        "本人",
    ),
    (
        "a_model_essay_that_masks_a_leaders_name",
        "2023年镇法治政府建设工作总结\n2023年以来，镇以A法治思想为指导，推进法治政府建设。现将有关情况报告如下：\n"
        + BODY,
        "look_alike",
        "名称被遮去",
    ),
    (
        # untitled: the page is cut below the site's title, so only the note where a name was
        # taken out shows the model essay
        "a_model_essay_that_notes_where_it_replaced_a_name",
        "2022年，（三字名称替换）印发工作要点，全县推进法治政府建设。现将有关情况报告如下：\n"
        "一、（单字替换）的领导全面加强\n" + BODY,
        "look_alike",
        "名称被遮去",
    ),
    (
        "a_page_of_several_model_essays",
        "本页收集了几篇法治政府建设工作总结。\n篇一：2023年法治政府建设工作总结\n"
        "2023年，我局坚持依法行政，法治政府建设稳步推进。现将有关情况报告如下：\n" + BODY,
        "essay_collection",
        "篇一",
    ),
    (
        "a_model_essay_presented_by_the_site",
        "下面是一篇法治政府建设年度报告范文，仅供参考。\n白石县2023年度法治政府建设工作报告\n"
        "2023年，白石县坚持依法行政，法治政府建设取得新成效。现将有关情况报告如下：\n" + BODY,
        "essay_collection",
        "范文",
    ),
    (
        "a_report_uploaded_to_a_sharing_site",
        "白石县2023年度法治政府建设工作报告\n2023年，白石县坚持依法行政。现将有关情况报告如下：\n"
        + BODY
        + "温馨提示：本文档由用户上传，如有侵权请联系删除。\n",
        "document_site",
        "用户上传",
    ),
    (
        "an_adult_sites_keywords_above_a_pasted_report",
        "免费视频在线观看_国产精品_午夜影院\n白石县2023年度法治政府建设工作报告\n"
        "2023年，白石县坚持依法行政。现将有关情况报告如下：\n" + BODY,
        "spam",
        "垃圾页面",
    ),
    (
        "a_media_centres_story_under_a_report_title",
        "白石县2023年度法治政府建设工作报告\n白石县融媒体中心讯 日前，县政府公布了2023年度法治政府建设工作报告，"
        "全年审核规范性文件14件。\n",
        "news",
        "融媒体中心讯",
    ),
    (
        "a_story_that_speaks_of_the_report_in_the_third_person",
        "白石县2023年度法治政府建设工作报告\n作者：王一 来源：白石晚报 2024-03-29\n"
        "日前，白石县公布2023年度法治政府建设工作报告。报告显示，全县审核规范性文件14件。\n",
        "news",
        "以第三人称谈报告",
    ),
    (
        "a_story_with_a_writers_byline_after_a_bar",
        "白石县2023年度法治政府建设工作报告\n文丨王一 李二\n2023年，白石县坚持依法行政。现将有关情况报告如下：\n"
        + BODY,
        "news",
        "文丨",
    ),
    (
        "a_story_whose_reporter_has_a_spaced_two_character_name",
        "白石县法治政府建设年度报告发布\n记者 王  一\n2023年，白石县审核规范性文件14件，我县法治政府建设稳步推进。\n",
        "news",
        "记者",
    ),
    (
        "yearbook_entries_each_credited_to_its_writer",
        "依法行政\n2023年，白石市坚持依法行政，审核规范性文件14件。（撰稿：王一）\n"
        "行政复议\n全年办理行政复议案件30件。（撰稿：李二）\n",
        "news",
        "撰稿",
    ),
    (
        "a_book_with_its_record",
        "法治政府建设的地方样本\nISBN 978-7-0000-0000-0\n白石县2023年度法治政府建设工作报告\n"
        "2023年，白石县坚持依法行政。现将有关情况报告如下：\n" + BODY,
        "book",
        "ISBN",
    ),
    (
        "a_book_on_a_reading_site",
        "首页 > 书库 > 法治政府建设年度观察\n上一章 目录 下一章\n白石县2023年度法治政府建设工作报告\n"
        "2023年，白石县坚持依法行政。现将有关情况报告如下：\n" + BODY,
        "book",
        "上一章",
    ),
    (
        "a_catalogue_entry_with_a_machine_made_english_summary",
        "白石县2023年度法治政府建设工作报告\nSummary\nThis summary was machine-generated.\n"
        "(1) The county reviewed 14 documents.\n2023年，白石县坚持依法行政。现将有关情况报告如下：\n" + BODY,
        "english",
        "machine-generated",
    ),
    (
        "a_letter_that_sends_the_report",
        "白石县司法局关于报送2023年度法治政府建设情况报告的函\n市司法局：\n"
        "现将我局2023年度法治政府建设情况报告报送你局，请审阅。\n附件：白石县司法局2023年度法治政府建设情况报告\n",
        "look_alike",
        "另一类文件",
    ),
    (
        "a_townships_report_on_its_general_summary_and_next_years_plan",
        "江口镇关于2023年工作总结和2024年工作安排的报告\n"
        "2023年，江口镇坚持依法行政，全镇经济社会平稳发展。现将有关情况报告如下：\n" + BODY,
        "general_summary",
        "一般工作总结",
    ),
    (
        "a_columns_list_of_reports",
        "法治政府建设年度报告\n白石县2023年法治政府建设年度报告 2024-03-28\n"
        "白石县2022年法治政府建设年度报告 2023-03-20\n白石县2021年法治政府建设年度报告 2022-03-25\n"
        "共3条 首页 上一页 1 下一页 尾页\n",
        "listing",
        "栏目列表页",
    ),
    (
        "a_general_summary_titled_below_the_sites_chrome",
        "首页\n政务公开\n工作动态\n江口镇2023年工作总结及2024年工作思路\n"
        "2023年，江口镇坚持依法行政，全镇法治建设稳步推进，我镇经济社会平稳发展。\n" + BODY,
        "general_summary",
        "一般工作总结",
    ),
]


@pytest.mark.parametrize(
    ("page", "source", "word"),
    [row[1:] for row in SECOND_PASS_LOOK_ALIKES],
    ids=[row[0] for row in SECOND_PASS_LOOK_ALIKES],
)
def test_a_look_alike_found_on_the_web_is_not_a_report(page, source, word):
    reading = read_text(page)
    evidence = reading.metadata_evidence["kind"]
    assert reading.kind == "not_report"
    assert evidence.source == source
    assert word in evidence.reason


# Reports near those genres stay reports.
STILL_REPORTS = [
    (
        "a_column_label_before_a_title_with_a_bracketed_date",
        "【年度报告】白石市2023年度法治政府建设情况报告（2024年3月28日）\n"
        "2023年，白石市坚持依法行政。现将有关情况报告如下：\n" + BODY,
        "白石市2023年度法治政府建设情况报告",
    ),
    (
        "a_report_that_offers_its_figures_for_reference",
        "白石县2023年度法治政府建设工作报告\n2023年，白石县坚持依法行政，为县委决策提供参考。现将有关情况报告如下：\n"
        + BODY,
        "白石县2023年度法治政府建设工作报告",
    ),
    (
        "a_report_joined_to_the_first_responsibles_duties",
        "白石县人民政府2023年度法治政府建设暨党政主要负责人履行推进法治建设第一责任人职责情况报告\n"
        "2023年，白石县坚持依法行政。现将有关情况报告如下：\n" + BODY,
        "白石县人民政府2023年度法治政府建设暨党政主要负责人履行推进法治建设第一责任人职责情况报告",
    ),
    (
        "a_report_followed_by_links_to_other_years_reports",
        "白石县2023年法治政府建设年度报告\n"
        "2023年，白石县坚持依法行政，法治政府建设取得新成效，全县审核规范性文件14件，开展执法培训9场次。"
        "现将有关情况报告如下：\n" + BODY + "相关阅读\n白石县2022年法治政府建设年度报告\n"
        "白石县2021年法治政府建设年度报告\n白石县2020年法治政府建设年度报告\n",
        "白石县2023年法治政府建设年度报告",
    ),
    (
        "a_bodys_report_on_its_first_responsibles_duties_in_its_opening",
        "白石县水利局2023年度法治政府建设工作报告\n2023年，我单位认真履行推进法治建设第一责任人职责。"
        "现将我单位2023年度法治政府建设情况报告如下：\n" + BODY,
        "白石县水利局2023年度法治政府建设工作报告",
    ),
    (
        "a_report_with_a_subtitle_naming_the_meeting_it_was_given_at",
        "关于白石县2023年度法治政府建设情况的报告\n——在县十八届人大常委会第十次会议上的工作汇报\n"
        "2023年，我县坚持依法行政。现将有关情况报告如下：\n" + BODY,
        "关于白石县2023年度法治政府建设情况的报告",
    ),
    (
        "a_reports_part_on_open_government_with_two_of_the_disclosure_forms_headings",
        "白石县2023年法治政府建设年度报告\n2023年，白石县坚持依法行政。现将有关情况报告如下：\n"
        "一、推进政务公开\n（一）主动公开。全县主动公开政府信息1.2万条。\n"
        "（二）依申请公开。全县办理政府信息公开申请86件。\n" + BODY,
        "白石县2023年法治政府建设年度报告",
    ),
    (
        "a_joint_title_on_one_line_keeps_the_party_committee",
        "中共白石县江口镇委员会 白石县江口镇人民政府2023年度法治政府建设情况报告\n"
        "2023年，江口镇坚持依法行政。现将有关情况报告如下：\n" + BODY,
        "中共白石县江口镇委员会 白石县江口镇人民政府2023年度法治政府建设情况报告",
    ),
]


@pytest.mark.parametrize(
    ("page", "title"), [row[1:] for row in STILL_REPORTS], ids=[row[0] for row in STILL_REPORTS]
)
def test_a_report_near_the_new_genres_stays_a_report(page, title):
    reading = read_text(page)
    assert (reading.kind, reading.title) == ("annual_report", title)


TITLE = "白石县2023年法治政府建设年度报告"
# What a site prints before or after a title on its line: the title alone is given.
AROUND_THE_TITLE = [
    TITLE + " 发布者：县司法局",
    TITLE + " 阅读：321",
    TITLE + "【打印】【关闭】",
    TITLE + "（来源：县司法局）",
    TITLE + "（2024年1月）",
    TITLE + "（二〇二四年三月二十八日）",
    TITLE + " 白石县人民政府办公室 2024年3月",
    TITLE + "  2024年03月28日",
    TITLE + " 点击：120次",
    TITLE + "（全文）",
    TITLE + "-白石县人民政府",
    TITLE + "_政务公开_白石县人民政府",
    TITLE + " Baishi County 2023 Annual Report on Law-based Government",
    "权威发布｜" + TITLE,
    "[法治政府]" + TITLE,
    "原标题：" + TITLE,
    "白石县人民政府 " + TITLE,
    "Baishi County 2023 Annual Report " + TITLE,
    "首页 > 政务公开 > " + TITLE,
]


@pytest.mark.parametrize("line", AROUND_THE_TITLE)
def test_what_a_site_prints_around_a_title_is_not_part_of_it(line):
    reading = read_text(line + "\n2023年，白石县坚持依法行政。现将有关情况报告如下：\n" + BODY)
    assert (reading.title, reading.kind) == (TITLE, "annual_report")


def test_a_place_and_a_year_parted_by_a_space_stay_one_title():
    reading = read_text(
        "白石县 2023年法治政府建设年度报告\n2023年，白石县坚持依法行政。现将有关情况报告如下：\n" + BODY
    )
    assert reading.title == "白石县 2023年法治政府建设年度报告"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "白石市人民政府\n关于2023年度法治政府建设\n情况的报告\n",
            "白石市人民政府关于2023年度法治政府建设情况的报告",
        ),
        (
            "白  石  县  人  民  政  府\n关于2023年度法治政府建设工作情况的报告\n",
            "白石县人民政府关于2023年度法治政府建设工作情况的报告",
        ),
    ],
    ids=["issuer_above_a_title_broken_after_its_topic", "a_letterheads_spaced_name_above_the_title"],
)
def test_the_issuer_on_its_own_line_heads_the_title(head, title):
    reading = read_text(
        head + "市委、市人大常委会：\n2023年，我市坚持依法行政。现将有关情况报告如下：\n" + BODY
    )
    assert (reading.title, reading.kind) == (title, "annual_report")


def test_a_spam_brand_before_a_streets_whole_title_is_not_part_of_it():
    # thirteenth session: a spam mirror prints its brand, then a space, then a street office's title
    reading = read_text(
        "某某娱乐官网 沙河街道办事处2023年法治政府建设年度报告\n2023年，街道坚持依法行政。现将有关情况报告如下：\n"
        + BODY
    )
    assert reading.title == "沙河街道办事处2023年法治政府建设年度报告"
