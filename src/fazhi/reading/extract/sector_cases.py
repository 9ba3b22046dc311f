"""Penalty cases of one field when the text also gives the year's whole count (issue 16, twenty-eighth session).

A report counts its penalties once (全区实施行政处罚1969件) and then, field by field, what each line of work dealt
with (查处食品案件742件, 查办医疗器械案件30件, 查处非法开垦草原案件87起): those are parts of the whole count, and
five blind batteries of real and written pages left them uncoded whenever the whole count was there. A field's
count stands alone as the penalty count when the text gives no larger whole one.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from . import numbers
from .quantity import Quantity

# The whole count: penalties or cases named by the act and no field (实施行政处罚1969件, 作出行政处罚决定876件,
# 办理行政处罚案件2121件, 查处各类违法案件4215件).
_WHOLE_COUNT = re.compile(
    r"(?:实施|作出|办理|办结|查处|查办|下达)(?:各类|一般程序|普通程序)?(?:行政)?处罚(?:案件|决定)?(?:共计?|合计)?"
    r"|(?:查处|查办|办理)(?:各类)?违法(?:违规)?案件(?:共计?|合计)?|(?:查处|查办|办理)各类案件(?:共计?|合计)?"
)
_COUNT_AFTER = re.compile(r"(\d+(?:\.\d+)?万?)余?(?:件|起|宗|个)")
# A field's count: the act, then the field's words, then 案件 or 违法行为 (查处食品案件, 查办药品、化妆品案件).
_FIELD_CASES = re.compile(
    r"(?:查处|查办|办理|立案查处|立案)([^，。；\d]{1,14}?)(?:违法)?(?:违规)?(?:案件|行为)$"
)
# Words that name no field: every kind, an act, a procedure.
_NO_FIELD = re.compile(
    r"^(?:各类|各种|一批|一般|普通|简易|程序|行政|行政处罚|处罚|违法|违规|违法违规|共|共计)*$"
)
# A count of the reporter's own unit beside the system's whole count (厅直属执法总队查处…1204件, 省局直接查办…19件,
# 局本级查处…): the body's own cases, a scope of their own, not a field's part.
_OWN_UNIT = re.compile(r"直属|直接|本级|机关")


@lru_cache(maxsize=4)
def _whole_counts(text: str) -> tuple[Decimal, ...]:
    """The values of the text's whole penalty counts."""
    values = []
    for found in _WHOLE_COUNT.finditer(text):
        count = _COUNT_AFTER.match(text, found.end())
        if count:
            values.append(numbers.parse(count.group(1)))  # (1.06万: the numerals' own parser)
    return tuple(values)


def a_fields_part(text: str, start: int, quantity: Quantity) -> bool:
    """Whether the penalty cases counted by ``quantity`` (its clause's words from ``start``) are one field's, in a
    text whose whole penalty count is larger."""
    if "处" not in text[start : quantity.start] and "办" not in text[start : quantity.start]:
        return False
    field = _FIELD_CASES.search(text, start, quantity.start)
    if field is None or _NO_FIELD.match(field.group(1)) or _OWN_UNIT.search(text, start, field.start() + 2):
        return False
    return any(whole > quantity.value for whole in _whole_counts(text))
