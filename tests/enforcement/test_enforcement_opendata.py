"""Open data of published decisions: only what the portal shows (published, in its display period,
not withdrawn), natural persons' names masked after their period, valid against its schema."""

from __future__ import annotations

import datetime as dt
import json

from jsonschema import Draft202012Validator

from fazhi.core.opendata import dataset_named
from fazhi.enforcement import actions_cases
from fazhi.enforcement.models import Publicity

from .conftest import open_case

SLUG = "enforcement-decisions"


def _published(filer, case, published_on, summary):
    for stage in ("investigated", "reviewed", "decided"):
        actions_cases.advance(filer, case, stage=stage, on=dt.date(2026, 3, 2))
    return actions_cases.publish(
        filer, Publicity.objects.get(case=case), published_on=published_on, summary=summary
    )


def _download(client, region, suffix):
    response = client.get(f"/portal/data/{region}/2026/{SLUG}{suffix}")
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_only_shown_decisions_are_open_data_with_names_masked(
    client, filer_a, body_a, officers_a, django_assert_max_num_queries
):
    person = open_case(
        filer_a, body_a, officers_a[:2], number="P1", party_name="张三丰", party_is_natural_person=True
    )
    company = open_case(filer_a, body_a, officers_a[:2], number="P2", party_name="德清某公司")
    withdrawn = open_case(filer_a, body_a, officers_a[:2], number="P3", party_name="德清某店")
    open_case(filer_a, body_a, officers_a[:2], number="P4", party_name="未公示的当事人")
    _published(filer_a, person, dt.date(2026, 3, 3), "张三丰占道经营，罚款100元。")
    _published(filer_a, company, dt.date(2026, 3, 3), "德清某公司无证经营。")
    gone = _published(filer_a, withdrawn, dt.date(2026, 3, 3), "撤销的决定")
    actions_cases.order_withdrawal(filer_a, gone, changed_on=dt.date(2026, 3, 5), reason="复议撤销")
    actions_cases.withdraw(filer_a, gone, withdrawn_on=dt.date(2026, 3, 6))
    region = body_a.organisation.region_code

    dataset = dataset_named(SLUG)
    assert dataset is not None
    with django_assert_max_num_queries(2):
        rows = list(dataset.rows(region, 2026))
    assert [row["case_number"] for row in rows] == ["P1", "P2"]
    assert rows[0]["party"] == "张三丰"  # within its two years
    assert list(dataset.rows("510502", 2026)) == [] and list(dataset.rows(region, 2025)) == []

    # The name's period is over: masked in the party column and in the published text.
    Publicity.objects.filter(case=person).update(name_shown_until=dt.date(2026, 3, 4))
    document = json.loads(_download(client, region, ".json"))
    schema = json.loads(_download(client, region, ".schema.json"))
    assert list(Draft202012Validator(schema).iter_errors(document)) == []
    text = json.dumps(document, ensure_ascii=False) + _download(client, region, ".csv").decode("utf-8-sig")
    assert "张三丰" not in text and "张**占道经营" in text
    assert "德清某公司" in text and "德清某店" not in text and "未公示的当事人" not in text
