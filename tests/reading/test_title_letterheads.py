"""Titles under a letterhead, and a page title the document prints again whole (issue 16).

Forms of this session's fresh tuning pages, written again in our own words (bodies and names are
invented): a joint letterhead (中共某镇委员会 某镇人民政府) over a title that names its own body and
year, which the letterhead does not join; a site's page title that drops the issuer (关于…的报告)
and the document below printing it again under the issuer's line, which is the whole title; a
screen reader's hint (正文内容区域请使用tab按钮切换浏览) above the title, which is page chrome.
Each case keeps its other side.
"""

from __future__ import annotations

import pytest

from .conftest import THREE_PARTS_BODY, read_text

OPENING = "2023年，在县委、县政府的坚强领导下，我镇全面推进依法行政，法治政府建设取得新成效。\n"

CASES = [
    (
        "a_joint_letterhead_over_a_title_that_names_its_township",
        "桃党字〔2024〕3号\n中共桃源镇委员会 桃源镇人民政府\n桃源镇2023年法治政府建设工作情况报告\n"
        "中共淳安县委、淳安县人民政府：\n" + OPENING,
        "桃源镇2023年法治政府建设工作情况报告",
    ),
    (
        # the other side: a title that starts with 关于 needs its issuers and is read with them
        "a_joint_letterhead_over_a_title_that_starts_with_about",
        "中共淳安县委 淳安县人民政府\n关于2023年度法治政府建设情况的报告\n市委、市政府：\n" + OPENING,
        "中共淳安县委 淳安县人民政府关于2023年度法治政府建设情况的报告",
    ),
    (
        "a_page_title_without_its_issuer_printed_again_under_the_letterhead",
        "首页/ 政务公开 / 政府文件 / 正文\n关于2023年法治政府建设情况的报告\n"
        "来源：临溪区人民政府 发布时间：2024-03-20 09:30\n临溪区人民政府\n"
        "关于2023年法治政府建设情况的报告\n区人大常委会：\n" + OPENING,
        "临溪区人民政府关于2023年法治政府建设情况的报告",
    ),
    (
        # the other side: printed again under a line that is no issuer, the title stays as it is
        "a_page_title_printed_again_under_a_column_name",
        "关于2023年法治政府建设情况的报告\n发布时间：2024-03-20\n政策文件\n"
        "关于2023年法治政府建设情况的报告\n区人大常委会：\n" + OPENING,
        "关于2023年法治政府建设情况的报告",
    ),
    (
        # thirteenth session: a headline that names no body over the document's issuer and its 关于 line
        "a_bodiless_headline_over_the_documents_issuer_and_title",
        "2023年法治政府建设工作开展情况的报告\n临溪区交通运输委员会\n"
        "关于2023年法治政府建设情况的报告\n" + OPENING,
        "临溪区交通运输委员会关于2023年法治政府建设情况的报告",
    ),
    (
        # the other side: a headline that names its body stays the title
        "a_headline_naming_its_body_over_the_documents_issuer_and_title",
        "临溪区交通运输委员会2023年法治政府建设工作开展情况的报告\n临溪区交通运输委员会\n"
        "关于2023年法治政府建设情况的报告\n" + OPENING,
        "临溪区交通运输委员会2023年法治政府建设工作开展情况的报告",
    ),
    (
        # thirteenth session: a bureau's site name over its column's name, then the dated title
        "a_sites_name_over_its_columns_name_above_the_dated_title",
        "市场监督管理局\n法治政府建设年度报告\n临溪区市场监督管理局关于2023年度法治政府建设情况的报告\n"
        + OPENING,
        "临溪区市场监督管理局关于2023年度法治政府建设情况的报告",
    ),
    (
        "a_screen_readers_hint_above_the_title",
        "正文内容区域请使用tab按钮切换浏览\n\n2023年度枫林街道法治政府建设情况报告\n区政府：\n" + OPENING,
        "2023年度枫林街道法治政府建设情况报告",
    ),
]


@pytest.mark.parametrize(("text", "title"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_the_title_under_a_letterhead(text, title):
    assert read_text(text + THREE_PARTS_BODY).title == title


def test_the_hint_is_chrome_but_a_sentence_about_tab_keys_is_not():
    reading = read_text(
        "请使用Tab键切换浏览\n2023年度枫林街道法治政府建设情况报告\n" + OPENING + THREE_PARTS_BODY
    )
    assert reading.title == "2023年度枫林街道法治政府建设情况报告"
    assert "Tab键" not in reading.text
    sentence = "网站改版后，群众可使用Tab键在栏目间切换，视障群众获取政策文件更方便。\n"
    assert "Tab键" in read_text(OPENING + sentence + THREE_PARTS_BODY).text
