"""Where a site places a page and what its word filter did to it: the column of annual rule-of-law reports
its breadcrumb names, and the marks of a filter that cut 法治 out of the page. ``classify`` reads both
before it asks ``report_evidence`` what the page is.
"""

from __future__ import annotations

import re

# A site files the bodies' annual reports under a column of their own (首页 > 政府信息公开目录 > 法治政府建设
# 年度报告 > 2021年度): an untitled page the breadcrumb places in it, a crumb or two below it (the year,
# the body), is filed there as a report. Every tuning page with such a breadcrumb is a report (14 of 14).
_REPORT_COLUMN = re.compile(
    r"^\s*[^。，\n]{0,12}?(?:法治政府建设|依法行政)(?:工作)?(?:年度)?(?:情况)?(?:报告|年报)"
)
_CRUMB_SEPARATOR = re.compile(r"[>＞»]{1,2}")
COLUMN_CRUMBS_BELOW_MAX = 2


def report_column(chrome_lines: list[str]) -> str | None:
    """The breadcrumb crumb naming the column of annual rule-of-law reports the page is filed in."""
    for line in chrome_lines:
        if ">" not in line and "＞" not in line and "»" not in line:
            continue
        crumbs = _CRUMB_SEPARATOR.split(line)
        for index, crumb in enumerate(crumbs[1:], start=1):
            found = _REPORT_COLUMN.match(crumb)
            if found and len(crumbs) - index - 1 <= COLUMN_CRUMBS_BELOW_MAX:
                return found.group(0).strip()
    return None


# Marks a site's word filter leaves when it cuts 法治 out of a page: the Outline named without it
# (《政府建设实施纲要》 is always the 法治政府建设实施纲要), 依法治国 cut to 依国, 习近平法治思想 to 习思想.
_FILTER_MARKS = (
    re.compile(r"《[\u4e00-\u9fff]{0,4}?(?<!法治)政府建设实施(?:纲要|方案)"),
    re.compile(r"依国(?:委员会|委|办)?"),
    re.compile(r"习思想"),
)
_FILTERED_TOPIC = re.compile(r"(?<!法治)(?<![数字廉洁型能])政府建设")


def topic_filtered_out(text: str) -> bool:
    """The page's site cut 法治 out of it (two of the filter's marks): a title naming 政府建设 then
    names the rule-of-law government's."""
    return sum(1 for mark in _FILTER_MARKS if mark.search(text)) >= 2


def with_topic_restored(line: str) -> str:
    """``line`` with the 法治 a site's filter cut out of its 政府建设 put back."""
    return _FILTERED_TOPIC.sub("法治政府建设", line)
