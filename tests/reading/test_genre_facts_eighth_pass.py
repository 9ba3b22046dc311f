"""Which indicator, or none, a figure belongs to: the eighth pass of issue 16.

``fixtures/genre/forms_eighth_pass.tsv`` (checked by ``test_genre_forms``) holds the forms of the new
tuning pages of the 555-page set, in sentences of our own, with figures of another thing beside them
that must stay uncoded. What this pass taught the engine:

- major enforcement decisions named in full (重大行政执法决定) and reviewed (审查, 审核) are the reviews of
  major decisions, also in a breakdown of reviews where 规范性文件…审查 used to reach across them;
- the rest of a breakdown (其他事项审查2件, 其余案件46件) is none of the things named before it;
- holders of the certificate (执法证持有人数, 持证人数) are the officers in post; officers added this
  year (新增执法人员7人, 新招录…16名) are a change, not the officers in post;
- study of a party committee's theory group (区委理论学习中心组学法4次) after the executive meeting's own
  figure is that group's; the meeting's collective study (常务会议学法制度…集体学法11次) stays the meeting's;
- themed, focused or concentrated publicity (主题宣传, 专题宣传, 集中宣传) of named laws is law education;
  a campaign's themed publicity with no law (安全生产主题宣传) is not.
"""

from __future__ import annotations

from fazhi.reading.extract import extract


def _coded(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.indicator) for f in extract(sentence)]


def test_a_breakdown_of_reviews_gives_each_item_its_own_code():
    found = _coded("其中，规范性文件审查3件，重大行政执法决定审查14件，其他事项审查2件，镇村合同审查820件。")
    assert found == [
        (3, "rules.normdocs_reviewed"),
        (14, "enforcement.major_decisions_reviewed"),
        (2, None),
        (820, None),
    ]


def test_officers_added_are_not_the_officers_in_post():
    assert _coded("全县在册执法人员1342人，较上年新增45人。") == [(1342, "enforcement.officers"), (45, None)]
    assert _coded("年内新增执法人员7人。") == [(7, None)]


def test_the_theory_group_study_is_not_the_executive_meetings():
    found = _coded("全年区政府常务会议学法6次、区委理论学习中心组学法4次。")
    assert found == [(6, "leadership.pre_meeting_study_sessions"), (4, None)]
