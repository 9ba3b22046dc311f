"""Kind: the twenty-seventh session's rules (issue 16), from a battery written from the genre, blind to the
engine: 30 reports and 90 look-alikes without a report's title, most of them opening as a report opens
(``/work/s49/kf.jsonl``, outside the repository; 11 look-alikes read as reports before these rules, none
after, and the same 29 of 30 reports read as reports).

- Documents written for another purpose (``look_alike_material``): an experience paper for a meeting, a
  deeds write-up for an honour, an application for a demonstration project, a congress committee's
  opinions on the government's report, a question-and-answer site's answer, a journal article's abstract.
- A dated opening on what the year will do (2024年，我们将坚持…): a government work report's tasks or a plan.
- An opening that lists the rule of law among a justice bureau's whole duties (…等职责).
- The Party committee's rule-of-law commission as the opening's subject.
Each has a guard: the same words where a report uses them leave it a report.
"""

from __future__ import annotations

from .conftest import kind_of, read_text

_OPENING = "2023年，我县坚持以习近平法治思想为指导，深入推进法治政府建设，全县依法行政水平不断提高。\n"
_BODY = (
    "一、推进法治政府建设的主要举措和成效\n"
    "（一）强化学法用法。县政府常务会议会前学法11次，组织领导干部法治专题培训3场次。\n"
    "（二）规范行政决策。审核县政府规范性文件14件、重大行政决策5项，合同协议审查率达到100%。\n"
    "（三）严格规范执法。全县办理行政处罚案件2150件，开展案卷评查2次。\n"
    "二、行政复议和应诉\n"
    "受理行政复议案件63件，审结58件；行政机关负责人出庭应诉率达到100%。\n"
)


def test_an_experience_paper_for_a_meeting_is_no_report():
    closing = "以上是我们的一些粗浅做法，与兄弟县区相比还有差距，下一步将认真学习借鉴。\n"
    assert kind_of(_OPENING + _BODY + closing) != "annual_report"


def test_a_report_that_names_the_other_counties_once_stays_a_report():
    closing = "三、存在的不足\n与兄弟县区相比，基层执法力量仍显薄弱。\n"
    assert kind_of(_OPENING + _BODY + closing) == "annual_report"


def test_a_deeds_write_up_for_an_honour_is_no_report():
    closing = "该同志先后获得全市优秀法治工作者称号。\n（县委依法治县办推荐）\n"
    assert kind_of(_OPENING + _BODY + closing) != "annual_report"


def test_an_application_for_a_demonstration_project_is_no_report():
    page = (
        "2022年，我市以习近平法治思想为指导，深入推进法治政府建设，率先推行涉企检查扫码入企改革，"
        "检查次数同比下降三成。\n"
        "一、项目背景\n企业反映一年内接受检查超过5次的占三成以上。\n"
        "二、主要做法\n依托行政执法监督平台统一检查入口，制定联合检查场景清单26个。\n"
        "三、取得成效\n全市涉企检查备案4.7万次，企业评价满意率97.6%。\n"
        "四、可复制推广价值\n该做法可在同类地区推广。\n"
    )
    assert kind_of(page) != "annual_report"


def test_a_congress_committees_opinions_on_the_report_are_no_report():
    page = (
        "2023年，县政府认真落实法治政府建设主体责任，推进依法行政取得积极成效。县人大常委会听取和审议了"
        "县人民政府关于法治政府建设情况的报告。常委会组成人员认为，县政府全年审核规范性文件17件，成效明显。\n"
        + _BODY
        + "以上审议意见，请县人民政府认真研究处理。\n"
    )
    assert kind_of(page) != "annual_report"


def test_a_question_and_answer_page_that_quotes_a_report_is_no_report():
    page = (
        "提问者：匿名用户　2023-02-17 10:23\n最佳答案：\n"
        + _OPENING
        + _BODY
        + "回答者：公文小能手　采纳率 92%\n"
    )
    assert kind_of(page) != "annual_report"


def test_a_journal_articles_abstract_is_no_report():
    page = (
        _OPENING
        + "摘　要：本文基于对全省各地年度报告的文本分析，评估法治政府建设的进展。\n"
        + "关键词：法治政府　年度报告　第三方评估\n"
        + _BODY
    )
    assert kind_of(page) != "annual_report"


def test_a_year_of_tasks_to_come_is_no_report():
    page = (
        "（八）坚持依法行政，全面加强政府自身建设\n2024年，我们将坚持以习近平法治思想为指导，深入推进法治政府建设。\n"
        + _BODY
    )
    assert kind_of(page) != "annual_report"


def test_a_year_that_put_the_rule_of_law_into_its_plans_stays_a_report():
    page = "2023年，我县将法治政府建设纳入经济社会发展总体规划，依法行政水平不断提高。\n" + _BODY
    assert kind_of(page) == "annual_report"


def test_a_justice_bureaus_whole_year_is_no_report():
    page = (
        "2022年，县司法局在县委、县政府的坚强领导下，全面履行法治建设、行政执法监督、公共法律服务、"
        "社区矫正等职责，各项工作取得新成效。\n"
        "一、统筹推进全面依法治县\n组织召开县委全面依法治县委员会会议2次，指导2个乡镇开展示范创建。\n"
        "二、推进依法行政和法治政府建设\n全年审核县政府规范性文件13件、合同协议87份，办理行政复议案件72件。\n"
        "三、构建公共法律服务体系\n全县建成公共法律服务工作站18个，全年办理法律援助案件612件。\n"
        "四、加强人民调解工作\n全县各级调解组织调解矛盾纠纷2856件，成功率97.7%。\n"
        "五、做好社区矫正工作\n全年新接收社区矫正对象97人，解除矫正104人。\n"
    )
    assert kind_of(page) != "annual_report"


