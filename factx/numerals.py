"""Chinese, Arabic and mixed numerals -> exact ``Decimal`` values, with qualifier and bounds.

Two entry points:

* ``parse_number(text)`` reads one number expression (``700多亿元``, ``百分之八十七点三七``,
  ``约3.5万吨``, ``两到三万``) and returns a ``ParsedNumber``.
* ``scan_numbers(text)`` finds every number in a text and returns ``NumberMention`` s with
  raw offsets (``text[start:end] == mention.text``), value, bounds, qualifier and, when a
  unit follows, the canonical unit and kind (from ``rules/lexicons/units.yaml``).

Finding a span and resolving its value are separate steps: one compiled regex anchors
on numeral characters (most of a text is nowhere near a number), then small functions
read the context on each side (sign, 第, 百分之, units, 成/折/倍, money sub-units, 半,
qualifier words, ranges). No value ever goes through ``float``.
"""

from __future__ import annotations

import decimal
import functools
from dataclasses import replace, dataclass
from decimal import Decimal
from fractions import Fraction

import regex

from . import fastre

from .errors import NumberParseError
from .units import UnitDef, UnitTable, default_unit_table

__all__ = [
    "ParsedNumber",
    "NumberMention",
    "parse_number",
    "scan_numbers",
    "numeral_value",
    "to_chinese",
    "normalize_numeric",
]

_CTX = decimal.Context(prec=40)

# ------------------------------------------------------------------ character tables
# 1:1 normalisation for matching (offsets never move): full-width forms, traditional
# numeral characters and a few traditional unit characters.
_NORM_PAIRS = {
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
    **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
    "．": ".", "％": "%", "－": "-", "＋": "+", "／": "/", "～": "~", "\u3000": " ",
    "\u00a0": " ", "：": ":", "\u2236": ":", "\ufe30": ":", "\ufe55": ":",  # (7.9︰60.2︰31.9, 1.3∶57.3∶41.4)
    "＄": "$", "￥": "¥", "−": "-", "﹪": "%",
    "萬": "万", "億": "亿", "兩": "两", "倆": "两", "俩": "两", "貳": "贰", "參": "叁",
    "叄": "叁", "陸": "陆", "點": "点", "負": "负", "個": "个", "對": "对", "雙": "双",
    "幾": "几", "餘": "余", "來": "来", "億": "亿", "貮": "贰", "弍": "二", "弌": "一",
    "○": "〇",  # (二○二五年九月: the circle Hong Kong releases write zero with)
}
_NORM = str.maketrans(_NORM_PAIRS)
#: Runs of characters that _NORM changes: translating only these runs gives the same string
#: several times faster than translating it all (few characters change, as a rule).
_NORM_RUN = fastre.compile("[" + regex.escape("".join(sorted(_NORM_PAIRS))) + "]+")


def _norm_run(m) -> str:
    return m.group().translate(_NORM)


def _normalize(text: str) -> str:
    """``text.translate(_NORM)``, done run by run."""
    return _NORM_RUN.sub(_norm_run, text)

DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "幺": 1, "二": 2, "贰": 2, "两": 2,
    "三": 3, "叁": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6,
    "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
for _i in range(10):
    DIGITS[str(_i)] = _i
SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG = {"万": 10**4, "亿": 10**8, "兆": 10**12}
UNIT_CHARS = {**SMALL, **BIG}
TENS = {"廿": "二十", "卅": "三十", "卌": "四十"}
_CN_DIGITS = "零〇○一壹幺二贰两三叁四肆五伍六陆七柒八捌九玖"
#: A number an index level or move in 点 is written as: Arabic, with decimals or three digits, or
#: grouped in thousands (恒指收报19,229点).
_INDEX_POINTS = fastre.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{1,3})?|[0-9]{1,6}\.[0-9]{1,3}|[0-9]{3,6}")
#: Formal (banker's) digits that, standing alone, are far more often a surname or a place
#: name (陆家嘴, 伍家岗) than a number.
_LONE_CAPITALS = frozenset("贰叁肆伍陆柒捌玖")
_CN_UNITS = "十拾百佰千仟"
_CN_BIG = "万亿兆"
_MAG_CHARS = "十拾百佰千仟万亿兆"

_AR = r"(?:(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+(?![A-Za-z]))?"
_CN = f"[{_CN_DIGITS}{_CN_UNITS}{_CN_BIG}廿卅卌几]"
_CN_OR_DOT = f"(?:{_CN}|点(?=[ ]*[{_CN_DIGITS}0-9]))"
_CNC = f"{_CN_DIGITS}{_CN_UNITS}{_CN_BIG}廿卅卌点几"
#: Words before a bare 千/万 that make it one of it (超过千件, 近万人次).
_BOUND_WORDS = "不足|不到|将近|接近|近|超过|逾|上|破|过|超|突破|达到|达"
_CORE_SRC = (
    # several: 数万, 几十, 数十万
    rf"(?:[数几](?:[ ]*[{_MAG_CHARS}])+)"
    # 半成, 半百, 半个, 半公升; 个半 (one and a half)
    rf"|(?:半(?=[ ]*[\p{{Han}}a-zA-Z]))(?:百)?"
    rf"|(?:(?<![{_CNC}0-9])个半)"
    # ordinary numerals, Arabic, Chinese and mixed, with 多/余/来 approximations;
    # spaces only between Chinese numeral characters or before a magnitude (7 万5 千)
    rf"|(?:(?:{_AR}|[{_CN_DIGITS}{_CN_UNITS}廿卅卌]|[万亿](?=[{_CN_DIGITS}]))"
    # (a Chinese digit goes on only a Chinese numeral: 0.97一带 and 5000一线 are 0.97 and 5000)
    rf"(?:(?<=[{_CNC}])[ ]*{_CN_OR_DOT}|[ ]*[{_MAG_CHARS}]|点(?=[ ]*[{_CN_DIGITS}0-9])|(?<=[{_CNC}])[ ]*(?:{_AR}))*"
    rf"(?:[ ]*[多余来](?:[ ]*[{_MAG_CHARS}])*)?)"
    # 万余份, 百余家: a bare magnitude with 多/余 means one of it and more
    rf"|(?:(?<![{_CNC}0-9])[十百千万][多余](?=[ ]*[\p{{Han}}]))"
    # 突破万亿, 近万亿: 万亿 alone is one 万亿
    rf"|(?:(?<![{_CNC}0-9])万亿(?![{_CNC}0-9]))"
    # 近万人次, 超过万件, 营收过亿: a bare 万 or 亿 after a bound word (千 already starts a numeral)
    rf"|(?:(?<=(?:{_BOUND_WORDS})[ ]*)[万萬亿億](?![{_CNC}0-9多余]))"
)
_CORE = fastre.compile(_CORE_SRC)
_FAN = fastre.compile(r"翻(?:了)?(?:[ ]*(?P<q>近|将近|接近|超过|逾|约)?([一二两三四五1-5])[ ]*番)|翻番|翻(?:了)?(?:一)?倍")
_PCT_PREFIX = fastre.compile(r"([百佰]万万|[百佰]万|[千仟]万|万万|[百佰]|[千仟]|万)[ ]*分[ ]*之[ ]*$")
_SCI = fastre.compile(r"(?:\d+(?:\.\d+)?|\.\d+)[eE][+-]?\d+")
#: The denominators of 百分之 / 千分之 / 万分之 written bare (no digit before them).
_PCT_WORD = fastre.compile(r"[百佰千仟万]|[百佰千仟]万|万万|[百佰]万万")
_FRAC_MID = fastre.compile(r"[ ]*分[ ]*之[ ]*")
_RANGE_SEP = fastre.compile(r"[ ]*(?:~|〜|-|—|–|－|至|到)[ ]*")
# after X成 (三成 = 30%) only these characters may follow directly: 三成以上, 三成左右, 七成六
_HAN_RX = fastre.compile(r"\p{Han}")
#: A population counted in tenths: 七成行业, 九成企业, 六成受访者 (成 followed by a noun, not 成为/成本).
_CHENG_POPULATION = fastre.compile(
    r"行业|企业|公司|居民|家庭|农户|用户|城市|省份|地区|产品|项目|受访|网民|消费者|学生|员工|职工|个股|股票|门店|商户|商家|游客|市民|村民|农民"
    r"|房企|车企|药企|险企|机构|基金|银行|券商|投资者|网友|家长|人群|样本|民营|国企|外资|中小|上市"
)
_CHENG_NEXT = frozenset("以左的多半上下之即至到或和与及零一二两三四五六七八九")
#: A word 成 begins (成为, 成本, 成立, 成熟, 八成新): after a numeral it is no tenth. Any other
#: Han character after X成 goes on with what the share does or holds (近七成表示, 三成流向
#: 四线城市, 一成在一线城市, 超九成参与者).
_CHENG_WORD = fastre.compile(
    r"[为本立功绩果交品熟长员都就效型形片套批群倍年人分份因语像材活色规真灾风家名事才器千百万亲婚书文败全心药衣约章对串团网链势渝昆绵华新不]"
)
#: An ordinal list just before a number (第二、三位 / 第1和2名): the number is a place too.
_RANK_LIST_BEFORE = fastre.compile(r"第\s*[0-9一二三四五六七八九十]{1,3}[位名]?\s*[、和及与]\s*$")
#: "The first N" right before a number: 前 (全球前十) or TOP (top4).
_TOP_N = fastre.compile(r"(?:(?<![0-9A-Za-z])(?:TOP|Top|top)\s?|(?<=[\p{Han}])前)$")
#: What may follow such a place: 位/名/强, then the end of the phrase (not 前三季度, 前10大股东, 前5个月).
_TOP_END = fastre.compile(r"[位名强]?(?:[，。；、,;.!?！？）)\s”\"]|的|$|[和及与]|品牌|行列|阵营)")
_RANK_SUFFIX = frozenset("期版名位批届次号条款章节轮季代级")
#: A verb of ranking, and the scope ranked in, right before a place (排到了, 居全国, 位列全省).
_RANK_VERB_BEFORE = fastre.compile(
    r"(?:排名|名列|排到了?|排在|排第?|位列|位居|跃居|稳居|居于|退居|升至|降至|跌至|(?<![民住家安定])居)"
    r"(?:全国|全省|全市|全区|全县|全球|世界|亚洲|行业|同业|同类|榜单|全行业)?$"
)
_CURRENCY_PREFIX = {"$": "USD", "US$": "USD", "¥": "CNY", "HK$": "HKD", "€": "EUR", "£": "GBP"}
_CURRENCY_WORD_PREFIX = {
    "人民币": "CNY", "人民幣": "CNY", "港币": "HKD", "港幣": "HKD", "港元": "HKD", "美元": "USD", "欧元": "EUR", "日元": "JPY",
    "新台币": "TWD", "新台幣": "TWD", "台币": "TWD", "台幣": "TWD", "澳门币": "MOP", "澳門幣": "MOP",
}


