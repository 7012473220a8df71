"""Fact-check a draft against its sources: ``factx.check(draft, sources)``.

Every figure of the draft (a :class:`~factx.models.Fact` from :func:`factx.extract`) is
paired with the source figure that states the same thing, then the two values are
compared as intervals.

Pairing (:func:`_score`)
    A source fact is a candidate when its kind and canonical unit fit (``%`` against
    ``pp`` and one unit against another of the same kind are kept, with a penalty, so
    that such slips can be reported) and its description is similar: the metric phrase
    and the words before the figure in its clause, compared after synonyms
    (``rules/lexicons/synonyms.yaml``) and generic words (同比, 累计...) are normalised
    and subject and period names are cut out (character-overlap F1 and bigram Dice);
    the subject (``该公司`` resolved by extraction, a name found in the clause when
    extraction found none, synonyms such as 全国 ~ 我国); the role (a level against a
    change amount is a poor fit); the period. Scores are in [0, 1]; below
    :data:`MIN_SCORE` a fact is not a candidate.

Verdicts (:func:`_judge`)
    ``supported`` / ``supported_by_rounding``: a candidate within :data:`EXCUSE_MARGIN`
    of the best one agrees in value (intervals, below), direction and role, and names
    no other subject or period (when the draft names the measure exactly as one source
    figure does, only an equally exact one may support it). ``contradicted``: the draft
    figure is a known slip of a well-fitting candidate (score at least
    :data:`CONTRA_MIN_SCORE`: 万/亿, transposed digits, unit, %/pp, direction, swapped
    ends, qualifier), or its value is the source's for another subject or period, or
    it plainly differs from a candidate that fits at least :data:`WRONG_VALUE_MIN_SCORE`
    and is about the same subject; the error is classified (:data:`ERROR_CLASSES`).
    ``ambiguous``: the best candidates fit equally (within :data:`AMBIG_MARGIN`), state
    different values, and none of them nor any other plausible candidate states the
    draft's. ``unsupported``: everything else (no source states it).

    Further rules: a draft figure printed as a source figure with the same few
    characters around it is that figure (:func:`_copied`; a grade label, a copied
    headline), unless it names another subject or period; a direction flip or qualifier
    change of the one source figure with the very same number, unit, role and named
    subject is contradicted however its description scores (:func:`_equal_value_slip`);
    a plainly different value is called ``wrong_value`` when the draft names no subject
    but the sources state the measure for one subject only, and not when the source's
    words hold too little of the draft's measure (:data:`WRONG_VALUE_COVERAGE`); a
    draft's subject or period carried from an earlier sentence or a title (该航线 is no
    reference to a company) is a guess and raises no clash. A one-sided bound (超过,
    以上, a range's end) states its number: it must agree with the source's, as an exact
    figure does (:data:`BOUND_TOL` against an exact source figure). A small count of the
    names the draft lists right before it (银河电子、川大智胜、立讯精密三家) is supported
    with no source figure (:func:`_counts_listed`).

Note: ``import factx`` rebinds the attribute ``factx.check`` to the function
:func:`check`; import names from this module with ``from factx.check import ...``.

Intervals (:func:`interval`)
    The printed precision gives an exact figure half a unit in its last place on
    either side (87.37% → [87.365, 87.375), 1220.3亿元 → ±0.05亿); the qualifier widens
    or moves it: 多/余 [v, next place), 超过/以上 (v, ∞), 至少 [v, ∞), 近 [v·(1 −
    :data:`NEAR_TOL`), v) (a share in 成 at least :data:`NEAR_CHENG` points below: 近一成
    holds 8.93%), 不到 (−∞, v), 最多 (−∞, v], 约/左右 v·(1 ± :data:`ABOUT_TOL`),
    数万 [v, 10v).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Literal, Sequence

from pydantic import BaseModel, Field

from .attribute import _FIG_LIST_SEP, _PEOPLE_GROUP, _LEVEL_CHANGE_VERBS, _PERIOD_LIST, _SECTOR_LEAD, _WHOLE_REGION, COMPARED_LEVEL_RULES, OPINION_VERBS, _last_match
from .text import _INLINE_SPACE_RE
from .models import OPEN_QUALIFIERS as _OPEN_QUALIFIERS, Fact, decimal_to_json
from .match import PLAIN_PER
from .numerals import _mulf
from .validate import ends_against_verb

__all__ = [
    "check",
    "CheckReport",
    "CheckResult",
    "SourceRef",
    "Verdict",
    "render_text",
    "write_report",
    "report_rows",
    "REPORT_FORMATS",
    "ERROR_CLASSES",
    "VERDICTS",
    "MIN_SCORE",
    "EXCUSE_MARGIN",
    "CONTRA_MIN_SCORE",
    "WRONG_VALUE_MIN_SCORE",
    "AMBIG_MARGIN",
    "ABOUT_TOL",
    "NEAR_TOL",
    "NEAR_CHENG",
    "BOUND_TOL",
    "WRONG_VALUE_COVERAGE",
    "COPY_CONTEXT",
]

Verdict = Literal["supported", "supported_by_rounding", "contradicted", "unsupported", "ambiguous"]
ErrorClass = Literal[
    "magnitude", "transposed_digits", "wrong_unit", "percent_vs_points", "direction_flipped",
    "before_after_swapped", "qualifier_changed", "wrong_subject", "wrong_period", "wrong_value",
]
VERDICTS: tuple[str, ...] = ("supported", "supported_by_rounding", "contradicted", "unsupported", "ambiguous")

#: Error classes of a contradicted figure.
ERROR_CLASSES: dict[str, str] = {
    "magnitude": "magnitude slip (万/亿, a power of ten)",
    "transposed_digits": "digits transposed",
    "wrong_unit": "wrong unit",
    "percent_vs_points": "% read as 个百分点 or the reverse",
    "direction_flipped": "direction flipped (增长/下降)",
    "before_after_swapped": "before and after swapped",
    "qualifier_changed": "qualifier changed (超过/近/约/exact)",
    "wrong_subject": "figure given to the wrong subject (company, region, segment)",
    "wrong_period": "figure given to the wrong period",
    "wrong_value": "a different value",
}

#: A source fact scoring below this is not a candidate for a draft figure.
MIN_SCORE = 0.42
#: To call a figure contradicted, its best candidate must fit at least this well
#: (below it, a figure with a merely similar description is ``unsupported``).
CONTRA_MIN_SCORE = 0.6
#: A figure that is no known slip of its best candidate and states a plainly different
#: value is called contradicted only when the descriptions match at least this well;
#: otherwise it is ``unsupported`` (the source may speak of something else).
WRONG_VALUE_MIN_SCORE = 0.8
#: ... and when the source's words around its figure hold at least this share of the
#: characters of the draft's measure (计划新开工亿元以上项目 is not 亿元以上的项目: a plan).
WRONG_VALUE_COVERAGE = 0.8
#: A candidate that agrees in value is accepted if it scores at most this much below
#: the best candidate (the best one by description may be a neighbour of the right one).
EXCUSE_MARGIN = 0.15
#: How much better a draft figure's claim-mate must fit its own source twin than the other
#: claim's figure of its unit before it anchors the draft's claim (:func:`_claim_anchor`).
ANCHOR_MARGIN = 0.05
#: A metric similarity this high is an exact naming of the measure (see ``_judge``).
EXACT_METRIC = 0.95
#: A bare share word (占比, 比重) against a share of something (占…总值的): this alike.
SHARE_SIM = 0.6
#: Below this metric similarity, a subject read on one side is tried as part of the measure
#: (天然气's 产量 against the source's 天然气 of 四川).
CROSS_SIM = 0.5
#: Two candidates closer than this, with different values, are a tie: ``ambiguous``.
AMBIG_MARGIN = 0.02
#: 约/左右/上下: the value may lie this fraction either side.
ABOUT_TOL = Decimal("0.05")
#: 近/接近/将近: the value lies below, by at most this fraction.
NEAR_TOL = Decimal("0.10")
#: How far below a share in 成 近 reaches (percentage points): 近一成 holds 8.93%.
NEAR_CHENG = Decimal("2.5")
#: 超过/以上/至少/不到 X stands for a source's exact figure only within this fraction of X
#: (超过100家 for 108家, not 超过60亿元 for 70亿).
BOUND_TOL = Decimal("0.10")
#: Candidates kept in a result's ``candidates`` list.
MAX_CANDIDATES = 5
#: Leads (the measure of the figure before, in the same sentence) this alike place a figure in
#: the same statement, and below LEAD_OTHER in another one: 弹簧扁钢营业收入 against 汽车板簧营业收入 is about 0.53.
LEAD_SAME = 0.9
LEAD_OTHER = 0.7

_SUPPORTED = ("supported", "supported_by_rounding")


# --------------------------------------------------------------------------- models


class SourceRef(BaseModel):
    """The source figure a draft figure was compared with."""

    doc: str
    path: str | None = None
    line: int | None = None
    start: int
    end: int
    text: str
    value: Decimal
    unit: str
    qualifier: str = "exact"
    role: str = "value"
    direction: str | None = None
    metric: str = ""
    subject: str | None = None
    period: str | None = None
    sentence: str = ""
    marked: str = Field(default="", description="the source sentence with the figure in 【】")
    score: float = 0.0

    def to_json_dict(self) -> dict[str, Any]:
        d = self.model_dump()
        d["value"] = decimal_to_json(self.value)
        return d


class CheckResult(BaseModel):
    """The verdict on one figure of the draft."""

    doc: str
    path: str | None = Field(default=None, description="the draft file (None for draft text)")
    start: int = Field(description="raw start offset in the draft")
    end: int = Field(description="raw end offset in the draft, exclusive")
    line: int | None = None
    text: str
    value: Decimal
    unit: str
    kind: str
    qualifier: str = "exact"
    role: str = "value"
    direction: str | None = None
    metric: str = ""
    subject: str | None = None
    period: str | None = None
    sentence: str = ""
    marked: str = Field(default="", description="the draft sentence with the figure in 【】")
    verdict: Verdict
    error: ErrorClass | None = Field(default=None, description="the error class, when contradicted")
    explanation: str = ""
    source: SourceRef | None = None
    candidates: list[SourceRef] = Field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        d = self.model_dump(exclude={"source", "candidates"})
        d["value"] = decimal_to_json(self.value)
        d["source"] = self.source.to_json_dict() if self.source else None
        d["candidates"] = [c.to_json_dict() for c in self.candidates]
        return d


class CheckReport(BaseModel):
    """All verdicts of one draft, with counts per verdict and the inputs read."""

    draft: str
    sources: list[dict[str, Any]] = Field(default_factory=list)
    results: list[CheckResult] = Field(default_factory=list)
    counts: dict[str, int] = Field(default_factory=dict)
    created: str = ""

    @property
    def contradicted(self) -> list[CheckResult]:
        return [r for r in self.results if r.verdict == "contradicted"]

    @property
    def ok(self) -> bool:
        """True when no figure is contradicted."""
        return not self.contradicted


# --------------------------------------------------------------------------- lexicon


@dataclass
class _Lex:
    metric_map: dict[str, str]
    metric_re: re.Pattern | None
    subject_map: dict[str, str]
    generic_re: re.Pattern | None
    regions: tuple[str, ...] = ()
    #: traditional characters read as simplified (a draft in one script, its source in the other)
    simplify: Any = str  # (str(s) is s: no change)
    #: words that name a measure only as a metric's whole phrase (经济增长6.3%: 经济 is GDP)
    alone_map: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=8)
def _load_lex(dirs: tuple[str, ...]) -> _Lex:
    from .rules import _read

    metric_map: dict[str, str] = {}
    subject_map: dict[str, str] = {}
    generic: set[str] = set()
    regions: set[str] = set()
    alone_map: dict[str, str] = {}
    for d in dirs:
        p = Path(d) / "lexicons" / "synonyms.yaml"
        if not p.is_file():
            continue
        data, _ = _read(p)
        data = data or {}
        for group in data.get("metrics") or []:
            words = [str(w) for w in group]
            for w in words:
                metric_map[w] = words[0]
        for group in data.get("subjects") or []:
            words = [str(w) for w in group]
            for w in words:
                subject_map[w] = words[0]
        generic.update(str(w) for w in data.get("generic") or [])
        for word, measure in (data.get("alone") or {}).items():
            alone_map[str(word)] = str(measure)
    for d in dirs:
        p = Path(d) / "lexicons" / "attribution.yaml"
        if p.is_file():
            data, _ = _read(p)
            reg = ((data or {}).get("subjects") or {}).get("regions")
            if isinstance(reg, str):
                regions.update(w for w in reg.split("|") if re.fullmatch(r"[\u4e00-\u9fff]{2,}", w))

    def alt(words: Iterable[str]) -> re.Pattern | None:
        ws = sorted(set(words), key=len, reverse=True)
        return re.compile("|".join(map(re.escape, ws))) if ws else None

    from .text import Script

    alone_map = {w: metric_map.get(m, m) for w, m in alone_map.items()}
    return _Lex(metric_map, alt(metric_map), subject_map, alt(generic), tuple(sorted(regions)), Script.load(dirs).simplify, alone_map)


def _lex_for(engine) -> _Lex:
    dirs = tuple(str(d) for d in getattr(engine.rules, "dirs", []) or [])
    if not dirs:
        from .units import builtin_rules_dir

        dirs = (str(builtin_rules_dir()),)
    return _load_lex(dirs)


# --------------------------------------------------------------------------- text helpers

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")
_CN_DIGITS = str.maketrans("〇零一二三四五六七八九两", "001234567892")
_NUM_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_CLAUSE_BREAK = "，,；;：:。！？!?\n（）()、"
_SENT_BREAK = "。！？!?；;\n"
#: A short Latin or digit code in brackets inside a name (狭义货币(M1)余额, 碳排放配额(CEA)).
_BRACKETED_CODE = re.compile(r"[（(][A-Za-z0-9.]{1,5}[）)](?=[一-鿿])")
_STRIP_RE = re.compile(r"[\s\d.,%％０-９“”\"'‘’《》〈〉（）()\[\]【】、，。；：:!！?？~～\-—–－/]+")
_GENERIC_SUBJECTS = frozenset(
    "公司 企业 集团 其 本局 该局 我们 他们 记者 全省 全市 全区 全县 全镇 全乡 我省 我市 我区 我县 本市 本区 本省 本县 各地 各省 全港 全园 全厂 全年 全社会 全行业".split()
)


def _norm_text(s: str) -> str:
    return s.translate(_FULLWIDTH)


def _bigrams(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)} if len(s) > 1 else ({s} if s else set())


def _sim(a: str, b: str) -> float:
    """Similarity of two short phrases in [0, 1]: containment, character F1, bigram Dice."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 2 and short in long_:
        return 0.75 + 0.25 * len(short) / len(long_)
    if len(short) >= 4 and len(long_) - len(short) <= 2:
        pre, suf = _common_ends(short, long_)
        if pre >= 2 and suf >= 2 and pre + suf == len(short):
            # (乘用车零售 in 乘用车市场零售: a word set inside the phrase, both its ends kept)
            return 0.75 + 0.25 * len(short) / len(long_)
    ca, cb = set(a), set(b)
    inter = len(ca & cb)
    f1 = 2 * inter / (len(ca) + len(cb))
    ba, bb = _bigrams(a), _bigrams(b)
    dice = 2 * len(ba & bb) / (len(ba) + len(bb)) if ba and bb else 0.0
    return 0.5 * f1 + 0.5 * dice


# --------------------------------------------------------------------------- periods

_PERIOD_MAP = [
    # (a firm's periodic report names the months it covers: 2025年三季报 is January to September)
    (re.compile(r"[1一]季报|一季度报告"), "1-3月"),
    (re.compile(r"半年报|中报|半年度报告"), "1-6月"),
    (re.compile(r"[3三]季报|三季度报告"), "1-9月"),
    (re.compile(r"(?:第)?[1一]季度|首季|前三个月|前3个月|一季"), "1-3月"),
    (re.compile(r"上半年|前六个月|前6个月"), "1-6月"),
    (re.compile(r"前三季度|前3季度"), "1-9月"),
    (re.compile(r"(?:第)?[2二]季度"), "4-6月"),
    (re.compile(r"(?:第)?[3三]季度"), "7-9月"),
    (re.compile(r"(?:第)?[4四]季度"), "10-12月"),
    (re.compile(r"前(\d{1,2})个?月"), r"1-\1月"),
    (re.compile(r"(?:^|(?<=年))全年$"), "1-12月"),  # (2010年全年: the whole year, not 1~6月)
]
_VAGUE_PERIOD = re.compile(r"^(?:今年|去年|目前|当前|现在|近年来|近年|近期|日前|此前|过去|未来|今年以来|年初以来|同期|当年|本年度|年内|截至目前)$")


def _cn_small(s: str) -> str:
    """Chinese numerals up to 99 in period words as digits (十二月 → 12月)."""

    def conv(m: re.Match) -> str:
        t = m.group()
        if "十" in t:
            a, _, b = t.partition("十")
            return str((int(a.translate(_CN_DIGITS)) if a else 1) * 10 + (int(b.translate(_CN_DIGITS)) if b else 0))
        return t.translate(_CN_DIGITS)

    s = _CN_YEAR.sub(lambda m: m.group(1).translate(_CN_DIGITS) + "年", s)  # (二零二一年 → 2021年)
    return re.sub(r"[一二三四五六七八九十〇零两]{1,3}(?=[月年个季])", conv, s)


#: A year written digit by digit in Chinese numerals (二零二一年, 二〇一九年).
_CN_YEAR = re.compile(r"([一二三四五六七八九〇零]{4})年")


def canon_period(s: str | None) -> str | None:
    """A period phrase in a comparable form: 1—4月份 → 1-4月; 一季度 → 1-3月."""
    if not s:
        return None
    t = _cn_small(_norm_text(s))
    t = re.sub(r"截至|截止", "@", t)
    t = re.sub(r"[—–－~～至到]", "-", t).replace("份", "").replace(" ", "")
    for pat, rep in _PERIOD_MAP:
        t = pat.sub(rep, t)
    t = re.sub(r"(\d{1,2})月-(\d{1,2})月", r"\1-\2月", t)
    t = t.strip("，,。")
    if not t or _VAGUE_PERIOD.match(t):
        return None
    return t


#: 比上月 / 比3月 / 比1-3月份 / 较上年: the base of a comparison, not the period of the figure
_COMPARE_BASE = re.compile(r"(?:比|较|同比|环比|高于|低于|快于|慢于)(?:上年|去年|上年同期)?[0-9０-９一二三四五六七八九十\-—–~至]{0,6}(?:月份?|月末|季度|年)?(?:末|底)?")
_YEAR_RE = re.compile(r"(\d{4})(?:年|届)")  # (a class of graduates named by its year: 2016届)
_RANGE_RE = re.compile(r"(\d{1,2})-(\d{1,2})月")
_DAY_RANGE_RE = re.compile(r"(\d{1,2})月\d{1,2}日-(\d{1,2})月\d{1,2}日")
_MONTH_RE = re.compile(r"(@(?:\d{4}年)?)?[^，。；\d]{0,6}?(?<![\d-])(\d{1,2})月(份|末|底)?")


#: Holidays fixed to one month.
_HOLIDAY_MONTHS = {"国庆": 10, "五一": 5, "元旦": 1}
_HOLIDAY_MONTH = re.compile("|".join(_HOLIDAY_MONTHS))


#: The period a report covers, named near its start (2019年上半年, 一季度, 前三季度, 年度):
#: what 报告期 stands for in it.
_REPORT_SPAN = re.compile(r"(?P<y>[0-9]{4}年)?(?P<p>上半年|半年度|前三季度|第一季度|一季度|第三季度|三季度|年度|全年)")
_REPORT_MONTHS = {"上半年": (1, 6), "半年度": (1, 6), "第一季度": (1, 3), "一季度": (1, 3), "前三季度": (1, 9), "第三季度": (1, 9), "三季度": (1, 9), "年度": (1, 12), "全年": (1, 12)}


def _report_period(key: tuple[str | None, tuple[int, int] | None], ptext: str | None, text: str | None):
    """``key`` (:func:`period_key`), with 报告期 (截至报告期末, 报告期内) read as the period the
    report names first (截至报告期末 in a text opening on 2019年上半年 is (2019, (1, 6)))."""
    if key[1] is not None or not ptext or "报告期" not in ptext or not text:
        return key
    m = _REPORT_SPAN.search(_cn_small(_norm_text(text[:400])))
    if m is None:
        return key
    return key[0] or (m.group("y")[:4] if m.group("y") else None), _REPORT_MONTHS[m.group("p")]


def _span_end(key: tuple[str | None, tuple[int, int] | None], ptext: str | None, role: str):
    """The period key of a change's start over a span of years (2021年至2023年，营收从4.82亿元增至
    10.2亿元: 4.82亿元 is 2021's): the span's first year; else ``key``."""
    ys = _YEAR_SPAN.search(ptext or "") if role == "before" else None
    return (ys.group(1), key[1]) if ys and key[0] == ys.group(2) else key


def period_key(s: str | None) -> tuple[str | None, tuple[int, int] | None]:
    """(year, (first month, last month)) of the last period named in ``s``.

    1—4月份 → (None, (1, 4)); 一季度 → (None, (1, 3)); 截至2015年3月31日止 → ("2015", (1, 3));
    4月份 → (None, (4, 4)).
    """
    c = canon_period(_COMPARE_BASE.sub("", s) if s else s)
    if not c:
        return None, None
    years = _YEAR_RE.findall(c)
    year = years[-1] if years else None
    best: tuple[int, tuple[int, int]] | None = None
    for m in _RANGE_RE.finditer(c):
        a, b = int(m.group(1)), int(m.group(2))
        if 1 <= a <= b <= 12:
            best = (m.start(), (a, b))
    for m in _DAY_RANGE_RE.finditer(c):  # (10月21日-11月11日: the months the days run over)
        a, b = int(m.group(1)), int(m.group(2))
        if 1 <= a < b <= 12 and (best is None or m.start() >= best[0]):
            best = (m.start(), (a, b))
    for m in _MONTH_RE.finditer(c):
        b = int(m.group(2))
        if not 1 <= b <= 12:
            continue
        pos = m.start(2)
        if c[max(0, pos - 1) : pos] == "-" or (best is not None and best[0] <= pos <= best[0] + 6):
            continue
        if best is None or pos > best[0]:
            best = (pos, (1, b) if m.group(1) else (b, b))
    if best is None and re.search(r"下半年", c):
        best = (0, (7, 12))
    if best is None:
        hm = _HOLIDAY_MONTH.search(c)
        if hm:
            best = (hm.start(), (_HOLIDAY_MONTHS[hm.group()],) * 2)  # 国庆节期间 is in October
    return year, (best[1] if best else None)


# --------------------------------------------------------------------------- intervals


@dataclass(frozen=True)
class Interval:
    lo: Decimal | None
    lo_open: bool
    hi: Decimal | None
    hi_open: bool

    def contains(self, v: Decimal) -> bool:
        if self.lo is not None and (v < self.lo or (self.lo_open and v == self.lo)):
            return False
        if self.hi is not None and (v > self.hi or (self.hi_open and v == self.hi)):
            return False
        return True

    def within(self, other: "Interval") -> bool:
        """Is every point of self in other?"""
        if other.lo is not None:
            if self.lo is None or self.lo < other.lo or (self.lo == other.lo and other.lo_open and not self.lo_open):
                return False
        if other.hi is not None:
            if self.hi is None or self.hi > other.hi or (self.hi == other.hi and other.hi_open and not self.hi_open):
                return False
        return True

    def overlaps(self, other: "Interval") -> bool:
        lo = max((x for x in (self.lo, other.lo) if x is not None), default=None)
        hi = min((x for x in (self.hi, other.hi) if x is not None), default=None)
        return lo is None or hi is None or lo < hi


def _mantissa(f: Fact) -> tuple[Decimal | None, int, Decimal]:
    """(printed Arabic number, its decimals, the factor to the canonical value); the
    mantissa is None for Chinese numerals."""
    t = _norm_text(f.text)
    m = _NUM_RE.search(t) if not _FRACTION_TEXT.search(f.text) else None  # (1/3 prints no mantissa: 1 is its numerator)
    if m:
        s = m.group().replace(",", "")
        mant = Decimal(s)
        decs = len(s.split(".")[1]) if "." in s else 0
        base = f.low if f.qualifier == "more_than" and f.high is not None and f.low is not None else f.value
        if mant != 0 and base is not None and base != 0:
            return mant, decs, abs(base) / mant
        return mant, decs, Decimal(1)
    return None, 0, Decimal(1)


def printed_step(f: Fact, *, coarse: bool = False) -> Decimal:
    """One unit in the last printed place of ``f``, in canonical units.

    87.37% → 0.01; 1220.3亿元 → 1e7; 五十四万亿元 → 1e12 (a Chinese numeral's last
    non-zero place). With ``coarse``, trailing zeros of an Arabic integer count as
    not significant when two significant digits remain (1200亿 → 1e10).
    """
    mant, decs, factor = _mantissa(f)
    if mant is None:
        v = abs(f.value).normalize()
        exp = v.as_tuple().exponent
        return Decimal(1).scaleb(int(exp)) if isinstance(exp, int) else Decimal(1)
    step = Decimal(1).scaleb(-decs) * factor
    if coarse and decs == 0 and mant != 0:
        digits = str(int(abs(mant)))
        zeros = len(digits) - len(digits.rstrip("0"))
        if zeros and len(digits) - zeros >= 2:
            step = Decimal(1).scaleb(zeros) * factor
    return step


#: How far a share written as a fraction (1/3, 三分之一) reaches either side of its value,
#: relative to it: about halfway to the next simple fraction (1/4, 1/2 for 1/3).
FRACTION_TOL = Decimal("0.125")
_FRACTION_TEXT = re.compile(r"^\D*[0-9０-９]{1,2}\s*[/／]\s*[0-9０-９]{1,2}$|分之")


def interval(f: Fact, *, coarse: bool = False) -> Interval:
    """The values ``f``'s text allows (module docstring)."""
    v = _signed(f)
    half = printed_step(f, coarse=coarse) / 2
    if _FRACTION_TEXT.search(f.text):
        # (约1/3, 三分之一: a fraction names a round share, not its numerator's last place: 1/3
        # reaches 29.2%–37.5%, not 16.7%–50%)
        half = abs(v) * FRACTION_TOL
    q = f.qualifier
    if q == "more_than":
        hi = None
        if f.high is not None and f.low is not None and f.high > f.low:  # 700多亿 → (7e10, 8e10)
            hi = f.high if v >= 0 else None
        return Interval(v, True, hi, True)
    if q == "at_least":
        return Interval(v, False, None, True)
    if q == "nearly":
        if f.unit == "%" and _CHENG_TEXT.search(f.text):
            # (近一成 for 8.93%: a share in 成 is a round figure; "nearly" reaches a quarter 成 below it)
            return Interval(v - max(abs(v) * NEAR_TOL, NEAR_CHENG), False, v, True)
        return Interval(v - abs(v) * NEAR_TOL, False, v, True)
    if q == "less_than":
        return Interval(None, True, v, True)
    if q == "at_most":
        return Interval(None, True, v, False)
    if q == "about":
        tol = max(abs(v) * ABOUT_TOL, half)
        if _significant_digits(f) >= 3:
            # (约16.67% is a precise figure rounded, not a guess: 16.76% is another number)
            tol = min(tol, max(half * 4, abs(v) * ABOUT_TOL / 10))
        return Interval(v - tol, False, v + tol, False)
    if q == "several":
        return Interval(v, False, v * 10, True)
    return Interval(v - half, False, v + half, True)


def _significant_digits(f: Fact) -> int:
    """How many significant digits the figure's Arabic number is printed with (16.67% → 4,
    20.00% → 4, 3500亿 → 2; 0 for a Chinese numeral)."""
    mant, decs, _ = _mantissa(f)
    if mant is None:
        return 0
    digits = format(abs(mant), "f").replace(".", "").lstrip("0")
    return len(digits if decs else digits.rstrip("0"))


def _signed(f: Fact) -> Decimal:
    """The value with the sign a written minus gives it (-10.8% and 下降10.8% are both 10.8 down)."""
    # (a temperature below zero is a level with its sign: 跌破零下20℃ is no 20℃)
    # (a level keeps its sign whichever way it moved: 经营活动现金流量净额降为-5.06亿元 is -5.06)
    return abs(f.value) if f.value < 0 and f.direction == "down" and f.role == "delta" else f.value


# --------------------------------------------------------------------------- facts with context


@dataclass
class _Doc:
    name: str
    path: str | None
    text: str | None
    facts: list[Fact]
    line_starts: list[int] = field(default_factory=list)
    encoding: str | None = None
    kind: str = "text"  # text or table

    def line_of(self, f: Fact) -> int | None:
        if self.text is None:
            if f.source and Path(f.source).is_file():
                try:
                    raw = Path(f.source).read_text(encoding="utf-8", errors="replace")
                except OSError:
                    return None
                return raw.count("\n", 0, f.start) + 1
            return None
        return bisect.bisect_right(self.line_starts, f.start)


@dataclass
class _Item:
    fact: Fact
    doc: _Doc
    metric: str
    clause: str
    local: str  # raw text between the previous figure (or the sentence start) and this one
    subject: str | None  # canonical, specific
    subject_raw: str | None
    line: str
    places: frozenset
    line_places: frozenset
    period: tuple[str | None, tuple[int, int] | None]
    period_text: str | None
    title: str
    before: str = ""  # the text right before the figure in its sentence (normalised, no spaces)
    after: str = ""  # the text right after it
    namelike: bool = False  # does its subject look like a name (:func:`_namelike`)?
    shown: Fact | None = None  # the fact as extracted, when ``fact`` was adjusted for judging
    lead: str = ""  # the measure of the nearest figure before it in its sentence measuring another thing (弹簧扁钢营业收入 for its 毛利率)
    base: str | None = None  # what a change is measured against (:func:`_compare_base`)
    point: str | None = None  # the point in time words place it at (:func:`_point_in_time`)


_WS = re.compile(r"\s+")
#: Numbers (with their decimals and percent sign) masked when wordings are compared.
_NUMBERS = re.compile(r"[0-9][0-9.,]*%?")


def _wording(it: "_Item") -> str:
    """The words right before a figure, its numbers masked (分别下降#和)."""
    return _NUMBERS.sub("#", it.before)


def _surroundings(raw: str | None, f: Fact, width: int = 12) -> tuple[str, str]:
    """(up to ``width`` characters before the figure, up to ``width`` after), within its
    sentence, normalised (full-width digits, no spaces)."""
    if raw is not None and raw[f.start : f.end] == f.text:
        before, after = raw[max(0, f.start - 3 * width) : f.start], raw[f.end : f.end + 3 * width]
    else:
        i = f.sentence.find(f.text)
        if i < 0:
            return "", ""
        before, after = f.sentence[:i], f.sentence[i + len(f.text) :]
    before = before[max(before.rfind(c) for c in _SENT_BREAK) + 1 :]
    cut = [i for i in (after.find(c) for c in _SENT_BREAK) if i >= 0]
    after = after[: min(cut)] if cut else after
    before, after = _WS.sub("", _norm_text(before)), _WS.sub("", _norm_text(after))
    return before[-width:], after[:width]


def _local_context(raw: str | None, f: Fact, prev_end: int | None) -> tuple[str, str, str]:
    """(clause before the figure, the same with the clause before it, text since the
    previous figure or the sentence start)."""
    if raw is not None and raw[f.start : f.end] == f.text:
        a = max(0, f.start - 60)
        before = raw[a : f.start]
    else:
        s = f.sentence
        i = s.find(f.text)
        before = s[max(0, i - 60) : i] if i >= 0 else s[:60]
    cut = max(before.rfind(c) for c in _SENT_BREAK)
    sent_part = before[cut + 1 :]
    local = sent_part
    if prev_end is not None and raw is not None and prev_end <= f.start:
        since = raw[prev_end : f.start]
        if len(since) < len(local):
            local = since
    # (狭义货币(M1)余额: a code in brackets is part of the name, no clause break)
    named = _BRACKETED_CODE.sub("", sent_part)
    cl = max(named.rfind(c) for c in _CLAUSE_BREAK)
    clause = named[cl + 1 :]
    rest = named[: max(cl, 0)]
    cl2 = max(rest.rfind(c) for c in _CLAUSE_BREAK)
    return clause, rest[cl2 + 1 :] + "，" + clause, local


#: A time phrase the extractor left at the front of a subject (五年间全省, 今年全市).
_LEADING_TIME = re.compile(r"^(?:[0-9一二三四五六七八九十两]+年(?:间|来|内)|今年|去年|上年|近年来|近年|目前|当前|截至目前|同期)(?=\w{2})")


