"""Which indicator, or none, a figure belongs to: the fourth pass of issue 16, indicator by indicator.

``fixtures/genre/forms_by_indicator.tsv`` (checked by ``test_genre_forms``) holds, for every indicator of the catalogue, the ways a
report states its figure (verbs, counters, word order, 共/累计/全年, 其中, 分别, a figure before its
noun, a figure in brackets, percentages in words), in sentences of our own, and look-alike figures of
another thing that must stay uncoded. The forms this pass taught the engine:

- the meetings' own count before the study figure (召开常务会议36次，学法12次);
- study at a department's or township's decision meeting (局务会议学法, 党组会议学法, 办公会学法)
  and study items on its agenda (学法议题12个);
- a sentence that names the act and counts nothing, then a sentence that only counts it
  (坚持会前学法制度。全年共学法12次);
- the list as it stands after a change (调整后权责事项共4210项), problems claimed (认领问题),
  weak points found (短板弱项), cases under the exemption list (免罚清单…案件), certificates in 件,
  a catalogue named in full (决策事项目录), cases received (行政复议收案), brackets in ASCII
  (示范村(社区)), a total in brackets (（共46场）);
- a slogan's round word (宪法进万家, 千家万户) is no figure, so it does not stand between an alias and
  the figure it names.
"""

from __future__ import annotations

import pytest

from fazhi.catalog import indicators as catalog
from fazhi.reading.extract import extract

from .test_genre_forms import rows

ROWS = rows("forms_by_indicator.tsv")
CODED = [row for row in ROWS if row[2] is not None]


def test_the_fixture_covers_the_named_classes_in_several_forms():
    counts: dict[str, int] = {}
    for _sentence, _value, code in CODED:
        assert catalog.get(code) is not None, code
        counts[code] = counts.get(code, 0) + 1
    # The classes issue 16 names as missed on unseen pages, each in many wordings.
    for code in (
        "leadership.pre_meeting_study_sessions",
        "leadership.problems_listed",
        "rules.local_regulations",
        "enforcement.minor_exemptions",
        "decisions.contracts_reviewed",
        "functions.power_list_items",
        "functions.online_service_rate",
        "education.demo_communities",
    ):
        assert counts.get(code, 0) >= 8, (code, counts.get(code, 0))
    # Every indicator the reader can name (one with aliases) has at least one form.
    named = {indicator.code for indicator in catalog.all_indicators() if indicator.aliases}
    assert named <= set(counts), sorted(named - set(counts))


def test_a_slogans_round_word_is_no_figure():
    # 进万家 is a slogan; 近百次 and 万余人次 are counts.
    assert [f.value for f in extract("组织开展“宪法进万家”等主题活动120余场")] == [120]
    assert extract("推动法律服务进千家万户") == []
    assert [(f.value, f.qualifier) for f in extract("开展执法检查近百次")] == [(100, "approx")]
    assert [f.value for f in extract("全年培训万余人次")] == [10000]


def test_a_sentence_that_counted_its_act_lends_nothing_to_the_next():
    # The sentence before has its own figure: the next sentence's bare count is not borrowed.
    facts = extract("县政府常务会议会前学法12次。全年共开展8次。")
    assert [(f.value, f.indicator) for f in facts] == [
        (12, "leadership.pre_meeting_study_sessions"),
        (8, None),
    ]


def test_the_meetings_own_count_is_not_a_study_figure():
    facts = extract("全年召开县政府常务会议24次，会前学法12次。")
    assert [(f.value, f.indicator) for f in facts] == [
        (24, None),
        (12, "leadership.pre_meeting_study_sessions"),
    ]
    # The cadres' study after the meeting's own study figure stays theirs.
    facts = extract("县政府常务会议会前学法12次，机关干部集体学法9次。")
    assert [(f.value, f.indicator) for f in facts][1] == (9, None)


def test_a_change_from_a_dated_value_is_one_fact_of_the_report_year():
    # 由2022年的120件增至135件: 120 is the old value, and 2022年 is its year, not the figure's period.
    facts = extract("行政复议案件由2022年的120件增至135件。", 2023)
    assert [(f.value, f.indicator, f.previous, f.period) for f in facts] == [
        (135, "disputes.reconsideration_cases", 120, None)
    ]


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        (
            "办理人大代表建议、政协提案156件、203件。",
            ["oversight.npc_suggestions", "oversight.cppcc_proposals"],
        ),
        (
            "规范性文件报备率、及时率100%、97%。",
            ["rules.normdocs_filing_rate", "rules.normdocs_filing_timely_rate"],
        ),
        # One item names no indicator of its own: no item-by-item placing, the ordinary one stands.
        ("受理、审结行政复议案件93件、88件。", ["disputes.reconsideration_cases", None]),
        ("开展法治培训、讲座3期、5次。", [None, None]),
    ],
    ids=["two-counts", "two-rates", "acts", "trainings-and-talks"],
)
def test_figures_right_after_a_list_of_as_many_items_are_placed_in_order(sentence, codes):
    assert [f.indicator for f in extract(sentence)] == codes
