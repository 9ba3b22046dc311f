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

Then forms written in the genre's style, area by area: drafts named in a relative clause (对拟出台的…,
审核…拟以县政府名义出台的…) are reviewed drafts; what a clean-up of certification items kept is no
documents kept; requests named with the information (依申请公开政府信息申请) are requests; suggestions and
proposals counted together are not the proposals alone, nor documents and contracts the contracts; the
hotline's hand-ons and 满意度; 查处…案件 (not discipline or crime); businesses exempted in 家; events named
after the constitution (not an oath ceremony); a people count right after a count of events (考试5批次、
142人); the reconsideration bureau's intake; a total that includes a part in brackets (（含简易程序）);
a level held (保持在) before a rate's figure.
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


def test_a_people_count_after_a_count_of_events_is_the_same_act():
    found = _coded("全年共组织领导干部任前法律知识考试5批次、142人。")
    assert found == [(5, None), (142, "leadership.pre_appointment_exam_takers")]
    # Two acts counted one after the other are not two measures of one act.
    assert _coded("开展法治培训、讲座3期、5次。") == [(3, None), (5, None)]


def test_drafts_in_a_relative_clause_are_reviewed_and_a_plan_is_not():
    assert _coded("对拟出台的规范性文件开展合法性审核27件次。") == [(27, "rules.normdocs_reviewed")]
    assert _coded("下一年度拟出台规范性文件6件。") == [(6, None)]
