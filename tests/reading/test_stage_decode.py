import io
import zipfile

import pytest

from fazhi.reading import InputTooLarge, ReadingError, read
from fazhi.reading.decode import MAX_INPUT_BYTES, decode, decode_text

from .conftest import THREE_PARTS_BODY, fixture_text, read_text

SAMPLE = (
    "南平市人民政府2019年度法治政府建设情况报告\n2019年，南平市坚持依法行政，全年受理行政复议案件312件。\n"
)


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"]
)
def test_text_encodings_are_detected(encoding):
    text, _ = decode_text(SAMPLE.encode(encoding))
    assert text.lstrip("\ufeff") == SAMPLE


def test_big5_is_told_from_gb18030():
    traditional = "南平市人民政府2019年度法治政府建設情況報告\n2019年，南平市堅持依法行政，全年受理行政複議案件312件，執法監督體系健全。\n"
    text, encoding = decode_text(traditional.encode("big5"))
    assert text == traditional
    assert encoding.startswith("big5")


def test_a_gbk_report_reads_like_its_utf8_twin():
    source = fixture_text("city_annual_2019.txt")
    utf8 = read(source.encode("utf-8")).as_dict()
    gbk = read(source.encode("gbk")).as_dict()
    for field in ("title", "kind", "region", "year", "published", "facts"):
        assert gbk[field] == utf8[field], field


def test_html_main_text_is_kept_and_chrome_dropped(fixtures):
    reading = read(fixtures / "province_report_2024.html")
    assert reading.format == "html"
    assert "网站地图" not in reading.text and "tracker" not in reading.text
    assert "云岭" not in reading.text
    assert reading.title == "贵州省2024年度法治政府建设情况报告"
    assert reading.published == "2025-03-28"
    assert any(f.indicator == "disputes.head_appearance_rate" and f.value == 99.1 for f in reading.facts)


