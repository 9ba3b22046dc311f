"""What the API accepts before an endpoint runs: JSON text, years, page offsets.

Each of these reached the database or ``datetime`` unchecked and came back as
a 500 (issue 18): a NUL or an unpaired surrogate in a JSON string (PostgreSQL
refuses both), ``year=-1`` or ``year=10^20`` in a filter, ``offset=10^20``
past the database's integer. Endpoints take ``ApiYear`` for a year and this
module's ``LimitOffsetPagination``; ``StrictJsonParser`` is the API's parser.
"""

from __future__ import annotations

import json
from typing import Annotated

from django.utils.translation import gettext as _
from ninja import Field, Schema
from ninja.conf import settings as ninja_settings
from ninja.errors import HttpError
from ninja.pagination import LimitOffsetPagination as NinjaLimitOffsetPagination
from ninja.parser import Parser
from pydantic import AfterValidator

from fazhi.core.dates import EARLIEST, latest

# A page offset beyond any table the platform will hold, well inside a 64-bit integer.
MAX_OFFSET = 10**9


class HostileText(ValueError):
    """A JSON body with text no database column can hold. ``message`` is for the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _unstorable(text: str) -> bool:
    # json.loads joins a valid surrogate pair into one character: any left is unpaired.
    return "\x00" in text or any("\ud800" <= character <= "\udfff" for character in text)


def check_storable(value) -> None:
    if isinstance(value, str):
        if _unstorable(value):
            raise HostileText(
                _("The text contains a NUL character or an unpaired surrogate (\\ud800-\\udfff); remove it.")
            )
    elif isinstance(value, dict):
        for key, item in value.items():
            check_storable(key)
            check_storable(item)
    elif isinstance(value, list):
        for item in value:
            check_storable(item)


class StrictJsonParser(Parser):
    def parse_body(self, request):
        data = json.loads(request.body)
        check_storable(data)
        return data


def _year_in_range(value: int) -> int:
    if not EARLIEST.year <= value <= latest().year:
        raise ValueError(
            _("The year must lie between %(first)d and %(last)d.")
            % {"first": EARLIEST.year, "last": latest().year}
        )
    return value


ApiYear = Annotated[int, AfterValidator(_year_in_range)]

# Proxy entry (代为录入) through the API, as on the forms: the office enters a unit's step for a
# unit without a login and says why (core.duties.unit_step); a unit's own people leave it empty.
ProxyReason = Annotated[
    str,
    Field(
        max_length=500,
        description="代为录入的原因：机关替没有账号的单位录入本单位环节时必填；单位本人办理时留空。",
    ),
]


def checked_year(value: int | None) -> int | None:
    """A year filter of a paginated endpoint (ninja's pagination wrapper cannot resolve ``ApiYear``)."""
    if value is None:
        return None
    try:
        return _year_in_range(value)
    except ValueError as error:
        raise HttpError(422, str(error)) from error


class LimitOffsetPagination(NinjaLimitOffsetPagination):
    """ninja's pagination with an offset the database can take."""

    class Input(Schema):
        limit: int = Field(ninja_settings.PAGINATION_PER_PAGE, ge=1, le=ninja_settings.PAGINATION_MAX_LIMIT)
        offset: int = Field(0, ge=0, le=MAX_OFFSET)
