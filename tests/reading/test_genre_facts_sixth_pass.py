"""Which indicator, or none, a figure belongs to: the sixth pass of issue 16.

``fixtures/genre/forms_sixth_pass.tsv`` (checked by ``test_genre_forms``) holds forms of the genre in sentences of our own, with
figures of another thing beside them that must stay uncoded. What this pass taught the engine:

- opinions a legal adviser issues may be called 意见书 and counted in times (出具意见书34次); taking
  part in a review (参与合法性审查41次) is no opinion;
- the hotline's on-time rate may follow its work orders as 按时完成率 (12345工单…按时完成率); a service
  hall's 按时办结率 stays uncoded;
- a list a change ends at (行政权力从2310项减少至1986项) is the list, counted as 行政权力 too; a
  clean-up (清理…行政职权64项), powers handed down after their count (26项…行政权力下放到各乡镇) and one
  count over powers and public services (148项行政权力和公共服务事项进驻大厅) are not;
- trainees of a party school's classes (党校主体班次…受训人员) are cadres, not enforcement officers.
- disputes prevented (预防矛盾纠纷) were not mediated; cases of one field (涉企, 涉及民生领域) are a kind
  of the cases; documents of penalties or permits published (行政处罚文件7件) are not cases or items;
- what a clean-up keeps is named 继续有效的（行政）规范性文件 too.
- items moved into an approval bureau (…行政许可事项统一划入…) are not the list; cases a head appeared
  in (负责人出庭应诉案件) are a part of the lawsuits; a mean count (年均化解纠纷) is not the year's, a mean
  rate (年均听证率) is; the legal-service hotline (12348, 公共法律服务热线) is not 12345; one count
  over regulations and rules named after it (等3部地方性法规、规章) is neither's; contracts and opinions
  for villages (村合同, 帮助审查…合同, 为村（居）委会…提供法律意见) are a legal service.
- problems an audit found are an audit's anywhere in their sentence (开展审计整改，整改问题43个); work
  orders about one matter (涉及执法问题的工单) are a part of the hotline's requests;
- officers counted by what they did this year are not the officers in post: certificates issued to
  them (为318名执法人员换发行政执法证) are certificates processed, an exam they sat counts nothing.
- one case's fine (对某食品公司作出罚款8万元的行政处罚) is not the year's total of fines.
- study at every meeting (逢会必学…学法) is the pre-meeting study; villagers' study is not.
- people trained are enforcement officers only where their sentence, or its paragraph before it, names
  enforcement (执法): 举办法治培训班4期，培训360余人次 counts no officers; nor do grid workers,
  mediators or legal-aware villagers (网格员, 调解员, 法律明白人) trained.
- activities are law education only where the report says so: a campaign's publicity or talks (安全生产宣传活动, 党的二十大精神宣讲)
  with no 法 in their sentence or its paragraph before are not (三是深化普法宣传。…宣讲活动48场次 is).
"""

from __future__ import annotations

from fazhi.reading.extract import extract


def test_the_list_a_change_ends_at_keeps_its_start_out():
    # The list before the change is not a second count of the list.
    facts = extract("市直机关行政权力从2310项减少至1986项。")
    assert [(f.value, f.indicator) for f in facts] == [(1986, "functions.power_list_items")]
