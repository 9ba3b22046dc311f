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
