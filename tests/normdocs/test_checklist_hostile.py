"""A forged checklist toggle gets a 400 with a message, not a 500 (issue 18)."""

import pytest

from fazhi.normdocs.models import ChecklistItem


@pytest.mark.parametrize("toggle", ["abc", "²", "9" * 30, ""])
def test_a_toggle_that_is_not_a_line_number_is_refused(reviewer, login, toggle):
    client = login(reviewer)
    client.get("/normdocs/checklist/")
    before = list(ChecklistItem.objects.values_list("pk", "is_active"))
    response = client.post("/normdocs/checklist/", {"toggle": toggle})
    assert response.status_code == 400
    assert "没有这一条审核要点" in response.content.decode()
    assert list(ChecklistItem.objects.values_list("pk", "is_active")) == before
