"""Stage 1, decode: bytes of any supported format -> plain text plus page hints.

Formats are told by content, never by file name: PDF by its magic, DOCX by
its zip members, HTML by its tags; anything else is text in one of the
encodings Chinese governments publish in.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from . import limits
from .model import InputTooLarge, ReadingError

# Larger inputs are refused: no real report comes near it, and a worker that
# holds several such files at once would run out of memory.
MAX_INPUT_BYTES = 50 * 1024 * 1024

# How much of the start is sniffed for HTML tags and charset declarations.
SNIFF_BYTES = 4096

# trafilatura sometimes keeps only a teaser of a page; below this many
# characters of main text the whole page text is used instead and the chrome
# filter of the repair stage does the cleaning.
MIN_MAIN_TEXT_CHARS = 200

# Characters that are frequent in this genre, in both scripts. A wrong
# GB18030/Big5 guess decodes into rare characters, so the decoding that yields
# more of these wins.
_COMMON_HANZI = frozenset(
    "的一是在了和有大这主中人上为们地个用工时要动国产以我到他会作来分生对于学下级就年阶义发成部民可出能方进同行面说种过命度革而多"
    "子后自社加小机也经力线本电高量长党得实家定深法表着水理化争现所二起政三好十战无农使性前等反体合斗路图把结第里正新开论之物从当两"
    "些还天资事队批点育重其思与间内去因件日利相由压员气业代全组数果期导平各基或月毛然如应形想制心样干都向变关问比展那它最及外没看治"
    "提五解系林者米群头意只明四道马认次文通但条较克又公孔领军流入接席位情运器并飞原油放立题质指建区验活众很教决特此常石强极土少已根"
    "共直团统式转别造切九你取西持总料连任志观调七么山程百报更见必真保热委手改管处己将修支识病象几先老光专什六型具示复安带每东增则完"
    "风回南广劳轮科北打积车计给节做务被整联步类集号列温装即毫知轴研单色坚据速防史拉世设达尔场织历花受求传口断况采精金界品判参层止边"
    "清至万确究书术状厂须离再目海交权且儿青才证低越际八试规斯近注办布门铁需走议县兵固除般引齿千胜细影济白格效置推空配刀叶率述今选养"
    "德話這個們為發會國來對學動產進過長後說種於當經現開問關點實發證報設務區縣廣義議據構檢審規劃辦執責監統條項"
)
# The same as a character class, matched by runs: the regex engine counts them faster than a
# Python loop, and a run is one string where a match per character was one each. The class stands
# once before its repeat (X X*, not X+): the engine skips along the text to a common character, where
# a repeat first was tried at every position.
_COMMON_HANZI_CLASS = "[" + "".join(sorted(_COMMON_HANZI)) + "]"
_COMMON_HANZI_RUN = re.compile(_COMMON_HANZI_CLASS + _COMMON_HANZI_CLASS + "*")


@dataclass
class Decoded:
    text: str
    format: str  # text | html | docx | pdf
    encoding: str | None = None
    hints: dict[str, str] = field(default_factory=dict)  # title / published found outside the text


def load(source) -> tuple[bytes, str]:
    """Bytes and a display name for ``source`` (bytes, a path, or a binary file)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        _check_size(len(data))
        return data, "<bytes>"
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise ReadingError(f"无法打开文件：{path}（{_reason(exc)}）") from exc
        _check_size(size)
        try:
            return path.read_bytes(), str(source)
        except OSError as exc:
            raise ReadingError(f"无法读取文件：{path}（{_reason(exc)}）") from exc
    if hasattr(source, "read"):
        data = source.read(MAX_INPUT_BYTES + 1)
        if isinstance(data, str):
            data = data.encode("utf-8")
        _check_size(len(data))
        return data, getattr(source, "name", "<stream>")
    raise TypeError(f"cannot read a {type(source).__name__}; give bytes or a path")


