"""factx.fastre: a pattern compiled by the faster engine finds what `regex` finds."""

import array
import re

import pytest
import regex

from factx import fastre

#: Every code point of planes 0-3 (the planes holding Han characters), surrogates included.
EVERY = array.array("I", range(0x40000)).tobytes().decode("utf-32-le", errors="surrogatepass")


def test_han_ranges_are_regex_own_han_script():
    ours = re.compile(f"[{fastre.han_ranges()}]")
    assert [m.start() for m in ours.finditer(EVERY)] == [m.start() for m in regex.finditer(r"\p{Han}", EVERY)]
    assert ours.match("〇") and ours.match("々") and not ours.match("。") and not ours.match("A")


@pytest.mark.parametrize(
    "pattern",
    [
        r"\p{Han}{2,4}",  # outside a set
        r"[\p{Han}A-Za-z]{2,}",  # inside a set
        r"[^\p{Han}，。]+",  # inside a negated set
        r"[]\p{Han}]+",  # a ] first in the set is a member, the set goes on
        r"\[\p{Han}+\]",  # escaped brackets are no set
        r"(?<![全该])\p{Han}{2}(?:市|县)",
    ],
)
def test_han_patterns_go_to_re_and_match_alike(pattern):
    fast = fastre.compile(pattern)
    assert isinstance(fast, re.Pattern)
    text = "全市]太原市、[迎泽区]和A股公司〇二三年，Ｂ站 々 漢字𠀀平遥县"
    slow = regex.compile(pattern)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<=a|bc)d",  # a lookbehind of two widths: re refuses it
        r"(?P<x>a)|(?P<x>b)",  # one group name twice: regex allows it
        r"\p{Lu}+",  # a property re does not know
    ],
)
def test_patterns_re_refuses_stay_with_regex(pattern):
    assert isinstance(fastre.compile(pattern), regex.Pattern)


def test_flags_re_lacks_stay_with_regex():
    assert isinstance(fastre.compile("a+", regex.V1), regex.Pattern)
    assert isinstance(fastre.compile("a+", regex.I | regex.M), re.Pattern)
