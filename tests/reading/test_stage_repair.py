import pytest

from fazhi.reading.published import publication_dates
from fazhi.reading.repair import repair, to_simplified

from .conftest import THREE_PARTS_BODY, read_text


def test_pinyin_annotations_are_removed_and_counted():
    repaired = repair("法治政府建設(shè)工作報(bào)告，推進(jìn)依法行政(zhèng)，加強(qiáng)監督。")
    assert "(" not in repaired.text and "（" not in repaired.text
    assert repaired.repairs["pinyin"] == 5
    assert repaired.text == "法治政府建设工作报告，推进依法行政，加强监督。"


def test_brackets_that_are_not_pinyin_stay():
    repaired = repair("出台《实施方案（2016—2020年）》（以下简称方案）共计（a）项。")
    assert "（2016—2020年）" in repaired.text
    assert "（以下简称方案）" in repaired.text
    assert repaired.repairs["pinyin"] == 0


def test_traditional_script_is_detected_and_converted_at_phrase_level():
    repaired = repair(
        "瀘州市人民政府關於2019年度法治政府建設情況的報告。市政府堅持依法行政，執法檢查覆蓋全市。"
    )
    assert repaired.script == "traditional"
    assert "泸州市人民政府关于2019年度法治政府建设情况的报告" in repaired.text
    assert repaired.repairs["traditional"] >= 8


def test_simplified_text_stays_simplified():
    repaired = repair("市政府坚持依法行政，全面推进法治政府建设。")
    assert repaired.script == "simplified"
    assert repaired.text == "市政府坚持依法行政，全面推进法治政府建设。"


def test_doubled_and_misplaced_punctuation_collapse_to_the_strongest_mark():
    repaired = repair("2019年,,全市落实中共中央,、国务院部署,取得明显成效,。不予备案12件,;二,、推进")
    assert repaired.text == "2019年，全市落实中共中央、国务院部署，取得明显成效。不予备案12件；二、推进"
    assert repaired.repairs["punctuation"] == 5


def test_widths_thousands_separators_and_times():
    repaired = repair("办理案件１，２００件，涉及１,200人，会议于09:18召开ＡＢＣ")
    assert "1200件" in repaired.text
    assert "1200人" in repaired.text
    assert "ABC" in repaired.text
    assert repaired.repairs["width"] > 0


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("全年调解各类纠纷12 486件，调解成功率98%", "调解各类纠纷12486件"),
        ("全市共有1 204个人民调解委员会", "共有1204个人民调解"),
        ("累计办理公证事项2 318 640件", "公证事项2318640件"),
    ],
)
def test_thousands_set_apart_by_a_space_are_one_number(raw, kept):
    assert kept in repair(raw).text


@pytest.mark.parametrize(
    ("raw", "joined"),
    [
        ("第 3 页 共 12 页", "312"),
        ("2023年 1 月 100 人参加", "1100"),
        ("举办培训 12 期 860 人次", "12860"),
        ("共 12 345 件", "12345"),  # no counter right after the last group: left as printed
    ],
)
def test_numbers_in_a_row_are_not_thousands(raw, joined):
    assert joined not in repair(raw).text


def test_a_half_width_full_stop_after_chinese_ends_the_sentence():
    repaired = repair("共举办培训7期.参训率达98.5%.详见www.gov.cn.更多……请看1.2节")
    assert repaired.text == "共举办培训7期。参训率达98.5%。详见www.gov.cn.更多……请看1.2节"


def test_chrome_lines_are_dropped_and_the_publication_date_kept_as_a_signal():
    raw = "\n".join(
        [
            "今天是：2019年10月31日 星期四",
            "首页 > 政务公开 > 法治政府建设",
            "某某区2018年度法治政府建设情况报告",
            "发布时间：2019-03-20 浏览次数：1024 【字体：大 中 小】",
            "2018年，某某区坚持依法行政，法治政府建设取得新成效，现将有关情况报告如下。",
            "一、主要举措和成效",
            "全年办理行政复议案件50件，各项工作稳步推进，群众满意度持续提升。",
            "上一篇：关于某某工作的通知",
            "网站地图 | 联系我们",
            "主办单位：某某区人民政府 ICP备案号：某ICP备0000号",
        ]
    )
    repaired = repair(raw)
    assert "浏览次数" not in repaired.text
    assert "今天是" not in repaired.text
    assert "网站地图" not in repaired.text and "上一篇" not in repaired.text
    assert publication_dates(repaired.chrome) == ["2019-03-20"]
    assert repaired.signals["site_clock"]
    assert repaired.repairs["chrome"] >= 5
    assert repaired.text.splitlines()[0] == "某某区2018年度法治政府建设情况报告"


def test_body_lines_mentioning_chrome_words_survive():
    long_line = "区政府积极回应群众关切，建立来源可查、去向可追的信息发布机制，全年主动公开政府信息3000余条，办理依申请公开120件，答复率100%。"
    assert long_line in repair(long_line).text