def _reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "文件不存在"
    if isinstance(exc, IsADirectoryError):
        return "这是一个目录"
    if isinstance(exc, PermissionError):
        return "没有读取权限"
    return exc.strerror or exc.__class__.__name__


def _check_size(size: int) -> None:
    if size > MAX_INPUT_BYTES:
        raise InputTooLarge(
            f"文件大小 {size / 1024 / 1024:.1f} MB，超过 {MAX_INPUT_BYTES // 1024 // 1024} MB 的上限，未读取"
        )


# Messages for inputs that hold nothing to read.
EMPTY_MESSAGE = "文件为空（0 字节），未读取"
NO_TEXT_MESSAGE = "未能从文件中取得文字：可能是扫描件或空文档"

# A letter, digit or Chinese character: text with none of these has nothing to read.
_WORD_CHAR = re.compile(r"[^\W_]")


def has_text(text: str) -> bool:
    """Whether ``text`` holds anything but whitespace, punctuation and symbols."""
    return _WORD_CHAR.search(text) is not None


def decode(data: bytes) -> Decoded:
    """Plain text of ``data`` whatever its format (see the module docstring).

    Raises ``ReadingError`` for empty input and for input that yields no text
    (only whitespace or markup, a DOCX without paragraphs, a PDF without a text layer).
    """
    _check_size(len(data))
    if not data:
        raise ReadingError(EMPTY_MESSAGE)
    if data[:5] == b"%PDF-" or (b"%PDF-" in data[:1024] and not _looks_like_text(data[:1024])):
        decoded = Decoded(_pdf_text(data), "pdf")
    elif data[:4] == b"PK\x03\x04":
        decoded = Decoded(_docx_text(data), "docx")
    else:
        text, encoding = decode_text(data)
        limits.check_text(text)
        if _is_html(text[:SNIFF_BYTES]):
            body, hints = _html_text(text)
            decoded = Decoded(body, "html", encoding, hints)
        else:
            if _hard_wrapped(text):
                text = unwrap(_PAGE_NUMBER.sub("", text))  # a PDF's text saved as plain text
            decoded = Decoded(text, "text", encoding)
    limits.check_text(decoded.text)
    if not has_text(decoded.text):
        raise ReadingError(NO_TEXT_MESSAGE)
    return decoded


def _looks_like_text(head: bytes) -> bool:
    return head.count(b"\x00") == 0 and not head.startswith(b"%PDF")


# -- text encodings --------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_-]{2,20})""", re.I)

# A share of NUL bytes this high in odd or even positions means UTF-16 without a BOM.
UTF16_NUL_SHARE = 0.2


