"""/healthz, /metrics behind its network allow-list, and the JSON request log."""

from __future__ import annotations

import ipaddress
import json
import logging

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test import Client

from fazhi.config import env
from fazhi.ops.logs import JsonLineFormatter


def test_healthz_says_ok_or_503(client, transactional_db, tmp_path):
    response = client.get("/healthz")
    assert (response.status_code, response.content) == (200, b"ok\n")

    if connection.vendor != "sqlite":
        pytest.skip("an unreachable database is staged as a SQLite file that cannot be opened")
    # The connection now points at a file in a directory that does not exist.
    kept, original = connection.connection, connection.settings_dict
    connection.connection = None
    connection.settings_dict = {**original, "NAME": str(tmp_path / "missing" / "fazhi.sqlite3")}
    try:
        response = client.get("/healthz")
    finally:
        connection.close()
        connection.settings_dict, connection.connection = original, kept
    assert response.status_code == 503 and b"database unavailable" in response.content


def test_metrics_answer_only_the_monitoring_networks(db, settings):
    Client().get("/healthz")
    inside = Client(REMOTE_ADDR="127.0.0.1").get("/metrics")
    assert inside.status_code == 200
    text = inside.content.decode()
    assert 'fazhi_http_requests_total{method="GET",status="200",view="healthz"}' in text
    assert 'fazhi_http_request_duration_seconds_bucket{le="0.1",view="healthz"}' in text

    assert Client(REMOTE_ADDR="203.0.113.9").get("/metrics").status_code == 404
    settings.METRICS_NETWORKS = [ipaddress.ip_network("203.0.113.0/24")]
    assert Client(REMOTE_ADDR="203.0.113.9").get("/metrics").status_code == 200


def test_behind_the_proxy_metrics_judge_the_forwarded_client_not_the_proxy(db, settings):
    settings.FAZHI_BEHIND_PROXY = True
    through_proxy = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert through_proxy.get("/metrics").status_code == 404


def test_metrics_networks_are_parsed_strictly():
    assert env.env_networks("N", ["127.0.0.1/32"], {"N": "10.0.0.0/8, ::1"}) == [
        ipaddress.ip_network("10.0.0.0/8"),
        ipaddress.ip_network("::1/128"),
    ]
    with pytest.raises(ImproperlyConfigured):
        env.env_networks("N", [], {"N": "10.0.0.0/33"})
    with pytest.raises(ImproperlyConfigured):
        env.env_int("H", 7, {"H": "24"}, minimum=0, maximum=23)
    with pytest.raises(ImproperlyConfigured):
        env.env_log_level("L", "INFO", {"L": "verbose"})


def test_request_log_is_one_json_line_with_method_path_status_and_duration(client, db, caplog):
    with caplog.at_level(logging.INFO, logger="fazhi.request"):
        client.get("/healthz")
    (record,) = [r for r in caplog.records if r.name == "fazhi.request"]
    line = json.loads(JsonLineFormatter().format(record))
    assert line["method"] == "GET" and line["path"] == "/healthz" and line["status"] == 200
    assert line["view"] == "healthz" and line["duration_ms"] >= 0 and line["level"] == "INFO"


def test_probes_answer_the_apps_own_address_under_production_settings(db, settings):
    # A container engine probes http://127.0.0.1:8000 while production allows only its name and https.
    settings.ALLOWED_HOSTS = ["fazhi.example.gov.cn"]
    settings.SECURE_SSL_REDIRECT = True
    probe = Client(HTTP_HOST="127.0.0.1:8000", REMOTE_ADDR="127.0.0.1")
    assert probe.get("/healthz").status_code == 200
    assert probe.get("/metrics").status_code == 200
    assert probe.get("/accounts/login/").status_code == 400  # everything else is still checked
