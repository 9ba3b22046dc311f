"""The learned kind model (``kind_model``): the scorer, the rules-then-model decision, and the
look-alike genres, each a page written for this test without a report title."""

from __future__ import annotations

import pytest

from fazhi.reading import kind_model, read


def read_text(text: str):
    return read(text.encode("utf-8"), name="page.txt")


def test_the_weights_load_and_stay_small():
    bias, weights = kind_model._weights()
    assert isinstance(bias, float)
    assert 1000 < len(weights)
    assert kind_model.WEIGHTS.stat().st_size < 3_000_000


REPORT_PAGE = (
    "柳塘县人民政府关于2024年度法治政府建设情况的报告\n"
    "2024年，柳塘县在市委、市政府的坚强领导下，深入推进依法行政，全县法治政府建设取得新成效。"
    "现将有关情况报告如下：\n"
    "一、2024年推进法治政府建设的主要举措和成效\n"
    "（一）健全依法决策机制。全县重大行政决策事项均经合法性审查。\n"
    "二、存在的不足和原因\n部分乡镇执法力量薄弱。\n"
    "三、党政主要负责人履行推进法治建设第一责任人职责情况\n县政府主要负责同志召开常务会议专题研究。\n"
    "四、2025年推进法治政府建设的主要安排\n继续完善行政执法三项制度。\n"
)
NEWS_PAGE = (
    "柳塘县召开全县法治政府建设推进会\n"
    "本报讯 3月8日上午，柳塘县召开法治政府建设推进会，副县长出席会议并讲话。"
    "会议通报了去年以来全县依法行政工作情况，部署今年重点任务。\n"
    "与会人员表示，将认真抓好会议精神的落实。\n"
    "（本报记者 唐书言）\n"
)


def test_the_scorer_tells_a_report_from_a_news_story():
    assert kind_model.probability("柳塘县人民政府关于2024年度法治政府建设情况的报告", REPORT_PAGE) >= 0.8
    assert kind_model.probability("柳塘县召开全县法治政府建设推进会", NEWS_PAGE) <= 0.2


# (case, rules' kind, model's probability, kind decided)
DECISIONS = [
    ("a_report_the_rules_found_stands_whatever_the_model_says", "annual_report", 0.01, "annual_report"),
    ("a_look_alike_the_rules_found_stands_whatever_the_model_says", "not_report", 0.99, "not_report"),
    ("an_unsure_page_the_model_finds_a_report", "uncertain", 0.95, "annual_report"),
    ("an_unsure_page_the_model_finds_no_report", "uncertain", 0.05, "not_report"),
    ("an_unsure_page_the_model_is_unsure_of", "uncertain", 0.5, "uncertain"),
]


@pytest.mark.parametrize(
    ("rules", "chance", "kind"), [row[1:] for row in DECISIONS], ids=[row[0] for row in DECISIONS]
)
def test_the_model_settles_only_what_the_rules_leave_unsure(rules, chance, kind):
    settled, reason = kind_model.decide(rules, chance)
    assert settled == kind
    assert (reason is None) == (rules != "uncertain")


def test_a_page_the_model_settles_keeps_the_rules_reasons():
    # Two sentences of work without a title, an opening or a report's shape beyond 我县/全县.
    reading = read_text("各项工作稳步推进。\n我县依法审核规范性文件12件，全县开展普法活动30场次。\n")
    evidence = reading.metadata_evidence["kind"]
    assert (reading.kind, evidence.source) == ("not_report", "model")
    assert "未找到报告标题" in evidence.reason and "模型判断不是报告" in evidence.reason


# (case, page the rules leave uncertain, kind the model settles it to): written for this test.
# (A three-sentence report excerpt cut above its opening was promoted by the model trained on the
# first set; the model retrained on the rebuilt set scores it 0.00: see docs/reading.md, Limits.)
SETTLED = [
    (
        "a_commentary_on_the_topic_dated_like_a_report",
        "2023年，法治政府建设在各地全面展开，学界对其评估方法的讨论也日益深入。研究者普遍认为，指标体系应兼顾"
        "过程与结果。\n有学者提出，评估结果应向社会公开，以接受监督。\n",
        "not_report",
    ),
    (
        "a_news_round_up_without_a_byline",
        "2022年，多地法治政府建设进入快车道。记者梳理发现，多个城市将行政执法规范化作为突破口。\n"
        "业内人士表示，下一步各地还需在基层执法力量上下功夫。\n",
        "not_report",
    ),
]


@pytest.mark.parametrize(("page", "kind"), [row[1:] for row in SETTLED], ids=[row[0] for row in SETTLED])
def test_the_model_settles_a_page_the_rules_leave_unsure(page, kind):
    reading = read_text(page)
    assert (reading.kind, reading.metadata_evidence["kind"].source) == (kind, "model")


