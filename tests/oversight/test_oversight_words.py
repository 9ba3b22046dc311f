"""A consequence of the kind notice is a 通报 (a circulated notice), not a 通知 (issue 11 §7)."""

from __future__ import annotations

from fazhi.oversight.models import ConsequenceKind


def test_the_notice_consequence_reads_tongbao():
    assert str(ConsequenceKind.NOTICE.label) == "通报"
    assert str(ConsequenceKind.TALK.label) == "约谈"