class _Normaliser:
    def __init__(self, lex: _Lex, entities: Sequence[str], name_suffixes: tuple[str, ...] = (), simplify=None, area_m2=None):
        self.lex = lex
        self.area_m2 = area_m2 or {}  # square metres in each unit of farmland of match.PLAIN_PER, from the unit table
        self.name_suffixes = name_suffixes  # what ends a name (公司, 集团, 区), from the engine's lexicon
        self.simplify = simplify or (lambda s: s)  # traditional -> simplified, the engine's script table
        ents = sorted({e for e in entities if e and len(e) >= 2}, key=len, reverse=True)
        # (国内外游客 names no 国内)
        # (其中卫生投入, 其中山东省: the 中 of 其中 opens no 中卫, no 中山)
        self.entity_re = re.compile("(?!(?<=其)中)(?:" + "|".join(map(re.escape, ents)) + ")(?!(?<=国内)外)") if ents else None
        self.cores = [(e, _core(e)) for e in ents if len(_core(e)) >= 4 and _core(e) != e]
        regs = sorted((r for r in lex.regions if r not in _GENERIC_SUBJECTS), key=len, reverse=True)
        self.region_re = re.compile("(?!(?<=其)中)(?:" + "|".join(map(re.escape, regs)) + ")") if regs else None

    def places(self, name: str | None) -> frozenset:
        """The regions a subject names (四川跨省跨区 → {四川}), by their short names."""
        if not name or self.region_re is None:
            return frozenset()
        found = (self.lex.subject_map.get(m, m) for m in self.region_re.findall(name))
        return frozenset(re.sub(r"(?:省|市|自治区|壮族|回族|维吾尔)$", "", m) for m in found)

    def metric(self, s: str, subject: str | None, period: str | None) -> str:
        out = self._metric(s, subject, period, True)
        return out if len(out) >= 2 else self._metric(s, subject, period, False)

    def _metric(self, s: str, subject: str | None, period: str | None, entities: bool) -> str:
        s = _norm_text(s or "")
        if entities and self.entity_re is not None:
            s = self.entity_re.sub("", s)
        for cut in (subject, period):
            if cut and len(cut) >= 2 and cut != s:
                s = s.replace(cut, "")
        s = self.lex.simplify(s)  # (營業收入 ~ 营业收入: compared, and looked up, as simplified)
        s = _PERIOD_CUT.sub("", s)
        s = _OWNER_CUT.sub("", s)
        if self.lex.metric_re is not None:
            s = self.lex.metric_re.sub(lambda m: self.lex.metric_map[m.group()], s)
        if self.lex.generic_re is not None:
            s = self.lex.generic_re.sub("", s)
        s = _VERB_CUT.sub("", s)
        s = _STRIP_RE.sub("", s)
        return self.lex.alone_map.get(s, s)

    def subject(self, s: str | None) -> str | None:
        if not s:
            return None
        s = _LEADING_TIME.sub("", self.lex.simplify(_norm_text(s).strip()))  # (五年间全省: 全省)
        if s in _GENERIC_SUBJECTS or s.startswith("该") or len(s) < 2:
            return None
        return self.lex.subject_map.get(s, s)

    def leading_entity(self, text: str) -> str | None:
        """A known name opening the clause or sentence part before a figure."""
        if self.entity_re is None or not text:
            return None
        t = re.sub(r"^[\s,，;；:：“”\"]*(?:其中|同时|此外|另外|而)?[,，]?", "", _norm_text(text))
        m = self.entity_re.match(t)
        return m.group() if m else None

    def find_entity(self, text: str, fuzzy: bool = False) -> str | None:
        """The last known subject name in ``text`` (a clause before a figure); with
        ``fuzzy``, a name whose core's first four characters appear also counts."""
        if self.entity_re is None or not text:
            return None
        t = _norm_text(text)
        # (海尔股份(香港)有限公司: a place in brackets inside a firm's name is no subject)
        found = [
            (m.start(), m.group()) for m in self.entity_re.finditer(t)
            if not (m.start() > 0 and t[m.start() - 1] in "(（" and _IN_FIRM_NAME.match(t, m.end()))
            and not _OFFICE_OF_PLACE.match(t, m.end())  # (记者从厦门海关获悉: the office's place is not whose figures they are)
            and m.group() not in _SCOPE_WORDS  # (实现国内旅游收入: a scope, no one's name)
            # (公司10月在上海、杭州、成都新增3个项目: where a deed was done, not who did it)
            and not (_LOCATIVE_LIST.search(t, 0, m.start()) and t[m.end() : m.end() + 1] not in ("", "，", ",", "的"))
        ]
        if fuzzy:
            for name, core in self.cores:
                for j in range(len(core) - 3):
                    i = t.rfind(core[j : j + 4])
                    if i >= 0:
                        found.append((i, name))
                        break
        return max(found)[1] if found else None


#: Words of scope that measures open with (国内旅游收入, 海外营收): no one's name.
_SCOPE_WORDS = frozenset(("国内", "国外", "境内", "境外", "海外", "省内", "省外", "市内", "市外"))


def _whole_named(s: "_Item", name: str) -> bool:
    """Is ``s``'s subject the whole of a kind of place (全市) that its document names ``name``
    as (徐州 for 全市 in 徐州市生态环境状况公报)?"""
    suffix = _WHOLE_REGION.get(s.subject_raw or "")  # (the extractor's table: 全市 -> 市)
    if suffix is None or not name:
        return False
    return (name if name.endswith(suffix) else name + suffix) in s.doc.text


#: An office named after its place (厦门海关, 福州市统计局, 省商务厅): the place is the office's.
_OFFICE_OF_PLACE = re.compile(r"(?:市|省|区|县)?(?:海关|统计局|调查总队|调查队|商务局|商务厅|发改委|税务局|海事局|气象局|气象台|人民政府|政府)")
#: 在 and the places listed after it, up to a name (在上海、杭州、成都): a locative phrase.
_LOCATIVE_LIST = re.compile(r"在(?:[\u4e00-\u9fff]{2,6}[、和及与])*$")
#: The close of a bracket inside a firm's name, and the name going on: (香港)有限公司.
_IN_FIRM_NAME = re.compile(r"[)）](?:有限|股份|集团|控股|公司|分公司)")


_PERIOD_CUT = re.compile(
    r"(?:\d{4}年)?(?:\d{1,2}[-—–~至到]\d{1,2}月份?|\d{1,2}月份?|[一二三四1-4]季度|第[一二三四]季度|上半年|下半年|前三季度|前[一二三四五六七八九十\d]+个?月)(?:末|底|初)?"  # (二季度末全省: the end of the quarter too)
    r"|(?:\d{4}年|今年|去年|上年)(?:末|底|初)|年末|年底|年初|\d{4}年|今年以来|今年|去年|全年|一季度|首季|当季度|当季|本季度|上季度|当月|本月|上月|各季度|各月份?"
)
#: Whose share of a result a measure is (归属于股权持有人的净利润, 股东应占净利润): the result is one
#: measure however its owners are named.
_OWNER_CUT = re.compile(
    r"(?:归属于|归属|归于)[^，,。的]{1,14}的|[\u4e00-\u9fff]{1,8}应占(?=[\u4e00-\u9fff]{2})"
    r"|(?<=占)(?:本公司|该公司|公司|集团|本集团)(?=[\u4e00-\u9fff]{2})"  # (占公司总股本 ~ 占总股本: whose whole it is goes without saying)
)
_VERB_CUT = re.compile(
    r"(?:同比)?(?:增长|增加|提升|提高|上涨|上升|下降|减少|下跌|回落|降低|加快|放缓|扩大|收窄)(?:(?:预期)?目标(?:定|设定|设|调整)?)?$"
)


_LEADING_NAME = re.compile(
    r"^(?:目前|今年|去年|截至目前|其中|同时|此外)?[，,]?([\u4e00-\u9fff]{2,8}?(?:有限公司|公司|集团|新区|高新区|开发区|区|市|县|省|镇|乡|州))"
    r"(?![场民域级内外委属里长政容貌值价房商])(?<!城市|上市|开市)(?=[已将在共累计全新总年计划实现完成的\u4e00-\u9fff])"
)


#: Words that make a phrase ending in 公司 a description, not a name: 实现归属于母公司(股东的净利润).
_NOT_A_NAME = re.compile(r"^(?:实现|完成|录得|获得)|归属|属于")
#: What no name before a figure holds: 记者从两省 is who asked where, not a place.
_NOT_IN_NAME = re.compile(r"记者|[从据向对在两几各]")


def _leading_name(local: str) -> str | None:
    """A place or company name opening the clause before a figure (万柏林区已储备项目)."""
    clause = re.split(r"[，,；;：:。]", local)[-1]
    for part in (clause, local):
        part = part.strip()
        pm = _PERIOD_CUT.match(part)
        if pm:
            part = part[pm.end() :]  # (上半年全市…: the period is no part of a name)
        m = _LEADING_NAME.match(part)
        if m and not m.group(1).startswith(("该", "全", "本", "我")) and not _NOT_A_NAME.search(m.group(1)) and not _NOT_IN_NAME.search(m.group(1)):
            return m.group(1)
    return None


_ORG_NOUNS = frozenset("公司 集团 企业 单位 机构 地区 省份 城市 区域".split())
_PLACE_CHARS = frozenset("省市区县镇乡州村厂局行")
_SECTION_NOUNS = frozenset("业务 板块 产品 品牌 部门".split())


def _refers_to(local: str, subject: str | None) -> bool:
    """Does a 该X before a figure point back to ``subject``? 该公司 / 该区 do (for a company,
    a district); 该航线 / 该项目 only when the subject is one (its name contains 航线 / 项目)."""
    if not subject:
        return False
    for m in re.finditer(r"该([\u4e00-\u9fff]{1,2})", local):
        noun = m.group(1)
        if noun in _ORG_NOUNS or (len(noun) == 2 and noun in subject) or noun in _SECTION_NOUNS:
            return True  # (该业务 under the sub-heading 碘及衍生物: the extractor resolved it)
        if noun[0] in _PLACE_CHARS and noun[0] in subject:
            return True
    return False


_SPEAKER_AFTER = re.compile(rf"^[^，。；]{{0,4}}?(?:发布|显示|表示|称|介绍|透露|指出|统计|公告|报告(?!期)|{OPINION_VERBS}|数据)")


#: 公司 heading the clause after someone's forecast or word (华鑫证券预测，公司2025年营业收入…):
#: the company of the article, not the speaker.
_COMPANY_HEAD = re.compile(rf"(?:{OPINION_VERBS}|表示|指出|称)[，,：:]\s*(?:本|该)?公司(?![的之])")


def _is_speaker(name: str, raw: str | None, f: Fact) -> bool:
    """Is ``name`` who reports the figure (国家统计局发布数据显示) rather than whose it is? Not
    a side speaking for itself (智利方面表示: the figures that follow are Chile's)."""
    if name.endswith("方面"):
        return False
    text = raw[max(0, f.start - 200) : f.start] if raw is not None and raw[f.start : f.end] == f.text else f.sentence
    i = text.rfind(name)
    return i >= 0 and bool(_SPEAKER_AFTER.match(text[i + len(name) :]))


#: Metric words that say "the rate of change of" rather than what is measured.
_RATE_METRICS = frozenset({"增速", "涨幅", "降幅", "跌幅", "增长率"})


def _pick_clause(norm: "_Normaliser", clause: str, clause2: str, f: Fact) -> str:
    """The clause before the figure, normalised; with the clause before it when it says
    no more than 同比下降."""
    c = norm.metric(clause, f.subject, f.period)
    return c if len(c) >= 2 else norm.metric(clause2, f.subject, f.period)


def _line_text(raw: str | None, f: Fact) -> str:
    if raw is None or raw[f.start : f.end] != f.text:
        return _norm_text(f.sentence)
    a = raw.rfind("\n", 0, f.start) + 1
    b = raw.find("\n", f.end)
    return _norm_text(raw[a : b if b >= 0 else len(raw)])


#: 每亩 or 每公顷 right before a figure (words between, no figure): an amount per that area,
#: which the extractor writes plain (match.PLAIN_PER).
#: (亩产 and 亩均 say per mu as 每亩 does: 平均亩产452.6公斤 is 每亩平均产量452.6公斤)
_PLAIN_AREAS = "|".join(sorted(PLAIN_PER))
_PER_AREA_BEFORE = re.compile(rf"(?:每({_PLAIN_AREAS})|({_PLAIN_AREAS})(?=产|均))[^，,。；;0-9０-９]{{0,10}}$")

#: Classifiers that count people, one unit to the checker (2名, 2位, 2人).
_PEOPLE_CLASSIFIERS = {"名": "人", "位": "人"}


#: A rate named by itself (增速比上年加快1.3个百分点): whose rate it is, the claim's measure says.
_BARE_RATE_WORDS = frozenset({"增速", "增幅", "涨幅", "降幅", "跌幅", "增长率", "增长速度"})


#: A name opening on an ordinal (第一产业), which a list may write short (第一、第三产业).
_ORDINAL_NAME = re.compile(r"第[一二三四五六七八九十]")


def _named_in(name: str | None, text: str) -> bool:
    """Does ``text`` name ``name``, in full or as its ordinal in a list written short (第一产业 in
    第一、第三产业)?"""
    return _mentions(name, text) or bool(name and _ORDINAL_NAME.match(name) and re.search(re.escape(name[:2]) + "[、和及与]", text))


def _items(doc: _Doc, norm: _Normaliser, draft: bool = False) -> list[_Item]:
    out = []
    prev_end: int | None = None
    # (增长10.11%至2041.11亿元: the change states the direction; its level is judged as a level)
    # (not a change of another measure grouped in the claim: 出岛85万头，同比增长一成多；…日出岛量增加到1000至3000头)
    # (but 升至1.23%，较年初下降0.08个百分点: a level's own verb against its change's is the draft's word)
    told = {(f.claim, f.metric, f.direction) for f in doc.facts if f.role == "delta" and f.direction} if draft else set()
    per_area: tuple[str, str, str, int] | None = None  # (area, unit, sentence, end) of the last amount per area
    claim_measure: dict[str, str] = {}  # the measure each claim first names (a bare 增速 later is its rate)
    sentence_measure: dict[str, str] = {}  # the measure each draft sentence names last
    for f in sorted(doc.facts, key=lambda x: (x.start, x.end)):
        shown = None
        if f.kind == "count":
            # (戶 and 户 count the same thing; so do 两名 and 2位 and 2人, people counted)
            unit = norm.simplify(f.unit)
            unit = _PEOPLE_CLASSIFIERS.get(unit, unit)
            if unit != f.unit:
                f = f.model_copy(update={"unit": unit})
        if f.kind == "money" and f.unit.endswith("/股"):
            # (a table's 元/股 column and prose's 基本每股收益0.38元 print the same amount: the
            # measure says it is per share)
            f = f.model_copy(update={"unit": f.unit[:-2]})
        if f.role == "after" and (f.claim, f.metric, f.direction) in told and f.direction:
            shown, f = f, f.model_copy(update={"direction": None})
        clause, clause2, local = _local_context(doc.text, f, prev_end)
        pa = _PER_AREA_BEFORE.search(local) if f.kind in ("measure", "money") and "/" not in f.unit else None
        area = (pa.group(1) or pa.group(2)) if pa else None
        if (
            area is None and per_area is not None and f.kind in ("measure", "money") and f.unit == per_area[1]
            and f.sentence == per_area[2] and f.start - per_area[3] <= 24
        ):
            area = per_area[0]  # (每亩392.6公斤，比上年减少0.3公斤: the area the sentence quoted still holds)
        area = area if area in norm.area_m2 else None
        per_area = (area, f.unit, f.sentence, f.end) if area else None
        if area:
            # (每亩392.6公斤, written plain by the extractor as gold writes it, against 392.6公斤/亩:
            # both are an amount per area to the checker)
            inv = 1 / norm.area_m2[area]
            shown = shown or f
            f = f.model_copy(update={
                "unit": f"{f.unit}/m2", "value": _mulf(f.value, inv), "low": _mulf(f.low, inv), "high": _mulf(f.high, inv),
            })
        prev_end = f.end
        ptext = _fact_period(doc.text, f, carried=not draft)
        line = _line_text(doc.text, f)
        subj = norm.subject(f.subject)
        raw_subj = f.subject
        # (西安、兰州…，分别达24.5％和22.2％; 第一、第三产业…分别为, an ordinal list written short)
        paired = ("分别" in local and _named_in(f.subject, f.sentence)) or _is_ratio_part(doc.text, f)
        if subj is not None and not _mentions(f.subject, local) and not paired:
            # another name stands between the sentence start and the figure: it is whose
            # figure this is (碧桂园合同销售金额约177.3亿元 after a sentence about 万科)
            near = norm.leading_entity(local)
            if near is not None and norm.subject(near) is not None and norm.subject(near) != subj and not _is_speaker(near, doc.text, f):
                subj, raw_subj = norm.subject(near), near
        company_head = bool(_COMPANY_HEAD.search(local))
        refers = "其" in local or ("该" in local and (not draft or _refers_to(local, f.subject))) or company_head
        if subj is not None and not (_named_in(f.subject, line) or refers or paired):
            # carried from a title or an earlier paragraph: a name near the figure wins
            near = norm.find_entity(local, fuzzy=True)
            if near is not None:
                subj, raw_subj = norm.subject(near), near
            elif draft:  # a draft's carried subject is a guess; a source's is its article's
                subj, raw_subj = None, None
        if subj is not None and raw_subj and not company_head and _is_speaker(raw_subj, doc.text, f):
            subj, raw_subj = None, None
        if subj is None:
            ent = norm.find_entity(local, fuzzy=True) or norm.find_entity(f.metric or "") or _leading_name(local)
            subj, raw_subj = norm.subject(ent), ent or f.subject
        local_n = _norm_text(local)
        m_text = f.metric
        if m_text in _BARE_RATE_WORDS and (owner := claim_measure.get(f.claim) or sentence_measure.get(f.sentence)):
            # (增长8.1%，增速比上年加快1.3个百分点: the rate of 规上工业增加值; a draft's GDP达53万亿元，
            # 同比增长6.7%，一季度、二季度增速均为6.7%: of the measure its sentence names last; a
            # source's 降幅比1-10月的19.8%收窄 is a rate compared with, kept apart)
            m_text = owner + m_text
        if f.metric and f.metric not in _BARE_RATE_WORDS and f.claim not in claim_measure:
            claim_measure[f.claim] = f.metric
        if draft and f.metric and f.metric not in _BARE_RATE_WORDS and len(f.metric) >= 2:
            sentence_measure[f.sentence] = f.metric
        out.append(
            _Item(
                fact=f,
                doc=doc,
                metric=norm.metric(m_text, f.subject, f.period),
                clause=_pick_clause(norm, clause, clause2, f),
                local=local_n,
                subject=subj,
                subject_raw=raw_subj,
                line=line,
                places=norm.places(raw_subj),
                line_places=norm.places(line),
                period=_report_period(_span_end(period_key(ptext), ptext, f.role), ptext, doc.text),
                period_text=ptext,
                title=f.title or "",
                base=_compare_base(local_n),
                point=_point_in_time(_COMPARE_BASE.sub("", local_n)),  # (比年初增长: a base, not when the figure holds)
                before=(around := _surroundings(doc.text, f))[0],
                after=around[1],
                shown=shown,
            )
        )
    # a figure whose own metric is empty (同比去年的542.3亿元) takes its neighbour's, and
    # one whose subject is unnamed takes the subject named earlier in its sentence
    for prev, it in zip(out, out[1:]):
        if prev.fact.sentence != it.fact.sentence:
            continue
        if (len(it.metric) < 2 or it.metric in _RATE_METRICS) and prev.fact.role != "delta" and len(prev.metric) >= 2 and not _counts_next_noun(it):
            it.metric = prev.metric
        if prev.fact.metric.startswith("占"):
            continue  # (数字经济占GDP比重逾40%，已累计建成5G站点…: a share's owner is no one's name)
        if prev.subject is not None and (it.subject is None or (it.subject != prev.subject and not _mentions(it.subject_raw, it.local))):
            if it.subject is not None and "分别" in it.fact.sentence and (_named_in(it.subject_raw, it.fact.sentence) or _named_in(it.subject_raw, it.line)):
                # (美国、欧洲和日本分别…0.3、0.2和0.1个百分点: the extractor paired the list, of this
                # sentence or of the one before its semicolon)
                continue
            if it.subject_raw and prev.subject_raw and re.search(
                re.escape(prev.subject_raw) + r"[、和及与]" + re.escape(it.subject_raw), it.fact.sentence
            ):
                continue  # (珠三角和环渤海以1545亿元和1406亿元: names listed as their figures are)
            if _parallel_labels(prev.local, it.local):
                continue  # (本科生7480元，硕士生10250元，博士生14600元: each item names its own group)
            if _is_ratio_part(it.doc.text, it.fact) or _other_sector(it.fact.metric, prev.subject_raw):
                continue  # (8.2:53.9:37.9, parts named by their places; 二产增加值 after 第一产业增长15.6%: its own sector's)
            it.subject, it.subject_raw, it.places = prev.subject, prev.subject_raw, prev.places
    for i, it in enumerate(out):
        it.namelike = _namelike(it, norm.name_suffixes)
        for prev in reversed(out[max(0, i - 4) : i]):
            if prev.fact.sentence != it.fact.sentence or prev.fact.start > it.fact.start:
                break
            if prev.metric != it.metric and len(prev.metric) >= 4:
                it.lead = prev.metric
                break
    return out


def _sector(text: str | None, rest: tuple[str, ...] | None = None) -> str | None:
    """The sector of the economy ``text`` opens with (第二产业增加值, 二产增加值 → 二), or None;
    with ``rest``, only when what follows the sector is one of those words."""
    m = _SECTOR_LEAD.match(text or "")
    if m is None or (rest is not None and (text or "")[m.end() :] not in rest):
        return None
    return next(c for c in m.group() if c in "一二三")


def _other_sector(metric: str | None, name: str | None) -> bool:
    """Does ``metric`` open with a sector of the economy other than the sector ``name``
    (二产增加值 against 第一产业)?"""
    a, b = _sector(metric), _sector(name, ("",))
    return bool(a and b) and a != b


def _other_sector_named(a: str | None, b: str | None) -> bool:
    """Do two owners name two sectors of the economy, each alone or with its 增加值 (第三产业
    against 第二产业增加值)?"""
    x, y = _sector(a, ("", "增加值")), _sector(b, ("", "增加值"))
    return bool(x and y) and x != y


#: The colon that joins the parts of a ratio (三次产业结构为8.2:53.9:37.9).
_RATIO_COLON = ":：∶"


def _is_ratio_part(text: str | None, f: Fact) -> bool:
    """Is ``f`` one part of a ratio (8.2:53.9:37.9)? The extractor names each part by its
    place in the list, so no name written before the ratio is whose part it is."""
    if text is None or text[f.start : f.end] != f.text:  # (a fact table read back: its sentence is all there is)
        text, at = f.sentence, f.sentence.find(f.text)
        if at < 0:
            return False
        start, end = at, at + len(f.text)
    else:
        start, end = f.start, f.end
    return (start > 0 and text[start - 1] in _RATIO_COLON) or text[end : end + 1] in tuple(_RATIO_COLON)


_DAY_DATE = re.compile(r"(\d{1,2})月(\d{1,2})日")


def _same_day(a: str | None, b: str | None) -> bool:
    """Do two period texts end on the same day (截至2022年11月30日 and 2022年11月30日: a level
    at one date, however it is introduced)?"""
    da, db = _DAY_DATE.findall(a or ""), _DAY_DATE.findall(b or "")
    return bool(da and db and da[-1] == db[-1])


_DAY_RE = re.compile(r"([0-9]{1,2})月([0-9]{1,2})日")


def _last_day_match(local: str) -> re.Match | None:
    """The last date (12月18日) written in a figure's own words, if any."""
    return _last_match(_DAY_RE, _cn_small(_norm_text(local)))


def _last_day(local: str) -> tuple[int, int] | None:
    """(month, day) of the last date written in a figure's own words (由12月18日的), if any."""
    m = _last_day_match(local)
    return (int(m.group(1)), int(m.group(2))) if m else None


def _when(it: _Item, default: str = "?") -> str:
    """The time a figure is given for, as an explanation shows it: its period, or the date its
    own words name when the period does not (由12月14日的128元)."""
    if _start_without_period(it) and (end := _partner(it)) is not None and end.period[0]:
        return f"the start of a change ending at {end.fact.text} in {_when(end)}"  # (由…的57.2%上升到70.2%)
    m = _last_day_match(it.local)
    day = m.group(0) if m else None
    if day and day not in _cn_small(_norm_text(it.period_text or "")):
        return day
    return _shown_period(it.period_text) or default


#: Where a period's own words start in the text kept before it (追觅科技去年10月 → 去年10月).
_PERIOD_START = re.compile(r"截至|截止|自|今年|去年|上年|本年|明年|前年|当年|目前|(?<!目)前|近|全|[上下]半年|[0-9０-９一二三四五六七八九十]")


def _shown_period(text: str | None) -> str | None:
    """A period as an explanation shows it: from the word that opens it (the characters kept
    before it, the end of a name or a verb, are left out)."""
    if not text:
        return text
    m = _PERIOD_START.search(text)
    return text[m.start() :] if m else text


def _scopes_a_figure(it: _Item) -> bool:
    """Is a count the set another figure of its clause is of (11月30个重点城市新房成交面积超过1350万
    平方米: the thirty cities are the scope, whatever the month)?"""
    raw, f = it.doc.text, it.fact
    if raw is None or raw[f.start : f.end] != f.text:
        return False
    return bool(_SCOPE_THEN_FIGURE.match(raw, f.end))


#: A count's noun running on, with no break, to another figure of the clause.
_SCOPE_THEN_FIGURE = re.compile(r"[\u4e00-\u9fff“”]{2,24}?[0-9０-９]")


def _dated_here(it: _Item) -> bool:
    """Do the words between the figure before and this one name a time (今年上半年…配套50万辆)?"""
    return bool(_PERIOD_FIND.search(it.local) or _REL_YEAR.search(it.local))


def _counts_next_noun(it: _Item) -> bool:
    """Is ``it`` a count followed by the noun it counts (分处6个镇、街道)? Then it does not
    take its neighbour's measure (20个项目 before it counts projects, not towns)."""
    # (与截至2023年8月31日的793间相比: a comparison goes on, no noun)
    return it.fact.kind == "count" and bool(re.match(r"[\u4e00-\u9fff]", it.after)) and not re.match(r"[的是为了和与及在将已]|相比|相较|比|较|以上|左右|之多", it.after)


_PERIOD_FIND = re.compile(
    r"\d{1,2}月\d{1,2}日[-—–~至到]\d{1,2}月\d{1,2}日|\d{4}[年届]|\d{1,2}月?[-—–~至到]\d{1,2}月份?|\d{1,2}月份?(?:[上下]半月|[上中下]旬)?|第?[一二三四1-4]季度|上半年|下半年|前三季度|前[三六九3-9]个月|全年|[13一三]季报|半年报|中报"
)


# --------------------------------------------------------------------------- scoring


_ROLE_FIT = {
    ("value", "value"): 1.0, ("before", "before"): 1.0, ("after", "after"): 1.0, ("delta", "delta"): 1.0,
    ("value", "after"): 0.92, ("after", "value"): 0.92, ("value", "before"): 0.8, ("before", "value"): 0.8,
    ("before", "after"): 0.7, ("after", "before"): 0.7,
}


def _unit_fit(d: Fact, s: Fact) -> float:
    if d.unit == s.unit:
        return 1.0
    if {d.unit, s.unit} <= {"%", "pp"}:
        return 0.8
    if d.kind == s.kind:
        return 0.5 if d.kind == "count" else 0.7
    return 0.35


def _subject_sim(a: _Item, b: _Item) -> float:
    if a.subject is None or b.subject is None:
        return 0.5
    sim = _sim(a.subject, b.subject)
    if sim == 0 and (_PEOPLE_GROUP.fullmatch(a.subject) or _PEOPLE_GROUP.fullmatch(b.subject)):
        return 0.5  # (城镇居民 against 全省's: a group of people the extractor names is part of the place)
    if sim == 0 and (_MEASURE_AS_PART.search(a.subject) or _MEASURE_AS_PART.search(b.subject)):
        return 0.5  # (经济总量占全区的比重 against 全市's: a share's part named by its measure, not a rival name)
    if sim == 0 and (f"“{a.subject}”" in (b.fact.metric or "") or f"“{b.subject}”" in (a.fact.metric or "")):
        return 0.5  # (“00后”新生约占 against 湖南大学's “00后”新生比例: a quoted term named in the other's measure)
    return sim


#: A share's part named by a whole measure (经济总量, 进出口总额), which the extractor gives as the subject.
_MEASURE_AS_PART = re.compile(r"^[\u4e00-\u9fff]{0,3}(?:总量|总额|总值|规模)$")


_NAME_SUFFIX = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|股份公司|公司|集团|控股)")


def _core(name: str) -> str:
    """A name without its legal suffix and brackets: 太重集团(大同)起重机有限公司 → 太重大同起重机."""
    return re.sub(r"[()（）\s·]", "", _NAME_SUFFIX.sub("", name)) or name


def _mentions(name: str | None, text: str) -> bool:
    """Is ``name`` (or four characters of its core in a row) in ``text``?"""
    if not name or not text:
        return False
    if name in text:
        return True
    core = _core(name)
    if core in text:
        return True
    k = min(4, len(core))
    if k < 2:
        return False
    return any(core[i : i + k] in text for i in range(len(core) - k + 1))


def _namelike(it: _Item, suffixes: tuple[str, ...] = ()) -> bool:
    """Does the item's subject look like a name: a place, or a phrase ending in a name
    suffix (``suffixes``, else the built-in ones: 公司, 集团, 银行, 区) that does not open
    with a determiner (这些公司)? Computed once per item by :func:`_items`."""
    name = it.subject_raw or it.subject or ""
    if _CLAUSE_OPEN.match(name):
        return False  # (经省市统一核算: a preposition opens a clause, not a name)
    if it.places:
        return True
    if name.startswith(("这", "那", "该", "各", "其", "本", "此", "所属", "下属", "旗下", "直属")):
        return False  # (所属机场 of 集团所属机场: the owner's own units, described, not named)
    if name.endswith(suffixes or _name_suffixes()):
        # (提升也为公司, 自公司: a clause's words before a suffix are no name)
        return not _CLAUSE_IN_NAME.search(name)
    # a short name with no suffix (万科, 碧桂园) — unless it is made of common words
    return bool(_SHORT_NAME.fullmatch(name)) and not _NOT_NAME_CHARS.search(name)


#: Function words inside a phrase ending in a name suffix, which make it a clause, not a name.
_CLAUSE_IN_NAME = re.compile(r"^[自占从对向由在]|[也为了将把被而但仅都又再]|导致|使得|回购|注销|上升|下降|增长|出售|收购|转让|购买")
#: Prepositions and adverbs that open a clause (经省市统一核算, 据统计, 接连回购注销公司).
_CLAUSE_OPEN = re.compile(r"[经据按自从由向]|接连|相较|相比")


_SHORT_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,5}")
#: Characters and words that are no names: times, sums, profits, adverbs (盈利, 累计, 单季合计, 平均市,
#: 不过); 保利 and 平安 are names.
_NOT_NAME_CHARS = re.compile(
    r"[已今年月季累增减率额值量过但而且同比环]|累计|合计|平均|盈利|亏损|利润|净利|研究|调查|统计|数据|股价|自$"
    r"|投入|收入|支出|费用|成本|收益|销售|^行业$|直播"  # (研发投入, 行业 alone: measures, no names; 新能源行业 is one)
    r"|^(?:收购|出售|转让|购买)$"  # (a verb of a deal taken for a subject: 收购)
)


@functools.lru_cache(maxsize=1)
def _name_suffixes() -> tuple[str, ...]:
    from .attribute import _default_lexicon

    return tuple(x for x in _default_lexicon().suffixes if x)


_GROUP_SEP = re.compile(r"[、和与及]")


def _nearer(text: str, these: Iterable[str], those: Iterable[str]) -> bool:
    """Is one of ``these`` named in ``text`` after every one of ``those``?"""
    a = max((text.rfind(p) for p in these), default=-1)
    return a >= 0 and a > max((text.rfind(p) for p in those), default=-1)


#: Subjects that name a scope, not a rival: a body or trade inside it may own the same figure.
_SCOPES = frozenset({"全国", "我国", "中国", "全球", "世界"})


#: Pairs of characters that, as the one difference between two names, make them opposites.
_OPPOSED = frozenset(
    frozenset(p) for p in "内外 上下 东西 南北 进出 城乡 男女 大小 前后 高低 长短 多少 新旧 买卖 收支 左右 公私 轻重 冷热 老新 硕博 本硕 本博 专本".split()
)
_NUMERAL_CHARS = frozenset("一二三四五六七八九十0123456789")


def _opposites(a: str, b: str) -> bool:
    """Are two names the same but for one character, opposed or another numeral (境内/境外,
    第一产业/第二产业, 一线城市/二线城市)?"""
    if len(a) != len(b) or a == b:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    return frozenset((x, y)) in _OPPOSED or (x in _NUMERAL_CHARS and y in _NUMERAL_CHARS)


def _siblings(a: str, b: str) -> bool:
    """Are two names of one kind told apart by their heads alone (长兴分中心 and 吴兴分中心, 1号线
    and 7号线): the same ending of two or more characters after heads of one to three characters,
    as long as each other and with no character in common?"""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    ha, hb = a[: len(a) - n], b[: len(b) - n]
    return n >= 2 and 1 <= len(ha) == len(hb) <= 3 and not set(ha) & set(hb)


_LABEL = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,8}$")


def _parallel_labels(prev_local: str, local: str) -> bool:
    """Does each of two neighbouring figures follow its own label, the two of one kind
    (本科生7480元，硕士生10250元, 一线城市…，二线城市…): a list of items, neither owning the other's figure?"""
    a = _LABEL.search(prev_local.strip("，,、；;：: "))
    b = _LABEL.search(local.strip("，,、；;：: "))
    if not (a and b) or len(local.strip("，,、；;：: ")) != len(b.group()):
        return False
    x, y = a.group(), b.group()
    x = x[-len(y):] if len(x) > len(y) else x
    return _opposites(x, y) or _siblings(x, y)