def decode_text(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was decoded from."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding.replace("-sig", "")
    head = data[:SNIFF_BYTES]
    if len(head) >= 4:
        even = head[0::2].count(0) / max(1, len(head[0::2]))
        odd = head[1::2].count(0) / max(1, len(head[1::2]))
        if odd >= UTF16_NUL_SHARE and even < UTF16_NUL_SHARE / 4:
            return data.decode("utf-16-le", errors="replace"), "utf-16-le"
        if even >= UTF16_NUL_SHARE and odd < UTF16_NUL_SHARE / 4:
            return data.decode("utf-16-be", errors="replace"), "utf-16-be"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        # A file cut inside a multi-byte character is still UTF-8.
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return data.decode("utf-8", errors="replace"), "utf-8"
    declared = _META_CHARSET.search(head)
    candidates = ["gb18030", "big5hkscs"]
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        if name in ("gbk", "gb2312", "gb18030", "hz-gb-2312"):
            candidates = ["gb18030"]
        elif name.startswith("big5"):
            candidates = ["big5hkscs"]
    best: tuple[float, str, str] | None = None
    for encoding in candidates:
        text = data.decode(encoding, errors="replace")
        sample = text[:20000]
        score = sum(map(len, _COMMON_HANZI_RUN.findall(sample))) - 20 * sample.count("\ufffd")
        if best is None or score > best[0]:
            best = (score, text, encoding)
    assert best is not None
    _score, text, encoding = best
    if text.count("\ufffd") > len(text) // 10:
        # Neither Chinese encoding fits: let charset-normalizer try the rest.
        from charset_normalizer import from_bytes

        match = from_bytes(data[:200000]).best()
        if match is not None and match.encoding:
            try:
                return data.decode(match.encoding, errors="replace"), match.encoding
            except LookupError:
                pass
    return text, encoding


# -- HTML -------------------------------------------------------------------

_HTML_TAG = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|div|p|table|meta|title|span|br)[\s>/]", re.I)
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_H1_TAG = re.compile(r"<h1[^>]*>(.*?)</h1>", re.I | re.S)
_TITLE_TOPIC = re.compile(r"法治|依法行政|法制")
_META_TAG = re.compile(r"<meta\s+([^>]*)>", re.I)
_ATTR = re.compile(r"""([a-zA-Z_:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_PUBLISHED_META = (
    "pubdate",
    "publishdate",
    "firstpublishedtime",
    "article:published_time",
    "dc.date",
    "dc.date.issued",
    "pubtime",
)
_TITLE_META = ("articletitle", "og:title", "dc.title")
_TAGS = re.compile(r"<[^>]+>")
_DROP_BLOCKS = re.compile(r"<(script|style|noscript|iframe|svg|title)\b.*?</\1\s*>", re.I | re.S)
_BLOCK_BREAK = re.compile(
    r"<\s*/?\s*(?:p|div|br|li|tr|h[1-6]|table|section|article|ul|ol|dd|dt)\b[^>]*>", re.I
)


def _is_html(head: str) -> bool:
    # Line-break tags alone are a text's leaked markup (a site printing a title field's
    # 某街道办事处<br/>2017年度…报告 twice), not a page: HTML has a tag that is not a break.
    # Read only until that is known: a page's head holds a hundred tags or so, and two decide.
    tags = 0
    not_a_break = False
    for tag in _HTML_TAG.finditer(head):
        tags += 1
        not_a_break = not_a_break or not tag.group().lower().lstrip("<").lstrip().startswith("br")
        if tags >= 2 and not_a_break:
            return True
    return False


def _html_text(html: str) -> tuple[str, dict[str, str]]:
    import html as html_lib

    hints: dict[str, str] = {}
    head = html[:200000]
    for meta in _META_TAG.finditer(head):
        attrs = {
            m.group(1).lower(): (m.group(2) or m.group(3) or m.group(4) or "")
            for m in _ATTR.finditer(meta.group(1))
        }
        key = (attrs.get("name") or attrs.get("property") or "").lower()
        content = html_lib.unescape(attrs.get("content", "")).strip()
        if not content:
            continue
        if key in _PUBLISHED_META and "published" not in hints:
            hints["published"] = content
        elif key in _TITLE_META and "title" not in hints:
            hints["title"] = content
    if "title" not in hints:
        # The page's <title> often names only the site; the article's <h1> then holds the title.
        found = [
            html_lib.unescape(_TAGS.sub("", m.group(1))).strip()
            for m in _TITLE_TAG.finditer(head, 0, SNIFF_BYTES * 4)
        ]
        found[1:1] = [html_lib.unescape(_TAGS.sub("", m.group(1))).strip() for m in _H1_TAG.finditer(head)]
        found = [candidate for candidate in found if candidate]
        topical = [candidate for candidate in found if _TITLE_TOPIC.search(candidate)]
        if topical or found:
            hints["title"] = (topical or found)[0]
    # The whole page as lines: chrome such as the publication line lives outside
    # the main text, and the repair stage reads it from here.
    page = _DROP_BLOCKS.sub(" ", html)
    page = _BLOCK_BREAK.sub("\n", page)
    page = html_lib.unescape(_TAGS.sub(" ", page))
    hints["page"] = page
    main = None
    try:
        import trafilatura

        tree = _parsed(html)
        main = trafilatura.extract(html if tree is None else tree, options=_main_text_options())
    except Exception:  # noqa: BLE001 - a broken page falls back to its plain text
        main = None
    if not main or len(main) < MIN_MAIN_TEXT_CHARS or _layout_table(main):
        main = page
    return main, hints


@cache
def _main_text_options():
    """trafilatura's settings for the main text, made once per process (about 0.2 ms a page)."""
    from trafilatura.settings import Extractor

    return Extractor(output_format="txt", recall=True, comments=False, tables=True, dedup=False)


def _parsed(html: str):
    """The page's tree as trafilatura's ``load_html`` parses a string, or None where that parse is not
    the tree it keeps (refused, empty, or a page with no html tag in its first 50 characters and fewer
    than two children: trafilatura then takes its other paths on the string itself). Its parser looks an
    element's class up in C: lxml.html's own lookup is a Python call for every element a Python object
    is made for, about 1,500 on a bench page and 4% of trafilatura's time there. The classes differ
    only for form fields (``FormElement``…), whose own methods trafilatura never calls."""
    from lxml.html import fromstring
    from trafilatura.utils import repair_faulty_html

    beginning = html[:50].lower()
    try:
        tree = fromstring(repair_faulty_html(html, beginning), parser=_html_parser())
    except Exception:  # noqa: BLE001 - trafilatura's own parse decides what to make of such a page
        return None
    if tree is None or len(tree) < 1 or ("html" not in beginning and len(tree) < 2):
        return None
    return tree


@cache
def _html_parser():
    """trafilatura's HTML parser (``trafilatura.utils.HTML_PARSER``'s settings), with lxml's default class
    lookup (``HtmlElement`` for every element) in place of lxml.html's lookup by tag."""
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(
        collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
    )
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml_html.HtmlElement,
            comment=lxml_html.HtmlComment,
            pi=lxml_html.HtmlProcessingInstruction,
            entity=lxml_html.HtmlEntity,
        )
    )
    return parser


