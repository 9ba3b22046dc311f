"""The portal shows published bodies with their chain heads, and decisions within their display
period; withdrawn ones are gone, natural persons' names are masked after their shorter period."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse

from fazhi.enforcement import actions_cases, chain
from fazhi.enforcement.models import EnforcementBody, Publicity

from .conftest import open_case


def test_the_portal_shows_published_bodies_with_chain_heads(client, case_a, body_b):
    EnforcementBody.objects.filter(pk=case_a.body_id).update(published_on=dt.date(2026, 1, 1))
    chain.verify([case_a.body_id])
    text = client.get(reverse("enforcement_portal:index")).content.decode()
    head = case_a.body.process_records.get().entry_hash
    assert case_a.body.name in text and head[:16] in text
    assert body_b.name not in text  # not published


def _published(filer, case, published_on):
    for stage in ("investigated", "reviewed", "decided"):
        actions_cases.advance(filer, case, stage=stage, on=dt.date(2026, 3, 2))
    return actions_cases.publish(
        filer, Publicity.objects.get(case=case), published_on=published_on, summary=f"{case.title}决定"
    )


def test_publicity_hides_withdrawn_and_masks_names_after_their_period(
    client, filer_a, body_a, officers_a, settings
):
    person = open_case(
        filer_a,
        body_a,
        officers_a[:2],
        number="P1",
        title="占道经营",
        party_name="张三丰",
        party_is_natural_person=True,
    )
    company = open_case(
        filer_a, body_a, officers_a[:2], number="P2", title="无证经营", party_name="德清某公司"
    )
    gone = open_case(filer_a, body_a, officers_a[:2], number="P3", title="撤销的决定", party_name="德清某店")
    _published(filer_a, person, dt.date(2026, 3, 3))
    _published(filer_a, company, dt.date(2026, 3, 3))
    withdrawn = _published(filer_a, gone, dt.date(2026, 3, 3))
    actions_cases.order_withdrawal(filer_a, withdrawn, changed_on=dt.date(2026, 3, 5), reason="复议撤销")
    actions_cases.withdraw(filer_a, withdrawn, withdrawn_on=dt.date(2026, 3, 6))
    text = client.get(reverse("enforcement_portal:publicity")).content.decode()
    assert "张三丰" in text and "德清某公司" in text and "撤销的决定" not in text
    # Two years on, the person's name is masked; the company's stays for five.
    Publicity.objects.filter(case=person).update(name_shown_until=dt.date(2026, 3, 4))
    text = client.get(reverse("enforcement_portal:publicity")).content.decode()
    assert "张三丰" not in text and "张**" in text and "德清某公司" in text