#: A generic head naming a region as an area or a market (东南亚地区, 东南亚市场, 长三角区域).
_AREA_HEAD = re.compile(r"(?:地区|市场|区域|一带|地带|片区)$")


def _same_name(a: str, b: str) -> bool:
    """Do two subjects name the same one (by similarity, core name or abbreviation:
    交行 for 交通银行, 成都 for 成都市)?"""
    if _opposites(a, b):
        return False  # (境内收入 against 境外收入, 第一产业 against 第二产业: one character apart, and opposed)
    if _siblings(a, b):
        return False
    if _sim(a, b) >= 0.6 or _sim(_core(a), _core(b)) >= 0.6:
        return True
    if _core(a) in _core(b) or _core(b) in _core(a):
        return True
    ra, rb = _AREA_HEAD.sub("", a), _AREA_HEAD.sub("", b)
    if len(ra) >= 2 and ra == rb:
        return True  # (东南亚市场 and 东南亚地区: one region, named as a market or as an area)
    return _abbreviates(a, b) or _abbreviates(b, a)


def _own_figure(d: _Item, s: _Item, fitting: list[_Item], where) -> _Item | None:
    """Of the candidates ``fitting`` as well as ``s`` (or better), the one figure the sources
    give the draft's own subject, named in ``where(t)`` (its sentence or line), for the
    draft's measure at least as closely as ``s`` and with another value: the figure the draft
    meant, when ``s`` states its number for someone else."""
    df = d.fact
    named = [
        t for t in fitting
        if t is not s and t.subject == d.subject and _mentions(t.subject_raw or t.subject, where(t))
        and t.fact.unit == df.unit and _role_ok(d, t) and not _relate(df, t.fact) and not _period_conflict(d, t)
        and _metric_sim(d, t) >= _metric_sim(d, s)
    ]
    return named[0] if len(named) == 1 else None


def _is_part(it: _Item) -> bool:
    """Is the figure stated for a part, in a clause opened by 其中 (其中，住宅竣工面积…增长16.9%)?"""
    before = _sentence_before(it)
    at = before.rfind("其中")
    return at >= 0 and not re.search(r"[。；;]", before[at:])


def _claim_anchor(d: _Item, s: _Item, sources: list[_Item]) -> tuple[_Item, _Item] | None:
    """(the draft figure's claim-mate, the source's figure of that claim for the draft's
    measure) when the draft states its number in one claim with a figure the source puts in
    another claim, and that claim gives the measure another value: 文史类61548人，增幅8.38%
    against 理工类…增幅8.38%；文史类计划招生61548人…增幅3.57%. The mate, of another unit and
    printed once in the sources, tells which item the draft is about."""
    df = d.fact
    if not df.claim or not s.fact.claim:
        return None
    mates = [m for m in d.doc._items if m is not d and m.fact.claim == df.claim]  # type: ignore[attr-defined]
    if len(mates) != 1:
        return None  # (a claim of two figures only: a level and its change or share)
    m = mates[0]
    if m.fact.unit == df.unit or m.fact.unit in ("%", "pp") or len(_digits(m.fact.value)) < 3:
        return None  # (a percentage, or a round number, recurs by chance: no anchor)
    if len(d.metric) >= 2 and d.metric not in _RATE_METRICS and d.metric not in m.metric and m.metric not in d.metric:
        return None  # (…分别为11467万人和17185万人，本地农民工增长2.0%: the figure names its own item)
    twins = [t for t in sources if t.fact.unit == m.fact.unit and t.fact.value == m.fact.value and t.fact.role == m.fact.role]
    if len(twins) != 1 or not twins[0].fact.claim or twins[0].fact.claim == s.fact.claim:
        return None
    t = twins[0]
    # the mate, not the figure, may be the edit: it must fit its own twin better than the
    # figure of its unit in the claim the source gives the draft's number to
    rival = [u for u in s.doc._items if u is not s and u.fact.claim == s.fact.claim and u.fact.unit == m.fact.unit]  # type: ignore[attr-defined]
    if not rival or _score(m, t) < max(_score(m, u) for u in rival) + ANCHOR_MARGIN:
        return None
    own = _claim_figures_like(d, t)
    return (m, own[0]) if len(own) == 1 and not _relate(df, own[0].fact) else None


def _claim_figures_like(d: _Item, t: _Item) -> list[_Item]:
    """The figures of ``t``'s claim, other than ``t``, that could state the draft figure ``d``:
    its unit, a fitting role, no opposite direction."""
    return [
        u for u in t.doc._items  # type: ignore[attr-defined]
        if u is not t and u.fact.claim == t.fact.claim and u.fact.unit == d.fact.unit and _role_ok(d, u)
        and not _direction_conflict(d.fact, u.fact)
    ]


def _whole_for_part(d: _Item, s: _Item, sc: float, scored: list[tuple[float, _Item]]) -> _Item | None:
    """The whole the draft's figure is about, when the source figure stating its value is
    a part (其中，住宅竣工面积…增长16.9%) the draft does not name, and the whole (房屋竣工面积
    …增长16.3%) fits the draft's measure as well: 竣工面积则增长16.9% gives the part's
    figure to the whole."""
    if not _is_part(s) or _is_part(d) or not d.fact.metric:
        return None
    extra = s.fact.metric.replace(d.fact.metric, "") if d.fact.metric in (s.fact.metric or "") else ""
    if len(extra) < 2 or _mentions(extra, d.fact.sentence):
        return None
    wholes = [
        t for tsc, t in scored
        if tsc >= sc - AMBIG_MARGIN and t is not s and t.doc is s.doc and t.fact.start < s.fact.start
        and not _is_part(t) and t.fact.unit == d.fact.unit and d.fact.metric in (t.fact.metric or "")
        and _role_ok(d, t) and not _relate(d.fact, t.fact) and not _subject_conflict(d, t) and not _period_conflict(d, t)
        and _metric_sim(d, t) >= _metric_sim(d, s)
    ]
    return wholes[-1] if len(wholes) == 1 else None


#: A whole place named by its kind (全市, 全县): whose figure it is, told by the kind alone.
_WHOLE_SCOPE = re.compile(r"全([省市县区州国镇乡])")


def _people_kind(group: str) -> str:
    """Which of a place's people a group names: the town's (城镇常住居民, 城镇居民, 城市居民), the
    country's (农村常住居民, 农村居民, 农民), migrant workers from away or from here (外出农民工,
    本地农民工), everyone (全体居民, 城乡居民); else the group itself."""
    for kind, words in _PEOPLE_KINDS:
        if words.match(group):
            return kind
    return group


_PEOPLE_KINDS = (
    ("migrant_away", re.compile(r"外出农民工")),
    ("migrant_here", re.compile(r"本地农民工")),
    ("migrant", re.compile(r"农民工")),
    ("town", re.compile(r"城镇|城市|城区")),
    ("country", re.compile(r"农村|乡村|农民")),
    ("all", re.compile(r"全体|城乡|居民$")),  # (居民 alone: everyone)
)


def _subject_conflict(d: _Item, s: _Item) -> bool:
    """Does the draft give the figure to another subject than the source does?

    Only when both name one: the draft's subject is not the source's (by synonym, core
    name or similarity), the source does not mention it right before its figure, and the
    draft does not mention the source's subject near its figure. When the source's
    subject is not named near its figure (carried from earlier), a mention of the
    draft's subject anywhere in the source's paragraph also clears it.
    """
    dp_, sp_ = _PARTNER.search(d.fact.metric or ""), _PARTNER.search(s.fact.metric or "")
    if dp_ and sp_ and dp_.group("p") != sp_.group("p") and not _same_name(dp_.group("p"), sp_.group("p")):
        return True  # (对欧盟进出口 against 对美国进出口: the trade with another partner)
    dw, sw = _WHOLE_SCOPE.fullmatch(d.subject_raw or ""), _WHOLE_SCOPE.fullmatch(s.subject_raw or "")
    if dw and sw and dw.group(1) != sw.group(1) and _mentions(dw.group(), d.fact.sentence) and _mentions(sw.group(), s.fact.sentence):
        return True  # (全县累计降雨量 against 全市累计降雨量: the whole of another kind of place)
    if d.subject is None or s.subject is None:
        return False
    if _paired_sibling(d, s) is not None:
        return True
    if (
        _is_ratio_part(d.doc.text, d.fact) and _is_ratio_part(s.doc.text, s.fact)
        and _SECTOR_LEAD.fullmatch(d.subject_raw or "") and _SECTOR_LEAD.fullmatch(s.subject_raw or "")
    ):
        return d.subject_raw != s.subject_raw  # (结构为41.2:7.5:51.3 against 7.5:41.2:51.3: a part put in another's place)
    if _segment_against_whole(d, s) or _segment_against_whole(s, d):
        return True
    if _COUNTED_SET.match(d.subject_raw or d.subject) or _COUNTED_SET.match(s.subject_raw or s.subject):
        return False  # (三家公司基本每股收益分别为0.31元…: a counted set of owners names none of them)
    dg, sg = _PEOPLE_GROUP.fullmatch(d.subject), _PEOPLE_GROUP.fullmatch(s.subject)
    if (
        dg and sg and _people_kind(d.subject) != _people_kind(s.subject)
        and _mentions(d.subject_raw or d.subject, d.fact.sentence) and _mentions(s.subject_raw or s.subject, s.fact.sentence)
    ):
        return True  # (城镇常住居民 against 农村常住居民: another group of the place's people, both named)
    if dg or sg:
        return False  # (城镇居民 against 全省: a group of a place's people, one side names the group, the other the place)
    if (
        (_opposites(d.subject_raw or d.subject, s.subject_raw or s.subject) or _other_sector_named(d.subject_raw or d.subject, s.subject_raw or s.subject))
        and _mentions(d.subject_raw or d.subject, d.fact.sentence) and _mentions(s.subject_raw or s.subject, s.fact.sentence)
    ):
        return True  # (境内收入占比 against 境外收入占比, 第一产业 against 第二产业: the opposite part, named)
    if not (d.namelike and s.namelike):
        return False  # 盈利, 累计, 单季合计: a word the extractor took for a name decides nothing
    if (d.subject in _SCOPES and not s.places - {"全国"}) or (s.subject in _SCOPES and not d.places - {"全国"}):
        return False  # (全国 against 民航机场: the whole country scopes a body's figure, it names no rival)
    if _rivals(d, s):
        return True
    clash = bool(d.places and s.places and not (d.places & s.places))
    group = _GROUP_SEP.split(d.subject_raw or d.subject or "")
    if len(group) > 1 and any(len(g) >= 2 and (s.subject or "").startswith(g) for g in group):
        return False  # (江阴、上海两地 … 3730元 for 江阴地区: a group naming the source's subject)
    if not clash and _same_name(d.subject, s.subject):
        return False
    if clash and not any(_mentions(n, d.fact.sentence) for n in (d.subject, d.subject_raw) if n) and not any(p in d.fact.sentence for p in d.places):
        return False  # (2010年公司关联交易采购金额…2.72亿元, the draft's 郑州 carried by the extractor from elsewhere: a guess)
    if clash:  # 云南 against 四川: only a mention of the draft's place clears it
        if _nearer(s.local, d.places, s.places) or _nearer(d.local, s.places, d.places):
            return False  # (…广州和深圳两市…，广州新增8万辆: the place named last before the figure is whose it is)
        # (a subject named in the figure's own sentence is not inherited: …的营收和净利增幅分别为30.9%和80.81%)
        inherited = not (_mentions(s.subject, s.local) or _mentions(s.subject_raw, s.local) or _mentions(s.subject_raw, s.fact.sentence))
        if all(
            all(p in _sentence_before(x) for p in d.places | s.places) for x in (d, s)
        ) and not any(p in x.local for x in (d, s) for p in d.places | s.places):
            # (全国31个省(区、市)和新疆生产建设兵团的93个地市、1258所学校 in both: each sentence names
            # both places before the figure, neither right before it, so neither is shown to be whose it is)
            return False
        return not (inherited and d.places & s.line_places)
    names = {d.subject, d.subject_raw or d.subject}
    # (美国、欧洲和日本分别只贡献了0.3、0.2和0.1个百分点: a list before 分别 names every item,
    # and the extractor has paired each with its figure)
    paired = "分别" in s.local and (_mentions(s.subject, s.local) or _mentions(s.subject_raw, s.local))
    if not paired and any(_mentions(n, s.local) for n in names):
        return False
    if _mentions(s.subject, d.local) or _mentions(s.subject_raw, d.local):
        return False
    if _mentions(d.subject_raw or d.subject, s.fact.metric or "") or _mentions(s.subject_raw or s.subject, d.fact.metric or ""):
        return False  # (服务业 against 全国's 服务业生产指数: a part named in the other's measure)
    for a, b in ((s, d), (d, s)):
        seg = a.subject_raw or a.subject or ""
        sm = _SEGMENT_END.search(seg)
        if sm and sm.start() >= 2 and seg[: sm.start()] in (b.fact.metric or ""):
            return False  # (游戏业务 against 腾讯's 游戏收入: the segment is named in the other's measure)
    d_before = _sentence_before(d)
    if not any(_mentions(n, d.fact.sentence) for n in names) and (_mentions(s.subject_raw, d_before) or _mentions(s.subject, d_before)):
        # (国有锦绣旅游开发公司…，地接228人 in the draft too: its own sentence names the source's
        # subject; the draft's, named nowhere in it, was carried from before)
        return False
    # (银河电子、川大智胜和立讯精密分别盈利…，同比增长分别为18.10%、126.01%…: an item of a list the
    # extractor paired with the figure is named in its sentence, not carried)
    listed = "分别" in s.local and any(
        n and re.search(re.escape(n) + "[、和及与]|[、和及与]" + re.escape(n), s.fact.sentence) for n in {s.subject, s.subject_raw}
    )
    explicit = _mentions(s.subject, s.local) or _mentions(s.subject_raw, s.local) or listed
    if not explicit and any(_mentions(n, s.line) for n in names):
        return False
    if not any(_mentions(n, d.fact.sentence) for n in names) and not explicit and not _mentions(s.subject_raw, s.fact.sentence):
        return False  # (其中住宅施工面积…: neither sentence names whose figure it is; each is inherited)
    if not any(_mentions(n, d.fact.sentence) for n in names):
        # (…“春晓计划”推出32条扶持举措…；618期间700多个品牌成交额同比增长超100%: a subject the draft
        # names nowhere in the figure's sentence was carried there by the extractor, a guess, as
        # a carried period is; it contradicts no source naming another)
        return False
    if bool(d.places) != bool(s.places):  # a place and a project or firm in it (郑州市 … “城市大脑”项目)
        whole, inner = (d, s) if d.places else (s, d)
        if _mentions(inner.subject, whole.fact.sentence) or _mentions(inner.subject_raw, whole.fact.sentence):
            return False
    return True


def _owner_words(it: "_Item") -> str:
    """Whose figure an item is, in words: its subject, or the partner its measure of trade names."""
    pm_ = _PARTNER.search(it.fact.metric or "")
    if pm_:
        return f"the trade with {pm_.group('p')}"
    return it.subject_raw or it.subject or "?"


#: A partner a measure of trade names (对欧盟进出口, 与东盟贸易额, 向美国出口).
_PARTNER = re.compile(r"(?:对|与|向|自)(?P<p>[\u4e00-\u9fff“”]{2,12}?)的?(?:进出口|出口|进口|贸易)")
#: A subject that counts a set of owners: 三家公司, 6家上市公司, 两市.
_COUNTED_SET = re.compile(r"^[0-9一二两三四五六七八九十几数]+(?:家|个|只|所|位|名|市|省|地|国|大)")


def _segment_against_whole(a: _Item, b: _Item) -> bool:
    """Is ``a`` a business segment's figure (支付、云计算等业务) and ``b`` the named firm's own
    (腾讯), neither named in the other's measure? A segment's growth is not the firm's."""
    seg = a.subject_raw or a.subject or ""
    sm = _SEGMENT_END.search(seg)
    if sm is None or not b.namelike or b.places or _SEGMENT_END.search(b.subject_raw or b.subject or ""):
        return False
    core = seg[: sm.start()]
    if not _mentions(seg, a.fact.sentence):
        return False  # (a segment carried from a sentence before is a guess: 奶粉业务… 奶酪及其他产品实现营业收入…增长36.2%)
    # (…in the other's measure, sentence or paragraph: （三）微控制器（MCU）。第三季度实现收入3.27亿元)
    return len(core) >= 2 and core not in (b.fact.metric or "") and core not in b.line and not _mentions(b.subject_raw or b.subject, seg)


#: The word ending a business segment's name: 游戏业务, 地产板块, 海外分部.
_SEGMENT_END = re.compile(r"(?:业务|板块|分部|事业部|业务线)$")


def _rivals(d: _Item, s: _Item) -> bool:
    """Do the draft and the source give the figure to two parallel items the source itself
    lists side by side (第一产业 / 第三产业, 东部地区 / 西部地区: as long, the same last
    character), each sentence naming its own item last before the figure?

    (…第一产业增加值14.22亿元,增长2.5%…第三产业增加值80.13亿元,增长5.5% against a draft's
    第三产业…增长2.5%: names so alike pass for one by similarity, but the source's own line
    tells them apart)"""
    a, b = d.subject_raw or d.subject, s.subject_raw or s.subject
    if not a or not b or a == b or len(a) != len(b) or len(a) < 2 or a[-1] != b[-1]:
        return False
    if a not in s.fact.sentence or b not in s.fact.sentence:
        return False
    return _nearer(_sentence_before(s), {b}, {a}) and _nearer(_sentence_before(d), {a}, {b})


def _sentence_before(it: _Item) -> str:
    """The figure's sentence up to the figure (its own place when the sentence prints
    the same figure twice)."""
    f = it.fact
    sent = f.sentence or ""
    i = sent.find(f.text)
    raw = it.doc.text
    if raw is not None and raw[f.start : f.end] == f.text:
        j = i
        while j >= 0 and raw[max(0, f.start - j) : f.start - j + len(sent)] != sent:
            j = sent.find(f.text, j + 1)
        i = j if j >= 0 else i
    return sent[: i if i >= 0 else len(sent)]


def _abbreviates(short: str, long: str) -> bool:
    """Is ``short`` a Chinese abbreviation of ``long``: its characters in order, the
    first the same (交行 / 交通银行, 中石化 / 中国石化, 央行 / 中央银行)?"""
    if not (2 <= len(short) < len(long)) or short[0] != long[0]:
        return False
    it = iter(long)
    return all(c in it for c in short)


def _same_subject_known(d: _Item, s: _Item, cands: Sequence[tuple[float, _Item]] = ()) -> bool:
    """Is the draft figure known to be about the source figure's subject? (Needed before a
    plainly different value is called a contradiction.) True when the source names no
    subject, or the draft names the same one, or mentions it in its paragraph, or the
    draft names none and the sources state the measure for this one subject only (every
    candidate about as good as ``s`` has its subject or none)."""
    if s.subject is None:
        return True
    if d.subject is not None and not _subject_conflict(d, s):
        return True
    if _mentions(s.subject_raw, d.line) or _mentions(s.subject, d.line):
        return True
    if d.subject is None and cands:
        top = max(sc for sc, c in cands if c is s) if any(c is s for _, c in cands) else 0.0
        rivals = [c for sc, c in cands if sc >= top - EXCUSE_MARGIN and c.subject is not None]
        return all(c.subject == s.subject for c in rivals)
    return False


def _own_now_year(it: _Item) -> int | None:
    """The one year a figure's sentence goes on to after the figure, the present (上年…3485元，
    2017年又增加210元 -> 2017; not a year set against it, 而2013年仅为…), or None."""
    sent = _norm_text(it.fact.sentence)
    at = sent.find(_norm_text(it.fact.text))
    if at < 0:
        return None
    years = {int(m.group(1)) for m in re.finditer(r"(?<![0-9])((?:19|20)[0-9]{2})年(?:又|再次|再|继续|进一步|更是)", sent[at:])}
    return years.pop() if len(years) == 1 else None


def _year_only_as_base(s: _Item, year: str) -> bool:
    """Does the source figure's sentence name ``year`` only as what it is compared with (是2012年末的,
    较2012年, 比2012年同期, 与2012年相比)?"""
    sent = _norm_text(s.fact.sentence)
    named = [m.start() for m in re.finditer(rf"{year}年", sent)]
    bases = {m.start("y") for m in re.finditer(rf"(?:是|为|相当于|较|比|与|同比)(?P<y>{year}年)[^，。；]{{0,6}}?(?:的|相比|同期)", sent)}
    return bool(named) and set(named) <= bases


#: The span just before the figure's own, as a before's period: 上周, 上月, 上期, 前一交易日.
_PRIOR_SPAN = re.compile(r"上一?周|前一周|上一?个?月|上一?期|上一?季度|上旬|前一个?交易日|上一个?交易日|前一[日天]|昨日")


def _paired_sibling(d: _Item, s: _Item) -> _Item | None:
    """The figure the source pairs, in the same 分别 list as ``s``, with the draft's subject
    (接靠国际邮轮471艘次，接待游客284.7万人次，分别约占全国总量的47%和63% against the draft's
    游客…约占全国总量的47%): ``s`` is another item's."""
    if "分别" not in s.fact.sentence:
        return None
    # (the extractor's owner too: the checker may have put a name of the sentence before it)
    mine = {n for n in (d.subject_raw, d.subject, d.fact.subject) if n and len(n) >= 2}
    theirs = s.subject_raw or s.subject or ""
    if not mine or any(_mentions(n, theirs) or theirs in n for n in mine) or theirs in d.local:
        return None  # (…迈瑞医疗有345只: the draft names the source's owner too)
    for t in s.doc._items:  # type: ignore[attr-defined]
        if (
            t is not s and t.fact.sentence == s.fact.sentence and t.fact.unit == s.fact.unit and t.metric == s.metric
            and t.fact.role == s.fact.role and t.fact.value != s.fact.value
            and (own := t.subject_raw or t.subject or "") and len(own) >= 2 and any(n in own or own in n for n in mine)
            and not _NUMBER_LEAD.match(own) and not any(period_key(own))  # (10年期: a span of time, no one's name)
        ):
            return t
    return None


_NUMBER_LEAD = re.compile(r"[0-9０-９一二三四五六七八九十百]")


def _sibling_slip(d: _Item, sources: list[_Item]) -> tuple[str, _Item] | None:
    """(explanation, source item) when the one source figure printing the draft's number
    (three digits or more) is paired in a 分别 list with another item, and the draft gives the
    number to an item the list pairs with another figure: …乐通股份、西北化工…分别下滑…40.79%和
    29.41% against the draft's 西北化工降幅更达40.79%."""
    df = d.fact
    if df.value is None or len(_digits(df.value)) < 3:
        return None
    twins = [s for s in sources if s.fact.unit == df.unit and s.fact.value == df.value]
    if len(twins) != 1 or _direction_conflict(df, twins[0].fact):
        return None
    t = _paired_sibling(d, twins[0])
    if t is None:
        return None
    return f"the source gives {df.text} to {_owner_words(twins[0])}; to {_owner_words(t)} it gives {t.fact.text}", t


def _start_as_current(d: _Item, s: _Item) -> bool:
    """Is source figure ``s`` the start of a change whose end its sentence dates to the year
    draft figure ``d`` gives it as a plain level (2021年…由相当于全国的57.2%上升到70.2% against
    2021年…相当于全国的57.2%)? The start held before that year."""
    if d.fact.role != "value" or s.fact.role != "before" or not d.period[0]:
        return False
    end = _partner(s)
    if end is None or end.period[0] != d.period[0] or end.fact.value == s.fact.value:
        return False
    return _start_without_period(s)


def _start_without_period(it: _Item) -> bool:
    """Is ``it`` the start of a change whose own words name no period (由第29位提升至…)?"""
    if it.fact.role != "before":
        return False
    said = _INLINE_SPACE_RE.sub("", it.fact.sentence)
    at = said.find(_INLINE_SPACE_RE.sub("", it.fact.text))
    return at >= 0 and _undated_start(said[:at])


def _last_years_level(d: _Item, s: _Item) -> bool:
    """Is source figure ``s`` the year before's level of a measure whose current level its
    own sentence also gives (年均浓度为37.9微克/立方米，上年为42.6微克/立方米; 毛入学率为93.5%，
    比上年的92.7%提高), or the level of the span before it compared with (较上周的16.81元/公斤),
    while draft figure ``d`` states it undated, as the current level?"""
    if d.fact.role not in ("value", "after") or _relative_year(d) not in (None, 0):
        return False
    if _REL_YEAR.search(_norm_text(d.local)) or d.fact.unit != s.fact.unit:
        return False
    past = _REL_YEAR.findall(_norm_text(s.period_text or ""))
    if s.fact.role == "before" and _PRIOR_SPAN.search(s.period_text or "") and not _PRIOR_SPAN.search(d.local):
        # (较上周的16.81元/公斤下跌2.3% against the draft's 均价为16.81元/公斤: last week's level)
        past = ["上年"]
    if not past or _REL_YEAR_OFFSET[past[-1]] >= 0 or s.period[0] or s.fact.role not in ("value", "before"):
        return False
    return any(
        o is not s and o.fact.sentence == s.fact.sentence
        and o.fact.unit == s.fact.unit and o.fact.value != s.fact.value
        and o.fact.role in ("value", "after") and o.fact.metric == s.fact.metric
        and (not d.period[0] or d.period[0] == o.period[0])
        and not any(_REL_YEAR_OFFSET[w] < 0 for w in _REL_YEAR.findall(_norm_text(o.period_text or "")))
        for o in s.doc._items  # type: ignore[attr-defined]
    )


#: A week as the span a figure covers (本周, 上周, 当周, 11月第4周).
_WEEK = re.compile(r"本周|上周|当周|这周|该周|周内|同周|第[0-9一二三四五]周")


def _week_or_month(it: _Item) -> str | None:
    """"week" when the words dating a figure name a week, "month" when they name one month
    and no week (11月, 当月), else None."""
    text = _norm_text(it.period_text or "")
    if _WEEK.search(text):
        return "week"
    m = it.period[1]
    if (m and m[0] == m[1]) or _ONE_MONTH.search(text):
        return "month"
    return None


def _period_conflict(d: _Item, s: _Item) -> bool:
    if all(_LAST_YEAR_AS_PERIOD.fullmatch(x.fact.period or "") and x.fact.role == "before" for x in (d, s)):
        # (上年同期为10.86亿元 against a table's 上年同期 column: each the base of its own
        # current period, which the figures of that period are judged on)
        return False
    # 北京每月产生200多个 against 每天: a rate per another span of time
    df_, sf_ = _per_span(d.local), _per_span(s.local)
    if df_ and sf_ and df_ != sf_:
        return True
    if _daily_mean_against_day(d, s) or _daily_mean_against_day(s, d):
        return True  # (假期日均发送旅客68.9万人次 against 10月1日…当日发送旅客68.9万人次: one day is no average)
    if not d.period[0] and not s.period[0]:
        # 去年，上交所共受理149家 against 截至目前，上交所一共受理了149家: last year is not now
        for a, b in ((d, s), (s, d)):
            ra = _relative_year(a)
            if ra is not None and ra < 0 and b.point == "now" and _relative_year(b) in (None, 0):
                return True
    if _last_years_level(d, s) or _start_as_current(d, s):
        return True
    dk, sk = _week_or_month(d), _week_or_month(s)
    if dk and sk and dk != sk:
        return True  # (沪指本周累计上涨0.36% against 沪指11月累计上涨0.36%: a week's change is not the month's)
    if _counts_next_noun(d) and _counts_next_noun(s) and d.fact.value == s.fact.value and (
        not (_dated_here(d) and _dated_here(s)) or (_scopes_a_figure(d) and _scopes_a_figure(s))
    ):
        # (三个新景区共接待游客…: a count of things is not dated by its sentence; but 今年上半年…
        # 合计配套超过50万辆新能源汽车 is dated by its own words)
        return False
    if _base_conflict(d, s):
        return True
    (dy, dm), (sy, sm) = d.period, s.period
    if dy and sy and dy != sy:
        return True
    if not dy and not sy:
        # 去年该地区均价则为422元/吨 against 今年中南地区水泥均价达到422元/吨: years named
        # relative to the same now
        dr, sr = _relative_year(d), _relative_year(s)
        if dr is not None and sr is not None and dr != sr:
            return True
        if (
            dr is not None and dr < 0 and sr is None and dm and dm == sm and s.period_text
            and not _REL_YEAR.search(_norm_text(s.period_text)) and not _REL_YEAR.search(s.local)
            and not period_key(_sentence_before_figure(s))[0] and not _REL_YEAR.search(_sentence_before_figure(s))
        ):
            # 去年上半年全市实现地区生产总值1267.24亿元 against 上半年全市…1267.24亿元: the same
            # months, the source's of no year but its text's own (not 2021年…其中第四季度…3.7亿元,
            # its year named earlier in its sentence)
            return True
    if bool(dy) != bool(sy):
        # 今年以来…每公斤10.8元 against 2009年2月至2010年5月…每公斤10.8元, in a text that names
        # 2011: a year named relative to now against an earlier one
        # (not 当年, which names the year just mentioned; not a date the sentence opens with,
        # 今年1月23日，万科海外曾发布盈利预告，…收益大幅减少约13500万港元; not a plan's horizon,
        # 提出到2020年数字经济总量占GDP比重达40%, though a change's end, 增长到2010年83.5亿元)
        dated, other = (d, s) if dy else (s, d)
        words = _REL_YEAR.findall(_COMPARE_BASE.sub("", _norm_text(other.local)))
        r = _relative_year(other)
        year = dated.period[0]
        if (
            r is not None and r <= 0 and words and words[-1] != "当年"
            and not re.search(rf"(?<![长高升降少达增减涨跌])(?:到|至){year}|(?:力争|预计|计划|目标){year}", _norm_text(dated.local))
            and _later_year_named(dated, int(year) - r + 1)
        ):
            return True
        anchor = _own_now_year(other)
        if r is not None and r < 0 and words and words[-1] in ("上年", "去年", "上一年") and anchor is not None and anchor + r != int(year):
            # 上年农民工月均收入已达3485元，2017年又增加210元 against 2017年…3485元: the year its
            # own sentence goes on to name is now, 上年 the one before it
            return True
    if dy and not sy and _year_only_as_base(s, dy):
        # 截至2012年末…34.28户 against 我国每千人企业数量为34.28户，是2012年末的3.4倍: the year the
        # source compares with is not the one its figure holds for
        return True
    if bool(dm and sm and dm != sm) and not _same_day(d.period_text, s.period_text) and not _same_month_end(d, s):
        return True
    # (而在8个月期间，前COVID-19组约1/3(37%): a span named earlier in the sentence holds for the
    # figures after it, the bracketed restatement included)
    da = _span_of_years(d.local) or _span_of_years(_sentence_before_figure(d))
    sa = _span_of_years(s.local) or _span_of_years(_sentence_before_figure(s))
    if da and sa and da != sa:
        # 未来5年将投资1189亿元 against 未来10年…: two spans of years (one span against a period
        # within a year, 今年前8个月 against 5年来, was tried: it flagged a harmless figure)
        return True
    if _LAST_YEAR_AS_PERIOD.search(re.split(r"[，,；;]", d.local)[-1]) and not period_key(s.local)[0] and not _REL_YEAR.search(s.local):
        # 上年同期营业收入达到24.2亿元 against 营业收入达到24.2亿元 (or 上半年综合毛利率25.2%), dated
        # by its text's period or by months of no year named: the draft moved the figure to the
        # year before
        return True
    dt, st = d.point, s.point
    if dt and st and dt != st and not (dy and sy) and not (dm and sm):
        # 棕榈油价格从年初的10600元 against 年初报价8700元，近期价格已徘徊在10600元: the start of
        # the year is not the present, though neither names a year or month
        return True
    # 价格由12月18日的128元 against 由12月14日的128元: two days, named in the figures' own words
    dd, sd = _last_day(d.local), _last_day(s.local)
    if dd and sd and dd != sd:
        return True
    # 10月上半月 against 10月下半月: parts of one month (the key above counts whole months)
    dp, sp = _MONTH_PART.findall(d.period_text or ""), _MONTH_PART.findall(s.period_text or "")
    if dm and dm == sm and dp and sp and dp[-1] != sp[-1]:
        return True
    # 其中乘用车当月销量1549.5万辆 against 1-10月…1549.5万辆: one month's figure is not a running total
    dk, sk = _month_span_kind(d), _month_span_kind(s)
    return bool(dk and sk and dk != sk)


#: The base a change is measured against, named right before it: 同比, 环比, 比上年, 较1-2月,
#: 比年初, 与上年同期相比.
_BASE_RE = re.compile(
    r"同比|环比|(?:比|较|与)((?:[0-9一二三四五六七八九十〇零两]{1,4}[年月—\-–~至]|[1-4一二三四]季|前[三3]季|上半|下半|[上去前本]一?|同|季|度|份|末|底|初|年|月|期|个|第){1,12}?)"
    r"(?=相比|相较|[增减下上提回降涨跌扩收缩加放多少高低快慢分均]|[，,]|$)"
)
_YOY_BASE = re.compile(r"^(?:上年同期|去年同期|同期|上年|去年|上一年|前一年)$")
_PREV_BASE = re.compile(r"^(?:上月|上个月|前一月|上季度?|上一季度|前一季度)$")
_START_BASE = re.compile(r"^(?:年初|上年末|去年末|上年底|去年底|上年年末|去年年末)$")


