"""Counsel coverage read a page at a time (issue 18 §3): a province has 2,000 organs.

``actions.coverage`` gives every organ with its engagements (the Excel
export); the page and the API list read one page of organs, each with
``engaged`` (annotated) and ``in_force`` (prefetched), in a fixed number of queries.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Exists, OuterRef, Prefetch

from fazhi.counsel.models import COVERED_KINDS, Engagement


def in_force(on: dt.date):
    return Engagement.objects.filter(starts_on__lte=on, ends_on__gte=on).exclude(ended_on__lt=on)


def coverage_units(organisations, on: dt.date):
    """The organs ``actions.coverage`` lists, in its order, with ``engaged`` and ``in_force`` on ``on``."""
    return (
        organisations.filter(kind__in=COVERED_KINDS, is_active=True)
        .order_by("region_code", "sort_order", "id")
        .annotate(engaged=Exists(in_force(on).filter(organisation=OuterRef("pk"))))
        .prefetch_related(Prefetch("counsel_engagements", queryset=in_force(on), to_attr="in_force"))
    )
