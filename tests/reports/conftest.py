import pytest

from tests.conftest import make_user, member


@pytest.fixture
def government_leader(government):
    return member(make_user("gov_leader", "县长"), government, "unit_leader")