def _compare_base(local: str) -> str | None:
    """What a change right after ``local`` is measured against, in a comparable form: "yoy"
    (同比, 比上年, 较去年同期), "prev" (环比, 比上月), "start" (比年初, 较上年末), or the
    period named (比1-2月 → "1-2月"); None when ``local`` names none."""
    found = _last_match(_BASE_RE, local)
    if found is None:
        return None
    if found.group(0) == "同比":
        return "yoy"
    if found.group(0) == "环比":
        return "prev"
    word = found.group(1)
    if _YOY_BASE.match(word):
        return "yoy"
    if _PREV_BASE.match(word):
        return "prev"
    if _START_BASE.match(word):
        return "start"
    if _YEAR_SAME_TIME.fullmatch(word):
        word = word[: -len("同期")]  # (较2019年同期 ~ 较2019年: a year named as the base is its same time)
    c = canon_period(word)
    return c if c and (_RANGE_RE.search(c) or _MONTH_RE.search(c) or _YEAR_RE.search(c)) else None


_YEAR_SAME_TIME = re.compile(r"\d{4}年同期")


def _base_words(base: str | None) -> str:
    """A comparison base from :func:`_compare_base` in words for an explanation."""
    return {"yoy": "the same time last year (同比)", "prev": "the period before (环比)", "start": "the start of the year (年初)"}.get(base or "", base or "?")


_MONTH_END = re.compile(r"(\d{1,2})月(?:末|底)$")


def _same_month_end(d: "_Item", s: "_Item") -> bool:
    """Do both periods end at the same month's end (6月末 against 截至6月末: the state then)?"""
    a = _MONTH_END.search(canon_period(d.fact.period) or "")
    b = _MONTH_END.search(canon_period(s.fact.period) or "")
    return bool(a and b and a.group(1) == b.group(1) and d.period[1] and s.period[1] and d.period[1][1] == s.period[1][1] == int(a.group(1)))


def _base_conflict(d: "_Item", s: "_Item") -> bool:
    """Do draft and source measure a change against different bases (较去年同期提升0.3个百分点
    against 较1-2月提升0.3个百分点)? A base dated by a year (比2019年1-10月份, 比去年一季度)
    may be the same period a year before the figure's: no clash with 同比."""
    a, b = d.base, s.base
    # (上半年居民人均可支配收入增长11.8%: a change in % against no base named is 同比, the way a
    # release writes it; against 较2019年上半年 two years back that is another base)
    if a and not b and _YEAR_RE.search(a) and _plain_growth(s):
        b = "yoy"
    elif b and not a and _YEAR_RE.search(b) and _plain_growth(d):
        a = "yoy"
    if not a or not b or a == b:
        return False
    if {a, b} & {"yoy"} and (_YEAR_RE.search(a + b) or re.search(r"去年|上年", a + b)):
        dated, other = (d, s) if b == "yoy" else (s, d)
        ym = _YEAR_RE.search(dated.base or "")
        if ym and (
            _later_year_named(dated, int(ym.group(1)) + 2) or _TWO_BASES.search(dated.fact.sentence or "")
            # (the other side's text measures the same thing against that dated base apart: 同比名义增长
            # 11.8%…比2019年上半年增长16.4%)
            or any(o.base == dated.base and o.metric == other.metric for o in other.doc._items)  # type: ignore[attr-defined]
        ):
            # (比2019年1—10月份增长18.3% in a 2021 release, or beside 同比增长7.2% and 两年平均增长:
            # two years back, no 同比)
            return True
        return False  # (比去年一季度 in a first-quarter report is 同比)
    if {a, b} & {"prev"} and re.fullmatch(r"\d{1,2}月|(?:1-3|4-6|7-9|10-12)月", a if b == "prev" else b):
        return False  # (比3月 in an April figure is 比上月)
    return True


def _plain_growth(it: "_Item") -> bool:
    """Is ``it`` a change in % whose sentence names no base at all (上半年…增长11.8%)?"""
    return it.fact.role == "delta" and it.fact.unit == "%" and not _BASE_RE.search(_norm_text(it.fact.sentence or ""))


#: A sentence measuring a change against last year as well as against a dated base: the
#: dated one is another base (同比增长7.2%；比2019年1—10月份增长14.0%，两年平均增长6.8%;
#: 比去年同期提高4.3个百分点，比2019年同期提高6.1个百分点).
_TWO_BASES = re.compile(r"同比|两年平均|三年平均|[比较](?:去年|上年)同期")
_YEAR_IN_TEXT = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年")


def _later_year_named(it: "_Item", year: int) -> bool:
    """Does the figure's sentence, or the opening of its document (the headline, the
    dateline), name ``year`` or a later one, not as a plan's horizon (到2025年)?"""
    for text in (it.fact.sentence or "", it.doc.text[:200]):
        for m in _YEAR_IN_TEXT.finditer(text):
            if int(m.group(1)) >= year and not re.search(r"(?:到|至|力争|预计|计划)$", text[max(0, m.start() - 2) : m.start()]):
                return True
    return False


def _sentence_before_figure(it: "_Item") -> str:
    """The words of the figure's sentence before it (up to 120 characters)."""
    raw, f = it.doc.text, it.fact
    if raw is None or raw[f.start : f.end] != f.text:
        return it.local
    before = raw[max(0, f.start - 120) : f.start]
    return before[max(before.rfind(c) for c in "。！？!?\n") + 1 :]


_YEARS_SPAN_RE = re.compile(r"(未来|今后|近|过去|前)?(?<![0-9０-９])([0-9一二三四五六七八九十两]{1,3})(年|个月)(来|以来|期间|间|内)?")


def _span_of_years(local: str) -> tuple[str, int] | None:
    """A span of several years or months a figure is given for, named in its clause, in
    months: 未来5年 → ("future", 60), 5年来 / 近五年 / 过去5年 → ("past", 60), 在3年期间 →
    ("past", 36), 8个月期间 → ("past", 8); None when the clause names none (前8个月 is a
    period of the year, 1-8月, not a span)."""
    found = None
    for m in _YEARS_SPAN_RE.finditer(_cn_small(local)):
        if not m.group(2).isdigit() or not (m.group(1) or m.group(4)) or m.group(1) == "前" and not m.group(4):
            continue
        n = int(m.group(2))
        if m.group(3) == "年" and 2 <= n <= 50:
            n *= 12
        elif not (m.group(3) == "个月" and 2 <= n <= 36):
            continue
        found = ("future" if m.group(1) in ("未来", "今后") else "past", n)
    return found


#: The same time last year as a figure's own period (上年同期营业收入), not a base (比上年同期, 与去年同期相比).
_LAST_YEAR_AS_PERIOD = re.compile(r"(?<![比较与同和跟])(?:上年|去年|上一年)同期(?!相比|相较|比|持平)")
_REL_YEAR = re.compile(r"今年|本年|当年|去年|上年|上一年|前年|明年")
_REL_YEAR_OFFSET = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "上一年": -1, "前年": -2, "明年": 1}


def _relative_year(it: "_Item") -> int | None:
    """The year a figure's period names relative to the text's own (今年 0, 去年 -1, 前年 -2),
    from the last such word that is no base of a comparison (比上年); None when it names
    none, or when the figure ends a change and the word dates its start, not it (由去年同期的
    273元/吨跳升至384元/吨; but 从2008年的6.7%到去年上半年降为2.2%)."""
    if not it.period_text or (it.fact.role == "after" and not _REL_YEAR.search(it.local)):
        return None
    found = _REL_YEAR.findall(_COMPARE_BASE.sub("", _norm_text(it.period_text)))
    return _REL_YEAR_OFFSET[found[-1]] if found else None


#: Words placing a level in time without a date: the start or the end of the year, or now.
_POINT_IN_TIME = re.compile(r"(?P<start>年初|年头|开年|期初)|(?P<end>年末|年底|期末)|(?P<now>近期|目前|当前|现在|如今|眼下|日前|最近)")


def _point_in_time(local: str) -> str | None:
    """"start", "end" or "now": the last such word in a figure's own clause before it
    (``local``: 年初的10600元, 近期价格已徘徊在10600元), None when it names none."""
    found = list(_POINT_IN_TIME.finditer(local))
    return found[-1].lastgroup if found else None


_ONE_MONTH = re.compile(r"当月|单月")
_MONTH_PART = re.compile(r"[上下]半月|[上中下]旬")


def _month_span_kind(it: _Item) -> str | None:
    """"one" for a figure of a single month (当月, 单月), "many" for a running total over
    months (1-10月), None when its period says neither."""
    if _ONE_MONTH.search(it.period_text or "") or _ONE_MONTH.search(it.local):
        return "one"
    m = it.period[1]
    return "many" if m and m[0] < m[1] else None


_PER_SPAN = re.compile(r"每(?:一)?(天|日|周|星期|月|季度|年)(?!来)")
_SPAN_KEY = {"天": "d", "日": "d", "周": "w", "星期": "w", "月": "m", "季度": "q", "年": "y"}


#: A daily mean over a span (日均, 平均每天) and the one day a figure is of (当日, 当天, 10月1日).
_DAILY_MEAN = re.compile(r"日均|平均每天|平均每日|每日平均|每天平均")
_ONE_DAY = re.compile(r"当日|当天|单日|(?<![0-9])[0-9]{1,2}月[0-9]{1,2}日(?:[^，,。；;至到\-—~～]{0,6})$")


def _daily_mean_against_day(a: "_Item", b: "_Item") -> bool:
    """Is ``a`` a daily mean (日均) and ``b`` the figure of a single day, its words no mean?"""
    return bool(_DAILY_MEAN.search(a.local)) and not _DAILY_MEAN.search(b.local) and bool(_ONE_DAY.search(b.local))


def _per_span(local: str) -> str | None:
    """The span of time a rate is given per (每天, 每月), the last one named before the figure."""
    m = _last_match(_PER_SPAN, local)
    return _SPAN_KEY[m.group(1)] if m else None


_HEADLINE_GAP = re.compile(r"(?<=[\u4e00-\u9fff%％])[ \u3000]+(?=[\u4e00-\u9fff])")


#: A span of years (2018年至2020年): the period of a figure the extractor paired with no one year.
_YEAR_SPAN = re.compile(r"((?:19|20)[0-9]{2})年?[至到\-—–~～]((?:19|20)[0-9]{2})")


def _fact_period(raw: str | None, f: Fact, carried: bool = True) -> str | None:
    """The period a figure is stated for: the last period named before it in its
    sentence, else the extracted period unless that is named only after the figure
    (or, without ``carried``, unless it is not named in the figure's sentence at all: a
    draft's period carried from an earlier sentence is a guess, as its subject is)."""
    if f.rule_id == "role.compared_rate":
        return f.period  # (增长3%，高于深圳一季度的2%，广东省同期的2%: the extractor read whose period)
    if f.rule_id in COMPARED_LEVEL_RULES and f.period:
        return f.period  # (较2007年的4291.1万人, 与截至2023年8月31日的793间相比: the level's own period)
    if f.period and _PERIOD_LIST.search(f.sentence) and not _YEAR_SPAN.search(f.period):
        return f.period  # (一、二、三季度…分别为5%、5.5%和4.9%: one listed period each)
    # (2014 年的 6.6%: compared as the extractor read it, a space beside a number parting nothing)
    s = _INLINE_SPACE_RE.sub("", f.sentence)
    i = s.find(_INLINE_SPACE_RE.sub("", f.text))
    if raw is not None and raw[f.start : f.end] == f.text:
        a = max(0, f.start - 120)
        before = raw[a : f.start]
        cut = max(before.rfind(c) for c in "。！？!?\n")
        prefix = before[cut + 1 :]
        if not carried:
            # (…追觅科技去年10月完成融资；由利完成5000万元A轮融资: a draft's figure is dated by its
            # own sentence only, and the extractor's sentence ends at a semicolon)
            k = f.sentence.find(f.text)
            if 0 <= k < len(prefix) and prefix.endswith(f.sentence[:k]):
                # (报告期内，公司营收…；净利润…增长15.5%: the report's period opening the sentence
                # dates it past its semicolons, as in a source)
                scene = _SCENE_CLAUSE.match(prefix) if cut >= 0 or a == 0 else None
                prefix = (scene.group() if scene else "") + prefix[len(prefix) - k :]
            # a headline's parts are set apart by a space: 4月份…增长6.5% 基础设施投资增长23.3%
            # does not date the second part
            gaps = list(_HEADLINE_GAP.finditer(prefix))
            if gaps:
                prefix = prefix[gaps[-1].end() :]
                if not any(period_key(prefix)):
                    return None
    else:
        prefix = s[:i] if i >= 0 else ""
    prefix = _INLINE_SPACE_RE.sub("", prefix)
    ends = list(_CHANGE_ENDS.finditer(prefix))
    if (
        ends and f.role == "delta" and not _CLAUSE_END.search(prefix, ends[-1].end()) and any(period_key(ends[-1].group("to")))
        and not any(period_key(prefix[ends[-1].end() :]))
    ):
        # (由2012年的10.2%下降至2016年的4.5%，下降5.7个百分点: the change over a span its two
        # ends date; it is judged there, not by a period an earlier sentence named)
        return None
    if not carried and f.role == "before" and _undated_start(prefix):
        # (a draft's 2021年…排位由第29位提升至第24位: the start of a change holds before the
        # period the sentence names; no period of its own is written)
        return None
    prefix = _BOUND_LEVEL.sub("", prefix)
    prefix = _WITH_BASE.sub("", prefix)  # (与2014年相比，男生身高增加1.69cm: the base, no period of the figure)
    # (份额上升至4.05%（2017年占有率为3.96%），…结算均价为12,988元: a period in brackets dates
    # what is inside them, not the figures after)
    prefix = _CLOSED_BRACKET.sub("", prefix)
    # a period named inside the sentence (not in its opening clause) ends at a semicolon:
    # 上半年…，其中二季度增长5.4%…；最终消费支出贡献率达52% / …，而一季度营收增速为7%；利润总额…下降2.9%
    # (a clause that is a period alone, 今年6月份，…；…增长26.4%, sets the scene past it; so does
    # a period inside a clause of the sentence's main line, 公司上半年实现营收105亿元…;净利润为9.38亿元)
    dropped = ""
    semi = max(prefix.rfind("；"), prefix.rfind(";"))
    if semi >= 0 and not any(period_key(prefix[semi + 1 :])):
        cuts = [i for i, c in enumerate(prefix[:semi]) if c in "，,"]
        starts = [0] + [i + 1 for i in cuts]
        for a in reversed(starts[1:]):
            clause = prefix[a : next((i for i in cuts if i >= a), semi)]
            if any(period_key(clause)):
                if _PART_MARK.match(clause.strip()) and (len(clause) > 12 or _STATES_FIGURE.search(clause)):
                    dropped, prefix = prefix[a:semi], prefix[:a] + prefix[semi:]
                break
    y, m = period_key(prefix)
    if y or m:
        return _last_period_text(prefix)
    if dropped and f.period and f.period in dropped:
        return None
    if f.period and i >= 0 and _names_period(s[i:], f.period):
        return None
    if f.period and raw is not None:
        after = _INLINE_SPACE_RE.sub("", raw[f.end : f.end + 80])
        # (a period named before the figure's sentence, or by its article's headline, was carried
        # from there: 7月 of 现代起亚7月销8.4万辆 / …起亚汽车销量…同比增长15.2%。…北京现代7月销量)
        if _names_period(after, f.period) and f.period not in prefix:
            upto = max(0, f.start - len(prefix))
            told = _names_period(f.title or "", f.period) or _names_period(
                _INLINE_SPACE_RE.sub("", raw[max(0, upto - _CARRIED_WINDOW) : upto]), f.period
            )
            if not told:
                return None
    if not carried and f.period and f.period not in s and f.period not in prefix and not _BREAKDOWN_OPENING.match(s):
        return None  # (a sentence opening on 其中 breaks down the one before: its period too)
    return f.period


_BREAKDOWN_OPENING = re.compile(r"\s*其中")
#: A sentence's opening clause naming the report's own period: 报告期内，/ 本报告期，. (A date
#: opening a draft's sentence, 2020年末，…；…, is left to its own clause: an edit of that date is
#: one figure's, not every figure's after the semicolons.)
_SCENE_CLAUSE = re.compile(r"\s*(?:本)?报告期(?:内)?[，,]")

#: The two ends of a change, each dated: 由2012年的10.2%下降至2016年的4.5%.
_CHANGE_ENDS = re.compile(
    r"[由从][^，,。；;由从至到的]{2,14}?的[^，,。；;由从至到]{1,16}?(?:[至到]|为)(?P<to>[^，,。；;由从至到的]{2,14}?)的[0-9０-９][^，,。；;]{0,12}"
)
#: A change's start word in the figure's clause: 由, 从 (排位由第29位提升至…, 由相当于全国的57.2%上升到…).
_CHANGE_START = re.compile(r"[由从][^，,。；;由从]{0,16}$")
def _undated_start(prefix: str) -> bool:
    """Does ``prefix`` (a sentence up to a figure) end in the words opening a change (由, 从)
    that name no period of the start, in a sentence naming no span (从2015年…到2019年)?"""
    st = _CHANGE_START.search(prefix)
    if st is None or _SPAN_FROM.search(prefix, 0, st.start()):
        return False
    own = prefix[st.start() :]
    return not any(period_key(own)) and not _REL_YEAR.search(own)


#: A span's start dated (从2015年申办成功到2019年雪季, 2012至2016届): it dates the start of the change too.
_SPAN_FROM = re.compile(
    r"[由从自](?=[^，,。；;由从自]{0,2}?(?:[0-9０-９]{2,4}年|[一二三四]季度|上半年|去年|今年|[0-9０-９]{1,2}月))"
    r"|[0-9０-９]{2,4}(?:年|届)?(?:至|到|-|—|－|~|～)[0-9０-９]{2,4}(?:年|届)"  # (2012至2016届…从3366元增长到4376元)
)
#: Where a clause ends: a change's span dates only the change stated right after it.
_CLAUSE_END = re.compile(r"[。；;]")
#: How far before a figure's sentence a period it carries is looked for (characters; the
#: headline is looked at as well), so that a long document is not read again for every figure.
_CARRIED_WINDOW = 2000
#: A bracketed aside stating a figure of its own: （2017年占有率为3.96%）, (上年同期为712亿元);
#: not a period restated (今年（2019年）).
_CLOSED_BRACKET = re.compile(
    r"[（(][^（()）]*(?:(?:为|是|占|达|：|:)[^（()）]*[0-9０-９]|[0-9０-９][^（()）]*(?:为|是|占|达))[^（()）]*[）)]"
)  # (…比2013年末(2013年是第三次全国经济普查年份,下同)增加: a note naming a year of its own, too)


#: A clause opening on a part or a contrast (其中二季度…, 而一季度…): its period is its own.
_PART_MARK = re.compile(r"(?:其中|而|但是|但|不过|同时|另外|此外|与此同时|相比之下)")
#: A clause that states a figure (增长5.4%, 增速为7%), not a period alone.
_STATES_FIGURE = re.compile(r"[增降长减为是达占]|[0-9０-９]+(?:\.[0-9]+)?\s*[%％]")


def _names_period(text: str, period: str) -> bool:
    """Does ``text`` name ``period`` itself, not as the end of a longer one (5月 in 1-5月)?"""
    return re.search(r"(?<![0-9０-９\-—–~～至到一二三四五六七八九十])" + re.escape(period), text) is not None


#: A comparison's base named with 与…相比 (or 与…持平, the same as it): what a change is
#: measured from, not when it is.
_WITH_BASE = re.compile(r"(?:与|同|跟)[^，,。；;与同跟]{1,16}?(?:相比|相较|比较|(?:基本)?持平|相当|一致)(?:而言)?")
#: A period bound to one level of a change earlier in the sentence (由2023年同期的93亿元减少…),
#: or to a level compared with (较2023年8月31日的843间): it dates that level, not the figures after it.
_BOUND_LEVEL = re.compile(
    r"(?:[由从]|(?<![0-9０-９一二三四五六七八九十])[至到])[^，,。；;由从至到的]{2,14}?(?:同期|末|底)?"  # (not 1至5月: a span of months)
    # (由二零二一年上半年的人民币57.9亿元减少1.9%: a currency's name may open the level)
    rf"(?:的|(?:{_LEVEL_CHANGE_VERBS})了?)(?=(?:人民币|美元|港元|港币)?[0-9０-９])"
    # (较2023年8月31日的843间增加50间: the level compared with is dated by its own period,
    # the change after it by the sentence's)
    r"|(?<![同环])[较比与][^，,。；;较比与的]{2,16}?的(?=(?:人民币|美元|港元|港币)?[0-9０-９])"
)  # (由去年同期下降5.0%转为增长21.5%: the turn's start is dated by its own period, as in attribute)


def _last_period_text(prefix: str) -> str:
    # (…，比一季度提高43.3个百分点，两年平均增长: a comparison's base is not the figure's period,
    # as period_key reads it)
    text = _cn_small(_norm_text(prefix))
    m = list(_PERIOD_FIND.finditer(_COMPARE_BASE.sub(lambda c: "#" * len(c.group()), text)))
    if not m:
        return prefix[-20:]
    start = m[-1].start()
    for j in range(len(m) - 2, -1, -1):  # 2015年 + 1月至3月: keep the year with the months
        if m[j].end() >= start - 2:
            start = m[j].start()
        else:
            break
    lead = text[max(0, start - 3) : start]
    cut = max(lead.rfind(c) for c in "，,、；;：: ")
    return lead[cut + 1 :] + text[start : m[-1].end()]  # (分月看,6月: what the clause before ends with is no part of it)


def _raw_metric_sim(d: _Item, s: _Item) -> float:
    """How alike two figures' measures read as the texts print them, owners' names included."""
    return _sim(_norm_text(d.fact.metric or ""), _norm_text(s.fact.metric or ""))


def _metric_sim(d: _Item, s: _Item) -> float:
    sim = max(_sim(d.metric, s.metric), _sim(d.clause, s.clause), 0.9 * _sim(d.metric, s.clause), 0.9 * _sim(d.clause, s.metric))
    if sim < CROSS_SIM and (d.subject_raw or s.subject_raw):
        # 天然气产量增长19.5% read as 天然气's 产量 against the source's 天然气 (19.5%) of 四川:
        # a product read as the subject on one side is the measure on the other
        sim = max(sim, 0.9 * _sim((d.subject_raw or "") + d.metric, s.metric), 0.9 * _sim(d.metric, (s.subject_raw or "") + s.metric))
    if len(s.metric) - len(d.metric) >= 2 and len(d.metric) >= 2 and s.metric.endswith(d.metric) and s.metric[: -len(d.metric)] in d.local:
        # 家电成为今年最热销的品类，成交额2034亿元 against 家电成交额2034亿元: what the draft's bare
        # measure is of stands before it, since the figure before
        sim = max(sim, _sim(s.metric, s.metric))
    if sim < SHARE_SIM and _bare_share(d.metric) != _bare_share(s.metric) and (
        _SHARE_OF.match(s.metric) or _SHARE_OF.match(d.metric)
    ):
        # 进口…占比10.2% names only a share; the source's 占同期外贸进口总值的10.2% is a share of
        # something: the bare share word fits any share as far as it goes
        return SHARE_SIM
    return sim


_SHARE_OF = re.compile(r"^占.{2,}|.{2,}(?:比重|占比)$")


def _bare_share(m: str) -> bool:
    return m == "比重"


_RATE_WORD = re.compile(
    r"(?:增幅|增速|增长率|涨幅|降幅|跌幅|增长|下降|上涨|下跌|减少|提高|回落|回报|回报率)"
    r"(?:(?:预期)?目标(?:定|设定|设|调整)?)?"  # (GDP增长目标定为6%左右: a target for the change)
    r"(?:分别|均|同|都)?[为是达了]?[：:]?$"  # (利润增幅同为16.2%: the rate two parts share)
)


def _roles(d: Fact, d_local: str, s: Fact, s_local: str) -> tuple[str, str]:
    """The roles to compare: a "value" stated after 增幅/增速 (增幅10.7%) is a change amount."""
    # (增幅较1-10月的9.7%提升: the rate compared with is the change of that period, too)
    dr = "delta" if _rate_level(d, d_local) else d.role
    sr = "delta" if _rate_level(s, s_local) else s.role
    # (一般公共预算收入(13.5%): a bare percentage in brackets after a measure says neither a
    # level nor a change; it is read as the other side reads it)
    if sr == "value" and dr == "delta" and s.unit == "%" and _BRACKETED_RATE.search(s_local):
        sr = dr
    elif dr == "value" and sr == "delta" and d.unit == "%" and _BRACKETED_RATE.search(d_local):
        dr = sr
    # (新增房产相关网站20000家 read as an addition, 增加房产相关网站20000家 as a level: a count of
    # things added, named so on the one side, is the addition the other states)
    if {dr, sr} == {"value", "delta"} and d.unit == s.unit and d.unit not in ("%", "pp", "x"):
        v, c = (d, s) if dr == "value" else (s, d)
        c_local = s_local if c is s else d_local
        if c.direction == "up" and _ADDED.match(v.metric or "") and (
            _ADDED.match(c.metric or "") or _ADDED_RIGHT_BEFORE.search(c_local)  # (新增35家…企业: 新增 before the count)
        ):
            dr = sr = "delta"
    return dr, sr


def _rate_level(f: Fact, local: str) -> bool:
    """Is ``f`` a rate of change written as a level: 增幅10.7%, or the rate compared with in
    增幅较1-10月的9.7%提升?"""
    if f.unit not in ("%", "pp", "x"):
        return False
    if f.role == "before" and f.rule_id in COMPARED_LEVEL_RULES:
        return bool(_RATE_NAME.search(f.metric or "") or _RATE_NAME.search(local))
    return f.role == "value" and bool(_RATE_WORD.search(local))


#: A measure that is a rate of change: 增幅, 出口增速, 增长率.
_RATE_NAME = re.compile(r"增幅|增速|增长率|涨幅|降幅|跌幅")


#: A measure named for what was added (新增网站, 增加房产相关网站, 净增用户).
_ADDED = re.compile(r"(?:新增加|新增|净增|增加)(?=[\u4e00-\u9fff]{2})")
_ADDED_RIGHT_BEFORE = re.compile(r"(?:新增加|新增|净增)$")


_BRACKETED_RATE = re.compile(r"[一-鿿][(（]$")


def _score(d: _Item, s: _Item) -> float:
    df, sf = d.fact, s.fact
    m = _metric_sim(d, s)
    base = 0.75 * m + 0.25 * _subject_sim(d, s)
    if not df.metric and not sf.metric and d.subject and s.subject and df.kind == sf.kind:
        # (《归乡》以8600万元排名第五 against 《归乡》…位列第五: neither names a measure; the owner
        # named on both sides is all there is to tell them by)
        base = max(base, _subject_sim(d, s))
    role = _ROLE_FIT.get(_roles(df, d.local, sf, s.local), 0.45)
    if df.role == "delta" and sf.role == "delta" and df.direction and sf.direction and df.direction != sf.direction:
        role = 0.95
    return base * role * _unit_fit(df, sf)


# --------------------------------------------------------------------------- comparing values


#: A figure that is a bare magnitude (千万, 百亿, 一万, 亿): round at its own order.
_BARE_MAGNITUDE = re.compile(r"^一?(?:[十百千]?[万亿]|[百千])(?![0-9０-９零〇一二两三四五六七八九十百千万亿点.])")
_CHENG_TEXT = re.compile(r"[一二两三四五六七八九十]成[一二三四五六七八九]?$")


#: Pairs of qualifiers bounding a figure on the same side of its number.
_SAME_SIDE = frozenset({frozenset({"more_than", "at_least"}), frozenset({"less_than", "at_most"})})


def _in_percent(x: Fact) -> Fact:
    """A figure in 倍 told in % (1.18倍 -> 118%)."""
    hundred = Decimal(100)
    return x.model_copy(update={
        "unit": "%", "value": x.value * hundred if x.value is not None else None,
        "low": x.low * hundred if x.low is not None else None, "high": x.high * hundred if x.high is not None else None,
    })


def _relate(d: Fact, s: Fact) -> str | None:
    """``supported``, ``supported_by_rounding`` or None (the values disagree); units must match,
    but for a change in 倍 against one in % (增长超一倍 for 增长118.3%)."""
    if d.unit != s.unit:
        if {d.unit, s.unit} == {"x", "%"} and d.role == s.role == "delta":
            xs, ps = (d, s) if d.unit == "x" else (s, d)
            if xs.qualifier == ps.qualifier and xs.qualifier in _OPEN_QUALIFIERS and _signed(xs) * 100 == _signed(ps):
                return "supported"  # (涨幅超过一倍 for 涨幅超过100%: one bound told two ways)
            # (a bound in %, 增幅超过25%, holds 25倍 but does not state it)
            if _times_as_percent(xs).contains(_signed(ps)) or (ps.qualifier not in _OPEN_QUALIFIERS and interval(ps).contains(_signed(xs) * 100)):
                return "supported_by_rounding"
        if {d.unit, s.unit} == {"x", "%"} and d.role == s.role and d.role in ("value", "after"):
            # (恢复至2019年同期的1.18倍 for …的118%: a level as a multiple of a base, in 倍 or in %)
            return _relate(_in_percent(d), s) if d.unit == "x" else _relate(d, _in_percent(s))
        return None
    dv, sv = _signed(d), _signed(s)
    dq = d.qualifier
    sq = s.qualifier
    if d.unit == "x" and d.role == s.role == "delta" and _doubles(d) != _doubles(s) and dq == sq:
        # 翻倍 (2 x, the level doubled) for 高出一倍 / 增长一倍 (1 x more): one change told two ways
        # (增长两倍 is 3 x the level, not 翻倍's 2 x)
        return "supported" if dv - (1 if _doubles(d) else 0) == sv - (1 if _doubles(s) else 0) else None
    if dv == sv and dq == sq:
        return "supported"
    if dv == sv and frozenset((dq, sq)) in _SAME_SIDE:
        return "supported"  # (50%以上 for 至少50%: the same side of the same mark; 以上 reads either way)
    idr = interval(d)
    isr = interval(s)
    if dq == "exact" and sq == "exact":
        # (a draft printing more places than the source, 9.6% for 10%, states a number the source
        # does not: rounding goes from the source's figure to the draft's, not back)
        finer = printed_step(d) < printed_step(s)
        if idr.contains(sv) or (isr.contains(dv) and not finer) or interval(d, coarse=True).contains(sv):
            return "supported_by_rounding"
        return None
    if dq == "exact":
        # the draft drops the source's qualifier: harmless for 约, not for 超过/近/不到
        if sq == "about" and (isr.contains(dv) or idr.contains(sv)):
            return "supported_by_rounding"
        if sq in ("more_than", "at_least", "several") and dv != sv and isr.contains(dv) and s.high is not None and (sq != "at_least" or dv <= s.high):
            return "supported_by_rounding"  # (a range's low end, 23%~24%, reaches its high end, not 37%)
        if _CHENG_TEXT.search(d.text) and sq in ("more_than", "nearly", "at_least", "at_most") and idr.contains(sv):
            return "supported_by_rounding"  # (三成 for 超过30%: a share in 成 is a round figure by itself)
        return None
    if sq == "exact":
        # (超两成 for 23.9%: a share in 成 is near the figure within one 成)
        near = Decimal(10) if _CHENG_TEXT.search(d.text) and d.unit == "%" else abs(dv) * BOUND_TOL
        if dq == "more_than" and _BARE_MAGNITUDE.match(d.text):
            near = abs(dv)  # (超千万人次 for 1286.4万人次, 过亿 for 1.5亿: a bare magnitude is round at its own order)
        if dq in _OPEN_QUALIFIERS and not (dq == "more_than" and d.high is not None) and abs(sv - dv) > near:
            return None  # 超过60亿元 is not how one reports 70亿: a bound is near the figure
        return "supported" if idr.contains(sv) else None
    if sq == "about" and dq in _OPEN_QUALIFIERS and not (dq == "more_than" and d.high is not None) and idr.contains(sv) and abs(sv - dv) <= abs(dv) * BOUND_TOL:
        return "supported_by_rounding"  # (超过12亿平方米 for 约12.05亿平方米: the bound holds the source's figure, near it)
    if dq in _OPEN_QUALIFIERS and not (dq == "more_than" and d.high is not None) and not _anchors_agree(d, s):
        # 下降45%至61% is not 下降54%至61%, nor 超过50% 超过70%: an open bound (or a range's
        # end) states its number, which must agree with the source's as an exact figure does
        return None
    if isr.within(idr):
        return "supported"
    if dq == sq and dq in _OPEN_QUALIFIERS and _anchors_agree(d, s):
        return "supported_by_rounding"  # (至少45.3% for 至少45.29%: the same bound, rounded)
    if dq == sq == "about" and (idr.contains(sv) or isr.contains(dv)):
        return "supported_by_rounding"
    if dq == "about" and idr.contains(sv) and sq in ("more_than", "nearly", "several"):
        return "supported_by_rounding"
    if dq == "nearly" and sq == "about" and idr.contains(sv):
        return "supported_by_rounding"  # (近28% for 约27.8%: the source's figure lies just below the mark)
    return None


def _doubles(f: Fact) -> bool:
    """Is ``f`` a change told as how many times the level became (翻倍, 翻一番: 2 x), not how
    much it grew by (增长一倍: 1 x)?"""
    return f.rule_id == "role.doubling" or f.text.startswith("翻")


