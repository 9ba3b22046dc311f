"""The demo county's enforcement: bodies with certified officers, a year of cases, one verified chain,
one review campaign."""

from __future__ import annotations

from fazhi.enforcement import chain
from fazhi.enforcement.models import Case, ChainCheck, EnforcementBody, FileReview, ReviewCampaign


def test_the_demo_has_bodies_cases_a_verified_chain_and_a_campaign(demo_county):
    assert EnforcementBody.objects.count() == 3
    assert Case.objects.filter(decided_on__year=2025).count() >= 10
    assert ChainCheck.objects.filter(is_intact=True).count() == 1
    assert all(state.is_intact for state in chain.verify(save=False))
    campaign = ReviewCampaign.objects.get()
    assert FileReview.objects.filter(campaign=campaign, score__isnull=False).count() == 2
