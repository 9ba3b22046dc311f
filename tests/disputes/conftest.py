"""Helpers of the disputes tests: a reconsideration case as the office receives it."""

from __future__ import annotations

import datetime as dt

import pytest

from fazhi.disputes import actions


def receive(actor, office, respondent, **fields):
    values = {
        "applicant_name": "张三",
        "applicant_contact": "13800000000",
        "application_form": "written",
        "channel": "post",
        "act_kind": "penalty",
        "act_description": "德市监罚〔2024〕1号行政处罚决定",
        "known_on": dt.date(2024, 9, 10),
        "received_on": dt.date(2024, 9, 30),
        "act_on": dt.date(2024, 9, 5),
        "today": dt.date(2024, 9, 30),
    }
    values.update(fields)
    return actions.receive_application(actor, office=office, respondent=respondent, **values)


@pytest.fixture
def receive_case(reviewer, office, unit_a):
    def make(**fields):
        return receive(reviewer, office, fields.pop("respondent", unit_a), **fields)

    return make