def _times_as_percent(x: Fact) -> Interval:
    """The change in percent a change in 倍 allows (增长1倍 is +100%; 超一倍 above it): an exact
    multiple within its printed precision, and never looser than a tenth of itself."""
    v = _signed(x)
    if x.qualifier == "exact":
        tol = min(printed_step(x) / 2, abs(v) / 10) if v else printed_step(x) / 2
        return Interval((v - tol) * 100, False, (v + tol) * 100, True)
    iv = interval(x)
    return Interval(
        iv.lo * 100 if iv.lo is not None else None, iv.lo_open, iv.hi * 100 if iv.hi is not None else None, iv.hi_open
    )


def _within_bound(d: Fact, s: Fact) -> bool:
    """Is the draft's exact figure inside the source's open bound (超过一万亿元) and stated
    more precisely than it (14714.6亿元)? Then the source neither states nor contradicts it."""
    if d.unit != s.unit or d.qualifier != "exact" or s.qualifier not in _OPEN_QUALIFIERS or s.high is not None and s.low is not None and s.high != s.low:
        return False
    dv, sv = _signed(d), _signed(s)
    inside = dv > sv if s.qualifier in ("more_than", "at_least") else dv < sv
    return inside and printed_step(d) < printed_step(s)


def _anchors_agree(d: Fact, s: Fact) -> bool:
    """Do the printed numbers of two qualified figures agree, up to rounding?"""
    dv, sv = _signed(d), _signed(s)
    if dv == sv:
        return True
    de, se = d.model_copy(update={"qualifier": "exact"}), s.model_copy(update={"qualifier": "exact"})
    return interval(de).contains(sv) or interval(se).contains(dv) or interval(de, coarse=True).contains(sv)


def _direction_conflict(d: Fact, s: Fact) -> bool:
    return bool(d.direction and s.direction and d.direction != s.direction and d.role in ("delta", "after") and s.role in ("delta", "after"))


def _role_ok(d: "_Item", s: "_Item") -> bool:
    dr, sr = _roles(d.fact, d.local, s.fact, s.local)
    if (dr == "delta") != (sr == "delta"):
        return False
    return {dr, sr} != {"before", "after"}


def _same_number(d: Fact, s: Fact) -> bool:
    """Same printed number, whatever the unit (100万吨 and 100万元)."""
    md, _, _ = _mantissa(d)
    ms, _, _ = _mantissa(s)
    if md is not None and ms is not None:
        return md == ms
    return abs(d.value) == abs(s.value)


def _digits(v: Decimal) -> str:
    t = format(abs(v).normalize(), "f")
    return t.replace(".", "").lstrip("0")


def _is_power_of_ten(r: Decimal) -> bool:
    if r <= 0:
        return False
    n = r.normalize()
    t = n.as_tuple()
    return t.digits == (1,)


def _show(f: Fact) -> str:
    q = {"more_than": "超过", "nearly": "近", "about": "约", "less_than": "不到", "at_least": "至少", "at_most": "最多"}.get(f.qualifier, "")
    arrow = {"up": "↑", "down": "↓"}.get(f.direction or "", "")
    return f"{q}{f.text}{arrow}"


def _points_slip(d: "_Item", s: "_Item") -> tuple[str, str, "_Item"]:
    """The percent_vs_points slip of draft figure ``d`` against source figure ``s``."""
    df, sf = d.fact, s.fact
    return "percent_vs_points", f"draft {df.text} ({_unit_word(df.unit)}), source {sf.text} ({_unit_word(sf.unit)})", s


def _unit_word(u: str) -> str:
    return {"pp": "percentage points", "%": "percent"}.get(u, u or "?")


_LOSS_WORD = re.compile(r"亏")
#: Words with 亏 that call nothing a loss (减亏, 扭亏) or count losses, not state one (亏损额, 亏损面).
_NOT_A_LOSS = re.compile(r"减亏|扭亏|亏损额|亏损面")
_PROFIT_WORD = re.compile(r"盈利|利润|净利|赚|盈")


def _loss_flip(d: _Item, s: _Item) -> tuple[str, str] | None:
    """("profit", "loss") or ("loss", "profit") when the words right before the two figures
    call one a loss and the other a profit (去年同期为经营盈利250万美元 against 经营亏损250万美元)."""
    def kind(it: _Item) -> str | None:
        near = it.before[-6:]
        if _LOSS_WORD.search(near) and not _NOT_A_LOSS.search(near):
            return "loss"
        return "profit" if _PROFIT_WORD.search(near) else None

    dk, sk = kind(d), kind(s)
    return (dk, sk) if dk and sk and dk != sk else _flow_flip(d, s)


def _flow_flip(d: _Item, s: _Item) -> tuple[str, str] | None:
    """("net inflow", "net outflow") or the reverse when the words right before the two figures
    call one a flow in and the other a flow out (净买入62.3亿元 against 净卖出62.3亿元)."""
    dk, sk = _flow(d), _flow(s)
    return (dk, sk) if dk and sk and dk != sk else None


#: Words calling an amount a flow in or a flow out (净买入 / 净卖出, 净流入 / 净流出, 顺差 / 逆差).
_FLOW_WORDS = (
    (re.compile(r"净买入|买入|净流入|流入|净申购|申购|增持|顺差"), "net inflow"),
    (re.compile(r"净卖出|卖出|净流出|流出|净赎回|赎回|减持|逆差"), "net outflow"),
)


def _flow(it: _Item) -> str | None:
    """"net inflow" or "net outflow": what the words right before the figure call it, the last
    such word deciding (北向资金全天净买入62.3亿元)."""
    near = it.before[-8:]
    best, at = None, -1
    for rx, label in _FLOW_WORDS:
        for m in rx.finditer(near):
            if m.end() > at:
                best, at = label, m.end()
    return best


def _slip(d: _Item, s: _Item) -> tuple[str, str, _Item] | None:
    """The known slip that turns source figure ``s`` into draft figure ``d``, if any:
    (error class, explanation, the source item it is about)."""
    df, sf = d.fact, s.fact
    dv, sv = _signed(df), _signed(sf)
    rel = _relate(df, sf)
    if _direction_conflict(df, sf) and (rel or _relate(df.model_copy(update={"direction": sf.direction}), sf)):
        return "direction_flipped", f"draft says {_dir_word(df)} {df.text}, source says {_dir_word(sf)} {sf.text}", s
    flip = _loss_flip(d, s)
    if flip and rel:
        return "direction_flipped", f"draft gives {df.text} as a {flip[0]}, the source as a {flip[1]}", s
    if {df.role, sf.role} <= {"before", "after"}:
        if df.role != sf.role and rel:
            return "before_after_swapped", f"draft gives {df.text} as the {df.role} value; in the source it is the {sf.role} value", s
        partner = _partner(s)
        if partner is not None and df.role == sf.role and _relate(df, partner.fact):
            return (
                "before_after_swapped",
                f"draft gives {df.text} as the {df.role} value; in the source it is the {partner.fact.role} value and {sf.text} the {sf.role}",
                partner,
            )
    if df.unit != sf.unit:
        if {df.unit, sf.unit} <= {"%", "pp"} and (dv == sv or _relate(df.model_copy(update={"unit": sf.unit}), sf)):
            return _points_slip(d, s)
        if _same_number(df, sf) or dv == sv:
            return "wrong_unit", f"same number, other unit: draft {df.text}, source {sf.text}", s
        return None
    if dv != sv and _same_number(df, sf) and not (sv and _is_power_of_ten(abs(dv / sv))):
        return "wrong_unit", f"same number, other unit: draft {df.text}, source {sf.text}", s
    if rel is None and df.qualifier != sf.qualifier:
        if dv == sv or (_same_number(df, sf) and _relate(df.model_copy(update={"qualifier": sf.qualifier, "low": sf.low, "high": sf.high}), sf)):
            return "qualifier_changed", f"draft {_show(df)}, source {_show(sf)}", s
    side = _BOUND_SIDE.get(df.qualifier)
    if (
        rel is None and side and sv != 0 and sf.qualifier not in _OPEN_QUALIFIERS and abs(dv - sv) <= abs(sv) * NEAR_BOUND
        and (sv >= dv if side == "below" else sv <= dv)
    ):
        # 不到50% against 50.8%, 超过2600万人次 against 2566.9万人次: a round bound near the
        # source's figure, on the wrong side of it
        return "qualifier_changed", f"draft {_show(df)}, source {_show(sf)}: the bound is on the wrong side", s
    if rel is None and sv != 0 and dv != 0 and df.kind != "rank" and abs(dv) != abs(sv) and _is_power_of_ten(abs(dv / sv)):
        exp = int(abs(dv / sv).normalize().as_tuple().exponent)
        word = {4: " (万 vs 亿, or 元 vs 万)", 8: " (元 vs 亿)", 3: " (千)", 1: " (十)", 2: " (百)"}.get(abs(exp), "")
        return "magnitude", f"draft {df.text} is 10^{exp} times the source's {sf.text}{word}", s
    if rel is None and sorted(_digits(dv)) == sorted(_digits(sv)) and _digits(dv) != _digits(sv):
        return "transposed_digits", f"draft {df.text} has the digits of the source's {sf.text} in another order", s
    return None


#: The side of its number a one-sided qualifier puts the figure on (不到/近: below; 超过/以上: above).
_BOUND_SIDE = {"less_than": "below", "at_most": "below", "nearly": "below", "more_than": "above", "at_least": "above"}
#: How near (a share of the source's figure) a draft's bound must be to read as that figure
#: with its qualifier changed, not as another number.
NEAR_BOUND = Decimal("0.1")


def _stated_by_another(d: _Item, s: _Item) -> bool:
    """Does another figure of the draft's sentence state the source figure ``s`` (its value
    and unit, its measure named closer than ``d`` names it, or as closely and for the same
    named part, which ``d`` is not given)?"""
    return any(
        o is not d and o.fact.sentence == d.fact.sentence and o.fact.unit == s.fact.unit and o.fact.value == s.fact.value
        and (
            _metric_sim(o, s) > _metric_sim(d, s)
            # (制造业投资 read as 制造业's 投资 on both sides: the same named part)
            or (_metric_sim(o, s) >= _metric_sim(d, s) and o.subject is not None and o.subject == s.subject and o.subject != d.subject)
        )
        for o in d.doc._items  # type: ignore[attr-defined]
    )


def _classify(d: _Item, best: _Item, cands: list[tuple[float, _Item]]) -> tuple[str, str, _Item]:
    """(error class, explanation, the source item the explanation is about)."""
    df, sf = d.fact, best.fact
    slip = _slip(d, best)
    if slip:
        return slip
    if _relate(df, sf) is not None:
        if _subject_conflict(d, best):
            return "wrong_subject", f"the source gives {sf.text} to {_owner_words(best)}, not to {_owner_words(d)}", best
        if _period_conflict(d, best):
            return "wrong_period", f"the source gives {sf.text} for {_when(best)}, not for {_when(d)}", best
    # the value is another subject's, segment's or period's in the source
    for _, c in cands:
        if c is best or c.fact.unit != df.unit or not _role_ok(d, c) or _direction_conflict(df, c.fact):
            continue
        if c.fact.value != df.value and c.fact.qualifier in _OPEN_QUALIFIERS:
            continue  # (涨幅在50%以上 holds 52.3% but states no figure of its own to have moved)
        if _relate(df, c.fact):
            if _period_conflict(d, c) and not _period_conflict(d, best):
                return "wrong_period", f"{df.text} is the source's figure for {_when(c)}; for {_when(d, 'this period')} it gives {sf.text}", c
            if c.fact.metric and c.subject == best.subject and (c.subject is not None or c.subject_raw == best.subject_raw):
                # the same subject's other segment or measure (外资项目 7个 for the 超过10亿元的项目)
                who, this = c.fact.metric, d.fact.metric or "this"
            else:
                who, this = c.subject_raw or c.fact.metric or "?", d.subject_raw or d.fact.metric or "this"
            if who == this and c.fact.metric and d.fact.metric:
                who, this = c.fact.metric, d.fact.metric  # (the same owner named twice says nothing: the measures differ)
            return "wrong_subject", f"{df.text} is the source's figure for {who}; for {this} it gives {sf.text}", c
    return "wrong_value", f"draft {_show(df)}, source {_show(sf)}", best


def _distance(d: Fact, s: Fact) -> float:
    """How far apart two values are, as |log ratio| (1e9 for opposite signs or zero)."""
    import math

    a, b = float(_signed(d)), float(_signed(s))
    if a <= 0 or b <= 0:
        return 0.0 if a == b else 1e9
    return abs(math.log(a / b))


def _dir_word(f: Fact) -> str:
    return {"up": "up (增长)", "down": "down (下降)"}.get(f.direction or "", "")


def _sequence_order(d: _Item, sources: list[_Item]):
    """A draft's change from A to B (从5.5%回落至4.9%) against source levels of one measure
    dated in turn (一、二、三季度…分别为5%、5.5%和4.9%): in the sources' order it is supported,
    against it the ends are swapped. None when the sources date no such pair."""
    df = d.fact
    other = _partner(d)
    if other is None or df.role not in ("before", "after"):
        return None

    def dated(it: _Item, listed: frozenset = frozenset()) -> list[_Item]:
        return [
            s for s in sources
            if s.fact.unit == it.fact.unit and s.fact.value == it.fact.value and _time_span(s.period) is not None
            and (_metric_sim(it, s) >= 0.5 or _coverage(it, s) >= WRONG_VALUE_COVERAGE / 1.6 or s.fact.sentence in listed)
            and not _subject_conflict(it, s)
            and s.fact.role not in ("before", "after")  # (a change the sources state is judged as such)
        ]

    # every dated level of the draft's figure against every dated level of its partner: the
    # same measure dated in turn (in one list, whose later items name little, or in two
    # sentences), when they all agree
    mine, theirs = dated(d), dated(other)
    if not mine:
        mine = dated(d, frozenset(o.fact.sentence for o in theirs))
    elif not theirs:
        theirs = dated(other, frozenset(m.fact.sentence for m in mine))
    orders = []
    for s in mine:
        for o in theirs:
            ss, os_ = _time_span(s.period), _time_span(o.period)
            if s is o or ss[0] != os_[0]:
                continue  # (a year against months of no year orders nothing)
            if ss[2] < os_[1]:
                orders.append((True, s, o))
            elif os_[2] < ss[1]:
                orders.append((False, s, o))
    if not orders or len({first for first, _, _ in orders}) != 1:
        return None
    first, s, o = min(orders, key=lambda x: (x[1].fact.start, x[2].fact.start))
    ds, ss = _time_span(d.period), _time_span(s.period)
    if ds is not None and ds[0] == ss[0] and ds != ss and ds != _time_span(o.period) and not _same_day(d.period_text, s.period_text):
        # (2012年…6506.9万人次；2014年增至8389.8万人次 against the source's 2013年 8389.8万人次: in
        # order, but dated for another time, not the other end's: no swap)
        return (
            "contradicted", "wrong_period",
            f"the source gives {df.text} for {_when(s)}, not for {_when(d)}", s, [],
        )
    if first == (df.role == "before"):
        return "supported", None, f"draft {df.text} and {other.fact.text} follow the source's dated levels", s, []
    return (
        "contradicted", "before_after_swapped",
        f"draft gives {df.text} as the {df.role} value; in the source it comes {'before' if first else 'after'} {o.fact.text}",
        s, [],
    )


def _time_span(period) -> tuple[bool, int, int] | None:
    """A period key as (has a year, first month, last month), months counted from year 0
    when there is a year: 2017年度 and 2016年 order as 一季度 and 二季度 do. None for no period."""
    year, months = period
    if year is not None and str(year).isdigit():
        a, b = months if months is not None else (1, 12)
        return True, int(year) * 12 + a, int(year) * 12 + b
    if months is not None:
        return False, months[0], months[1]
    return None


def _partner(s: _Item) -> _Item | None:
    want = {"before": "after", "after": "before"}.get(s.fact.role)
    if not want or not s.fact.claim:
        return None
    for it in s.doc._items:  # type: ignore[attr-defined]
        if it.fact.claim == s.fact.claim and it.fact.role == want:
            return it
    return None


def _dated_twin(d: _Item, s: _Item, sc: float, scored: list[tuple[float, _Item]]) -> _Item | None:
    """The one source figure of the draft's measure stated for the draft's year (or months,
    when the draft names no year), when the figure matched (same number) names no year (no
    time at all): 2017年，这一均价为12,988元/平方米 against 结算均价为12,988元/平方米（2017年为
    11,765元/平方米）: 12,988 is the report's own year's."""
    if d.period[0]:
        if s.period[0] or _relative_year(s) is not None:
            return None
        key = 0
    elif d.period[1]:
        # (1—8月，CPI同比上涨0.8% against 全国居民消费价格（CPI）同比上涨0.8%… 1—8月，CPI同比上涨0.6%:
        # the months named for another figure of the measure; the one matched names no time)
        if any(s.period) or s.period_text or s.fact.period or _relative_year(s) is not None:
            return None
        key = 1
    else:
        return None
    own = [
        t for tsc, t in scored
        if t is not s and tsc >= sc - EXCUSE_MARGIN and t.period[key] == d.period[key] and t.fact.unit == d.fact.unit
        and t.fact.role == d.fact.role and not _relate(d.fact, t.fact) and _metric_sim(d, t) >= _metric_sim(d, s) - 0.05
        and not _subject_conflict(d, t) and (key == 0 or t.subject == d.subject)
    ]
    return own[0] if len(own) == 1 else None


def _dated_as_other_end(d: _Item, s: _Item) -> _Item | None:
    """The other end of the source's change when the draft states ``s``'s level dated as that
    end is (截至2023年底，门店总数为12129家 against 门店总数从2023年底的15950家滑落至今年4月的
    12129家): the draft moved the figure to the other date."""
    if d.fact.role != "value" or not d.period_text:
        return None
    p = _partner(s)
    if p is None or not p.period_text or not any(d.period) or d.period != p.period or s.period == p.period:
        return None
    return p


#: A verb of arriving at a level, right before a figure: 达到, 增至, 提高到, 突破.
_REACHED = re.compile(r"(?:达到|增至|增长到|增加到|升至|上升至|上升到|提高到|提高至|提升至|提升到|攀升至|突破)$")


def _start_as_reached(d: _Item, s: _Item, scored: list[tuple[float, _Item]]) -> _Item | None:
    """The end of the source's change when the draft gives its start as the level arrived at
    (游客数量达到127.2万人次 against 游客数量从127.2万人次增长到442万人次), the end fitting the
    draft's words at least as well as the start."""
    if d.fact.role != "value" or s.fact.role != "before" or not _REACHED.search(d.local):
        return None
    p = _partner(s)
    if p is None or p.fact.unit != d.fact.unit:
        return None
    at = {id(t): tsc for tsc, t in scored}
    if id(p) not in at or at[id(p)] < at.get(id(s), 0.0):
        return None
    return p


def _reached_as_start(d: _Item, s: _Item) -> _Item | None:
    """The source's change, when the draft gives as a change's start (比重由54.3%提高0.3个百分点)
    the level the source reaches by that change (比重为54.3%，比上年同期提高0.3个百分点): the
    draft's claim and the source's both hold a change of the same unit and direction."""
    if d.fact.role != "before" or s.fact.role != "value" or not d.fact.claim or not s.fact.claim:
        return None
    if _partner(d) is not None:
        return None  # (从A提高到B: the draft's own end, judged by the sequence of its ends)
    items = d.doc._items  # type: ignore[attr-defined]
    i = next((k for k, m in enumerate(items) if m is d), None)
    if i is None:
        return None
    # (the change right after the start in its sentence: 由54.3%提高0.3个百分点)
    d_changes = [
        m for m in items[i + 1 : i + 2]
        if m.fact.sentence == d.fact.sentence and m.fact.role == "delta" and m.fact.direction and len(m.local) <= 6
    ]
    s_changes = [m for m in s.doc._items if m is not s and m.fact.claim == s.fact.claim and m.fact.role == "delta" and m.fact.direction]  # type: ignore[attr-defined]
    for a in d_changes:
        for b in s_changes:
            if a.fact.unit == b.fact.unit and a.fact.direction == b.fact.direction and a.fact.value == b.fact.value:
                return b
    return None


def _common_ends(a: str, b: str) -> tuple[int, int]:
    """(length of the common prefix, length of the common suffix) of two strings, the prefix
    taken from what the suffix leaves."""
    k = 0
    while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
        k += 1
    p = 0
    while p < min(len(a), len(b)) - k and a[p] == b[p]:
        p += 1
    return p, k


def _renamed_clause(d: _Item, s: _Item, norm: "_Normaliser") -> tuple[str, str] | None:
    """(draft name, source name) when the draft's clause before its figure is the source's
    with one name put for another the sources also name (其中三一市场占有率已逼近10% for 其中徐工
    市场占有率已逼近10%): the same words after the names, at least four of them, and a name in
    each side's differing part that the other's lacks."""
    if norm.entity_re is None:
        return None
    # (the words since the figure before, in the figure's clause: a name swapped for a
    # neighbour's figure, 灵武市(33.4%)和西夏区(20.6%), is that figure's slip, not this one's)
    dc = _WS.sub("", re.split(r"[，,；;：:。]", d.local)[-1])
    sc = _WS.sub("", re.split(r"[，,；;：:。]", s.local)[-1])
    p, k = _common_ends(dc, sc)
    if k < 4:
        return None
    dx, sx = dc[p : len(dc) - k], sc[p : len(sc) - k]
    if not (2 <= len(dx) <= 12 and 2 <= len(sx) <= 12):
        return None
    dn = {norm.subject(m) for m in norm.entity_re.findall(dx)} - {None}
    sn = {norm.subject(m) for m in norm.entity_re.findall(sx)} - {None}
    only_d, only_s = dn - sn, sn - dn
    if not only_d or not only_s or any(_sim(a, b) >= 0.6 or a in b or b in a for a in only_d for b in only_s):
        return None  # (河北 and 河北省 are one)
    return sorted(only_d)[0], sorted(only_s)[0]


#: A period named in a draft or source clause (2012年, 一季度, 上半月, 去年同期, 1-8月).
_PERIOD_WORD = re.compile(
    r"前(?:\d{1,2}|[一二三四五六七八九十]{1,3})个?月|\d{4}年(?:末|底|初)?"
    r"|\d{1,2}(?:[-—–~至]\d{1,2})?月(?:份)?(?:上半月|下半月|上旬|中旬|下旬|末|底)?|[上下]半月|[上中下]旬"
    r"|(?:第)?[一二三四1-4]季度|[上下]半年|前三季度|(?:去年|今年|上年|前年)(?:同期)?"
)
_RELATIVE_ONLY = re.compile(r"(?:去年|今年|上年|前年)(?:同期)?")


def _reperiod_clause(d: _Item, s: _Item) -> tuple[str, str] | None:
    """(draft period, source period) when the words since the figure before are the source's
    with one period put for another (2012年我国日均新设企业 for 去年我国日均新设企业, 相比去年同期的
    for 相比一季度的, 10月下半月 for 10月上半月): the rest alike (six characters at least, around
    the change), and the periods differ as written. A relative year against a stated one counts
    only when the source's own sentence names that year for something else (是2012年末的3.4倍)."""
    dc, sc = _WS.sub("", d.local), _WS.sub("", s.local)
    p, k = _common_ends(dc, sc)
    if k + p < 6 or len(dc) - k - p > 8 or len(sc) - k - p > 8 or dc == sc:
        return None
    lo, hd, hs = max(0, p - 4), len(dc) - k + 4, len(sc) - k + 4
    pd = [m.group() for m in _PERIOD_WORD.finditer(dc[lo:hd])]
    ps = [m.group() for m in _PERIOD_WORD.finditer(sc[lo:hs])]
    if not pd or not ps or pd == ps:
        return None
    a, b = pd[-1], ps[-1]
    if period_key(a) == period_key(b) and any(period_key(a)):
        return None  # (上半年 and 1-6月 are one)
    rel_a, rel_b = _RELATIVE_ONLY.fullmatch(a), _RELATIVE_ONLY.fullmatch(b)
    if bool(rel_a) != bool(rel_b):
        stated = b if rel_a else a
        if re.fullmatch(r"\d{4}年", stated) and (stated not in _WS.sub("", s.fact.sentence or "") or stated in s.local):
            return None  # (去年 for 2023年: the same year told two ways, unless the source tells them apart)
    return a, b


def _carried_period_sibling(d: _Item, s: _Item, scored: Sequence[tuple[float, _Item]]) -> _Item | None:
    """The source figure of the same measure and owner that is stated for the period a draft's
    undated figure is set in (the period its paragraph carries: 10月份PPI下降2.9%；购进价格下降2.3%
    sets the second in 10月份) when the source figure the draft's number matches is stated for
    another one (1—10月平均…购进价格下降2.3%, 10月份…购进价格下降3.3%): the draft moved a
    figure between the source's two periods. None when the figure is dated in its own sentence,
    or the source states the measure for one period only."""
    raw, f = d.doc.text, d.fact
    if any(d.period) or not any(s.period) or raw is None or raw[f.start : f.end] != f.text:
        return None
    # (dated as a source figure is: a part's period past a semicolon, 而一季度营收增速为7%；净利润…,
    # sets nothing)
    period = _fact_period(raw, f)
    want = period_key(period)
    if not period or not any(want) or _period_keys_meet(want, s.period):
        return None
    # (the period is set by the figure's own paragraph, before it: not one carried from a
    # headline or an earlier paragraph, nor one named after it, 上涨9.0%，1-4月份上涨9.3%)
    line_start = raw.rfind("\n", 0, f.start) + 1
    sent_at = f.start - max(0, (f.sentence or "").find(f.text))
    # (compared as the period's text is read: 前三季度 is read 前3季度)
    said_before = _cn_small(_norm_text(raw[line_start : max(line_start, sent_at)]))
    said_after = _cn_small(_norm_text((f.sentence or "")[(f.sentence or "").find(f.text):]))
    if period not in said_before or period in said_after:
        return None
    for _, t in scored:
        if t is s or t.fact.unit != s.fact.unit or t.fact.role != s.fact.role or t.metric != s.metric:
            continue
        if t.subject != s.subject and t.subject and s.subject:
            continue
        if t.fact.value != s.fact.value and _period_keys_meet(want, t.period):
            return t
    return None


def _part_of_year_sibling(d: _Item, s: _Item, scored: Sequence[tuple[float, _Item]]) -> _Item | None:
    """The source figure of ``s``'s sentence, of the same measure, owner, unit and role, that the
    source states for the part of the year the draft's own words give its figure (…同比增长18.4%，
    其中下半年新业务价值同比增长26.7% against the draft's 其中下半年…同比增长18.4%), when ``s``
    names no months: the draft moved the whole year's figure onto its part. The part may stand in
    a sentence of its own when ``s`` names its year (2024年…净利润8.36亿元。其中第四季度…净利润
    2.05亿元), its months named in that sentence."""
    dm = d.period[1]
    if dm is None or dm == _WHOLE_YEAR or s.period[1] is not None or s.doc.text is None:
        return None
    if not _PERIOD_FIND.search(_norm_text(d.local)) and not period_key(d.local)[1] and period_key(_sentence_before_figure(d))[1] != dm:
        return None  # (the months are the draft's words before the figure, in its sentence, not carried)
    for _, t in scored:
        if (
            t is not s and t.doc is s.doc and t.period[1] == dm
            and t.fact.unit == s.fact.unit and t.fact.role == s.fact.role and t.metric == s.metric
            and (t.subject == s.subject or not (t.subject and s.subject)) and t.fact.value != s.fact.value
            and t.fact.value != d.fact.value  # (the part's own figure, stated as the draft does, is no move)
            and (
                period_key(t.local)[1] == dm if t.fact.sentence == s.fact.sentence
                # (2024年…净利润为8.36亿元。其中第四季度，…净利润为2.05亿元: the part in a sentence of
                # its own, its months named there, when the whole names its year)
                else s.period[0] is not None and period_key(_sentence_before_figure(t))[1] == dm
            )
        ):
            return t
    return None


def _period_keys_meet(a: tuple[str | None, tuple[int, int] | None], b: tuple[str | None, tuple[int, int] | None]) -> bool:
    """Do two period keys name one period (the months alike, the years alike where both are given)?"""
    return (a[1] or _WHOLE_YEAR) == (b[1] or _WHOLE_YEAR) and (a[0] == b[0] or not a[0] or not b[0])


_WHOLE_YEAR = (1, 12)  # (a year named alone, 2024年, is its twelve months, 全年)


def _time_key(it: _Item) -> tuple[str, int] | None:
    """When a figure is dated, for ordering two of one sentence: ("year", its year) (2016年度
    before 2017年度), else ("relative", its year relative to the text's) (去年同期 before 今年);
    None if undated. Only keys of one kind compare: 2019年 and 去年 are not ordered."""
    y = it.period[0]
    if y:
        return "year", int(y)
    r = _relative_year(it)
    return None if r is None else ("relative", r)


def _ends_swapped(d: _Item, other: _Item, s_sents: dict) -> tuple[str, _Item] | None:
    """(explanation, source figure) when the draft's change from one level to another (价格从
    去年同期的600元/吨升至今年的500元/吨) runs between the numbers of one source sentence the other
    way: there the draft's start is the end (去年同期已在高位500元/吨，今年再度摸高冲破600元/吨),
    by the roles the source gives them or, when it gives both as plain levels, by their dates."""
    df, of = d.fact, other.fact
    for sent in s_sents.values():
        a = [x for x in sent if x.fact.unit == df.unit and x.fact.value == df.value]
        b = [x for x in sent if x.fact.unit == df.unit and x.fact.value == of.value]
        if len(a) != 1 or len(b) != 1 or a[0] is b[0]:
            continue
        ar, br = a[0].fact.role, b[0].fact.role
        if {ar, br} == {"before", "after"}:
            flipped = ar == of.role
        elif ar == br == "value":
            ka, kb = _time_key(a[0]), _time_key(b[0])
            flipped = ka is not None and kb is not None and ka[0] == kb[0] and ka != kb and (ka > kb) == (df.role == "before")
        else:
            flipped = False
        if flipped:
            return (
                f"draft gives {df.text} as the {df.role} end of the change and {of.text} as the other; "
                f"in the source the change runs from {(b[0] if df.role == 'before' else a[0]).fact.text} to {(a[0] if df.role == 'before' else b[0]).fact.text}"
            ), a[0]
    return None


def _against_own_verb(items: list[_Item]) -> dict[int, str]:
    """Draft figures whose change runs against its own verb (由96只增至66只, 亏损额从95.6亿元收窄至
    104亿元): its two ends are swapped, whatever the sources say. Keyed by ``id`` of the item,
    with the explanation."""
    out: dict[int, str] = {}
    by_claim: dict[tuple[str, str], list[_Item]] = {}
    for it in items:
        f = it.shown or it.fact
        if f.role in ("before", "after"):
            by_claim.setdefault((f.doc, f.claim), []).append(it)
    for group in by_claim.values():
        befores = [it for it in group if (it.shown or it.fact).role == "before"]
        afters = [it for it in group if (it.shown or it.fact).role == "after"]
        if len(befores) != 1 or len(afters) != 1:
            continue
        b, a = befores[0].shown or befores[0].fact, afters[0].shown or afters[0].fact
        if not ends_against_verb(b, a):
            continue
        expl = f"the draft's own change goes {_dir_word(a)} from {b.text} to {a.text}: its ends are swapped"
        out[id(befores[0])] = out[id(afters[0])] = expl
    return out


def _swapped_in_sentence(d: _Item, s_sents: dict) -> tuple[str, _Item] | None:
    """(explanation, source figure) when the draft's change (由增长6.1%转为下降10.8%) gives its
    two ends each other's values: one source sentence states both numbers (同比下降6.1%（去年同期为
    增长10.8%）), and each end's direction is that of the other number there."""
    other = _partner(d)
    df = d.fact
    if other is not None and {df.role, other.fact.role} == {"before", "after"}:
        swapped = _ends_swapped(d, other, s_sents)
        if swapped is not None:
            return swapped
    if other is None or not df.direction or not other.fact.direction or df.direction == other.fact.direction:
        return None
    for sent in s_sents.values():
        a = [x for x in sent if x.fact.unit == df.unit and x.fact.value == df.value]
        b = [x for x in sent if x.fact.unit == df.unit and x.fact.value == other.fact.value]
        if len(a) == 1 and len(b) == 1 and a[0] is not b[0]:
            # (去年同期为增长10.8%: a base stated in brackets may carry no direction of its own;
            # one of the two must show the swap)
            ad, bd = a[0].fact.direction, b[0].fact.direction
            if ad in (other.fact.direction, None) and bd in (df.direction, None) and (ad or bd):
                return (
                    f"draft gives {df.text} to the {df.role} end of the change; the source's {df.text} is the other end "
                    f"and {b[0].fact.text} this one"
                ), b[0]
    return None


# --------------------------------------------------------------------------- the check


def _ref(it: _Item, score: float) -> SourceRef:
    f = it.fact
    return SourceRef(
        doc=f.doc, path=it.doc.path if it.doc.kind == "text" or not f.source else f.source, line=it.doc.line_of(f), start=f.start, end=f.end, text=f.text, value=f.value,
        unit=f.unit, qualifier=f.qualifier, role=f.role, direction=f.direction, metric=f.metric,
        subject=f.subject, period=f.period, sentence=f.sentence, marked=_marked(it.doc.text, f), score=round(score, 3),
    )


_MARK_STOP = "。！？!?；;\n"


