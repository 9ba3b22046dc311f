"""Kind: the thirty-third session's rules (issue 16).

- A dated opening that says what a body WILL do that year (2024年，市大数据局将深入学习…) opens a plan, as one
  that says what it must do (要坚持…) does: the rules say so, not the learned model.
- 将 is also the mark of an object (2023年，区民政局将法治政府建设纳入…): such an opening tells what was done.
The pages here are our own words.
"""

from __future__ import annotations

from fazhi.reading import read


def read_text(text: str):
    return read(text.encode("utf-8"), name="page.txt")


_BODY = (
    "一、工作开展情况\n"
    "（一）在健全政府机构职能体系方面，做好规范性文件清理、公平竞争审查等工作，全年审核文件14件。\n"
    "（二）在推进严格规范公正文明执法方面，全年办理行政处罚案件23件。\n"
)


def test_an_opening_that_says_what_the_bureau_will_do_opens_a_plan():
    reading = read_text("2025年，县农业农村局将深入学习贯彻习近平法治思想，扎实推进依法行政。\n" + _BODY)
    assert reading.kind == "not_report"
    assert reading.metadata_evidence["kind"].source == "plan"


def test_a_will_after_the_year_framing_sentence_opens_a_plan_too():
    reading = read_text(
        "2025年是“十四五”规划的收官之年。县农业农村局将持续深化法治机关建设，着力提升依法行政水平。\n" + _BODY
    )
    assert reading.kind == "not_report"


def test_jiang_marking_the_object_opens_a_report():
    reading = read_text(
        "2023年，区民政局将法治政府建设纳入年度重点工作，认真贯彻落实《西岭省法治政府建设实施方案"
        "（2021-2025年）》，积极推进依法行政。\n" + _BODY
    )
    assert reading.kind == "annual_report"
    assert reading.metadata_evidence["kind"].source != "plan"
