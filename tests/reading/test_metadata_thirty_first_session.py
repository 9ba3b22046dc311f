"""Kind and publication date: the thirty-first session's rules (issue 16), from a fresh batch of real pages
labelled blind to the engine (``/work/s53``, outside the repository; its tuning pages only).

- An aggregator site prints a page's date day first with its time, on a line under the title
  (18.03.2015  13:07): that is the page's publication date.
- A page cut above its head whose body has a report's shape, but masks a name with letters (在信用XX网站公示),
  is a model-essay site's template: the body's shape no longer makes it a report.
- A disclosure page prints its cells under the title without their labels; an index number among them
  (11370112004203454A/2024-6548321) is a cell, not the first paragraph, so the date cell after it is read.
- An untitled page whose dated opening names the rule of law once, as one of a row of short thrusts of a sector's
  year (严格依法行政，突出源头控制，深化污染防控，…), is that sector's year summary; a later dated line (一年来，我局…)
  is its body, not its opening.
- A browser title that prints a body's name before the title (长沙市司法局_关于…的报告) loses it; a copy that runs the
  page's header on after the title repeated (…的报告发布时间:2023-01-31 16:38:31来源:…) gives its date.
The pages here are our own words.
"""

from __future__ import annotations

from .conftest import read_text

_OPENING = (
    "2016年，市政府坚持以依法行政为主线，扎实推进法治政府建设，全市行政机关依法行政意识进一步增强。"
    "现将有关情况报告如下：\n"
    "一、加强组织领导\n市政府常务会议学法8次，举办领导干部法治专题讲座2期。\n"
)


def test_a_day_first_date_and_time_under_the_title_is_the_publication_date():
    reading = read_text("西岭市2016年度依法行政工作情况报告\n\n21.03.2017  09:45\n\n" + _OPENING)
    assert reading.kind == "annual_report"
    assert reading.published == "2017-03-21"
    assert "21.03.2017" not in reading.text  # the header line is chrome, not the report's text


def test_a_day_first_date_in_the_body_is_no_publication_date():
    reading = read_text(
        "西岭市2016年度依法行政工作情况报告\n\n" + _OPENING + "截至31.12.2016，全市共有执法人员1200名。\n"
    )
    assert reading.published is None


def test_an_impossible_day_first_date_is_not_read():
    reading = read_text("西岭市2016年度依法行政工作情况报告\n\n41.13.2017  09:45\n\n" + _OPENING)
    assert reading.published is None


_CUT_BODY = (
    "（一）深入推进领导干部法治能力建设\n"
    "1.坚持定期学法制度。局党组全年集中学习法律法规共计11次，机关干部参加学法用法考试参考率100%。\n"
    "2.健全重大行政决策机制。完成对3项重点整治项目的风险评估，依法处理信访案件6件。\n"
    "3.落实法律顾问制度。法律顾问为局领导班子提供法律咨询9次，评查行政执法案卷150余份。\n"
    "（二）大力加强法治政府建设\n"
    "1.优化审批流程。统一规范审批文书，审批事项办结率100%。\n"
    "2.清理权力清单。完成286项行政职权的清理，并在政府网站进行公示。\n"
    "3.完成信息公示。完成信用信息目录编制，并在{}网站进行公示，上传双公示信息1860条。\n"
)


def test_a_cut_body_with_a_report_shape_is_a_report():
    # (the control: without the masked name, the body's shape and counts make it a report)
    assert read_text(_CUT_BODY.format("信用东岭")).kind == "annual_report"


def test_a_cut_body_that_masks_a_name_with_letters_is_a_template():
    reading = read_text(_CUT_BODY.format("信用XX"))
    assert reading.kind != "annual_report"
    assert any("占位" in reason for reason in reading.metadata_evidence["kind"].reason.split("；"))


