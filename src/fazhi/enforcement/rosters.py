"""The certified-officer roster of a region, for other apps that draw officers at random
(the ``inspections`` app finds this module through ``core.modules.app_modules("rosters")``
and never imports enforcement)."""

from __future__ import annotations

import datetime as dt

from fazhi.core.scoping import region_codes_within
from fazhi.enforcement.queries import valid_certificates


def certified_officers(region_code: str, on: dt.date) -> list[dict]:
    """Officers in service in ``region_code`` (and the regions below it) holding a certificate valid on ``on``.

    One row per certificate: name, certificate_number, organisation_id, field, expires_on.
    """
    rows = (
        valid_certificates(on)
        .filter(
            officer__is_active=True,
            officer__body__organisation__region_code__in=region_codes_within(region_code),
        )
        .order_by("officer__body__organisation_id", "officer__name", "number")
        .values_list("officer__name", "number", "officer__body__organisation_id", "field", "expires_on")
    )
    return [
        {
            "name": name,
            "certificate_number": number,
            "organisation_id": organisation_id,
            "field": field,
            "expires_on": expires_on,
        }
        for name, number, organisation_id, field, expires_on in rows
    ]
