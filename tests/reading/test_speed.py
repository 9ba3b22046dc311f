"""The hot paths stay cheap: counted work, not wall time (the machine is shared).

Wall-clock speed is measured by ``python -m fazhi.reading.bench`` (``make bench``);
these tests pin the work that made it fast, so a change that brings back the old
cost fails here rather than only in the benchmark.
"""

from __future__ import annotations

import random

from fazhi.reading import extract as extract_module
from fazhi.reading import read
from fazhi.reading import repair as repair_module
from fazhi.reading.samples import make

# Alias placements tried per figure on the synthetic reports. Trying every alias that
# has any word in the sentence cost about 10 per figure; only aliases whose last word
# can sit next to the figure are tried now (about 4).
MAX_PLACEMENTS_PER_FIGURE = 6


def test_only_aliases_whose_last_word_can_name_the_figure_are_placed(monkeypatch):
    calls = 0
    place = extract_module._place

    def counting(*args, **kwargs):
        nonlocal calls
        calls += 1
        return place(*args, **kwargs)

    monkeypatch.setattr(extract_module, "_place", counting)
    figures = 0
    for seed in range(40):
        text = read(make(seed).text.encode()).text
        figures += len(extract_module.quantities(text))
    assert figures > 300
    assert calls / figures <= MAX_PLACEMENTS_PER_FIGURE


def test_overlapping_alias_words_are_all_found_in_one_scan():
    text = "区政府负责人出庭率达到100%，不予备案3件。"
    words = {(start, word, visible) for start, _end, word, visible in extract_module._occurrences(text)}
    assert any(word == "出庭率" for _start, word, _visible in words)
    assert any(word.startswith("负责人出庭") for _start, word, _visible in words)
    # 备案 inside 不予备案 is hidden: it cannot be the word next to the number.
    assert any(word == "备案" and not visible for _start, word, visible in words)


def test_changed_characters_and_han_counts_match_the_plain_counts():
    rng = random.Random(3)
    alphabet = "法治政府建设報告設區縣abc123，。"
    for _ in range(200):
        a = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 3000)))
        b = list(a)
        for _ in range(rng.randrange(0, 5)):
            if b:
                b[rng.randrange(len(b))] = "变"
        b = "".join(b)
        assert repair_module._count_changed(a, b) == sum(x != y for x, y in zip(a, b, strict=True))
        han = sum(1 for ch in a if "\u4e00" <= ch <= "\u9fff")
        limit = rng.randrange(0, 2 * han + 2)
        assert repair_module._more_han_than(a, limit) == (han > limit)


def test_full_width_characters_are_made_half_width_and_counted():
    reading = read("某县２０２３年度法治政府建设情况报告\n全年办理行政复议案件１２件，出庭率达１００％。\n".encode())
    assert "2023年度" in reading.text and "12件" in reading.text and "100%" in reading.text
    assert reading.repairs["width"] == 10
