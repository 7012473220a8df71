"""Surface units -> canonical unit, factor and kind, from the data in ``rules/lexicons``.

The tables live in ``rules/lexicons/units.yaml`` (units and classifiers) and
``rules/lexicons/qualifiers.yaml`` (qualifier words); this module loads them once,
and answers one question fast: which unit starts at this position of a text, the
longest one first.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from . import fastre
from .errors import RuleError

__all__ = [
    "UnitDef",
    "UnitTable",
    "builtin_rules_dir",
    "load_unit_table",
    "default_unit_table",
    "parse_factor",
]


def builtin_rules_dir() -> Path:
    """The ``rules/`` folder shipped with factx (``FACTX_RULES_DIR`` overrides)."""
    env = os.environ.get("FACTX_RULES_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "rules"


@dataclass(frozen=True, slots=True)
class UnitDef:
    """One surface unit: 万千瓦 is not one (the numeral keeps 万); 千瓦 is."""

    surface: str
    unit: str
    factor: Decimal
    kind: str
    dim: str | None = None
    ambiguous: bool = False
    classifier: bool = False
    frac: Fraction | None = None

    @property
    def ratio(self) -> Fraction:
        """The factor as an exact fraction (亩 = 2000/3), for exact arithmetic."""
        return self.frac if self.frac is not None else Fraction(self.factor)


def parse_factor(raw: Any, *, where: str = "") -> Decimal:
    """A factor written as int, decimal string or fraction "2000/3" -> Decimal."""
    return Decimal(parse_ratio(raw, where=where).numerator) / Decimal(parse_ratio(raw, where=where).denominator)


def parse_ratio(raw: Any, *, where: str = "") -> Fraction:
    """A factor written as int, decimal string or fraction "2000/3" -> exact Fraction."""
    s = str(raw).strip()
    try:
        if "/" in s:
            num, den = s.split("/", 1)
            return Fraction(Decimal(num.strip())) / Fraction(Decimal(den.strip()))
        return Fraction(Decimal(s))
    except Exception as exc:  # decimal.InvalidOperation and friends
        raise RuleError(f"factor {raw!r} is not a number", file=where or None) from exc


class UnitTable:
    """Surface -> UnitDef with longest-match lookup at a text position."""

    def __init__(
        self,
        defs: list[UnitDef],
        qualifiers: dict[str, dict[str, str]],
        not_numbers: list[str] | None = None,
        round_not_after: frozenset[str] = frozenset(),
        not_units: frozenset[str] = frozenset(),
    ):
        # words that open with a unit's surface but are other words (门槛, 门店): no unit there
        self.not_units = not_units
        # (the words opening with each character: a unit found is checked against those only)
        self._not_units_from: dict[str, tuple[str, ...]] = {}
        for w in sorted(not_units):
            self._not_units_from[w[0]] = (*self._not_units_from.get(w[0], ()), w)
        self.by_surface: dict[str, UnitDef] = {}
        self._ci: dict[str, UnitDef] = {}
        for d in defs:
            self.by_surface[d.surface] = d
        self.max_len = max((len(s) for s in self.by_surface), default=1)
        # qualifier words: position ("before"/"after") -> word -> qualifier
        self.qualifiers = qualifiers
        self.not_numbers = sorted(set(not_numbers or []), key=len, reverse=True)
        # characters that make a ``before_round`` word the end of a verb (通过, 经过)
        self.round_not_after = round_not_after
        self.qual_max = {
            pos: max((len(w) for w in words), default=0) for pos, words in qualifiers.items()
        }
        # (the longest unit opening with each character, the longest qualifier word opening /
        # ending with each: a lookup tries no longer slice, which could not be a word)
        self._unit_max_from = _longest_by(self.by_surface, 0)
        self._qual_max_to = {where: _longest_by(words, -1) for where, words in qualifiers.items()}
        self._after_max_from = _longest_by(qualifiers.get("after", {}), 0)

    def not_numbers_rx(self):  # noqa: ANN201 - a compiled regex
        """One alternation of the not-number words, longest first (compiled once)."""
        rx = getattr(self, "_nn_rx", None)
        if rx is None:
            import regex

            rx = fastre.compile("|".join(regex.escape(w) for w in self.not_numbers))
            self._nn_rx = rx
        return rx

    def match_at(self, text: str, pos: int) -> UnitDef | None:
        """The longest unit whose surface starts at ``text[pos]``, or None."""
        if pos >= len(text):
            return None
        longest = self._unit_max_from.get(text[pos])
        if longest is None:
            return None
        for n in range(min(longest, len(text) - pos), 0, -1):
            d = self.by_surface.get(text[pos : pos + n])
            if d is not None and any(text.startswith(w, pos) for w in self._not_units_from.get(text[pos], ())):
                return None  # (门槛: no shorter unit either, the word starts here)
            if d is not None:
                # a Latin unit must not run into more Latin letters (5G, 3MW vs 3M)
                if d.surface[-1].isascii() and d.surface[-1].isalpha():
                    nxt = text[pos + n : pos + n + 1]
                    if nxt.isascii() and nxt.isalpha():
                        continue
                return d
        return None

    def qualifier_before(self, text: str, pos: int) -> tuple[str, int] | None:
        """A qualifier word ending at ``pos`` -> (qualifier, start of the word)."""
        return self._word_ending_at("before", text, pos)

    def qualifier_before_round(self, text: str, pos: int) -> tuple[str, int] | None:
        """A ``before_round`` word ending at ``pos`` (过 in 营收过千亿), which qualifies only a
        round figure written with a bare magnitude and not the end of a verb (通过, 经过)."""
        return self._word_ending_at("before_round", text, pos, lambda start: text[start - 1 : start] not in self.round_not_after)

    def _word_ending_at(self, where: str, text: str, pos: int, fits=None) -> tuple[str, int] | None:
        """The longest ``where`` qualifier word ending at ``pos`` (and starting where ``fits``)."""
        words = self.qualifiers.get(where, {})
        if 0 < pos <= len(text):
            longest = self._qual_max_to.get(where, {}).get(text[pos - 1], 0)
        else:
            longest = self.qual_max.get(where, 0)
        for n in range(min(longest, pos), 0, -1):
            q = words.get(text[pos - n : pos])
            if q and (fits is None or fits(pos - n)):
                return q, pos - n
        return None

    def qualifier_after(self, text: str, pos: int) -> tuple[str, int] | None:
        """A qualifier word starting at ``pos`` -> (qualifier, end of the word)."""
        words = self.qualifiers.get("after", {})
        longest = self._after_max_from.get(text[pos], 0) if 0 <= pos < len(text) else self.qual_max.get("after", 0)
        for n in range(min(longest, len(text) - pos), 0, -1):
            q = words.get(text[pos : pos + n])
            if q:
                return q, pos + n
        return None


def _longest_by(words, at: int) -> dict[str, int]:
    """Character at index ``at`` of a word (0: first, -1: last) -> the length of the longest such word."""
    out: dict[str, int] = {}
    for w in words:
        if w:
            out[w[at]] = max(out.get(w[at], 0), len(w))
    return out


def _load_yaml(path: Path) -> Any:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    yaml = YAML(typ="safe", pure=True)
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        col = mark.column + 1 if mark is not None else None
        raise RuleError(f"malformed YAML: {getattr(exc, 'problem', exc)}", file=str(path), line=line, col=col) from exc
    except OSError as exc:
        raise RuleError(f"cannot read: {exc.strerror}", file=str(path)) from exc


def load_unit_table(rules_dirs: list[Path] | None = None) -> UnitTable:
    """Load units, classifiers and qualifiers from each ``rules/lexicons`` folder in order.

    Later folders add to and override earlier ones (a user's ``--rules DIR``).
    """
    dirs = rules_dirs or [builtin_rules_dir()]
    defs: dict[str, UnitDef] = {}
    quals: dict[str, dict[str, str]] = {"before": {}, "after": {}, "before_round": {}}
    not_numbers: list[str] = []
    round_not_after: set[str] = set()
    not_units: set[str] = set()
    for d in dirs:
        upath = Path(d) / "lexicons" / "units.yaml"
        if upath.exists():
            data = _load_yaml(upath) or {}
            for i, e in enumerate(data.get("units", []) or []):
                where = f"{upath} (units[{i}])"
                try:
                    surfaces = e["surface"]
                    surfaces = [surfaces] if isinstance(surfaces, str) else [str(x) for x in surfaces]
                    if e.get("case_insensitive"):
                        surfaces = list(dict.fromkeys(v for x in surfaces for v in (x, x.lower(), x.upper(), x.capitalize())))
                    factor = parse_factor(e.get("factor", 1), where=str(upath))
                    ratio = parse_ratio(e.get("factor", 1), where=str(upath))
                    for s in surfaces:
                        defs[str(s)] = UnitDef(
                            surface=str(s),
                            unit=str(e["unit"]),
                            factor=factor,
                            kind=str(e["kind"]),
                            dim=e.get("dim"),
                            ambiguous=bool(e.get("ambiguous", False)),
                            frac=ratio,
                        )
                except (KeyError, TypeError) as exc:
                    raise RuleError(f"unit entry is missing {exc}", file=where) from exc
            cls = data.get("classifiers") or {}
            for s in cls.get("surfaces", []) or []:
                s = str(s)
                if s not in defs:
                    defs[s] = UnitDef(s, s, Decimal(1), "count", classifier=True)
            not_units.update(str(w) for w in cls.get("not_units", []) or [])
            for g in cls.get("groups", []) or []:
                defs[str(g["surface"])] = UnitDef(
                    str(g["surface"]), str(g["unit"]), parse_factor(g.get("factor", 1)), "count", classifier=True,
                    frac=parse_ratio(g.get("factor", 1)),
                )
        qpath = Path(d) / "lexicons" / "qualifiers.yaml"
        if qpath.exists():
            data = _load_yaml(qpath) or {}
            for pos in ("before", "after", "before_round"):
                for q, words in (data.get(pos) or {}).items():
                    for w in words or []:
                        quals[pos][str(w)] = str(q)
            round_not_after.update(str(data.get("round_not_after") or ""))
        npath = Path(d) / "lexicons" / "not_numbers.yaml"
        if npath.exists():
            data = _load_yaml(npath) or {}
            not_numbers.extend(str(w) for w in data.get("words", []) or [])
    return UnitTable(list(defs.values()), quals, not_numbers, frozenset(round_not_after), frozenset(not_units))


@functools.lru_cache(maxsize=1)
def default_unit_table() -> UnitTable:
    """The built-in table, loaded once per process."""
    return load_unit_table()
