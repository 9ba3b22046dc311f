"""Stage 2, repair: noisy page text -> the clean text every offset refers to.

Two steps, each counting its repairs in ``Repaired.repairs``:
- ``characters``: control characters, pinyin annotations, traditional script, character
  width, doubled punctuation (``control``, ``pinyin``, ``traditional``, ``width``,
  ``punctuation``);
- ``chrome``: the page's lines: whitespace, site chrome (publication line, counters,
  breadcrumbs, footers, watermarks, site clocks), stray ``??`` (``whitespace``, ``chrome``,
  ``noise``).

The chrome dropped is kept in ``Repaired.chrome`` for the classify stage, which reads the
publication date from it (``published``); signs of a model-essay site, the site clock and the
source line are in ``Repaired.signals``. Lost dashes and blank numbers are not guessed at here:
they are defects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .characters import normalise, to_simplified
from .chrome import Chrome, drop_chrome

__all__ = ["Chrome", "Repaired", "repair", "to_simplified"]


@dataclass
class Repaired:
    text: str
    script: str  # simplified | traditional
    repairs: dict[str, int]
    signals: dict[str, list[str]] = field(default_factory=dict)
    chrome: list[Chrome] = field(default_factory=list)


# A line-break tag shown as text (a site that prints a title field's markup: 某街道办事处<br/>2017年度…报告)
# is the break its author meant.
_LITERAL_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def repair(raw: str, page: str | None = None) -> Repaired:
    """Clean ``raw``; ``page`` is the whole page's text when ``raw`` is an HTML main text."""
    raw, breaks = _LITERAL_BREAK.subn("\n", raw) if "<" in raw else (raw, 0)
    text, script, counts = normalise(raw)
    repairs = {**counts, "whitespace": 0, "chrome": 0, "noise": breaks}
    signals: dict[str, list[str]] = {"site_clock": [], "source": [], "essay_site": []}
    text, chrome = drop_chrome(text, page, repairs, signals)
    return Repaired(text, script, repairs, signals, chrome)
