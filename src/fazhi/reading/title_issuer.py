"""Classify, title: the issuer printed with a title, which the title keeps or takes.

A Party committee on the line above a government's title issues the report with it (中共某县委员会 /
某县人民政府关于…的报告); the issuer on its own line above a title broken after 关于 is part of it; a
site's headline that names no body (2023年…报告, 关于…的报告) is printed again lower down under the
document's letterhead (某区人民政府 / 关于…的报告), and that one is whole.
"""

from __future__ import annotations

import re

# The title is looked for in the first lines only: below them is the body (a headline's repetition
# under its letterhead too).
TITLE_SCAN_LINES = 10

# A Party committee on its own line above a government's title issues the report with it, named
# in full (中共某县委员会) or short by its level (中共某市委, 中共某州委, 中共某旗委).
_PARTY_ISSUER = re.compile(
    r"^中共[\u4e00-\u9fff（）()]{2,30}(?:委员会|党委|党工委|工委|[省市州盟县区旗乡镇]委)$"
)
GOVERNMENT_HEAD = re.compile(r"^[\u4e00-\u9fff（）()]{2,40}?(?:人民政府|政府|办事处|管委会|管理委员会)")
# A metadata row, also as an item of a bulleted list (• 索引号：…).
LISTED_FIELD_ROW = re.compile(r"^\s*(?:[•·●▪◆■\-–]\s*)?(?:[\u4e00-\u9fff][ 　]*){2,6}[：:]")


def with_joint_issuer(title: str, lines: list[str], index: int, *, record_rows: int = 0) -> str:
    """``title`` with the Party committee named on the line above it when the two issue it jointly
    (中共某某街道工作委员会 / 某某街道办事处关于…的报告)."""
    above = lines[index - 1].strip() if index >= 1 else ""
    if above.endswith("关于") and ISSUER_LINE.match(above[:-2].rstrip()):
        # The issuer and 关于 on a line above a title broken over two more (某县人民政府关于 / 2023年度
        # 法治政府建设 / 情况的报告): the three lines are the title.
        title = re.sub(r"\s+", "", above) + title
        index -= 1
        above = lines[index - 1].strip() if index >= 1 else ""
    if _YEAR_HEADED.match(title) and not ISSUER_LINE.match(above):
        # A site's headline that names no body (2023年法治政府建设…报告) over the document, which
        # prints the title again under its letterhead (某市某局 / 2023年…报告): that one is whole.
        below = _repeated_under_issuer(title, lines, index)
        # A disclosure page's metadata block between them (索引号：…, 名 称：2021年…报告) is the site's
        # record of the document, and the title it heads is the record's.
        named = record_rows > 0 or any(LISTED_FIELD_ROW.match(line) for line in lines[index + 1 : below])
        if below != index and not named:
            issuer = lines[below - 1].strip()
            return (re.sub(r"\s+", "", issuer) if SPACED_OUT.match(issuer) else issuer) + title
    if title.startswith("关于"):
        if not ISSUER_LINE.match(above):
            # A site's page title is often the document's title without its issuer; the document
            # below prints it again under its letterhead (某区人民政府 / 关于…的报告): that one is whole.
            index = _repeated_under_issuer(title, lines, index)
            above = lines[index - 1].strip() if index >= 1 else ""
        if ISSUER_LINE.match(above):
            # The issuer on its own line above a title broken after 关于…: the title is read whole, as
            # when the issuer's line is joined to a one-line rest (某某局 / 关于…的报告).
            title = (re.sub(r"\s+", "", above) if SPACED_OUT.match(above) else above) + title
            index -= 1
            above = lines[index - 1].strip() if index >= 1 else ""
    government = GOVERNMENT_HEAD.match(title)
    if _PARTY_ISSUER.match(above) and government and _same_place(above, government.group(0)):
        return f"{above} {title}"
    return title


def _same_place(party: str, government: str) -> bool:
    """The Party committee and the government are of one place (中共长春市南关区委 and 长春市南关区人民政府):
    a committee of another place above a government's title is no joint issuer."""
    place = re.sub(r"^中共|(?:委员会|党委|党工委|工委|委)$", "", party)
    return place[:2] in government


# A title headed by its year names no body (2023年度法治政府建设情况报告).
_YEAR_HEADED = re.compile(r"^(?:19|20)\d{2}\s*年")


def _repeated_under_issuer(title: str, lines: list[str], index: int) -> int:
    """The index of ``title`` printed again lower down right under an issuer's line, else ``index``."""
    for below in range(index + 1, min(len(lines), index + 1 + TITLE_SCAN_LINES)):
        if lines[below].strip() == title and ISSUER_LINE.match(lines[below - 1].strip()):
            return below
    return index


# A letterhead's name with a space after every character (白  石  县  人  民  政  府).
SPACED_OUT = re.compile(r"^(?:\S[ 　]+){2,}\S$")
# A line that is only a body's name (a letterhead, its characters often spaced out): a government, a
# department or ministry (…部), a township or a street.
ISSUER_LINE = re.compile(
    r"^(?:[\u4e00-\u9fff（）()][ 　]*){2,30}?(?:人[ 　]*民[ 　]*政[ 　]*府|政[ 　]*府|局|厅|委[ 　]*员[ 　]*会|"
    r"办[ 　]*公[ 　]*室|办[ 　]*事[ 　]*处|管[ 　]*委[ 　]*会|部|街[ 　]*道|镇|乡)$"
)
