"""Validation: warnings on facts, never silent drops.

Checks: a rate (合格率, 占比, 率) above 100%; before/after that contradict the verb
(提升 but after < before); a unit that does not fit the kind; a negative count;
``raw[start:end] == text`` is enforced by the pipeline and checked in tests.
"""

from __future__ import annotations

from .models import Fact

__all__ = ["validate_facts"]

_KIND_UNITS = {
    "ratio": {"%", "pp", "x"},
    "rank": {"rank"},
}
_CURRENCIES = {"CNY", "USD", "EUR", "HKD", "JPY", "GBP", "CHF", "TWD", "KRW", "RUB", "NGN", "BTC"}


def validate_facts(facts: list[Fact]) -> list[Fact]:
    """Add warnings to facts in place and return the same list."""
    by_claim: dict[str, list[Fact]] = {}
    for f in facts:
        by_claim.setdefault(f.claim, []).append(f)
        if f.unit == "%" and f.role == "value" and f.value > 100 and ("率" in f.metric or "占" in f.metric or "比重" in f.metric):
            f.warnings.append(f"rate above 100%: {f.metric} = {f.value}%")
        allowed = _KIND_UNITS.get(f.kind)
        if allowed is not None and f.unit not in allowed:
            f.warnings.append(f"unit {f.unit!r} does not fit kind {f.kind}")
        if f.kind == "money" and f.unit.split("/")[0] not in _CURRENCIES:
            f.warnings.append(f"unit {f.unit!r} is not a currency for kind money")
        if f.kind == "count" and f.value < 0:
            f.warnings.append("negative count")
    for claim, fs in by_claim.items():
        before = [f for f in fs if f.role == "before"]
        after = [f for f in fs if f.role == "after"]
        if len(before) == 1 and len(after) == 1 and ends_against_verb(before[0], after[0]):
            b, a = before[0].value, after[0].value
            sign = "<" if after[0].direction == "up" else ">"
            after[0].warnings.append(f"direction {after[0].direction} but after ({a}) {sign} before ({b})")
    return facts


def ends_against_verb(before: Fact, after: Fact) -> bool:
    """Do the two ends of one change, in one unit, run against the direction its verb gives
    (提升 but after < before)? Shared with the checker, which reads such a draft change as
    its ends swapped."""
    if before.unit != after.unit or after.direction not in ("up", "down"):
        return False
    return after.value < before.value if after.direction == "up" else after.value > before.value
