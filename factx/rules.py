"""Load, validate and compile the rule files in ``rules/*.yaml``.

A rule file holds ``fragments`` (named regex pieces, used as ``{NAME}``) and ``rules``.
Each rule has an ``id``, a ``kind``, a ``priority``, a regex (``pattern``, ``before`` or
``after``) and inline ``examples`` (``match``, ``no_match``, ``todo``). Files are read
with ruamel.yaml so that every error names ``file:line:col`` and the rule id; models are
Pydantic with ``extra="forbid"``, so a misspelt field is an error, not a silent default.
Nothing is half-loaded: ``load_rules`` returns a complete ``RuleSet`` or raises.

Rule kinds:

* ``not_fact``: ``pattern`` is searched in the sentence; a figure whose span lies inside
  a match (or inside the match's group ``fig`` when the pattern names one) is not a fact.
* ``role``: ``before`` must match the clause text right before the figure (it is
  anchored at its end), ``after`` the text right after it (anchored at its start);
  when both given, both must match. The rule sets ``role`` and ``direction`` (``direction``
  may be ``from_group``: ``up`` if the named group ``up`` matched, ``down`` if ``down`` did).

The first matching rule by priority (highest first, then file order) wins.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import RuleError
from .fastre import required_chars
from .units import builtin_rules_dir

__all__ = [
    "Example",
    "Examples",
    "RuleSpec",
    "CompiledRule",
    "RuleSet",
    "load_rules",
    "default_ruleset",
    "lint_rules",
]

_FRAG_REF = regex.compile(r"\{([A-Z][A-Z0-9_]*)\}")
PATTERN_TIMEOUT = 0.05  # seconds, per search on a sentence: a runaway pattern is an error


class Example(BaseModel):
    """One example: ``text`` with the figure marked ``[[...]]`` where a figure matters."""

    model_config = ConfigDict(extra="forbid")
    text: str
    role: str | None = None
    direction: str | None = None
    note: str | None = None


def _coerce_examples(v: Any) -> Any:
    if isinstance(v, list):
        return [{"text": x} if isinstance(x, str) else x for x in v]
    return v


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid")
    match: list[Example] = Field(default_factory=list)
    no_match: list[Example] = Field(default_factory=list)
    todo: list[Example] = Field(default_factory=list)

    _c1 = field_validator("match", "no_match", "todo", mode="before")(lambda cls, v: _coerce_examples(v))


class RuleSpec(BaseModel):
    """A rule as written in YAML (validated, not yet compiled)."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
    kind: Literal["not_fact", "role"]
    priority: int = 50
    description: str = ""
    pattern: str | None = None
    before: str | None = None
    after: str | None = None
    role: Literal["value", "before", "after", "delta"] | None = None
    direction: Literal["up", "down", "from_group"] | None = None
    enabled: bool = True
    units: list[str] | None = Field(
        default=None,
        description="the rule applies only to a figure in one of these canonical units (pp: points are a gap, never a level)",
    )
    names_metric: Literal["append", "when_empty", "object"] | None = Field(
        default=None,
        description=(
            "the cue words name the metric: appended to it (新增 -> 城镇新增就业), used when the clause names none "
            "(涨幅为-10.8%), or, for `object`, the words the pattern's group `obj` matched after its verb are the "
            "metric (减少二氧化碳排放31吨 -> 二氧化碳排放)"
        ),
    )
    examples: Examples = Field(default_factory=Examples)


@dataclass(slots=True)
class CompiledRule:
    spec: RuleSpec
    file: str
    line: int
    pattern: regex.Pattern | None = None
    before: regex.Pattern | None = None
    after: regex.Pattern | None = None
    #: characters one of which every match of ``pattern``, ``before``, ``after`` holds (None:
    #: unknown): where none occurs the pattern is not run (fastre.required_chars)
    pattern_need: frozenset[str] | None = None
    before_need: frozenset[str] | None = None
    after_need: frozenset[str] | None = None

    @property
    def id(self) -> str:
        return self.spec.id


