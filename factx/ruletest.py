"""Run the examples written beside every rule (``factx rules test`` and pytest).

A ``not_fact`` rule's ``match`` example must contain a number inside a match of the
rule and keep no fact; a ``no_match`` example must have no number inside a match.
A ``role`` rule's examples mark one figure with ``[[...]]``: for ``match`` the figure
must be attributed by this rule with the role and direction given; for ``no_match`` it
must not be attributed by this rule. ``todo`` examples are known gaps: they are run and
reported, never counted as failures.

``run_lexicon_examples`` checks the examples of ``lexicons/*.yaml`` the same way
tests/test_units.py does: ``"TEXT = VALUE UNIT"`` for units and classifiers,
``"TEXT = QUALIFIER"`` for qualifiers, and not-number texts that must yield no number.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .numerals import normalize_numeric, scan_numbers
from .rules import CompiledRule, Example

__all__ = ["ExampleResult", "run_rule_examples", "run_all_examples", "run_lexicon_examples"]

_MARK = regex.compile(r"\[\[(.+?)\]\]")


@dataclass(frozen=True, slots=True)
class ExampleResult:
    rule_id: str
    file: str
    line: int
    kind: str  # match | no_match | todo
    text: str
    ok: bool
    message: str = ""


def _unmark(text: str) -> tuple[str, tuple[int, int] | None]:
    m = _MARK.search(text)
    if not m:
        return text, None
    plain = text[: m.start()] + m.group(1) + text[m.end() :]
    return plain, (m.start(), m.start() + len(m.group(1)))


def _not_fact_hits(rule: CompiledRule, text: str, engine) -> tuple[bool, bool]:
    """(a number lies inside a match of the rule, a fact survives extraction)."""
    from .match import find_figures

    norm = normalize_numeric(text)
    spans = []
    for m in rule.pattern.finditer(norm, timeout=1.0):
        g = "fig" if "fig" in rule.pattern.groupindex and m.group("fig") is not None else 0
        spans.append((m.start(g), m.end(g)))
    nums = scan_numbers(text, table=engine.table)
    inside = any(a <= n.start and n.end <= b for n in nums for a, b in spans)
    kept, _ = find_figures(text, engine.rules, engine.table, lex=engine.lex)
    return inside, bool(kept)


def _role_of(text: str, span: tuple[int, int], engine):
    from .attribute import attribute_sentence
    from .match import find_figures

    kept, _ = find_figures(text, engine.rules, engine.table, lex=engine.lex)
    attrs = attribute_sentence(text, kept, engine.rules, lex=engine.lex)
    for f, a in zip(kept, attrs):
        if f.start < span[1] and span[0] < f.end:
            return f, a
    return None, None


def _check(rule: CompiledRule, ex: Example, kind: str, engine) -> ExampleResult:
    def res(ok: bool, msg: str = "") -> ExampleResult:
        return ExampleResult(rule.id, rule.file, rule.line, kind, ex.text, ok, msg)

    if rule.spec.kind == "not_fact":
        text, _ = _unmark(ex.text)
        inside, survives = _not_fact_hits(rule, text, engine)
        if kind == "no_match":
            return res(not inside, "a number is inside a match of the rule" if inside else "")
        if not inside:
            return res(False, "no number inside a match of the rule")
        return res(not survives, "a fact survives" if survives else "")
    text, span = _unmark(ex.text)
    if span is None:
        return res(False, "mark the figure with [[...]]")
    f, a = _role_of(text, span, engine)
    if f is None:
        return res(False, "the marked text is not a figure")
    if kind == "no_match":
        return res(a.rule_id != rule.id, f"attributed by this rule (role {a.role})" if a.rule_id == rule.id else "")
    problems = []
    if a.rule_id != rule.id:
        problems.append(f"attributed by {a.rule_id or 'no rule'}")
    if ex.role and a.role != ex.role:
        problems.append(f"role {a.role}, expected {ex.role}")
    if ex.direction and a.direction != ex.direction:
        problems.append(f"direction {a.direction}, expected {ex.direction}")
    return res(not problems, "; ".join(problems))


def run_rule_examples(rule: CompiledRule, engine) -> list[ExampleResult]:
    out = []
    for kind in ("match", "no_match", "todo"):
        for ex in getattr(rule.spec.examples, kind):
            r = _check(rule, ex, "match" if kind == "todo" else kind, engine)
            if kind == "todo":
                r = ExampleResult(r.rule_id, r.file, r.line, "todo", r.text, True, "todo: " + ("now passes" if r.ok else r.message))
            out.append(r)
    return out


def run_all_examples(engine) -> list[ExampleResult]:
    """Every example of every enabled rule of the engine's rule set."""
    out = []
    for rule in engine.rules.rules:
        if rule.spec.enabled:
            out.extend(run_rule_examples(rule, engine))
    return out


