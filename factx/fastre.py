"""Compile factx's own patterns with the faster of two regex engines that reads them alike.

factx writes its patterns for the `regex` module, which it needs for ``\\p{Han}``,
variable-width lookbehind, ``captures()``, ``overlapped=`` and the ``timeout=`` that stops
a runaway rule. For the many patterns that use none of these (alternations of words,
character classes, fixed lookbehind), the standard library's `re` finds the same matches
several times faster: a large character class is a bitmap test in `re` and a slower lookup
in `regex` (the traditional-character class: 100x; the place-name trie: 5x; extraction as
a whole: about 1.8x on the seed texts).

:func:`compile` tries `re` first and falls back to `regex` when `re` rejects the pattern
(a variable lookbehind, a set `re` would read differently and warns about). ``\\p{Han}``,
which `re` lacks, is first written out as the code point ranges `regex` itself gives the
Han script (read from `regex` once, so both engines always agree on what is Han).
Patterns whose matches are used for `regex`-only features must not go through it: rule
patterns from ``rules/*.yaml`` (run with a timeout), and patterns whose matches are asked
for ``captures()`` or run ``overlapped``; those are compiled with ``regex.compile`` directly.
"""

from __future__ import annotations

import array
import functools
import re
import warnings
from typing import Union

import regex

#: A compiled pattern of either engine: both offer match, search, fullmatch, finditer, sub.
Pattern = Union["re.Pattern[str]", "regex.Pattern[str]"]

#: Flags both engines give the same meaning and value.
_SHARED_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.UNICODE


_HAN = "\\p{Han}"
#: Planes 0-3 hold every character of the Han script (planes 4-13 are unassigned).
_HAN_PLANES_END = 0x40000


@functools.lru_cache(maxsize=1)
def han_ranges() -> str:
    """The members of `regex`'s ``\\p{Han}`` as a set body for `re`: ``\\u4e00-\\u9fff...``."""
    # (every code point of planes 0-3 in one string, built from bytes: about 15 ms)
    every = array.array("I", range(_HAN_PLANES_END)).tobytes().decode("utf-32-le", errors="surrogatepass")
    runs = [(m.start(), m.end() - 1) for m in regex.finditer(r"\p{Han}+", every)]
    return "".join(f"{_escape(a)}-{_escape(b)}" if b > a else _escape(a) for a, b in runs)


def _escape(cp: int) -> str:
    return f"\\u{cp:04x}" if cp < 0x10000 else f"\\U{cp:08x}"


def han_for_re(pattern: str) -> str:
    """``pattern`` with each ``\\p{Han}`` written as the Han ranges: a set of its own outside
    brackets, the bare ranges inside a set (``[\\p{Han}0-9]``)."""
    if _HAN not in pattern:
        return pattern
    out: list[str] = []
    i, n = 0, len(pattern)
    in_set = False
    while i < n:
        c = pattern[i]
        if c == "\\":
            if pattern.startswith(_HAN, i):
                out.append(han_ranges() if in_set else f"[{han_ranges()}]")
                i += len(_HAN)
                continue
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_set:
            if c == "]":
                in_set = False
        elif c == "[":
            in_set = True
            out.append(c)
            i += 1
            if pattern.startswith("^", i):
                out.append("^")
                i += 1
            if pattern.startswith("]", i):  # ([]...] and [^]...]: the first ] is a member)
                out.append("]")
                i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def compile(pattern: str, flags: int = 0) -> Pattern:  # noqa: A001 (mirrors re.compile)
    """``pattern`` compiled by `re` when `re` accepts it as written (``\\p{Han}`` spelled out),
    else by `regex`."""
    if flags & ~_SHARED_FLAGS:
        return regex.compile(pattern, flags)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # (FutureWarning: a nested set `re` would read another way)
            return re.compile(han_for_re(pattern), flags)
    except (re.error, Warning, ValueError, OverflowError):
        return regex.compile(pattern, flags)


#: A character set larger than this is no use as a precheck (``[\p{Han}]``, ``[^，]``).
_NEED_MAX = 256
#: A brace that opens no repeat count ({2}, {1,4}, {,3}).
_NOT_A_COUNT = re.compile(r"\{(?![0-9]+(?:,[0-9]*)?\}|,[0-9]+\})")


def required_chars(pattern: str) -> frozenset[str] | None:
    """Characters one of which every match of ``pattern`` holds, or None when unknown.

    A cheap precheck for a rule pattern: where none of them occurs, the pattern cannot
    match and need not be run (``届`` for the session-number rule). Read with `re`'s own
    parser; a pattern it rejects or may read otherwise than `regex` (an error, a warning,
    a flag) gets None, so the precheck never drops a match."""
    try:
        import re._constants as C
        import re._parser as P
    except ImportError:  # (`re`'s parser is private: without it, no precheck)
        return None

    pattern = han_for_re(pattern)
    if _NOT_A_COUNT.search(pattern):
        return None  # (a brace that `re` reads as text: regex's fuzzy match {e<=1}, \p{P})
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                tree = P.parse(pattern)
            except re.error:
                # (regex allows one group name twice, as in (?P<fig>…)|(?P<fig>…); its name is no matter here)
                tree = P.parse(re.sub(r"\(\?P<[A-Za-z_][A-Za-z0-9_]*>", "(", pattern))
    except (re.error, Warning, ValueError, OverflowError, RecursionError):
        return None
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None

    def of_set(items) -> frozenset[str] | None:
        out: set[str] = set()
        for op, av in items:
            if op is C.LITERAL:
                out.add(chr(av))
            elif op is C.RANGE and av[1] - av[0] < _NEED_MAX:
                out.update(chr(c) for c in range(av[0], av[1] + 1))
            else:  # (NEGATE, CATEGORY, a wide range)
                return None
            if len(out) > _NEED_MAX:
                return None
        return frozenset(out)

    def of_seq(seq) -> frozenset[str] | None:
        best = None
        for op, av in seq:
            need = of_item(op, av)
            if need is not None and (best is None or len(need) < len(best)):
                best = need
        return best

    def of_item(op, av) -> frozenset[str] | None:
        if op is C.LITERAL:
            return frozenset(chr(av))
        if op is C.IN:
            return of_set(av)
        if op is C.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                need = of_seq(branch)
                if need is None:
                    return None
                out |= need
            return frozenset(out) if len(out) <= _NEED_MAX else None
        if op is C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            return None if add_flags & (re.IGNORECASE | re.VERBOSE) else of_seq(sub)
        if op is C.ATOMIC_GROUP:
            return of_seq(av)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, _hi, sub = av
            return of_seq(sub) if lo >= 1 else None
        return None  # (ANY, AT, ASSERT, ASSERT_NOT, GROUPREF, NOT_LITERAL, CATEGORY, ...)

    return of_seq(tree)
