"""Fuzzing (hypothesis): extraction never raises on arbitrary Unicode and its spans are
raw slices; parse_number raises nothing but its documented NumberParseError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from factx import NumberParseError, parse_number, scan_numbers
from factx.pipeline import extract

_NUMERIC = "0123456789０１２３４５６７８９一二两三四五六七八九十百千万亿零〇点多余几数约近超第年月日元%％个，。、；\n\t|·．-~至到分之成折倍半"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=120))
def test_extract_any_unicode(text):
    for f in extract(text, "fuzz"):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(_NUMERIC + "的是在公司全市增长下降提升从由该区"), max_size=120))
def test_extract_number_dense_text(text):
    for f in extract(text, "fuzz"):
        assert text[f.start : f.end] == f.text


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=40), st.text(alphabet=st.sampled_from(_NUMERIC), max_size=20)))
def test_parse_number_raises_only_its_error(text):
    try:
        p = parse_number(text)
    except NumberParseError:
        return
    assert text[p.start : p.end] == p.text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_NUMERIC), max_size=60))
def test_scan_spans_and_bounds(text):
    for m in scan_numbers(text):
        assert text[m.start : m.end] == m.text
        if m.low is not None and m.high is not None and m.qualifier not in ("at_most", "less_than", "nearly"):
            assert m.low <= m.high
