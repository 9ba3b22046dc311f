"""Personas every platform test speaks in, shared by every app's tests.

Region: 德清县 (330521). ``unit_a`` is a department and ``unit_b`` a street;
the office sits in the justice bureau. ``filer_a`` must never see or change
anything of ``unit_b`` and the other way round. ``elsewhere`` is a unit in
another county (泸州市江阳区), outside the office's region.

Django is imported inside the fixtures only: the reading engine's tests run
with ``-p no:django`` and must not need a configured Django to collect.

The browser tests (marker ``browser``) share ``chromium``, ``page``,
``log_in`` and ``log_out`` from here: Debian's chromium through Playwright,
never a downloaded browser.

``demo_county`` is the whole demo (every app's ``load_demo``), loaded once per
session and shared by the tests that name it; see "The demo county" below.
"""

from __future__ import annotations

import io
import os

import pytest
from hypothesis import HealthCheck, settings

# Property tests explore at random under ``make fuzz`` (profile "fuzz"); ``make test`` replays
# a fixed set of examples so that CI on a clean clone fails for a change, not for the dice.
# A crash found by fuzzing becomes an ``@example`` beside its test.
settings.register_profile("ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "fuzz", max_examples=20_000, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile(os.environ.get("FAZHI_HYPOTHESIS_PROFILE", "ci"))

REGION = "330521"
PASSWORD = "Correct-Horse-Battery-9"


def make_user(username: str, full_name: str, **extra):
    from fazhi.org.models import User

    user = User.objects.create(username=username, full_name=full_name, **extra)
    user.set_password(PASSWORD)
    user.save()
    return user


def member(user, organisation, role: str):
    from fazhi.org.models import Membership

    Membership.objects.create(user=user, organisation=organisation, role=role)
    return user


def organisation(**fields):
    from fazhi.org.models import Organisation

    return Organisation.objects.create(**fields)


@pytest.fixture
def government(db):
    return organisation(name="德清县人民政府", kind="government", region_code=REGION)


@pytest.fixture
def office(government):
    return organisation(
        name="德清县司法局",
        kind="department",
        region_code=REGION,
        parent=government,
        is_rule_of_law_office=True,
    )


@pytest.fixture
def unit_a(government):
    return organisation(
        name="德清县市场监督管理局",
        kind="department",
        region_code=REGION,
        parent=government,
        contact_person="刘晓燕",
        contact_phone="0572-8800001",
        address="武康街道 A 路 1 号",
    )


@pytest.fixture
def unit_b(government):
    return organisation(
        name="德清县武康街道办事处",
        kind="street",
        region_code=REGION,
        parent=government,
        contact_person="沈佳琪",
        contact_phone="0572-8800002",
        address="武康街道 B 路 2 号",
    )


@pytest.fixture
def elsewhere(db):
    """A unit in another county (江阳区, 泸州): outside the office's region."""
    return organisation(name="泸州市江阳区司法局", kind="department", region_code="510502")


@pytest.fixture
def filer_a(unit_a):
    return member(make_user("filer_a", "刘晓燕"), unit_a, "unit_filer")


@pytest.fixture
def leader_a(unit_a):
    return member(make_user("leader_a", "周立新"), unit_a, "unit_leader")


@pytest.fixture
def filer_b(unit_b):
    return member(make_user("filer_b", "沈佳琪"), unit_b, "unit_filer")


@pytest.fixture
def reviewer(office):
    return member(make_user("reviewer", "陈思远"), office, "office_reviewer")


@pytest.fixture
def evaluator(government):
    body = organisation(name="德清县法学会", kind="other", region_code=REGION)
    return member(make_user("evaluator", "孙文博"), body, "evaluator")


@pytest.fixture
def outsider(db):
    """Logged in, but member of nothing."""
    return make_user("outsider", "路人甲")


@pytest.fixture
def admin_user(db):
    return make_user("root", "王建国", is_staff=True, is_superuser=True)


@pytest.fixture
def login(client):
    def as_user(user):
        client.force_login(user)
        return client

    return as_user


@pytest.fixture
def snapshot():
    """Every stored field of a row, to prove an attempt changed nothing."""

    def take(instance) -> dict:
        fresh = type(instance).objects.get(pk=instance.pk)
        return {field.attname: getattr(fresh, field.attname) for field in fresh._meta.concrete_fields}

    return take


# The demo county ------------------------------------------------------------
#
# Loading every app's demo takes seconds; the tests that need it share one copy.
# ``demo_county_loaded`` commits it once, outside any test's transaction (a session
# fixture is set up before ``db`` opens one); each test on it runs inside ``db``'s
# transaction, which is rolled back, so what a test changes never reaches the next.
# Every other test expects an empty database, so the demo tests run together, as
# the last of the rolled-back tests, and the database is flushed (as after a
# ``transactional_db`` test) before the first test that is not on the demo.
# Nothing here depends on SQLite: the same rollback and flush run on PostgreSQL.

_demo_county = {"in_database": False, "blocker": None, "output": ""}


def _load_demo_county() -> str:
    from django.core.management import call_command

    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def _on_demo_county(item) -> bool:
    return "demo_county" in getattr(item, "fixturenames", ())


@pytest.fixture(scope="session")
def demo_county_loaded(django_db_setup, django_db_blocker):
    """Commits the demo once; tests name ``demo_county``, never this."""
    with django_db_blocker.unblock():
        _demo_county["output"] = _load_demo_county()
    _demo_county.update(in_database=True, blocker=django_db_blocker)
    yield
    # Left behind only when the demo's tests were the last to run; a database kept with
    # --reuse-db must start the next run empty.
    _flush_demo_county()


@pytest.fixture
def demo_county(demo_county_loaded, db) -> str:
    """The whole demo, as ``fazhi manage load_demo`` leaves it; returns what that printed.

    Change it freely: the test's transaction is rolled back afterwards.
    """
    if not _demo_county["in_database"]:
        # A test off the demo ran in between and the database was flushed: load it again,
        # inside this test's transaction (slower, still correct).
        _demo_county["output"] = _load_demo_county()
    return _demo_county["output"]


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """The demo's tests after all others, so the demo is loaded and flushed once.

    This runs before pytest-django's reordering (a conftest's hook before a plugin's),
    whose stable sort into rolled-back, transactional and database-free tests then
    leaves the demo's tests last among the rolled-back ones. Were the order otherwise,
    the tests would still pass: the flush and the reload in ``demo_county`` see to that.
    """
    items.sort(key=_on_demo_county)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Empties the database before the first test off the demo that follows the demo's tests."""
    if not _on_demo_county(item):
        _flush_demo_county()


def _flush_demo_county() -> None:
    if not _demo_county["in_database"]:
        return
    from django.core.management import call_command

    with _demo_county["blocker"].unblock():
        call_command("flush", interactive=False, verbosity=0)
    _demo_county["in_database"] = False


# Browser tests ------------------------------------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def chromium(monkeypatch):
    """Debian's chromium, launched for one test; skipped when it or Playwright is missing.

    One browser per test, not per session: Playwright's sync API keeps an event
    loop running in this thread while it is up, and a test's data is made with
    the ORM before it starts (a query made while Playwright's greenlets run opens
    a connection that outlives the test, and PostgreSQL then refuses to drop the
    test database). So name the data fixture before ``page`` or ``chromium``.
    """
    if not os.path.exists(CHROMIUM):
        pytest.skip("chromium is not installed (apt-get install chromium); browser test skipped")
    playwright_api = pytest.importorskip(
        "playwright.sync_api",
        reason="playwright is not installed (pip install -e '.[dev]'); browser test skipped",
    )
    # Playwright's event loop runs in this thread; Django then refuses ORM calls
    # from it unless told this is deliberate.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def viewport():
    """The window ``page`` opens; a module overrides this fixture for a phone or another size."""
    return DESKTOP


@pytest.fixture
def page(chromium, viewport):
    """A page in a fresh browser context (no cookies from any other page)."""
    context = chromium.new_context(viewport=viewport, accept_downloads=True)
    yield context.new_page()
    context.close()


@pytest.fixture
def log_in(live_server):
    """``log_in(page, username)``: through the login form; waits for the home page."""
    from fazhi.org.demo import DEMO_PASSWORD

    def as_user(page, username, password=DEMO_PASSWORD):
        page.goto(live_server.url + "/accounts/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", password)
        page.click("button[type=submit]")
        page.wait_for_url(live_server.url + "/")

    return as_user


@pytest.fixture
def log_out(live_server):
    """``log_out(page)``: clicks 退出 and waits for the login page."""

    def leave(page):
        page.click("text=退出")
        page.wait_for_url(live_server.url + "/accounts/login/")

    return leave
