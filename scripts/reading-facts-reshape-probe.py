"""Rewrite the tuning part's right-coded fact sentences in forms reports also print; count the codes lost.

For every tuning page, every figure the engine codes as its label does is taken with its sentence. Where the
sentence read alone gives the same code, it is rewritten in ways that keep its meaning (the figure before its
noun, 余 or Chinese numerals, a summing word, a 同比 change or a breakdown after it, a space before every
figure as PDF text prints it, …) and read again. A rewrite that loses the code is a form the rules do not
know yet. Only the tuning split is read; nothing of the held-out part is opened.

    .venv/bin/python scripts/reading-facts-reshape-probe.py            # $FAZHI_HELDOUT
    .venv/bin/python scripts/reading-facts-reshape-probe.py --list front
"""

from __future__ import annotations

import argparse
import os
import re
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

from fazhi.reading import ReadingError, read
from fazhi.reading.accuracy import load_labels, split_of
from fazhi.reading.extract import extract
from fazhi.reading.repair.characters import normalise

SENTENCE_ENDS = "。！？；\n"
LONGEST_SENTENCE = 200
CHINESE_DIGITS = "零一二三四五六七八九"
VERBS = re.compile(r"开展|组织|举办|召开|办理|受理|审查|审核|出具|发放|梳理|制定|印发|清理|公开|开设|培训")
SUMMING_TAIL = re.compile(r"(?:共计|累计|合计|总计|共|达)$")