def test_a_date_cell_under_the_title_after_an_index_number_is_the_publication_date():
    # a disclosure page's cells without their labels: title, index number, publisher, date
    header = (
        "政府信息公开\n东岭区2023年度法治政府建设情况报告\n11370199004203454A/2024-6548999\n区司法局\n{}\n"
    )
    opening = (
        "东岭区2023年度法治政府建设情况报告\n字号：\n打印整页 打印内容 分享\n"
        "2023年，东岭区坚持以习近平法治思想为指导，系统推进法治政府建设。现将全年工作情况报告如下。\n"
        "一、主要举措和成效\n全年审核规范性文件9件，办理行政复议案件41件。\n"
    )
    assert read_text(header.format("2024-03-11") + opening).published == "2024-03-11"
    # (a paragraph under the title ends the cells: a date below it is the body's)
    body_first = header.replace(
        "11370199004203454A/2024-6548999", "区司法局认真履行法治建设牵头职责，统筹推进各项工作。"
    )
    assert read_text(body_first.format("2024-03-11") + opening).published is None


def test_a_cut_body_that_masks_a_persons_name_with_crosses_stays_a_report():
    # (a copy masks a real report's names with ×× or stars; a template's blanks are letters)
    body = _CUT_BODY.format("信用东岭").replace("局党组全年", "局党组书记××带头，局党组全年")
    assert read_text(body).kind == "annual_report"


_SECTOR_OPENING = (
    "2019年，在县委县政府的正确领导下，县水利局紧紧围绕市、县下达的目标任务，以保障供水安全为核心，"
    "以河湖治理攻坚战为载体，{}，突出源头治理，深化水土保持，强化河道监管，提升队伍素质，水利各项重点工作成效明显。\n"
    "一、贯彻人大决定，主动接受监督\n"
    "一年来，我局严格落实行政执法责任制，我局将依法行政贯穿于水利工作全过程，"
    "我局共办理人大代表建议3件，我局答复满意率100%。\n"
    "二、坚持真抓实干，各项工作顺利推进\n"
    "（一）河湖治理。全年实施河道整治项目12个，清理河道垃圾3400吨。\n"
    "（二）水土保持。完成水土流失治理面积26平方公里。\n"
)


def test_a_sectors_year_summary_naming_the_rule_of_law_as_one_thrust_is_no_report():
    reading = read_text(_SECTOR_OPENING.format("严格依法行政"))
    assert reading.kind != "annual_report"


def test_an_opening_that_makes_the_rule_of_law_its_aim_is_a_report():
    # (the control: the same page whose opening names the topic as what the year's work served)
    opening = _SECTOR_OPENING.replace(
        "水利各项重点工作成效明显", "法治政府建设取得新成效。现将有关情况报告如下"
    )
    assert read_text(opening.format("深入推进依法行政，加快建设法治政府")).kind == "annual_report"


def test_a_bodys_name_before_the_title_in_the_browsers_title_is_not_the_titles():
    page = (
        "西岭市司法局_关于西岭市2020年法治政府建设情况的报告\n"
        "您所在的位置：首页 > 法治工作 > 法治督察\n"
        "关于西岭市2020年法治政府建设情况的报告\n"
        "2021年03月19日      来源：市司法局\n" + _OPENING
    )
    assert read_text(page).title == "关于西岭市2020年法治政府建设情况的报告"


def test_a_publication_label_run_on_after_the_title_repeated_is_read():
    title = "西岭市人民政府关于2022年度法治政府建设情况的报告"
    page = (
        f"{title}\n\n清风西岭 3669 字 10个月前\n\n"
        f"{title}发布时间:2023-01-31 16:38:31来源:西岭市政府办公室浏览字号:大|中|小分享到:  {title}西府〔2023〕6号   "
        "2022年以来，市政府坚持以习近平法治思想为指导，深入推进依法行政，法治政府建设取得新成效。现将有关情况报告如下：\n"
        "一、主要举措和成效\n全年审核规范性文件9件，办理行政复议案件41件。\n"
    )
    assert read_text(page).published == "2023-01-31"


def test_a_catalogue_blocks_issuing_body_tells_the_region():
    page = (
        "2020年度法治政府建设工作报告\n"
        "索引号 : 011337629/2020-23467 文       号 : 无\n"
        "主题分类: 其他 发文单位: 咸宁市水利和湖泊局\n"
        "名       称: 2020年度法治政府建设工作报告 发布日期: 2020年12月21日\n"
        "市委依法治市办：\n"
        "2020年，我局深入学习领会习近平法治思想，全面推进依法行政，法治政府建设取得新成效。现将有关情况报告如下：\n"
        "一、主要举措和成效\n全年审核规范性文件3件，办理行政处罚案件46件。\n"
    )
    reading = read_text(page)
    assert reading.region is not None and reading.region["code"] == "421200"


