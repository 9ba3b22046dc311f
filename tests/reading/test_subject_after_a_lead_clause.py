"""The body an untitled opening names after a clause on what it follows (根据《…规定》要求，区财政局认真
梳理总结…): a bureau that reports, though its body speaks of 我区 (issue 16, a tuning page's miss).
The pages are our own."""

from __future__ import annotations

import pytest

from fazhi.reading import read

_BODY = (
    "一、推进法治政府建设的主要举措和成效\n（一）健全依法理财体系\n"
    "一是完善财政管理制度。结合我区实际，修订预算管理、政府采购等内部规程12项。\n"
    "二、存在的不足和原因\n三、下一年度推进法治政府建设的主要安排\n"
)


@pytest.mark.parametrize(
    ("opening", "level"),
    [
        (
            "根据《法治政府建设与责任落实督察工作规定》要求，区财政局认真梳理总结2025年度法治政府建设情况，现报告如下。",
            "department",
        ),
        ("按照区委依法治区办的部署，区人民政府认真总结2025年度法治政府建设情况，现报告如下。", "county"),
    ],
)
def test_the_body_after_a_lead_clause_reports(opening, level):
    reading = read((opening + "\n" + _BODY).encode("utf-8"), name="page.txt")
    assert reading.level == level


def test_a_municipalitys_bureau_speaking_as_the_city():
    """市人力资源社会保障局… over an opening that names it in full (上海市人力资源和社会保障局（以下称市人社局）):
    a municipality's bureau, a province by rank, speaks as 市; its full name may keep a 和."""
    page = (
        "市人力资源社会保障局2024年法治政府建设年度报告\n"
        "2024年度，上海市人力资源和社会保障局（以下称市人社局）以习近平法治思想为指导，全面推进法治政府建设，"
        "现将有关情况报告如下：\n一、主要举措和成效\n（一）加强组织领导。局党组专题研究法治工作5次。\n"
        "二、存在的不足和原因\n三、下一年度推进法治政府建设的主要安排\n"
    )
    reading = read(page.encode("utf-8"), name="page.txt")
    assert reading.level == "department"
    assert reading.region is not None and reading.region["code"] == "310000"


def test_a_county_bureau_led_by_its_county_unnamed_and_a_city_bureau_named():
    """在县委县政府和台州市公安局党委的坚强领导下: the county leads it unnamed; the city named is the one above
    it, not its place. The page is addressed to its county by name."""
    page = (
        "中共三门县委，三门县人民政府/台州市公安局：\n"
        "2024年，县公安局在县委县政府和台州市公安局党委的坚强领导下，坚持以习近平法治思想为指导，"
        "全面推进法治公安建设，现将有关情况报告如下：\n一、主要举措和成效\n（一）加强组织领导。"
        "局党委专题研究法治工作4次。台州市公安局部署的各项任务均按时完成。\n二、存在的不足和原因\n"
    )
    reading = read(page.encode("utf-8"), name="page.txt")
    assert reading.region is not None and reading.region["code"] == "331022"


def test_a_county_level_citys_bureau_by_its_citys_campaign():
    """市公安局…根据市委、市政府法治慈溪建设…: a county-level city's bureau speaks as 市 and names its city only
    in the campaign's slogan, by the short name."""
    page = (
        "2024年，市公安局以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，根据市委、"
        "市政府法治慈溪建设和上级公安机关法治工作部署，牢牢把握法治公安建设总目标，扎实推进执法规范化建设。\n"
        "一、主要举措和成效\n（一）加强组织领导。局党委专题研究法治工作4次。\n二、存在的不足和原因\n"
    )
    reading = read(page.encode("utf-8"), name="page.txt")
    assert reading.region is not None and reading.region["code"] == "330282"


def test_a_street_office_speaking_as_our_street_names_itself_in_its_plan():
    """我街… with 《黄石街2020年全面依法治街工作要点》: a Guangzhou street office speaks as 我街 and goes by
    its short name (黄石街 for 黄石街道); the county, 白云区, is the one of the city named with it."""
    page = (
        "为全面贯彻党的十九大精神，充分发挥法治的保障作用，我街严格按照区委依法治区办印发的《中共广州市白云区委"
        "全面依法治区委员会2020年工作要点》的要求，全面推进法治建设。现将我街法治建设有关工作情况总结如下：\n"
        "一、2020年法治建设工作\n（一）加强组织领导。制定《黄石街2020年全面依法治街工作要点》，明确各科室分工。\n"
        "（二）推进依法行政。我街全年审核合同12份。\n二、存在的问题\n"
    )
    reading = read(page.encode("utf-8"), name="page.txt")
    assert reading.region is not None and reading.region["code"] == "440111"
    assert reading.region["name"].endswith("黄石街道")