def _currency_word_before(t: str, s: int) -> tuple[int, str, str] | None:
    """(start, currency code, word) of the currency word written right before position ``s``,
    spaces between allowed (人民币 3.14, 新台币3672.7亿元: the longest word), or None."""
    q = s
    while q > 0 and t[q - 1] == " ":
        q -= 1
    word = max((w for w in _CURRENCY_WORD_PREFIX if q >= len(w) and t.startswith(w, q - len(w))), key=len, default=None)
    return (q - len(word), _CURRENCY_WORD_PREFIX[word], word) if word else None


def normalize_numeric(text: str) -> str:
    """The same text, same length, with full-width and traditional numeral forms mapped."""
    return _normalize(text)


# ------------------------------------------------------------------ results
@dataclass(frozen=True, slots=True)
class ParsedNumber:
    """One number expression, resolved.

    ``value`` is in the canonical unit when ``unit`` is set (``700多亿元`` -> 7e10 CNY),
    else the bare number. ``low``/``high`` bound the value where the text bounds it
    (``700多亿`` -> [7e10, 8e10); a range -> its two ends; ``超过30%`` -> low 30, high None).
    ``start``/``end`` locate the figure (number, magnitude and unit, without qualifier
    words) in the text given.
    """

    text: str
    start: int
    end: int
    value: Decimal
    low: Decimal | None
    high: Decimal | None
    qualifier: str = "exact"
    unit: str | None = None
    kind: str = "number"
    surface_unit: str | None = None


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number found in a text by ``scan_numbers``: raw offsets, value, unit, qualifier.

    ``text == source[start:end]`` always. ``group`` ties the two ends of a range (same
    non-None id). ``qualifier_start``/``qualifier_end`` locate the qualifier word, when any.
    ``ambiguous`` marks a unit that is often not a unit (分, 度, 两, 年).
    """

    start: int
    end: int
    text: str
    value: Decimal
    low: Decimal | None
    high: Decimal | None
    qualifier: str
    unit: str | None
    kind: str
    surface_unit: str | None = None
    numeral: str = ""
    group: int | None = None
    qualifier_start: int | None = None
    qualifier_end: int | None = None
    ambiguous: bool = False
    approx_inside: bool = False


def qualified_start(m: NumberMention) -> int:
    """Where a mention starts with its qualifier word, when that stands before it (约, 超过)."""
    return m.qualifier_start if m.qualifier_start is not None and m.qualifier_start < m.start else m.start


# ------------------------------------------------------------------ numeral values
@dataclass(frozen=True, slots=True)
class _Num:
    value: Decimal
    low: Decimal | None
    high: Decimal | None
    qualifier: str
    has_big: bool  # ends with a magnitude character (万, 亿...)
    mag_suffix: str  # trailing magnitude characters, e.g. "万" in 两到三万


def _mag(suffix: str) -> Decimal | None:
    m = Decimal(1)
    for ch in suffix:
        u = UNIT_CHARS.get(ch)
        if u is None:
            return None
        m *= u
    return m


def _digits_only(s: str) -> bool:
    return bool(s) and all(c in DIGITS for c in s)


def _int_value(s: str, top: bool = True) -> Decimal | None:
    """Integer part of a numeral (Arabic, Chinese or mixed), recursively by magnitude."""
    if not s:
        return None
    if s.isdigit() and s.isascii():
        return Decimal(s)
    if _digits_only(s):
        if len(s) == 1:
            return Decimal(DIGITS[s])
        # digit by digit: 二〇二六, 三八 (a discount), 2〇26
        return Decimal("".join(str(DIGITS[c]) for c in s))
    if "." in s:  # an Arabic decimal as a coefficient: handled by numeral_value
        try:
            return Decimal(s)
        except decimal.InvalidOperation:
            return None
    for ch, mult in (("兆", 10**12), ("亿", 10**8), ("万", 10**4), ("千", 1000), ("仟", 1000),
                     ("百", 100), ("佰", 100), ("十", 10), ("拾", 10)):
        i = s.rfind(ch) if ch in BIG else s.find(ch)
        if i < 0:
            continue
        left, right = s[:i], s[i + 1 :]
        left = left.lstrip("零〇○") if top else left
        if left:
            lv = _int_value(left, top=top)
            if lv is None:
                return None
        else:
            if not top and i == 0 and ch not in "十拾":
                return None  # 10万千: a bare magnitude inside a numeral
            lv = Decimal(1)
        rv = Decimal(0)
        if right:
            stripped = right.lstrip("零〇○")
            if not stripped:
                rv = Decimal(0)
            elif stripped != right:
                rv = _int_value(stripped, top=stripped[0] in "十拾")
            elif len(right) == 1 and right in DIGITS and mult >= 100:
                # abbreviated: 两万三 = 23000, 一百五 = 150, 13万2 = 132000
                rv = Decimal(DIGITS[right]) * mult / 10
            else:
                rv = _int_value(right, top=False)
            if rv is None:
                return None
        # in 十万亿 the 万 belongs to the left part; both sides stay below the magnitude
        return lv * mult + rv
    return None


def _plain_value(s: str) -> tuple[Decimal, str] | None:
    """Value of a numeral without approximation marks; returns (value, magnitude suffix)."""
    if not s:
        return None
    for k, v in TENS.items():
        if k in s:
            s = s.replace(k, v)
    s = s.replace(",", "").replace("，", "")
    if ("e" in s or "E" in s) and _SCI.fullmatch(s):
        return Decimal(s), ""
    # trailing magnitude characters (kept for ranges: 两到三万)
    j = len(s)
    while j > 0 and s[j - 1] in _MAG_CHARS:
        j -= 1
    suffix = s[j:]
    dot = -1
    for i, c in enumerate(s):
        if c in ".点":
            dot = i
            break
    if dot >= 0:
        head = s[:dot]
        q = dot + 1
        while q < len(s) and s[q] in DIGITS:
            q += 1
        frac = s[dot + 1 : q]
        rest = s[q:]
        if not frac:
            return None
        mag = _mag(rest)
        if mag is None:
            return None
        fv = Decimal("0." + "".join(str(DIGITS[c]) for c in frac))
        # 34亿1514.6万: the decimal and its magnitude are the last group's, after a higher
        # magnitude (34亿 + 1514.6万), not the whole's ((34亿1514 + 0.6) x 万)
        k = -1 if mag == 1 else next((i for i in range(len(head) - 1, -1, -1) if head[i] in "万萬亿億兆" and (_mag(head[i]) or 0) > mag), -1)
        if k >= 0:
            hv, lv = _int_value(head[: k + 1]), _int_value(head[k + 1 :]) if head[k + 1 :] else None
            if hv is None or lv is None:
                return None
            return hv + (lv + fv) * mag, rest
        iv = _int_value(head) if head else Decimal(0)
        if iv is None:
            return None
        return (iv + fv) * mag, rest
    if s == "个半":
        return Decimal("1.5"), ""
    if s == "半" or s.startswith("半"):
        mag = _mag(s[1:])
        return (Decimal("0.5") * mag, s[1:]) if mag is not None else None
    v = _int_value(s)
    if v is None:
        return None
    # a numeral made only of magnitudes other than 十 (万, 万万) is not a number
    if not any(c in DIGITS for c in s) and s not in ("十", "拾", "万亿", "萬億") and not (
        s[0] in "十拾百佰千仟" and len(s) > 1
    ):
        return None  # 万, 万万: a magnitude alone is no number; 百亿, 十万 are
    return v, suffix


def _place(v: Decimal) -> Decimal:
    """The place value of the last significant digit of an integer: 700 -> 100, 12 -> 1."""
    if v != v.to_integral_value():
        exp = v.normalize().as_tuple().exponent
        return Decimal(1).scaleb(int(exp))
    n = int(v)
    if n == 0:
        return Decimal(1)
    p = 1
    while n % 10 == 0:
        n //= 10
        p *= 10
    return Decimal(p)


_CONSEC = {("一", "二"), ("二", "三"), ("两", "三"), ("三", "四"), ("四", "五"), ("五", "六"),
           ("六", "七"), ("七", "八"), ("八", "九"), ("一", "两")}


@functools.lru_cache(maxsize=8192)
def numeral_value(s: str) -> _Num | None:
    """Value of a numeral core (no unit), with approximation marks read as bounds.

    Pure and cached: the same numeral text always has the same value."""
    s = s.replace(" ", "")
    if not s:
        return None
    # several: 数万, 几十, 数十万 -> the magnitude
    if s[0] in "数几":
        mag = _mag(s[1:])
        if mag is None:
            return None
        return _Num(mag, 2 * mag, 10 * mag, "several", True, s[1:])
    # 多/余/来 inside: 700多亿, 十余万, 1万余, 十来
    for mark in "多余来":
        i = s.find(mark)
        if i > 0:
            mant, suffix = s[:i], s[i + 1 :]
            pv = (Decimal(UNIT_CHARS[mant]), "") if mant in ("百", "千", "万") else _plain_value(mant)
            mag = _mag(suffix)
            if pv is None or mag is None:
                return None
            base = pv[0]
            if mark == "来" and not (mant[-1] in _MAG_CHARS or mant[-1] == "0"):
                return None
            place = _place(base)
            if mant[-1] in _MAG_CHARS and base == _mag(mant[-1]) and mant[-1] not in "十拾":
                place = base  # 万余 after a bare magnitude: [1万, 2万)
            value = base * mag
            qual = "about" if mark == "来" else "more_than"
            return _Num(value, value, (base + place) * mag, qual, bool(suffix) or pv[1] != "", suffix or pv[1])
    # 几 as a digit: 二十几万, 十几亿, 一百零几万
    if "几" in s:
        i = s.find("几")
        head, tail = s[:i], s[i + 1 :]
        # the place of 几 is given by the unit that follows it (几十 -> 10) or 1
        j = 0
        while j < len(tail) and tail[j] in _CN_UNITS:
            j += 1
        unit_place = _mag(tail[:j]) or Decimal(1)
        mag = _mag(tail[j:])
        hv = _plain_value(head.rstrip("零〇")) if head.rstrip("零〇") else (Decimal(0), "")
        if hv is None or mag is None:
            return None
        base = hv[0]
        value = base * mag
        return _Num(value, (base + unit_place) * mag, (base + 10 * unit_place) * mag, "more_than",
                    bool(tail), tail)
    # two consecutive digits: 两三个, 三四十, 十七八 -> a range
    for i in range(len(s) - 1):
        if "点" in s[:i] or "." in s[:i]:
            break
        if (s[i], s[i + 1]) in _CONSEC and not (i > 0 and s[i - 1] in DIGITS):
            lo = _plain_value(s[:i] + s[i] + s[i + 2 :])
            hi = _plain_value(s[:i] + s[i + 1] + s[i + 2 :])
            if lo is None or hi is None:
                break
            return _Num(lo[0], lo[0], hi[0], "range", bool(hi[1]), hi[1])
    pv = _plain_value(s)
    if pv is None:
        return None
    return _Num(pv[0], pv[0], pv[0], "exact", bool(pv[1]), pv[1])


# ------------------------------------------------------------------ scanning
def _is_numeral_char(c: str) -> bool:
    return c.isdigit() or c in DIGITS or c in UNIT_CHARS


def _skip_spaces(t: str, i: int, limit: int = 8) -> int:
    j = i
    while j < len(t) and j - i < limit and t[j] in " \t":
        j += 1
    return j


@dataclass(slots=True)
class _M:
    start: int
    end: int
    num: _Num
    value: Decimal
    low: Decimal | None
    high: Decimal | None
    qualifier: str
    unit: str | None = None
    kind: str = "number"
    surface_unit: str | None = None
    numeral_end: int = 0
    ambiguous: bool = False
    qstart: int | None = None
    qend: int | None = None


def _core_at(t: str, pos: int) -> regex.Match | None:
    return _CORE.match(t, pos)


_BARE_MAG_BEFORE = fastre.compile(rf"(?:{_BOUND_WORDS})[ ]*$")


def _trimmed_core(t: str, s: int, e: int) -> tuple[int, _Num] | None:
    """Shrink a core from the right until it parses; give a trailing 两 to the units."""
    core = t[s:e]
    if len(core) > 1 and core[-1] in "百千万" and t.startswith("分", e) and not t.startswith("分之", e):
        e -= 1  # 百分之七十百分位, 三百分点: 百分/千分 start a word, not a magnitude
        core = t[s:e]
    if len(core) > 1 and core.endswith("两") and core[-2] != "一" and not core[-2].isspace():
        e -= 1  # 两 never ends a numeral after another digit or a magnitude: 二两, 两万两 (liang)
    if core in ("百", "千", "万", "萬", "亿", "億") and (
        _BARE_MAG_BEFORE.search(t, max(0, s - 3), s) or core in ("百", "千") and _PCT_PREFIX.search(t, max(0, s - 6), s)
    ):
        # 超过千件, 近万人次, 近百所, 营收过亿: a bare 百/千/万/亿 after a bound word is one of it;
        # 百分之百: a bare 百 after 百分之 is all of it
        v = Decimal({"百": 100, "千": 1000, "亿": 10**8, "億": 10**8}.get(core, 10000))
        big = core in ("万", "萬", "亿", "億")
        return e, _Num(v, v, v, "exact", big, {"萬": "万", "億": "亿"}.get(core, core) if big else "")
    while e > s:
        core = t[s:e].rstrip()
        e = s + len(core)
        if not core:
            return None
        if core.endswith("点"):
            e -= 1
            continue
        n = numeral_value(core)
        if n is not None:
            return e, n
        e -= 1
    return None


def _mulf(v: Decimal | None, f: Fraction) -> Decimal | None:
    """v x f exactly where the result terminates (3亩 = 2000 m2, not 1999.99...)."""
    if v is None:
        return None
    if f.denominator == 1:
        return _CTX.multiply(v, Decimal(f.numerator))
    return _CTX.divide(_CTX.multiply(v, Decimal(f.numerator)), Decimal(f.denominator))


_DEN_QTY = fastre.compile(r"[1-9][0-9]{0,3}(?![0-9.])")


def _apply_unit(m: _M, u: UnitDef, end: int) -> None:
    m.unit = u.unit
    m.kind = u.kind
    m.surface_unit = u.surface
    m.end = end
    m.ambiguous = u.ambiguous
    f = u.ratio
    m.value = _mulf(m.value, f)
    m.low = _mulf(m.low, f)
    m.high = _mulf(m.high, f)


def _scale(m: _M, f: Decimal) -> None:
    m.value = _CTX.multiply(m.value, f)
    m.low = None if m.low is None else _CTX.multiply(m.low, f)
    m.high = None if m.high is None else _CTX.multiply(m.high, f)


def _add(m: _M, d: Decimal) -> None:
    m.value += d
    m.low = None if m.low is None else m.low + d
    m.high = None if m.high is None else m.high + d


def _read_unit(t: str, m: _M, s: int, core_end: int, table: UnitTable) -> tuple[int, _Num, UnitDef | None, int]:
    """Choose how the numeral and the unit split: the longest unit wins (5千瓦时)."""
    best: tuple[int, int, int, _Num, UnitDef | None, int] | None = None
    k = 0
    e = core_end
    while True:
        core = t[s:e]
        n = numeral_value(core) if k else m.num
        if n is not None:
            p = _skip_spaces(t, e, 6)
            u = table.match_at(t, p)
            if u is None and p != e:
                p = e
            end = p + len(u.surface) if u else e
            key = (end, len(u.surface) if u else 0)
            if best is None or key > best[:2]:
                best = (key[0], key[1], e, n, u, end)
        if e - 1 <= s or t[e - 1] not in _MAG_CHARS:
            break
        e -= 1
        k += 1
    assert best is not None
    return best[2], best[3], best[4], best[5]


_CONT_DIMS = frozenset({"currency", "currency_minor", "mass", "length"})
_BIG_MAGNITUDE = fastre.compile(r"[万亿萬億]")


def _continuation(t: str, m: _M, u: UnitDef, table: UnitTable) -> None:
    """A smaller unit of the same quantity after a unit: 123元1角1分, 两毛五, 一块二,
    三块零四, 两美元又三美分, 3斤5两, 三米九."""
    cur = u
    while True:
        p = m.end
        if t.startswith("又", p):
            p += 1
        zero = t.startswith("零", p)
        cm = _core_at(t, p + (1 if zero else 0))
        if cm is None:
            return
        tc = _trimmed_core(t, cm.start(), cm.end())
        if tc is None:
            return
        ce, n = tc
        if n.qualifier != "exact":
            return
        u2 = table.match_at(t, ce)
        if u2 is not None and u2.dim in _CONT_DIMS and u2.unit == cur.unit and u2.factor < cur.factor:
            _add(m, _CTX.multiply(n.value, u2.factor))
            m.end = ce + len(u2.surface)
            cur = u2
            continue
        if (
            u2 is None and ce - cm.start() == 1 and n.value < 10 and cur.factor > Decimal("0.01")
            and not _BIG_MAGNITUDE.search(t, m.start, p)  # (50亿元一期: no one says 亿 and then 角)
        ):
            # a bare digit after the unit is the next sub-unit: 一块二, 三块零四
            step = cur.factor / 10 if not zero else cur.factor / 100
            _add(m, _CTX.multiply(n.value, step))
            m.end = ce
        return


#: Denominators a rate keeps as quoted (米/秒 = m/s, 美元/盎司 = USD/oz), not in canonical units.
_QUOTED_PER = {"秒": "s", "秒钟": "s", "盎司": "oz", "金衡盎司": "oz"}


def _ge_unit(t: str, pos: int, table: UnitTable) -> UnitDef | None:
    """The unit spelled with 个 whose 个 stood before a 半 or 多 (两个半月, 两个多月): the unit
    that "个" + the text at ``pos`` opens with."""
    return table.match_at("个" + t[pos : pos + table.max_len], 0)


def _resolve(t: str, s: int, e: int, table: UnitTable, *, allow_range: bool = True, sign: bool = True) -> list[_M] | None:
    if _PCT_WORD.fullmatch(t, s, e) and _FRAC_MID.match(t, e):
        return None  # 百分之百, 千分之三: a bare 百/千/万 before 分之 names the denominator, it counts nothing
    tc = _trimmed_core(t, s, e)
    if tc is None:
        return None
    e, num = tc
    m = _M(s, e, num, num.value, num.low, num.high, num.qualifier, numeral_end=e)

    # ---- k / M / G after an Arabic number: 40k, 1.2M, .0012G
    p = _skip_spaces(t, e, 1)
    if p < len(t) and t[p] in "kKMG" and t[s:e].replace(",", "").replace(".", "").isdigit():
        nxt = t[p + 1 : p + 2]
        if not (nxt.isascii() and nxt.isalpha()) and (t[p] != "G" or "." in t[s:e]):
            f = {"k": 1000, "K": 1000, "M": 10**6, "G": 10**9}[t[p]]
            if table.match_at(t, p) is None:
                _scale(m, Decimal(f))
                m.end = m.numeral_end = e = p + 1

    # ---- left context: 第 (rank), 百分之 (percent), sign
    before = t[max(0, s - 12) : s]
    pm = _PCT_PREFIX.search(before)
    if pm:
        key = pm.group(1).replace("佰", "百").replace("仟", "千")
        denom = {"百": 100, "千": 1000, "万": 10**4, "百万": 10**6, "千万": 10**7, "万万": 10**8, "百万万": 10**10}[key]
        m.start = s - (len(before) - pm.start())
        _scale(m, _CTX.divide(Decimal(100), Decimal(denom)))
        m.unit, m.kind, m.surface_unit = "%", "ratio", pm.group(0).replace(" ", "")
        return [m]
    if s > 0 and t[s - 1] == "第":
        m.start = s - 1
        m.unit, m.kind = "rank", "rank"
        if m.qualifier == "more_than" and t[m.end - 1 : m.end] == "多":
            # 同期第二多, 第三多: the Nth most, a superlative; the 多 is no "more than"
            m.end = m.numeral_end = m.end - 1
            m.qualifier, m.low, m.high = "exact", m.value, m.value
        u = table.match_at(t, m.end)
        if u is not None and u.kind == "count":
            m.end += len(u.surface)
            m.surface_unit = u.surface
        elif m.end < len(t) and t[m.end] in _RANK_SUFFIX:
            m.surface_unit = t[m.end]
            m.end += 1
            if m.surface_unit == "季" and t.startswith("度", m.end):
                m.kind, m.unit = "date", None  # (第2季度末: a quarter of the year, no rank)
        return [m]
    if t[m.end : m.end + 1] in ("位", "名") and "第" in before and _RANK_LIST_BEFORE.search(before) and m.num.qualifier == "exact":
        # 分列面积榜第二、三位: the next place of a list of places opened by 第 (not 第一、二、三产业)
        m.unit, m.kind, m.surface_unit = "rank", "rank", t[m.end]
        m.end += 1
        return [m]
    top = _TOP_N.search(before) if before.endswith("前") or before[-4:].rstrip().upper().endswith("TOP") else None
    if (
        top and m.unit is None and m.num.qualifier == "exact" and m.value == m.value.to_integral_value() and 1 <= m.value <= 500
        and _TOP_END.match(t, m.end)
    ):
        # 进入全球前十, 行业前三, 全国前10位, 国内火锅品牌top4: a place among the first N
        m.start = s - (len(before) - top.start())
        m.unit, m.kind = "rank", "rank"
        if t[m.end : m.end + 1] in ("位", "名", "强"):
            m.surface_unit = t[m.end]
            m.end += 1
        return [m]
    if (
        s >= 2 and t[s - 2 : s] in ("排名", "名列") and m.unit is None and m.num.qualifier == "exact"
        and m.value == m.value.to_integral_value() and 1 <= m.value <= 1000
    ):
        m.unit, m.kind = "rank", "rank"  # (交银规模为483.8亿元，排名12: a place without 第)
        if t[m.end : m.end + 1] in ("位", "名"):
            m.surface_unit = t[m.end]
            m.end += 1
        return [m]
    if (
        t[m.end : m.end + 1] in ("位", "名") and m.unit is None and m.num.qualifier == "exact"
        and m.value == m.value.to_integral_value() and 1 <= m.value <= 1000
        and not _HAN_RX.match(t, m.end + 1) and _RANK_VERB_BEFORE.search(before)
    ):
        # 以505亿排到了十二名, 居全国12位: a place held, named after a verb of ranking, without 第
        m.unit, m.kind, m.surface_unit = "rank", "rank", t[m.end]
        m.end += 1
        return [m]
    q = s - 1
    while q >= 0 and t[q] == " ":
        q -= 1
    if sign and q >= 1 and t[q - 1 : q + 1] == "零下":
        # 零下15摄氏度 = -15 degC
        m.start = q - 1
        m.value, m.low, m.high = -m.value, (None if m.high is None else -m.high), (None if m.low is None else -m.low)
    elif sign and q >= 0 and t[q] in "负-" and (q == 0 or not (_is_numeral_char(t[q - 1]) or t[q - 1] in "%.)")):
        # (背负66000亿元负债, 身负, 担负, 抱负, 欠负: 负 is a verb's, not a minus)
        if (t[q] == "负" and not (q > 0 and t[q - 1] in _NEG_VERB_HEADS)) or q == 0 or (
            t[q] == "-" and (not (t[q - 1].isascii() and t[q - 1].isalnum()) or t[max(0, q - 3) : q] in _CHANGE_ABBREVIATIONS)
        ):
            m.start = q
            m.value, m.low, m.high = -m.value, (None if m.high is None else -m.high), (None if m.low is None else -m.low)
            if m.qualifier in ("exact", "range"):
                m.low, m.high = (m.low, m.high) if m.low is None or m.high is None or m.low <= m.high else (m.high, m.low)

    # ---- right context
    p = _skip_spaces(t, e, 4)
    # fraction: 三分之一, 一百分之五, 负3分之负157
    fm = _FRAC_MID.match(t, e)
    if fm and fm.end() < len(t):
        q2 = fm.end()
        neg2 = t.startswith("负", q2)
        cm = _core_at(t, q2 + (1 if neg2 else 0))
        if cm is not None:
            tc2 = _trimmed_core(t, cm.start(), cm.end())
            if tc2 is not None and m.value != 0:
                e2, n2 = tc2
                v2 = -n2.value if neg2 else n2.value
                val = _CTX.divide(v2, m.value)
                m.value = m.low = m.high = val
                m.end = m.numeral_end = e2
                m.qualifier = "exact"
                m.surface_unit = "分之"
                return [m]
    # mixed fraction: 三百五又三分之一
    if t.startswith("又", p):
        cm = _core_at(t, _skip_spaces(t, p + 1))
        if cm is not None:
            inner = _resolve(t, cm.start(), cm.end(), table, allow_range=False)
            if inner and inner[0].unit is None and t[cm.start() : inner[0].end].find("分") >= 0:
                frac = inner[0].value
                m.value = m.low = m.high = m.value + frac if m.value >= 0 else m.value - frac
                m.end = m.numeral_end = inner[0].end
                return [m]
    # 成 and 折: 三成 = 30%, 七成六 = 76%, 五成半, 九折 = 90%, 三八折 = 38%
    if p < len(t) and t[p] in "成折":
        core_txt = t[s:e].replace(" ", "")
        v = m.value
        nxt_c = t[p + 1 : p + 2]
        if t[p] == "成" and v <= 10 and (
            not (nxt_c and _HAN_RX.match(nxt_c) and nxt_c not in _CHENG_NEXT) or _CHENG_POPULATION.match(t, p + 1)
            or not _CHENG_WORD.match(nxt_c)
        ):
            m.end = p + 1
            _scale(m, Decimal(10))
            q2 = _skip_spaces(t, m.end, 2)
            if t.startswith("半", q2):
                _add(m, Decimal(5))
                m.end = q2 + 1
            elif q2 < len(t) and t[q2] in DIGITS and not (q2 + 1 < len(t) and _is_numeral_char(t[q2 + 1])):
                _add(m, Decimal(DIGITS[t[q2]]))
                m.end = q2 + 1
            m.unit, m.kind, m.surface_unit = "%", "ratio", "成"
            return [m]
        if t[p] == "折" and not t.startswith("折合", p) and not t.startswith("折旧", p):
            if core_txt == "半":
                val = Decimal(50)
            elif v < 10 and v > 0:
                val = v * 10
            elif 10 < v < 100:
                val = v
            else:
                val = None
            if val is not None:
                m.value = m.low = m.high = val
                m.end = p + 1
                m.unit, m.kind, m.surface_unit = "%", "ratio", "折"
                return [m]

    # units, with give-back of trailing magnitudes (5千瓦时, 10万千瓦, 五十兆字节)
    new_e, n2, u, uend = _read_unit(t, m, s, e, table)
    if new_e != e:
        sign = -1 if m.value < 0 else 1
        e = new_e
        m.num = n2
        m.value = n2.value * sign
        m.low, m.high, m.qualifier = n2.low, n2.high, n2.qualifier
        if sign < 0:
            m.low, m.high = (None if n2.high is None else -n2.high), (None if n2.low is None else -n2.low)
        m.numeral_end = e
        m.end = e
    if u is not None and u.surface == "个":
        # Cantonese money: 港币三个一毫四 (个 = the major unit after a currency word)
        for word, code in _CURRENCY_WORD_PREFIX.items():
            if s - len(word) >= 0 and t.startswith(word, s - len(word)):
                major = next((d for d in table.by_surface.values() if d.unit == code and d.dim == "currency"), None)
                if major is not None:
                    m.start = s - len(word)
                    u = UnitDef("个", code, Decimal(1), "money", "currency")
                break
    if u is not None:
        # 两个半月, 一吨半, 三斤半
        _apply_unit(m, u, uend)
        if u.unit == "CNY" and u.dim == "currency":
            # 新台币3672.7亿元, 港币3亿元: 元 after a number the text prices in another currency
            before_word = _currency_word_before(t, s)
            if before_word is not None and before_word[1] != "CNY":
                m.unit = before_word[1]
        if t.startswith("半", m.end):
            nxt = table.match_at(t, m.end + 1)
            virt = _ge_unit(t, m.end + 1, table) if u.surface == "个" else None
            if virt is not None and virt.surface != "个":
                m.value, m.low, m.high = m.num.value, m.num.low, m.num.high
                if m.start < s:  # a sign was read
                    m.value, m.low, m.high = -m.value, m.low, m.high
                _add(m, Decimal("0.5"))
                _apply_unit(m, virt, m.end + len(virt.surface))
            elif nxt is None or u.kind == "count":
                _add(m, _CTX.multiply(Decimal("0.5"), u.factor))
                m.end += 1
        elif u.surface == "个" and t.startswith("亿", m.end) and not (m.end + 1 < len(t) and t[m.end + 1] in "元人次"):
            # 两个亿, 十几个亿: 个 before 亿 counts hundreds of millions, a bare amount (the
            # words around say of what); 两个亿元 and 三个亿人 are read with their unit as written
            m.unit, m.kind, m.surface_unit = None, "number", None
            _scale(m, Decimal(10) ** 8)
            m.end += 1
            m.numeral_end = m.end  # (the numeral is 两个亿: a bare amount in 亿, as 2亿 is)
        elif u.surface == "个" and m.end < len(t) and t[m.end] in "多余":
            # 两个多月, 1个多小时: more than so many months or hours, less than one more
            virt = _ge_unit(t, m.end + 1, table)
            if virt is not None and virt.kind == "duration":
                v = m.num.value
                m.value, m.low, m.high, m.qualifier = v, v, v + 1, "more_than"
                if m.start < s:  # a sign was read
                    m.value, m.low, m.high = -v, -v - 1, -v
                _apply_unit(m, virt, m.end + len(virt.surface))
        if u.dim in _CONT_DIMS:
            _continuation(t, m, u, table)
        # compound rate: 元/吨, 万元/亩, 美元/艘, 元/人 (not a length of time before 每: 2011年每股收益
        # is a year, then what is earned per share)
        sp = _SPACED_SLASH.match(t, m.end)  # (1030 万吨 / 年: the slash set off by spaces, as the number is)
        slash_end = sp.end() if sp else m.end + 1
        if m.end < len(t) and (sp or t[m.end] == "/" or (t[m.end] == "每" and u.kind != "duration")):
            # (元/500克, 元/50公斤: a price per a quantity of a measure)
            qm = _DEN_QTY.match(t, slash_end)
            qty, at = (int(qm.group()), qm.end()) if qm else (1, slash_end)
            den = table.match_at(t, at)
            if den is not None and qty != 1 and den.kind != "measure":
                den = None
            if den is not None and den.kind in ("measure", "count", "money", "duration") and den.unit != m.unit:
                # (米/秒, 美元/盎司: a rate quoted per second or per ounce stays so, 38米/秒 = 38 m/s,
                # 1800美元/盎司 = 1800 USD/oz, as it is quoted)
                quoted = _QUOTED_PER.get(den.surface)
                inv = Fraction(1, qty) if quoted else 1 / (den.ratio * qty)
                m.value, m.low, m.high = _mulf(m.value, inv), _mulf(m.low, inv), _mulf(m.high, inv)
                m.unit = f"{m.unit}/{quoted or den.unit}"
                m.kind = "money" if u.kind == "money" else "measure"
                m.surface_unit = f"{u.surface}{t[m.end : at]}{den.surface}"
                m.end = at + len(den.surface)
    else:
        # currency written before the number: $20, ￥300, 人民币3.14, 港币3.14
        q = s
        while q > 0 and t[q - 1] == " ":
            q -= 1
        hit = None
        for sym, code in _CURRENCY_PREFIX.items():
            if t.startswith(sym, q - len(sym)) and q - len(sym) >= 0:
                hit = (q - len(sym), code, sym)
        hit = _currency_word_before(t, s) or hit
        if hit is not None and m.start == s:
            m.start, m.unit, m.kind, m.surface_unit = hit[0], hit[1], "money", hit[2]
        elif t.startswith("半", m.end) and m.value == 1 and t[s:e] in ("一", "1"):
            # 一半 = a half (a share where the text gives no unit: 下降近一半)
            m.value = m.low = m.high = Decimal("0.5")
            m.surface_unit = "半"
            m.end += 1

    # ---- 两三个, 五六万家, 三四十: two ends, like a range, the first end without the unit
    if allow_range and m.num.qualifier == "range" and m.kind not in ("date", "rank") and m.low is not None and m.high is not None:
        core = t[s:e]
        k = next((i for i in range(len(core) - 1) if (core[i], core[i + 1]) in _CONSEC), None)
        if k is not None:
            lo = _M(m.start, s + k + 1, m.num, m.low, m.low, m.high, "at_least", m.unit, m.kind, None, s + k + 1)
            hi = _M(s + k + 1, m.end, m.num, m.high, m.low, m.high, "at_most", m.unit, m.kind, m.surface_unit, m.numeral_end, m.ambiguous)
            return [lo, hi]

    # ---- dates are not quantities: 2026年, 3月, 27日, 二〇二六年
    if m.surface_unit in ("年",) and m.kind == "duration" and m.num.qualifier == "exact":
        core = t[s:e]
        if 1000 <= m.value <= 2200 and m.value == m.value.to_integral_value() and (
            (len(core) == 4 and core.isdigit()) or _digits_only(core)
        ):
            m.kind, m.unit = "date", None
    elif m.surface_unit in ("日", "天") and s > 0 and t[s - 1] == "月" and m.num.qualifier == "exact" and 1 <= m.value <= 31:
        m.kind, m.unit = "date", None
    elif m.unit is None and m.end < len(t) and t[m.end] in "月日号" and m.num.qualifier == "exact":
        if 1 <= m.value <= 31 and m.value == m.value.to_integral_value():
            if t[m.end] == "月" and m.value <= 12 or t[m.end] in "日号":
                m.kind = "date"
                m.end += 1
                m.surface_unit = t[m.end - 1]

    # ---- ranges: 2~3%, 5-10年, 两到三万, 10%~30%
    if allow_range and m.kind != "date":
        rm = _RANGE_SEP.match(t, m.end)
        if rm and rm.end() < len(t):
            cm = _core_at(t, rm.end())
            if cm is not None:
                sep = t[rm.start() : rm.end()].strip()
                hi = _resolve(t, cm.start(), cm.end(), table, allow_range=False, sign=sep == "负")
                if hi and sep in ("-", "－") and t[m.end - 1 : m.end].isdigit() and m.unit is None and hi[0].unit is None:
                    hi = None  # 2026-11-28, 14-0023: codes and dates, not ranges
                if hi and _change_then_level(t, m, hi[0], sep):
                    hi = None  # 毛利率上升1%至36%: a change, then the level it reached
                if hi and sep in ("至", "到") and _FROM_BEFORE.search(t, max(0, m.start - 3), m.start) and not _RANGE_AFTER.match(t, hi[0].end):
                    hi = None  # 从3670个到102.3万个: where a change started and ended (从2元到3元不等 is a range)
                if hi:
                    h = hi[0]
                    lo_m = m
                    if (
                        lo_m.unit and h.unit and lo_m.unit != h.unit and h.surface_unit and lo_m.surface_unit
                        and h.surface_unit.split("/")[0] == lo_m.surface_unit and "/" in h.surface_unit
                        and lo_m.num.value and h.num.value and h.value is not None
                    ):
                        # 40元-80元/公斤: the low end names only the high end's numerator
                        lo_m.value = _CTX.multiply(lo_m.num.value, h.value / h.num.value)
                        lo_m.unit, lo_m.kind = h.unit, h.kind
                    if (
                        h.unit is None and lo_m.kind == "money" and h.num.has_big and lo_m.num.value and h.num.value
                        and (lo_m.value / lo_m.num.value == h.value / h.num.value or _RANGE_AFTER.match(t, h.end))
                    ):
                        # 331亿元—391亿: the high end's 元 left out, its magnitude as the low end's
                        # (or another, when the text says it spans: 在-0.39亿元~100万之间)
                        h.unit, h.kind = lo_m.unit, lo_m.kind
                    if h.kind != "date" and lo_m.unit in (None, h.unit) and h.qualifier in ("exact",) and lo_m.qualifier in ("exact",):
                        if lo_m.unit is None and h.unit is None and not lo_m.num.has_big and h.num.mag_suffix:
                            lo_m.value = _CTX.multiply(lo_m.value, _mag(h.num.mag_suffix) or Decimal(1))
                        elif lo_m.unit is None and h.unit is not None:
                            # the high end's magnitude and unit apply to the low end
                            f = Decimal(1)
                            if not lo_m.num.has_big and h.num.mag_suffix:
                                f = _mag(h.num.mag_suffix) or Decimal(1)
                            hu = table.by_surface.get(h.surface_unit or "")
                            uf = hu.factor if hu is not None else Decimal(1)
                            if h.surface_unit and "/" in h.surface_unit and h.value and h.num.value:
                                uf = h.value / h.num.value
                            lo_m.value = _CTX.multiply(_CTX.multiply(lo_m.value, f), uf)
                            lo_m.unit, lo_m.kind = h.unit, h.kind
                            lo_m.surface_unit = None
                        if lo_m.value <= h.value:
                            lo_m.low = h.low = lo_m.value
                            lo_m.high = h.high = h.value
                            lo_m.qualifier, h.qualifier = "at_least", "at_most"
                            return [lo_m, h]
    return [m]


_FROM_BEFORE = fastre.compile(r"(?:从|由)(?:约|近|仅|不足|超过|逾)?$")
_RANGE_AFTER = fastre.compile(r"\s*(?:不等|之间|区间|范围|浮动|波动)")
_CHANGE_BEFORE = fastre.compile(r"(?:上升|提高|提升|增长|增加|上涨|下降|降低|减少|回落|下跌|下滑|缩短|缩小|延长|扩大|上调|下调|调高|调低|攀升|回升|跌|涨)(?:了)?$")


def _change_then_level(t: str, lo: _M, hi: _M, sep: str) -> bool:
    """``上升1%至36%``: after a change verb, two figures each with its unit and joined by 至/到
    are the change and the level reached, not a range, when the second is far above the
    first (增长5%至8% stays a range)."""
    if sep not in ("至", "到") or lo.unit is None or lo.unit != hi.unit or not lo.value or hi.value is None:
        return False
    if not _CHANGE_BEFORE.search(t, max(0, lo.start - 4), lo.start):
        return False
    return hi.value >= 3 * lo.value


#: The first character of a round figure written with a bare magnitude: 千亿, 万, 百亿, 半.
_BARE_MAGNITUDE = frozenset("半十百千万亿")


#: The unit a price is quoted per, written right before it (每盎司, 每吨): a qualifier stands before it.
_PER_UNIT_BEFORE = fastre.compile(r"每\p{Han}{1,3}$")


def _qualify(t: str, m: _M, table: UnitTable) -> None:
    """Qualifier words right before or after the figure (约, 超过, 以上, 左右...)."""
    if m.qualifier not in ("exact",):
        # 多/余 inside the number already said more_than; a word may still say about
        pass
    q = m.start
    while q > 0 and t[q - 1] == " ":
        q -= 1
    hit = table.qualifier_before(t, q)
    if hit is None and m.kind == "money":
        # 超过人民币100亿元, 约人民币2.34亿元: the currency named between the word and the number
        cur = _currency_word_before(t, q)
        if cur is not None:
            hit = table.qualifier_before(t, cur[0])
        pu = _PER_UNIT_BEFORE.search(t, max(0, q - 5), q) if hit is None else None
        if pu is not None and table.match_at(t, pu.start() + 1) is not None:
            hit = table.qualifier_before(t, pu.start())  # (突破每盎司2400美元: the unit it is per between)
    if hit is None and t[m.start : m.start + 1] in _BARE_MAGNITUDE:
        hit = table.qualifier_before_round(t, q)  # (营收过千亿, 人口过万, 上百家)
        if hit is not None and t[hit[1] : q] == "上" and t[m.start] == "半":
            hit = None  # (上半年: the first half, no bound)
    after = table.qualifier_after(t, m.end)
    if hit is not None and after is not None and after[0] == "about":
        hit = None  # 近3000万千瓦左右: the word after says about
    if hit is not None and hit[0] == "about" and m.qualifier == "more_than":
        return  # 约7万余人, 约90多个: 余/多 inside the number says more than, 约 adds nothing to it
    if hit is not None:
        qual, qs = hit
        # 近N年 / 近几年 mean "in recent years", not "nearly"
        if not (qual == "nearly" and (m.kind == "date" or m.qualifier == "several")):
            _set_qual(m, qual, qs, q)
            return
    hit2 = after  # (the same lookup as above: nothing has moved m.end)
    if hit2 is not None and t[m.end : hit2[1]] in ("强", "弱") and not (m.kind == "ratio" or m.surface_unit in ("分之", "/")):
        hit2 = None  # 三分之一强, 5%弱; not 100强
    if hit2 is not None:
        qual, qe = hit2
        if qual == "more_than" and t[m.end : qe] == "多" and (m.unit is None or m.kind == "rank"):
            return  # (同期第二多: the Nth most)
        _set_qual(m, qual, m.end, qe)


def qualifier_bounds(qual: str, value: Decimal) -> tuple[Decimal | None, Decimal | None] | None:
    """(low, high) a qualifier word sets for an exact ``value``: 超过 → [value, open), 近/不到 →
    (open, value], 约 → neither; None for a qualifier that sets no bounds."""
    if qual in ("more_than", "at_least"):
        return value, None
    if qual in ("less_than", "at_most", "nearly"):
        return None, value
    if qual == "about":
        return None, None
    return None


def _set_qual(m: _M, qual: str, qs: int, qe: int) -> None:
    if m.qualifier in ("at_least", "at_most", "range"):
        return
    inside = m.qualifier
    m.qualifier = qual
    m.qstart, m.qend = qs, qe
    bounds = qualifier_bounds(qual, m.value)
    if bounds is not None:
        # (超过700多亿: the low end 多 already set stays)
        m.low = bounds[0] if inside == "exact" or bounds[0] is None else m.low
        m.high = bounds[1]


def tidy(d: Decimal | None) -> Decimal | None:
    """Drop trailing zeros without going to exponent form: 1640000000.0 -> 1640000000."""
    if d is None:
        return None
    if d == d.to_integral_value():
        return Decimal(int(d))
    d = d.normalize()
    if d.as_tuple().exponent < -28:
        d = round(d, 28).normalize()
    return d


def _to_mention(raw: str, m: _M, group: int | None) -> NumberMention:
    return NumberMention(
        start=m.start,
        end=m.end,
        text=raw[m.start : m.end],
        value=tidy(m.value),
        low=tidy(m.low),
        high=tidy(m.high),
        qualifier=m.qualifier,
        unit=m.unit,
        kind=m.kind,
        surface_unit=m.surface_unit,
        numeral=raw[m.start : m.numeral_end] if m.numeral_end > m.start else "",
        group=group,
        qualifier_start=m.qstart,
        qualifier_end=m.qend,
        ambiguous=m.ambiguous,
        approx_inside=m.num.qualifier in ("more_than", "about", "several") and m.qstart is None,
    )


_URL = fastre.compile(r"(?:https?://|www\.)[!-~]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
# (4，050辆, 52，016辆: a full-width comma groups ASCII digits too when three digits and a word follow,
# and a word stands before it: $20，300美圆 lists two prices)
_FW_GROUP = fastre.compile(
    r"(?<=[０-９])，(?=[０-９]{3}(?![０-９]))|(?<=(?:^|\p{Han}|[、：:（(])[0-9]{1,3})，(?=[0-9]{3}(?:\.[0-9]+)?(?![0-9.,，%％])\p{Han})"
)
_SLASH_FRAC = fastre.compile(r"(?<![\d/.:-])(?:(\d+)[ ]+)?(\d+)/(\d+)(?![\d/.:万千])")
#: A slash between a unit and the unit it is per, with a space on either side: 万吨 / 年.
_SPACED_SLASH = fastre.compile(r" {1,2}/ {0,2}| {0,2}/ {1,2}")
#: A rate per so many people (死亡率为271.8/10万): the count over a round population.
_PER_POPULATION = fastre.compile(r"(?<![\d/.:-])(\d+(?:\.\d+)?)/(10万|十万|100万|百万|万|千|1000|10000|100000)(?![\d万千])")
_POPULATION = {"万": 10**4, "10万": 10**5, "十万": 10**5, "100万": 10**6, "百万": 10**6, "千": 1000, "1000": 1000, "10000": 10**4, "100000": 10**5}
_POWER = fastre.compile(r"(?<![\d.])(-?)(\d+(?:\.\d+)?)\^([+-]*)(\d+)(?![\d.])")
_FIRST = fastre.compile(r"首位")
_RATIO_BODY = r"\d+(?:\.\d+)?(?:[ ]*:[ ]*\d+(?:\.\d+)?)+"
_RATIO = fastre.compile(rf"(?<![\d.:]){_RATIO_BODY}(?![\d.:])")
_RATIO_PART = fastre.compile(r"\d+(?:\.\d+)?")
_RATIO_CUE = fastre.compile(r"比(?![赛分])|结构|比例|之比|比重|配比")  # (比赛以3:1结束, 比分3:1: a score)
#: Words before a ratio of two parts summing to 100 that make it a split of a whole (产业比例, 结构).
_SPLIT_CUE = fastre.compile(r"结构|比例|构成|比重")
#: A ratio stated as what an earlier one (after its cue word) became: 由7.3:53.5:39.2调整为.
_RATIO_AFTER_RATIO = fastre.compile(rf"(?:{_RATIO_CUE.pattern}|构成)[^，。；,;]{{0,16}}{_RATIO_BODY}(?:[^，。；,;\d:]|\d{{4}}年){{0,12}}$")
#: A clock time written like a ratio (10:30), unless a ratio's own word stands right before it.
_CLOCK = fastre.compile(r"(?:[01]?\d|2[0-4]):[0-5]\d")
#: ...a ratio's own word, which makes even 10:30 a ratio (男女比例为10:12).
_STRONG_RATIO_CUE = fastre.compile(r"之比|比例|比为|比是|结构|构成|比重")
_DUIZHE = fastre.compile(r"(?<=打)对折")
_FEN_FRAC = fastre.compile(rf"(?:([{_CN_DIGITS}{_CN_UNITS}0-9]+)又)?([{_CN_DIGITS}{_CN_UNITS}0-9]+)([份分])([{_CN_DIGITS}{_CN_UNITS}0-9]+)(?![{_CNC}\p{{Han}}0-9])")


def _extras(t: str) -> list[_M]:
    """Forms the numeral regex does not anchor on: 翻一番, a/b, 2^5, 打对折, 十份十一."""
    out: list[_M] = []
    if "翻" in t:
        for fm in _FAN.finditer(t):
            n = 1 if fm.group(2) is None else DIGITS[fm.group(2)]
            v = Decimal(2) ** n
            # (翻了近一番: a qualifier inside leaves the span to the numeral and 番, as 近 before a number does)
            start = fm.start(2) if fm.group("q") else fm.start()
            out.append(_M(start, fm.end(), _Num(v, v, v, "exact", False, ""), v, v, v, "exact", "x", "ratio", "番", fm.end()))
    if "/" in t:
        for fm in _PER_POPULATION.finditer(t):
            v = _CTX.divide(Decimal(fm.group(1)), Decimal(_POPULATION[fm.group(2)]))
            out.append(_M(fm.start(), fm.end(), _Num(v, v, v, "exact", False, ""), v, v, v, "exact", None, "number", "/", fm.end()))
        for fm in _SLASH_FRAC.finditer(t):
            den = Decimal(fm.group(3))
            if den == 0:
                continue
            v = _CTX.divide(Decimal(fm.group(2)), den)
            if fm.group(1):
                v += Decimal(fm.group(1))
            st = fm.start()
            if st > 0 and t[st - 1] == "-" and (st == 1 or not t[st - 2].isalnum()):
                st, v = st - 1, -v
            out.append(_M(st, fm.end(), _Num(v, v, v, "exact", False, ""), v, v, v, "exact", None, "number", "/", fm.end()))
    if "^" in t:
        for fm in _POWER.finditer(t):
            base = Decimal(fm.group(2))
            exp = int(fm.group(4)) * (-1 if fm.group(3).count("-") % 2 else 1)
            try:
                v = _CTX.power(base, exp)
            except (decimal.InvalidOperation, decimal.DivisionByZero, OverflowError):
                continue
            if fm.group(1):
                v = -v
            out.append(_M(fm.start(), fm.end(), _Num(v, v, v, "exact", False, ""), v, v, v, "exact", None, "number", None, fm.end()))
    if "首位" in t:
        for fm in _FIRST.finditer(t):
            v = Decimal(1)
            out.append(_M(fm.start(), fm.end(), _Num(v, v, v, "exact", False, ""), v, v, v, "exact", "rank", "rank", "位", fm.end()))
    if ":" in t:
        for fm in _RATIO.finditer(t):
            decimal_pair = fm.group(0).count(":") == 1 and "." in fm.group(0)  # (初中为12.8:1: no clock, no score)
            if not decimal_pair and not _RATIO_CUE.search(t, max(0, fm.start() - 8), fm.start()) and not _SPLIT_CUE.search(t, max(0, fm.start() - 16), fm.start()):
                # (三次产业构成由2013年的22.7∶40.6∶36.7: a split's cue may stand further back, past its year)
                # (比例由7.3:53.5:39.2调整为7.0:53.7:39.3: the second ratio is the first's end)
                if not _RATIO_AFTER_RATIO.search(t, max(0, fm.start() - 40), fm.start()):
                    continue
            if _CLOCK.fullmatch(fm.group(0)) and not _STRONG_RATIO_CUE.search(t, max(0, fm.start() - 8), fm.start()):
                continue  # (比赛于10:30开始: a clock time, not a ratio)
            parts = [(p.start(), p.end(), Decimal(p.group(0))) for p in _RATIO_PART.finditer(t, fm.start(), fm.end())]
            split = abs(sum(p[2] for p in parts) - 100) <= Decimal("0.5")
            if split and (len(parts) >= 3 or len(parts) == 2 and _SPLIT_CUE.search(t, max(0, fm.start() - 8), fm.start())):
                # 三次产业结构6.1：44.2：49.7, 二、三产业比例为72.8:27.2 -> one share in % per part
                for a, b, v in parts:
                    out.append(_M(a, b, _Num(v, v, v, "exact", False, ""), v, v, v, "exact", "%", "ratio", ":", b))
            elif len(parts) == 2 and parts[1][2] != 0:
                # 城乡居民收入比2.1：1 -> 2.1 x, the span holds both sides
                v = _CTX.divide(parts[0][2], parts[1][2])
                out.append(_M(fm.start(), fm.end(), _Num(v, v, v, "exact", False, ""), v, v, v, "exact", "x", "ratio", ":", fm.end()))
    if "对折" in t:
        for fm in _DUIZHE.finditer(t):
            v = Decimal(50)
            out.append(_M(fm.start(), fm.end(), _Num(v, v, v, "exact", False, ""), v, v, v, "exact", "%", "ratio", "折", fm.end()))
    if "份" in t or "又" in t:
        for fm in _FEN_FRAC.finditer(t):
            if fm.group(3) == "分" and not fm.group(1):
                continue  # 十分一致: only 又X分Y reads as a fraction without 之
            den = numeral_value(fm.group(2))
            num = numeral_value(fm.group(4))
            if den is None or num is None or den.value == 0 or num.value >= den.value:
                continue
            v = _CTX.divide(num.value, den.value)
            if fm.group(1):
                w = numeral_value(fm.group(1))
                if w is None:
                    continue
                v += w.value
            out.append(_M(fm.start(), fm.end(), _Num(v, v, v, "exact", False, ""), v, v, v, "exact", None, "number", None, fm.end()))
    out.sort(key=lambda m: m.start)
    return out


#: Latin abbreviations of 同比/环比 a signed change follows (营收YoY+15%, QoQ-3%): their minus is a sign.
_CHANGE_ABBREVIATIONS = ("YoY", "yoy", "QoQ", "qoq", "MoM", "mom")
#: Characters that make 负 the end of a verb (背负, 担负, 身负, 肩负, 抱负, 自负, 胜负), not a minus sign.
_NEG_VERB_HEADS = frozenset("背担身肩抱自胜欠辜")

#: How far after a numeral a not-number word (一路, 一直) may cut the number's reading short.
_MASK_REACH = 12


def _masks(t: str, table: UnitTable) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _URL.finditer(t)] if ("://" in t or "www." in t or "@" in t) else []
    if table.not_numbers:
        rx = table.not_numbers_rx()
        for m in rx.finditer(t):
            if not t.startswith("之", m.end()):
                spans.append((m.start(), m.end()))
    spans.sort()
    return spans


def scan_numbers(text: str, *, table: UnitTable | None = None) -> list[NumberMention]:
    """Every number in ``text``, left to right, with raw offsets and resolved values.

    >>> [(m.text, m.value, m.unit, m.qualifier) for m in scan_numbers("累计完成投资700多亿元")]
    [('700多亿元', Decimal('70000000000'), 'CNY', 'more_than')]
    """
    if not isinstance(text, str):
        raise TypeError(f"scan_numbers() needs a str, not {type(text).__name__}")
    with decimal.localcontext(_CTX):
        return _join_durations(text, _scan(text, table or default_unit_table()))


#: Nouns for people that count them straight after a number (930万会员, 800万旅客): the unit, per SCHEMA.
PEOPLE_NOUNS = "会员|旅客|游客|访客|乘客|骑手|网民|农民工|农民|患者|观众|股民|考生|毕业生|志愿者|消费者"
#: Duration units from larger to smaller, as a compound length of time writes them (3小时7分钟).
_DURATION_ORDER = {"年": 0, "个月": 1, "月": 1, "天": 2, "日": 2, "小时": 3, "个小时": 3, "分钟": 4, "秒": 5, "秒钟": 5}


def _join_durations(text: str, ms: list[NumberMention]) -> list[NumberMention]:
    """A length of time written in two units of one canonical unit, larger first and right after
    it (3小时7分钟), is one duration: the sum, over both spans (1年3个月, in years and months, stays two)."""
    if len(ms) < 2:
        return ms
    out: list[NumberMention] = []
    for m in ms:
        p = out[-1] if out else None
        if (
            p is not None and p.end == m.start and p.kind == m.kind == "duration" and p.unit == m.unit
            and p.qualifier == "exact" and m.qualifier == "exact" and p.group is None and m.group is None
            and _DURATION_ORDER.get(p.surface_unit or "", 9) < _DURATION_ORDER.get(m.surface_unit or "", -1)
        ):
            v = p.value + m.value
            out[-1] = replace(p, end=m.end, text=text[p.start : m.end], value=v, low=v, high=v)
            continue
        out.append(m)
    return out


def _scan(text: str, table: UnitTable) -> list[NumberMention]:
    src = _FW_GROUP.sub(",", text) if "，" in text else text
    t = _normalize(src)
    out: list[NumberMention] = []
    consumed = 0
    group = 0
    extras = _extras(t)
    ei = 0
    masks = _masks(t, table)
    mi = 0
    candidates = _CORE.finditer(t)

    def emit(ms: list[_M]) -> None:
        nonlocal consumed, group
        g = None
        if len(ms) > 1:
            group += 1
            g = group
        for m in ms:
            if m.start < consumed:
                continue
            if g is None:
                _qualify(t, m, table)
            out.append(_to_mention(text, m, g))
            consumed = max(consumed, m.end)

    for cm in candidates:
        cs = cm.start()
        while ei < len(extras) and extras[ei].start <= cs:
            f = extras[ei]
            if f.start >= consumed:
                emit([f])
            ei += 1
        if cs < consumed:
            continue
        while mi < len(masks) and masks[mi][1] <= cs:
            mi += 1
        if mi < len(masks) and masks[mi][0] <= cs < masks[mi][1]:
            continue
        # a number glued to Latin letters is part of a code or name: C919, 5G, A2021
        if cs > 0 and t[cs - 1].isascii() and t[cs - 1].isalpha() and t[cs].isdigit() and not (t[cs - 1] in "Pp" and _TOP_N.search(t, max(0, cs - 4), cs)):
            continue  # (but TOP4, top1: a place among the first N)
        # (a word inside the numeral, 八万一千's 万一, cuts nothing: one ending past it may)
        ns, k = len(t), mi
        while k < len(masks) and masks[k][0] < cm.end() + _MASK_REACH:
            ms = masks[k][0]
            # (one starting inside it cuts only a colloquial last digit, 984亿一路; 二十分 stays)
            if masks[k][1] > cm.end() and (ms >= cm.end() or t[ms - 1] in "万亿千百"):
                ns = ms
                break
            k += 1
        if ns < cm.end() + _MASK_REACH:
            # a word that holds no number just after (984亿元一路, 3元一直): the number stops before it
            res = _resolve(t[:ns], cs, min(cm.end(), ns), table)
        else:
            res = _resolve(t, cs, cm.end(), table)
        if not res:
            continue
        last = res[-1]
        if cm.end() - cs == 1 and t[cs] in _LONE_CAPITALS and last.kind == "count" and last.end == cm.end() + 1:
            continue  # 陆家嘴, 伍家岗: a formal digit alone before a classifier is a name (formal amounts run on: 陆佰万元)
        for r in res:
            if r.surface_unit == "点" and not _INDEX_POINTS.fullmatch(t, r.start, r.numeral_end):
                # (两百点两, 一点两小时, 20点: a decimal point or a clock time; an index stands at
                # 4049.29点 or 109.58点)
                r.end, r.unit, r.kind, r.surface_unit = r.numeral_end, None, "number", None
        if last.unit is None and last.end < len(t) and t[last.end].isascii() and t[last.end].isalpha() and t[last.end - 1].isdigit():
            continue
        emit(res)
    for f in extras[ei:]:
        if f.start >= consumed:
            emit([f])
    return out


def parse_number(text: str, *, table: UnitTable | None = None) -> ParsedNumber:
    """Read ``text`` as one number expression (qualifier words and a unit allowed).

    Raises ``NumberParseError`` (a ``ValueError``) when the text holds no number, or more
    than one number that is not a range.

    >>> parse_number("700多亿元").value
    Decimal('70000000000')
    >>> parse_number("百分之一点五七").value
    Decimal('1.57')
    """
    if not isinstance(text, str):
        raise NumberParseError(f"expected a string, got {type(text).__name__}")
    ms = scan_numbers(text, table=table)
    if not ms:
        raise NumberParseError(f"no number in {text!r}")
    if len(ms) == 2 and ms[0].group is not None and ms[0].group == ms[1].group:
        lo, hi = ms
        return ParsedNumber(
            text=text[lo.start : hi.end], start=lo.start, end=hi.end, value=lo.value,
            low=lo.value, high=hi.value, qualifier="range", unit=hi.unit, kind=hi.kind,
            surface_unit=hi.surface_unit,
        )
    if len(ms) > 1:
        raise NumberParseError(f"more than one number in {text!r}: {[m.text for m in ms]}")
    m = ms[0]
    return ParsedNumber(
        text=m.text, start=m.start, end=m.end, value=m.value, low=m.low, high=m.high,
        qualifier=m.qualifier, unit=m.unit, kind=m.kind, surface_unit=m.surface_unit,
    )


# ------------------------------------------------------------------ writing numerals
_CN_DIGIT_CHARS = "零一二三四五六七八九"


def _to_chinese_int(n: int) -> str:
    if n == 0:
        return "零"
    for size, word in ((10**8, "亿"), (10**4, "万")):
        if n >= size:
            hi, lo = divmod(n, size)
            out = _to_chinese_int(hi) + word
            if lo:
                out += ("零" if lo < size // 10 else "") + _to_chinese_int(lo)
            return out
    out = ""
    zero = False
    for place, ch in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // place % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _CN_DIGIT_CHARS[d] + ch
    return out[1:] if out.startswith("一十") else out


def to_chinese(value: Decimal) -> str:
    """Write a Decimal as a Chinese numeral (一千二百二十点三, 负五); inverse of parsing."""
    sign = "负" if value < 0 else ""
    value = abs(value)
    ip = int(value)
    s = _to_chinese_int(ip)
    frac = value - ip
    if frac:
        digits = format(frac.normalize(), "f").split(".")[1]
        s += "点" + "".join(_CN_DIGIT_CHARS[int(c)] for c in digits)
    return sign + s
