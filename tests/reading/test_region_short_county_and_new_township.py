"""Regions a page gives by a county's short name or for a township the gazetteer lacks (issue 16).

A city's department named by one of its counties' short names (泉州市永春生态环境局) is that county's
bureau; a township newer than the gazetteer belongs to the one county its opening names; a zone
named after its province (广西-东盟经开区) is a county-level zone in a city it does not name. The texts
are our own, written in the genre's form.
"""

from __future__ import annotations

import pytest

from fazhi.reading import read

_TAIL = "现将有关情况报告如下：\n一、主要举措和成效\n二、存在的不足\n三、下一步工作打算\n"


def _region(text: str) -> tuple[str | None, str | None]:
    reading = read(text.encode("utf-8"), name="page.txt")
    region = reading.as_dict()["region"]
    return (region or {}).get("name"), reading.level


@pytest.mark.parametrize(
    ("title", "region"),
    [
        ("泉州市永春生态环境局关于2025年度法治政府建设情况的报告", "福建省泉州市永春县"),
        ("宁德市古田县市场监督管理局2024年法治政府建设年度报告", "福建省宁德市古田县"),
        # the city's own bureau: its name names no county after the city's
        ("泉州市生态环境局关于2025年度法治政府建设情况的报告", "福建省泉州市"),
        ("泉州市市场监督管理局关于2025年度法治政府建设情况的报告", "福建省泉州市"),
    ],
)
def test_a_citys_department_named_by_a_countys_short_name(title, region):
    text = f"{title}\n2025年，我局深入贯彻落实习近平法治思想，{_TAIL}"
    assert _region(text) == (region, "department")


def test_a_township_the_gazetteer_lacks_belongs_to_the_one_county_its_opening_names():
    text = (
        "2025年，云溪岭镇坚持以习近平法治思想为指导，严格对标《法治政府建设实施纲要（2021－2025年）》"
        f"及重庆市实施方案、涪陵区细化落实措施，{_TAIL}"
    )
    assert _region(text) == ("重庆市涪陵区云溪岭镇", "township")


def test_words_run_together_are_no_township_of_the_county_named():
    text = f"2025年，法治建设更是我镇工作的重中之重，对标重庆市实施方案、涪陵区细化落实措施，{_TAIL}"
    name, _level = _region(text)
    assert name is None or "更是" not in name


def test_a_zone_named_after_its_province_and_a_partner_is_a_county_level_zone_of_no_known_city():
    text = (
        "2024年，广西-东盟经济技术开发区（以下简称“广西-东盟经开区”）深入贯彻落实习近平法治思想，"
        f"认真落实自治区党委、政府和市委、市政府决策部署，扎实推进法治政府建设，{_TAIL}"
    )
    assert _region(text) == (None, "county")


def test_a_department_named_by_its_level_word_names_its_place_in_full_elsewhere():
    text = (
        "2024年，县林业局坚持以习近平法治思想为指导，积极推进法治政府建设，现将我局法治政府建设工作情况报告如下。\n"
        "一、主要举措和成效\n我局印发了《邻水县林业局2024年度会前学法工作方案》。"
        "组织参加省林草局在重庆市荣昌区组织的执法培训共2人次。\n二、存在的不足\n三、下一步工作打算\n"
    )
    assert _region(text) == ("四川省广安市邻水县", "department")


def test_a_department_named_by_its_organ_alone_is_the_publisher_that_bears_that_name():
    text = (
        "首页 > 政务公开 > 部门信息公开目录 > 市退役军人事务局\n2023年度退役军人事务局法治政府建设工作报告\n"
        "发布时间：2024-02-05 09:19 信息来源：洪江市退役军人事务局\n"
        "2023年，我局以习近平法治思想为指导，全面推进依法行政，现将有关情况报告如下：\n"
        "一、主要举措和成效\n二、存在的不足\n三、下一步工作打算\n"
    )
    assert _region(text) == ("湖南省怀化市洪江市", "department")