@dataclass(slots=True)
class RuleSet:
    """Compiled rules, by kind, in application order; plus the hash of their sources."""

    rules: list[CompiledRule]
    fragments: dict[str, str]
    digest: str
    files: list[str] = field(default_factory=list)
    dirs: list[Path] = field(default_factory=list)
    #: what of_kind and role_index computed (a rule set is not changed after load_rules)
    _derived: dict = field(default_factory=dict, repr=False, compare=False)

    def of_kind(self, kind: str) -> list[CompiledRule]:
        hit = self._derived.get(kind)
        if hit is None:
            hit = self._derived[kind] = tuple(r for r in self.rules if r.spec.kind == kind and r.spec.enabled)
        return list(hit)

    def role_index(self) -> "RoleIndex":
        """The role rules with masks that pick, for one figure, the rules that may match it."""
        hit = self._derived.get(RoleIndex)
        if hit is None:
            hit = self._derived[RoleIndex] = RoleIndex(self.of_kind("role"))
        return hit


class RoleIndex:
    """Role rules (in application order) and which of them may match a figure, as bit masks
    (bit i: rule i): a rule is a candidate when the figure's unit is among its ``units`` and the
    text before (after) the figure holds a character its ``before`` (``after``) pattern needs
    (:attr:`CompiledRule.before_need`). The rest cannot match and are not run."""

    def __init__(self, rules: list[CompiledRule]) -> None:
        self.rules = tuple(rules)
        self._pre_always, self._pre_by_char = self._masks([(r.before, r.before_need) for r in rules])
        self._post_always, self._post_by_char = self._masks([(r.after, r.after_need) for r in rules])
        self._by_unit: dict[str | None, int] = {}

    @staticmethod
    def _masks(pats: list) -> tuple[int, dict[str, int]]:
        always, by_char = 0, {}
        for i, (pat, need) in enumerate(pats):
            if pat is None or need is None:
                always |= 1 << i
            else:
                for c in need:
                    by_char[c] = by_char.get(c, 0) | 1 << i
        return always, by_char

    def candidates(self, unit: str | None, before: str, after: str) -> int:
        """The mask of the rules that may match a figure in ``unit`` with ``before`` and ``after`` around it."""
        um = self._by_unit.get(unit)
        if um is None:
            um = self._by_unit[unit] = sum(1 << i for i, r in enumerate(self.rules) if r.spec.units is None or unit in r.spec.units)
        mask = um & self._pre_always
        by_char = self._pre_by_char
        for c in by_char.keys() & set(before):
            mask |= um & by_char[c]
        if mask:
            post = self._post_always
            by_char = self._post_by_char
            for c in by_char.keys() & set(after):
                post |= by_char[c]
            mask &= post
        return mask


def _yaml():
    from ruamel.yaml import YAML

    y = YAML(typ="rt")
    y.allow_duplicate_keys = False
    return y


def _read(path: Path) -> Any:
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"cannot read rule file: {exc}", file=str(path)) from exc
    try:
        return _yaml().load(text), text
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise RuleError(
            f"malformed YAML: {exc.problem or exc.context}",
            file=str(path),
            line=None if mark is None else mark.line + 1,
            col=None if mark is None else mark.column + 1,
        ) from exc
    except YAMLError as exc:
        raise RuleError(f"malformed YAML: {exc}", file=str(path)) from exc


def _line_of(node: Any, key: Any = None) -> tuple[int | None, int | None]:
    lc = getattr(node, "lc", None)
    if lc is None:
        return None, None
    try:
        if key is not None:
            ln, col = lc.key(key) if isinstance(key, str) else lc.item(key)
        else:
            ln, col = lc.line, lc.col
        return ln + 1, col + 1
    except Exception:  # noqa: BLE001 - ruamel raises various errors for missing keys
        return lc.line + 1, lc.col + 1


def _expand(src: str, frags: dict[str, str], *, file: str, line: int | None, rid: str | None) -> str:
    seen: set[str] = set()

    def sub(m: regex.Match) -> str:
        name = m.group(1)
        if name not in frags:
            raise RuleError(f"unknown fragment {{{name}}}", file=file, line=line, rule_id=rid)
        if name in seen:
            raise RuleError(f"fragment {{{name}}} refers to itself", file=file, line=line, rule_id=rid)
        seen.add(name)
        out = "(?:" + _FRAG_REF.sub(sub, frags[name]) + ")"
        seen.discard(name)
        return out

    return _FRAG_REF.sub(sub, src)


def _compile(src: str, *, file: str, line: int | None, rid: str, anchor: str = "") -> regex.Pattern:
    try:
        if anchor == "end":
            src = f"(?:{src})$"
        elif anchor == "start":
            src = f"^(?:{src})"
        return regex.compile(src)
    except regex.error as exc:
        raise RuleError(f"bad regex: {exc}", file=file, line=line, rule_id=rid) from exc


