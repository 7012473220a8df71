"""Turn input bytes into the raw text, and give views of it whose offsets map back.

This module's one job: **bytes → text, with an offset map back to the raw text.**

* :func:`decode` turns bytes into *the raw text* (nothing stripped or rewritten);
  every offset factx reports is an index into that string.
* :func:`normalize` gives a same-length copy for matching only (full-width digits
  and Latin letters to ASCII, odd spaces to ``" "``), so offsets never move.
* :class:`Script` reads traditional characters as simplified ones for matching
  (one character for one, so offsets never move) and writes what was found back
  in the text's own script.
* :func:`reflow` removes line breaks that a PDF column cut left in the middle of
  a sentence and keeps a compact map (:class:`Reflowed`) back to raw offsets.
* :func:`lines_with_offsets`, :func:`split_paragraphs`, :func:`split_sentences`
  and :func:`split_articles` cut a text into stripped :class:`Segment` and
  :class:`Article` spans whose offsets index the text they were given.

The heuristics (what a headline, page furniture or a mid-sentence break looks
like) are driven by the named constants below; see :func:`reflow` and
:func:`split_articles` for the rules.
"""

from __future__ import annotations

import codecs
import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Final

import charset_normalizer
import regex

from . import fastre

from factx.errors import InputError

__all__ = [
    "Article",
    "Reflowed",
    "Script",
    "Segment",
    "decode",
    "lines_with_offsets",
    "normalize",
    "reflow",
    "split_articles",
    "split_paragraphs",
    "split_sentences",
]

# ---------------------------------------------------------------------------
# decode
# ---------------------------------------------------------------------------

#: Leading bytes of common binary formats, with the name used in the error.
BINARY_MAGIC: Final[tuple[tuple[bytes, str], ...]] = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 document"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
)

#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Bytes looked at when judging whether a GB18030 decoding is plausible.
GB_SAMPLE_BYTES: Final = 64 * 1024
#: Share of non-ASCII characters that must lie in GB2312 for a GB18030 decoding
#: to be accepted without asking charset-normalizer. Simplified Chinese text is
#: ~100 % GB2312; Big5 bytes read as GB18030 give ~30 %, traditional Chinese
#: written in GBK ~55 % (charset-normalizer then confirms gb18030).
GB2312_MIN_SHARE: Final = 0.9
#: Encodings charset-normalizer may name that mean "GB18030 was right after all".
_GB_FAMILY: Final = frozenset({"gb18030", "gbk", "gb2312", "cp936", "hz"})


