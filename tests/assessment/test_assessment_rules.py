"""Scoring rules on hand-computed cases: thresholds, linear segments, steps, deductions, caps, missing values."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from fazhi.assessment import rules


@pytest.mark.parametrize(("value", "expected"), [(90, "6.00"), (95, "6.00"), ("89.99", "0.00"), (0, "0.00")])
def test_threshold_full_points_at_or_above_target(value, expected):
    assert rules.threshold(value, max_points=6, target=90).points == D(expected)


def test_threshold_lower_is_better():
    assert rules.threshold(2, max_points=4, target=3, higher_is_better=False).points == D("4.00")
    assert rules.threshold(4, max_points=4, target=3, higher_is_better=False).points == D("0.00")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (90, "6.00"),  # at the full-point line
        (100, "6.00"),  # above it: capped at the maximum
        (45, "3.00"),  # 6 × 45/90
        (60, "4.00"),  # 6 × 60/90
        ("91.11", "6.00"),
        (0, "0.00"),
        ("29.4", "1.96"),  # 6 × 29.4/90 = 1.96
    ],
)
def test_linear_head_appearance_rate_full_at_90_zero_at_0(value, expected):
    assert rules.linear(value, max_points=6, full_at=90, zero_at=0).points == D(expected)


@pytest.mark.parametrize(
    ("value", "expected"), [(100, "3.00"), (90, "1.50"), (80, "0.00"), (70, "0.00"), ("97.5", "2.63")]
)  # 3 × 17.5/20 = 2.625 → 2.63 (half up)
def test_linear_segment_between_zero_and_full_lines(value, expected):
    assert rules.linear(value, max_points=3, full_at=100, zero_at=80).points == D(expected)


def test_linear_lower_is_better_runs_the_other_way():
    # full points at 5% loss rate, none at 25%: 15% is halfway
    assert rules.linear(15, max_points=4, full_at=5, zero_at=25).points == D("2.00")
    assert rules.linear(3, max_points=4, full_at=5, zero_at=25).points == D("4.00")


@pytest.mark.parametrize(
    ("value", "expected"),
    [(100, "5.00"), (95, "5.00"), (90, "4.00"), (85, "4.00"), (71, "3.00"), (40, "0.00"), (0, "0.00")],
)
def test_stepped_one_point_per_whole_10_points_below_target(value, expected):
    outcome = rules.stepped(value, max_points=5, target=100, step=10, points_per_step=1)
    assert outcome.points == D(expected)


@pytest.mark.parametrize(
    ("count", "cap", "expected"),
    [
        (0, 6, "6.00"),
        (1, 6, "4.00"),
        (2, 6, "2.00"),
        (5, 6, "0.00"),
        (5, 4, "2.00"),
        (2, None, "2.00"),
        (9, None, "0.00"),
    ],
)
def test_deduction_per_occurrence_with_a_cap(count, cap, expected):
    assert rules.deduction(count, max_points=6, per_occurrence=2, cap=cap).points == D(expected)


def test_deduction_cap_is_named_in_the_explanation():
    outcome = rules.deduction(5, max_points=6, per_occurrence=2, cap=4)
    assert "4" in outcome.explanation and outcome.lost == D("4.00")


@pytest.mark.parametrize(
    "rule",
    [
        lambda: rules.threshold(None, max_points=4, target=100),
        lambda: rules.linear(None, max_points=6, full_at=90, zero_at=0),
        lambda: rules.stepped(None, max_points=5, target=100, step=10, points_per_step=1),
        lambda: rules.deduction(None, max_points=6, per_occurrence=2, cap=6),
        lambda: rules.judged(None, max_points=3),
    ],
)
def test_missing_values_score_nothing_and_say_so(rule):
    outcome = rule()
    assert outcome.points == 0 and outcome.missing and outcome.explanation


def test_judged_items():
    assert rules.judged(True, max_points=5).points == D("5.00")
    assert rules.judged(False, max_points=5).points == D("0.00")


def test_item_points_adjustment_replaces_rule_then_deductions_capped_and_clamped():
    assert rules.item_points(D("4.00"), max_points=6) == D("4.00")
    assert rules.item_points(D("4.00"), max_points=6, adjusted=D("5.5")) == D("5.50")
    assert rules.item_points(D("6.00"), max_points=6, deductions=[D(1), D("1.5")]) == D("3.50")
    assert rules.item_points(D("6.00"), max_points=6, deductions=[D(2), D(2), D(2)], cap=D(3)) == D("3.00")
    assert rules.item_points(D("1.00"), max_points=6, deductions=[D(2)]) == D("0.00")  # never below zero
    assert rules.item_points(D("6.00"), max_points=6, adjusted=D(9)) == D("6.00")  # never above maximum


def test_area_cap():
    assert rules.area_points([D(4), D(3), D("2.5")]) == D("9.50")
    assert rules.area_points([D(4), D(3), D("2.5")], cap=D(8)) == D("8.00")


def test_competition_ranking_shares_places():
    assert rules.rank({"a": D(95), "b": D(90), "c": D(90), "d": D(80)}) == {"a": 1, "b": 2, "c": 2, "d": 4}


def test_evaluate_dispatches_and_check_rule_names_missing_parameters():
    rule = rules.ItemRule(kind="linear", max_points=D(6), target=D(90), zero_at=D(0))
    assert rules.evaluate(rule, value=D(45)).points == D("3.00")
    assert rules.check_rule(rule) == []
    problems = rules.check_rule(rules.ItemRule(kind="stepped", max_points=D(0), target=D(100)))
    assert len(problems) == 3  # maximum, step, points per step
    assert rules.check_rule(rules.ItemRule(kind="linear", max_points=D(1), target=D(5), zero_at=D(5)))
    assert rules.check_rule(rules.ItemRule(kind="magic", max_points=D(1)))