def rule_files(dirs: list[Path]) -> list[Path]:
    out: list[Path] = []
    for d in dirs:
        out.extend(sorted(p for p in Path(d).glob("*.yaml")))
    return out


def load_rules(extra_dirs: list[Path | str] | None = None) -> RuleSet:
    """Load the built-in rules plus each of ``extra_dirs`` (a user's ``--rules DIR``).

    A user file may add fragments and rules, override a built-in rule by giving the same
    id, or switch one off with ``disable: [rule.id, ...]``.
    """
    dirs = [builtin_rules_dir()] + [Path(d) for d in (extra_dirs or [])]
    frags: dict[str, str] = {}
    raw_rules: list[tuple[Any, str, int | None, Path]] = []
    disabled: set[str] = set()
    h = hashlib.sha256()
    files = rule_files(dirs)
    for d in dirs[1:]:
        if not Path(d).is_dir():
            raise RuleError("rules folder does not exist", file=str(d))
    # lexicons are part of the rules: their bytes go into the hash too
    for d in dirs:
        for p in sorted(Path(d).glob("lexicons/*.yaml")):
            h.update(p.read_bytes())
    for path in files:
        data, text = _read(path)
        h.update(text.encode("utf-8"))
        if data is None:
            continue
        if not isinstance(data, dict):
            raise RuleError("a rule file is a mapping with 'fragments', 'rules' or 'disable'", file=str(path), line=1)
        unknown = set(data) - {"fragments", "rules", "disable"}
        if unknown:
            k = sorted(unknown)[0]
            ln, col = _line_of(data, k)
            raise RuleError(f"unknown top-level key {k!r} (expected fragments, rules, disable)", file=str(path), line=ln, col=col)
        for name, val in (data.get("fragments") or {}).items():
            ln, _ = _line_of(data["fragments"], name)
            if not regex.fullmatch(r"[A-Z][A-Z0-9_]*", str(name)):
                raise RuleError(f"fragment name {name!r} must be UPPER_CASE", file=str(path), line=ln)
            frags[str(name)] = str(val)
        for rid in data.get("disable") or []:
            disabled.add(str(rid))
        rules = data.get("rules") or []
        for i, r in enumerate(rules):
            ln, _ = _line_of(rules, i)
            raw_rules.append((r, str(path), ln, path))
    compiled: dict[str, CompiledRule] = {}
    order: list[str] = []
    ids_in_file: dict[tuple[str, str], int | None] = {}
    for r, file, ln, _path in raw_rules:
        rid = r.get("id") if isinstance(r, dict) else None
        try:
            spec = RuleSpec.model_validate(dict(r) if isinstance(r, dict) else r)
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = err["loc"]
            key = loc[0] if loc else None
            kl, kc = _line_of(r, key) if isinstance(key, str) and isinstance(r, dict) and key in r else (ln, None)
            where = ".".join(str(x) for x in loc)
            raise RuleError(f"{where}: {err['msg']}", file=file, line=kl, col=kc, rule_id=rid) from exc
        if (file, spec.id) in ids_in_file:
            raise RuleError(
                f"duplicate rule id (first at line {ids_in_file[(file, spec.id)]})", file=file, line=ln, rule_id=spec.id
            )
        ids_in_file[(file, spec.id)] = ln
        if spec.id in compiled and compiled[spec.id].file.startswith(str(dirs[0])) is False and file.startswith(str(dirs[0])):
            raise RuleError("duplicate rule id across built-in files", file=file, line=ln, rule_id=spec.id)
        cr = CompiledRule(spec, file, ln or 0)
        if spec.kind == "not_fact":
            if not spec.pattern:
                raise RuleError("a not_fact rule needs 'pattern'", file=file, line=ln, rule_id=spec.id)
            cr.pattern = _compile(_expand(spec.pattern, frags, file=file, line=ln, rid=spec.id), file=file, line=ln, rid=spec.id)
        else:
            if not (spec.before or spec.after):
                raise RuleError("a role rule needs 'before' or 'after'", file=file, line=ln, rule_id=spec.id)
            if spec.role is None:
                raise RuleError("a role rule needs 'role'", file=file, line=ln, rule_id=spec.id)
            if spec.before:
                cr.before = _compile(_expand(spec.before, frags, file=file, line=ln, rid=spec.id), file=file, line=ln, rid=spec.id, anchor="end")
            if spec.after:
                cr.after = _compile(_expand(spec.after, frags, file=file, line=ln, rid=spec.id), file=file, line=ln, rid=spec.id, anchor="start")
        cr.pattern_need = required_chars(cr.pattern.pattern) if cr.pattern is not None else None
        cr.before_need = required_chars(cr.before.pattern) if cr.before is not None else None
        cr.after_need = required_chars(cr.after.pattern) if cr.after is not None else None
        if spec.id not in compiled:
            order.append(spec.id)
        compiled[spec.id] = cr
    for rid in disabled:
        if rid not in compiled:
            raise RuleError(f"cannot disable unknown rule {rid!r}")
        compiled[rid].spec.enabled = False
    ordered = sorted((compiled[i] for i in order), key=lambda c: -c.spec.priority)
    return RuleSet(ordered, frags, h.hexdigest()[:16], [str(p) for p in files], dirs)


