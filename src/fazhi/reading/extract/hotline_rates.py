"""A hotline's rates given after a break that ends its sentence: the paragraph's topic is the hotline.

Reports give the 12345 hotline's year in one run: its requests, then after a ； or in a later point its
rates (12345热线全年受理群众诉求5.6万件；按时办结率96.5%，群众满意率达93.4%). Placing looks for an alias
inside the rate's sentence, and a ； ends it, so the rate is left without a code. A rate whose clause
names the rate alone takes the hotline's code when the hotline is the last topic named before it in its
paragraph, with no other body of requests or suggestions named between.
"""

from __future__ import annotations

import re

from .quantity import Quantity

ONTIME_RATE = "oversight.hotline_ontime_rate"
SATISFACTION_RATE = "oversight.hotline_satisfaction_rate"
# The rate's clause: the rate's name alone, after a point's number or a period at most. A bare 办结率
# (closed ÷ handled) is not the on-time rate.
_RATE_ONLY = re.compile(
    r"\s?(?:[一二三四五六七八九十]是)?(?:全年|其中|同时)?(?:群众|回访|来电|诉求){0,2}"
    r"(?:(?P<ontime>(?:按时|按期|限时|及时)办结)|满意)(?:率|度)\s?(?:为|达|达到|保持|实现|保持在)?\s?"
)
_HOTLINE_WORDS = ("12345", "热线")
# Another channel or body of business whose rates a paragraph may give after the hotline's.
_OTHER_CHANNEL = re.compile(
    r"建议|提案|信访|复议|诉讼|投诉举报|信箱|留言|网络问政|政务服务事项|办件|123[0-46-9]\d|1234[0-46-9]|12[0-24-9]\d\d"
)
_BACK = 300  # how far back in the paragraph the hotline may be named


def hotline_rate(text: str, clause_start: int, quantity: Quantity) -> tuple[str, int] | None:
    """(code, anchor) for a hotline's rate named alone after its sentence's end, or None."""
    if quantity.unit != "%":
        return None
    named = _RATE_ONLY.fullmatch(text, clause_start, quantity.start)
    if named is None:
        return None
    back = max(0, clause_start - _BACK)
    paragraph = max(text.rfind("\n", back, clause_start) + 1, back)
    # The hotline's last mention before the rate: (where it starts, where it ends).
    mentions = [
        (at, at + len(word))
        for word in _HOTLINE_WORDS
        if (at := text.rfind(word, paragraph, clause_start)) != -1
    ]
    if not mentions:
        return None
    start, end = max(mentions)
    if _OTHER_CHANNEL.search(text, end, clause_start):
        return None
    return (ONTIME_RATE if named.group("ontime") else SATISFACTION_RATE, start)
