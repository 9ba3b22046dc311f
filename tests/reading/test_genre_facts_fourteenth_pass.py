"""Which indicator, or none, a figure belongs to: the fourteenth pass of issue 16 (fifteenth session).

Forms of the genre written for these tests (the sentences are our own), from a battery of the year's
duties and of the noise scraped pages carry:
- a count of events right before one long noun phrase names the phrase's head (举办12场全市…主题培训班);
- a training whose sentence says in a later clause what it taught in law (举办培训班5期，开展“习近平法治
  思想”相关培训) is a law training;
- a page that lost its stop before the next point (培训4次二是…) or its comma before the next clause's
  verb (培训12场次参训干部800人次) still names the figure by the words before it;
- papers asked of applicants, hotlines merged into one and the tasks of a plan for several years are
  other things than materials handed out, hotline requests and the year's key tasks, and officers
  named by what they took part in (参训执法人员) are not all those in post;
- tasks split up to be carried out (分解为, 细化落实), a task-division plan's items and the year's list
  made after a multi-year outline is named are the year's list; lawsuits 涉及 the reporter itself are
  its own.
"""

from __future__ import annotations

import pytest

from fazhi.reading.extract import extract


def _coded(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.indicator) for f in extract(sentence)]


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("举办12场全市领导干部法治能力提升主题培训班。", 12, "education.trainings"),
        ("举办8期某某市行政执法人员综合法律知识轮训培训班。", 8, "education.trainings"),
        ("组织法治培训4次二是组织全体干部参加在线考试。", 4, "education.trainings"),
        ("全年开展法治培训12场次参训干部800人次。", 12, "education.trainings"),
        ("开展普法宣传活动43次发放宣传资料1.2万份。", 43, "education.activities"),
        ("分解落实法治政府建设重点工作27项。", 27, "leadership.key_tasks"),
        ("印发《2023年法治政府建设工作任务分工方案》，明确了30项具体工作。", 30, "leadership.key_tasks"),
        ("将2023年法治政府建设任务细化分解为60项，实行清单化管理。", 60, "leadership.key_tasks"),
        ("细化落实上级部署的法治政府建设任务33项。", 33, "leadership.key_tasks"),
        (
            "对标《法治政府建设实施纲要（2021—2025年）》，制定年度任务清单，明确重点任务25项。",
            25,
            "leadership.key_tasks",
        ),
        ("县委党校举办培训班6期，开展“习近平法治思想”相关培训18学时。", 6, "education.trainings"),
        ("本年度涉及我局的行政诉讼案件3件。", 3, "disputes.litigation_cases"),
        ("全年涉及区政府的行政诉讼案件41件。", 41, "disputes.litigation_cases"),
    ],
)
def test_figures_named_across_a_long_phrase_or_a_lost_stop(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        # a long phrase with 的, or a clause break, in it names nothing this far right
        ("举办12场关于全市领导干部法治能力提升的主题培训班。", 12, "education.trainings"),
        ("召开会议12场，全市领导干部法治能力提升主题培训班已开班。", 12, "education.trainings"),
        # a count of things, not of events, still counts the noun after it
        ("建成12个全市领导干部法治能力提升主题培训基地。", 12, "education.trainings"),
        ("共减少申请资料1124个，取消证明事项37项。", 1124, "education.materials"),
        ("精简办事材料320份。", 320, "education.materials"),
        ("整合各类政务服务热线21条，统一归并到12345热线。", 21, "oversight.hotline_requests"),
        ("在“十四五”规划确定的96项任务中，已完成71项。", 96, "leadership.key_tasks"),
        ("《法治政府建设实施纲要》确定的58项任务全部推进。", 58, "leadership.key_tasks"),
        ("印发《法治政府建设实施方案（2021—2025年）》，细化274项任务分工。", 274, "leadership.key_tasks"),
        ("涉及征地拆迁的行政诉讼案件31件。", 31, "disputes.litigation_cases"),
        ("组织执法人员开展业务培训，参训执法人员860人。", 860, "enforcement.officers"),
        ("收到复议申请3宗，其中1宗案由为行政处罚后的行政强制执行。", 1, "enforcement.penalty_cases"),
        # the next clause names the rule of law, but no training in it
        (
            "街道党校全年共举办培训班76次，覆盖党员2700名，将习近平法治思想传达到每一名党员。",
            76,
            "education.trainings",
        ),
        ("举办电商培训班3期，带动就业120人。", 3, "education.trainings"),
    ],
)
def test_figures_of_other_things_keep_no_such_code(sentence, count, code):
    assert (count, code) not in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("发放普法宣传资料3.2万余份。", 32000, "education.materials"),
        ("12345热线受理群众诉求3.6万件，按时办结率99%。", 36000, "oversight.hotline_requests"),
        ("制定年度法治政府建设工作要点，部署了6大类32项重点任务。", 32, "leadership.key_tasks"),
        ("举办法治讲座6场，参加干部300人次。", 6, "education.trainings"),
        ("举办村干部法治培训班3期。", 3, "education.trainings"),
        ("2025年共有26名执法人员参与行政执法工作。", 26, "enforcement.officers"),
        ("对行政执法队伍实施动态化管理，我局现有持行政执法证人员32人。", 32, "enforcement.officers"),
        ("认真组织16名行政执法人员参加集中法治培训。", 16, "enforcement.officers_trained"),
    ],
)
def test_the_ordinary_forms_keep_their_code(sentence, count, code):
    assert (count, code) in _coded(sentence)
