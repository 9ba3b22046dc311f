"""Kind and publication date: the thirty-first session's rules (issue 16), from a fresh batch of real pages
labelled blind to the engine (``/work/s53``, outside the repository; its tuning pages only).

- An aggregator site prints a page's date day first with its time, on a line under the title
  (18.03.2015  13:07): that is the page's publication date.
The pages here are our own words.
"""

from __future__ import annotations

from .conftest import read_text

_OPENING = (
    "2016年，市政府坚持以依法行政为主线，扎实推进法治政府建设，全市行政机关依法行政意识进一步增强。"
    "现将有关情况报告如下：\n"
    "一、加强组织领导\n市政府常务会议学法8次，举办领导干部法治专题讲座2期。\n"
)


def test_a_day_first_date_and_time_under_the_title_is_the_publication_date():
    reading = read_text("西岭市2016年度依法行政工作情况报告\n\n21.03.2017  09:45\n\n" + _OPENING)
    assert reading.kind == "annual_report"
    assert reading.published == "2017-03-21"
    assert "21.03.2017" not in reading.text  # the header line is chrome, not the report's text


def test_a_day_first_date_in_the_body_is_no_publication_date():
    reading = read_text(
        "西岭市2016年度依法行政工作情况报告\n\n" + _OPENING + "截至31.12.2016，全市共有执法人员1200名。\n"
    )
    assert reading.published is None


def test_an_impossible_day_first_date_is_not_read():
    reading = read_text("西岭市2016年度依法行政工作情况报告\n\n41.13.2017  09:45\n\n" + _OPENING)
    assert reading.published is None