def test_whitespace_is_normalised_but_a_blank_number_keeps_its_space():
    repaired = repair("  全年共调处各类矛盾纠纷   件，\u3000调解成功率99%。  \n\n\n下一行")
    assert repaired.text == "全年共调处各类矛盾纠纷 件，调解成功率99%。\n下一行"


def test_a_space_between_a_number_and_its_counter_is_dropped():
    # Text taken from a PDF or a spaced table: the number and its counter are one word again,
    # a space before the number or after a year stays, and a blank number keeps its space.
    repaired = repair("等 19 期班次中开设专题课程26 次，14 名执法人员参加考试，办结率 98 %。2024 年共 件")
    assert repaired.text == "等 19期班次中开设专题课程26次，14名执法人员参加考试，办结率 98%。2024 年共 件"
    assert repaired.repairs["whitespace"] >= 4


def test_a_spaced_count_is_coded_as_its_unspaced_twin():
    body = "一、主要举措和成效\n全年共有 14 名执法人员通过行政执法证考试，在 19 期班次中开设专题课程 26 次。"
    spaced = read_text(f"2024年，我县法治政府建设工作报告如下。\n{body}")
    joined = read_text(f"2024年，我县法治政府建设工作报告如下。\n{body.replace(' ', '')}")
    assert [(f["indicator"], f["value"]) for f in spaced.as_dict()["facts"]] == [
        (f["indicator"], f["value"]) for f in joined.as_dict()["facts"]
    ]


def test_essay_site_watermarks_are_stripped_and_noted():
    repaired = repair(
        "一、主要举措和成效 公文汇 www.example.com\n正文内容很长很长，足够作为一个段落存在于报告之中。"
    )
    assert repaired.text.splitlines()[0] == "一、主要举措和成效"
    assert repaired.signals["essay_site"]


def test_to_simplified_is_phrase_level():
    assert to_simplified("資訊系統與軟體") == "资讯系统与软体"


# Pages met on published sites that the corpus did not have, each written in our own words.


def test_a_header_of_short_chrome_lines_does_not_make_the_body_a_footer():
    page = (
        "示范单位\n"
        "江苏省人民政府关于2023年度法治政府建设情况的报告\n"
        "阅读：0\n"
        "字体：[] [] []\n"
        "打印\n"
        "分享\n"
        "2023年，全省政府系统持续推进依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY
    )
    reading = read_text(page)
    assert "审核规范性文件14件" in reading.text
    assert not any(line in ("打印", "分享", "阅读：0") for line in reading.text.split("\n"))
    assert reading.elements["shortcomings"].status == "section"
    assert reading.elements["next_plan"].status == "section"


def test_a_watermark_glued_to_the_body_takes_only_its_address():
    page = (
        "范文天地—每日更新好文章www.example-essays.com江苏省人民政府关于2023年度法治政府建设情况的报告"
        "2023年，省政府坚持依法行政，审核规范性文件14件，法治政府建设取得新成效。"
    )
    reading = read_text(page)
    assert "www." not in reading.text
    assert "审核规范性文件14件" in reading.text


def test_a_line_break_tag_shown_as_text_is_a_line_break():
    # A site that prints its title field's markup: the issuer's line and the title's rest.
    page = "周村区城北路街道办事处<br/>2017年度法治政府建设情况报告\n" + THREE_PARTS_BODY
    repaired = repair(page)
    assert "<br" not in repaired.text and repaired.repairs["noise"] == 1
    for tag in ("<br>", "<BR />", "<br/>"):
        reading = read_text(page.replace("<br/>", tag))
        assert reading.title == "周村区城北路街道办事处2017年度法治政府建设情况报告"
        assert reading.level == "township"


def test_other_angle_brackets_stay():
    repaired = repair("2023年，全县审核规范性文件<12件>，其中<b>重点</b>文件3件。\n" + THREE_PARTS_BODY)
    assert "<12件>" in repaired.text and "<b>" in repaired.text and repaired.repairs["noise"] == 0


@pytest.mark.parametrize(
    "byline",
    [
        "2024年02月26日 来源: 市司法局 作者: 字体:",
        "2024-02-26 来源：市司法局 作者：张三",
        "2024年02月26日 作者：张三 编辑：李四",
        "2024-02-26 发布：某某县司法局",
        "2024-02-26 点击：35次",
        "2024-02-26 【字体：大 中 小】",
        "2024-02-26 【大 中 小】 【打印】",
        "2024年02月26日 【收藏】",
    ],
)
def test_a_date_led_byline_with_more_credits_is_the_pages_date(byline):
    repaired = repair(
        f"某市2023年度法治政府建设情况报告\n{byline}\n2023年，我市坚持依法行政。\n一、主要举措和成效"
    )
    assert byline.split()[0] not in repaired.text
    assert publication_dates(repaired.chrome) == ["2024-02-26"]