# Share of the main text in table rows above which the page is laid out in a table (old
# government sites): trafilatura then joins a cell's paragraphs, and the page text is better.
LAYOUT_TABLE_SHARE = 0.5
_TABLE_ROW = re.compile(r"^\|.*\|[ \t]*$", re.M)


def _layout_table(main: str) -> bool:
    if "|" not in main:
        return False
    rows = sum(len(row.group(0)) for row in _TABLE_ROW.finditer(main))
    return rows > LAYOUT_TABLE_SHARE * len(main)


# -- DOCX and PDF -----------------------------------------------------------


def _docx_text(data: bytes) -> str:
    try:
        import docx

        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            limits.check_zip(archive)
        document = docx.Document(io.BytesIO(data))
    except InputTooLarge:
        raise
    except zipfile.BadZipFile as exc:
        raise ReadingError("DOCX 文件已损坏，无法读取") from exc
    except Exception as exc:
        raise ReadingError(f"不是可读取的 DOCX 文件（{exc.__class__.__name__}）") from exc
    lines: list[str] = []
    try:
        body = document.element.body
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                lines.append("".join(node.text or "" for node in child.iter() if node.tag.endswith("}t")))
            elif tag == "tbl":
                for row in child.iter():
                    if row.tag.endswith("}tr"):
                        cells = []
                        for cell in row.iterchildren():
                            if cell.tag.endswith("}tc"):
                                cells.append(
                                    "".join(n.text or "" for n in cell.iter() if n.tag.endswith("}t"))
                                )
                        lines.append("\t".join(cells))
    except Exception as exc:
        raise ReadingError("DOCX 文件结构损坏，无法读取") from exc
    return "\n".join(lines)


