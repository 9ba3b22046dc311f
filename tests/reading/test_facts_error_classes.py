"""``scripts/reading-facts-error-classes.py``: the held-out facts errors counted by class, aggregates only.

A folder of two pages written for the test: each class of miss and of wrong code stands once.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "reading-facts-error-classes.py"


def _script():
    spec = importlib.util.spec_from_file_location("facts_error_classes", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


REPORT = (
    "某某县2023年法治政府建设年度报告\n"
    "2023年，某某县坚持依法行政。现将有关情况报告如下：\n"
    "一、主要举措和成效\n"
    "全年受理行政复议案件12件。办理行政处罚案件300件。举办法治培训8场。开展普法活动40场。接待群众来访150人次。\n"
    "二、存在的不足和原因\n法治意识有待提高。\n"
    "三、2024年主要安排\n继续推进。\n"
)


def test_each_class_of_error_is_counted_and_nothing_else(tmp_path):
    (tmp_path / "h001.txt").write_text(REPORT, encoding="utf-8")
    labels = {
        "h001.txt": {
            "kind": "annual_report",
            "facts": [
                # read right
                {"indicator": "disputes.reconsideration_cases", "value": 12},
                # the engine codes 300 as penalty cases: its value is labelled under another code
                {"indicator": "enforcement.inspections", "value": 300},
                # the engine codes 8 trainings: its code is labelled with another value
                {"indicator": "education.trainings", "value": 9},
                # a figure the page never prints
                {"indicator": "leadership.key_tasks", "value": 26},
                # a figure the page prints and the engine leaves uncoded
                {"indicator": "oversight.hotline_requests", "value": 150},
            ],
        }
    }
    (tmp_path / "labels.json").write_text(json.dumps(labels, ensure_ascii=False), encoding="utf-8")
    missed, wrong = _script().error_classes(tmp_path, "all")
    assert missed == {"found, coded otherwise": 1, "found, left uncoded": 1, "not found": 2}
    assert wrong == {
        "value labelled under another code": 1,
        "code labelled with another value": 1,
        "neither code nor value labelled": 1,
    }
