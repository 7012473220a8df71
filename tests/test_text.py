"""Tests of factx.text: decoding, normalization, reflow, segmentation, articles."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factx.errors import InputError
from factx.text import (
    _LETTER_SPACED_RE,
    _NORMALIZE_TABLE,
    BINARY_MAGIC,
    Article,
    Reflowed,
    Segment,
    decode,
    lines_with_offsets,
    normalize,
    reflow,
    split_articles,
    split_paragraphs,
    split_sentences,
)

ZH = "前，全市算力中心累计完成投资700多亿元，年用电量达60亿千瓦时，城市算力分指数连续两年排名全国第一。"
# A realistic Big5 (traditional Chinese) paragraph of about 100 characters.
ZH_TRAD = (
    "臺灣的經濟在過去一年裡持續成長，根據主計總處公布的資料，全年國內生產毛額成長率達到"
    "百分之三點五，出口總值創下歷史新高。政府表示，將繼續推動產業升級與數位轉型，並加強"
    "與各國的貿易合作，以確保經濟穩定發展。"
)


def _seed(name: str) -> str:
    for base in (Path(__file__).resolve().parents[1] / "seeds", Path("/work/shared/seeds")):
        hits = sorted(base.glob(name))
        if hits:
            return hits[0].read_text(encoding="utf-8")
    pytest.skip(f"seed text {name} not available")


# ---------------------------------------------------------------------------
# decode
# ---------------------------------------------------------------------------

DECODE_CASES = [
    # (bytes, expected text, expected encoding)
    pytest.param(ZH.encode("utf-8"), ZH, "utf-8", id="utf-8"),
    pytest.param(b"GDP growth 5.2%", "GDP growth 5.2%", "utf-8", id="ascii"),
    pytest.param(codecs.BOM_UTF8 + ZH.encode("utf-8"), ZH, "utf-8-sig", id="utf-8-bom"),
    pytest.param(ZH.encode("gb18030"), ZH, "gb18030", id="gb18030"),
    pytest.param(ZH.encode("gbk"), ZH, "gb18030", id="gbk"),
    pytest.param(ZH.encode("utf-16"), ZH, "utf-16", id="utf-16-bom-native"),
    pytest.param(codecs.BOM_UTF16_BE + ZH.encode("utf-16-be"), ZH, "utf-16", id="utf-16-be-bom"),
    pytest.param(codecs.BOM_UTF16_LE + ZH.encode("utf-16-le"), ZH, "utf-16", id="utf-16-le-bom"),
    pytest.param("第一行\r\n第二行\r\n".encode(), "第一行\r\n第二行\r\n", "utf-8", id="crlf-kept"),
    pytest.param(
        "第一行\r\n第二行".encode("gbk"), "第一行\r\n第二行", "gb18030", id="crlf-gbk"
    ),
    pytest.param(b"", "", "utf-8", id="empty"),
    # Big5 bytes are almost always *valid* GB18030 too (decoding to mojibake), so
    # decode() cross-checks a GB18030 result that is not mostly GB2312 characters
    # with charset-normalizer. On this ~100-character paragraph (and on shorter
    # ones tried while writing this) charset-normalizer 3.x answers "big5"
    # reliably; on very short or mixed inputs detection may still go wrong.
    pytest.param(ZH_TRAD.encode("big5"), ZH_TRAD, "big5", id="big5"),
    # Traditional characters written in GBK are confirmed as GB18030.
    pytest.param(ZH_TRAD.encode("gbk"), ZH_TRAD, "gb18030", id="traditional-in-gbk"),
]


@pytest.mark.parametrize(("data", "text", "encoding"), DECODE_CASES)
def test_decode(data: bytes, text: str, encoding: str) -> None:
    assert decode(data) == (text, encoding)


def test_decode_keeps_inner_bom_and_odd_characters() -> None:
    raw = "甲\ufeff乙\u3000丙\u200b１２％\r\n"
    assert decode(raw.encode("utf-8")) == (raw, "utf-8")


BINARY_CASES = [
    pytest.param(b"\x89PNG\r\n\x1a\n" + b"\x00" * 8, "PNG", id="png"),
    pytest.param(b"PK\x03\x04\x14\x00\x00\x00", "ZIP", id="zip"),
    pytest.param(b"\x1f\x8b\x08\x00abc", "gzip", id="gzip"),
    pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF", id="pdf"),
    pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG", id="jpeg"),
    pytest.param(b"GIF89a\x01\x00", "GIF", id="gif"),
    pytest.param(b"\x7fELF\x02\x01\x01", "ELF", id="elf"),
    pytest.param("年用电量".encode() + b"\x00\x00" + b"abc", "NUL", id="nul-bytes"),
    pytest.param(ZH.encode("utf-16-le"), "NUL", id="utf-16-without-bom"),
]


@pytest.mark.parametrize(("data", "what"), BINARY_CASES)
def test_decode_refuses_binary(data: bytes, what: str) -> None:
    with pytest.raises(InputError) as info:
        decode(data, path="in/report.bin")
    err = info.value
    assert err.path == "in/report.bin"
    assert str(err).startswith("in/report.bin: binary file (")
    assert what in err.reason
    assert err.reason.endswith("not text")


def test_binary_magic_names_are_listed() -> None:
    assert {m for m, _ in BINARY_MAGIC} >= {
        b"\x89PNG",
        b"\xff\xd8\xff",
        b"%PDF",
        b"PK\x03\x04",
        b"\x1f\x8b",
        b"\x7fELF",
    }


EXPLICIT_CASES = [
    # (bytes, encoding, expected) — expected None means InputError
    pytest.param(ZH.encode("gbk"), "gbk", (ZH, "gbk"), id="gbk-given"),
    pytest.param(ZH.encode("utf-16-le"), "utf-16-le", (ZH, "utf-16-le"), id="utf-16-le-given"),
    pytest.param(ZH.encode("utf-8"), "UTF8", (ZH, "utf-8"), id="alias-normalized"),
    pytest.param(ZH.encode("gbk"), "utf-8", None, id="wrong-utf-8"),
    pytest.param(ZH.encode("utf-8"), "ascii", None, id="wrong-ascii"),
    pytest.param(ZH_TRAD.encode("big5"), "utf-8", None, id="big5-as-utf-8"),
    pytest.param(b"abc", "no-such-codec", None, id="unknown-encoding"),
]


@pytest.mark.parametrize(("data", "encoding", "expected"), EXPLICIT_CASES)
def test_decode_explicit_encoding(
    data: bytes, encoding: str, expected: tuple[str, str] | None
) -> None:
    if expected is None:
        with pytest.raises(InputError) as info:
            decode(data, path="x.txt", encoding=encoding)
        assert info.value.path == "x.txt"
    else:
        assert decode(data, encoding=encoding) == expected


def test_decode_undecodable_raises_or_returns_text() -> None:
    # Neither UTF-8 nor GB18030 (0x80 and 0xff are never GB18030 lead bytes):
    # charset-normalizer decides; whatever it picks, the result is strict.
    data = b"\x80\xff\x80\xff caf\xe9"
    try:
        text, enc = decode(data)
    except InputError as exc:
        assert exc.path == "<bytes>"
    else:
        assert text == data.decode(enc)


_MAGICS = tuple(m for m, _ in BINARY_MAGIC)


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_decode_utf8_roundtrip(s: str) -> None:
    data = s.encode("utf-8")
    assume("\x00" not in s and not s.startswith("\ufeff") and not data.startswith(_MAGICS))
    assert decode(data) == (s, "utf-8")


# ---------------------------------------------------------------------------
# normalize
# ---------------------------------------------------------------------------

NORMALIZE_CASES = [
    ("２０２３年增长１２．５％", "2023年增长12.5%"),
    ("ＧＤＰ　ｇｒｏｗｔｈ", "GDP growth"),
    ("＋３．２％～－１．０％", "+3.2%~-1.0%"),
    ("１／４＜ｘ＞＝２", "1/4<x>=2"),
    ("甲，乙；丙：丁（戊）！？", "甲，乙；丙：丁（戊）！？"),  # Chinese punctuation kept
    ("a\u200bb\u200cc\u200dd\ufeffe\u2060f", "a b c d e f"),  # zero-width → space
    ("1\u00a0000\u3000元", "1 000 元"),
    ("第一行\r\n第二行", "第一行\r\n第二行"),  # "\r" kept
    ("", ""),
]


@pytest.mark.parametrize(("raw", "expected"), NORMALIZE_CASES)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalize_keeps_length(s: str) -> None:
    out = normalize(s)
    assert len(out) == len(s)
    assert out == s.translate(_NORMALIZE_TABLE)  # the run-wise fast path changes nothing
    assert normalize(out) == out  # idempotent
    for a, b in zip(s, out, strict=True):
        assert a == b or ord(a) > 0x7F  # only non-ASCII characters change


# ---------------------------------------------------------------------------
# reflow
# ---------------------------------------------------------------------------

LONG = "前，全市算力中心累计完成投资700多亿元，年用电量"  # 25 chars, ends mid-sentence
LONGER = "截至目前，全市算力中心累计完成投资700多亿元，已建成标准机架五万余个，全年用电量"  # 41
REST = "达60亿千瓦时，城市算力分指数连续两年排名全国第一。"

REFLOW_CASES = [
    # (raw, expected reflowed text)
    pytest.param(LONGER + "\n\n" + REST, LONGER + REST, id="blank-line-cut"),
    pytest.param(LONGER + "\n" + REST, LONGER + REST, id="single-newline-cut"),
    pytest.param(LONGER + "\r\n\r\n" + REST, LONGER + REST, id="crlf-cut"),
    pytest.param(LONGER + "  \n \n" + REST, LONGER + REST, id="spaces-around-cut"),
    pytest.param(
        "会议强调，地方党委要把握正确原则，完善议事决策规则，细化负面清单，健全监督问责机制，明\n\n"
        "确监督重点事项。",
        "会议强调，地方党委要把握正确原则，完善议事决策规则，细化负面清单，健全监督问责机制，明"
        "确监督重点事项。",
        id="cut-inside-word",
    ),
    pytest.param(LONGER + "\n\n60亿千瓦时。", LONGER + "60亿千瓦时。", id="next-starts-with-digit"),
    pytest.param(LONGER + "\n\n%的增长。", LONGER + "%的增长。", id="next-starts-with-percent"),
    pytest.param(
        "全市累计完成投资，各类项目共计一百余个，平均增长\n\n%的说法并不准确。",
        "全市累计完成投资，各类项目共计一百余个，平均增长\n\n%的说法并不准确。",
        id="short-line-ending-cjk-kept",
    ),
    pytest.param(
        "全市累计完成投资，各类项目共计一百余个，其中，\n\n工业项目六十个。",
        "全市累计完成投资，各类项目共计一百余个，其中，工业项目六十个。",
        id="short-line-ending-comma-joined",
    ),
    pytest.param(LONG + "\n\n" + REST, LONG + "\n\n" + REST, id="20-40-chars-ending-cjk-kept"),
    pytest.param(
        "一季度全市工业增加值同比增长百分之五。\n\n" + REST,
        "一季度全市工业增加值同比增长百分之五。\n\n" + REST,
        id="sentence-end-kept",
    ),
    pytest.param(
        "推动高质量发展 深化全方位转型\n\n大同日报木兰工作室亮相北京礼品展\n\n本报讯 近日，礼品展在京举行。",
        "推动高质量发展 深化全方位转型\n\n大同日报木兰工作室亮相北京礼品展\n\n本报讯 近日，礼品展在京举行。",
        id="headlines-kept",
    ),
    pytest.param(
        "短行没有句号\n\n达60亿千瓦时。", "短行没有句号\n\n达60亿千瓦时。", id="short-prev-kept"
    ),
    pytest.param(
        LONGER + "\n\n一、工业稳定增长\n\n" + REST,
        LONGER + "\n\n一、工业稳定增长\n\n" + REST,
        id="list-marker-kept",
    ),
    pytest.param(
        LONGER + "\n\n1、工业稳定增长，企业利润增长较快。",
        LONGER + "\n\n1、工业稳定增长，企业利润增长较快。",
        id="digit-list-marker-kept",
    ),
    pytest.param(
        LONGER + "\n\n1.5亿千瓦时来自新能源。",
        LONGER + "1.5亿千瓦时来自新能源。",
        id="decimal-is-not-list-marker",
    ),
    pytest.param(
        LONGER + "\n（于健、付磊）", LONGER + "\n（于健、付磊）", id="next-bracket-kept"
    ),
    pytest.param(
        LONGER + "\n\n2026年3月28日 星期六\n", LONGER + "\n\n2026年3月28日 星期六\n", id="furniture"
    ),
    pytest.param(
        # (a line of a PDF copy rich in figures, ending its sentence, is no page furniture)
        LONGER + "\n9,060,911,796.21 元,与去年同期(2018 年 1-12 月)相比增加 198.87%。",
        LONGER + "9,060,911,796.21元,与去年同期(2018年1-12月)相比增加198.87%。",
        id="figure-rich-sentence-end-joined",
    ),
    pytest.param(
        # (a line shorter than a headline that ends on a word waiting for its figure, after a comma)
        "2019 年 10 月至 12 月,公司及子公司新中标项目 3 项,金额为人民币\n202,965,125.00 元,同比减少 69.17%。",
        "2019年10月至12月,公司及子公司新中标项目3项,金额为人民币202,965,125.00元,同比减少69.17%。",
        id="dangling-word-joined",
    ),
    pytest.param(
        "一季度全市经济运行总体平稳，规模以上工业增加值稳步增长\n\n2026年一季度，全市规模以上工业增加值增长5.1%。",
        "一季度全市经济运行总体平稳，规模以上工业增加值稳步增长\n\n2026年一季度，全市规模以上工业增加值增长5.1%。",
        id="short-line-without-figure-after-kept",
    ),
    pytest.param(
        LONGER + "\n\n新华社北京3月27日电 会议指出。",
        LONGER + "\n\n新华社北京3月27日电 会议指出。",
        id="dateline-kept",
    ),
    pytest.param(
        "中共中央政治局召开会议 审议《中国共产党地方委员会工作条例》 中共中央总书记习近平主持会议\n\n"
        "会议指出，地方党委要坚决维护党中央权威。",
        "中共中央政治局召开会议 审议《中国共产党地方委员会工作条例》 中共中央总书记习近平主持会议\n\n"
        "会议指出，地方党委要坚决维护党中央权威。",
        id="long-multipart-headline-kept",
    ),
    pytest.param("", "", id="empty"),
]


@pytest.mark.parametrize(("raw", "expected"), REFLOW_CASES)
def test_reflow(raw: str, expected: str) -> None:
    r = reflow(raw)
    assert r.text == expected
    for i, ch in enumerate(r.text):
        assert raw[r.to_raw(i)] == ch
    assert r.to_raw(len(r.text)) == len(raw)


def test_reflow_chains_cut_lines() -> None:
    # A short piece between two cuts belongs to the long line before it.
    raw = LONGER + "\n\n达60亿千瓦时，城市\n\n算力分指数排名全国第一。"
    assert reflow(raw).text == LONGER + "达60亿千瓦时，城市算力分指数排名全国第一。"


def test_reflow_offset_map() -> None:
    raw = LONGER + "\r\n\r\n" + REST
    r = reflow(raw)
    assert r.breaks_removed == 1
    i = r.text.index("达60")
    assert r.to_raw(i) == raw.index("达60")
    assert r.to_raw(i - 1) == i - 1  # before the cut nothing moves
    # a span crossing the cut maps to the raw span including the removed break
    s, e = r.text.index("用电量"), r.text.index("千瓦时") + 3
    assert r.span_to_raw(s, e) == (raw.index("用电量"), raw.index("千瓦时") + 3)
    assert raw[slice(*r.span_to_raw(s, e))] == "用电量\r\n\r\n达60亿千瓦时"
    # a span after the cut maps to the identical raw substring
    s, e = r.text.index("60亿千瓦时"), r.text.index("60亿千瓦时") + 6
    assert raw[slice(*r.span_to_raw(s, e))] == "60亿千瓦时"
    # empty spans stay empty; the whole text maps to the whole raw text
    assert r.span_to_raw(i, i) == (r.to_raw(i), r.to_raw(i))
    assert r.span_to_raw(0, len(r.text)) == (0, len(raw))
    with pytest.raises(IndexError):
        r.to_raw(len(r.text) + 1)
    with pytest.raises(IndexError):
        r.span_to_raw(3, 2)


def test_reflow_without_breaks_is_identity() -> None:
    raw = "第一段。\n\n第二段。"
    r = reflow(raw)
    assert r == Reflowed(raw)
    assert r.breaks_removed == 0
    assert [r.to_raw(i) for i in range(len(raw) + 1)] == list(range(len(raw) + 1))


_LINE_CHARS = "用电量达亿千瓦时年全市0123456789。，% "
_BREAKS = st.sampled_from(["\n", "\n\n", "\r\n", " \n", "\n \n", "\n\n\n", "\r\n\r\n"])


_BODY_START = "全市累计完成投资，各类项目共计一百余个，其中工业项目六十个，年用电量"  # 37 chars
_LINES = st.one_of(
    st.text(_LINE_CHARS, max_size=70),
    # a long body line, so that breaks after it are often removed
    st.builds(lambda t: _BODY_START + t, st.text(_LINE_CHARS, max_size=20)),
)


@st.composite
def _cut_texts(draw: st.DrawFn) -> str:
    lines = draw(st.lists(_LINES, min_size=1, max_size=8))
    out = [lines[0]]
    for line in lines[1:]:
        out.append(draw(_BREAKS))
        out.append(line)
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(_cut_texts(), st.data())
def test_reflow_map_invariants(raw: str, data: st.DataObject) -> None:
    r = reflow(raw)
    n = len(r.text)
    mapped = [r.to_raw(i) for i in range(n + 1)]
    assert mapped[n] == len(raw)
    for i in range(n):
        assert r.text[i] == raw[mapped[i]]
        assert mapped[i] < mapped[i + 1]
        # whatever was skipped is whitespace containing a newline, or a space or two
        # between a number and a word on one line
        # between a number and a word on one line, or the single space between characters set
        # apart one by one (较 年 初: text._LETTER_SPACED_RE)
        gap = raw[mapped[i] + 1 : mapped[i + 1]]
        assert gap == "" or (gap.isspace() and "\n" in gap) or (
            len(gap) <= 2 and gap.isspace() and "\n" not in gap
            and (r.text[i].isdigit() or r.text[i] in "%％" or r.text[i + 1].isdigit())
        ) or (gap == " " and any(m.start() <= mapped[i] < m.end() for m in _LETTER_SPACED_RE.finditer(raw)))
    assert raw[: mapped[0]] == ""
    # spans without a removed break inside map to the identical raw substring
    s = data.draw(st.integers(0, n))
    e = data.draw(st.integers(s, n))
    a, b = r.span_to_raw(s, e)
    if not any(s < c < e for c in r.cuts):
        assert raw[a:b] == r.text[s:e]
    else:
        assert "".join(raw[a:b].split()) == "".join(r.text[s:e].split())


def test_letter_spaced_characters_join_with_offsets_kept() -> None:
    # (found by test_reflow_map_invariants: characters set apart one by one lose their single spaces)
    raw = "亿 亿 亿"
    r = reflow(raw)
    assert r.text == "亿亿亿"
    assert [r.to_raw(i) for i in range(len(r.text) + 1)] == [0, 2, 4, 5]


def test_reflow_seed_000() -> None:
    raw = _seed("000_*.txt")
    r = reflow(raw)
    assert "年用电量达60亿千瓦时" in r.text
    assert "健全监督机制，明确监督重点事项" in r.text
    assert "OPC:AI时代创业新实践\n\n本报记者 韩云峰\n\n" in r.text  # headline + byline kept
    assert "会议还研究了其他事项。\n\n" in r.text
    for i in range(0, len(r.text)):
        assert r.text[i] == raw[r.to_raw(i)]


# ---------------------------------------------------------------------------
# segments: lines, paragraphs, sentences
# ---------------------------------------------------------------------------


def _texts(segs: list[Segment]) -> list[str]:
    return [s.text for s in segs]


def test_lines_and_paragraphs() -> None:
    text = "  段一 \n\n段二\r\n段三\n \u3000\n 段四 \r最后"
    segs = split_paragraphs(text)
    assert _texts(segs) == ["段一", "段二", "段三", "段四", "最后"]
    assert segs[0] == Segment(2, 4, "段一")
    for s in segs:
        assert text[s.start : s.end] == s.text
    assert lines_with_offsets(text) == segs
    assert split_paragraphs("") == []
    assert split_paragraphs(" \n\n \t") == []


SENTENCE_CASES = [
    ("增长3.5%。下降1.2个百分点！", ["增长3.5%。", "下降1.2个百分点！"]),
    ("全年增长3.5%，比上年高0.2个百分点。", ["全年增长3.5%，比上年高0.2个百分点。"]),
    ("价格为3.50元/千克。约0.5%", ["价格为3.50元/千克。", "约0.5%"]),
    ("他说：“今年增长5%。”随后离开。", ["他说：“今年增长5%。”", "随后离开。"]),
    ("“真的吗？！”“是的。”", ["“真的吗？！”", "“是的。”"]),
    ("报告称“第一。第二”。", ["报告称“第一。", "第二”。"]),
    ("真的吗？！是的。", ["真的吗？！", "是的。"]),
    ("甲增长1%；乙下降2%。", ["甲增长1%；", "乙下降2%。"]),
    ("Is it? Yes!", ["Is it?", "Yes!"]),
    ("第一行没有句号\n第二行。", ["第一行没有句号", "第二行。"]),
    ("（一）总量。（二）结构）。", ["（一）总量。", "（二）结构）。"]),
    ("  一句。  二句。 ", ["一句。", "二句。"]),
    ("最后一句", ["最后一句"]),
    ("。。。", ["。。。"]),
    ("", []),
    (" \n ", []),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_CASES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    segs = split_sentences(text)
    assert _texts(segs) == expected
    for s in segs:
        assert text[s.start : s.end] == s.text


def test_split_sentences_region_offsets() -> None:
    text = "标题\n\n一季度增长5%。二季度增长6%。\n尾"
    start = text.index("一季度")
    end = text.index("\n尾")
    segs = split_sentences(text, start, end)
    assert segs == [
        Segment(start, start + 8, "一季度增长5%。"),
        Segment(start + 8, start + 16, "二季度增长6%。"),
    ]
    # a region starting mid-sentence gives the tail of that sentence
    assert _texts(split_sentences(text, start + 3)) == ["增长5%。", "二季度增长6%。", "尾"]
    with pytest.raises(IndexError):
        split_sentences(text, 5, 2)


@settings(max_examples=200, deadline=None)
@given(st.text("增长3.5%。！？!?；”“，\n 元"))
def test_split_sentences_cover_all_non_space(text: str) -> None:
    segs = split_sentences(text)
    covered = [False] * len(text)
    last_end = 0
    for s in segs:
        assert s.start >= last_end and s.start < s.end
        assert s.text == text[s.start : s.end] == s.text.strip()
        for i in range(s.start, s.end):
            covered[i] = True
        last_end = s.end
    assert all(covered[i] or text[i].isspace() for i in range(len(text)))


# ---------------------------------------------------------------------------
# articles
# ---------------------------------------------------------------------------

THREE = (
    "全市工业增加值增长5.2%\n\n"
    "本报记者 张三\n\n"
    "本报讯 今年以来，全市规模以上工业增加值同比增长5.2%，比上年同期加快0.8个百分点。\n\n"
    "其中，制造业增长6.1%。\n\n"
    "责任编辑：李四\n\n"
    "第3版\n\n"
    "2026年3月28日 星期六\n\n"
    "春耕备耕有序推进\n\n"
    "——全市已完成播种面积12万亩\n\n"
    "本报讯 连日来，各地抢抓农时，全市已完成播种面积12万亩。\n\n"
    "## 新能源汽车产销两旺 |\n\n"
    "**本报讯** 一季度，全市新能源汽车产量同比增长35%，销量增长41%。\n"
)


def test_split_articles_synthetic() -> None:
    arts = split_articles(THREE)
    second = THREE.index("春耕备耕")
    third = THREE.index("## 新能源汽车")
    assert arts == [
        Article(0, THREE.index("其中，制造业增长6.1%。") + 13, "全市工业增加值增长5.2%", 0),
        Article(second, THREE.index("12万亩。") + 5, "春耕备耕有序推进", second),
        Article(
            third,
            len(THREE) - 1,
            "新能源汽车产销两旺",
            THREE.index("新能源汽车产销两旺"),
        ),
    ]
    # the furniture between articles 1 and 2 is not part of either
    assert "责任编辑" not in THREE[arts[0].start : arts[0].end]
    assert "星期六" not in THREE[arts[1].start : arts[1].end]


def test_split_articles_preamble_and_furniture_never_titles() -> None:
    text = (
        "第3版\n"
        "2026年3月28日 星期六\n"
        "责任编辑：王五\n"
        "2026-03-27 10:13:16\n"
        "新华社北京3月27日电\n"
        "中共中央政治局3月27日召开会议，审议相关条例。会议指出，要坚决维护党中央权威。\n"
        "全市工业增加值增长5.2%\n"
        "今年以来，全市规模以上工业增加值同比增长5.2%。\n"
    )
    arts = split_articles(text)
    assert [a.title for a in arts] == [None, "全市工业增加值增长5.2%"]
    assert arts[0].start == 0
    assert arts[0].end == text.index("\n全市工业")
    assert arts[1].end == len(text) - 1


ARTICLE_TITLE_CASES = [
    # (text, titles)
    ("", []),
    ("只有一段正文，没有标题。", [None]),
    ("标题四字以上但没有正文", [None]),  # a headline needs a body line after it
    ("会议还研究了其他事项。\n\n正文第二段。", [None]),  # ends with 。: not a headline
    ("3年前，天津大学脑机交互与人机\n\n共融海河实验室团队终于成功开发出芯片。", [None]),
    ("以一颗朴素的心，勇闯“无人区”\n\n随着芯片越做越小，逼近物理极限。", ["以一颗朴素的心，勇闯“无人区”"]),
    ("一、工业稳定增长\n\n4月份，全国规模以上工业增加值同比增长6.5%。", [None]),
    ("## 聚焦安全生产 |\n\n### 巡检燃气管线\n\n**本报讯** 3月6日，公司开展巡检。", ["巡检燃气管线"]),
    (
        "# 种下新质的“种子”\n\n——“爱太原 同心干”系列评论之二\n\n太报评\n\n向新而行，抓出有质量的投资。",
        ["种下新质的“种子”"],
    ),
    (
        "太重(大同)起重机公司开局创佳绩\n\n销售额突破6100多万元\n\n本报讯（记者 闫昌）今年以来业绩亮眼。",
        ["太重(大同)起重机公司开局创佳绩"],
    ),
    (
        "正文一段。\n\n**(上接第1版)**深挖政务办公潜力，推进改革。\n\n会议以电视电话会议形式召开。",
        [None, None],
    ),
]


@pytest.mark.parametrize(("text", "titles"), ARTICLE_TITLE_CASES)
def test_split_articles_titles(text: str, titles: list[str | None]) -> None:
    arts = split_articles(text)
    assert [a.title for a in arts] == titles
    for a in arts:
        assert text[a.start : a.end] == text[a.start : a.end].strip()
        if a.title is not None:
            assert a.title_start is not None
            assert text[a.title_start : a.title_start + len(a.title)] == a.title


def test_split_articles_seed_004() -> None:
    # The file holds 8 headed articles (Markdown "#" headings, some preceded by a
    # column banner "## 聚焦安全生产 |" or a slogan line) and 2 continuations from
    # page 1 ("**(上接第1版)**…") that start untitled articles.
    raw = _seed("004_*.txt")
    arts = split_articles(raw)
    titles = [a.title for a in arts]
    assert len(arts) == 10
    assert titles[:4] == ["种下新质的“种子”", "巡检燃气管线", "开展应急演练", "福彩志愿者 温情送祝福"]
    assert "智慧平台加持 炼钢提质增效" in titles
    assert "高君宇事迹资料展广州开展" in titles
    assert "太重码头发力 服务“一带一路”" in titles
    assert titles[-2:] == [None, None]
    starts = [a.start for a in arts]
    assert starts == sorted(starts)
    for a, b in zip(arts, arts[1:], strict=False):
        assert a.end < b.start
    for a in arts:
        if a.title is not None:
            assert a.title_start is not None
            assert raw[a.title_start : a.title_start + len(a.title)] == a.title
    assert raw[arts[-1].start :].startswith("**(上接第1版)**坚持不懈")


def test_split_articles_seed_000_and_003() -> None:
    arts0 = split_articles(_seed("000_*.txt"))
    titles0 = [a.title for a in arts0]
    assert 10 <= len(arts0) <= 16
    assert "OPC:AI时代创业新实践" in titles0
    assert "太重(大同)起重机公司开局创佳绩" in titles0
    assert not any(t and ("记者" in t or "本报" in t) for t in titles0)

    raw3 = _seed("003_*.txt")
    arts3 = split_articles(raw3)
    titles3 = [a.title for a in arts3]
    # the masthead (date, weekday, issue number, CN number) is an untitled preamble
    assert titles3[0] is None
    assert "星期五" in raw3[arts3[0].start : arts3[0].end]
    assert "我市把精准服务送到企业心坎上" in titles3
    assert not any(t and ("星期" in t or "期" in t[-1:] or "版" in t) for t in titles3)


def test_split_articles_on_reflowed_text() -> None:
    raw = _seed("000_*.txt")
    r = reflow(raw)
    arts = split_articles(r.text)
    assert [a.title for a in arts] == [a.title for a in split_articles(raw)]
    for a in arts:
        s, e = r.span_to_raw(a.start, a.end)
        assert raw[s] == r.text[a.start] and raw[e - 1] == r.text[a.end - 1]


def test_a_speaker_and_title_headline_with_one_comma_starts_an_article():
    from factx.text import split_articles

    raw = (
        "长沙县果园镇党委书记覃芳：田汉故里 大美果园，约你来相会\n"
        "果园镇位于长沙县中部，交通区位优越。\n"
        "怀化市通道县坪坦乡乡长吴贤：皇都侗歌文旅小镇，特色侗乡文化等候你的到来\n"
        "坪坦乡位于通道县西南部，总面积146平方公里。\n"
    )
    assert [a.title for a in split_articles(raw)] == [
        "长沙县果园镇党委书记覃芳：田汉故里 大美果园，约你来相会",
        "怀化市通道县坪坦乡乡长吴贤：皇都侗歌文旅小镇，特色侗乡文化等候你的到来",
    ]


def test_a_documents_first_line_is_its_title_even_with_a_comma():
    from factx.text import reflow, split_articles

    raw = "佩蒂股份2024净利润同比大增1742%，综合毛利提升至29.36%\n近日，佩蒂股份发布2024年财报，公司全年实现营业收入16.59亿元。\n"
    assert reflow(raw).text == raw  # not joined to the first sentence
    assert split_articles(raw)[0].title == "佩蒂股份2024净利润同比大增1742%，综合毛利提升至29.36%"
    # inside a page the same line is still read as a cut piece of the sentence after it
    page = "今日要闻\n\n" + raw
    assert "29.36%近日" in reflow(page).text


# ---------------------------------------------------------------------------
# script: traditional characters read as simplified ones
# ---------------------------------------------------------------------------


def _builtin_script():
    from factx.text import Script
    from factx.units import builtin_rules_dir

    return Script.load([builtin_rules_dir()])


def _in_gb2312(c: str) -> bool:
    try:
        c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def test_script_table_maps_only_traditional_characters_to_simplified_ones():
    table = _builtin_script().table
    assert len(table) > 1000
    allowed = {"於", "後"}  # (in GB2312 for names, but a simplified text writes 于 and 后)
    assert [chr(cp) for cp in table if _in_gb2312(chr(cp)) and chr(cp) not in allowed] == []
    assert [v for v in table.values() if len(v) != 1 or not _in_gb2312(v)] == []


def test_simplify_keeps_length_and_leaves_simplified_text_alone():
    script = _builtin_script()
    simplified = "营业收入2726.25亿元，同比减少3.6%。"
    assert script.simplify(simplified) is simplified
    trad = "營業收入2726.25億元，同比減少3.6%。"
    out = script.simplify(trad)
    assert out == simplified and len(out) == len(trad)


def test_restorer_writes_a_phrase_back_in_the_texts_script():
    script = _builtin_script()
    trad = "中國中鐵新簽合同額6673.8億元。"
    own = script.restorer(trad, script.simplify(trad))
    assert own("新签合同额") == "新簽合同額" and own(None) is None
    # a simplified character the text also uses as itself is left alone (发 and 發 both here)
    mixed = "發展與发展"
    own = script.restorer(mixed, script.simplify(mixed))
    assert own("发展") == "发展"


def test_a_bad_script_pair_names_the_file(tmp_path):
    from factx.errors import RuleError
    from factx.text import Script

    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "script.yaml").write_text('traditional:\n  - "億亿 萬"\n', encoding="utf-8")
    with pytest.raises(RuleError) as e:
        Script.load([tmp_path])
    assert "script.yaml" in str(e.value) and "萬" in str(e.value)


def test_a_sentence_with_no_full_stop_is_cut_at_clause_marks():
    # (a text of one sentence, 16,000 figures long, was read in time growing with its length
    # squared; a sentence longer than MAX_SENTENCE is cut after a clause mark)
    from factx.text import MAX_SENTENCE, split_sentences

    text = "营收12亿元，同比增长5%，" * 500
    segs = split_sentences(text)
    assert len(segs) > 1 and all(len(s.text) <= MAX_SENTENCE for s in segs)
    assert all(text[s.start : s.end] == s.text and s.text.endswith("，") for s in segs[:-1])
    assert "".join(s.text for s in segs) == text.strip()
    # (a sentence below the limit is untouched)
    assert [s.text for s in split_sentences("营收12亿元，同比增长5%。")] == ["营收12亿元，同比增长5%。"]


def test_characters_set_apart_one_by_one_are_read_together_with_raw_offsets_kept() -> None:
    from factx.text import reflow

    raw = "收于23.15港元/股 ，较 年 初 开 盘 价 跌 去 达42.91%。北京 上海 广州"
    r = reflow(raw)
    assert "较年初开盘价跌去达42.91%" in r.text
    assert "北京 上海 广州" in r.text  # (words of two characters apart stay apart: a headline's parts)
    i = r.text.index("42.91%")
    a, b = r.span_to_raw(i, i + len("42.91%"))
    assert raw[a:b] == "42.91%"


def test_a_change_written_with_characters_set_apart_is_still_a_change() -> None:
    from factx import extract

    f = [x for x in extract("H股暴跌5.51%，较 年 初 开 盘 价 跌 去 达42.91%。", doc="x") if x.text == "42.91%"][0]
    assert (f.role, f.direction) == ("delta", "down")
