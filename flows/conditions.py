"""The `when:` language: a small, safe subset of Python expression syntax.

Parsed with `ast` and checked by hand, then turned once into plain closures: never evaluated
by Python. Allowed:
step ids as names, string and number literals, `==`, `!=`, `<`, `<=`, `>`, `>=`,
`in` / `not in` (a value in a multi-choice or list answer), `and`, `or`, `not`,
parentheses, and the functions `answered(step)`, `named(step)`, `excepts(step)`,
`unsure(step)` and `count(step)`.
A name whose step is unanswered, skipped or hidden has the value None. None, and a word
against a number, are neither bigger nor smaller: such a comparison is false, never an error
in the middle of a practitioner's answer.
"""

from __future__ import annotations

import ast
import itertools
import operator
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from flows.regex import on_first_use

Lookup = Callable[[str], Any]
Compiled = Callable[[Lookup], Any]

def _sorted_by(test: Callable[[Any, Any], Any]) -> Callable[[Any, Any], bool]:
    """An ordering that holds only between two values that have one: an unanswered step
    (None), or a word against a number, is neither bigger nor smaller (Python would raise,
    and a walk runs on every update of every draft of the flow)."""
    def compare(a: Any, b: Any) -> bool:
        if a is None or b is None:
            return False
        try:
            return bool(test(a, b))
        except TypeError:
            return False
    return compare


def _within(a: Any, b: Any) -> bool:
    """`a in b`: a choice among a list answer's items (or words in a text); never for an
    unanswered step, or a container that cannot hold `a`."""
    try:
        return b is not None and a in b
    except TypeError:
        return False


_COMPARE: dict[type[ast.cmpop], Callable[[Any, Any], bool]] = {
    ast.Eq: lambda a, b: bool(a == b),
    ast.NotEq: lambda a, b: bool(a != b),
    ast.Lt: _sorted_by(operator.lt),
    ast.LtE: _sorted_by(operator.le),
    ast.Gt: _sorted_by(operator.gt),
    ast.GtE: _sorted_by(operator.ge),
    ast.In: _within,
    ast.NotIn: lambda a, b: not _within(a, b),
}
_FUNCTIONS = ("answered", "named", "excepts", "unsure", "count")
_STEP_FIRST: dict[type[ast.cmpop], str] = {
    ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
    ast.In: "in", ast.NotIn: "not in"}
_CONSTANT_FIRST: dict[type[ast.cmpop], str] = {
    **_STEP_FIRST, ast.Lt: ">", ast.LtE: ">=", ast.Gt: "<", ast.GtE: "<=",
    ast.In: "contains", ast.NotIn: "not contains"}
ORDERINGS = frozenset({"<", "<=", ">", ">="})


class ConditionSyntaxError(ValueError):
    """A `when:` expression uses something outside the allowed subset."""


@dataclass(frozen=True)
class Condition:
    """A parsed `when:` expression; `names` are the step ids it reads."""

    source: str
    tree: ast.expr
    names: frozenset[str]
    rename: Mapping[str, str] = field(default_factory=dict)
    _run: Compiled = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Walked once into closures: a draft's walk evaluates every condition of its flow
        # on every update, so the tree is not re-read each time.
        object.__setattr__(self, "_run", _compile(self.tree, self.rename))

    @property
    def reading(self) -> tuple[str, tuple[tuple[str, str], ...]]:
        """What decides the condition's verdict: its source and the steps it reads it with
        (two copies parsed apart, from one section, read alike)."""
        return self.source, tuple(sorted(self.rename.items()))

    def renamed(self, mapping: Mapping[str, str]) -> Condition:
        """The same condition reading other step ids (a repeated section's copy)."""
        rename = {n: mapping[n] for n in self.names if n in mapping}
        return Condition(self.source, self.tree, self.names, rename)

    def comparisons(self) -> list[tuple[str, str, Any]]:
        """Each comparison of a step with a constant, read with the step first (after
        renaming): `'yes' == a` is ("a", "==", "yes"), `'x' in a` is ("a", "contains", "x")."""
        found = []
        for node in ast.walk(self.tree):
            if not isinstance(node, ast.Compare):
                continue
            sides = (node.left, *node.comparators)
            for left, op, right in zip(sides, node.ops, sides[1:], strict=False):
                if isinstance(left, ast.Name) and isinstance(right, ast.Constant):
                    how, name, constant = _STEP_FIRST[type(op)], left.id, right.value
                elif isinstance(right, ast.Name) and isinstance(left, ast.Constant):
                    how, name, constant = _CONSTANT_FIRST[type(op)], right.id, left.value
                else:
                    continue
                found.append((self.rename.get(name, name), how, constant))
        return found

    def counts_against_words(self) -> list[str]:
        """Each `count(step)` compared with a constant that is no number, as written
        ("count(signs) > '0'"): a count is never bigger, smaller or equal to a word."""
        found = []
        for node in ast.walk(self.tree):
            if not isinstance(node, ast.Compare):
                continue
            sides = (node.left, *node.comparators)
            for left, right in itertools.pairwise(sides):
                for call, constant in ((left, right), (right, left)):
                    if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) \
                            and call.func.id == "count" and isinstance(constant, ast.Constant) \
                            and (isinstance(constant.value, bool)
                                 or not isinstance(constant.value, int | float)):
                        found.append(f"{ast.unparse(call)} against {constant.value!r}")
        return found

    @property
    def always(self) -> bool:
        """Whether the condition holds whatever the answers: `True` (or another true
        constant) as written."""
        return isinstance(self.tree, ast.Constant) and bool(self.tree.value)

    def step_ids(self) -> frozenset[str]:
        """The step ids this condition reads, after renaming."""
        return frozenset(self.rename.get(n, n) for n in self.names)

    @property
    def test(self) -> Callable[[Lookup], bool]:
        """`holds` as a plain function (what a walk calls for every step)."""
        return self._run

    def holds(self, lookup: Lookup) -> bool:
        """Evaluate against `lookup(step_id) -> value or None`."""
        return bool(self._run(lookup))


