"""Settings come from the environment through strict parsers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from fazhi.config import env

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "raw, expected",
    [("true", True), ("TRUE", True), ("1", True), ("false", False), ("0", False), (" False ", False)],
)
def test_bool_accepts_only_true_false_one_zero(raw, expected):
    assert env.env_bool("X", not expected, {"X": raw}) is expected


@pytest.mark.parametrize("raw", ["yes", "no", "on", "off", "ture", "2", "y"])
def test_bool_refuses_anything_else(raw):
    with pytest.raises(ImproperlyConfigured, match="X="):
        env.env_bool("X", False, {"X": raw})


def test_bool_default_when_unset_or_empty():
    assert env.env_bool("X", True, {}) is True
    assert env.env_bool("X", False, {"X": ""}) is False


def test_int_and_list_parsers():
    assert env.env_int("N", 5, {"N": "30"}) == 30
    with pytest.raises(ImproperlyConfigured):
        env.env_int("N", 5, {"N": "thirty"})
    with pytest.raises(ImproperlyConfigured):
        env.env_int("N", 5, {"N": "2"}, minimum=5)
    assert env.env_list("L", ["a"], {"L": "x.gov.cn, y.gov.cn"}) == ["x.gov.cn", "y.gov.cn"]
    with pytest.raises(ImproperlyConfigured):
        env.env_list("L", [], {"L": "x,,y"})


def test_secret_key_generated_once_and_kept(tmp_path):
    first = env.secret_key({}, tmp_path / "var")
    second = env.secret_key({}, tmp_path / "var")
    assert first == second and len(first) >= 50
    assert oct((tmp_path / "var" / "secret_key").stat().st_mode & 0o777) == "0o600"


def test_secret_key_from_environment_must_be_long(tmp_path):
    assert env.secret_key({"FAZHI_SECRET_KEY": "k" * 60}, tmp_path) == "k" * 60
    with pytest.raises(ImproperlyConfigured):
        env.secret_key({"FAZHI_SECRET_KEY": "short"}, tmp_path)


def test_defaults_are_chinese_shanghai_and_not_debug():
    assert settings.LANGUAGE_CODE == "zh-hans"
    assert settings.TIME_ZONE == "Asia/Shanghai"
    assert settings.DEBUG is False
    # Not saved on every request: see test_ops_sessions.py for the idle expiry that replaces it.
    assert settings.SESSION_COOKIE_AGE == 120 * 60 and not settings.SESSION_SAVE_EVERY_REQUEST
    assert settings.AUTH_PASSWORD_VALIDATORS


def _manage(args, extra_env, tmp_path):
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("FAZHI_", "DJANGO_"))}
    environment.update({"FAZHI_VAR_DIR": str(tmp_path), **extra_env})
    if "DATABASE_URL" in os.environ:
        environment["DATABASE_URL"] = os.environ["DATABASE_URL"]
    return subprocess.run(
        [sys.executable, "-m", "fazhi.cli", "manage", *args],
        env=environment,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION = {
    "FAZHI_SECRET_KEY": "x7Lq0v-" * 10,
    "FAZHI_ALLOWED_HOSTS": "fazhi.example.gov.cn",
    "FAZHI_CSRF_TRUSTED_ORIGINS": "https://fazhi.example.gov.cn",
    "FAZHI_HTTPS": "true",
}


def test_check_deploy_passes_with_documented_production_variables(tmp_path):
    result = _manage(["check", "--deploy", "--fail-level", "WARNING"], PRODUCTION, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_fails_without_https(tmp_path):
    result = _manage(
        ["check", "--deploy", "--fail-level", "WARNING"], {**PRODUCTION, "FAZHI_HTTPS": "false"}, tmp_path
    )
    assert result.returncode != 0
    assert "security.W008" in result.stderr + result.stdout


def test_a_misspelt_boolean_stops_the_process(tmp_path):
    result = _manage(["check"], {"FAZHI_DEBUG": "yes"}, tmp_path)
    assert result.returncode != 0
    assert "FAZHI_DEBUG='yes'" in result.stderr
