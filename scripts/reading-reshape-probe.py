"""Print the tuning reports' titles, publication lines and openings as other sites do, and count
the readings that no longer come out right.

    .venv/bin/python scripts/reading-reshape-probe.py                  # $FAZHI_HELDOUT
    .venv/bin/python scripts/reading-reshape-probe.py --list

The companion of ``reading-cut-probe.py``: where that one takes lines away, this one rewrites a
line a tuning report reads right into forms sites print (a title with a column label, an aside or
its site's name; a publication line with a counter or the font tools; a department's name with its
other name or its leaders; the report wrapped as a news item, an infographic, a speech, a plan) and
asks whether the reading keeps the title, the date, the department, or says the wrapped page is no
report. Each form is one line of ``TITLE_FORMS``, ``DATE_FORMS``, ``SUBJECT_FORMS`` or ``WRAPS``; add
forms as pages show them.

Only the tuning split is read (issue 16's discipline).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fazhi.reading import read
from fazhi.reading.accuracy import present_labelled, same

TOP_LINES = 8
DATE_LINES = 12
BODY = "某某县司法局"

# A title line as sites print it; {t} is the title.
TITLE_FORMS = (
    "标题：{t}",
    "【图文】{t}",
    "【法治政府建设】{t}",
    "{t}（全文）",
    "{t}（附解读）",
    "{t} 2024-03-12",
    "{t}_某某县人民政府",
    "{t}-某某县人民政府门户网站",
    "{t} - 政务公开 - 某某县人民政府",
    "{t}\n{t}",
    # a line above the title (a title that names no body, 关于…的报告, takes its issuer from it: those
    # count as changed, by the labels' convention)
    "某某县司法局\n{t}",
    "法治政府建设\n{t}",
    "中共某某县委员会\n{t}",
    "{t}\n来源：本站 发布时间：2024-03-12 浏览次数：88",
)
# A publication line; {d} is the date in figures, {c} in words, {b} a body.
DATE_FORMS = (
    "发布时间：{d}",
    "{d} 来源：{b}",
    "{d} 10:20:33",
    "[{d}]",
    "来源：{b} | {d}",
    "{c} 来源：{b}",
    "{d} 【字体：大 中 小】",
    "{d} 点击：35次",
    "{d} 发布：{b}",
    "{d}  来源：{b}  作者：张三  责任编辑：李四",
    "信息来源：{b} 发布日期：{d} 【打印】【关闭】",
)
# A department's name where its report's opening names it; {n} is the name the reading gave.
SUBJECT_FORMS = (
    "{n}（县粮食局）",
    "{n}（以下简称“本局”）",
    "{n}党组",
    "{n}领导班子",
    "{n}机关",
    "中共{n}党组",
)
# The report wrapped as a look-alike; {t} is its title, {b} its body below the title.
WRAPS: dict[str, Callable[[str, str], str]] = {
    "news with a byline": lambda t, b: (
        f"我县发布{t[-20:]}\n来源：某某日报  记者 张三\n近日，《{t}》正式公布。报告显示，{b}"
    ),
    "news lead": lambda t, b: f"本报讯（记者 张三）近日，《{t}》正式公布。\n{b}",
    "infographic": lambda t, b: f"一图读懂｜{t}\n{b[:600]}",
    "model-essay repost": lambda t, b: f"{t}范文\n下面是小编为大家整理的{t}，供大家参考。\n{b}",
    "speech": lambda t, b: (
        f"在全县法治政府建设推进会上的讲话\n同志们：\n今天召开这次会议，主要任务是总结工作、部署任务。\n{b}"
    ),
    "plan": lambda t, b: (
        f"某某县2024年法治政府建设工作要点\n为深入推进法治政府建设，现制定2024年工作要点如下：\n{b}"
    ),
}


def _title_index(lines: list[str], title: str) -> int | None:
    wanted = re.sub(r"\s+", "", title)
    return next((i for i, line in enumerate(lines[:TOP_LINES]) if re.sub(r"\s+", "", line) == wanted), None)


def _date_index(lines: list[str], published: str) -> int | None:
    year, month, day = published.split("-")
    forms = (
        published,
        f"{year}年{month}月{day}日",
        f"{year}年{int(month)}月{int(day)}日",
        f"{year}/{month}/{day}",
    )
    return next((i for i, line in enumerate(lines[:DATE_LINES]) if any(f in line for f in forms)), None)


def _with_line(lines: list[str], index: int, new: str) -> bytes:
    return "\n".join([*lines[:index], new, *lines[index + 1 :]]).encode("utf-8")


@dataclass
class Tally:
    """How often each form kept the reading right, and the readings it changed."""

    counts: Counter = field(default_factory=Counter)
    wrong: list[str] = field(default_factory=list)

    def record(self, what: str, form: str, page: str, got, *, right: bool) -> None:
        self.counts[(what, form, right)] += 1
        if not right:
            self.wrong.append(f"{what}\t{form}\t{page}\t{got}")


def _titles(name: str, lines: list[str], title: str, tally: Tally) -> None:
    at = _title_index(lines, title)
    if at is None:
        return
    for form in TITLE_FORMS:
        got = read(_with_line(lines, at, form.format(t=lines[at]))).as_dict().get("title")
        tally.record("title", form, name, got, right=same("title", got, title))
    body = "\n".join(lines[at + 1 :])
    for genre, wrap in WRAPS.items():
        got = read(wrap(lines[at], body).encode("utf-8")).as_dict()["kind"]
        tally.record("look-alike", genre, name, got, right=got != "annual_report")


def _departments(name: str, lines: list[str], reading: dict, tally: Tally) -> None:
    issuer = reading["issuer"]
    at = next((i for i, line in enumerate(lines[:TOP_LINES]) if issuer in line and len(line) > 30), None)
    for form in SUBJECT_FORMS if at is not None else ():
        got = read(_with_line(lines, at, lines[at].replace(issuer, form.format(n=issuer), 1))).as_dict()
        right = got.get("level") == "department" and got.get("region") == reading.get("region")
        tally.record("department", form, name, got.get("level"), right=right)


def _dates(name: str, lines: list[str], published: str, tally: Tally) -> None:
    at = _date_index(lines, published)
    if at is None:
        return
    year, month, day = published.split("-")
    words = f"{year}年{int(month)}月{int(day)}日"
    for form in DATE_FORMS:
        got = (
            read(_with_line(lines, at, form.format(d=published, c=words, b=BODY))).as_dict().get("published")
        )
        tally.record("published", form, name, got, right=got == published)


def probe(corpus: Path) -> tuple[Counter, list[str]]:
    tally = Tally()
    for name, label in present_labelled(corpus, "tuning"):
        if label.get("kind") != "annual_report":
            continue
        text = (corpus / name).read_text("utf-8")
        reading = read(text.encode("utf-8")).as_dict()
        lines = text.split("\n")
        title = label.get("title")
        if title and same("title", reading.get("title"), title):
            _titles(name, lines, title, tally)
        if (
            label.get("level") == "department"
            and reading.get("level") == "department"
            and reading.get("issuer")
        ):
            _departments(name, lines, reading, tally)
        published = label.get("published")
        if published and reading.get("published") == published:
            _dates(name, lines, published, tally)
    return tally.counts, tally.wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].strip())
    parser.add_argument(
        "--corpus", default=os.environ.get("FAZHI_HELDOUT"), help="labelled folder ($FAZHI_HELDOUT)"
    )
    parser.add_argument("--list", action="store_true", help="list every reading that changed (tuning pages)")
    args = parser.parse_args(argv)
    if not args.corpus:
        parser.error("no corpus: pass --corpus or set FAZHI_HELDOUT")
    counts, wrong = probe(Path(args.corpus))
    forms = sorted({key[:2] for key in counts})
    for what, form in forms:
        print(f"{what:10} {counts[(what, form, True)]:4} right {counts[(what, form, False)]:4} not  {form!r}")
    if args.list:
        print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