def parse(source: str) -> Condition:
    """Parse a `when:` expression, rejecting anything outside the subset."""
    try:
        tree = ast.parse(source.strip(), mode="eval").body
    except SyntaxError as exc:
        raise ConditionSyntaxError(f"cannot read condition {source!r}: {exc.msg}") from None
    names: set[str] = set()
    _check(tree, names)
    return Condition(source, tree, frozenset(names))


def _check(node: ast.expr, names: set[str]) -> None:
    if isinstance(node, ast.BoolOp):
        for value in node.values:
            _check(value, names)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        _check(node.operand, names)
    elif isinstance(node, ast.Compare):
        if any(type(op) not in _COMPARE for op in node.ops):
            raise ConditionSyntaxError("only ==, !=, <, <=, >, >=, in and not in compare")
        for part in (node.left, *node.comparators):
            _check(part, names)
    elif isinstance(node, ast.Name):
        names.add(node.id)
    elif isinstance(node, ast.Constant) and isinstance(node.value, str | int | float | bool):
        return
    elif isinstance(node, ast.Call):
        _check_call(node, names)
    else:
        raise ConditionSyntaxError(f"{type(node).__name__} is not allowed in a condition")


def _check_call(node: ast.Call, names: set[str]) -> None:
    func = node.func
    if not isinstance(func, ast.Name) or func.id not in _FUNCTIONS:
        raise ConditionSyntaxError(f"only {' and '.join(_FUNCTIONS)} can be called")
    if node.keywords or len(node.args) != 1:
        raise ConditionSyntaxError(f"{func.id}() takes exactly one step id")
    arg = node.args[0]
    if isinstance(arg, ast.Name):
        names.add(arg.id)
    elif isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        names.add(arg.value)
    else:
        raise ConditionSyntaxError(f"{func.id}() takes a step id")


def _compile(node: ast.expr, rename: Mapping[str, str]) -> Compiled:
    """A checked tree as a function of the lookup (names renamed for a repeated section)."""
    if isinstance(node, ast.BoolOp):
        parts = tuple(_compile(v, rename) for v in node.values)
        return _all_of(parts) if isinstance(node.op, ast.And) else _any_of(parts)
    if isinstance(node, ast.UnaryOp):
        operand = _compile(node.operand, rename)
        return lambda look: not operand(look)
    if isinstance(node, ast.Compare):
        if (len(node.ops) == 1 and isinstance(node.left, ast.Name)
                and isinstance(node.comparators[0], ast.Constant)):
            return _named_against_constant(rename.get(node.left.id, node.left.id),
                                           node.ops[0], node.comparators[0].value)
        first = _compile(node.left, rename)
        steps = tuple((_COMPARE[type(op)], _compile(right, rename))
                      for op, right in zip(node.ops, node.comparators, strict=True))

        def compare(look: Lookup) -> bool:
            left = first(look)
            for test, right_of in steps:
                right = right_of(look)
                if not test(left, right):
                    return False
                left = right
            return True
        return compare
    if isinstance(node, ast.Name):
        name = rename.get(node.id, node.id)
        return lambda look: look(name)
    if isinstance(node, ast.Constant):
        constant = node.value
        return lambda look: constant
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        arg = node.args[0]
        step = arg.id if isinstance(arg, ast.Name) else str(getattr(arg, "value", ""))
        step = rename.get(step, step)
        if node.func.id == "answered":
            return lambda look: look(step) not in (None, "", [])
        if node.func.id == "named":
            return lambda look: _named(look(step))
        if node.func.id == "excepts":
            return lambda look: _excepts(look(step))
        if node.func.id == "unsure":
            return lambda look: _unsure(look(step))
        return lambda look: _count(look(step))
    raise ConditionSyntaxError(f"{type(node).__name__} is not allowed in a condition")