def _marked(raw: str | None, f: Fact) -> str:
    """The sentence around ``f`` with the figure put in 【】 (raw text when there is some)."""
    if raw is not None and raw[f.start : f.end] == f.text:
        a = max(raw.rfind(c, 0, f.start) for c in _MARK_STOP) + 1
        ends = [i for i in (raw.find(c, f.end) for c in _MARK_STOP) if i >= 0]
        b = min(ends) + 1 if ends else len(raw)
        if f.start - a > 120:
            a = f.start - 120
        if b - f.end > 120:
            b = f.end + 120
        return (raw[a : f.start] + "【" + f.text + "】" + raw[f.end : b]).strip()
    i = f.sentence.find(f.text)
    if i < 0:
        return f.sentence
    return f.sentence[:i] + "【" + f.text + "】" + f.sentence[i + len(f.text) :]


#: A draft figure printed as a source figure, with this many characters before it (and
#: two after) the same, is a copy of it (see :func:`_copied`).
COPY_CONTEXT = 6


def _copied(d: _Item, s: _Item) -> bool:
    """Is draft figure ``d`` copied from source figure ``s``: the same printed figure with
    the same few characters before it (at least 3, up to :data:`COPY_CONTEXT`) and right
    after it (唐山地区66%酸粉, a grade label, or a headline figure copied verbatim)?"""
    if _WS.sub("", _norm_text(d.fact.text)) != _WS.sub("", _norm_text(s.fact.text)) or d.fact.unit != s.fact.unit:
        return False
    k = min(len(d.before), COPY_CONTEXT)
    if k < 3 or d.before[-k:] != s.before[-k:]:
        return False
    a = min(len(d.after), 2)
    return d.after[:a] == s.after[:a]


#: An equal-valued twin of a draft figure naming no subject must name its measure this alike
#: (成年人每天接触手机 ~ 成年国民日均手机接触时长 is 0.44).
EQUAL_TWIN_METRIC = 0.4


def _equal_value_slip(d: _Item, sources: list[_Item]) -> tuple[str, str, _Item] | None:
    """A direction flip or qualifier change of a source figure with the very same number,
    unit and role, about the same named subject and no other period, even when the
    descriptions score poorly (2016年则同比增长1.95% against 2016年持续下降1.95%): when
    exactly one source figure is such a twin and the change is a known slip of it."""
    df = d.fact
    twins = [
        s for s in sources
        if s.fact.unit == df.unit and (s.subject is not None or d.subject is None or not d.namelike) and abs(s.fact.value) == abs(df.value)
        and _same_number(df, s.fact) and _role_ok(d, s) and not _subject_conflict(d, s) and not _period_conflict(d, s)
    ]
    if d.subject is None and len(twins) > 1:
        # (no subject to tell them apart: the one whose measure the draft names clearly best)
        best = _clearly_best_named(d, twins)
        twins = [best] if best is not None else twins
    if len(twins) != 1 or (d.subject is None and _metric_sim(d, twins[0]) < EQUAL_TWIN_METRIC):
        return None
    slip = _slip(d, twins[0])
    if slip and slip[0] in ("direction_flipped", "qualifier_changed"):
        return slip
    return None


def _unit_twin(d: _Item, sources: list[_Item]) -> tuple[str, str, _Item] | None:
    """A draft figure no source states, whose distinctive printed number (at least three
    digits: 51.5, 23.11) the sources print exactly once, in another unit, for the same
    measure and no other subject or period: 减少51.5% for the source's 减少51.5亿元; or, with
    at least four digits, in the same unit at another scale (1098.6亿人次 for 1098.6万人次)."""
    df = d.fact
    md, _, _ = _mantissa(df)
    if md is None or len(_digits(abs(md))) < 2:
        return None
    twins = [s for s in sources if _mantissa(s.fact)[0] == md]
    if len(twins) > 1 and len({(s.fact.value, s.fact.unit) for s in twins}) == 1:
        # (交易金额为18.8亿元 … 受让标的价格为18.8亿元: one amount stated twice)
        twins = [max(twins, key=lambda s: _coverage(d, s))]
    if len(twins) > 1:
        # (水产品产量4.7万吨 against 水产品产量增长4.7% and 小幅下降4.7%: the one printing it
        # among the draft's measure words, the others among none of them)
        named = [s for s in twins if _coverage(d, s) >= WRONG_VALUE_COVERAGE]
        if len(named) == 1 and all(_coverage(d, s) < TWIN_COVERAGE for s in twins if s is not named[0]):
            twins = named
    if len(twins) != 1:
        return None
    s = twins[0]
    if _subject_conflict(d, s) or _period_conflict(d, s):
        return None
    if s.fact.unit == df.unit:
        if not (s.fact.value and df.value != s.fact.value):
            return None
        ratio = abs(df.value / s.fact.value)
        # (计入后则为35.9万元 for the source's 35.9亿元: 万 for 亿, the slip of the class, needs a
        # number of three digits; any other scale four)
        wan_yi = ratio in _WAN_YI_RATIOS and len(_digits(abs(md))) >= 3
        if not (wan_yi or len(_digits(abs(md))) >= MAGNITUDE_TWIN_DIGITS):
            return None
        if not _is_power_of_ten(ratio):
            # (4028万亩 for the source's 4028万平方米: one number printed in two units of area)
            return "wrong_unit", f"draft {df.text} prints the source's {s.fact.text} in another unit", s
        # 内地至港澳航线为1098.6亿人次 for the source's 1098.6万人次: a distinctive number the
        # sources print once, at another scale
        return "magnitude", f"draft {df.text} is {ratio.normalize():f} times the source's {s.fact.text}", s
    # (4028万亩 for the source's 4028万平方米: a number of four digits printed once is its own
    # evidence, with fewer of the draft's measure words around it)
    # (账面现金约4.5亿元 for the source's 现金为4.5亿港元: an amount with its currency swapped is
    # its own evidence, as a number of four digits is)
    currency_swap = df.kind == s.fact.kind == "money" and df.unit != s.fact.unit
    if _coverage(d, s) < (TWIN_COVERAGE if len(_digits(abs(md))) >= DISTINCT_TWIN_DIGITS or currency_swap else WRONG_VALUE_COVERAGE):
        return None
    if {df.unit, s.fact.unit} == {"%", "pp"} and s.fact.value == df.value and _role_ok(d, s):
        # 同比增长69.0个百分点 for the source's 同比增长69.0%: points for percent
        return _points_slip(d, s)
    if len(_digits(abs(md))) < 3 and _coverage(d, s) < (WRONG_VALUE_COVERAGE / 2 if currency_swap else 1):
        return None  # (a short number needs all of the draft's measure words around it: 净赎回46亿份)
    if s.fact.unit.split("/")[0] == df.unit.split("/")[0] and s.fact.value != df.value:
        return None  # (the same unit at another scale is a magnitude slip, judged elsewhere)
    if {df.unit, s.fact.unit} == {"%", "pp"}:
        return _points_slip(d, s)
    return "wrong_unit", f"draft {df.text} prints the source's {s.fact.text} in another unit", s


#: How many digits a number needs before its repetition at another scale is a magnitude slip.
MAGNITUDE_TWIN_DIGITS = 4
#: The scales of a 万/亿 slip (万 for 亿, 亿 for 万, 元 for 万元…).
_WAN_YI_RATIOS = frozenset({Decimal(10) ** 4, Decimal(10) ** 8, Decimal(10) ** -4, Decimal(10) ** -8})


def _unsupported_or_unit_slip(d: _Item, sources: list[_Item], expl: str, scored: list):
    """The verdict on a draft figure no candidate settles: contradicted when the number is a
    known slip of one source figure (:func:`_unit_twin`, :func:`_digit_twin`,
    :func:`_points_twin`); supported by rounding or as a share when one source figure states
    it so (:func:`_rounded_twin`, :func:`_share_of_part`); else unsupported with ``expl``."""
    ut = _unit_twin(d, sources) or _digit_twin(d, sources) or _points_twin(d, sources)
    if ut is not None:
        return "contradicted", ut[0], ut[1], ut[2], scored
    rounded = _rounded_twin(d, sources)
    if rounded is not None:
        return "supported_by_rounding", None, f"draft {d.fact.text} rounds the source's {rounded.fact.text} (the only source figure it rounds)", rounded, scored
    share = _share_of_part(d, sources)
    if share is not None:
        return share[0], None, f"draft {d.fact.text} states the share the source gives {share[1].fact.subject}: {share[1].fact.text}", share[1], scored
    listed = _counts_listed(d)
    if listed is not None:
        return "supported", None, f"draft {d.fact.text} counts the {len(listed)} items it lists before it: {'、'.join(listed)}", None, scored
    moved = _moved_to_named(d, sources)
    if moved is not None:
        twin, own = moved
        return (
            "contradicted", "wrong_subject",
            f"{d.fact.text} is the source's figure for {twin.subject_raw or twin.subject}; for {d.subject_raw or d.subject} it gives {own.fact.text}",
            own, scored,
        )
    ends = _change_from_ends(d, sources)
    if ends is not None:
        start, end, pct = ends
        return (
            "supported_by_rounding", None,
            f"draft {d.fact.text} is the change from the source's {start.fact.text} to {end.fact.text} ({pct:+.1f}%)", end, scored,
        )
    return "unsupported", None, expl, None, scored


def _moved_to_named(d: _Item, sources: list[_Item]) -> tuple[_Item, _Item] | None:
    """(the source figure printing the draft's number, the draft's named subject's own figure)
    when the draft gives a number printed once in the sources (three digits or more) to a named
    subject the sources give one other figure of that unit and role, and the number to another
    named subject of the same kind of name: 江苏47万套 against 江苏（50万套）、上海（47万套）."""
    df = d.fact
    if d.subject is None or not d.namelike or df.value is None or len(_digits(df.value)) < 3:
        return None
    twins = [s for s in sources if s.fact.unit == df.unit and s.fact.value == df.value]
    if len(twins) != 1:
        return None
    t = twins[0]
    if t.subject is None or not t.namelike or _same_name(t.subject, d.subject) or not _role_ok(d, t):
        return None
    if bool(d.places) != bool(t.places):
        return None  # (a place against a firm: no sibling of the draft's name)
    own = [
        s for s in sources
        if s is not t and s.subject is not None and _same_name(s.subject, d.subject) and s.fact.unit == df.unit
        and s.fact.role == t.fact.role and s.fact.sentence == t.fact.sentence
    ]
    if len(own) != 1 or _metric_sim(d, own[0]) + 0.1 < _metric_sim(d, t):
        return None  # (两者仅差13万辆: the draft's words name the difference, not the subject's own measure)
    return t, own[0]


def _change_from_ends(d: _Item, sources: list[_Item]) -> tuple[_Item, _Item, float] | None:
    """(start, end, change in %) of the one source change, stated by its two ends (从210多元涨到了
    261元), whose change in percent or in 倍 the draft's change states (涨幅达两成), for the same
    measure and owner as far as the draft names them; None when none, or more than one, fits.
    A reporter computes such a change; a source that states only its ends supports it."""
    df = d.fact
    if df.role != "delta" or df.unit not in ("%", "x") or df.value is None or df.value <= 0:
        return None
    found = []
    for a in sources:
        if a.fact.role != "after" or a.fact.unit in ("%", "pp", "x") or not a.fact.value:
            continue
        b = _partner(a)
        if b is None or b.fact.unit != a.fact.unit or not b.fact.value or b.fact.value <= 0:
            continue
        pct = (a.fact.value - b.fact.value) / b.fact.value * 100
        if (df.direction == "up" and pct <= 0) or (df.direction == "down" and pct >= 0):
            continue
        stated = df.model_copy(update={"value": abs(pct).quantize(Decimal("0.01")), "unit": "%", "qualifier": "exact", "low": None, "high": None})
        if _relate(df, stated) is None or _subject_conflict(d, a) or _period_conflict(d, a):
            continue
        words = d.metric if len(d.metric) >= 2 else d.clause
        said = _norm_text(a.fact.sentence)
        if words and sum(c in said for c in words) / len(words) < TWIN_COVERAGE and not (d.subject is not None and d.subject == a.subject):
            continue  # (the draft's words for the measure, or enough of them, are in the change's sentence)
        found.append((b, a, float(pct)))
    return found[0] if len(found) == 1 else None


#: Units of a small count of named things (三家电子信息公司, 两项产品).
_LISTED_UNITS = frozenset({"家", "项", "个", "只", "座", "所", "种", "类", "款", "位", "名", "支", "条", "艘", "架", "辆", "部"})


def _counts_listed(d: _Item) -> list[str] | None:
    """The items a small draft count counts when the draft lists exactly that many right
    before it, in its clause or the clause before (银河电子、川大智胜、立讯精密三家电子信息公司;
    比亚迪、吉利、上汽位列前三，三家合计): a count of the draft's own list, no source figure."""
    f = d.fact
    if f.kind != "count" or f.unit not in _LISTED_UNITS or f.qualifier != "exact" or f.value != int(f.value) or not 2 <= f.value <= 9:
        return None
    clauses = re.split(r"[，,：:]", _sentence_before(d))
    for clause in (clauses[-1], clauses[-2] if len(clauses) > 1 else ""):
        parts = _GROUP_SEP.split(clause)
        if len(parts) < 2:
            continue
        items = [p for p in parts if p]
        if (
            len(items) == int(f.value) and all(2 <= len(p) for p in items) and all(len(p) <= 10 for p in items[:-1])
            and ("、" in clause or len(items) == 2) and not re.search(r"[0-9０-９]|[一二三四五六七八九十两百千]+[人个家名项万亿元]", clause)
        ):  # (names, not figures: 6人遇难、5人失踪 lists no two things to count)
            return items
        return None
    return None


def _rounded_twin(d: _Item, sources: list[_Item]) -> _Item | None:
    """The one source figure a draft number of three digits or more rounds (广东以2.85万亿元居首
    for 广东GDP为28498.79亿元), in the same unit and role, for no other subject or period, for
    the same named subject or among some of the draft's measure words."""
    df = d.fact
    md, _, _ = _mantissa(df)
    if md is None or len(_digits(abs(md))) < 3:
        return None
    twins = [
        s for s in sources
        if s.fact.unit == df.unit and s.fact.qualifier == "exact" and df.qualifier in ("exact", "about")
        and _relate(df, s.fact) == "supported_by_rounding"
    ]
    if len(twins) != 1:
        return None
    s = twins[0]
    if not _role_ok(d, s) or _direction_conflict(df, s.fact) or _subject_conflict(d, s) or _period_conflict(d, s):
        return None
    if not (d.subject is not None and d.subject == s.subject) and _coverage(d, s) < TWIN_COVERAGE:
        return None
    return s


_SHARE_WORD = re.compile(r"^占|占比|比重|份额")


def _share_of_part(d: _Item, sources: list[_Item]) -> tuple[str, _Item] | None:
    """(verdict, source item) when the draft gives a share (占近八成, 占比超九成) to a part
    and the sources state one share, agreeing with it, for that part, however each words
    the whole (占天然气消费的77.3%)."""
    df = d.fact
    part = df.subject
    if df.unit != "%" or df.role == "delta" or not part or not _SHARE_WORD.search(df.metric or ""):
        return None
    shares = [
        s for s in sources
        if s.fact.unit == "%" and s.fact.role != "delta" and s.fact.subject and _SHARE_WORD.search(s.fact.metric or "")
        and _same_name(part, s.fact.subject) and not _period_conflict(d, s)
    ]
    if len(shares) != 1:
        return None
    rel = _relate(df, shares[0].fact)
    return (rel, shares[0]) if rel else None


def _clearly_best_named(d: _Item, items: list[_Item]) -> _Item | None:
    """Of ``items``, the one whose measure the draft's names best, by a margin of 0.1 over the
    next (the only one when there is one); None when none is clearly best."""
    if not items:
        return None
    ranked = sorted(((_metric_sim(d, s), s) for s in items), key=lambda x: -x[0])
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < 0.1:
        return None
    return ranked[0][1]


def _points_twin(d: _Item, sources: list[_Item]) -> tuple[str, str, _Item] | None:
    """A change no source states in its unit whose number a source change states in the other
    of % and 个百分点, for no other subject or period, in the same direction: 端游仅增长10个百分点
    for the source's 端游增长10%. Of several such figures, the one whose measure the draft's
    names clearly best."""
    df = d.fact
    other = {"%": "pp", "pp": "%"}.get(df.unit)
    if other is None or df.role != "delta":
        return None
    twins = [
        s for s in sources
        if s.fact.unit == other and s.fact.role == "delta" and abs(s.fact.value) == abs(df.value)
        and not _subject_conflict(d, s) and not _period_conflict(d, s) and not _direction_conflict(df, s.fact)
    ]
    s = _clearly_best_named(d, twins)
    if s is None:
        return None
    return "percent_vs_points", f"draft {df.text} is the source's {s.fact.text} in another unit (% and 个百分点)", s


def _printed(f: Fact) -> str | None:
    """The Arabic number printed in a figure, without grouping commas (None for Chinese numerals)."""
    m = _NUM_RE.search(_norm_text(f.text))
    return m.group().replace(",", "") if m else None