_DEFAULT: RuleSet | None = None


def default_ruleset() -> RuleSet:
    """The built-in rules, compiled once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_rules()
    return _DEFAULT


# ------------------------------------------------------------------ lint
_ADVERSARIAL = ("一" * 2000 + "1" * 2000 + "，" * 500 + "增长" * 1000 + "第" * 1000 + "a" * 2000) * 6


#: The reference workload the lint's time limits are set against: a bare scan for numbers
#: over the adversarial input, eight times. It takes :data:`REFERENCE_MS` of CPU time on the
#: machine the limits were set on; a slower or busier machine scales every measurement down
#: by its own ratio (never up), so the same pattern passes or fails everywhere.
_REFERENCE = regex.compile(r"[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万亿]+|增长")
REFERENCE_MS = 22.0


def machine_factor() -> float:
    """How much slower this machine runs the reference workload now than the reference
    machine did (best of three; at least 1)."""
    text = _ADVERSARIAL[:100_000]
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        for _ in range(8):
            for _ in _REFERENCE.finditer(text):
                pass
        best = min(best, (time.process_time() - t0) * 1000)
    return max(1.0, best / REFERENCE_MS)


def adversarial_ms(pat, limit_ms: float = 50.0, factor: float | None = None) -> float:
    """CPU milliseconds ``pat`` takes to search the 100 kB adversarial input, best of three
    (a busy machine fails no fast pattern: a run under ``limit_ms`` ends the trials), divided
    by :func:`machine_factor` (or ``factor``): milliseconds on the reference machine.
    Raises TimeoutError past 1 s (catastrophic backtracking)."""
    factor = machine_factor() if factor is None else factor
    ms = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        pat.search(_ADVERSARIAL[:100_000], timeout=1.0)
        ms = min(ms, (time.process_time() - t0) * 1000 / factor)
        if ms <= limit_ms:
            return ms
    if limit_ms <= 0:
        return ms  # (no limit to judge against: a plain measurement)
    # over the limit: timed again, each time right after a fresh timing of the machine, so
    # that a moment of load elsewhere (the factor measured while the machine was idle) fails
    # no pattern that is fast on an even footing
    for _ in range(3):
        fresh = max(factor, machine_factor())
        t0 = time.process_time()
        pat.search(_ADVERSARIAL[:100_000], timeout=1.0)
        ms = min(ms, (time.process_time() - t0) * 1000 / fresh)
        if ms <= limit_ms:
            break
    return ms


def lint_rules(rs: RuleSet, factor: float | None = None) -> list[str]:
    """Problems that do not stop loading: rules without examples, slow patterns (timed
    against ``factor``, this machine's :func:`machine_factor`, measured here when not given).

    Each problem is one line ``file:line: [rule id] message``.
    """
    out: list[str] = []
    factor = machine_factor() if factor is None else factor
    for r in rs.rules:
        where = f"{r.file}:{r.line}: [rule {r.id}]"
        if not r.spec.examples.match:
            out.append(f"{where} has no 'match' example")
        if not r.spec.examples.no_match:
            out.append(f"{where} has no 'no_match' example")
        for name, pat in (("pattern", r.pattern), ("before", r.before), ("after", r.after)):
            if pat is None:
                continue
            try:
                ms = adversarial_ms(pat, factor=factor)
            except TimeoutError:
                out.append(f"{where} {name} takes over 1 s on a 100 kB adversarial input (catastrophic backtracking)")
                continue
            if ms > 50:
                out.append(f"{where} {name} takes {ms:.0f} ms on a 100 kB adversarial input (limit 50 ms, reference machine)")
    return out
