"""Which indicator, or none, a figure belongs to: the fifth pass of issue 16.

``fixtures/genre/forms_fifth_pass.tsv`` (checked by ``test_genre_forms``) holds forms of the genre in sentences of our own, with
figures of another thing beside them that must stay uncoded. What this pass taught the engine:

- a count names its own list when the list right after it is not a bare one (印发17项…重点任务清单和
  8项…措施清单: the 8 is measures), and no list of the next figure (101项、权责清单2268项);
- key tasks only where the sentence makes, lists or dates them (制定, 明确, 清单, 年度…); not a plan's
  tasks carried out (推动…重点任务落地落实) nor a reform's or a campaign's (“放管服”改革重点任务,
  专项工作重点任务);
- powers taken back, sunk or entrusted (收回行政职权12项, 下沉执法事项, 委托…行使) count nothing;
- a target or a plan (力争, 争取, 预计, 计划开展 after a year or a subject, 将组织, 下一步, 明年) is not
  the year's figure (按年度培训计划开展培训12场 is);
- the things published may be a list closed by 等 after filler words (主动公开各类文件、政策解读等共计…);
- those to be promoted (拟提拔…的干部参加任前考试) sat the pre-appointment exam;
- an inspection by a people's congress (人大常委会开展执法检查), problems an audit found and petitions
  about a dispute (涉及行政复议的信访事项) are not the government's inspections, problems or cases;
- forms newly read: 重点工作 as key tasks, filings examined named 报送备案的规范性文件, major penalties and
  coercive measures filed (报备重大行政处罚决定, 重大行政强制措施备案), joint random inspections
  (部门联合双随机抽查), booklets (普法读本), and a thousands comma (1,236人);
- lenient decisions (不予处罚、从轻处罚决定) are no penalty cases; decisions reviewed in a clause after
  their count (对12个重大行政决策事项进行合法性审查) are not the catalogue; items put in the catalogue of
  major enforcement decisions (168项…事项纳入…法制审核目录) are not decisions reviewed; documents made
  and then filed (…发布的12件规范性文件全部报市政府备案) are filed;
- a clause that only counts who took part (…宪法宣誓仪式5次，参加人员86人) counts the act before it,
  but people trained are enforcement officers only where the sentence says so; 减少…证明材料;
- a small count in words that ends its clause is a count (出台政府规章两部。); with a noun after it,
  it stays a set phrase (三项制度, 两个维护), and 每月一次 is a frequency;
- a frequency (每月至少开展4场次) is not the year's count, nor are meetings that discussed a kind of work
  (研究行政检查工作5次, 听取…工作汇报3次); the answers a disclosure report sorts requests
  by (不掌握, 过程性信息) are not items published; an alias in a 相关的 phrase after a figure names what its
  noun is about (一百余项与行政复议相关的法律法规);
- rates of another thing stay uncoded (公开率, 持证率, 履行率…); a correction rate of filings or penalties
  (规范性文件备案审查纠错率) is not reconsideration's; businesses inspected are counted as inspected at
  random only where the sentence says so (随机, 抽查, 抽取); 人民币 before a sum is filler;
- regulations submitted for deliberation (提请…审议…11件) or planned (立法计划…项目) are not enacted;
  the share of applications made online (网上办件率) is not the share that can be;
- after a clause that only names a topic, with no figure of its own (行政许可事项：公布186项; 在人民调解组织
  方面，新建42个), any verb of doing may stand before the figure; a verb with 数量/量 (受理数量达到86件) is filler.
"""

from __future__ import annotations

from fazhi.reading.extract import extract


def test_the_plan_words_of_the_year_stay_the_years():
    # 按计划开展 is done; 计划完成率 is a rate of its own; a review of documents to be issued is the year's.
    assert [f.indicator for f in extract("按照年度执法检查计划，开展行政检查1260次。")] == [
        "enforcement.inspections"
    ]
    assert [f.indicator for f in extract("双随机抽查计划完成率达100%。")] == [
        "enforcement.random_plan_completion_rate"
    ]
    facts = extract("对拟出台的文件全部进行合法性审核，清理规范性文件54件。")
    assert [(f.value, f.indicator) for f in facts] == [(54, "rules.normdocs_cleaned")]


def test_those_who_took_part_count_the_act_before_them():
    facts = extract("举行宪法宣誓仪式5次，参加人员86人。")
    assert [(f.value, f.indicator) for f in facts] == [(5, None), (86, "leadership.oath_takers")]
    # Trainees not said to be enforcement officers are not counted as them.
    facts = extract("举办法治培训班3期，参加人员260人。")
    assert [(f.value, f.indicator) for f in facts] == [(3, "education.trainings"), (260, None)]
    facts = extract("举办执法人员法治培训班3期，参加人员260人。")
    assert [(f.value, f.indicator) for f in facts][1] == (260, "enforcement.officers_trained")