def chinese_number(n: int) -> str | None:
    if n < 10:
        return CHINESE_DIGITS[n]
    if n < 100:
        tens = "" if n < 20 else CHINESE_DIGITS[n // 10]
        return tens + "十" + (CHINESE_DIGITS[n % 10] if n % 10 else "")
    return None


# Each rewrite takes the sentence, the figure's span (number start, figure end with its counter), the
# start of the engine's evidence in the sentence, and the fact; it returns the new sentence or None.
def more_than(s, a, b, evidence, fact):
    digits = str(fact["value"])
    if not (isinstance(fact["value"], int) and fact["value"] >= 10) or s[a : a + len(digits)] != digits:
        return None
    end = a + len(digits)
    return None if s[end] in "余多" else s[:end] + "余" + s[end:]


def in_chinese(s, a, b, evidence, fact):
    digits = str(fact["value"])
    if not (isinstance(fact["value"], int) and 1 < fact["value"] < 100) or s[a : a + len(digits)] != digits:
        return None
    return s[:a] + chinese_number(fact["value"]) + s[a + len(digits) :]


def _verb_and_noun(s, a, evidence):
    """The last verb before the figure and the noun between it and the figure, or None."""
    verbs = list(VERBS.finditer(s, evidence, a))
    if not verbs:
        return None
    noun = s[verbs[-1].end() : a]
    if not noun or len(noun) > 14 or re.search(r"[\d，、（(）)]", noun):
        return None
    return verbs[-1], SUMMING_TAIL.sub("", noun)


def figure_first(s, a, b, evidence, fact):
    """开展法治培训12场 -> 开展12场法治培训."""
    found = _verb_and_noun(s, a, evidence)
    if not found:
        return None
    verb, noun = found
    return s[: verb.end()] + s[a:b] + noun + s[b:]


# A summing word or 达 does not follow a word that already leads the figure in (减少到, 超过, 为).
LEADS_IN = "共计达为至到超过"


def noun_first(s, a, b, evidence, fact):
    """开展法治培训12场 -> 法治培训共开展12场."""
    found = _verb_and_noun(s, a, evidence)
    if not found:
        return None
    verb, noun = found
    return s[: verb.start()] + noun + "共" + verb.group() + s[a:]


def with_le(s, a, b, evidence, fact):
    """开展法治培训12场 -> 开展了法治培训12场."""
    found = _verb_and_noun(s, a, evidence)
    return s[: found[0].end()] + "了" + s[found[0].end() :] if found else None


def figure_first_de(s, a, b, evidence, fact):
    """开展法治培训12场 -> 开展了12场的法治培训."""
    found = _verb_and_noun(s, a, evidence)
    if not found:
        return None
    verb, noun = found
    return s[: verb.end()] + "了" + s[a:b] + "的" + noun + s[b:]


def topic_colon(s, a, b, evidence, fact):
    """开展法治培训12场 -> 法治培训：全年开展12场."""
    found = _verb_and_noun(s, a, evidence)
    if not found:
        return None
    verb, noun = found
    return s[: verb.start()] + noun + "：全年" + verb.group() + s[a:]


def summed(s, a, b, evidence, fact):
    return None if s[a - 2 : a] == "累计" or s[a - 1 : a] in LEADS_IN else s[:a] + "共计" + s[a:]


def reached(s, a, b, evidence, fact):
    return None if s[a - 1 : a] in LEADS_IN else s[:a] + "达" + s[a:]


def at_least(s, a, b, evidence, fact):
    return None if s[b : b + 2] in ("以上", "左右") else s[:b] + "以上" + s[b:]


def opened(s, a, b, evidence, fact):
    return None if s.startswith(("一年来", "我")) else "一年来，我们" + s


def dated(s, a, b, evidence, fact):
    return None if re.match(r"\d{4}年", s) else "2023年，" + s


def with_change(s, a, b, evidence, fact):
    return None if "同比" in s[b : b + 6] else s[:b] + "，同比增长12.5%" + s[b:]


def broken_down(s, a, b, evidence, fact):
    if not (isinstance(fact["value"], int) and fact["value"] >= 4):
        return None
    return s[:b] + "（其中线上" + str(fact["value"] // 4) + s[b - 1] + "）" + s[b:]


OTHER_MEASURE = {"场": "场次", "场次": "场", "次": "场次", "期": "期次"}


def measured_otherwise(s, a, b, evidence, fact):
    unit = fact["unit"]
    if unit not in OTHER_MEASURE or not s[a:b].endswith(unit):
        return None
    return s[: b - len(unit)] + OTHER_MEASURE[unit] + s[b:]


def listed(s, a, b, evidence, fact):
    return s[:b] + "、专题讲座3场" + s[b:]


def pdf_spaced(s, a, b, evidence, fact):
    return re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)", " ", s)


def with_effect(s, a, b, evidence, fact):
    return s[:b] + "，取得良好效果" + s[b:]


REWRITES = {
    "more_than": more_than,
    "in_chinese": in_chinese,
    "figure_first": figure_first,
    "summed": summed,
    "reached": reached,
    "at_least": at_least,
    "opened": opened,
    "dated": dated,
    "with_change": with_change,
    "broken_down": broken_down,
    "measured_otherwise": measured_otherwise,
    "listed": listed,
    "pdf_spaced": pdf_spaced,
    "with_effect": with_effect,
    "noun_first": noun_first,
    "with_le": with_le,
    "figure_first_de": figure_first_de,
    "topic_colon": topic_colon,
}


def coded(sentence: str, code: str, value) -> bool:
    text = normalise(sentence)[0]
    return any(f.indicator == code and float(f.value) == float(value) for f in extract(text))


def _sentence(text: str, start: int, end: int) -> tuple[int, str]:
    s0 = max(text.rfind(mark, 0, start) for mark in SENTENCE_ENDS) + 1
    ends = [text.find(mark, end) for mark in SENTENCE_ENDS]
    return s0, text[s0 : min([e for e in ends if e >= 0] or [len(text)]) + 1]


def probe_page(job: tuple[Path, dict]) -> list[tuple[str, str, str | None]]:
    """(rewrite, code, the rewritten sentence if it lost the code) for each right-coded figure of a page."""
    path, label = job
    try:
        reading = read(path).as_dict()
    except ReadingError:
        return []
    text = reading["text"]
    gold = Counter((f["indicator"], float(f["value"])) for f in label.get("facts") or [])
    out = []
    for fact in reading["facts"]:
        key = (fact["indicator"], float(fact["value"]))
        if not fact["indicator"] or gold[key] <= 0:
            continue
        gold[key] -= 1
        start, end = fact["evidence"]["start"], fact["evidence"]["end"]
        s0, sentence = _sentence(text, start, end)
        unit = fact["unit"] or ""
        b = end - s0
        number = re.search(r"[\d.]+(?:余|多)?$", sentence[: b - len(unit)])
        if len(sentence) > LONGEST_SENTENCE or not number or sentence[b - len(unit) : b] != unit:
            continue
        if not coded(sentence, fact["indicator"], fact["value"]):
            continue  # the figure needs more of its page than its sentence
        for name, rewrite in REWRITES.items():
            rewritten = rewrite(sentence, number.start(), b, start - s0, fact)
            if rewritten is not None:
                kept = coded(rewritten, fact["indicator"], fact["value"])
                out.append((name, fact["indicator"], None if kept else rewritten))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=os.environ.get("FAZHI_HELDOUT"))
    parser.add_argument("--list", choices=sorted(REWRITES), help="print the sentences this rewrite lost")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if args.corpus is None:
        parser.error("give --corpus or set FAZHI_HELDOUT")
    labels = load_labels(args.corpus)
    jobs = [
        (args.corpus / name, label)
        for name, label in sorted(labels.items())
        if split_of(name) == "tuning" and label.get("facts") and (args.corpus / name).exists()
    ]
    tried: Counter = Counter()
    lost: Counter = Counter()
    shown = []
    with Pool(args.jobs) as pool:
        for results in pool.imap_unordered(probe_page, jobs, chunksize=8):
            for name, code, rewritten in results:
                tried[name] += 1
                if rewritten is not None:
                    lost[name] += 1
                    if name == args.list:
                        shown.append(f"{code}\t{rewritten}")
    for name in REWRITES:
        print(f"{name:20s} tried {tried[name]:4d}  lost {lost[name]:3d}")
    print("\n".join(sorted(shown)))


if __name__ == "__main__":
    main()
