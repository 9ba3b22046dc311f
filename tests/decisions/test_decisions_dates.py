"""A catalogue adjustment is dated on or after the catalogue's publication (issue 11 §2)."""

from __future__ import annotations

import datetime as dt

import pytest

from fazhi.core.actions import ActionRefused
from fazhi.decisions import actions
from fazhi.decisions.models import Decision


def test_an_adjustment_before_publication_is_refused(catalogue, item_a, reviewer, unit_a):
    actions.publish_catalogue(reviewer, catalogue, published_on=dt.date(2025, 3, 1))
    with pytest.raises(ActionRefused) as refused:
        actions.remove_item(reviewer, item_a, reason="上级政策调整", adjusted_on=dt.date(2025, 2, 1))
    assert refused.value.field == "adjusted_on" and "2025-03-01" in refused.value.message
    assert Decision.objects.get(pk=item_a.pk).adjusted_on is None
    count = Decision.objects.count()
    with pytest.raises(ActionRefused):
        actions.add_item(
            reviewer, catalogue, unit_a, title="新增事项", reason="新任务", adjusted_on=dt.date(2025, 2, 1)
        )
    assert Decision.objects.count() == count
    actions.remove_item(reviewer, item_a, reason="上级政策调整", adjusted_on=dt.date(2025, 3, 1))
