"""Kind: the twenty-sixth session's rules (issue 16), from a battery written from the genre, blind to the
engine: 40 reports and 80 look-alikes of ten genres, all without a report's title (``/work/s48``, outside
the repository; 6 look-alikes read as reports before these rules, 1 after).

- A page that says it is made as a plan (结合我局实际，制定2021年依法行政工作计划如下) is the plan, whatever its
  headings name.
- A page that says it sums up another line of work (现将全年普法依法治理工作总结如下) is that summary.
- A content farm's copy of a report's opening among game and loan adverts (传奇手游, 一刀999, 秒批秒到), a blog's
  comment form and platform credit (Leave a Reply, powered by WordPress), or a paged copy (剩余内容请点击) with
  the farm's disclaimer is the farm's page.
A report that says it sums up the rule-of-law work it reports stays a report (the guard).
"""

from __future__ import annotations

from .conftest import kind_of

_BODY = (
    "一、推进法治政府建设的主要举措\n"
    "（一）强化学法用法。落实党组理论学习中心组学法制度，组织执法人员参加法律知识培训。\n"
    "（二）规范行政决策。严格执行重大行政决策程序，合同协议审查率达到100%。\n"
    "二、党政主要负责人履行推进法治建设第一责任人职责\n"
    "局主要负责人带头学法，主持召开专题会议研究法治建设工作。\n"
    "三、存在的不足和原因\n"
    "一是执法力量不足；二是普法方式单一。\n"
    "四、下一步工作安排\n"
    "深化行政执法规范化建设。\n"
)


def test_a_page_made_as_a_plan_is_no_report():
    opening = (
        "为深入推进本局依法行政工作，根据县委、县政府关于法治政府建设的部署，结合我局工作实际，"
        "制定2021年依法行政工作计划如下：\n"
    )
    assert kind_of(opening + _BODY) != "annual_report"


def test_a_summary_of_law_popularisation_is_no_report():
    opening = (
        "2023年，县司法局在县委、县政府的坚强领导下，深入开展法治宣传教育，全县公民法治素养进一步提高。"
        "现将全年普法依法治理工作总结如下：\n"
    )
    assert kind_of(opening + _BODY) != "annual_report"


def test_a_report_that_sums_up_its_rule_of_law_work_stays_a_report():
    page = (
        "清河县2023年法治政府建设年度报告\n"
        "2023年，我县深入推进法治政府建设，现将2023年法治政府建设工作总结如下：\n"
        "一、推进法治政府建设的主要举措和成效\n"
        "县政府常务会议会前学法12次，审核规范性文件21件。\n"
        "二、存在的不足\n"
        "基层执法力量不足。\n"
        "三、2024年工作安排\n"
        "深化行政执法规范化建设。\n"
    )
    assert kind_of(page) == "annual_report"


_REPORT_OPENING = (
    "根据法治政府建设与责任落实督察工作规定，现将我县2022年度法治政府建设工作情况报告如下：\n"
    "一、2022年推进法治政府建设的主要举措和成效\n"
    "（一）加强组织领导。县政府常务会议专题研究法治政府建设工作4次……\n"
)


def test_a_game_and_loan_advert_page_that_copies_a_report_is_spam():
    page = _REPORT_OPENING + ">>>传奇手游 一刀999级 点击就送<<<\n>>>网贷 秒批秒到 当天放款<<<\n"
    assert kind_of(page) != "annual_report"


def test_a_blog_that_reposts_a_report_is_no_report():
    page = (
        _REPORT_OPENING
        + "Leave a Reply  Your email address will not be published.\n"
        + "Proudly powered by WordPress | Theme: Twenty Twenty\n"
    )
    assert kind_of(page) != "annual_report"


def test_a_paged_content_farm_copy_is_no_report():
    page = (
        _REPORT_OPENING
        + "（全文共4210字，剩余内容请点击下一页）\n"
        + "免责声明：本站文章均来自网络，如涉及版权问题请联系删除。\n"
    )
    assert kind_of(page) != "annual_report"