def _adjacent_swap(a: str, b: str | None) -> bool:
    """Whether printed numbers ``a`` and ``b`` differ only by two neighbouring digits swapped
    (8.31 and 8.13, 15.2 and 12.5), the decimal point in the same place."""
    if b is None or len(a) != len(b) or a.find(".") != b.find("."):
        return False
    da, db = a.replace(".", ""), b.replace(".", "")
    diff = [i for i in range(len(da)) if da[i] != db[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and da[diff[0]] == db[diff[1]] and da[diff[1]] == db[diff[0]]


def _one_digit_off(a: str | None, b: str | None) -> bool:
    """Whether printed numbers ``a`` and ``b`` (at least two digits each) differ in one digit
    only, the decimal point in the same place (88.6 and 86.6, 1866 and 1966; not 5 and 6)."""
    if a is None or b is None or len(a) != len(b) or a.find(".") != b.find("."):
        return False
    da, db = a.replace(".", ""), b.replace(".", "")
    return len(da) >= 2 and sum(x != y for x, y in zip(da, db)) == 1


#: How many printed digits a number needs before two of them swapped is a transposition.
TRANSPOSED_TWIN_DIGITS = 3


def _digit_twin(d: _Item, sources: list[_Item]) -> tuple[str, str, _Item] | None:
    """A draft figure no source states whose printed number (at least
    :data:`TRANSPOSED_TWIN_DIGITS` digits) is one source value's with two neighbouring digits
    swapped, in the same unit and role, for no other subject or period: 0.239亿港元 for the
    source's 0.329亿港元, however the draft words its measure (17.2% against 21.7% is no
    such slip, nor 6.33% against 33.6%)."""
    df = d.fact
    printed = _printed(df)
    if printed is None or len(printed.replace(".", "")) < TRANSPOSED_TWIN_DIGITS:
        return None
    twins = [
        s for s in sources
        if s.fact.unit == df.unit and s.fact.value is not None and s.fact.value != df.value
        and _adjacent_swap(printed, _printed(s.fact)) and _role_ok(d, s)
    ]
    if len({abs(s.fact.value) for s in twins}) != 1:
        return None
    s = twins[0]
    if _subject_conflict(d, s) or _period_conflict(d, s):
        return None
    return "transposed_digits", f"draft {df.text} has the digits of the source's {s.fact.text} in another order", s


#: How many digits a printed number needs before its exact repetition identifies it.
TWIN_DIGITS = 2
#: How many digits make a number printed once in the sources distinctive enough to stand
#: without any of the draft's measure words around it.
DISTINCT_TWIN_DIGITS = 4
#: The share of the draft's measure words a lone twin must show around it.
TWIN_COVERAGE = 0.34


_LONE_EXPL = "draft states {} (the only source figure printing this number; worded differently)"
_CLAIM_TWIN_EXPL = "draft states {} (of the source's claim of {}, as the draft's claim is; worded differently)"


def _claim_twin(d: _Item, sources: list[_Item]) -> tuple[_Item, _Item] | None:
    """(the source twin of the draft figure's claim-mate, the source figure of its claim
    stating the draft's number) when the draft words its measure too differently for any
    source figure to fit: 各国央行一季度净购金95.5吨，同比下降23％ against 全球官方黄金储备增加了
    95.5吨，虽然同比下降了23％. The mate, of another unit and printed once in the sources with
    three or more digits, says which claim the draft restates."""
    df = d.fact
    if not df.claim:
        return None
    mates = [
        m for m in d.doc._items  # type: ignore[attr-defined]
        if m is not d and m.fact.claim == df.claim and m.fact.unit != df.unit and m.fact.unit not in ("%", "pp")
        and len(_digits(m.fact.value)) >= 3
    ]
    if len(mates) != 1:
        return None
    m = mates[0]
    twins = [t for t in sources if t.fact.unit == m.fact.unit and t.fact.value == m.fact.value]
    if len(twins) != 1 or not twins[0].fact.claim:
        return None
    t = twins[0]
    own = _claim_figures_like(d, t)
    return (t, own[0]) if len(own) == 1 and _relate(df, own[0].fact) == "supported" else None


def _lone_twin(d: _Item, sources: list[_Item]) -> _Item | None:
    """The one source figure that states the draft's distinctive number (at least
    :data:`TWIN_DIGITS` digits: 6.9%, 12315.2亿元, not 5%; printed alike or with another
    magnitude word, 27859亿元 as 2.7859万亿元) in the same unit, role and
    direction, for no other subject or period, with some of the draft's measure words
    around it (none for four digits or more, or three with the same named subject; all of
    them for a number of one digit, 9个, which the draft must give the same subject or none).
    A summary in other words (进出口 for 进出口总值, 今年以来 dropped) still states that
    figure; a number printed twice in the sources identifies nothing."""
    df = d.fact
    md, _, _ = _mantissa(df)
    if md is None and df.value is None:
        return None
    # (a number of one digit, 9个 or 七成, identifies a figure only among every one of the draft's
    # measure words, for the same named subject or none; a Chinese numeral counts its
    # significant digits: 两家, 四成 and 前三 have one, 二十八个 two)
    digits = len(_digits(abs(md))) if md is not None else max(1, len(_digits(df.value).rstrip("0")))
    short = digits < TWIN_DIGITS
    twins = [s for s in sources if s.fact.unit == df.unit and s.fact.value == df.value]  # (27859亿元 restated as 2.7859万亿元 too)
    if len(twins) > 1 and len({(t.fact.role, t.fact.direction) for t in twins}) == 1 and not any(
        _subject_conflict(d, t) or _period_conflict(d, t) for t in twins
    ):
        # (在纳入统计的2956只基金中 after 2956只积极投资偏股型基金: one figure printed twice
        # in the same role, none of it for another subject or period)
        twins = twins[:1]
    if len(twins) != 1:
        return None
    s = twins[0]
    # (各国央行1季度净购金95.5吨 against 官方黄金储备增加95.5吨: a distinctive amount the draft
    # states without a verb of change is the source's change amount)
    amount = (
        df.role == "value" and df.direction is None and s.fact.role == "delta" and digits >= 3
        and not re.search(r"[低高增减降涨升跌]", re.split(r"[,，;；]", d.local)[-1])  # (10年期低11.52%: a direction the extractor left unread)
    )
    if not (_role_ok(d, s) or amount) or _direction_conflict(df, s.fact) or _subject_conflict(d, s) or _period_conflict(d, s) or _loss_flip(d, s):
        return None
    # (a number of four digits or more printed once is its own evidence: 贸易额为4905.2亿元
    # against 对欧盟进出口以4905.2亿元 shares no measure word)
    same_subject = d.subject is not None and d.subject == s.subject
    if short:
        if d.subject is not None and not same_subject:
            return None
        need = 1.0
    elif digits >= DISTINCT_TWIN_DIGITS or (same_subject and digits >= 3):
        need = 0.0  # (平板玻璃产量增长49.3% against …平板玻璃(49.3%): the same named subject)
    else:
        need = TWIN_COVERAGE
    if _relate(df, s.fact) != "supported" or _coverage(d, s) < need or _namesake(d, s, sources) is not None:
        return None
    # the draft sets the number beside a name the sources give other figures to, and the twin's
    # words do not name it: the number moved to another subject (最高的航天宏图为46.15倍，最低的
    # 中国通号为18.8倍 written as 中国通号…最高，为46.15倍)
    for o in sources:
        name = o.subject_raw
        if (
            o is not s and name and o.namelike and len(name) >= 3 and name in d.local
            and name not in s.local and name not in s.before and (s.subject_raw or "") != name
        ):
            return None
    # another figure of the same subject and period names the draft's measure better:
    # the draft moved this number to it (出口增长18.6% written as 进口增长18.6%)
    own = _metric_sim(d, s)
    own_cov = _coverage(d, s)
    for o in sources:
        if (
            o is not s and o.fact.unit == df.unit and o.fact.value != df.value
            and not _subject_conflict(d, o) and not _period_conflict(d, o) and _role_ok(d, o)
            and _metric_sim(d, o) > max(own + 0.1, LONE_BETTER_NAMED) and _coverage(d, o) >= own_cov
            # (其他业务…收入49.64亿元 against 其他业务's 49.64亿元 the extractor named no measure for:
            # a number of four digits printed once for the draft's own named subject stands)
            and not (digits >= DISTINCT_TWIN_DIGITS and same_subject and o.subject != d.subject)
        ):
            return None
    # another figure is worded as the draft's, measure and named subject alike, and the twin is
    # not: the draft moved this number to it (国内航线客运量…增长11.1%, where the source's 11.1% is
    # 国际航线客运量's and its 国内航线客运量 grew 13.4%)
    if _worded_elsewhere(d, s, sources):
        return None
    return s


def _worded_elsewhere(d: _Item, s: _Item, sources: list[_Item]) -> bool:
    """Is another source figure, not ``s``, worded as the draft's, measure and named subject
    alike, with another value? Then the draft moved ``s``'s number to it (国内航线客运量…增长11.1%,
    where the source's 11.1% is 国际航线客运量's and its 国内航线客运量 grew 13.4%). A bound
    (逾100%) names no value and moves nothing."""
    df = d.fact
    if len(_norm_text(df.metric or "")) < 2 or df.qualifier != "exact" or _worded_as(d, s):
        return False
    return any(
        o is not s and o.fact.unit == df.unit and o.fact.value != df.value and _role_ok(d, o)
        and not _direction_conflict(df, o.fact) and not _period_conflict(d, o) and _worded_as(d, o)
        for o in sources
    )


def _named_as_other(d: _Item, s: _Item, near: list[_Item]) -> _Item | None:
    """The one figure among ``near`` (fitting about as well as ``s``) whose measure the source
    words exactly as the draft does (a name inside it included: 对印度进出口), with another
    value, when ``s``'s measure is the draft's words with more set inside them (对印度尼西亚进出口)."""
    df = d.fact
    m, sm = _norm_text(df.metric or ""), _norm_text(s.fact.metric or "")
    pre, suf = _common_ends(m, sm)
    if len(m) < 4 or len(sm) <= len(m) or pre < 1 or suf < 1 or pre + suf != len(m) or df.qualifier != "exact":
        return None  # (only a name set inside the draft's words: 对印度进出口 in 对印度尼西亚进出口)
    inserted = sm[pre : len(sm) - suf]
    if inserted in _GENERIC_SUBJECTS or inserted in ("本公司", "该公司", "本集团"):
        return None  # (占公司总股本 for 占总股本: 公司 names no one the draft left out)
    found = [
        o for o in near
        if o is not s and _norm_text(o.fact.metric or "") == m and o.fact.unit == df.unit and o.fact.value != df.value
        and _role_ok(d, o) and not _direction_conflict(df, o.fact) and not _period_conflict(d, o) and not _subject_conflict(d, o)
    ]
    return found[0] if len(found) == 1 else None


#: What stands between two figures listed each after its own measure: a separator and the
#: second's measure (、落后钢铁产能), no 中 or 其中 making the second a part of the first.
_LISTED_PAIR = re.compile(r"[、，,；;]\s*(?:和|及|与)?(?:(?!其中|中)[^，,。；;\d]){2,16}")


def _named_beside(d: _Item, lone: _Item, scored: list[tuple[float, _Item]]) -> _Item | None:
    """The figure of ``lone``'s sentence whose measure the draft names word for word, and not
    ``lone``'s, fitting the draft clearly better than ``lone`` with another value: the draft put
    ``lone``'s number beside the wrong one of two listed measures."""
    df = d.fact
    m = _norm_text(df.metric or "")
    lone_sc = next((sc for sc, t in scored if t is lone), 0.0)
    if _norm_text(lone.fact.metric or "") in m:
        return None
    text = lone.doc.text or ""

    def beside(o: _Item) -> bool:  # (…产能5782万吨、落后钢铁产能1275万吨: items of one list, each named)
        a, b = sorted((lone, o), key=lambda x: x.fact.start)
        return bool(_LISTED_PAIR.fullmatch(text[a.fact.end : b.fact.start]))

    found = [
        o for sc, o in scored
        if o is not lone and o.doc is lone.doc and o.fact.sentence == lone.fact.sentence
        and sc >= CONTRA_MIN_SCORE and sc >= lone_sc + EXCUSE_MARGIN
        and len(om := _norm_text(o.fact.metric or "")) >= 4 and om in m and om not in _norm_text(lone.fact.metric or "")
        and beside(o)
        and o.fact.unit == df.unit and o.fact.value != df.value
        and _role_ok(d, o) and not _subject_conflict(d, o) and not _period_conflict(d, o)
    ]
    return found[0] if len(found) == 1 else None


def _worded_as(d: _Item, o: _Item) -> bool:
    """Does ``o`` print the draft's measure and named subject as the draft does (国内航线客运量
    and 国内航线客运量; no subject on either side, or the same)?"""
    if _norm_text(o.fact.metric or "") != _norm_text(d.fact.metric or ""):
        return False
    return (d.fact.subject or "") == (o.fact.subject or "")


#: How alike a figure of the draft's own subject must name its measure to be the one meant
#: when another subject's figure names it closer (汽车销量 for the draft's 销量: 0.88).
SAME_OWNER_METRIC = 0.8


#: A figure blocks a lone twin as naming the draft's measure better only when it names it at
#: least this alike (万亿 against the draft's 江苏以 names nothing: 0.24).
LONE_BETTER_NAMED = 0.5


def _subject_twin(d: _Item, sources: list[_Item]) -> _Item | None:
    """For a draft figure that names no measure (天津一季度仅增长0.1%), the one source figure
    of the same named subject with the same printed number, unit, role and direction, in no
    other period (figures repeating it for that subject agree): 天津（0.1%） in a list of
    provinces' growth rates."""
    df = d.fact
    if not d.namelike or d.subject is None:
        return None
    own = d.metric.replace(d.subject_raw or d.subject, "")
    if df.metric and df.metric not in _INLINE_SPACE_RE.sub("", df.sentence or "") and not any(
        o.subject == d.subject and o.fact.unit == df.unit and o.fact.value != df.value
        and (o.fact.role == "delta") == (df.role == "delta") for o in sources
    ):
        # (赣州市以4.6亿美元居第二位: a measure the extractor carried from the sentence before names
        # none here, unless the sources give the subject another figure of the kind: 金融业增长13.7%
        # after 第三产业增加值…, against the source's 金融业增长4.8%)
        own = ""
    if len(own) >= 2:
        return None  # (万科以二百八十亿元居首: the name and a preposition name no measure)
    twins = [
        s for s in sources
        if s.fact.unit == df.unit and s.fact.value == df.value and _same_number(df, s.fact) and s.subject is not None
        and (s.subject == d.subject or not _subject_conflict(d, s)) and _mentions(d.subject_raw or d.subject, s.local + s.line)
    ]
    if not twins or len({s.subject for s in twins}) != 1:
        return None  # (a number printed for two subjects identifies nothing)
    for s in twins:
        if _direction_conflict(df, s.fact) or _period_conflict(d, s) or _relate(df, s.fact) != "supported":
            continue
        if (df.role == "delta") != (s.fact.role == "delta") and not (s.fact.unit == "%" and s.metric in _RATE_METRICS | {""}):
            continue  # (a level is no change, unless the source's figure is a rate: 增速…天津（0.1%）)
        return s
    return None


def _namesake(d: _Item, s: _Item, sources: list[_Item]) -> _Item | None:
    """Another source figure that names the draft's measure and subject as the draft does
    (制造业投资 45.9% against the draft's 制造业投资 51.9%, which the source gives to
    高技术制造业投资) while ``s`` names them otherwise: the draft moved ``s``'s number."""
    own = max(_metric_sim(d, s), 0.0)
    d_subj = d.subject_raw or d.subject
    if d_subj and not _mentions(d_subj, d.local):
        d_subj = None  # a subject carried into the draft's clause is a guess: judge by the words alone
    for o in sources:
        if o is s or o.fact.unit != d.fact.unit or o.fact.value == d.fact.value or _period_conflict(d, o):
            continue
        if not _role_ok(d, o):
            continue
        o_subj = o.subject_raw or o.subject
        same_subject = (o_subj is None or (d_subj is not None and _sim(d_subj, o_subj) >= 0.8)) if d_subj else (o_subj is None or not _mentions(o_subj, o.local))
        if _metric_sim(d, o) >= 0.95 and (own < 0.9 or _printed_other_measure(d, s, o)) and same_subject:
            return o
        # 石油和天然气开采业增长10.6% where the source gives that industry 12.5% (and 10.6% to another)
        s_subj = s.subject_raw or s.subject
        if d_subj and o_subj and s_subj and _sim(d_subj, o_subj) >= 0.9 and _sim(d_subj, s_subj) < 0.5 and _metric_sim(d, o) >= own:
            return o
    return None


def _printed_other_measure(d: _Item, s: _Item, o: _Item) -> bool:
    """Do ``d`` and ``o`` print one measure (扣非净利润) that ``s`` prints otherwise (归母净利润),
    though normalised the two read alike (净利润)? Neither printed name holds the other, and
    the measure is more than a bare rate word (涨幅 names no measure of its own)."""
    rd, rs, ro = (_norm_text(x.fact.metric or "") for x in (d, s, o))
    return len(rd) >= 3 and rd not in _RATE_METRICS and len(rs) >= 2 and rd == ro and rs not in rd and rd not in rs


def _copy_of(d: _Item, sources: list[_Item]) -> tuple[str, _Item] | None:
    """(verdict, source item) when the draft figure is copied with its context from a
    source figure (:func:`_copied`) that agrees in value: that figure, however its
    description scores (a grade label 66%酸粉 has no metric), unless the draft gives it to
    another subject or period or turns its direction or role."""
    df = d.fact
    for s in sources:
        if (
            _copied_alike(d, s) and not _subject_conflict(d, s)
            and not _period_conflict(d, s) and _namesake(d, s, sources) is None and not _worded_elsewhere(d, s, sources)
        ):
            rel = _relate(df, s.fact)
            if rel:
                return rel, s
    return None


def _elsewhere(d: _Item, s: _Item) -> tuple[str, str, str, _Item]:
    """The verdict on a draft figure that source figure ``s`` states for another subject or
    period: wrong_subject, else wrong_period (by its base or its time), explained."""
    if _subject_conflict(d, s):
        return "contradicted", "wrong_subject", f"the source gives {s.fact.text} to {_owner_words(s)}, not to {_owner_words(d)}", s
    if _base_conflict(d, s):
        return "contradicted", "wrong_period", f"the source gives {s.fact.text} as a change against {_base_words(s.base or 'yoy')}, the draft against {_base_words(d.base or 'yoy')}", s
    other = _swapped_end(d, s)
    if other is not None:
        return (
            "contradicted", "before_after_swapped",
            f"the source gives {other.fact.text} at the draft's start or end of the change and {s.fact.text} at the other; the draft swaps them", other,
        )
    return "contradicted", "wrong_period", f"the source gives {s.fact.text} for {_when(s)}, not for {_when(d)}", s


def _swapped_end(d: _Item, s: _Item) -> _Item | None:
    """The source figure stating the other end of the draft's change at the time the draft
    gives ``d``, when ``s``, stating ``d``'s number, fits the other end's time (从年初的10600元涨至
    近期的8700元 against 年初报价8700元，近期价格已徘徊在10600元): the ends swapped."""
    if d.fact.role not in ("before", "after"):
        return None
    pd = _partner(d)
    if pd is None or pd.fact.unit != d.fact.unit or _period_conflict(pd, s):
        return None
    found = [
        t for t in s.doc._items  # type: ignore[attr-defined]
        if t is not s and t.fact.unit == pd.fact.unit and t.fact.value == pd.fact.value
        and not _period_conflict(d, t) and not _subject_conflict(d, t)
        and (t.fact.sentence == s.fact.sentence or _metric_sim(d, t) >= _metric_sim(d, s) - 0.2)
    ]
    return found[0] if len(found) == 1 else None


def _copied_elsewhere(d: _Item, sources: list[_Item]) -> _Item | None:
    """The one source figure draft figure ``d`` is copied from with its words around it
    (:func:`_copied`), in the same role and direction, that the draft gives to another
    subject or period; None if no or several source figures are so copied."""
    hits = [
        s for s in sources
        if _copied_alike(d, s) and (_subject_conflict(d, s) or _period_conflict(d, s)) and _relate(d.fact, s.fact)
    ]
    return hits[0] if len(hits) == 1 else None


def _copied_alike(d: _Item, s: _Item) -> bool:
    """Is draft figure ``d`` copied from ``s`` with its words around it (:func:`_copied`), in a
    role that fits and without turning its direction?"""
    return _copied(d, s) and _role_ok(d, s) and not _direction_conflict(d.fact, s.fact)


def _coverage(d: _Item, s: _Item) -> float:
    """The share of the characters of the draft's measure (its metric, else its clause)
    found in the words around the source figure."""
    words = d.metric if len(d.metric) >= 2 else d.clause
    if not words:
        return 1.0
    around = set(s.metric + s.clause + s.local + s.before + s.after + _norm_text(s.fact.metric or ""))
    return sum(c in around for c in words) / len(words)


def _named_apart(d: _Item, s: _Item) -> bool:
    """Does the source name ``s``'s owner (全国大中型旅游演艺项目…演出场次) where the draft names a
    part of its own in the measure words ``s`` lacks (专业剧场、小剧场以及新空间演出场次), the owner
    nowhere in the draft's sentence? Then the broader name is another segment's figure."""
    owner = s.subject_raw or s.subject
    if not owner or not s.namelike or _mentions(owner, d.fact.sentence) or not _mentions(owner, s.fact.sentence):
        return False
    # (主要经济指标中: "among the indicators" is a container, no part named)
    return len(d.metric) - len(s.metric) >= 2 and not d.metric.endswith("中")


def _moved_number(
    d: _Item, s: _Item, sc: float, scored: list[tuple[float, _Item]], sources: list[_Item]
) -> tuple[str, str, _Item] | None:
    """(error class, explanation, the source figure meant) when ``s`` states the draft's very
    number, but for the other end of a change, as a change's start where the draft has the
    level reached, for another year, in another item's claim, or for a part; None otherwise."""
    df = d.fact
    other_end = _dated_as_other_end(d, s)
    if other_end is not None:
        return (
            "wrong_period",
            f"the source gives {s.fact.text} for {s.period_text or '?'}; {d.period_text} dates the other end of its change, {other_end.fact.text}",
            s,
        )
    reached = _start_as_reached(d, s, scored)
    if reached is not None:
        return (
            "before_after_swapped",
            f"the source's change starts at {s.fact.text} and reaches {reached.fact.text}; the draft gives {df.text} as the level reached",
            reached,
        )
    change = _reached_as_start(d, s)
    if change is not None:
        return (
            "before_after_swapped",
            f"the source gives {s.fact.text} as the level reached ({change.fact.text} {_dir_word(change.fact)}); the draft gives it as the start",
            s,
        )
    dated = _dated_twin(d, s, sc, scored)
    if dated is not None:
        slip = _slip(d, dated)
        if slip is not None:
            return slip  # (不低于56亿元 for 2025年, where the source's 2025年 figure is 不低于65亿元: a slip of that one)
        return (
            "wrong_period",
            f"the source gives {s.fact.text} for {s.period_text or 'its own time'}; for {d.period_text} it gives {dated.fact.text}",
            dated,
        )
    anchor = _claim_anchor(d, s, sources)
    if anchor is not None:
        mate, own = anchor
        return (
            "wrong_subject",
            f"the draft states {df.text} with {mate.fact.text}; the source gives {mate.fact.text} with {own.fact.text}, and {s.fact.text} to another item",
            own,
        )
    whole = _whole_for_part(d, s, sc, scored)
    if whole is not None:
        return (
            "wrong_subject",
            f"the source gives {s.fact.text} to a part ({s.fact.metric}); for {whole.fact.metric or 'the whole'} it gives {whole.fact.text}",
            whole,
        )
    return None


def _listed_apart(d: _Item, s: _Item, near: list[_Item], top_m: float) -> bool:
    """Does the source state a figure of the draft's exact measure (新能源汽车…增长20.0%), as the
    draft states it (role, unit, no other subject), in the line that gives ``s`` to its broader
    name (汽车…增长26.6%)? The two are items of one list. ``near`` are the candidates fitting
    about as well as the best, ``top_m`` the exact naming's measure similarity."""
    # (7项主要经济指标中，3项指标…: the exact namer is the container of the broader one's set)
    return any(
        t.line == s.line and t.fact.metric != s.fact.metric and not t.metric.endswith("中")
        and t.fact.role == d.fact.role and t.fact.unit == d.fact.unit
        and _metric_sim(d, t) >= top_m - 0.05 and not _subject_conflict(d, t)
        for t in near
    )


def _names_more_broadly(s: _Item, d: _Item) -> bool:
    """Does source figure ``s`` name the draft's measure with fewer words (投资 for the
    draft's 总投资)? Such a figure is no other segment (实物商品网上零售额 is one of
    网上零售额: it adds words), so the exact-naming rule of ``_judge`` does not exclude it."""
    if not (len(s.metric) >= 2 and s.metric != d.metric and s.metric in d.metric):
        return False
    # (归母净利润, read as 净利润, is no broader name of the draft's 扣非净利润: as printed, it
    # names another measure)
    raw_s, raw_d = _norm_text(s.fact.metric or ""), _norm_text(d.fact.metric or "")
    return not raw_s or not raw_d or raw_s in raw_d or s.metric in raw_s and raw_s.startswith(s.metric)


def _top_n(f: Fact) -> bool:
    """Is a rank a place among the first N (前三, top10), not the Nth place?"""
    return f.text.lstrip().startswith(("前", "top", "TOP", "Top"))


def _judge(d: _Item, sources: list[_Item]) -> tuple[str, str | None, str, _Item | None, list[tuple[float, _Item]]]:
    df = d.fact
    seq = _sequence_order(d, sources)
    if seq is not None:
        return seq
    scored = []
    for s in sources:
        if s.fact.kind != df.kind and {s.fact.kind, df.kind} != {"ratio", "number"} and _unit_fit(df, s.fact) < 0.5:
            continue
        if df.kind == "rank" and s.fact.kind == "rank" and _top_n(df) != _top_n(s.fact):
            continue  # (位列前三, among the first three, is not 第三位, the third place)
        sc = _score(d, s)
        if sc >= MIN_SCORE:
            scored.append((sc, s))
    scored.sort(key=lambda x: -x[0])
    if not scored:
        copy = _copy_of(d, sources)
        if copy is not None:
            return copy[0], None, f"draft copies the source's {copy[1].fact.text} with its context", copy[1], []
        twin = _equal_value_slip(d, sources)
        if twin is not None:
            return "contradicted", twin[0], twin[1], twin[2], []
        lone = _lone_twin(d, sources) or _subject_twin(d, sources)
        if lone is not None:
            return "supported", None, _LONE_EXPL.format(lone.fact.text), lone, []
        sib = _sibling_slip(d, sources)
        if sib is not None:
            return "contradicted", "wrong_subject", sib[0], sib[1], []
        mate = _claim_twin(d, sources)
        if mate is not None:
            return "supported", None, _CLAIM_TWIN_EXPL.format(mate[1].fact.text, mate[0].fact.text), mate[1], []
        return _unsupported_or_unit_slip(d, sources, "no source figure states this", [])
    best_score = scored[0][0]
    # when the draft names the measure exactly as one source figure does, another figure
    # is accepted only if it names it (nearly) as exactly: 实物商品网上零售额 is not 网上零售额
    # (a figure of another subject naming it exactly excludes nothing: 最终消费支出对经济增长贡献率
    # is not the draft's 服务业…对经济增长的贡献率)
    # (a figure of the draft's number under another qualifier excludes nothing either: 1000万份米饭
    # in a headline, 供应米饭总计超过1000万份 in the body, for the draft's 米饭超过1000万份)
    named_by = [
        s for sc, s in scored
        if sc >= best_score - EXCUSE_MARGIN and not _subject_conflict(d, s)
        and not (s.fact.value == df.value and s.fact.unit == df.unit and s.fact.qualifier != df.qualifier)
    ]
    top_m = max((_metric_sim(d, s) for s in named_by), default=0.0)
    # (the words as printed, names and all: 规模以上工业增加值 is 规模以上工业企业's 工业增加值 more
    # than 第二产业's 增加值, though with the names cut out the latter fits exactly)
    top_raw = max((_raw_metric_sim(d, s) for s in named_by), default=0.0)
    ok: list[tuple[float, _Item, str]] = []
    for sc, s in scored:
        if sc < best_score - EXCUSE_MARGIN:
            break
        if top_m >= EXACT_METRIC and _metric_sim(d, s) < top_m - 0.05 and _raw_metric_sim(d, s) < top_raw - 0.05 and not (
            _names_more_broadly(s, d) and not _named_apart(d, s)
            and not _listed_apart(d, s, [t for tsc, t in scored if tsc >= best_score - EXCUSE_MARGIN], top_m)
        ):
            continue
        rel = _relate(df, s.fact)
        if (
            rel and _role_ok(d, s) and not _direction_conflict(df, s.fact) and not _subject_conflict(d, s) and not _period_conflict(d, s)
            and not _flow_flip(d, s)
        ):
            ok.append((sc, s, rel))
    if (
        not ok and d.subject is not None and _mentions(d.subject_raw or d.subject, df.sentence)
        and not (scored[0][1].subject is not None and _same_name(d.subject, scored[0][1].subject))
    ):
        # 主导行业中，船舶和其他运输设备业增长9.0% where the source lists 船舶和其他运输设备业(9.0%)
        # under another word for the measure, below the figures of the whole that fit it better:
        # the figure the draft's own named subject has, the same value and time, is the one meant
        # (not where the best fit is the subject's own: 智利…65.5万吨车厘子进入中国市场 against 智利's
        # 50万吨 for that measure, 65.5万吨 its output)
        named = [
            (sc, s) for sc, s in scored
            if s.subject == d.subject and _relate(df, s.fact) == "supported"
            and _role_ok(d, s) and not _direction_conflict(df, s.fact) and not _period_conflict(d, s)
        ]
        if len(named) == 1 and not any(
            t is not named[0][1] and t.subject == d.subject for tsc, t in scored if tsc >= best_score - EXCUSE_MARGIN
        ):
            ok.append((named[0][0], named[0][1], "supported"))
    if ok:
        sc, s, rel = ok[0]
        exact = [o for o in ok if o[2] == "supported" and o[0] >= sc - EXCUSE_MARGIN / 2]
        if rel != "supported" and exact:
            sc, s, rel = exact[0]
        if rel == "supported_by_rounding":
            # 降幅比1-4月分别扩大2% rounds the 1.8% of another sentence, but the source says
            # 降幅比1-4月分别扩大2个百分点: the figure worded the same up to it is the one meant
            shape = _wording(d)
            twins = [
                t for tsc, t in scored
                if tsc >= CONTRA_MIN_SCORE and t is not s and _wording(t) == shape
                and not _subject_conflict(d, t) and not _period_conflict(d, t)
            ] if len(shape) >= 6 and _wording(s) != shape else []
            slip = _slip(d, twins[0]) if len(twins) == 1 else None
            if slip:
                err, expl, about = slip
                return "contradicted", err, expl, about, scored
        if (
            s.subject is None and s.subject_raw and d.subject is not None and _mentions(d.subject_raw or d.subject, d.fact.sentence)
            and not _whole_named(s, d.subject_raw or d.subject)
        ):
            # 区本级…下降6.8% where the source gives 6.8% to 全区 and 7.0% to 区本级: the figure
            # of the draft's own named subject, fitting at least as well, is the one meant
            own = _own_figure(d, s, [t for tsc, t in scored if tsc >= sc], lambda t: t.fact.sentence)
            if own is not None:
                return (
                    "contradicted", "wrong_subject",
                    f"the source gives {s.fact.text} to {s.subject_raw}; for {d.subject_raw or d.subject} it gives {own.fact.text}",
                    own, scored,
                )
        if (
            s.subject is not None and d.subject is not None and s.namelike and d.namelike and s.fact.value == df.value
            and not _same_name(d.subject, s.subject)
            and _nearer(_sentence_before(d), {d.subject_raw or d.subject}, {s.subject_raw or s.subject})
        ):
            # 华夏银行…归母净利润383.39亿元 where the source lists 平安银行、华夏银行…归母净利润分别为
            # 383.39亿元、179.82亿元: the draft's subject has a figure of its own for the measure,
            # fitting better, so the same number is another subject's
            own = _own_figure(d, s, [t for tsc, t in scored if tsc > sc], lambda t: t.line)
            if own is not None:
                return (
                    "contradicted", "wrong_subject",
                    f"{df.text} is the source's figure for {s.subject_raw or s.subject}; for {d.subject_raw or d.subject} it gives {own.fact.text}",
                    own, scored,
                )
        if rel == "supported":
            moved = _moved_number(d, s, sc, scored, sources)
            if moved is not None:
                err, expl, about = moved
                return "contradicted", err, expl, about, scored
        if d.lead and len(d.metric) <= 3:
            # a bare measure (毛利率, 增速) is placed by the figure before it: a supporting figure
            # placed as the draft's is is the one meant
            placed = [o for o in ok if o[1].lead and _sim(o[1].lead, d.lead) >= LEAD_SAME and o[0] >= sc - EXCUSE_MARGIN]
            if placed and placed[0][1] is not s and _sim(s.lead, d.lead) < LEAD_SAME:
                sc, s, rel = placed[0]
        if d.lead and s.lead and len(d.metric) <= 3 and _sim(d.lead, s.lead) < LEAD_OTHER:
            # 弹簧扁钢营业收入同比上涨48.42%，毛利率为12.7%, where the source gives 12.7% in the
            # claim of 汽车板簧营业收入 and 12.3% in this one: the figure moved to another claim
            own = [
                t for tsc, t in scored
                if tsc >= sc - EXCUSE_MARGIN and t is not s and t.lead and _sim(t.lead, d.lead) >= LEAD_SAME
                and t.fact.unit == df.unit and not _relate(df, t.fact) and not _period_conflict(d, t)
            ]
            if len(own) == 1:
                return (
                    "contradicted", "wrong_subject",
                    f"the source gives {s.fact.text} with {s.lead}, not with {d.lead}; with {d.lead} it gives {own[0].fact.text}",
                    own[0], scored,
                )
        if rel == "supported" and d.subject is None and s.subject is not None and f"其中{s.subject_raw or s.subject}" in s.fact.sentence:
            # 汽车产量增长81.4% where the source says 汽车产量增长46.7%(其中新能源汽车增长81.4%): the
            # draft names no part, so the measure's own figure, the whole's, is the one meant
            whole = [
                t for tsc, t in scored
                if tsc >= sc - EXCUSE_MARGIN and t is not s and t.subject is None and t.fact.sentence == s.fact.sentence
                and t.fact.metric == s.fact.metric and t.fact.role == s.fact.role and t.fact.unit == df.unit
            ]
            if len(whole) == 1:
                return (
                    "contradicted", "wrong_subject",
                    f"{df.text} is the source's figure for {s.subject_raw or s.subject}; for the whole it gives {whole[0].fact.text}",
                    whole[0], scored,
                )
        if rel == "supported":
            named = _named_as_other(d, s, [t for tsc, t in scored if tsc >= sc - EXCUSE_MARGIN])
            if named is not None:
                # 5年来对印度进出口384.8亿元 where the source lists 对印度进出口561.1亿元, 对印度尼西亚
                # 进出口384.8亿元: the measure the draft names word for word has another value
                return (
                    "contradicted", "wrong_subject",
                    f"{df.text} is the source's figure for {s.fact.metric}; for {df.metric} it gives {named.fact.text}",
                    named, scored,
                )
        flip = _loss_flip(d, s)
        if flip:
            # (上年同期盈利1.995亿元 against 上年同期亏损1.995亿元: the same amount, the other sign)
            return "contradicted", "direction_flipped", f"draft gives {df.text} as a {flip[0]}, the source as a {flip[1]}", s, scored
        expl = "same figure" if rel == "supported" else f"draft {df.text} rounds the source's {s.fact.text}"
        if rel == "supported" and df.text != s.fact.text:
            expl = f"draft {df.text} states the source's {s.fact.text}"
        return rel, None, expl, s, scored
    copy = _copy_of(d, sources)
    if copy is not None:
        return copy[0], None, f"draft copies the source's {copy[1].fact.text} with its context", copy[1], scored
    clean = [(sc, s) for sc, s in scored if not _subject_conflict(d, s) and not _period_conflict(d, s)]
    # the draft's figure is a known slip (万/亿, transposed digits, unit, %/pp, direction,
    # swapped ends, qualifier) of a well-fitting source figure
    if clean:
        top = clean[0][0]
        # judged on the description alone: a unit slip must not hide its own source
        near = sorted(((sc / _unit_fit(df, s.fact), s) for sc, s in clean), key=lambda x: -x[0])
        for sc, s in near:
            if sc < top - EXCUSE_MARGIN or sc < CONTRA_MIN_SCORE:
                break
            slip = _slip(d, s)
            if slip:
                err, expl, about = slip
                return "contradicted", err, expl, about, scored
    # the draft's value is the source's for another subject or period
    hit = [
        (sc, s) for sc, s in scored
        if sc >= CONTRA_MIN_SCORE and (_subject_conflict(d, s) or _period_conflict(d, s))
        and _relate(df, s.fact) and _role_ok(d, s) and not _direction_conflict(df, s.fact)
    ]
    # (a subject or period clash costs a figure score; a value stated for another subject
    # whose measure is named as closely as the best same-subject figure's still counts)
    if hit and (not clean or hit[0][0] >= clean[0][0] - EXCUSE_MARGIN or _metric_sim(d, hit[0][1]) >= _metric_sim(d, clean[0][1]) - 0.05):
        return (*_elsewhere(d, hit[0][1]), scored)
    moved = _copied_elsewhere(d, sources)
    if moved is not None:
        # (北京等地局地达11~12级 for the source's 内蒙古中东部、新疆北部局地达11~12级: the figure
        # copied with its words, its owner or time put for another)
        return (*_elsewhere(d, moved), scored)
    twin = _equal_value_slip(d, sources)
    if twin is not None:
        err, expl, about = twin
        return "contradicted", err, expl, about, scored
    lone = _lone_twin(d, sources) or _subject_twin(d, sources)
    if lone is not None:
        named = _named_beside(d, lone, scored)
        if named is not None:
            # (累计淘汰落后钢铁产能5782万吨 for the source's 淘汰落后水泥产能5782万吨、落后钢铁产能1275万吨:
            # the number is the source's, of the measure listed beside the one the draft names)
            return (
                "contradicted", "wrong_subject",
                f"the source gives {lone.fact.text} for {lone.fact.metric}; for {named.fact.metric} it gives {named.fact.text}",
                named, scored,
            )
        return "supported", None, _LONE_EXPL.format(lone.fact.text), lone, scored
    if not clean:
        # every candidate names another subject or period; a slip of the one naming the
        # draft's measure (nearly) exactly is still a slip (民间投资增长4.8% against 8.4%, the
        # draft's 服务业 carried from its sentence before)
        top = [(sc, s) for sc, s in scored if sc >= max(scored[0][0] - EXCUSE_MARGIN, CONTRA_MIN_SCORE)]
        if top and _metric_sim(d, top[0][1]) >= 0.8 and all(_metric_sim(d, s) < _metric_sim(d, top[0][1]) for _, s in top[1:]):
            slip = _slip(d, top[0][1])
            if slip:
                err, expl, about = slip
                return "contradicted", err, expl, about, scored
        return "unsupported", None, "the sources state this measure only for other subjects or periods", None, scored
    best_sc, best = clean[0]
    if best_sc < CONTRA_MIN_SCORE:
        return _unsupported_or_unit_slip(d, sources, f"no source figure states this (closest: {best.fact.text}, {best.fact.metric or '?'})", scored)
    ties = [s for sc, s in clean if best_sc - sc <= AMBIG_MARGIN and s.fact.unit == best.fact.unit]
    if len({_signed(s.fact) for s in ties}) > 1:
        # 分别下降23.7%和19.4% against 分别下降23.7%和17.4% and 环比分别下降10.2%和0.9%: the one
        # worded the same right up to the figure (numbers aside) is its place in the list
        shape = _wording(d)
        same = [s for s in ties if _wording(s) == shape] if len(shape) >= 4 else []
        if len(same) == 1:
            ties = same
            best = same[0]
    if len({_signed(s.fact) for s in ties}) > 1:
        ranked = sorted(ties, key=lambda s: _distance(df, s.fact))
        d1, d2 = _distance(df, ranked[0].fact), _distance(df, ranked[1].fact)
        if d2 > 2 * d1 + 0.01:
            best = ranked[0]
            rel = _relate(df, best.fact)
            if rel and _role_ok(d, best) and not _direction_conflict(df, best.fact) and not _subject_conflict(d, best) and not _period_conflict(d, best):
                # 新签合同额1,910.249亿元 among the equally worded 新签合同额 of every kind of work: the
                # one that states the draft's value is the one meant
                return rel, None, f"draft {df.text} states the source's {best.fact.text} (one of the figures worded alike)", best, scored
        else:
            # the best fits disagree among themselves and with the draft: a plausible
            # figure further down that states the draft's value settles it
            for sc, s in scored:
                if sc < CONTRA_MIN_SCORE:
                    break
                rel = _relate(df, s.fact)
                if rel and _role_ok(d, s) and not _direction_conflict(df, s.fact) and not _subject_conflict(d, s) and not _period_conflict(d, s):
                    return rel, None, f"draft {df.text} states the source's {s.fact.text} (the closer-worded figures disagree among themselves)", s, scored
            a, b = ranked[0], ranked[1]
            pd_ = _printed(df)
            typos = [
                t for t in ties
                if t.fact.unit == df.unit and _role_ok(d, t) and len((pd_ or "").replace(".", "")) >= TRANSPOSED_TWIN_DIGITS
                and _one_digit_off(pd_, _printed(t.fact))
            ]
            if len(typos) == 1:
                # 1992232人 against 1999232人 and 200万人, equally worded: one digit changed in a
                # number of three digits or more marks the figure meant, misprinted (15% between
                # 10% and 20% marks nothing)
                t = typos[0]
                return "contradicted", "wrong_value", f"draft {_show(df)}, source {_show(t.fact)}: one digit changed", t, scored
            if max(_coverage(d, t) for t in ties) < WRONG_VALUE_COVERAGE:
                # neither names the draft's measure (跨境电商进出口 against two 进出口 figures)
                return "unsupported", None, f"no source figure states this (closest: {a.fact.text} and {b.fact.text}, {a.fact.metric or '?'})", None, scored
            return (
                "ambiguous", None,
                f"two source figures fit equally: {a.fact.text} ({a.doc.name}) and {b.fact.text} ({b.doc.name})",
                a, scored,
            )
    err, expl, about = _classify(d, best, scored)
    # the figure stating the draft's value for another subject is, after all, the one meant when:
    moved_from = (
        err == "wrong_subject" and about is not best
        and not _period_conflict(d, about) and _relate(df, about.fact) is not None and _role_ok(d, about)
    )
    if moved_from and _TENTHS.search(df.text) and not _TENTHS.search(about.fact.text) and not _subject_conflict(d, about):
        # (货运跌近三成 against 货邮运输量下降28.7% and a closer-worded 26%: a percentage restated in
        # tenths is a rounding, too coarse to show that it was moved from the figure it rounds)
        return _relate(df, about.fact), None, f"draft {df.text} rounds the source's {about.fact.text}", about, scored
    if (
        moved_from and about.subject_raw and d.subject_raw and not best.namelike
        and _same_name(about.subject_raw, d.subject_raw) and (_metric_sim(d, about) >= SAME_OWNER_METRIC or not best.subject_raw)
    ):
        # (销量…下降4.7% against 中国汽车工业协会's 汽车销量…下降4.7%, though a 销量 owned by no
        # name words it closer: the figure the draft's own subject is given is the one meant)
        return _relate(df, about.fact), None, f"draft {df.text} states the source's {about.fact.text} for {about.subject_raw}", about, scored
    if moved_from and _span_of_years(best.local) and not _span_of_years(d.local) and not _span_of_years(about.local):
        # (华为以1419亿元研发投入领跑 against 华为近10年累计研发7200亿元 and a 1419亿元 of one year:
        # a total over several years is no better fit for a figure the draft gives no such span)
        return _relate(df, about.fact), None, f"draft {df.text} states the source's {about.fact.text}, not a total over several years", about, scored
    if moved_from and _stated_by_another(d, best):
        # (投资增长4.9%，其中制造业投资增长9.6%: the source's 制造业投资 9.6% fits the draft's 投资
        # better by its words, but the draft states it itself, for 制造业投资; its 4.9% is the whole's)
        return _relate(df, about.fact), None, f"draft {df.text} states the source's {about.fact.text}", about, scored
    rel = _relate(df, best.fact) if err == "wrong_value" else None
    if rel and _role_ok(d, best) and not _direction_conflict(df, best.fact):
        # (香港收入为1.2亿港元 against 来自香港收入为1.2亿港元: the best fit states the draft's
        # value, though another figure names the measure more exactly; no slip, no clash)
        return rel, None, f"draft {df.text} states the source's {best.fact.text}", best, scored
    if err == "wrong_value" and _within_bound(df, best.fact):
        # 河南一季度GDP为14714.6亿元 against 超过一万亿元: consistent, but not what the source states
        return "unsupported", None, f"the source only bounds it: {_show(best.fact)}", None, scored
    # (88.6% against the source's 86.6%, 38航次 against 28航次: one digit of the number changed
    # is the same figure misprinted, however loosely the draft words its measure)
    typo = err == "wrong_value" and df.unit == best.fact.unit and _role_ok(d, best) and _one_digit_off(_printed(df), _printed(best.fact))
    if err == "wrong_value" and not typo and (best_sc < WRONG_VALUE_MIN_SCORE or not _same_subject_known(d, best, scored) or _coverage(d, best) < WRONG_VALUE_COVERAGE):
        moved = _moved_here(d, best, best_sc, sources)
        if moved is not None:
            return (
                "contradicted", "wrong_subject",
                f"{df.text} is the source's figure for {moved.subject_raw or moved.fact.metric or '?'}; "
                f"for {d.subject_raw or d.fact.metric or 'this'} it gives {best.fact.text}", moved, scored,
            )
        return _unsupported_or_unit_slip(
            d, sources, f"no source figure states this (closest: {best.fact.text}, {best.fact.metric or '?'}, {_show(best.fact)})", scored,
        )
    return "contradicted", err, expl, about, scored


#: How many digits a number must print to be told from others by its digits alone (12.7, 41.15).
MOVED_DIGITS = 3


def _moved_here(d: _Item, best: _Item, best_sc: float, sources: list[_Item]) -> _Item | None:
    """The source figure the draft's value was taken from, when the best fit for the draft's
    measure, its own owner's, states another value: the one other source figure stating exactly
    the draft's number (of at least :data:`MOVED_DIGITS` digits) in its unit, for another owner
    (快选直播…同比增长12.7% against the source's 易达购…增长12.7% and 快选直播…增长41.3%)."""
    df = d.fact
    if best_sc < CONTRA_MIN_SCORE or best.fact.unit != df.unit or not _role_ok(d, best) or df.qualifier != "exact":
        return None
    if len(_digits(_signed(df))) < MOVED_DIGITS or _direction_conflict(df, best.fact):
        return None
    if not d.subject:
        return None
    same = [
        o for o in sources
        if o.fact.value == df.value and o.fact.unit == df.unit and o.fact.qualifier == "exact" and o is not best
        and o.subject and not _same_name(o.subject, d.subject)
        and _role_ok(d, o) and not _direction_conflict(df, o.fact) and _score(d, o) < best_sc
    ]
    return same[0] if len(same) == 1 else None


#: A share written in tenths: 三成, 近四成, 七成多.
_TENTHS = re.compile(r"[一二两三四五六七八九十0-9]成")


def _prepare(docs: list[_Doc], norm: _Normaliser, draft: bool = False) -> list[_Item]:
    out = []
    for doc in docs:
        doc._items = _items(doc, norm, draft)  # type: ignore[attr-defined]
        out.extend(doc._items)  # type: ignore[attr-defined]
    return out


def _load_source(src: str | Path, i: int, engine, encoding: str | None) -> list[_Doc]:
    from .errors import InputError
    from .pipeline import extract
    from .readers import is_fact_table, iter_check_inputs, read_document, read_fact_table

    p = Path(src) if not isinstance(src, str) or _looks_like_path(src) else None
    if p is None:
        _refuse_missing_path(str(src))
        text = str(src)
        name = f"source{i + 1}"
        return [_text_doc(name, None, text, None, extract(text, doc=name, engine=engine))]
    docs = []
    for f in iter_check_inputs([p]):
        if is_fact_table(f):
            facts = read_fact_table(f)
            by_doc: dict[str, list[Fact]] = {}
            for x in facts:
                by_doc.setdefault(x.doc, []).append(x)
            for name, fs in by_doc.items():
                docs.append(_Doc(name, str(f), None, fs, kind="table"))
        else:
            raw, enc = read_document(f, encoding=encoding)
            docs.append(_text_doc(f.stem, str(f), raw, enc, extract(raw, doc=f.stem, source=str(f), engine=engine)))
    if not docs:
        raise InputError(str(p), "no documents or fact tables found")
    return docs


_CJK = re.compile(r"[\u3400-\u9fff]")


def _refuse_missing_path(s: str) -> None:
    """A str that looks like a file name but names no file is an error, not text to check."""
    from .errors import InputError

    if "\n" not in s and len(s) < 260 and not _CJK.search(s) and re.search(r"[/\\]|\.[A-Za-z]{2,5}$", s):
        raise InputError(s, "no such file or folder")


def _looks_like_path(s: str) -> bool:
    if "\n" in s or len(s) > 4096:
        return False
    try:
        return Path(s).exists()
    except (OSError, ValueError):
        return False


#: A list ordered by 分别/依次 whose items are years (2025-2027年…分别, 2023年、2024年…分别).
_YEAR_ITEMS = re.compile(r"(?:19|20)\d{2}\s*[-—–~至到]\s*(?:(?:19|20)?\d{2})年|(?:19|20)\d{2}年[、和及与](?:19|20)\d{2}年")


def _list_clause(lead: str) -> str:
    """The clause that opens a list up to its figures, spaces and numbers left out."""
    tail = re.split(r"[，,；;。]", lead)[-1]
    return _NUMBERS.sub("", _WS.sub("", tail))


def _by_sentence(items: list[_Item]) -> dict[tuple[int, str, str], list[_Item]]:
    """The items of each (document, sentence, unit), in text order: where a list is looked for."""
    out: dict[tuple[int, str, str], list[_Item]] = {}
    for x in sorted(items, key=lambda x: x.fact.start):
        out.setdefault((id(x.doc), x.fact.sentence, x.fact.unit), []).append(x)
    return out


def _list_run(it: _Item, groups: dict[tuple[int, str, str], list[_Item]]) -> list[_Item]:
    """The figures of ``it``'s sentence, in its unit, listed with it one after another
    (separated only by 、, 和, commas…), in order; just ``it`` when it stands alone.
    ``groups`` is :func:`_by_sentence` of the items ``it`` is among."""
    text = it.doc.text
    if text is None:
        return [it]
    same = groups.get((id(it.doc), it.fact.sentence, it.fact.unit), [])
    k = next((i for i, x in enumerate(same) if x is it), None)
    if k is None:
        return [it]
    a = b = k
    while a > 0 and _FIG_LIST_SEP.fullmatch(text[same[a - 1].fact.end : same[a].fact.start]):
        a -= 1
    while b + 1 < len(same) and _FIG_LIST_SEP.fullmatch(text[same[b].fact.end : same[b + 1].fact.start]):
        b += 1
    return same[a : b + 1]


def _moved_in_list(d: _Item, s: _Item, d_groups: dict, s_groups: dict) -> tuple[str, str] | None:
    """(error class, explanation) when the draft's figure is a source figure moved to another
    place of the same ordered list: 分别为41.25亿元、38.26亿元… for the source's 分别为38.26亿元、
    41.25亿元…, the same figures in another order. A list of years is wrong_period, else
    wrong_subject (the list's items are whose the figures are)."""
    dr, sr = _list_run(d, d_groups), _list_run(s, s_groups)
    if len(dr) < 2 or len(dr) != len(sr) or s.doc.text is None:
        return None
    k, j = dr.index(d), sr.index(s)
    dv, sv = [x.fact.value for x in dr], [x.fact.value for x in sr]
    # the same figures in another order, or one figure of the list put in another's place
    # (分别为41.25亿元、41.25亿元和44.43亿元 for 38.26亿元、41.25亿元和44.43亿元)
    if k == j or (sorted(dv) != sorted(sv) and dv[:k] + dv[k + 1 :] != sv[:k] + sv[k + 1 :]):
        return None
    sent = s.fact.sentence or ""
    cut = sent.find(sr[0].fact.text)
    lead = sent[: cut if cut >= 0 else len(sent)]
    if "分别" not in lead and "依次" not in lead:
        return None
    # the list's items named in the same words, in the same order (a rewrite that lists them in
    # another order, 本科和高职 for 高职和本科, moves its figures with them)
    dsent = d.fact.sentence or ""
    dcut = dsent.find(dr[0].fact.text)
    dlead = dsent[: dcut if dcut >= 0 else len(dsent)]
    if _list_clause(dlead) != _list_clause(lead):
        return None
    err = "wrong_period" if _YEAR_ITEMS.search(lead) else "wrong_subject"
    return err, f"draft puts {d.fact.text} at place {k + 1} of the list; the source has it at place {j + 1} ({sr[k].fact.text} there)"


_ITEM_SEP = re.compile(r"[、和与及]")
_RESPECTIVELY = re.compile(r"分别|依次")
_TIME_ITEM = re.compile(r"[0-9]+(?:年|个?月|季度)")


def _listed_items(s: _Item, run: list[_Item]) -> list[str] | None:
    """The names a source list pairs with its figures, one per figure, in order (金力泰、渝三峡A、
    乐通股份、西北化工…分别下滑35.57%、21.22%、40.79%和29.41%), or None when the sentence lists
    no such names before 分别/依次. The first name is cut to the length of the middle ones at
    its end, the last at its start (…西北化工今年中期净利润 → 西北化工)."""
    text = s.doc.text or ""
    head = text[max(0, run[0].fact.start - 80) : run[0].fact.start]
    m = None
    for m in _RESPECTIVELY.finditer(head):
        pass
    if m is None:
        return None
    lead = re.split(r"[，,；;。：:\n]", head[: m.start()])[-1]
    parts = _ITEM_SEP.split(lead)
    if len(parts) != len(run) or len(run) < 3:
        return None
    middle = parts[1:-1]
    width = len(middle[0])
    if any(len(p) != width or width < 2 for p in middle):
        return None
    first, last = parts[0][-width:], parts[-1][:width]
    return [first, *middle, last]


def _list_item_moved(d: _Item, s: _Item, d_groups: dict, s_groups: dict) -> tuple[str, str] | None:
    """(error class, explanation) when the source figure the draft states belongs, in a source
    list, to one item while the draft gives it to another item of the same list: 70后、80后、
    95后…的比例分别为24%、34%、41% and the draft's 80后为41%. A draft that lists figures
    itself is :func:`_moved_in_list`'s to judge. Items that are years or spans of time make
    it wrong_period."""
    if len(_list_run(d, d_groups)) > 1:
        return None
    run = _list_run(s, s_groups)
    items = _listed_items(s, run) if len(run) >= 3 else None
    if not items or len(set(items)) != len(items):
        return None
    j = run.index(s)
    named = [i for i, name in enumerate(items) if name in d.local]
    if len(named) != 1 or named[0] == j:
        return None
    k = named[0]
    err = "wrong_period" if all(_TIME_ITEM.search(x) for x in items) else "wrong_subject"
    return err, f"the source gives {s.fact.text} to {items[j]}; to {items[k]} it gives {run[k].fact.text}"


#: How many characters of words before a figure make its clause its own (其中,14周岁至17周岁
#: 青少年的图书阅读量最多,人均阅读量达 has 24); at least half of them must be more than the
#: measure's name.
OWN_CLAUSE_CHARS = 12


def _worded_as_other_clause(d: _Item, s: _Item, scored: Sequence[tuple[float, _Item]]) -> tuple[str, str] | None:
    """(error class, explanation) when the draft states ``s``'s number after the very words that
    stand, in the source, before another figure of the unit with another value, and not before
    ``s`` (其中,14周岁至17周岁青少年的图书阅读量最多,人均阅读量达11.65本, where the source gives
    13.73本 after those words and 11.65本 to all minors): the draft moved the number into that
    figure's clause. wrong_period when the two clauses differ by a period, else wrong_subject."""
    words, own = _NUMBERS.sub("", d.local), _NUMBERS.sub("", s.local)
    han = re.sub(r"[^\u4e00-\u9fff]", "", words.replace(_norm_text(d.fact.metric or ""), ""))
    if len(han) < OWN_CLAUSE_CHARS // 2 or len(re.sub(r"[^\u4e00-\u9fff]", "", words)) < OWN_CLAUSE_CHARS or words == own:
        return None  # (words that are little more than the measure's name are no clause of its own)
    found = [
        t for _, t in scored
        if t is not s and t.fact.unit == d.fact.unit and not _agree(t, s) and not _agree(t, d) and _NUMBERS.sub("", t.local) == words
        and _role_ok(d, t) and not _direction_conflict(d.fact, t.fact)
    ]
    if len(found) != 1:
        return None
    t = found[0]
    err = "wrong_period" if t.period != s.period and any(t.period) else "wrong_subject"
    sent = t.fact.sentence or ""
    clip = sent if len(sent) <= 40 else sent[:40] + "…"
    return err, f"the draft states {s.fact.text} after the words the source sets before {t.fact.text}: “{clip}”"


def _sentences(items: list[_Item]) -> dict[tuple[int, str], list[_Item]]:
    """The items of each (document, sentence), all units, in text order."""
    out: dict[tuple[int, str], list[_Item]] = {}
    for x in sorted(items, key=lambda x: (id(x.doc), x.fact.start)):
        out.setdefault((id(x.doc), x.fact.sentence), []).append(x)
    return out


def _agree(a: _Item, b: _Item) -> bool:
    """Do two figures state the same number (up to rounding) in the same unit?"""
    return a.fact.unit == b.fact.unit and _relate(a.fact, b.fact) is not None


#: What ends the run of figures that fix a figure's place: a new clause of its own (；), a part
#: (其中), a turn (而, 但) or another year.
_SLOT_BREAK = re.compile(r"[；;。]|其中|而|但|同时|此外|另外|\d{4}年")


def _apart(a: _Item, b: _Item) -> bool:
    """Do two figures of one source sentence stand in different clause runs (a ；, 其中, 而…
    between them)?"""
    if a.doc is not b.doc:
        return False
    lo, hi = sorted((a, b), key=lambda x: x.fact.start)
    return bool(_SLOT_BREAK.search((a.doc.text or "")[lo.fact.end : hi.fact.start]))


def _anchored_slot(d: _Item, about: _Item | None, d_sents: dict, s_sents: dict) -> tuple[str, str, _Item] | None:
    """(error class, explanation, source figure) when the draft's figure sits in a sentence
    whose other figures are those of one source sentence, place by place, but at its own
    place that sentence states another number: 乘用车产销分别完成208万辆和211.0万辆…同比分别增长
    7.3%和12.5% against the source's 乘用车 sentence (…7.3%和9.2%), though 12.5% is stated, in
    another sentence, for 汽车. The draft's neighbour right before (or after) it must be the
    neighbour of that place, and the source sentence must share at least two figures with the
    draft's, more than the sentence of the figure it matched does. A figure moved within the
    very sentence the draft copies (男生…1.69cm made 0.97cm, the girls' figure) is found the
    same way, its place fixed by three neighbours stated alike."""
    row = d_sents.get((id(d.doc), d.fact.sentence), [])
    if len(row) < 3 or d not in row:
        return None
    i = row.index(d)
    others = [x for x in row if x is not d]

    def shared(sent: list[_Item]) -> int:
        used: set[int] = set()
        n = 0
        for x in others:
            for k, y in enumerate(sent):
                if k not in used and _agree(x, y):
                    used.add(k)
                    n += 1
                    break
        return n

    own = s_sents.get((id(about.doc), about.fact.sentence), []) if about is not None else []
    own_n = shared(own)
    best, best_n = None, max(own_n, 1)
    for key, sent in s_sents.items():
        if sent is own or len(sent) < 3:
            continue
        n = shared(sent)
        if n > best_n:
            best, best_n = sent, n
        elif n == best_n and best is not None:
            best = None  # (two sentences share as much: no place is known)
    within = False
    if best is None and about is not None and len(own) >= 3 and own_n >= 2 and about in own:
        # (国内航线…增长11.1%，…国际航线…增长11.1% against the source's 13.4% and 11.1%: the
        # draft moved a figure to another place of the very sentence it copies)
        best, within = own, True
    # (the place may hold the draft's number turned the other way: 增速比上年提高0.2个百分点 where
    # the source sentence the draft copies says 回落0.2个百分点, another sentence 提高0.2个百分点)
    if best is None or any(_agree(d, y) and not _direction_conflict(d.fact, y.fact) for y in best if not (within and y is about)):
        return None
    text = d.doc.text or ""

    def fits(a: int, b: int) -> bool:  # draft place a holds the figure of source place b, in d's clause run
        if not (0 <= a < len(row) and 0 <= b < len(best) and _agree(row[a], best[b])):
            return False
        if within and row[a].fact.value != best[b].fact.value:
            return False  # (within one sentence a place is fixed by figures stated alike, 两成多 fixes none)
        lo, hi = sorted((row[a], d), key=lambda x: x.fact.start)
        return not _SLOT_BREAK.search(text[lo.fact.end : hi.fact.start])

    def placed(j: int) -> bool:  # the place is fixed by both neighbours, or by the two neighbours on one side
        if fits(i - 1, j - 1) and fits(i + 1, j + 1):
            return True
        # (by one side only, the neighbour on the other side must not hold a source figure further
        # off: 保利发展…第一，中海地产…2311.5亿元 against 第二、三位 then 2311.5亿元, the draft
        # giving one rank where the source gives two, fixes no place)
        if fits(i - 1, j - 1) and fits(i - 2, j - 2):
            return not any(fits(i + 1, k) for k in range(j + 2, len(best)))
        if fits(i + 1, j + 1) and fits(i + 2, j + 2):
            return not any(fits(i - 1, k) for k in range(j - 1))
        return False

    for j, cand in enumerate(best):
        if cand.fact.unit != d.fact.unit or cand.fact.role != d.fact.role or (within and cand is about):
            continue
        if within and not (
            (fits(i - 1, j - 1) and fits(i + 1, j + 1) and (fits(i - 2, j - 2) or fits(i + 2, j + 2)))
            or any(
                fits(i + k, j + k) and fits(i + 2 * k, j + 2 * k)
                and all(_apart(about, best[j + n]) and sum(_agree(best[j + n], y) for y in best) == 1 for n in (k, 2 * k))
                for k in (-1, 1)
            )
        ):
            # (within one sentence, both neighbours and one more must fix the place, or two on
            # one side when the figure matched stands in another clause run of the source than
            # they do: 外商投资企业…56.9%；国有企业进出口189.5亿元，同比下降23.4%，占…的19.3%, the
            # draft ending the 国有企业 run with 56.9%; not a figure moved inside its own run, nor
            # one placed by numbers the sentence states twice)
            continue
        if within and d.subject and d.subject == about.subject and d.subject != cand.subject and _mentions(d.subject_raw, d.local):
            continue  # (广东(129.7万套) moved up a list with its name: the name goes with the figure)
        if about is None:
            if placed(j):
                err, expl, about_ = _classify(d, cand, [(1.0, cand)])
                return err, f"the draft's sentence states the figures of the source's, but at this place the source has {cand.fact.text} ({expl})", about_
            continue
        if _metric_sim(d, cand) < _metric_sim(d, about) - 0.1:
            continue  # (the figure matched names the draft's measure better than the place does)
        if placed(j) and _agree(d, cand):
            err, expl, about_ = _classify(d, cand, [(1.0, cand)])
            return err, f"the draft's sentence states the figures of the source's, and at this place the source has {cand.fact.text} ({expl})", about_
        if placed(j):
            # (the same measure of the same subject at another time is another period's figure)
            err = (
                "wrong_period"
                if about.period[0] and cand.period[0] and about.period != cand.period and about.subject == cand.subject and _metric_sim(about, cand) >= 0.8
                else "wrong_subject"
            )
            return err, (
                f"the draft's sentence states the figures of the source's, but at this place the source has "
                f"{cand.fact.text}; {d.fact.text} is its figure for {about.subject_raw or about.fact.metric or '?'}"
            ), cand
    return None


#: What joins the two ends of a printed range: 50%-55%, 3至5亿元.
_RANGE_JOIN = re.compile(r"\s*(?:-|－|—|–|~|～|至|到)\s*")


#: Errors about what a whole range is said of (whose, when, which way); a slip in one printed
#: end (45% for 54%) leaves the other end as stated.
_WHOLE_RANGE_ERRORS = frozenset({"wrong_subject", "wrong_period", "direction_flipped"})


def _range_ends_agree(judged: list[tuple[CheckResult, _Item]]) -> None:
    """A range (50%-55%) states one figure: when the source contradicts one end as said of
    another subject or period or turned the other way, and supports the other end (55% copied
    from FILA's 50%-55%, given to 安踏主品牌 whose range is 35%-40%), the whole range is
    contradicted, so the supported end takes its partner's verdict. ``judged`` pairs each
    result with the draft figure it judges, in draft order."""
    for (a, da), (b, db) in zip(judged, judged[1:]):
        if da.doc is not db.doc or a.unit != b.unit:
            continue
        if (a.qualifier, b.qualifier) != ("at_least", "at_most") or not _RANGE_JOIN.fullmatch((da.doc.text or "")[a.end : b.start]):
            continue
        for one, other in ((a, b), (b, a)):
            if one.verdict == "contradicted" and one.error in _WHOLE_RANGE_ERRORS and other.verdict in ("supported", "supported_by_rounding"):
                other.verdict, other.error = "contradicted", one.error
                other.explanation = f"the other end of the range {a.text}{(da.doc.text or '')[a.end : b.start]}{b.text} is contradicted: {one.explanation}"
                other.source = one.source


def _swapped_pairs(rows: list[tuple[CheckResult, _Item, _Item | None]]) -> None:
    """Give two contradicted figures of one draft sentence the class ``before_after_swapped``
    when each was held against a source figure stating the other's number, the two from one
    source sentence (价格由90元下降至128元/斤 against 由128元下降至近期的90元/斤; 预算27.03亿元，实际拨款
    27.5亿元 against 预算27.5亿元…实际拨款27.03亿元): the draft swapped the pair, whatever each
    figure's own comparison called it."""
    flagged = [(r, d, a) for r, d, a in rows if r.verdict == "contradicted" and a is not None]
    for i, (r1, d1, a1) in enumerate(flagged):
        for r2, d2, a2 in flagged[i + 1 :]:
            if d1.doc is not d2.doc or d1.fact.sentence != d2.fact.sentence or a1 is a2 or a1.doc is not a2.doc:
                continue
            if a1.fact.sentence != a2.fact.sentence or d1.fact.value == d2.fact.value:
                continue
            if a1.fact.value == d2.fact.value and a2.fact.value == d1.fact.value:
                for r, d, other in ((r1, d1, d2), (r2, d2, d1)):
                    if r.error != "before_after_swapped":
                        r.error = "before_after_swapped"
                        r.explanation = f"the draft swaps {d.fact.text} and {other.fact.text}: the source states each where the draft puts the other"


def _one_flag_per_period(judged: list[tuple[CheckResult, _Item, "_Item | None"]]) -> None:
    """One wrong period is one error: in 上半年基础设施投资增长14.3%，制造业投资增长4.1%，房地产开发投资
    下降18.5% where the source gives all three for 1月至7月份, the period is flagged at the
    figure it heads; the figures after it in its sentence, which do not name a period again
    and print the source's numbers, are reported supported, with the flagged figure named."""
    flagged: dict[tuple[int, str], tuple[str | None, str]] = {}
    for r, d, about in judged:
        key = (id(d.doc), d.fact.sentence)
        if r.verdict != "contradicted" or r.error != "wrong_period":
            continue
        first = flagged.get(key)
        if first is None:
            flagged[key] = (d.period_text, r.text)
            continue
        if (
            first[0] == d.period_text and d.period_text and d.period_text not in d.local
            and about is not None and (rel := _relate(d.fact, about.fact)) and _role_ok(d, about)
            # (翻倍 against the source's 高出一倍, 接近200万人 against 1999232人: stated, or rounded)
        ):
            r.verdict, r.error = rel, None  # type: ignore[assignment]
            said = "same figure" if rel == "supported" else f"draft {r.text} rounds the source's {about.fact.text}"
            r.explanation = f"{said}; its period ({_shown_period(d.period_text)}) is the one flagged at {first[1]}"


def _text_doc(name: str, path: str | None, raw: str, enc: str | None, facts: list[Fact]) -> _Doc:
    starts = [0] + [m.end() for m in re.finditer("\n", raw)]
    return _Doc(name, path, raw, facts, starts, enc)


#: A word of two or three characters naming a measure (销量, 产量, 收入, 增速): never a name,
#: though the extractor took it for a subject, whether or not another figure has it for a measure.
_SHORT_MEASURE = re.compile(r"\w{0,2}(?:[量额率值数价]|收入|支出|利润)")
#: A measure read as an owner (旅客吞吐量 of 旅客吞吐量占全部机场旅客吞吐量的36.5%): two to eight
#: characters before a flow's or a stock's head word.
_MEASURE_NAMED = re.compile(r"[\u4e00-\u9fff]{2,8}(?:吞吐量|业务量|产量|销量|销售额|成交额|交易额|营业额|进出口额|出口额|进口额|用电量|发电量|客运量|货运量|周转量)")


def check(
    draft: str | Path,
    sources: Sequence[str | Path],
    *,
    engine=None,
    encoding: str | None = None,
) -> CheckReport:
    """Check every figure of ``draft`` against ``sources``.

    ``draft`` is a path (.txt, .md, .docx, .html, or a folder of them: every file's
    figures are checked) or, when it is a str that names no existing file, the draft
    text itself (a str that looks like a file name but names none raises InputError). Each source is a file (text, Word, HTML, or a
    fact table exported by ``factx extract``: .jsonl, .csv, .xlsx), a folder of them, or
    source text. Raises :class:`~factx.errors.InputError` when an input cannot be read.
    """
    from .errors import InputError
    from .pipeline import default_engine, extract
    from .readers import iter_check_inputs, read_document

    engine = engine or default_engine()
    lex = _lex_for(engine)
    ddocs: list[_Doc] = []
    if isinstance(draft, Path) or _looks_like_path(str(draft)):
        dpath = Path(draft)
        files = iter_check_inputs([dpath], tables=False)
        if not files:
            raise InputError(str(dpath), "no .txt, .md, .docx or .html drafts in this folder")
        for fp in files:
            raw, enc = read_document(fp, encoding=encoding)
            ddocs.append(_text_doc(fp.stem, str(fp), raw, enc, extract(raw, doc=fp.stem, source=str(fp), engine=engine)))
        shown = str(dpath)
    else:
        _refuse_missing_path(str(draft))
        raw = str(draft)
        ddocs.append(_text_doc("draft", None, raw, None, extract(raw, doc="draft", engine=engine)))
        shown = "<text>"
    docs: list[_Doc] = []
    for i, src in enumerate(sources):
        docs.extend(_load_source(src, i, engine, encoding))

    # (a subject that is itself a measure — the part of a share, 进出口 in 进出口占…的比重 —
    # names nobody: cutting it out of other metrics would garble them)
    measures = {f.metric for doc in docs + ddocs for f in doc.facts if f.metric}
    entities = [
        f.subject for doc in docs + ddocs for f in doc.facts
        if f.subject and not ((f.subject in measures or _SHORT_MEASURE.fullmatch(f.subject)) and len(f.subject) <= 3)
        and not _MEASURE_NAMED.fullmatch(f.subject)
    ]
    entities += [e for e in lex.subject_map]
    entities += [e for e in lex.regions if e not in _GENERIC_SUBJECTS]
    norm = _Normaliser(
        lex, [e for e in entities if e and e not in _GENERIC_SUBJECTS and not e.startswith("该")],
        name_suffixes=tuple(x for x in engine.lex.suffixes if x), simplify=engine.script.simplify,
        area_m2={w: engine.table.by_surface[w].ratio for w in PLAIN_PER if w in engine.table.by_surface},
    )
    src_items = _prepare(docs, norm)
    d_items = _prepare(ddocs, norm, draft=True)

    results, abouts = [], []
    d_groups, s_groups = _by_sentence(d_items), _by_sentence(src_items)
    d_sents, s_sents = _sentences(d_items), _sentences(src_items)
    own_verb = _against_own_verb(d_items)
    for d in d_items:
        verdict, err, expl, about, scored = _judge(d, src_items)
        renamed = _renamed_clause(d, about, norm) if verdict in ("supported", "supported_by_rounding") and about is not None else None
        reperiod = _reperiod_clause(d, about) if verdict in ("supported", "supported_by_rounding") and about is not None and renamed is None else None
        if renamed is not None:
            verdict, err = "contradicted", "wrong_subject"
            expl = f"the draft gives {about.fact.text} to {renamed[0]}; the source, in the same words, to {renamed[1]}"
        elif reperiod is not None:
            verdict, err = "contradicted", "wrong_period"
            expl = f"the draft gives {about.fact.text} for {reperiod[0]}; the source, in the same words, for {reperiod[1]}"
        elif verdict in ("supported", "supported_by_rounding") and about is not None and (
            other := _carried_period_sibling(d, about, scored)
        ) is not None:
            verdict, err = "contradicted", "wrong_period"
            expl = (f"the source states {about.fact.text} for {about.period_text}; for {_fact_period(d.doc.text, d.fact)}, where the draft "
                    f"sets it, it states {other.fact.text}")
        elif verdict in ("supported", "supported_by_rounding") and about is not None and (
            part := _part_of_year_sibling(d, about, scored)
        ) is not None:
            verdict, err = "contradicted", "wrong_period"
            when = re.sub(r"^其中", "", part.period_text or "")
            expl = (f"the source states {about.fact.text} for {about.period_text or 'the whole period'}; for {when}, "
                    f"where the draft sets it, it states {part.fact.text}")
        elif verdict in ("supported", "supported_by_rounding") and about is not None:
            moved = (
                _moved_in_list(d, about, d_groups, s_groups) or _list_item_moved(d, about, d_groups, s_groups)
                or _worded_as_other_clause(d, about, scored)
            )
            if moved is not None:
                verdict, err, expl = "contradicted", moved[0], moved[1]
            else:
                slot = _anchored_slot(d, about, d_sents, s_sents)
                if slot is not None:
                    verdict, (err, expl, about) = "contradicted", slot
        elif verdict == "unsupported":
            slot = _anchored_slot(d, None, d_sents, s_sents)
            if slot is not None:
                verdict, (err, expl, about) = "contradicted", slot
        if verdict != "contradicted" or err != "before_after_swapped":
            swap = _swapped_in_sentence(d, s_sents)
            if swap is not None:
                verdict, err, (expl, about) = "contradicted", "before_after_swapped", swap
        if verdict != "contradicted" and id(d) in own_verb and not (about is not None and about.fact.role == (d.shown or d.fact).role):
            # (an end the source states in the same role stands: the verb is what changed)
            verdict, err, expl = "contradicted", "before_after_swapped", own_verb[id(d)]
        f = d.shown or d.fact
        ddoc = d.doc
        abouts.append(about)
        results.append(
            CheckResult(
                doc=f.doc, path=ddoc.path, start=f.start, end=f.end, line=ddoc.line_of(f), text=f.text, value=f.value, unit=f.unit,
                kind=f.kind, qualifier=f.qualifier, role=f.role, direction=f.direction, metric=f.metric,
                subject=f.subject, period=f.period, sentence=f.sentence, marked=_marked(ddoc.text, f),
                verdict=verdict, error=err,  # type: ignore[arg-type]
                explanation=expl, source=_ref(about, next((sc for sc, s in scored if s is about), 0.0)) if about else None,
                candidates=[_ref(s, sc) for sc, s in scored[:MAX_CANDIDATES]],
            )
        )
    _range_ends_agree(list(zip(results, d_items)))  # (one result per draft figure, in order)
    _one_flag_per_period(list(zip(results, d_items, abouts)))
    _swapped_pairs(list(zip(results, d_items, abouts)))
    counts = {v: 0 for v in VERDICTS}
    for r in results:
        counts[r.verdict] += 1
    return CheckReport(
        draft=shown,
        sources=[{"doc": d.name, "path": d.path, "kind": d.kind, "encoding": d.encoding, "facts": len(d.facts)} for d in docs],
        results=results,
        counts=counts,
        created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )


# --------------------------------------------------------------------------- reports

#: Output formats of :func:`write_report`, by extension.
REPORT_FORMATS: tuple[str, ...] = ("jsonl", "json", "xlsx")

#: Fill colours of the xlsx report, by verdict.
VERDICT_COLOURS: dict[str, str] = {
    "supported": "C6EFCE",
    "supported_by_rounding": "E2EFDA",
    "contradicted": "FFC7CE",
    "unsupported": "FFEB9C",
    "ambiguous": "F8CBAD",
}

_ANSI = {"supported": "32", "supported_by_rounding": "32", "contradicted": "1;31", "unsupported": "33", "ambiguous": "35"}


def _where(path: str | None, doc: str, line: int | None) -> str:
    name = path or doc
    if path:
        try:
            name = str(Path(path).resolve().relative_to(Path.cwd().resolve()))
        except (ValueError, OSError):
            name = path
    return f"{name}:{line}" if line else name


def render_text(report: CheckReport, *, color: bool = False, problems_only: bool = False) -> str:
    """The terminal report: one block per figure that is not supported (one line per
    supported figure unless ``problems_only``), then the counts."""

    def paint(verdict: str, text: str) -> str:
        return f"\x1b[{_ANSI[verdict]}m{text}\x1b[0m" if color else text

    out: list[str] = []
    for r in report.results:
        where = _where(r.path, r.doc, r.line)
        if r.verdict in _SUPPORTED:
            if problems_only:
                continue
            src = f" ← {r.source.text} {_where(r.source.path, r.source.doc, r.source.line)}" if r.source else ""
            out.append(f"{where}  {paint(r.verdict, r.verdict)}  {r.text}{src}")
            continue
        head = r.verdict + (f" · {r.error}" if r.error else "")
        out.append(f"{where}  {paint(r.verdict, head)}  {r.text}")
        out.append(f"    draft   {r.marked or r.sentence}")
        if r.source:
            out.append(f"    source  {r.source.marked or r.source.sentence}")
            out.append(f"            ({_where(r.source.path, r.source.doc, r.source.line)})")
        out.append(f"    why     {r.explanation}")
    c = report.counts
    out.append(
        f"{len(report.results)} figures: "
        + ", ".join(f"{c.get(v, 0)} {v}" for v in VERDICTS)
    )
    return "\n".join(out) + "\n"


def report_rows(report: CheckReport) -> list[dict[str, Any]]:
    """One JSON-ready dict per draft figure (the jsonl lines)."""
    return [r.to_json_dict() for r in report.results]


def write_report(report: CheckReport, path: str | Path, fmt: str | None = None) -> None:
    """Write ``report`` as jsonl (one line per draft figure), json or xlsx, atomically."""
    import json

    from .errors import ExportError
    from .export import atomic_path

    fmt = (fmt or Path(path).suffix.lower().lstrip(".")).lower()
    if fmt not in REPORT_FORMATS:
        raise ExportError(str(path), f"unknown report format {fmt or '(none)'!r}; use .jsonl, .json or .xlsx")
    with atomic_path(path) as tmp:
        if fmt == "xlsx":
            _write_xlsx_report(report, tmp)
            return
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            if fmt == "jsonl":
                for row in report_rows(report):
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                d = report.model_dump(exclude={"results"})
                d["results"] = report_rows(report)
                json.dump(d, fh, ensure_ascii=False, indent=1)
                fh.write("\n")


_XLSX_COLUMNS = [
    ("line", 6), ("verdict", 20), ("error", 20), ("text", 14), ("value", 16), ("unit", 7),
    ("explanation", 50), ("draft sentence", 60), ("source", 28), ("source line", 8), ("source text", 14),
    ("source value", 16), ("source unit", 7), ("source sentence", 60), ("score", 7), ("start", 7), ("end", 7),
]


def _write_xlsx_report(report: CheckReport, target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    from .export import _excel_text, safe_cell

    def text(v: str | None) -> str:
        return _excel_text(safe_cell(v or ""))[0]

    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    summary = wb.create_sheet("Summary")
    summary.column_dimensions["A"].width = 28
    summary.column_dimensions["B"].width = 60
    for row in (
        ["draft", text(report.draft)],
        ["created", report.created],
        ["figures", len(report.results)],
        [],
        ["verdict", "figures"],
        *[[v, report.counts.get(v, 0)] for v in VERDICTS],
        [],
        ["error class (contradicted)", "figures"],
        *[[e, n] for e, n in _error_counts(report).items()],
        [],
        ["source", "facts"],
        *[[text(s.get("path") or s.get("doc")), s.get("facts", 0)] for s in report.sources],
    ):
        cells = []
        for i, v in enumerate(row):
            c = WriteOnlyCell(summary, value=v)
            if row and row[0] in ("verdict", "error class (contradicted)", "source") and isinstance(row[1], str):
                c.font = bold
            if i == 0 and v in VERDICT_COLOURS:
                c.fill = PatternFill("solid", fgColor=VERDICT_COLOURS[v])
            cells.append(c)
        summary.append(cells)

    ws = wb.create_sheet("Check")
    ws.freeze_panes = "A2"
    for i, (_, w) in enumerate(_XLSX_COLUMNS):
        from openpyxl.utils import get_column_letter

        ws.column_dimensions[get_column_letter(i + 1)].width = w
    header = []
    for name, _ in _XLSX_COLUMNS:
        c = WriteOnlyCell(ws, value=name)
        c.font = bold
        header.append(c)
    ws.append(header)
    for r in report.results:
        s = r.source
        values = [
            r.line, r.verdict, r.error or "", text(r.text), r.value, r.unit, text(r.explanation), text(r.marked or r.sentence),
            text(s.path or s.doc) if s else "", s.line if s else None, text(s.text) if s else "",
            s.value if s else None, s.unit if s else "", text(s.marked or s.sentence) if s else "",
            s.score if s else None, r.start, r.end,
        ]
        fill = PatternFill("solid", fgColor=VERDICT_COLOURS[r.verdict])
        cells = []
        for v in values:
            c = WriteOnlyCell(ws, value=v)
            c.fill = fill
            cells.append(c)
        ws.append(cells)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(_XLSX_COLUMNS))}{len(report.results) + 1}"
    wb.save(target)


def _error_counts(report: CheckReport) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in report.results:
        if r.verdict == "contradicted" and r.error:
            out[r.error] = out.get(r.error, 0) + 1
    return dict(sorted(out.items()))
