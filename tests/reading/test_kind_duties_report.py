"""A leader's duty report (述法) that never says 本人 is no annual report.

Found on a fresh tuning page: a township Party secretary's 述法 report whose first part is the duties
done (一、履职情况), written without a subject (主持召开专题会议4次, 签批法治类文件3件) under headings that
name the work of the rule of law (第一责任人职责). A body's report opens with its measures and results.
The pages are written for the test.
"""

from .conftest import expect, read_text

_DUTIES = (
    "（一）深学笃行习近平法治思想\n坚持将学习贯彻习近平法治思想作为首要政治任务，全年参与理论中心组专题学习6次。\n"
    "（二）严格履行法治建设第一责任人职责\n主持召开专题会议4次，研究解决综合执法改革等重点问题，签批法治类文件3件。\n"
    "（三）推动依法决策\n推动法律顾问全程参与重大决策，全年审查合同协议8份。\n"
    "二、存在问题\n法治队伍建设仍需加强。\n三、下一步工作打算\n持续推进依法治镇。"
)


def test_a_report_whose_first_part_is_the_duties_done_is_a_leaders():
    expect(read_text("一、履职情况\n" + _DUTIES), {"kind": "not_report"})


def test_a_bodys_report_with_a_part_on_its_leaders_duties_is_still_a_report():
    page = (
        "石门镇2024年法治政府建设年度报告\n2024年，石门镇坚持依法行政，现将有关情况报告如下。\n"
        "一、主要举措和成效\n"
        + _DUTIES.replace("二、存在问题", "二、党政主要负责人履职情况\n主要负责人认真履职。\n三、存在问题")
    )
    expect(read_text(page), {"kind": "annual_report"})
