from fazhi.reading.segment import headings, outline

DOC = "\n".join(
    [
        "某县2022年度法治政府建设情况报告",
        "2022年，某县坚持依法行政，法治政府建设取得新成效。现将有关情况报告如下，请审阅并提出意见和建议。",
        "一、主要举措和成效",
        "（一）依法全面履行政府职能",
        "1.深化放管服改革。全年取消证明事项12项。",
        "（1）优化营商环境。企业开办时间压缩至1天。",
        "一是健全工作机制。定期研究法治政府建设工作。",
        "（二）完善制度体系",
        "二、存在的不足和原因",
        "三、下一年度主要安排",
        "存在的突出问题",
        "部分单位重视不够，基层执法力量薄弱，法治宣传针对性不强，这些问题需要在今后的工作中认真加以解决。",
    ]
)


def test_each_numbering_style_gets_its_own_level_in_document_order():
    found = headings(DOC)
    styles = [(h.style, h.level, h.text) for h in found]
    assert styles[:6] == [
        ("一、", 1, "主要举措和成效"),
        ("（一）", 2, "依法全面履行政府职能"),
        ("1.", 3, "深化放管服改革"),
        ("（1）", 4, "优化营商环境"),
        ("一是", 5, "健全工作机制"),
        ("（一）", 2, "完善制度体系"),
    ]
    assert ("plain", 1, "存在的突出问题") in styles


def test_spans_point_into_the_text():
    for heading in headings(DOC):
        assert DOC[heading.start : heading.end].endswith(heading.text)
        assert heading.section_end >= heading.end


def test_sections_end_where_the_next_heading_of_the_same_level_starts():
    found = headings(DOC)
    first = found[0]
    second = next(h for h in found if h.text == "存在的不足和原因")
    assert first.section_end < second.start
    assert DOC[first.start : first.section_end].count("一、") == 1


def test_every_section_ends_before_the_next_heading_at_its_level_or_above():
    import random

    rng = random.Random(7)
    numbering = ("一、", "（一）", "1.", "（1）")
    for _ in range(200):
        lines = [DOC.split("\n")[1]]
        for _ in range(rng.randrange(1, 25)):
            lines.append(rng.choice(numbering) + "推进依法行政工作")
            lines.append("全年办理行政复议案件12件，纠错率10%，各项工作有序推进，法治政府建设取得新成效。")
        text = "\n".join(lines)
        found = headings(text)
        for index, heading in enumerate(found):
            later = next((h for h in found[index + 1 :] if h.level <= heading.level), None)
            expected = len(text) if later is None else later.start - 1
            assert heading.section_end == expected


def test_outline_is_a_tree():
    tree = outline(DOC)
    assert [h.text for h in tree][:3] == ["主要举措和成效", "存在的不足和原因", "下一年度主要安排"]
    assert [c.text for c in tree[0].children] == ["依法全面履行政府职能", "完善制度体系"]
    assert tree[0].children[0].children[0].children[0].text == "优化营商环境"


def test_title_and_preamble_lines_are_not_headings():
    texts = [h.text for h in headings(DOC)]
    assert "某县2022年度法治政府建设情况报告" not in texts


def test_numbered_paragraph_heading_is_cut_at_the_first_full_stop():
    found = headings("一、总体情况\n（一）坚持高位推动。市政府高度重视法治建设，主要负责人切实履行职责。")
    assert found[1].text == "坚持高位推动"


def test_a_first_level_style_other_than_yi_works():
    found = headings("第一部分 工作成效\n一、强化组织领导\n第二部分 存在问题\n一、执法力量薄弱")
    assert [(h.style, h.level) for h in found] == [("第一部分", 1), ("一、", 2), ("第一部分", 1), ("一、", 2)]


def test_a_short_opening_with_the_report_formula_starts_the_body_and_a_signature_is_no_heading():
    text = (
        "某县2023年度法治政府建设情况报告\n2023年，某县依法行政水平稳步提高。现将有关情况报告如下：\n主要工作成效\n"
        "全年受理行政复议案件30件，负责人出庭应诉比例保持在九成以上。\n存在的不足\n"
        "基层执法力量与任务相比仍显不足，合法性审查人员偏少。\n某县人民政府\n2024年3月20日\n"
    )
    plain = [h.text for h in headings(text) if h.style == "plain"]
    assert plain == ["主要工作成效", "存在的不足"]
