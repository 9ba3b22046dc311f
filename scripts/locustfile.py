"""A load test of the main pages of every role (issue 18 §3), for locust; not run in CI.

    pip install -e '.[load]'
    fazhi serve &                       # against the database to test, e.g. a generated province
    locust -f scripts/locustfile.py --headless -u 50 -r 5 -t 5m --host http://127.0.0.1:8000

The people log in through the login page like a browser. By default they are the demo
county's (docs: `fazhi manage demo_logins`); for a generated province (docs/performance.md)
name them, and the password, in the environment:

    FAZHI_LOAD_REVIEWER=r330102 FAZHI_LOAD_FILER=f12 FAZHI_LOAD_LEADER=l12 \\
    FAZHI_LOAD_PASSWORD=province-study locust -f scripts/locustfile.py ...

Every answer but 200 counts as a failure; the run must end with none.
"""

from __future__ import annotations

import os
import re

from locust import HttpUser, between, task

PASSWORD = os.environ.get("FAZHI_LOAD_PASSWORD", "Fazhi-Demo-2026")
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

OFFICE_PAGES = [
    "/",
    "/filings/",
    "/oversight/",
    "/oversight/problems/",
    "/normdocs/",
    "/normdocs/filings/",
    "/normdocs/issuers/",
    "/decisions/",
    "/plans/",
    "/counsel/",
    "/counsel/coverage/",
    "/assessment/",
    "/indicators/",
    "/org/",
    "/api/filings/seasons",
    "/api/oversight/problems",
    "/api/decisions",
    "/api/normdocs",
    "/api/plans/tasks",
    "/api/counsel/coverage",
    "/api/indicators/values",
]
UNIT_PAGES = [
    "/",
    "/filings/",
    "/oversight/problems/",
    "/normdocs/",
    "/decisions/",
    "/plans/",
    "/counsel/",
    "/indicators/",
    "/api/oversight/problems",
    "/api/plans/tasks",
]
PUBLIC_PAGES = ["/portal/", "/portal/decisions/"]


class _Person(HttpUser):
    abstract = True
    wait_time = between(1, 3)
    username = ""
    pages: list[str] = []

    def on_start(self):
        if not self.username:
            return
        page = self.client.get("/accounts/login/", name="login page")
        token = CSRF.search(page.text)
        self.client.post(
            "/accounts/login/",
            {
                "username": self.username,
                "password": PASSWORD,
                "csrfmiddlewaretoken": token.group(1) if token else "",
            },
            headers={"Referer": f"{self.host}/accounts/login/"},
            name="log in",
        )

    @task
    def read_a_page(self):
        for url in self.pages:
            with self.client.get(url, name=url, catch_response=True) as response:
                if response.status_code != 200 or "/accounts/login/" in response.url:
                    response.failure(f"{response.status_code} {response.url}")


class OfficeReviewer(_Person):
    weight = 2
    username = os.environ.get("FAZHI_LOAD_REVIEWER", "reviewer")
    pages = OFFICE_PAGES


class UnitFiler(_Person):
    weight = 4
    username = os.environ.get("FAZHI_LOAD_FILER", "scj_filer")
    pages = UNIT_PAGES


class UnitLeader(_Person):
    weight = 2
    username = os.environ.get("FAZHI_LOAD_LEADER", "scj_leader")
    pages = UNIT_PAGES[:3]


class Citizen(_Person):
    weight = 1
    pages = PUBLIC_PAGES
