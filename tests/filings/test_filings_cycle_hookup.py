"""Filings wired to the cycle apps: accepted figures become indicator values (source: report),
shortcomings sentences become problem-list entries (oversight), each exactly once."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import local_today
from fazhi.filings import actions, shortcomings
from fazhi.filings.facts import choose_facts
from fazhi.filings.models import AnnualReportFiling, FilingEvent, FilingStatus
from fazhi.indicators.models import IndicatorEvent, IndicatorValue
from fazhi.oversight import rules as oversight_rules
from fazhi.oversight.models import OversightEvent, Problem

# Written for these tests; every figure below was checked by hand against it.
REPORT = """德清县市场监督管理局2025年法治政府建设年度报告

2025年，德清县市场监督管理局在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，认真落实法治政府建设各项任务。现将2025年度法治政府建设情况报告如下。

一、主要举措和成效
（一）严格规范公正文明执法。全年办理行政处罚案件326件，罚没金额158.5万元。全县行政机关负责人出庭应诉率达到95.5%，本局负责人出庭应诉率达到100%。开展执法案卷评查，评查行政执法案卷120件。
（二）加强法治宣传。开展法治宣传活动48场，发放宣传资料3200份。组织执法人员培训150人次。宪法宣誓36人。培训执法人员80人。梳理问题清单12.5条。
（三）深化行政复议应诉工作。办理行政应诉案件12件，行政诉讼败诉案件1件。五年来共办理行政复议案件45件。
二、存在的不足和原因
对照法治政府建设的要求，我局工作还存在一些不足：一是部分干部法治意识有待进一步增强，运用法治思维解决问题的能力不够；二是执法队伍专业力量不足，执法规范化水平与群众期待还有差距；三是法治宣传的针对性和实效性有待提高。
三、党政主要负责人履行推进法治建设第一责任人职责情况
主要负责人认真履行推进法治建设第一责任人职责，全年主持召开法治建设专题会议4次，带头讲法治课2次。
四、2026年推进法治政府建设的主要安排
一是持续完善依法决策机制，提高决策质量；二是深化行政执法规范化建设；三是加强法治宣传教育。
五、其他需要报告的情况
无。