def _docx_bytes(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for index, paragraph in enumerate(paragraphs):
        if index == 0:
            document.add_heading(paragraph, level=1)
        else:
            document.add_paragraph(paragraph)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "行政复议案件"
    table.rows[0].cells[1].text = "312件"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf_bytes(lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("STSong-Light", 11)
    y = 800
    for line in lines:
        pdf.drawString(40, y, line)
        y -= 18
    pdf.save()
    return buffer.getvalue()


REPORT_LINES = [
    "南平市人民政府2019年度法治政府建设情况报告",
    "2019年，南平市坚持依法行政，法治政府建设取得新成效。",
    "一、主要举措和成效",
    "全年受理行政复议案件312件，办理法律援助案件2810件。",
    "二、存在的不足和原因",
    "基层执法力量依然薄弱。",
]


def test_docx_paragraphs_and_tables_are_read():
    reading = read(_docx_bytes(REPORT_LINES))
    assert reading.format == "docx"
    assert reading.title == REPORT_LINES[0]
    assert reading.year == 2019
    assert reading.elements["shortcomings"].status == "section"
    assert "行政复议案件" in reading.text and "312件" in reading.text
    assert any(f.indicator == "disputes.legal_aid_cases" and f.value == 2810 for f in reading.facts)


def test_pdf_text_layer_is_read():
    reading = read(_pdf_bytes(REPORT_LINES))
    assert reading.format == "pdf"
    assert reading.title == REPORT_LINES[0]
    assert any(f.indicator == "disputes.reconsideration_cases" and f.value == 312 for f in reading.facts)


def test_pdf_without_text_layer_is_refused_with_a_chinese_message():
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.rect(10, 10, 100, 100)
    pdf.save()
    with pytest.raises(ReadingError) as caught:
        read(buffer.getvalue())
    assert "文本层" in caught.value.message


def test_truncated_docx_and_pdf_raise_reading_errors():
    docx_bytes = _docx_bytes(REPORT_LINES)
    pdf_bytes = _pdf_bytes(REPORT_LINES)
    with pytest.raises(ReadingError):
        read(docx_bytes[: len(docx_bytes) // 2])
    with pytest.raises(ReadingError):
        read(pdf_bytes[: len(pdf_bytes) // 3])


def test_a_zip_that_is_not_a_docx_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a document")
    with pytest.raises(ReadingError):
        read(buffer.getvalue())


def test_input_over_the_limit_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_INPUT_BYTES + 1)
    with pytest.raises(InputTooLarge) as caught:
        read(big)
    assert "50 MB" in caught.value.message
    with pytest.raises(InputTooLarge):
        decode(b"x" * (MAX_INPUT_BYTES + 1))


def test_missing_file_is_a_reading_error_in_chinese(tmp_path):
    with pytest.raises(ReadingError) as caught:
        read(tmp_path / "nope.txt")
    assert "不存在" in caught.value.message


def test_source_is_the_path_as_given(fixtures):
    path = fixtures / "township_report_2022.txt"
    assert read(path).source == str(path)
    assert read(str(path)).source == str(path)
    assert read(path.read_bytes(), name="上传.txt").source == "上传.txt"


@pytest.mark.parametrize("source", ["bytes", "path", "stream"])
def test_empty_input_is_refused_with_a_chinese_message(tmp_path, source):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    given = {"bytes": b"", "path": empty, "stream": io.BytesIO(b"")}[source]
    with pytest.raises(ReadingError) as caught:
        read(given)
    assert caught.value.message == "文件为空（0 字节），未读取"


@pytest.mark.parametrize(
    "data",
    [
        b" \n\t\r\n   \n",
        "\u3000\u3000\n\n".encode(),
        b"\xef\xbb\xbf",
        "\n".encode("utf-16"),
        b"<html><head><title></title></head><body><div><p>&nbsp;</p><br/></div></body></html>",
        "。。。，，、\n——\n".encode("gb18030"),
    ],
    ids=["spaces", "ideographic-spaces", "bom-only", "utf16-newline", "markup-only", "punctuation-only"],
)
def test_input_without_any_text_is_refused(data):
    with pytest.raises(ReadingError) as caught:
        read(data)
    assert caught.value.message == "未能从文件中取得文字：可能是扫描件或空文档"


def test_a_docx_without_paragraphs_is_refused():
    import docx

    for paragraphs in ([], ["", "   "]):
        document = docx.Document()
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
        buffer = io.BytesIO()
        document.save(buffer)
        with pytest.raises(ReadingError) as caught:
            read(buffer.getvalue())
        assert caught.value.message == "未能从文件中取得文字：可能是扫描件或空文档"


def test_a_page_of_chrome_only_is_refused():
    with pytest.raises(ReadingError) as caught:
        read("发布时间：2024-03-28 10:00\n【字体：大 中 小】\n网站地图\n".encode())
    assert "没有正文文字" in caught.value.message


# Plain text copied out of a PDF, as pages met on published sites give it (written in our own words).


def test_plain_text_copied_out_of_a_pdf_is_rejoined_and_loses_its_page_numbers():
    # Lines as a printed page broke them: a figure (1|7件) and an alias (宣传|资料) run over a break.
    lines = [
        "2022年，某县坚持依法行政，推动法治政府建设取得新成效。全年审核规范性文件1",
        "7件，开展法治培训26场次，办理行政复议案件38件，纠错率9%，发放普法宣传",
        "资料4500份，各项工作稳步推进。现将有关情况报告如下：一、主要举措和成效",
        "县政府常务会议学法6次，组织旁听庭审2次，法律顾问参与审查合同41件，行政机",
        "关负责人出庭应诉率达到100%，依法行政水平持续提升，人民群众满意度不断提高",
        "基层执法队伍建设持续加强，执法人员法律素养和执法能力得到进一步提升与巩固。",
    ]
    page = (
        "某县人民政府关于2022年度法治政府建设情况的报告\n"
        + "\n".join(lines[:2])
        + "\n— 2 —\n"
        + "\n".join(lines[2:])
        + "\n"
    )
    reading = read_text(page)
    assert "— 2 —" not in reading.text
    facts = {(f.indicator, f.value) for f in reading.facts}
    assert ("education.materials", 4500) in facts
    assert ("rules.normdocs_reviewed", 17) in facts


def test_ordinary_text_with_short_lines_is_not_rejoined():
    page = (
        "某县人民政府关于2022年度法治政府建设情况的报告\n"
        "一、主要举措和成效\n"
        "全年审核规范性文件17件。\n"
        "二、存在的不足\n"
        "基层执法力量薄弱。\n"
        "三、2023年工作打算\n"
        "继续加强执法监督。\n"
    )
    assert read_text(page).text.count("\n") == 6


def test_line_break_tags_alone_do_not_make_a_text_a_web_page():
    # A site's title field printed twice with its markup: two <br/> and no other tag.
    field = "周村区城北路街道办事处<br/>2017年度法治政府建设情况报告"
    page = f"标题: {field}\n发文日期: 2018-03-30\n\n{field}\n\n" + THREE_PARTS_BODY
    reading = read(page.encode())
    assert reading.title == "周村区城北路街道办事处2017年度法治政府建设情况报告"
    assert reading.format == "text"
    html = f"<html><body><div>{field}</div><p>{THREE_PARTS_BODY}</p></body></html>"
    assert read(html.encode()).format == "html"