# The model is heard for a report only over a report's headings (a statutory part or an area of
# work): it reads a news item on leaders' duty reports (述法) as sure as a report.
OVER_A_REPORTS_HEADINGS = [
    (
        "a_news_item_on_duty_reports_numbered_by_yi_shi_stays_unsure",
        "2024年，青石市以述法全覆盖推动法治建设第一责任人职责落实。全年，市、县、乡三级共有860名党政主要负责人"
        "在年度述职中述法，其中专题述法120名。\n一是建章立制。制定述法工作办法，明确述法主体、内容和程序。\n"
        "二是创新载体。推行“述法+点评+测评”模式，现场点评述法45人次。\n三是强化运用。将述法情况纳入年度考核。",
        "uncertain",
    ),
    (
        "a_report_excerpt_over_an_area_of_work_heading_is_a_report",
        "2022年，青石省委、省政府坚持以习近平新时代中国特色社会主义思想为指导，坚持依法治省、依法执政、依法行政"
        "共同推进，法治政府建设各项任务扎实推进，为全省经济社会发展提供了坚实法治保障。第三方评估显示，社会公众"
        "对法治政府建设满意度逐年提高。\n一、坚持政治站位，加强党对法治政府建设的领导\n省委常委会、省政府常务会议"
        "多次专题研究法治政府建设，把党的领导贯彻到法治政府建设全过程。",
        "annual_report",
    ),
]


@pytest.mark.parametrize(
    ("page", "kind"),
    [row[1:] for row in OVER_A_REPORTS_HEADINGS],
    ids=[row[0] for row in OVER_A_REPORTS_HEADINGS],
)
def test_the_model_makes_a_report_only_over_a_reports_headings(page, kind):
    reading = read_text(page)
    evidence = reading.metadata_evidence["kind"]
    assert (reading.kind, evidence.source) == (kind, "model")
    if kind == "uncertain":
        assert "不作认定" in evidence.reason


# One page per look-alike genre of issue 16, written for this test; none has a report title.
GENRES = [
    (
        "news_with_a_reporters_byline",
        "本报讯（记者 方知远 通讯员 郭小满）2023年，石湾区坚持依法行政，全区法治政府建设稳步推进。"
        "区司法局介绍，全年审核规范性文件15件，办理行政复议案件42件。\n"
        "下一步，石湾区将继续深化行政执法体制改革。\n",
    ),
    (
        "chapter_of_a_book",
        "第四章 基层法治政府建设的年度报告制度\n"
        "本章以一个县为例，说明年度报告如何写成。2022年，该县坚持依法行政，全县法治政府建设稳步推进。\n"
        "第一节 报告的结构\n报告一般分为成效、不足、第一责任人履职和下一年安排四个部分。\n",
    ),
    (
        "template_with_placeholders",
        "XX县20XX年法治政府建设工作情况\n"
        "20XX年，XX县坚持依法行政，全县法治政府建设取得新进展。全年审核规范性文件X件，"
        "办理行政复议案件X件，XX县行政机关负责人出庭应诉率达到X%。\n"
        "一、主要做法\n（一）XX乡镇推行行政执法三项制度。\n二、存在问题\n（一）XX部门执法人员不足。\n",
    ),
    (
        "yearbook_entry",
        "【法治政府建设】2021年，青石市坚持依法行政，全市法治政府建设考核位居全省前列。"
        "全年制定规范性文件8件，办理行政复议案件120件。\n"
        "【行政复议】全市行政复议机关共收到复议申请130件，受理120件。\n",
    ),
    (
        "machine_translated_english_summary",
        "Report on the construction of the rule of law government in Qingshi City in 2022\n"
        "In 2022, Qingshi City adhered to administration according to law, and the construction of the "
        "rule of law government achieved new results. The city reviewed 12 normative documents and handled "
        "48 administrative reconsideration cases. The main problems are that the law enforcement team "
        "is not strong enough. In 2023 the city will continue to promote strict and fair law enforcement.\n",
    ),
    (
        "spam_quoting_a_report",
        "澳门新葡京娱乐平台 真人百家乐 注册送彩金\n"
        "2023年，南岭县坚持依法行政，全县法治政府建设取得新成效，现将有关情况报告如下：全县审核规范性文件"
        "10件。\n下载APP 立即注册 时时彩 彩票开户 体育投注\n",
    ),
    (
        "township_summary_and_ideas",
        "大河镇2023年工作总结和2024年工作思路\n"
        "2023年，大河镇在县委、县政府的领导下，坚持发展第一要务，全镇经济社会平稳发展。"
        "全镇完成固定资产投资3.2亿元，新建道路12公里，依法调处矛盾纠纷46件。\n"
        "一、2023年工作总结\n（一）产业发展。\n二、2024年工作思路\n（一）抓好项目建设。\n",
    ),
]


@pytest.mark.parametrize("page", [row[1] for row in GENRES], ids=[row[0] for row in GENRES])
def test_a_look_alike_without_a_report_title_is_not_read_as_a_report(page):
    reading = read_text(page)
    assert reading.kind not in ("annual_report", "multi_year_report")
    assert reading.metadata_evidence["kind"].reason
