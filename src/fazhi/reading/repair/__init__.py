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


def repair(raw: str, page: str | None = None) -> Repaired:
    """Clean ``raw``; ``page`` is the whole page's text when ``raw`` is an HTML main text."""
    text, script, counts = normalise(raw)
    repairs = {**counts, "whitespace": 0, "chrome": 0, "noise": 0}
    signals: dict[str, list[str]] = {"site_clock": [], "source": [], "essay_site": []}
    text, chrome = drop_chrome(text, page, repairs, signals)
    return Repaired(text, script, repairs, signals, chrome)
