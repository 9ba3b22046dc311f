"""Kind: the twenty-fifth session's rules (issue 16), from two batteries written from the genre, blind to
the engine: 90 reports without their title (84 read as reports before these rules) and 160 look-alikes
without a report's title (``/work/s47``, outside the repository).

- A report with the site's editor credited at its end (编辑：某某, 来源：某县融媒体中心) is the report when its
  headings name the statutory parts: the credit alone makes no story. (A story's headline over such a body
  still makes a story: ``test_kind_tenth_pass``.)
- A body credited as the author (作者：某某乡) is no person writing about the body.
- A part heading numbered for phones (02 党政主要负责人…情况) is no title.
- Help for people in hardship (依法保障困难群众…) heads a results topic, not the shortcomings part.
- A gambling site's adverts (竞彩, 购彩, 网赚) make a page that quotes a report spam.
A story with an editor's credit and no statutory part stays a story (the guard).
"""

from __future__ import annotations

from fazhi.reading import read

from .conftest import kind_of

_STATUTORY_BODY = (
    "2024年，我县坚持以习近平法治思想为指导，全面落实上级关于法治政府建设的部署，各项工作取得新进展。\n"
    "一、推进法治政府建设的主要举措和成效\n"
    "（一）优化政府职能。县级行政许可事项清单动态调整至241项，企业开办实现一日办结。\n"
    "（二）规范行政执法。组织执法人员轮训620人次，评查行政执法案卷180卷。\n"
    "二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
    "县长主持县政府常务会议会前学法10次，带头出庭应诉1件，参加年度述法。\n"
    "三、存在的不足和原因\n"
    "一是基层执法力量不足；二是部分单位重视不够。主要原因是法治人才短缺。\n"
    "四、2025年推进法治政府建设的主要安排\n"
    "一是深化行政执法三年行动；二是加强行政复议规范化建设；三是抓好八五普法收官。\n"
)


def test_a_report_with_an_editor_credit_is_the_report():
    page = (
        "2025-03-20 来源：县司法局 【字体：大 中 小】\n"
        + _STATUTORY_BODY
        + "云溪县人民政府\n2025年3月18日\n责任编辑：周某某\n"
    )
    assert kind_of(page) == "annual_report"


def test_a_report_on_a_phone_page_with_an_editor_credit_is_the_report_and_has_no_part_heading_as_title():
    body = _STATUTORY_BODY.replace("一、推进", "01 推进").replace("二、党政", "02 党政")
    body = body.replace("三、存在", "03 存在").replace("四、2025", "04 2025")
    page = (
        "原创 云溪发布 2025-02-11 08:30\n点击蓝字 关注我们\n"
        + body
        + "来源：云溪县\n编辑：吴某\n审核：郑某\n"
    )
    result = read(page.encode("utf-8"), name="page.txt")
    assert result.kind == "annual_report"
    assert result.title is None


def test_a_body_credited_as_the_author_is_not_a_writer_about_it():
    page = (
        "当前位置：首页 > 乡镇 > 石门乡\n时间：2025-02-06 作者：石门乡 字体：【大 中 小】\n"
        + _STATUTORY_BODY.replace("我县", "全乡")
    )
    assert kind_of(page) == "annual_report"


def test_a_gambling_sites_page_quoting_a_report_is_spam():
    page = (
        "足球竞彩推荐|网赚项目|法治政府建设资料\n"
        "1. 今日竞彩推荐：主胜稳胆 >>\n"
        "2. 2021年度法治政府建设情况（节选）：区政府法律顾问列席常务会议18次，审查合同120份。\n"
        "3. 手机网赚，一单3元 >>\n"
        "4. 存在的问题：部门之间推进不平衡；下一步将深化八五普法。\n"
        "本站声明：购彩需理性，未满18周岁禁止购彩。\n"
    )
    assert kind_of(page) == "not_report"


def test_a_story_with_an_editor_credit_and_no_statutory_part_stays_a_story():
    page = (
        "我县召开法治政府建设推进会\n"
        "2025-04-02 来源：县融媒体中心\n"
        "4月1日上午，我县召开法治政府建设工作推进会。会议通报了2024年度法治政府建设情况，"
        "部署了今年的重点任务。县长在讲话中要求，各部门要压实责任，确保各项任务落地见效。"
        "会上，县司法局、县市场监管局等单位作了交流发言。\n"
        "责任编辑：周某某\n"
    )
    assert kind_of(page) != "annual_report"


def test_help_for_people_in_hardship_heads_a_results_topic_not_the_shortcomings():
    page = (
        "二〇二四年度区民政局法治政府建设情况报告\n"
        "2024年，我局坚持依法行政，各项工作取得新进展。现将有关情况报告如下：\n"
        "一、推进法治政府建设的主要举措和成效\n"
        "（一）依法保障困难群众基本生活。全区城乡低保对象2960户，全年开展动态核查2次。\n"
        "（二）加强社会组织登记管理。全年登记社会组织18家。\n"
        "二、主要负责人履行推进法治建设第一责任人职责情况\n"
        "局长主持召开局党组会议研究法治建设工作5次。\n"
        "三、2025年工作安排\n"
        "一是加强执法队伍建设；二是推进社会救助规范化管理。\n"
    )
    result = read(page.encode("utf-8"), name="page.txt")
    assert result.as_dict()["elements"]["shortcomings"]["status"] == "absent"


def test_a_duty_report_with_three_parts_is_not_made_a_report_by_its_headings():
    page = (
        "一、履行推进法治建设第一责任人职责情况\n"
        "本人认真履行第一责任人职责，带头学法用法，全年主持研究法治工作4次。\n"
        "二、存在的不足\n"
        "学法的系统性还不够。\n"
        "三、下一步打算\n"
        "继续带头尊法学法守法用法。\n"
    )
    assert kind_of(page) != "annual_report"
