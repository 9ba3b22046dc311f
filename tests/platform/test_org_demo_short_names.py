"""The demo units carry the short names people write (市场监管局, 武康街道), and a re-run adds them."""

from __future__ import annotations

import io

from fazhi.org import demo
from fazhi.org.models import Organisation
from fazhi.org.naming import named


def test_demo_units_have_short_names_and_a_rerun_fills_missing_ones(db):
    demo.load(io.StringIO())
    units = Organisation.objects.all()
    assert named(units, "市场监管局").get().name == "德清县市场监督管理局"
    assert named(units, "武康街道").get().name == "德清县武康街道办事处"
    assert named(units, "乾元镇").get().name == "德清县乾元镇人民政府"
    assert named(units, "县政府").get().name == "德清县人民政府"
    Organisation.objects.filter(name="德清县教育局").update(short_name="")
    demo.load(io.StringIO())
    assert Organisation.objects.get(name="德清县教育局").short_name == "教育局"
