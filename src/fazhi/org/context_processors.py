"""Template context of the org app."""

from __future__ import annotations

from django.utils.functional import SimpleLazyObject

from fazhi.org.naming import office_name_for


def office(request):
    """``office_name``: the user's rule-of-law office (依法治县办, 依法治区办, ...), read only when used."""
    return {"office_name": SimpleLazyObject(lambda: office_name_for(getattr(request, "user", None)))}