def _all_of(parts: tuple[Compiled, ...]) -> Compiled:
    """`a and b`: whether every part holds (a loop, not a generator: a walk tests the
    conditions at every update)."""
    def all_of(look: Lookup) -> bool:
        for part in parts:  # noqa: SIM110
            if not part(look):
                return False
        return True
    return all_of


def _any_of(parts: tuple[Compiled, ...]) -> Compiled:
    """`a or b`: whether any part holds (a loop, as `_all_of`)."""
    def any_of(look: Lookup) -> bool:
        for part in parts:  # noqa: SIM110
            if part(look):
                return True
        return False
    return any_of


def _named_against_constant(name: str, op: ast.cmpop, constant: Any) -> Compiled:
    """`step == 'yes'` and the like, most conditions there are: one call instead of three
    (a walk tests every step's conditions on every update)."""
    if isinstance(op, ast.Eq):
        return lambda look: look(name) == constant
    if isinstance(op, ast.NotEq):
        return lambda look: look(name) != constant
    test = _COMPARE[type(op)]
    return lambda look: test(look(name), constant)


# A typed answer that names no one: "no one", "nobody", "none", "n/a", a plain "no", "they
# didn't name anyone", or only an acknowledgement ("ok", typed after the reminders before the
# question). `named(step)` is `answered(step)` for a question asking who: "who must not be
# told?" answered "no one" names no one. (`answered` itself stays literal: a choice's value
# may well be "no".)
_NO_ONE = on_first_use(
    r"(?:no(?:pe)?|nah|no(?:[\s-]?one|body|ne|t\s+anyone)(?:\s+(?:named|at\s+all|mentioned))?"
    r"|n/?a|nil|not\s+applicable|ok(?:ay)?|fine|noted|understood"
    r"|(?:(?:she|he|they|the\s+child|child)\s+)?did(?:\s*n['’]?t|\s+not)"
    r"(?:\s+(?:name|say|mention))?(?:\s+any(?:one|body))?)[\s.!]*",
    re.IGNORECASE)


# A typed answer that only says it is not known: "I dont know", "not sure", "idk". Named,
# it holds back what `named` keeps back; `unsure(step)` tells the two apart, so that a note
# says "not known" of it, not that someone was named.
_UNSURE = on_first_use(
    r"(?:(?:i|we)\s+)?(?:(?:do\s*n['’]?t|do\s+not|dont|did\s*n['’]?t|did\s+not)\s+know|not\s+known"
    r"|(?:(?:i\s*['’]?m|i\s+am)\s+)?(?:not\s+sure|unsure)|unknown|i?dk|dunno|no\s+idea"
    r"|can['’]?t\s+say|not\s+asked|(?:i\s+)?(?:did\s*n['’]?t|did\s+not|forgot\s+to)\s+ask(?:\s+(?:her|him|them))?"
    r"|\?+)(?:\s+yet)?[\s.!?]*", re.IGNORECASE)


def _unsure(value: Any) -> bool:
    return isinstance(value, str) and _UNSURE.fullmatch(value.strip()) is not None


def _named(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip()) and not _NO_ONE.fullmatch(value.strip())
    return value not in (None, [])


# Someone left out of who may see it: "everyone but daddy", "mum and nan, not dad", "all
# apart from R", and everyone but those named: "only mummy and nanny", "mummy and nanny
# only", "mum, nobody else", "not anyone else". An "only" about something else ("only if mum
# agrees", "only the good bits") is read so too: the child's words are then kept back until
# checked with the child, never shared wider than they said.
# `excepts(step)` holds for such an answer; "not sure", "she did not say" and "not asked
# yet" leave no one out.
_EXCEPT = on_first_use(
    r"\b(?:only|solely)\b|\bjust\s+(?:for\s+|to\s+)?[^\W\d_]"
    r"|\b(?:no(?:body|[\s-]?one)|nothing|not\s+any(?:one|body))\s+else\b|\bno\s+others?\b"
    r"|\b(?:but(?:\s+not)?|except(?:\s+for)?|apart\s+from|other\s+than|bar|excluding|without"
    r"|not(?!\s+(?:sure|say|said|asked|ask|know|known|yet|decided|clear|certain|mention\w*"
    r"|name\w*|anyone|anybody|everyone|want\w*)\b))\s+(?:for\s+)?[^\W\d_]"
    r"|(?:n['’]?t|\bnot)\s+want\w*\s+[^\W\d_]", re.IGNORECASE)
_NO_ONE_LEFT_OUT = on_first_use(r"\b(?:did|does|do|has|have|had)(?:\s*n['’]?t|\s+not)\s+"
                                r"(?:say|name|mention|answer|tell|ask)\w*\b", re.IGNORECASE)


def _excepts(value: Any) -> bool:
    return isinstance(value, str) and bool(_EXCEPT.search(value)) \
        and not _NO_ONE_LEFT_OUT.search(value)


def _count(value: Any) -> int:
    return len(value) if isinstance(value, list) else int(value not in (None, ""))
