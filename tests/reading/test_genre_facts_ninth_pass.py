"""Which indicator, or none, a figure belongs to: the ninth pass of issue 16.

``fixtures/genre/forms_ninth_pass.tsv`` (checked by ``test_genre_forms``) holds the forms of the genre, code by
code, in sentences of our own (a township's, a county's, a bureau's, a province's; figures before or after
their noun, in words, in brackets), with the look-alike figures that must stay uncoded. What this pass taught
the engine:

- vocabulary: 培训活动, 专题班 and 讲堂 (法治讲堂) as law trainings; 常务会议…学习 as the meeting's study;
  任务 alone, 年度任务, 主要任务 and 要点…任务 as the year's key tasks; 问题 alone as problems listed; 取得/
  具有…执法资格 and 持证 as officers in post; certificates applied for and renewed (申领, 换发, 新办, 换证, 审验);
  规范性文件…备案 and 规范性文件报备 as documents filed; 政府信息公开 as requests; counsel at office and party
  meetings and reviews (办公会, 党委会, 党组会, 论证); what a public legal-service body provides;
- placing: a law's title between a verb and its count, a count of kinds (20余种) and 全年共开展 are filler;
  新修订 before a law named without title marks names the law; people who sat an exam named in the clause
  before (…测试，参考43人) are its takers;
- no code: study over a list of a theory group, the meeting and a party school; tasks of a plan for several
  years or of another kind of work; problems studied, solved or remedied, or of another kind; problems
  rectified before their noun; papers kept as records; services of another kind after a legal-service body;
  the documents of the bodies below filed with the reporter; items published counted in 条.
"""

from __future__ import annotations

from fazhi.reading.extract import extract


def _coded(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.indicator) for f in extract(sentence)]


def test_the_reporters_filings_are_its_own_and_the_bodies_below_are_received():
    found = _coded("完成县政府规范性文件备案6件，县政府部门规范性文件备案2件。")
    assert found == [(6, "rules.normdocs_filed"), (2, None)]


def test_problems_found_are_listed_and_problems_worked_on_are_not():
    assert _coded("对照法治政府建设指标体系，存在问题12个。") == [(12, "leadership.problems_listed")]
    assert _coded("推动解决群众急难愁盼问题1899个。") == [(1899, None)]
    assert _coded("排查整治安全隐患问题320个。") == [(320, None)]
    assert _coded("共查找问题23个，已整改完成问题20个。") == [(23, "leadership.problems_listed"), (20, None)]


def test_tasks_named_alone_are_the_years_only_where_the_year_makes_them():
    assert _coded("制定年度法治政府建设工作要点，明确任务28项。") == [(28, "leadership.key_tasks")]
    assert _coded("出台《法治政府建设实施方案（2021—2025年）》，细化任务分工86项。") == [(86, None)]
    assert _coded("全年分解下达执法检查任务120项。") == [(120, None)]


def test_study_over_several_bodies_is_not_the_meetings():
    sentence = "健全理论学习中心组、政府常务会议、党校干部培训学习法治思想常态机制，开展学习1000余场（次）。"
    assert _coded(sentence) == [(1000, None)]
    assert _coded("县政府常务会议学习了《民法典》《行政处罚法》等12次。") == [
        (12, "leadership.pre_meeting_study_sessions")
    ]


def test_an_exams_takers_after_its_clause_and_no_other_count():
    assert _coded("组织新任职干部法律知识测试，参考43人。") == [
        (43, "leadership.pre_appointment_exam_takers")
    ]
    assert _coded("组织执法人员资格考试，参考人员120人。") == [(120, None)]


def test_requests_are_counted_in_pieces_and_items_published_are_not():
    assert _coded("全年办理政府信息公开56件，均在法定期限内答复。") == [(56, "oversight.disclosure_requests")]
    assert _coded("全年政府信息公开3200余条。") == [(3200, None)]


def test_a_legal_service_bodys_count_and_not_the_residents_services_after_it():
    assert _coded("各级公共法律服务站点共办理服务事项1.5万件。") == [
        (15000, "disputes.public_legal_services")
    ]
    assert _coded("升级镇公共法律服务工作站和村级便民服务点，全年办理各类便民服务事项1500余件。") == [
        (1500, None)
    ]