德清县市场监督管理局
2026年2月10日
"""

# code -> value stored (source: report, 2025) after acceptance.
EXPECTED_VALUES = {
    "enforcement.penalty_cases": Decimal("326"),
    "enforcement.penalty_amount": Decimal("1585000"),  # 158.5万元
    "disputes.head_appearance_rate": Decimal("100"),  # 本局 (no scope) beats 全县 95.5
    "enforcement.case_files_reviewed": Decimal("120"),
    "education.activities": Decimal("48"),
    "education.materials": Decimal("3200"),
    "enforcement.officers_trained": Decimal("150"),  # the first of 150 and 80, both unscoped
    "leadership.oath_takers": Decimal("36"),
    "disputes.litigation_cases": Decimal("12"),
    "disputes.litigation_losses": Decimal("1"),
}
# code, value -> why it was left out.
EXPECTED_SKIPS = {
    ("disputes.head_appearance_rate", "95.5"): "another figure",
    ("enforcement.officers_trained", "80"): "another figure",
    ("leadership.problems_listed", "12.5"): "整数",  # a count with decimals: refused by indicators
    ("disputes.reconsideration_cases", "45"): "五年来",  # not the report year
}
POINTS = [
    "一是部分干部法治意识有待进一步增强，运用法治思维解决问题的能力不够；",
    "二是执法队伍专业力量不足，执法规范化水平与群众期待还有差距；",
    "三是法治宣传的针对性和实效性有待提高。",
]


@pytest.fixture
def submitted(season, filer_a, leader_a, unit_a):
    filing = actions.upload_report(filer_a, season, unit_a, data=REPORT.encode(), name="报告.txt", kind="txt")
    return actions.submit_filing(leader_a, filing)


@pytest.fixture
def accepted(submitted, reviewer):
    return actions.accept_filing(reviewer, submitted)


def _skips(event) -> dict:
    return {(row["code"], row["value"]): row["reason"] for row in event.data["indicator_values"]["skipped"]}


# --- figures become indicator values ----------------------------------------------


def test_acceptance_writes_the_report_figures_as_indicator_values(accepted, reviewer, unit_a):
    values = IndicatorValue.objects.filter(organisation=unit_a)
    assert {v.code: v.value for v in values} == EXPECTED_VALUES
    for value in values:
        assert value.source == "report"
        assert (value.period_start, value.period_end) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
        assert value.entered_by == reviewer
        assert value.evidence_url == f"/filings/{accepted.pk}/#review"
        assert value.evidence_text in REPORT
        assert value.numerator is None and value.denominator is None  # a report's rate has no parts
    rate = values.get(code="disputes.head_appearance_rate")
    assert rate.evidence_text == "本局负责人出庭应诉率达到100%" and rate.unit == "%"
    # One indicator event per value, by the reviewer; the acceptance event lists them.
    assert (
        IndicatorEvent.objects.filter(value__organisation=unit_a, verb="record", actor=reviewer).count() == 10
    )
    event = FilingEvent.objects.get(filing=accepted, verb="accept")
    recorded = {row["code"]: row["value"] for row in event.data["indicator_values"]["recorded"]}
    assert recorded == {code: f"{value:f}" for code, value in EXPECTED_VALUES.items()}


def test_refused_and_unchosen_facts_are_skipped_with_their_reason(accepted, unit_a):
    assert accepted.status == FilingStatus.ACCEPTED
    assert not IndicatorValue.objects.filter(
        code__in=["leadership.problems_listed", "disputes.reconsideration_cases"]
    ).exists()
    skips = _skips(FilingEvent.objects.get(filing=accepted, verb="accept"))
    assert set(skips) == set(EXPECTED_SKIPS)
    for key, needle in EXPECTED_SKIPS.items():
        assert needle in skips[key] or (needle == "another figure" and "同一指标" in skips[key]), skips[key]


def test_a_refusal_by_permission_does_not_block_acceptance(submitted, reviewer, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionDenied("no")

    monkeypatch.setattr("fazhi.filings.facts.record_value", refuse)
    actions.accept_filing(reviewer, submitted)
    submitted.refresh_from_db()
    assert submitted.status == FilingStatus.ACCEPTED and submitted.facts.count() > 10
    assert not IndicatorValue.objects.exists()
    assert (
        len(FilingEvent.objects.get(filing=submitted, verb="accept").data["indicator_values"]["skipped"])
        == 14
    )


def test_values_are_written_in_the_acceptance_transaction(submitted, reviewer, monkeypatch):
    """If the acceptance fails after the values were written, none of them stays."""

    def boom(*args, **kwargs):
        raise RuntimeError("mail server on fire")

    monkeypatch.setattr(actions, "record_event", boom)
    with pytest.raises(RuntimeError):
        actions.accept_filing(reviewer, submitted)
    assert not IndicatorValue.objects.exists()
    assert AnnualReportFiling.objects.get(pk=submitted.pk).status == FilingStatus.SUBMITTED


def test_choose_facts_prefers_no_scope_then_the_whole_region_then_the_first():
    def fact(code, value, scope=""):
        return SimpleNamespace(indicator=code, value=Decimal(value), scope=scope)

    facts = [
        fact("a", "1", "市政府"),
        fact("a", "2", "全市"),
        fact("a", "3"),
        fact("a", "4"),
        fact("b", "5", "市政府"),
        fact("b", "6", "全市"),
        fact("c", "7", "市本级"),
        fact("c", "8", "市政府"),
        fact("", "9"),
    ]
    chosen, others = choose_facts(facts)
    assert [(f.indicator, f.value) for f in chosen] == [("a", 3), ("b", 6), ("c", 7)]
    assert sorted(f.value for f in others) == [1, 2, 4, 5, 8]


# --- shortcomings become problem-list entries --------------------------------------


def test_points_of_the_fixture_report(submitted):
    points = shortcomings.points(submitted.current_version.reading)
    assert [p.text for p in points] == POINTS  # the lead-in ending in a colon is not a point
    text = submitted.current_version.text
    assert all(text[p.start : p.end] == p.text for p in points)
    assert (
        shortcomings.description(points[0])
        == "部分干部法治意识有待进一步增强，运用法治思维解决问题的能力不够。"
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "（一）法治意识不强。一是学法不够；二是用法不够。\n（二）执法不规范。案卷质量不高。",
            ["（一）法治意识不强。一是学法不够；二是用法不够。", "（二）执法不规范。案卷质量不高。"],
        ),
        ("1.制度建设滞后。\n2.队伍力量薄弱。", ["1.制度建设滞后。", "2.队伍力量薄弱。"]),
        (
            "法治意识有待增强。执法队伍力量不足；宣传实效不高。",
            ["法治意识有待增强。", "执法队伍力量不足；", "宣传实效不高。"],
        ),
        # 一是 after a comma; the last point ends with its paragraph (a heading of the next part follows).
        (
            "还存在一些不足，一是学法不够；二是用法不够。\n（三）第一责任人履职情况\n主要负责人带头学法。",
            ["一是学法不够；", "二是用法不够。"],
        ),
        ("①制度不全②队伍薄弱", ["①制度不全", "②队伍薄弱"]),
    ],
)
def test_points_split_at_the_first_marker_style_or_at_sentences(body, expected):
    heading = "二、存在的问题"
    text = f"{heading}\n{body}\n三、下一步打算\n继续努力。"
    reading = {
        "text": text,
        "elements": {"shortcomings": {"status": "section", "evidence": {"start": 0, "end": len(heading)}}},
        "outline": [
            {"start": 0, "end": len(heading), "section_end": len(heading) + 1 + len(body), "children": []}
        ],
    }
    assert [p.text for p in shortcomings.points(reading)] == expected


def test_points_of_a_part_only_mentioned():
    passage = "我局工作还存在一些不足，一是学法不够；二是用法不够。"
    text = f"一、工作情况\n全年开展活动。{passage}\n二、下一步打算\n继续努力。"
    start = text.index(passage)
    reading = {
        "text": text,
        "outline": [],
        "elements": {
            "shortcomings": {
                "status": "mentioned",
                "heading": None,
                "evidence": {"start": start, "end": start + len(passage)},
            }
        },
    }
    assert [p.text for p in shortcomings.points(reading)] == ["一是学法不够；", "二是用法不够。"]
    assert shortcomings.points({"text": text, "elements": {"shortcomings": {"status": "absent"}}}) == []


def test_reviewer_makes_entries_once_and_only_once(accepted, reviewer, unit_a):
    made = actions.problems_from_shortcomings(reviewer, accepted, [1, 3])
    assert [p.source_reference for p in made] == [
        f"filings:{accepted.pk}#shortcomings-1",
        f"filings:{accepted.pk}#shortcomings-3",
    ]
    today = local_today()
    for problem in made:
        assert problem.source == "annual_report" and problem.organisation == unit_a
        assert problem.severity == "general" and problem.found_on == today
        assert problem.rectification_deadline == oversight_rules.default_rectification_deadline(
            today, "general"
        )
    assert made[0].description == "部分干部法治意识有待进一步增强，运用法治思维解决问题的能力不够。"
    # Again: nothing new; a mix makes only the new one.
    assert actions.problems_from_shortcomings(reviewer, accepted, [3, 1]) == []
    again = actions.problems_from_shortcomings(reviewer, accepted, [1, 2])
    assert [p.source_reference for p in again] == [f"filings:{accepted.pk}#shortcomings-2"]
    assert Problem.objects.count() == 3
    assert OversightEvent.objects.filter(verb="record_problem", actor=reviewer).count() == 3
    events = FilingEvent.objects.filter(filing=accepted, verb="problems_from_shortcomings")
    assert [e.data["points"] for e in events.order_by("id")] == [[1, 3], [2]]
    assert [row.problem is not None for row in shortcomings.rows(accepted)] == [True, True, True]


def test_units_may_not_make_entries_and_a_submitted_report_gives_none(submitted, reviewer, filer_a, leader_a):
    with pytest.raises(ActionRefused):
        actions.problems_from_shortcomings(reviewer, submitted, [1])
    actions.accept_filing(reviewer, submitted)
    for person in (filer_a, leader_a):
        with pytest.raises(PermissionDenied):
            actions.problems_from_shortcomings(person, submitted, [1])
    with pytest.raises(ActionRefused):
        actions.problems_from_shortcomings(reviewer, submitted, [9])
    with pytest.raises(ActionRefused):
        actions.problems_from_shortcomings(reviewer, submitted, [])
    assert not Problem.objects.exists()


def test_review_page_offers_the_sentences_and_makes_entries_once(accepted, reviewer, login):
    client = login(reviewer)
    page = client.get(reverse("filings:detail", args=[accepted.pk])).content.decode()
    assert 'id="shortcomings"' in page
    assert page.count('name="points"') == 3 and POINTS[1] in page
    # The acceptance event says which numbers were left out and why.
    assert "所述期间为五年来，不是报告年度" in page and "梳理问题清单12.5条" in page
    url = reverse("filings:shortcomings", args=[accepted.pk])
    response = client.post(url, {"points": ["2"]})
    assert response.status_code == 302
    assert client.post(url, {"points": ["2"]}).status_code == 302
    assert list(Problem.objects.values_list("source_reference", flat=True)) == [
        f"filings:{accepted.pk}#shortcomings-2"
    ]
    page = client.get(reverse("filings:detail", args=[accepted.pk])).content.decode()
    assert page.count('name="points"') == 2
    assert Problem.objects.get().get_absolute_url() in page
    # Nothing chosen, or a forged number: refused, nothing made.
    client.post(url, {})
    client.post(url, {"points": ["7"]})
    assert Problem.objects.count() == 1


def test_units_see_no_shortcomings_form_and_cannot_post(accepted, filer_a, leader_a, login):
    for person in (filer_a, leader_a):
        client = login(person)
        page = client.get(reverse("filings:detail", args=[accepted.pk])).content.decode()
        assert 'id="shortcomings"' not in page
        response = client.post(reverse("filings:shortcomings", args=[accepted.pk]), {"points": ["1"]})
        assert response.status_code == 403
    assert not Problem.objects.exists()


def test_b_cannot_touch_a_shortcomings(accepted, filer_b, login, snapshot):
    before = snapshot(accepted)
    client = login(filer_b)
    assert client.get(reverse("filings:detail", args=[accepted.pk])).status_code == 404
    response = client.post(reverse("filings:shortcomings", args=[accepted.pk]), {"points": ["1", "2", "3"]})
    assert response.status_code == 404
    assert not Problem.objects.exists()
    assert snapshot(accepted) == before
    assert not FilingEvent.objects.filter(verb="problems_from_shortcomings").exists()