def test_an_empty_author_credit_run_onto_the_source_label_credits_no_one():
    page = (
        "您现在当前位置：首页 >> 公告通知 >> 正文\n"
        "西岭市人民政府2016年依法行政工作报告\n"
        "作者: 文章来源: 点击数: 更新时间:2017-03-28\n"
        "2016年，西岭市人民政府全面贯彻党的十八届六中全会精神，统筹推进依法行政各项工作，法治政府建设取得新进展。\n"
        "一、完善依法行政制度体系\n全年审查规范性文件14件，清理规章和规范性文件126件。\n"
        "二、推进依法科学民主决策\n市政府常务会议审议重大行政决策事项9项。\n"
    )
    assert read_text(page).kind == "annual_report"


def test_a_city_bureaus_district_office_named_for_a_district_is_the_districts():
    body = (
        "\n2025年，我局坚持以习近平法治思想为指导，不断强化法治政府建设力度。现将有关情况报告如下：\n"
        "一、主要举措和成效\n全年办理行政处罚案件46件。\n"
    )
    for name in ("深圳市生态环境局龙华管理局", "深圳市市场监督管理局龙华监管局"):
        reading = read_text(f"{name}关于2025年度法治政府建设情况的报告" + body)
        assert reading.region["code"] == "440309", name
        assert reading.level == "department"
    # (the city's own bureau, its name ending 管理局, stays the city's)
    assert read_text("深圳市市场监督管理局2025年法治政府建设年度报告" + body).region["code"] == "440300"


_JUSTICE_YEAR = (
    "2020年，东岭市司法局坚持以习近平新时代中国特色社会主义思想为指导，全力推进司法行政治理体系和治理能力现代化。"
    "{}我局在全省司法行政系统考核中获评优秀等次。\n"
    "2020年，办理各类规范性审查业务708件，组织参与各类专项文件清理任务7次。我局全年办理法律援助案件1260件，"
    "我局指导人民调解组织调解纠纷8400余件，我局社区矫正对象再犯罪率为零。\n"
    "一、统筹推进公共法律服务体系建设\n"
    "二、深化律师、公证、司法鉴定管理\n"
)


def test_a_justice_bureaus_year_whose_opening_names_the_topic_only_as_an_assessment_is_no_report():
    reading = read_text(_JUSTICE_YEAR.format("2019年度法治广东建设考评我市获评优秀等次。"))
    assert reading.kind != "annual_report"


def test_an_opening_that_names_the_topic_and_an_assessment_of_it_is_a_report():
    page = (
        "2020年，东岭市深入推进法治政府建设，在2019年度法治政府建设考评中获评优秀等次。现将有关情况报告如下：\n"
        "一、主要举措和成效\n全市审核规范性文件21件，办理行政复议案件160件，开展法治培训12场。\n"
        "二、存在的不足和原因\n基层执法力量仍显薄弱。\n"
    )
    assert read_text(page).kind == "annual_report"


def test_a_street_named_after_a_xiang_keeps_its_jiedao():
    page = (
        "深圳市宝安区西乡街道办事处关于2022年法治政府建设的报告\n"
        "2022年，我街道坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"
        "一、主要举措和成效\n全年开展普法宣传活动48场，调解矛盾纠纷620宗。\n"
    )
    reading = read_text(page)
    assert reading.region == {"name": "广东省深圳市宝安区西乡街道", "code": "440306"}
    assert reading.level == "township"


def test_an_opening_year_run_on_to_its_subject_and_a_verb_of_focus_dates_the_report():
    page = (
        "2021年东岭区委区政府聚焦高质量发展主题，坚持以习近平法治思想为指导，全区法治政府建设迈上新台阶。"
        "区普法领导小组被评为“2016-2020年全国依法治理创建活动先进单位”。\n"
        "一、主要举措和成效\n全年审核规范性文件8件，办理行政复议案件52件。\n"
    )
    assert read_text(page).year == 2021
