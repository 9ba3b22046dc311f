"""Stage 5, extract: every quantitative statement -> a fact, mapped to an indicator where one fits.

Modules, in the order a figure meets them:
- ``numbers``: a number in Arabic, Chinese or mixed numerals (with 万/亿) -> its value;
- ``quantity``: figures in running text: number, counter, qualifier (``1.2万件``, ``近百次``,
  ``逾三成``, ``百分之九十五``);
- ``aliases``: the indicator vocabulary of ``fazhi.catalog`` and where its words occur;
- ``facts``: each figure -> the indicator whose alias sits nearest (the placing rules), its
  previous value, scope and period;
- ``subsets``: figures that are not the level their words name (parts of a total, changes,
  list items governed by another act): ``indicator: None``;
- ``respectively``: figures given after 分别, each placed on its own item of the list before it;
- ``elliptic``: a figure whose clause names nothing counts the act of the clause before it;
- ``narrowing``: codes a figure loses because its words make it another kind of thing than
  the code counts (permits granted, decision drafts, narrowed cases).
"""

from __future__ import annotations

from .facts import extract

__all__ = ["extract"]
