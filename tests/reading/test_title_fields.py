"""A wiki's or a catalogue's box field is no title (issue 16): `• 内容：依法行政报告` names what a page
about a reporting system covers, not a report. The page is our own, in the form of such boxes."""

from __future__ import annotations

from fazhi.reading import read

_WIKI_BOX = (
    "青禾县依法行政报告制度\n\n为加强我县依法行政，及时掌握依法行政情况，特制定依法行政报告制度。\n\n基本介绍\n"
    "• 中文名：青禾县依法行政报告制度\n• 地点：青禾县\n• 类型：报告制度\n• 内容：依法行政报告\n\n"
    "一、报告的主体\n县政府工作部门、直属事业单位。\n二、报告的内容\n推进依法行政进展情况。\n"
    "三、报告的时间\n每年1月底前报送上一年度的报告。\n"
)


def test_a_box_field_is_not_read_as_the_title():
    reading = read(_WIKI_BOX.encode("utf-8"), name="page.txt")
    assert reading.title is None or not reading.title.startswith("内容")
    assert reading.kind != "annual_report"


# A disclosure page's metadata as a bulleted list, each label and each value a row of its own, above the
# title: more rows than the lines a title is looked for in (the page is our own, in that layout).
_BULLETED_METADATA = (
    "当前位置：部门 > 区农委 > 政务公开 > 政府信息公开目录 > 法治政府建设年度报告\n"
    "  • [ 索引号 ]\n  • 11500000000000000X/2025-00007\n  • [ 发文字号 ]\n  • 某农委发〔2025〕3号\n"
    "  • [ 主题分类 ]\n  • 农业\n  • [ 体裁分类 ]\n  • 其他\n  • [ 成文日期 ]\n  • 2025-01-20\n"
    "  • [ 发布日期 ]\n  • 2025-01-20\n  • [ 发布机构 ]\n  • 青禾区农委\n  • [ 有效性 ]\n"
    "中共青禾区委农村工作委员会 青禾区农业农村委员会 关于2024年法治政府建设情况的报告\n"
    "日期：2025-01-20\n"
    "2024年，区农业农村委坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下：\n"
    "一、主要举措和成效\n（一）加强组织领导。党组会议专题研究法治工作4次。\n二、存在的不足和原因\n"
)


def test_a_title_below_a_bulleted_metadata_list():
    reading = read(_BULLETED_METADATA.encode("utf-8"), name="page.txt")
    assert reading.title == "中共青禾区委农村工作委员会 青禾区农业农村委员会 关于2024年法治政府建设情况的报告"
    assert reading.kind == "annual_report"