def _pdf_text(data: bytes) -> str:
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        from pypdf import PdfReader
        from pypdf.errors import LimitReachedError

        reader = PdfReader(io.BytesIO(data))
        pages = []
        length = 0
        for page in reader.pages:
            pages.append(_PAGE_NUMBER.sub("", page.extract_text() or ""))
            length += len(pages[-1])
            limits.check_text_length(length)
    except ReadingError:
        raise
    except LimitReachedError as exc:
        raise limits.UnpackedTooLarge("PDF 中的数据流解压后超过上限（可能是压缩炸弹），未读取") from exc
    except Exception as exc:
        raise ReadingError(f"PDF 文件已损坏或无法解析（{exc.__class__.__name__}）") from exc
    # Pages are joined before lines are unwrapped: a paragraph may go on over a page break.
    text = unwrap("\n".join(page.strip("\n") for page in pages))
    if not has_text(text):
        raise ReadingError("PDF 没有文本层（可能是扫描件），无法读取文字")
    return text


# A page number on a line of its own (— 3 —, - 3 -, 3, 第3页, 第 3 页 共 9 页).
_PAGE_NUMBER = re.compile(
    r"^[ \t]*(?:[-—－–]*[ \t]*\d{1,4}[ \t]*[-—－–]*|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*共[ \t]*\d{1,4}[ \t]*页)?)[ \t]*$\n?",
    re.M,
)


# A PDF breaks paragraphs into the lines of its layout. A line this close to the document's full
# line length (in characters) that does not end a sentence continues on the next line.
FULL_LINE_SHARE = 0.8
# Pages with fewer lines, or shorter full lines, are left as they are.
UNWRAP_MIN_LINES = 5
UNWRAP_MIN_WIDTH = 15
# Marks that end a sentence, tested with ``str.endswith`` (a regex search would scan the whole line).
_SENTENCE_ENDS = tuple("。！？；：!?;:")
# A heading is not sentence-ended: it continues on the next line only when it fills its line.
FULL_HEADING_SHARE = 0.95
_HEADING_START = re.compile(
    r"(?:第[一二三四五六七八九十]{1,3}(?:部分|章)|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.、](?!\d))"
)
# A title at the top of the first lines is a line of its own, however long.
_TITLE_LINE_ENDS = ("报告", "总结", "情况")


# Plain text copied out of a PDF keeps the layout's lines: most lines are as long as a printed
# line (about 30–40 characters, never more than this) and stop short of a sentence's end.
HARD_WRAP_SHARE = 0.5
HARD_WRAP_MAX_WIDTH = 80
HARD_WRAP_FULL_SHARE = 0.9


def _hard_wrapped(text: str) -> bool:
    lines = [line.strip() for line in text.split("\n")]
    long_lines = [line for line in lines if len(line) >= UNWRAP_MIN_WIDTH]
    if len(long_lines) < UNWRAP_MIN_LINES:
        return False
    lengths = sorted(len(line) for line in long_lines)
    full = lengths[int(len(lengths) * 0.9)]
    if full > HARD_WRAP_MAX_WIDTH:
        return False
    broken = sum(
        1
        for line in long_lines
        if len(line) >= HARD_WRAP_FULL_SHARE * full and not line.endswith(_SENTENCE_ENDS)
    )
    return broken >= UNWRAP_MIN_LINES and broken >= HARD_WRAP_SHARE * len(long_lines)


def unwrap(text: str) -> str:
    """Join the lines a PDF's layout broke a paragraph into (两\n千余人次 -> 两千余人次)."""
    lines = [line.rstrip() for line in text.split("\n")]
    lengths = sorted(len(line) for line in lines if line)
    if len(lengths) < UNWRAP_MIN_LINES:
        return text
    full = lengths[int(len(lengths) * 0.9)]
    if full < UNWRAP_MIN_WIDTH:
        return text
    out: list[str] = []
    joining = False
    for index, line in enumerate(lines):
        if joining and out:
            out[-1] += line.lstrip()
        else:
            out.append(line)
        share = FULL_HEADING_SHARE if _HEADING_START.match(line) else FULL_LINE_SHARE
        joining = (
            len(line) >= share * full
            and not line.endswith(_SENTENCE_ENDS)
            and not (index < UNWRAP_MIN_LINES and line.endswith(_TITLE_LINE_ENDS))
        )
    return "\n".join(out)
