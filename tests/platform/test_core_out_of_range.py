"""A number the database cannot hold is the client's error: 400 (422 in the API) in Chinese, never 500.

The API contract fuzzer found ``organisation_id=63869621725386702848`` on the
indicator values list (SQLite could not bind it; PostgreSQL answered an empty
list): such a number in a path or a query is refused before the database, the
same on both. A value PostgreSQL cannot store (DataError) is a 400 as well.
"""

from __future__ import annotations

HUGE = "63869621725386702848"


def test_an_api_filter_past_the_database_integer_is_refused(login, reviewer):
    response = login(reviewer).get(f"/api/indicators/values?organisation_id={HUGE}")
    assert response.status_code == 422
    assert response.json() == {"detail": "请求中的数值或文本超出允许范围。"}


def test_a_page_id_past_the_database_integer_is_refused(login, reviewer):
    response = login(reviewer).get(f"/org/{HUGE}/")
    assert response.status_code == 400
    assert response.content.decode() == "请求中的数值或文本超出允许范围。"


def test_the_largest_database_integer_is_merely_not_found(login, reviewer):
    assert login(reviewer).get(f"/org/{2**63 - 1}/").status_code == 404


def test_a_value_the_database_cannot_hold_is_a_400_page(rf):
    from django.db import DataError

    from fazhi.core.middleware import OutOfRangeMiddleware

    middleware = OutOfRangeMiddleware(lambda request: None)
    response = middleware.process_exception(
        rf.get("/"), DataError("value too long for type character varying")
    )
    assert response.status_code == 400
    assert response.content.decode() == "请求中的数值或文本超出允许范围。"
    assert middleware.process_exception(rf.get("/"), ValueError("not ours")) is None
