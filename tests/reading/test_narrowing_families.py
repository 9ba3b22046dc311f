"""Each family of narrowing rules that ``narrowed`` asks only for some codes declares those codes: the
list must name exactly the codes the family's body tests, and each of its rules must start with such a
test, so that a figure with none of the codes loses nothing to the family it was not shown."""

from __future__ import annotations

import ast
import inspect
import sys
import textwrap
from collections.abc import Callable

import pytest

from fazhi.reading.extract import (
    counted_otherwise,
    list_codes,
    neighbouring_work,
    other_bodies,
    other_kinds,
    other_things,
    other_uses,
    own_business,
)

FAMILIES = [
    (counted_otherwise.counted_otherwise, counted_otherwise.COUNTED_OTHERWISE_CODES),
    (other_bodies.another_bodys, other_bodies.ANOTHER_BODYS_CODES),
    (other_kinds.another_kind, other_kinds.ANOTHER_KIND_CODES),
    (other_kinds.another_dispute, other_kinds.ANOTHER_DISPUTE_CODES),
    (other_kinds.enforcement_kind, other_kinds.ENFORCEMENT_KIND_CODES),
    (other_things.another_thing, other_things.ANOTHER_THING_CODES),
    (other_things.parts_and_other_papers, other_things.PARTS_CODES),
    (list_codes.not_the_lists_items, list_codes.LISTS_CODES),
    (own_business.own_business, own_business.OWN_BUSINESS_CODES),
    (neighbouring_work.neighbouring_work, neighbouring_work.NEIGHBOURING_WORK_CODES),
    (other_uses._ninth_pass, other_uses._NINTH_PASS_CODES),
]


def _body(family: Callable[..., set[str]]) -> ast.FunctionDef:
    tree = ast.parse(textwrap.dedent(inspect.getsource(family)))
    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef)
    return function


def _codes_of(node: ast.expr, names: dict[str, object]) -> set[str]:
    """The codes a name (a code or a set of them) or a set display stands for."""
    if isinstance(node, ast.Name):
        value = names[node.id]
        return {value} if isinstance(value, str) else set(value)  # type: ignore[call-overload]
    if isinstance(node, ast.Set):
        return set().union(*(_codes_of(element, names) for element in node.elts))
    raise AssertionError(f"not a code or a set of codes: {ast.unparse(node)}")


def _code_test(node: ast.expr, names: dict[str, object]) -> set[str] | None:
    """The codes ``node`` tests the figure's codes for (``X in codes``, ``codes & X``), or None."""
    if (
        isinstance(node, ast.Compare)
        and isinstance(node.ops[0], ast.In)
        and isinstance(node.comparators[0], ast.Name)
        and node.comparators[0].id == "codes"
    ):
        return _codes_of(node.left, names)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitAnd):
        for one, other in ((node.left, node.right), (node.right, node.left)):
            if isinstance(one, ast.Name) and one.id == "codes":
                return _codes_of(other, names)
    return None


@pytest.mark.parametrize("family, declared", FAMILIES, ids=lambda value: getattr(value, "__name__", ""))
def test_declared_codes_are_the_tested_codes(
    family: Callable[..., set[str]], declared: frozenset[str]
) -> None:
    names = vars(sys.modules[family.__module__])
    tested: set[str] = set()
    for node in ast.walk(_body(family)):
        if isinstance(node, ast.expr) and (codes := _code_test(node, names)) is not None:
            tested |= codes
    assert tested == set(declared), (
        f"declared but not tested: {set(declared) - tested}; tested but not declared: {tested - set(declared)}"
    )


@pytest.mark.parametrize("family, declared", FAMILIES, ids=lambda value: getattr(value, "__name__", ""))
def test_every_rule_starts_with_a_code_test(
    family: Callable[..., set[str]], declared: frozenset[str]
) -> None:
    names = vars(sys.modules[family.__module__])
    for statement in _body(family).body:
        if not isinstance(statement, ast.If):
            continue
        test = statement.test
        first = test.values[0] if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else test
        codes = _code_test(first, names)
        assert codes is not None and codes <= declared, (
            f"a rule not led by a test of its codes: {ast.unparse(test)}"
        )


@pytest.mark.parametrize("family, declared", FAMILIES, ids=lambda value: getattr(value, "__name__", ""))
def test_a_family_drops_only_its_codes_or_the_figures(
    family: Callable[..., set[str]], declared: frozenset[str]
) -> None:
    """The only statements besides its rules: the clause unpacked, the set it fills, and its return."""
    kinds = {type(statement).__name__ for statement in _body(family).body[1:]}  # (after the docstring)
    assert kinds <= {"Assign", "AnnAssign", "If", "Return"}
