"""Open data of published enforcement decisions (行政执法决定公示, see core.opendata).

The rows are exactly what the portal's publicity page shows on the day of the download:
decisions published in the year, still within their display period and not withdrawn.
A natural person's name is masked once its shorter display period is over, in the party
column and wherever the published text repeats it; officers are not listed.
"""

from __future__ import annotations

from collections.abc import Iterator

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from fazhi.core.deadlines import local_today
from fazhi.core.opendata import DATE, NUMBER, TEXT, Dataset, Field, codes_of, date_text, plain_number
from fazhi.enforcement.models import CaseType
from fazhi.enforcement.queries import party_shown, shown_publicity


def decision_rows(region: str, year: int) -> Iterator[dict]:
    today = local_today()
    page = reverse("enforcement_portal:publicity")
    published = (
        shown_publicity(today)
        .filter(case__body__organisation__region_code=region, published_on__year=year)
        .order_by("published_on", "pk")
    )
    for publicity in published.iterator(chunk_size=500):
        case = publicity.case
        party = party_shown(publicity, today)
        yield {
            "body": case.body.name,
            "case_number": case.number,
            "case_type": case.case_type,
            "subject": case.title,
            "party": party,
            "decided_on": date_text(case.decided_on),
            "published_on": date_text(publicity.published_on),
            "shown_until": date_text(publicity.display_until),
            "fine": plain_number(case.fine_amount),
            "confiscation": plain_number(case.confiscation_amount),
            "published_text": publicity.summary.replace(case.party_name, party)
            if party != case.party_name
            else publicity.summary,
            "page": page,
        }


DATASETS = (
    Dataset(
        "enforcement-decisions",
        _("Published enforcement decisions"),
        _(
            "Licensing and penalty decisions published in the year and still within their display "
            "period; withdrawn decisions are left out and natural persons' names are masked after "
            "their shorter period."
        ),
        (
            Field("body", TEXT, _("enforcement body")),
            Field("case_number", TEXT, _("case number")),
            Field("case_type", TEXT, _("case type"), codes=codes_of(CaseType)),
            Field("subject", TEXT, _("subject")),
            Field("party", TEXT, _("party")),
            Field("decided_on", DATE, _("decided on"), nullable=True),
            Field("published_on", DATE, _("published on")),
            Field("shown_until", DATE, _("shown until")),
            Field("fine", NUMBER, _("fine (yuan)")),
            Field("confiscation", NUMBER, _("confiscation (yuan)")),
            Field("published_text", TEXT, _("published text")),
            Field("page", TEXT, _("page on the portal")),
        ),
        decision_rows,
    ),
)