def decode(
    data: bytes, *, path: str = "<bytes>", encoding: str | None = None
) -> tuple[str, str]:
    """Decode input bytes to the raw text; return ``(text, encoding_used)``.

    Policy: an explicit *encoding* is used strictly. Otherwise a BOM decides
    (``utf-8-sig``, ``utf-16``, ``utf-32``), then strict UTF-8, then strict
    GB18030 (cross-checked with charset-normalizer when the result does not look
    like simplified Chinese, which is how Big5 is told apart), then
    charset-normalizer's best guess. Binary data (a known magic number, or NUL
    bytes without a UTF-16/32 BOM) raises :class:`InputError`, as does anything
    that cannot be decoded. Empty input gives ``("", "utf-8")``.

    The text is returned exactly as decoded (a leading UTF-8 BOM is consumed by
    ``utf-8-sig``; ``"\\r\\n"`` and everything else is kept).
    """
    if not data:
        return "", "utf-8"
    for magic, what in BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(path, f"binary file ({what}), not text")

    if encoding is not None:
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            raise InputError(path, f"unknown encoding {encoding!r}") from None
        return _strict(data, name, path), name

    for bom, name in _BOMS:
        if data.startswith(bom):
            return _strict(data, name, path), name

    if b"\x00" in data:
        raise InputError(path, "binary file (contains NUL bytes), not text")

    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass

    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_simplified(text[: GB_SAMPLE_BYTES // 2]):
            return text, "gb18030"
        other = _detect(_sample(data))
        if other is not None and other not in _GB_FAMILY:
            try:
                return data.decode(other), other
            except (UnicodeDecodeError, LookupError):
                pass
        return text, "gb18030"

    best = _detect(data)
    if best is None:
        raise InputError(path, "cannot detect the text encoding (not UTF-8, not GB18030)")
    try:
        return data.decode(best), best
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(path, f"cannot decode as {best}: {exc}") from None


def _strict(data: bytes, name: str, path: str) -> str:
    try:
        return data.decode(name)
    except UnicodeDecodeError as exc:
        raise InputError(
            path, f"cannot decode as {name}: invalid bytes at offset {exc.start}"
        ) from None


def _detect(data: bytes) -> str | None:
    """charset-normalizer's best encoding name for *data*, or None."""
    match = charset_normalizer.from_bytes(data).best()
    if match is None:
        return None
    try:
        return codecs.lookup(match.encoding).name
    except LookupError:
        return None


def _sample(data: bytes) -> bytes:
    """The head of *data*, cut after a newline so no multi-byte character is split."""
    if len(data) <= GB_SAMPLE_BYTES:
        return data
    head = data[:GB_SAMPLE_BYTES]
    cut = head.rfind(b"\n")
    return head[: cut + 1] if cut > 0 else head


def _looks_simplified(text: str) -> bool:
    """True when nearly all non-ASCII characters of *text* are in GB2312."""
    wide = _NON_ASCII_RE.sub("", text)
    if not wide:
        return True
    in_gb2312 = len(wide.encode("gb2312", errors="ignore")) // 2
    return in_gb2312 >= GB2312_MIN_SHARE * len(wide)


_NON_ASCII_RE: Final = re.compile(r"[\x00-\x7f]+")

# ---------------------------------------------------------------------------
# normalize
# ---------------------------------------------------------------------------

#: Full-width forms mapped to ASCII besides digits and Latin letters. Full-width
#: ，；：（）！？ are kept: they are Chinese punctuation that splitting relies on.
FULLWIDTH_SYMBOLS: Final = "．％＋－／～＜＞＝"
#: Characters turned into a plain space: ideographic space, NBSP, the other
#: Unicode space separators, and zero-width characters (a space keeps the length).
SPACE_LIKE: Final = (
    "\u3000\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u200b\u200c\u200d\u2060\ufeff"
)


def _build_normalize_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for lo, hi in (("０", "９"), ("Ａ", "Ｚ"), ("ａ", "ｚ")):
        for cp in range(ord(lo), ord(hi) + 1):
            table[cp] = chr(cp - 0xFEE0)
    for ch in FULLWIDTH_SYMBOLS:
        table[ord(ch)] = chr(ord(ch) - 0xFEE0)
    for ch in SPACE_LIKE:
        table[ord(ch)] = " "
    return table


_NORMALIZE_TABLE: Final = _build_normalize_table()
#: Runs of characters that the table changes. Translating only these runs is
#: several times faster than translating the whole string when, as usual, few
#: characters change; the result is the same.
_NORMALIZE_RUN_RE: Final = re.compile(
    "[" + re.escape("".join(sorted(map(chr, _NORMALIZE_TABLE)))) + "]+"
)


def _translate_run(m: re.Match[str]) -> str:
    return m.group().translate(_NORMALIZE_TABLE)


def normalize(raw: str) -> str:
    """A same-length copy of *raw* for matching: offsets into it are raw offsets.

    Full-width digits, Latin letters and ``．％＋－／～＜＞＝`` become ASCII; the
    ideographic space, NBSP, other Unicode spaces and zero-width characters
    become ``" "``. Chinese punctuation (，；：（）！？ …) and ``"\\r"`` are kept.
    """
    return _NORMALIZE_RUN_RE.sub(_translate_run, raw)


# ---------------------------------------------------------------------------
# script: traditional characters read as simplified ones
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Script:
    """Traditional → simplified, one character for one (``rules/lexicons/script.yaml``).

    :meth:`simplify` gives the same-length copy the rules match on; :meth:`restorer`
    gives, for one text, the function that writes a phrase found in that copy (a metric,
    a subject) back in the text's own characters.
    """

    table: dict[int, str] = field(default_factory=dict)
    _rx: object = None

    @classmethod
    def load(cls, dirs) -> "Script":
        """The pairs of every ``lexicons/script.yaml`` under ``dirs``, later ones winning."""
        from pathlib import Path

        from .errors import RuleError
        from .units import _load_yaml

        table: dict[int, str] = {}
        for d in dirs:
            p = Path(d) / "lexicons" / "script.yaml"
            if not p.is_file():
                continue
            data = _load_yaml(p) or {}
            unknown = set(data) - {"traditional"}
            if unknown:
                raise RuleError(f"unknown key {sorted(unknown)[0]!r} in script lexicon", file=str(p))
            for i, line in enumerate(data.get("traditional") or []):
                for tok in str(line).split():
                    if len(tok) != 2:
                        raise RuleError(f"traditional[{i}]: {tok!r} is not a pair of characters", file=str(p))
                    table[ord(tok[0])] = tok[1]
        rx = fastre.compile("[" + regex.escape("".join(map(chr, table))) + "]") if table else None
        return cls(table, rx)

    def simplify(self, text: str) -> str:
        """A same-length copy of ``text`` with traditional characters read as simplified."""
        if self._rx is None or not self._rx.search(text):
            return text
        return text.translate(self.table)

    def restorer(self, original: str, simplified: str):
        """For a text and its :meth:`simplify` copy: a function writing a phrase of the copy
        back in the text's characters (identity when nothing was changed). A simplified
        character the text also uses as itself is left alone."""
        if original is simplified:
            return _same
        back: dict[int, str] = {}
        for a, b in zip(original, simplified):
            if a != b:
                back.setdefault(ord(b), a)
        for c in list(back):
            if chr(c) in original:
                del back[c]  # (the text writes 发 itself somewhere: which was meant is unknown)
        if not back:
            return _same
        return lambda s: s.translate(back) if s else s


def _same(s):
    return s


# ---------------------------------------------------------------------------
# line classification shared by reflow and split_articles
# ---------------------------------------------------------------------------

#: A headline is at most this many characters (after stripping markup) ...
HEADLINE_MAX_CHARS: Final = 40
#: ... or up to this many when it is several space-separated parts, each short
#: (a title and subtitle that PDF extraction put on one line).
HEADLINE_MAX_MULTIPART_CHARS: Final = 60
#: A headline has at least this many CJK characters.
HEADLINE_MIN_CJK: Final = 4
#: A headline does not end with one of these.
HEADLINE_BAD_END: Final = "。！？；：，、,.!?;:"
#: A headline has none of these inside (it is not a run of sentences).
HEADLINE_BAD_INSIDE: Final = "。！？；!?;"
#: A line with a comma inside is a headline only if it ends with one of these
#: (``以一颗朴素的心，勇闯“无人区”``); otherwise it is a cut piece of a sentence
#: (``3年前，天津大学脑机交互与人机``).
HEADLINE_COMMA_OK_END: Final = "”’」』）)】》〉\""
#: Blank lines in a row that end a headline block (kicker/title/subtitle/byline
#: lines are separated by at most one blank line in the seed texts; masthead
#: furniture is set off by more).
SECTION_GAP_BLANK_LINES: Final = 2

_HAN_RE: Final = fastre.compile(r"\p{Han}")
#: Markup before a line's core: a Markdown heading mark and opening bold marks.
_CORE_PREFIX_RE: Final = re.compile(r"\s*(?:#{1,6}[ \t]+)?(?:\*\*|__)?\s*")
_HEADING_LEVEL_RE: Final = re.compile(r"^(#{1,6})[ \t]+")

#: A paragraph that starts a list item (``一、`` ``（一）`` ``(1)`` ``1.`` ``1、`` ``●`` ``—``).
_LIST_MARKER_RE: Final = re.compile(
    r"""^(?:
        [一二三四五六七八九十百零〇]+[、．.]
      | [（(][一二三四五六七八九十百零〇\d０-９]+[）)]
      | [\d０-９]+(?:[、]|[.．](?![\d０-９]))
      | 第[一二三四五六七八九十百零〇\d]+[章节条部篇]
      | [●■◆▲★☆□○◇◎•▪►▶√※]
      | —(?!—)
    )""",
    re.VERBOSE,
)
#: Start of a news body: ``本报讯`` or an agency dateline ``新华社北京3月27日电``.
_DATELINE_RE: Final = fastre.compile(
    r"^[*_]*(?:本报讯|(?:新华社|中新社|中新网|人民日报|央视|本报)\p{Han}{0,10}?"
    r"(?:[\d０-９]{1,2}月[\d０-９]{1,2}日)?电)"
)
#: ``(上接第1版)`` — the continuation of an article from another page.
_CONTINUATION_RE: Final = re.compile(
    r"^[*_ \t]*[（(][ \t]*上接第?[ \t]*[\d０-９一二三四五六七八九十A-Za-z]+[ \t]*版[ \t]*[）)]"
)
#: Bylines and credits: ``本报记者 韩云峰``, ``新华社记者 胡喆``, ``山西日报评论员``,
#: ``郭苑甫 摄``, ``（于健、付磊）``.
_BYLINE_RE: Final = fastre.compile(
    r"""^(?:
        (?:本报|本刊|新华社|中新社|人民日报|\p{Han}{2,6}[报社台网])?
        (?:特约|首席|驻\p{Han}{1,4})?(?:记者|通讯员|评论员|实习生|摄影|见习记者)
      | .{0,20}(?:评论员|记者|通讯员)$
      | .{1,20}[ \t/]摄(?:影)?$
      | [（(][^（）()]{1,30}[）)]$
    )""",
    regex.VERBOSE,
)
#: Page furniture that is never a headline: URLs, timestamps, ISO dates, metadata
#: lines (``来源：`` ``原标题：`` …) and editor credits (``责任编辑：…``).
_FURNITURE_RE: Final = re.compile(
    r"""(?:
        https?://|www\.|@\w+\.
      | \d{4}[-/.]\d{1,2}[-/.]\d{1,2}
      | \d{1,2}:\d{2}
      | ^(?:来源|发布时间|发布人|作者|原标题|稿件来源|本文来源|时间|日期)[ \t]*[:：]
      | ^(?:责任|本版|美术|版式|图片|文字)?(?:编辑|校对|审校|美编|监制|统筹)[ \t]*[:：]
    )""",
    re.VERBOSE,
)
#: Tokens of dates, weekdays, page and issue numbers; a line that is little but
#: these (fewer than HEADLINE_MIN_CJK CJK characters left) is page furniture:
#: ``2026年3月28日 星期六``, ``丙午年二月十六``, ``第12966期``, ``今日4版``.
_FURNITURE_TOKEN_RE: Final = re.compile(
    r"""
        (?:[\d０-９]{2,4}|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]|[〇零一二三四五六七八九]{2,4})年
      | (?:[\d０-９]{1,2}|[正一二三四五六七八九十冬腊]{1,2})月
        (?:初[一二三四五六七八九十]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?
          |[一二三四五六七八九]|[\d０-９]{1,2}日)?
      | [\d０-９]{1,2}日
      | (?:星期|礼拜|周)[一二三四五六日天]
      | 农历|公历
      | 第?[ \t]*[\d０-９A-Za-z]+[ \t]*[版期号]
      | 第[一二三四五六七八九十百千]+[版期]
    """,
    re.VERBOSE,
)
_DIGITISH_RE: Final = re.compile(r"[\d０-９!-/:-@\[-`{-~]")
#: A line whose non-space characters are at least this share digits or ASCII
#: symbols is furniture (``CN 14-0023``, ``邮发代号 21-21``, ``2026年4月``).
FURNITURE_DIGIT_SHARE: Final = 0.5
#: A sentence's end mark: page furniture (dates, page and issue numbers) has none.
_SENTENCE_END_RE: Final = re.compile(r"[。！？；]")


def _core(line: str) -> str:
    """*line* stripped of surrounding space and of Markdown heading/bold/table markup."""
    a, b = _core_span(line)
    return line[a:b]


def _core_span(line: str) -> tuple[int, int]:
    """Where the core of *line* is (``## 聚焦安全生产 |`` → ``聚焦安全生产``)."""
    m = _CORE_PREFIX_RE.match(line)
    a = m.end() if m else 0
    b = len(line.rstrip())
    if b > a and line[b - 1] == "|":
        b = len(line[: b - 1].rstrip())
    if b - a >= 2 and line[b - 2 : b] in ("**", "__"):
        b = len(line[: b - 2].rstrip())
    return a, max(a, b)


def _cjk_count(s: str) -> int:
    return len(_HAN_RE.findall(s))


def _is_byline(core: str) -> bool:
    return (
        0 < len(core) <= HEADLINE_MAX_CHARS
        and core[-1] not in HEADLINE_BAD_END
        and _BYLINE_RE.match(core) is not None
    )


def _is_furniture(core: str) -> bool:
    if len(core) > HEADLINE_MAX_MULTIPART_CHARS:
        return False
    if _FURNITURE_RE.search(core):
        return True
    visible = core.replace(" ", "").replace("\t", "").replace("\u3000", "")
    if (
        visible and len(_DIGITISH_RE.findall(visible)) >= FURNITURE_DIGIT_SHARE * len(visible)
        and not _SENTENCE_END_RE.search(core)
    ):
        # (9,060,911,796.21 元,与去年同期(2018 年 1-12 月)相比增加 198.87%。: a sentence's end
        # rich in figures, no page furniture)
        return True
    rest, n = _FURNITURE_TOKEN_RE.subn("", core)
    return n > 0 and _cjk_count(rest) < HEADLINE_MIN_CJK


def _is_dateline(core: str) -> bool:
    return _DATELINE_RE.match(core) is not None


def _is_continuation(line: str) -> bool:
    return _CONTINUATION_RE.match(line.strip()) is not None


#: A headline in the shape "who：what, what" (县长吴贤：皇都侗歌文旅小镇，特色侗乡文化等候你): the
#: speaker's name and title before a colon, one comma after it.
_SPEAKER_TITLE: Final = re.compile(r"^[^，,：:]{4,24}[：:][^，,：:]{2,20}[，,][^，,：:]{2,20}$")


def _headline_shape(core: str, comma_ok: bool = False) -> bool:
    """Length, punctuation and CJK tests of a headline (no context, no exclusions); with
    ``comma_ok``, a comma inside passes whatever the line ends with."""
    n = len(core)
    if n == 0:
        return False
    if n > HEADLINE_MAX_CHARS:
        parts = core.split()
        if (
            n > HEADLINE_MAX_MULTIPART_CHARS
            or len(parts) < 2
            or max(map(len, parts)) > HEADLINE_MAX_CHARS
        ):
            return False
    if core[-1] in HEADLINE_BAD_END:
        return False
    if any(ch in HEADLINE_BAD_INSIDE for ch in core):
        return False
    if ("，" in core or "," in core) and not comma_ok and core[-1] not in HEADLINE_COMMA_OK_END and not _SPEAKER_TITLE.match(core):
        return False
    return _cjk_count(core) >= HEADLINE_MIN_CJK


def _is_subtitle(core: str) -> bool:
    return core.startswith(("——", "--"))


def _headline_like(line: str) -> bool:
    """Could *line* be a headline line (kicker, title or subtitle), judged alone?"""
    core = _core(line)
    if not _headline_shape(core):
        return False
    if _LIST_MARKER_RE.match(core) and not _is_subtitle(core):
        return False
    return not (
        _is_byline(core) or _is_furniture(core) or _is_dateline(core) or _is_continuation(core)
    )


def _starts_new_paragraph(line: str) -> bool:
    """Does *line* (a line after a break) look like the start of a new paragraph?"""
    core = _core(line)
    return bool(
        _LIST_MARKER_RE.match(core)
        or _is_dateline(core)
        or _is_continuation(core)
        or _is_byline(core)
        or _is_furniture(core)
        or _headline_like(line)
    )


# ---------------------------------------------------------------------------
# reflow
# ---------------------------------------------------------------------------

#: The line before a removable break has at least this many characters (a cut
#: column line, not a short headline) ...
REFLOW_MIN_PREV_CHARS: Final = 20
#: ... and a line shorter than this (as short as a headline) is joined only when
#: it ends with one of REFLOW_PREV_MARKS: in the seed texts, 20–40 character
#: lines that end with a CJK character are sub-headings (``一、工业稳定增长，
#: 企业利润增长较快``, ``以“技”为核，推动生产力从“简单移植”向“本土重塑”跃升``),
#: while every real column cut follows a line of 48 characters or more.
REFLOW_SURE_PREV_CHARS: Final = HEADLINE_MAX_CHARS + 1
#: Characters that may end the line before a mid-sentence break (besides CJK,
#: digits and Latin letters): marks that never end a sentence.
REFLOW_PREV_MARKS: Final = "，、,%％（(《〈“‘「『【—–-·/+＋"
#: Characters that may start the line after it (besides CJK and digits).
REFLOW_NEXT_MARKS: Final = "%％"

#: A newline, the whitespace after it, and a character that may follow a cut.
#: (Whitespace before the newline and the character before it are checked with
#: _PREV_CHAR_RE: matching from the newline is much faster than a lookbehind.)
_BREAK_RE: Final = fastre.compile(
    r"\n\s*(?=[\p{Han}0-9０-９" + regex.escape(REFLOW_NEXT_MARKS) + r"])"
)
_PREV_CHAR_RE: Final = fastre.compile(
    r"[\p{Han}0-9０-９A-Za-z" + regex.escape(REFLOW_PREV_MARKS) + r"]"
)


#: A space inside a Chinese sentence between a number and its unit or a word and a
#: number (实现营收 16.34 亿元，同比增长 49.44% ；): one or two spaces with a digit (or ``%``
#: after it) on one side and a CJK character or mark on the other. Spaces between two
#: CJK words (a headline's separator), Latin words or two numbers are kept.
_INLINE_SPACE_RE: Final = fastre.compile(
    r"(?<=[\p{Han}，。；：、（）“”])[ \u00a0\u3000]{1,2}(?=[0-9])"
    r"|(?<=[0-9%％])[ \u00a0\u3000]{1,2}(?=[\p{Han}，。；：、（）])"
)
#: Characters set apart one by one with single spaces (较 年 初 开 盘 价 跌 去 达, as a justified
#: column or a PDF copy prints them): three or more, each alone between spaces.
_LETTER_SPACED_RE: Final = fastre.compile(r"(?<![\p{Han}])\p{Han}(?: \p{Han}){2,}(?![\p{Han}])")


@dataclass(frozen=True, slots=True)
class Reflowed:
    """Text with mid-sentence line breaks removed, and the map back to raw offsets.

    ``cuts[k]`` is the index in :attr:`text` where the k-th removed break was
    (the index of the character that followed it) and ``shifts[k]`` the total
    number of raw characters removed up to and including that break.
    """

    text: str
    cuts: array[int] = field(default_factory=lambda: array("q"), repr=False, hash=False)
    shifts: array[int] = field(default_factory=lambda: array("q"), repr=False, hash=False)

    @property
    def breaks_removed(self) -> int:
        """How many line breaks were removed."""
        return len(self.cuts)

    def to_raw(self, i: int) -> int:
        """The raw index of ``text[i]`` (``i == len(text)`` maps to ``len(raw)``)."""
        if not 0 <= i <= len(self.text):
            raise IndexError(f"index {i} outside 0..{len(self.text)}")
        k = bisect_right(self.cuts, i)
        return i + self.shifts[k - 1] if k else i

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The raw span of ``text[start:end]`` (end exclusive; an empty span stays empty)."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span {start}:{end} outside 0..{len(self.text)}")
        s = self.to_raw(start)
        if end == start:
            return s, s
        return s, self.to_raw(end - 1) + 1


#: Words a headline never ends with, that wait for a figure: 金额为人民币, 总投资约, 同比增长.
_DANGLING_END_RE: Final = fastre.compile(r"[，,]\p{Han}{0,12}(?:为|达到|达|约|约为|人民币|共计|合计|总计|累计|同比|较上年同期)$")


def _prev_line_ok(prev: str) -> bool:
    """May the line *prev* (its core) be the first part of a cut sentence?"""
    n = len(prev)
    if n < REFLOW_MIN_PREV_CHARS:
        return False
    if n < REFLOW_SURE_PREV_CHARS and prev[-1] not in REFLOW_PREV_MARKS and not _DANGLING_END_RE.search(prev):
        return False
    return not (_headline_like(prev) or _is_furniture(prev) or _is_byline(prev))


def reflow(raw: str) -> Reflowed:
    """Remove the line breaks that a column cut left in the middle of a sentence.

    A break is a run of whitespace containing ``"\\n"`` (``"\\n"``, ``"\\r\\n"``,
    ``"\\n\\n"``, ``"\\n \\n"`` ...). It is removed when all of these hold:

    * the character before it (ignoring spaces) is CJK, a digit, a Latin letter,
      ``%`` or a mark in :data:`REFLOW_PREV_MARKS` — not ``。！？；：」』”）】`` etc.;
    * the character after it is CJK, a digit or ``%``;
    * the line before (joined lines count as one) has at least
      :data:`REFLOW_MIN_PREV_CHARS` characters; if it is shorter than
      :data:`REFLOW_SURE_PREV_CHARS` (headline length) it must end with a mark
      like ``，`` or ``、``, which a headline never does; and it is not
      headline-like, page furniture or a byline;
    * the line after does not start a paragraph: no list marker (``一、``
      ``（一）`` ``(1)`` ``1.`` ``1、`` ``●`` ``■`` ``◆`` ``—``), no
      ``本报讯``/agency dateline, ``(上接第1版)``, byline or page furniture,
      and it is not headline-like itself.

    Spaces inside a line between a number and a word (营收 16.34 亿元, 增长 49.44% ；,
    :data:`_INLINE_SPACE_RE`) are removed as well, so that a unit, verb or metric
    still touches its number; so are the spaces of characters set apart one by one
    (较 年 初 开 盘 价 跌 去 达, :data:`_LETTER_SPACED_RE`).

    The removed whitespace is dropped from :attr:`Reflowed.text`; everything else
    is kept as is.
    """
    spans: list[tuple[int, int]] = []
    logical_start = 0  # start of the line before, counting joined lines as one
    last_join_end = -1
    for m in _BREAK_RE.finditer(raw):
        s, e = m.span()
        while s > 0 and raw[s - 1] != "\n" and raw[s - 1].isspace():
            s -= 1
        if s == 0 or not _PREV_CHAR_RE.match(raw, s - 1):
            continue
        line_start = raw.rfind("\n", 0, s) + 1
        if last_join_end >= line_start:
            line_start = logical_start
        prev = _core(raw[line_start:s])
        if not _prev_line_ok(prev):
            continue
        if not raw[:line_start].strip() and _first_line_title(prev):
            continue  # a document's first line is its title (佩蒂股份净利润大增1742%，综合毛利提升至29.36%)
        line_end = raw.find("\n", e)
        nxt = raw[e : len(raw) if line_end < 0 else line_end]
        if _starts_new_paragraph(nxt):
            continue
        spans.append((s, e))
        logical_start, last_join_end = line_start, e

    if " " in raw or "\u3000" in raw or "\u00a0" in raw:
        # spaces inside a line go too (the pattern's look-arounds keep a line's indent)
        inline = [m.span() for m in _INLINE_SPACE_RE.finditer(raw)]
        for lm in _LETTER_SPACED_RE.finditer(raw):
            inline.extend((i, i + 1) for i in range(lm.start() + 1, lm.end(), 2))  # (the spaces between)
        if inline:
            merged = sorted(spans + inline)
            spans = []
            for s, e in merged:
                if spans and s < spans[-1][1]:
                    continue  # (inside a removed break)
                spans.append((s, e))
    if not spans:
        return Reflowed(raw)
    pieces: list[str] = []
    cuts = array("q")
    shifts = array("q")
    pos = removed = 0
    for s, e in spans:
        pieces.append(raw[pos:s])
        removed += e - s
        cuts.append(e - removed)
        shifts.append(removed)
        pos = e
    pieces.append(raw[pos:])
    return Reflowed("".join(pieces), cuts, shifts)


# ---------------------------------------------------------------------------
# segmentation
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Segment:
    """A stripped, non-empty span ``text[start:end]`` of the text it was cut from."""

    start: int
    end: int
    text: str


#: A stripped non-blank line: from its first to its last non-space character.
_LINE_RE: Final = re.compile(r"[^\s\u2028\u2029](?:[^\n\r\u2028\u2029]*[^\s\u2028\u2029])?")


def lines_with_offsets(text: str) -> list[Segment]:
    """The non-blank lines of *text*, stripped, with their offsets.

    ``"\\n"``, ``"\\r\\n"``, a lone ``"\\r"``, U+2028 and U+2029 end a line.
    """
    return [Segment(m.start(), m.end(), m.group()) for m in _LINE_RE.finditer(text)]


def split_paragraphs(text: str) -> list[Segment]:
    """The paragraphs of *text*: after :func:`reflow` every non-blank line is one.

    Splits on single newlines as well as on blank lines; segments are stripped
    and empty ones dropped.
    """
    return lines_with_offsets(text)


#: Characters that end a sentence.
SENTENCE_END: Final = "。！？!?；"
#: Closing marks that stay with the sentence when they follow its terminator
#: directly (``他说：“好。”`` ends after the ``”``). ASCII ``"`` is not one of
#: them: it cannot be told from an opening quote.
SENTENCE_CLOSERS: Final = "”’」』）)】》〉"

_SENT_END: Final = re.escape(SENTENCE_END)
_SENT_CLOSE: Final = re.escape(SENTENCE_CLOSERS)
_SENTENCE_RE: Final = re.compile(
    rf"[^{_SENT_END}\n\r\u2028\u2029]+(?:[{_SENT_END}]+[{_SENT_CLOSE}]*)?"
    rf"|[{_SENT_END}]+[{_SENT_CLOSE}]*"
)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Segment]:
    """The sentences of ``text[start:end]``, with offsets into *text*.

    A sentence ends after a run of ``。！？!?；`` — together with closing quotes
    or brackets that follow it directly (``……。”`` ends after the ``”``) — or
    at a line break. A terminator inside quotes that is not followed by the
    closing quote still ends a sentence. ``.`` is not a terminator, so decimals
    like ``3.5`` are never split. Segments are stripped; empty ones dropped. A
    sentence longer than :data:`MAX_SENTENCE` characters (a text with no full stops,
    which attribution would read in time growing with its length squared) is cut after
    the last clause mark (，；、 or a space) before each limit.
    """
    if end is None:
        end = len(text)
    if not 0 <= start <= end <= len(text):
        raise IndexError(f"span {start}:{end} outside 0..{len(text)}")
    out: list[Segment] = []
    for m in _SENTENCE_RE.finditer(text, start, end):
        s, e = m.span()
        chunk = m.group()
        stripped = chunk.strip()
        if not stripped:
            continue
        s += len(chunk) - len(chunk.lstrip())
        if len(stripped) <= MAX_SENTENCE:
            out.append(Segment(s, s + len(stripped), stripped))
            continue
        e = s + len(stripped)
        while s < e:
            cut = e if e - s <= MAX_SENTENCE else s + MAX_SENTENCE
            if cut < e:
                mark = max(text.rfind(c, s + MAX_SENTENCE // 2, cut) for c in "，,；;、 ")
                cut = mark + 1 if mark >= 0 else cut
            piece = text[s:cut].strip()
            if piece:
                ps = s + len(text[s:cut]) - len(text[s:cut].lstrip())
                out.append(Segment(ps, ps + len(piece), piece))
            s = cut
    return out


#: The longest sentence read whole (characters); the longest in the dev and blind texts has 816.
MAX_SENTENCE = 1000


# ---------------------------------------------------------------------------
# articles
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Article:
    """One article: ``text[start:end]`` (stripped) and its title, if one was found.

    ``title`` is the headline without Markdown markup; when not None,
    ``text[title_start:title_start + len(title)] == title``.
    """

    start: int
    end: int
    title: str | None
    title_start: int | None


_HEAD, _NEUTRAL, _FURN, _BODY, _CONT = range(5)
#: Longer lines are body without further tests (room for Markdown markup).
_LONGEST_SHORT_LINE: Final = HEADLINE_MAX_MULTIPART_CHARS + 20


def _first_line_title(line: str) -> bool:
    """May a document's first line be its title though a comma is inside? Only when it ends
    with a figure (佩蒂股份净利润同比大增1742%，综合毛利提升至29.36%)."""
    core = _core(line)
    if not core or core[-1] not in _FIGURE_END:
        return False  # (3年前，天津大学脑机交互与人机: a column cut at the start of a page)
    return _headline_shape(core, comma_ok=True) and not (_LIST_MARKER_RE.match(core) or _is_byline(core) or _is_furniture(core))


#: How a headline that ends with a figure ends.
_FIGURE_END: Final = "0123456789０１２３４５６７８９%％倍元亿万吨"



def _classify(line: str) -> int:
    """The kind of a line: HEAD, NEUTRAL, FURN, BODY or CONT.

    HEAD is headline-like; NEUTRAL a byline or a short scrap; FURN page
    furniture; CONT a ``(上接第N版)`` continuation; BODY anything else.
    """
    if _is_continuation(line):
        return _CONT
    if len(line) > _LONGEST_SHORT_LINE:
        return _BODY
    if _headline_like(line):
        return _HEAD
    core = _core(line)
    if _is_furniture(core):
        return _FURN
    if _is_byline(core):
        return _NEUTRAL
    if (
        len(core) <= HEADLINE_MAX_CHARS
        and _cjk_count(core) < HEADLINE_MIN_CJK
        and (not core or core[-1] not in HEADLINE_BAD_END)
        and not _LIST_MARKER_RE.match(core)
    ):
        return _NEUTRAL
    return _BODY


def _title_of(seg: Segment) -> tuple[str, int, tuple[int, int, int, int]]:
    """The title text of headline line *seg*, its offset, and its rank key."""
    a, b = _core_span(seg.text)
    core, off = seg.text[a:b], seg.start + a
    m = _HEADING_LEVEL_RE.match(seg.text)
    level = len(m.group(1)) if m else 0
    rank = (1 if level else 0, level, 0 if _is_subtitle(core) else 1, len(core))
    return core, off, rank


def split_articles(text: str) -> list[Article]:
    """Split a run of newspaper articles into :class:`Article` spans.

    Each non-blank line is classed as *headline-like* (at most
    :data:`HEADLINE_MAX_CHARS` characters, or a few space-separated short parts
    up to :data:`HEADLINE_MAX_MULTIPART_CHARS`; not ending with
    :data:`HEADLINE_BAD_END`; at least :data:`HEADLINE_MIN_CJK` CJK characters;
    a comma inside only if it ends with a closing quote/bracket; not a list
    item, byline, dateline or page furniture), *neutral* (bylines such as
    ``本报记者 …``/``… 摄``/``（…）``; page furniture: URLs, timestamps, lines
    mostly of digits, lines that are little but dates, weekdays, ``第N版``/
    ``第N期``, editor credits; short scraps with under four CJK characters),
    a *continuation* marker ``(上接第N版)``, or *body*.

    A headline block is a run of headline-like lines, possibly with neutral lines
    between them, with no gap of :data:`SECTION_GAP_BLANK_LINES` blank lines
    inside, directly followed by a body line. Each block starts an article; its
    title is one line of the block: a Markdown heading (``#``) if any, the
    deepest such level first, then not a ``——`` subtitle, then the longest
    (first on ties). A continuation marker starts an untitled article. Text
    before the first article start is an untitled article (dropped when it is
    blank). Page furniture at the end of an article is left out of its span.

    Sub-headings inside an article look like headlines and start a new article
    too; this is a known limit of the heuristic.
    """
    lines = lines_with_offsets(text)
    if not lines:
        return []
    kinds = [_classify(seg.text) for seg in lines]
    if kinds[0] == _BODY and len(lines) > 1 and _first_line_title(lines[0].text):
        kinds[0] = _HEAD  # a document's first line is its title, commas and all
    gaps = [0] * len(lines)
    for i in range(1, len(lines)):
        gaps[i] = max(0, text.count("\n", lines[i - 1].end, lines[i].start) - 1)

    starts: list[tuple[int, str | None, int | None]] = []  # (line index, title, title_start)
    i, n = 0, len(lines)
    while i < n:
        kind = kinds[i]
        if kind == _CONT:
            starts.append((i, None, None))
            i += 1
            continue
        if kind != _HEAD:
            i += 1
            continue
        k = i + 1
        while (
            k < n and kinds[k] in (_HEAD, _NEUTRAL, _FURN) and gaps[k] < SECTION_GAP_BLANK_LINES
        ):
            k += 1
        if k < n and kinds[k] == _BODY and gaps[k] < SECTION_GAP_BLANK_LINES:
            best: tuple[str, int, tuple[int, int, int, int]] | None = None
            for j in range(i, k):
                if kinds[j] == _HEAD:
                    cand = _title_of(lines[j])
                    if best is None or cand[2] > best[2]:
                        best = cand
            assert best is not None
            starts.append((i, best[0], best[1]))
        i = k

    def end_of(first: int, stop: int) -> int:
        """End of the last line in [first, stop) that is not trailing furniture."""
        last = stop - 1
        while last > first and kinds[last] == _FURN:
            last -= 1
        return lines[last].end

    articles: list[Article] = []
    if not starts or starts[0][0] > 0:
        first = starts[0][0] if starts else n
        articles.append(Article(lines[0].start, end_of(0, first), None, None))
    for idx, (line_i, title, title_start) in enumerate(starts):
        stop = starts[idx + 1][0] if idx + 1 < len(starts) else n
        articles.append(Article(lines[line_i].start, end_of(line_i, stop), title, title_start))
    return articles