def test_the_party_committees_rule_of_law_commission_speaking_is_no_report():
    page = (
        "今年以来，县委全面依法治县委员会各协调小组和成员单位在县委的坚强领导下，坚持以习近平法治思想为指导，"
        "统筹推进法治建设，全县法治建设呈现良好态势。\n" + _BODY
    )
    assert kind_of(page) != "annual_report"


def test_a_township_guided_by_the_commission_stays_a_report():
    page = (
        "2025年，在县委依法治县委员会的精心指导下，我镇深入推进法治政府建设，依法行政水平不断提高。\n" + _BODY
    )
    assert kind_of(page) == "annual_report"


# A second battery (/work/s49/kg.jsonl): 30 reports and 80 look-alikes shaped as web pages from their first
# line, the look-alikes' titles naming what they are; 5 look-alikes read as reports before these rules.


def test_a_townships_points_for_the_year_are_no_report():
    page = (
        "当前位置：首页 > 镇街动态\n"
        "2025年是法治政府建设实施纲要的收官之年。为深入推进依法治镇，结合我镇实际，现就2025年全镇法治建设工作"
        "提出如下要点：\n" + _BODY
    )
    assert kind_of(page) != "annual_report"


def test_a_year_whose_work_will_be_led_so_is_a_plan():
    page = (
        "2019年，我镇依法行政工作将以习近平新时代中国特色社会主义思想为指导，认真落实法治政府建设部署。\n"
        + _BODY
    )
    assert kind_of(page) != "annual_report"


def test_a_write_up_of_one_practice_is_no_report():
    page = (
        "2022年，我区以合法性审查全覆盖为突破口，推动基层法治政府建设向纵深发展。其主要做法是：\n"
        + _BODY
        + "通过上述做法，全区合法性审查质量明显提升。\n"
    )
    assert kind_of(page) != "annual_report"


def test_a_bureaus_final_account_is_no_report():
    page = (
        "当前位置：首页 > 政务公开 > 部门决算\n"
        "江夏区司法局2022年度部门决算\n"
        "第一部分　部门概况\n"
        "一、部门主要职责\n"
        "（一）承担区委全面依法治区委员会办公室日常工作，统筹协调全区法治政府建设；\n"
        "（二）承担区政府规范性文件合法性审核、备案审查工作；\n"
        "二、2022年主要工作\n"
        "2022年，区司法局审查区政府规范性文件8件、合同协议210件，办理行政复议案件286件。\n"
    )
    assert kind_of(page) != "annual_report"


def test_a_townships_column_line_is_not_its_titles_first_half():
    page = "石桥镇政府信息公开\n石桥镇关于2022年度法治建设工作情况的报告\n" + _OPENING + _BODY
    reading = read_text(page)
    assert reading.title == "石桥镇关于2022年度法治建设工作情况的报告"
    assert reading.kind == "annual_report"


# A third battery (/work/s49/kh.jsonl): 80 look-alikes of the seven genres issue 16 names, each opening as a report
# opens, without a title; 9 read as reports before these rules, none after, and all 30 reports stay reports.


def test_an_evaluations_study_is_no_report():
    page = (
        _OPENING
        + _BODY
        + "评估组认为，纠错率为零并不说明文件质量高（见表3-4）。\n下文第四章将对各维度得分进行回归分析。\n"
    )
    assert kind_of(page) != "annual_report"


def test_a_chapter_with_its_notes_is_no_report():
    page = _OPENING + _BODY + "全县238个行政村全部配备法律顾问。[1]\n注释：\n[1] 数据由县司法局提供。\n"
    assert kind_of(page) != "annual_report"


def test_a_report_that_passed_the_evaluation_team_once_stays_a_report():
    page = _OPENING + _BODY + "三、存在的不足\n高质量完成省评估组考核，但基层执法力量仍显薄弱。\n"
    assert kind_of(page) == "annual_report"


def test_a_forum_post_that_copies_a_report_is_no_report():
    page = (
        "发表于 2023-3-5 21:47 | 只看该作者 | 倒序浏览 | 1#\n"
        + _OPENING
        + _BODY
        + "回复 | 引用 | 举报 | 支持(0) 反对(0)\n"
    )
    assert kind_of(page) != "annual_report"


def test_a_copy_among_red_packet_and_game_adverts_is_no_report():
    page = _OPENING + _BODY + "恭喜您获得888元现金红包！点击立即领取\n今日热玩：开心消消乐 | 斗地主欢乐版\n"
    assert kind_of(page) != "annual_report"


def test_a_local_chronicles_section_is_no_report():
    page = "方志馆 > 续修县志（2001—2020） > 第十四编 政法\n" + _OPENING + _BODY
    assert kind_of(page) != "annual_report"


def test_a_text_glossed_in_english_term_by_term_is_no_report():
    page = (
        "2019年，县政府（county government）全面推进依法行政（law-based administration），"
        "法治政府建设（building a rule-of-law government）取得新进展。\n"
        "一、组织领导（organizational leadership）\n县政府常务会议（executive meeting）研究法治工作3次。\n"
        "二、行政执法（administrative law enforcement）\n评查案卷240卷，出庭应诉率（appearance rate）达到92%。\n"
        + _BODY
    )
    assert kind_of(page) != "annual_report"


def test_a_template_signed_by_a_placeholder_body_is_no_report():
    page = (
        _OPENING
        + _BODY
        + "三、下一步工作打算\n围绕“平安××、法治××”建设目标，扎实推进依法治镇。\n××镇人民政府\n"
    )
    assert kind_of(page) != "annual_report"
