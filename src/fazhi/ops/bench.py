"""Server time and query count of every main page and API list, per role (issue 18 §3).

``fazhi manage bench_pages`` asks each page ``--runs`` times through Django's
test client, in process (no network, no server): what it measures is the
platform's own work per request, which is what grows with a province's data.
The people are found in the database: a rule-of-law office reviewer, a unit
filer and a unit leader of the same county (the demo's or a generated province's).
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse

from fazhi.core.scoping import Role
from fazhi.org.models import Membership

# (role, page): a URL name or an API path. The main pages and API lists of each role.
PAGES = {
    Role.OFFICE_REVIEWER: [
        "home",
        "filings:index",
        "oversight:index",
        "oversight:problems",
        "normdocs:index",
        "normdocs:filings",
        "normdocs:issuers",
        "decisions:index",
        "plans:index",
        "counsel:index",
        "counsel:coverage",
        "assessment:index",
        "indicators:index",
        "org:index",
        "/api/filings/seasons",
        "/api/filings/filings",
        "/api/oversight/problems",
        "/api/oversight/inspections",
        "/api/normdocs",
        "/api/normdocs/filings",
        "/api/decisions",
        "/api/plans/tasks",
        "/api/counsel",
        "/api/counsel/coverage",
        "/api/assessment/schemes",
        "/api/assessment/sheets",
        "/api/indicators/values",
        "/api/orgs",
    ],
    Role.UNIT_FILER: [
        "home",
        "filings:index",
        "oversight:problems",
        "normdocs:index",
        "decisions:index",
        "plans:index",
        "counsel:index",
        "indicators:index",
        "/api/filings/filings",
        "/api/oversight/problems",
        "/api/normdocs",
        "/api/plans/tasks",
        "/api/counsel",
    ],
    Role.UNIT_LEADER: ["home", "filings:index", "oversight:problems"],
    None: ["portal:home", "decisions_portal:index"],  # the public, no login
}
# A provincial office's reviewer (a generated province's ``r330000``): the regional roll-up,
# the province's cities, and one city's counties.
PROVINCE_PAGES = ["rollup:index", "/rollup/?region=330100", "/rollup/?region=330106", "home"]


@dataclass
class Timing:
    role: str
    page: str
    status: int
    queries: int
    median_ms: float
    p95_ms: float
    # The process's CPU time per request (Python and the database driver, not the database
    # server): on a shared machine, less disturbed by other work than the wall time.
    cpu_ms: float = 0.0
    # The time spent waiting for the database's answers (the queries' wall time, median).
    db_ms: float = 0.0


def _person(role: Role):
    membership = (
        Membership.objects.filter(role=role, is_active=True).select_related("user").order_by("id").first()
    )
    return membership.user if membership else None


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _provincial_reviewer():
    membership = (
        Membership.objects.filter(
            role=Role.OFFICE_REVIEWER, is_active=True, organisation__region_code__endswith="0000"
        )
        .select_related("user")
        .order_by("id")
        .first()
    )
    return membership.user if membership else None


def _time(client: Client, role: str, pages: list[str], runs: int) -> list[Timing]:
    timings = []
    for page in pages:
        url = page if page.startswith("/") else reverse(page)
        client.get(url)  # warm: translations, templates, the scope cache
        times, cpu, database = [], [], []
        for _run in range(runs):
            with CaptureQueriesContext(connection) as queries:
                started, started_cpu = time.perf_counter(), time.process_time()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
            database.append(sum(float(query["time"]) for query in queries.captured_queries) * 1000)
        timings.append(
            Timing(
                role=role,
                page=page,
                status=response.status_code,
                queries=len(queries),
                median_ms=statistics.median(times),
                p95_ms=_percentile(times, 0.95),
                cpu_ms=statistics.median(cpu),
                db_ms=statistics.median(database),
            )
        )
    return timings


def bench(runs: int = 10, only: str = "") -> list[Timing]:
    """Time each role's pages; ``only`` names one role (``province_reviewer`` for the roll-up)."""
    timings = []
    with override_settings(ALLOWED_HOSTS=["testserver"], SECURE_SSL_REDIRECT=False):
        for role, pages in PAGES.items():
            if only and only != str(role or "public"):
                continue
            client = Client()
            if role is not None:
                user = _person(role)
                if user is None:
                    continue
                client.force_login(user)
            timings += _time(client, str(role or "public"), pages, runs)
        provincial = _provincial_reviewer() if only in {"", "province_reviewer"} else None
        if provincial is not None:
            client = Client()
            client.force_login(provincial)
            timings += _time(client, "province_reviewer", PROVINCE_PAGES, runs)
    return timings


def table(timings: list[Timing]) -> str:
    """A Markdown table of the timings (docs/performance.md)."""
    lines = [
        "| role | page | status | queries | median ms | p95 ms | CPU ms | database ms |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for t in timings:
        lines.append(
            f"| {t.role} | `{t.page}` | {t.status} | {t.queries} | {t.median_ms:.0f} | {t.p95_ms:.0f}"
            f" | {t.cpu_ms:.0f} | {t.db_ms:.0f} |"
        )
    return "\n".join(lines)