# ------------------------------------------------------------------ lexicon examples


def _lexicon_entries(engine):
    """(file, line, label, kind, example text) of every example in the lexicons of
    each rules folder of the engine (built-in first, then each ``--rules DIR``)."""
    from .rules import _read

    for d in engine.rules.dirs:
        lex = d / "lexicons"
        upath = lex / "units.yaml"
        if upath.is_file():
            data, _ = _read(upath)
            data = data or {}
            units = data.get("units") or []
            for i, e in enumerate(units):
                line = _item_line(units, i)
                surfaces = e.get("surface") if isinstance(e, dict) else None
                first = surfaces if isinstance(surfaces, str) else (surfaces or ["?"])[0]
                for ex in (e.get("examples") or []) if isinstance(e, dict) else []:
                    yield str(upath), line, f"unit {first}", "unit", str(ex)
            cls = data.get("classifiers") or {}
            for ex in cls.get("examples") or []:
                yield str(upath), _key_line(data, "classifiers"), "classifiers", "unit", str(ex)
            groups = cls.get("groups") or []
            for i, g in enumerate(groups):
                if isinstance(g, dict) and g.get("example"):
                    yield str(upath), _item_line(groups, i), f"classifier {g.get('surface')}", "unit", str(g["example"])
        qpath = lex / "qualifiers.yaml"
        if qpath.is_file():
            data, _ = _read(qpath)
            for ex in (data or {}).get("examples") or []:
                yield str(qpath), _key_line(data, "examples"), "qualifiers", "qualifier", str(ex)
        npath = lex / "not_numbers.yaml"
        if npath.is_file():
            data, _ = _read(npath)
            for ex in (data or {}).get("examples") or []:
                yield str(npath), _key_line(data, "examples"), "not_numbers", "not_number", str(ex)


def _item_line(seq, i: int) -> int:
    try:
        return seq.lc.item(i)[0] + 1
    except Exception:  # noqa: BLE001 - no position info
        return 0


def _key_line(mapping, key: str) -> int:
    try:
        return mapping.lc.key(key)[0] + 1
    except Exception:  # noqa: BLE001 - no position info
        return 0


def _check_lexicon_example(kind: str, text: str, engine) -> tuple[bool, str]:
    from decimal import Decimal, InvalidOperation

    if kind == "not_number":
        found = scan_numbers(text, table=engine.table)
        return (not found, "" if not found else f"reads a number: {found[0].text}")
    if "=" not in text:
        return False, "write the example as 'TEXT = EXPECTED'"
    sample, expected = (s.strip() for s in text.rsplit("=", 1))
    found = [m for m in scan_numbers(sample, table=engine.table) if m.kind != "date"]
    if not found:
        return False, "no number found"
    if kind == "qualifier":
        if len(found) != 1:
            return False, f"{len(found)} numbers found, expected one"
        q = found[0].qualifier
        return q == expected, "" if q == expected else f"qualifier {q}, expected {expected}"
    parts = expected.split()
    if len(parts) != 2:
        return False, "write a unit example as 'TEXT = VALUE UNIT'"
    try:
        value = Decimal(parts[0])
    except InvalidOperation:
        return False, f"{parts[0]!r} is not a number"
    m = found[-1]
    problems = []
    if m.value != value:
        problems.append(f"value {m.value}, expected {value}")
    if m.unit != parts[1]:
        problems.append(f"unit {m.unit}, expected {parts[1]}")
    return not problems, "; ".join(problems)


def run_lexicon_examples(engine) -> list[ExampleResult]:
    """The examples of the lexicons (units, classifiers, qualifiers, not-number words)
    of every rules folder of the engine, checked against ``scan_numbers`` with the
    engine's unit table. ``rule_id`` names the entry (``unit 千瓦时``)."""
    out = []
    for file, line, label, kind, text in _lexicon_entries(engine):
        ok, msg = _check_lexicon_example(kind, text, engine)
        out.append(ExampleResult(label, file, line, "no_match" if kind == "not_number" else "match", text, ok, msg))
    return out
