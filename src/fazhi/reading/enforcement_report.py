"""Classify, kind: the enforcement statistics' and the enforcement year report's forms, told by their headings.

A department's enforcement statistics (行政执法统计年报) and its enforcement year report (行政执法工作年度报告, on the
province's template) count the year's cases as a rule-of-law report does, and a page cut below their title reads
like one; their headings are the template's. ``republished`` asks ``enforcement_report`` among a body's
structures.
"""

from __future__ import annotations

import re

from .title import HEADING

# An enforcement statistics yearbook (行政执法统计年报), which every enforcement body publishes by its own
# form, heads its parts by what it counts: 行政执法主体概况, 行政执法案件情况, 行政处罚实施情况统计表, 执法岗位
# 设置…, 行政执法争议情况. A rule-of-law report names its enforcement work by what was done, and no
# labelled report heads a part so.
_STATISTICS_FORM_HEADING = re.compile(
    HEADING.pattern + r"\s*(?:(?:19|20)\d{2}\s*年度?)?(行政执法主体(?:的名称和数量)?(?:概况|基本情况|情况)|"
    r"行政执法(?:案件|行为|数据)(?:情况|统计)|"
    r"行政(?:许可|处罚|强制|检查|征收|征用|给付|确认|裁决|奖励)(?:实施|案件|行为)?情况统计|"
    r"[^。\n]{0,12}执法岗位设置|行政执法争议情况)",
    re.M,
)
STATISTICS_FORM_HEADINGS_MIN = 2
# ...or the heading of the enforcement year report's template itself (一、本部门（本系统、本地区）2024年行政执法基本情况).
_ENFORCEMENT_REPORT_FORM = re.compile(HEADING.pattern + r"\s*本部门[（(]本系统[、，]本地区[）)]", re.M)


def enforcement_report(body: str) -> tuple[str, str] | None:
    """The enforcement statistics' or the enforcement year report's form, by its headings."""
    statistics = {found.group(1)[:6] for found in _STATISTICS_FORM_HEADING.finditer(body)}
    if len(statistics) >= STATISTICS_FORM_HEADINGS_MIN:
        return "enforcement_statistics", f"行政执法统计年报格式的小标题：{'、'.join(sorted(statistics))}"
    form_heading = _ENFORCEMENT_REPORT_FORM.search(body) if "本部门" in body else None
    if form_heading:
        return (
            "enforcement_statistics",
            f"行政执法工作年度报告格式的小标题：「{form_heading.group(0).strip()}」",
        )
    return None
