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


@pytest.mark.parametrize(
    "pattern, need",
    [
        (r"[0-9]{1,2}届(?:全国|省)?", "届"),  # the smallest set a match must hold
        (r"第\s*[0-9]+(?:期|版)", "第"),
        (r"(?:相比|相较)|(?:同比|较)的", "相的"),  # each branch gives one
        (r"(?P<fig>一(?P<c>\p{Han}))(?P=c)", "一"),
        (r"(?P<fig>[0-9]+车)间|(?P<fig>[一二]车)型", "车"),  # a group name twice (regex allows it)
        (r"(?:前|后)?[0-9]+", "0123456789"),  # an optional part is not needed
    ],
)
def test_required_chars(pattern, need):
    assert fastre.required_chars(pattern) == frozenset(need)


@pytest.mark.parametrize(
    "pattern",
    [r"\p{Han}+", r"[^，。]+", r"(?i)abc", r"a?", r"(?:x|\d)", r"(?<=第)x?", r"a{2,}{e<=1}", r"\p{P}x?", r"(?:ab){e<=1}x?"],
)
def test_required_chars_unknown(pattern):
    # (a wide set, a negated one, a flag, nothing needed, a branch needing nothing known, only a
    # lookaround, what `re` cannot read)
    assert fastre.required_chars(pattern) is None


def test_rule_patterns_never_match_without_their_characters():
    from factx.rules import load_rules

    for r in load_rules().rules:
        for pat, need in ((r.pattern, r.pattern_need), (r.before, r.before_need), (r.after, r.after_need)):
            if pat is None or need is None:
                continue
            for ex in r.spec.examples.match:
                text = ex.text.replace("[[", "").replace("]]", "")
                for m in pat.finditer(text):
                    assert not need.isdisjoint(m.group(0)), (r.id, ex.text)
