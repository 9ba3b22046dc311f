"""The shared plumbing in core: dates in documents, app discovery, event verb labels."""

from __future__ import annotations

import datetime as dt

import pytest

from fazhi.core.formatting import chinese_date


def test_official_documents_write_dates_without_leading_zeros():
    assert chinese_date(dt.date(2026, 12, 2)) == "2026年12月2日"
    assert chinese_date(dt.date(2027, 1, 9)) == "2027年1月9日"


def test_app_modules_finds_each_installed_apps_module_in_installed_apps_order():
    from fazhi.core.modules import app_modules

    found = [config.label for config, _module in app_modules("portal")]
    assert found == [
        "normdocs",
        "decisions",
        "enforcement",
        "inspections",
        "education",
        "disputes",
        "filings",
    ]
    assert all(module.__name__ == f"fazhi.{config.label}.portal" for config, module in app_modules("portal"))


def test_every_app_with_a_urls_module_is_mounted_under_its_label():
    from django.urls import get_resolver

    mounted = {str(pattern.pattern).rstrip("/") for pattern in get_resolver().url_patterns}
    assert mounted >= {
        "org",
        "normdocs",
        "decisions",
        "counsel",
        "enforcement",
        "indicators",
        "assessment",
        "oversight",
        "filings",
        "plans",
    }


def test_every_api_router_is_mounted_and_org_keeps_its_older_prefix():
    from fazhi.api.main import api

    prefixes = {prefix for prefix, _router in api._routers}
    assert {"/orgs", "/normdocs", "/decisions", "/counsel", "/plans", "/filings"} <= prefixes
    assert "/org" not in prefixes


def test_an_event_names_its_own_verbs_the_common_ones_and_unknown_codes_as_is():
    from fazhi.plans.models import PlanEvent

    assert PlanEvent(verb="add_task").verb_label == str(PlanEvent.VERBS["add_task"])
    assert PlanEvent(verb="remind").verb_label == str(PlanEvent.COMMON_VERBS["remind"])
    assert PlanEvent(verb="no_such_verb").verb_label == "no_such_verb"


@pytest.mark.django_db
def test_one_reminders_command_runs_every_apps_reminders(capsys):
    from django.core.management import call_command

    call_command("reminders")
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "normdocs",
        "counsel",
        "enforcement",
        "inspections",
        "education",
        "disputes",
        "oversight",
        "filings",
        "plans",
    ]
    assert all(line.endswith("条提醒。") for line in lines)  # in Chinese, like every page


def test_the_reminders_command_refuses_an_app_without_reminders():
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="assessment"):
        call_command("reminders", "assessment")
