"""Matching: the numbers of a text that are facts, with not-facts dropped by rule.

``find_figures`` scans a text for numbers (``numerals.scan_numbers``), completes lists
(``5.8和3.8个百分点``: 5.8 takes the unit of 3.8), then drops what is not a fact:
dates and bare numbers, figures inside a match of a ``not_fact`` rule, and units that
are ambiguous without context (分, 两, 度 alone). Every dropped figure keeps the id of
the rule that dropped it (``Dropped``), so ``factx rules test`` and the tests can say why.

Overlap policy (named ``leftmost-longest``): the scanner never returns overlapping
figures; a range yields two figures that touch but do not overlap. Rule matches never
split a figure: a figure is dropped only when its whole span is inside the match.
"""

from __future__ import annotations

import functools
from fractions import Fraction
from dataclasses import dataclass, replace
from decimal import Decimal

import regex

from . import fastre

from .numerals import PEOPLE_NOUNS, NumberMention, normalize_numeric, numeral_value, qualified_start, qualifier_bounds, scan_numbers, tidy
from .rules import RuleSet
from .units import UnitTable

__all__ = ["Dropped", "find_figures", "OVERLAP_POLICY", "FACT_KINDS"]

OVERLAP_POLICY = "leftmost-longest"
#: Wall-clock limit for one not-fact pattern on one sentence: generous, so load never trips it.
SENTENCE_TIMEOUT = 5.0
FACT_KINDS = frozenset({"money", "ratio", "count", "measure", "duration", "rank"})
#: Between the items of a list of figures sharing the last one's unit: 3、5和7亿元; and the
#: slash of a broker's forecast series, 24.3/27.5/33.9亿元 (a fraction, 1/3, is one number).
_LIST_SEP = fastre.compile(
    r"^\s*(?:和|、|及|与|或|以及)\s*(?:提高|下降|上升|降低|增加|减少|增长|回落|扩大|缩小|上涨|下跌)?\s*$|^/$"
)  # (分别下降0.8、提高2.3、下降1.5个百分点: each change its own verb)
_ELECTRIC = fastre.compile(r"电|发电|用电|供电|电量|能耗")


@dataclass(frozen=True, slots=True)
class Dropped:
    mention: NumberMention
    rule_id: str


_MAGNITUDE_TAIL = fastre.compile(r"^([0-9]+(?:\.[0-9]+)?)(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)$")
_PLAIN_NUMBER = fastre.compile(r"^[0-9]+(?:\.[0-9]+)?$")


def _complete_lists(text: str, ms: list[NumberMention]) -> list[NumberMention]:
    """A bare number before 和/、 (or a slash) and a figure with a unit takes that unit: 5.8和3.8个百分点,
    24.3/27.5/33.9亿元."""
    out = list(ms)
    factors: dict[int, object] = {}  # the unit factor each completed item took (0.7、1.0和1.1个百分点 chains)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if (
            a.surface_unit == "个" and b.surface_unit and len(b.surface_unit) > 1 and b.surface_unit.startswith("个")
            and _LIST_SEP.match(text[a.end : b.start]) and b.kind in FACT_KINDS
        ):
            # 分别上升2.4个和0.5个百分点, 3个和5个月: the 个 of a unit the last item spells out
            nv = _numeral_value(b)
            f = b.value / nv if nv else 1
            v = a.value * f
            out[i] = replace(a, unit=b.unit, kind=b.kind, value=v, low=v, high=v, surface_unit=b.surface_unit)
            continue
        if a.unit is None and a.kind == "number" and b.unit is not None and b.kind in FACT_KINDS and b.kind != "rank" and a.surface_unit != "/":
            # (16.9/10万、5.4‰: a fraction is a share of its own)
            sep = text[a.end : b.start]
            if (
                _LIST_SEP.match(sep) and (b.surface_unit or i + 1 in factors)
                and (sep != "/" or b.kind in ("money", "ratio"))  # (28.57/500克: a price per weight, 元 left out)
            ):
                if i + 1 in factors:
                    unit_factor, magnitude = factors[i + 1]
                else:
                    nv = _numeral_value(b)
                    unit_factor = b.value / nv if nv else 1
                    # 3、5和7亿元: the magnitude word is shared by the list (3亿, 5亿)
                    mm = _MAGNITUDE_TAIL.match(normalize_numeric(b.numeral or ""))
                    magnitude = nv / Decimal(mm.group(1)) if mm and nv and Decimal(mm.group(1)) else 1
                factors[i] = (unit_factor, magnitude)
                a_num = normalize_numeric(a.numeral or "")
                own = _MAGNITUDE_TAIL.match(a_num) or not _PLAIN_NUMBER.match(a_num)
                v = a.value * unit_factor * (1 if own else magnitude)
                out[i] = replace(a, unit=b.unit, kind=b.kind, value=v, low=v, high=v, surface_unit=None)
    return out


def _numeral_value(m: NumberMention):
    from .numerals import numeral_value

    n = numeral_value(normalize_numeric(m.numeral)) if m.numeral else None
    return n.value if n is not None and n.value else None


@functools.lru_cache(maxsize=8)
def _cue_before(cues: regex.Pattern) -> regex.Pattern:
    # (业务收入已经达到4777万: the money word heads the clause the amount ends; 月活跃买家数同比增长14.1%至1.31亿:
    # the level a change reached)
    # (合并月活跃账户数依然在继续增长，达到8.46亿: a clause saying no more than what level was reached
    # goes on with the last one's word; 出生人口数量较2018年减少58万: a year on the way is no figure)
    return fastre.compile(
        f"(?:{cues.pattern})(?:(?:[^，。；、0-9]|[0-9]{{4}}年){{0,10}}|[^，。；、]{{0,16}}?(?:至|到)|(?:[^，。；、0-9]|[0-9]{{4}}年){{0,12}}[，,](?:已|则|更是|也)?(?:达到|达|升至|增至|突破|超过))$"
    )


@functools.lru_cache(maxsize=8)
def _cue_after(cues: regex.Pattern) -> regex.Pattern:
    # (-495亿的自由现金流, 275亿宝贵的资金)
    return fastre.compile(f"^(?:的[^，。；、0-9]{{0,3}}?|[^，。；、0-9的]{{1,4}}的)?(?:{cues.pattern})")


#: A period before, then the word introducing its level: 2024年同期为, 上年为, 去年同期的.
_PRIOR_LEVEL = fastre.compile(
    r"(?:同期|上年|去年|上月|上季度?|上一年|前一年|此前|上期)(?:末|底)?(?:的|为|是|则为|仅为|约为)$"
    # (首破200万人大关，达到201万: the level reached past a mark, in the mark's unit)
    r"|(?:大关|关口|整数关)[，,]\s*(?:达到|达|为|至)$"
)
#: The end of a sentence between two figures.
_SENTENCE_END = fastre.compile(r"[。！？!?\n]")


def _prior_level(text: str, before: str, left: int, out: list[NumberMention]) -> NumberMention | None:
    """The level a bare amount after a period before (2024年同期为1.024亿) is set against: the
    last count or amount of money before it in its sentence, whose unit it takes; None when
    no such words or figure precede it, or when that unit has a factor (斤 as tonnes, 角)."""
    if not _PRIOR_LEVEL.search(before):
        return None
    level = next((o for o in reversed(out) if o.unit and o.kind in ("count", "money", "measure")), None)
    if level is None or level.kind == "measure" or level.surface_unit in ("角", "毛", "分"):
        return None
    return None if _SENTENCE_END.search(text, level.end, left) else level


@functools.lru_cache(maxsize=8)
def _cue_after_loose(cues: regex.Pattern) -> regex.Pattern:
    # (培养输送6100万高素质劳动者, 大约有25万的外国学生: a few words describing the people counted,
    # then the word for them)
    return fastre.compile(f"^的?[^，。；、0-9的]{{0,4}}?(?:{cues.pattern})")


#: A word for the people a bare amount counts, right after it: 930万会员, 800万旅客, 两千万农民.
_PEOPLE_NOUN_AFTER = fastre.compile(rf"(?:{PEOPLE_NOUNS})(?![\p{{Han}}]{{0,1}}(?:数|量|率|人次))")
#: What may follow a bare amount counting people named after it: no unit word of its own.
_FOLK_AFTER = fastre.compile(r"^(?![元美港欧日英韩台澳人次个只辆台套家户吨])")


_HAN = fastre.compile(r"\p{Han}")
#: Words before a figure in 点 that make it an index level or move (上证指数报4049.29点, 大涨109.58点).
#: (沪指涨0.82%报3421.56点: an index's move, then its level)
_INDEX_CONTEXT = fastre.compile(
    r"指数|成指|综指|板指|恒指|道指|纳指|沪指|深指|指报|指收|指(?:上涨|下跌|涨|跌)|收于|收报|报收|点位|[涨跌升降](?:了|超|逾|近)?$"
    r"|%[，,]?(?:报|收报|收于)$|站上|跌破|失守|突破"
)
#: Between two items of a list or the two ends of a range of amounts: 3.95亿及6.92亿, 120亿、150亿, 350万-400万.
_LIST_JOIN = fastre.compile(r"\s*(?:和|及|与|、|,|，|以及|-|－|—|~|～|至|到)\s*")


#: A ratio named right before a bare number (收入比, 比价, 之比, 比值), with at most a verb between.
_RATIO_NAMED = fastre.compile(
    r"(?:收入比|(?<![环同])比价(?!格)|之比|比值)(?:[（(][^（()）)]{0,12}[）)])?[^，。；、0-9（()）]{0,8}$"
    # (拿地销售比平均是0.35, 存贷比为0.72: a ratio named X比, then only words saying it is at a level)
    r"|(?<=\p{Han}{2})(?<![同环相对占无好正反类之])比(?:平均|均|约|为|是|达到?|仅为?|降至|升至|回落至|缩小到|扩大到|维持在|保持在)+$"
)


#: Between a ratio and a bare number that is its change: 2.39，比上年下降0.06 / 缩小0.05.
_RATIO_CHANGE = fastre.compile(
    r"[，,]\s*(?:比上年|比去年|较上年|较去年|比上年末|同比|比[0-9]{4}年)?(?:下降|上升|缩小|扩大|提高|降低|减少|增加|回落|收窄)了?"
    # (由上年的2.13缩小至2.09: the level the ratio moved to, right after the one it left)
    r"|(?:下降|上升|缩小|扩大|提高|降低|减少|增加|回落|收窄)了?(?:至|到)"
)


#: A quote of the yuan against a currency quoted per one unit, right before a bare number.
_FX_QUOTE = fastre.compile(
    r"(?:人民币对(?P<a>美元|欧元|英镑|港元|港币)|(?P<b>美元|欧元|英镑|港元|港币)(?:兑|对)人民币)(?:汇率)?"
    r"(?:中间价|即期汇率|在岸价|离岸价)?(?:报|为|收报|收于|收盘报|升至|跌至|贬至|调升至|调降至|调整为)\s*$"
)
_FX_CODES = {"美元": "USD", "欧元": "EUR", "英镑": "GBP", "港元": "HKD", "港币": "HKD"}


#: A ratio told per hundred of the other side by definition: the sex ratio (性别比, 出生人口性别比).
_PER_HUNDRED_RATIO = fastre.compile(r"性别比[^，。；、0-9]{0,8}$")


#: What joins the items of a list of figures (not the ends of a range).
_ITEM_JOIN = fastre.compile(r"[ ]*(?:、|和|及|与|以及)[ ]*")


def _share_list_qualifiers(text: str, ms: list[NumberMention]) -> list[NumberMention]:
    """A qualifier word before the first item of a list of figures in one unit qualifies
    every item (分别约为10亿元、12亿元和15亿元; 分别不低于6700万元、7730万元), and 左右 after the
    last one every item too (提高到75%、60%和50%左右). Ranges keep their own ends."""
    out = list(ms)
    i = 0
    while i < len(out):
        j = i
        while (
            j + 1 < len(out) and out[j].group is None and out[j + 1].group is None and out[j + 1].unit == out[i].unit
            and out[i].unit is not None
            and _ITEM_JOIN.fullmatch(text, _span_end(out[j]), qualified_start(out[j + 1])) is not None
        ):
            j += 1
        if j > i:
            run = out[i : j + 1]
            first, last = run[0], run[-1]
            before = first.qualifier != "exact" and first.qualifier_start is not None and first.qualifier_start < first.start
            after = last.qualifier == "about" and last.qualifier_end is not None and last.qualifier_end > last.end
            if before and all(m.qualifier == "exact" for m in run[1:]):
                out[i + 1 : j + 1] = [_with_qualifier(m, first.qualifier) for m in run[1:]]
            elif after and all(m.qualifier == "exact" for m in run[:-1]):
                out[i:j] = [_with_qualifier(m, "about") for m in run[:-1]]
        i = j + 1
    return out


def _span_end(m: NumberMention) -> int:
    return m.qualifier_end if m.qualifier_end is not None and m.qualifier_end > m.end else m.end


def _with_qualifier(m: NumberMention, qual: str) -> NumberMention:
    """``m`` qualified as its list's first (or last) item is: its bounds as that qualifier sets them."""
    bounds = qualifier_bounds(qual, m.value)
    return m if bounds is None else replace(m, qualifier=qual, low=bounds[0], high=bounds[1])


def _infer_units(text: str, ms: list[NumberMention], cues: regex.Pattern, people: regex.Pattern) -> list[NumberMention]:
    """Figures whose unit the context gives: a fraction is a share (三分之一 = 33.3%, 一半 = 50%), a
    bare amount in 万/亿 beside a money word is CNY (投资120亿, 70亿的销售额), after a word
    for people a count of 人 (月活用户为6.97亿; the nearer word wins)."""
    out = []
    last: NumberMention | None = None  # the last amount given a unit here
    for m in ms:
        if m.kind == "number" and m.surface_unit in ("分之", "/", "半"):
            v = m.value * 100
            m = replace(m, value=v, low=v, high=v, unit="%", kind="ratio")
        elif m.kind == "number" and m.unit is None and m.surface_unit is None and _RATIO_NAMED.search(text, max(0, m.start - 28), m.start):
            # 城乡居民收入比缩小到2.39, 比价保持在0.97一带: a ratio named, then its bare value
            m = replace(m, unit="x", kind="ratio")
            if _PER_HUNDRED_RATIO.search(text, max(0, m.start - 28), m.start):
                v = m.value / 100  # (性别比为112.9: males per hundred females, 1.129 to one)
                m = replace(m, value=v, low=v, high=v)
        elif m.kind == "number" and m.unit is None and m.surface_unit is None and (fx := _FX_QUOTE.search(text, max(0, m.start - 24), m.start)):
            # 人民币对美元中间价报6.8109, 美元兑人民币汇率收于7.12: yuan per unit of the other currency
            m = replace(m, unit=f"CNY/{_FX_CODES[fx.group('a') or fx.group('b')]}", kind="money")
        elif (
            m.kind == "number" and m.unit is None and m.surface_unit is None and out and out[-1].unit == "x"
            and m.start - out[-1].end <= 16 and _RATIO_CHANGE.fullmatch(text, out[-1].end, m.start)
        ):
            # 城乡居民收入比缩小到2.39，比上年下降0.06: the change of the ratio just named
            m = replace(m, unit="x", kind="ratio")
        elif m.kind == "number" and m.unit is None and any(c in m.numeral for c in "万亿"):
            left = qualified_start(m)
            before = normalize_numeric(text[max(0, left - 20) : left])
            after = text[m.end : m.end + 8]
            money = _cue_before(cues).search(before)
            folk = _cue_before(people).search(before) or _FOLK_AFTER.match(after) and _cue_after_loose(people).match(after)
            money_after = _cue_after(cues).match(after)
            level = _prior_level(text, before, left, out)
            noun = _PEOPLE_NOUN_AFTER.match(after)
            if last is not None and _LIST_JOIN.fullmatch(text, last.end, left):
                m = replace(m, unit=last.unit, kind=last.kind)  # (分别达到3.95亿及6.92亿: a list goes on)
            elif noun and not money_after:
                # 930万会员, 800万旅客: a number straight before the noun for the people it counts
                # (SCHEMA: the noun is the unit, and is in the span)
                end = m.end + noun.end()
                m = replace(m, unit=noun.group(), kind="count", surface_unit=noun.group(), end=end, text=text[m.start : end])
            elif level is not None:
                # (日均活跃用户为1.067亿人，2024年同期为1.024亿: the same measure a period before,
                # in the unit of the level it is set against)
                m = replace(m, unit=level.unit, kind=level.kind)
            elif folk and not (money and money.start() > folk.start()) and not money_after:
                # (总诊疗人次95.5亿: visits counted, not people)
                m = replace(m, unit="人次" if "人次" in folk.group() else "人", kind="count")
            elif money or money_after:
                # (洛瑞的年薪是575万 after …千万美元…: the currency the text last priced in nearby)
                m = replace(m, unit=_nearby_currency(out, left), kind="money")
            last = m if m.unit else None
        out.append(m)
    # a bare 亿 amount with no word for what it counts, among amounts in 亿 the text shows
    # to be money, is money too (恒大累计销售2125.7亿 … 新城以505亿排到了十二名)
    big = [(m.start, m.unit) for m in out if m.unit in ("CNY", "人") and m.numeral and "亿" in m.numeral]
    for i, m in enumerate(out):
        if m.kind == "number" and m.unit is None and m.numeral and "亿" in m.numeral and not m.numeral.endswith("亿亿"):
            near = [u for at, u in big if abs(at - m.start) <= _MONEY_NEIGHBOURHOOD]
            if near and all(u == "CNY" for u in near):
                out[i] = replace(m, unit="CNY", kind="money")
                big.append((m.start, "CNY"))  # (a run of such amounts: 以317亿…以583亿…以752亿规模)
    return out


#: Words around a figure in 级 that make it a degree of wind, waves or an earthquake.
_SCALE_BEFORE = fastre.compile(r"风力|阵风|大风|台风|飓风|风|浪|震级|里氏|地震|烈度|余震|米/秒|[0-9]级")
_SCALE_AFTER = fastre.compile(r"(?:[-~～至到][0-9]{1,2}级)?(?:以上|左右|的)?(?:阵风|大风|风|台风|地震|余震|强震|浪)")
#: Words of price and payment right before a Chinese-numeral amount in 角 that make it money (卖五角).
_PRICE_WORD = fastre.compile(r"价|卖|售|涨|降|跌|贵|便宜|花|付|收|补|省|赚|亏|元|块")
#: How far (characters) amounts in 亿 that are money make a bare one beside them money too.
_MONEY_NEIGHBOURHOOD = 150


def _nearby_currency(before: list[NumberMention], at: int) -> str:
    """The currency of the last money figure ending within :data:`_MONEY_NEIGHBOURHOOD` of
    ``at`` (``before`` in text order), else CNY; the scan stops past the neighbourhood."""
    for o in reversed(before):
        if at - o.end > _MONEY_NEIGHBOURHOOD:
            break
        if o.kind == "money" and o.unit and "/" not in o.unit:
            return o.unit
    return "CNY"


_PER_ONE = fastre.compile(r"(?:每(?P<q>[1-9][0-9]{0,3})?|一|1)(?=\p{Han})")
_CLAUSE_END = fastre.compile(r"[，。；！？,;!?\n]")
#: 一 or 每 right after a price, before the unit it is quoted per (160美元一吨).
_PER_ONE_AFTER = fastre.compile(r"[一每](?=\p{Han})")
#: A word going on after that unit (20元一斤半, 5元一吨级): no unit of quotation.
_HAN_AFTER_UNIT = fastre.compile(r"[半多余级位]")
#: Dimensions a price may be quoted per (一斤4.5元, 每平方米1.56万元; not 每亩: see PLAIN_PER).
_PER_DIMS = frozenset({"mass", "area", "length", "volume", "energy"})
#: Measures quoted per area (每平方米产出1.2吨; per mu they stay plain: see PLAIN_PER).
_YIELD_UNITS = frozenset({"t", "kWh", "m3"})


def _per(m: NumberMention, u, qty: int = 1) -> NumberMention:
    """``m`` as a rate per ``qty`` ``u`` (元 per 斤 -> CNY/t, the value divided by the unit's factor)."""
    from .numerals import _QUOTED_PER, _mulf

    quoted = _QUOTED_PER.get(u.surface)  # (每盎司1800美元 = 1800 USD/oz, as quoted)
    inv = Fraction(1, qty) if quoted else 1 / (u.ratio * qty)
    return replace(m, unit=f"{m.unit}/{quoted or u.unit}", value=_mulf(m.value, inv), low=_mulf(m.low, inv), high=_mulf(m.high, inv))


#: Between the two amounts of an exchange rate: 1美元[对人民币]6.8109元, 人民币1元[对]1.1859澳门元.
_PARITY_TO_CNY = fastre.compile(r"\s*(?:兑|对)(?:人民币)\s*$")
_PARITY_FROM_CNY = fastre.compile(r"\s*(?:兑|对)\s*$")


def _parities(text: str, ms: list[NumberMention]) -> list[NumberMention]:
    """Exchange rates as one figure per currency pair: 1美元对人民币6.8109元 is 6.8109 CNY/USD,
    100日元对人民币4.2419元 0.042419 CNY/JPY, 人民币1元对1.1859澳门元 1.1859 MOP/CNY. The
    base amount (1美元, 人民币1元) is no figure of its own."""
    out = list(ms)
    drop: set[int] = set()
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.kind != "money" or b.kind != "money" or not a.unit or not b.unit or a.unit == b.unit or not a.value:
            continue
        between = text[a.end : qualified_start(b)]
        if a.unit != "CNY" and b.unit == "CNY" and _PARITY_TO_CNY.fullmatch(between):
            pair = f"CNY/{a.unit}"
        elif a.unit == "CNY" and b.unit != "CNY" and text[max(0, a.start - 3) : a.start].endswith("人民币") and _PARITY_FROM_CNY.fullmatch(between):
            pair = f"{b.unit}/CNY"
        else:
            continue
        out[i + 1] = replace(b, unit=pair, value=b.value / a.value, low=b.low / a.value if b.low is not None else None,
                             high=b.high / a.value if b.high is not None else None)
        drop.add(i)
    return [m for k, m in enumerate(out) if k not in drop]


#: A duration written in parts (2分25秒, 1小时30分钟): a length of time by its form, no clock time.
_IN_PARTS = fastre.compile(r".+?(?:小时|分钟?)[0-9零〇一二两三四五六七八九十]+(?:分钟?|秒钟?)")
#: Hours per unit of a duration written in parts (2小时08分15秒, 2分25秒).
_DURATION_PARTS = {"小时": Fraction(1), "个小时": Fraction(1), "分": Fraction(1, 60), "分钟": Fraction(1, 60), "秒": Fraction(1, 3600), "秒钟": Fraction(1, 3600)}


def _compound_durations(ms: list[NumberMention]) -> list[NumberMention]:
    """A duration written in parts, each straight after the one before and smaller (2分25秒,
    2小时08分15秒, 1小时30分钟), is one figure in hours: its 分 is minutes, not a cent."""
    out: list[NumberMention] = []
    i = 0
    while i < len(ms):
        run = [ms[i]]
        while (
            i + len(run) < len(ms) and ms[i + len(run)].start == run[-1].end
            and ms[i + len(run)].surface_unit in _DURATION_PARTS and run[-1].surface_unit in _DURATION_PARTS
            and _DURATION_PARTS[ms[i + len(run)].surface_unit] < _DURATION_PARTS[run[-1].surface_unit]
        ):
            run.append(ms[i + len(run)])
        if len(run) < 2 or any(m.group is not None or m.qualifier != "exact" and m is not run[0] for m in run):
            out.append(ms[i])
            i += 1
            continue
        exact = Fraction(0)
        parts = [numeral_value(m.numeral) for m in run]  # (the numerals themselves: 分 was read as 0.01 yuan)
        if any(p is None for p in parts):
            out.append(ms[i])
            i += 1
            continue
        for m, p in zip(run, parts):
            exact += Fraction(p.value) * _DURATION_PARTS[m.surface_unit]
        hours = tidy(Decimal(exact.numerator) / Decimal(exact.denominator))
        first, last = run[0], run[-1]
        low, high = qualifier_bounds(first.qualifier, hours) or (hours, hours)  # (约2小时30分: the word before bounds the whole)
        out.append(replace(
            first, end=last.end, text=first.text + "".join(m.text for m in run[1:]), value=hours, low=low, high=high,
            unit="hour", kind="duration", surface_unit=last.surface_unit, ambiguous=False,
        ))
        i += len(run)
    return out


#: Words right before a figure in 分 that make it a score (a game's points, an exam's or a
#: rating's marks), not hundredths of a yuan: 场均得到28.5分, 丢了38分, 高考成绩650分, 满意度得分为86.5分.
_SCORE_BEFORE = fastre.compile(
    r"(?:得分|得到|拿下|拿到|砍下|攻下|轰下|贡献|狂砍|丢了|丢|失|净胜|领先|落后|成绩|分数|总分|满分|均分|评分|打分|考了|考出|考到|"
    r"分数线|录取线|场均|得分率|积分)(?:为|是|达到?|仅|高达|超过|近|约|了)?\s*$"
)


def _scores(text: str, ms: list[NumberMention]) -> list[NumberMention]:
    """Figures in 分 read as hundredths of a yuan that are scores (丢了38分 = 38 分, a count of
    points): the numeral itself, in the unit 分, when a score's word stands right before."""
    out = []
    for m in ms:
        if m.surface_unit == "分" and m.unit == "CNY" and _SCORE_BEFORE.search(text, max(0, qualified_start(m) - 8), qualified_start(m)):
            n = numeral_value(m.numeral)
            if n is not None:
                low, high = qualifier_bounds(m.qualifier, n.value) or (n.value, n.value)
                m = replace(m, value=n.value, low=low, high=high, unit="分", kind="count", ambiguous=False)
        out.append(m)
    return out


def _clause_start(text: str, start: int, end: int) -> int:
    """Where the clause ending at ``end`` starts, looking back no further than ``start``: just
    past the last clause end (，。；…) in ``text[start:end]``, else ``start``."""
    for cm in _CLAUSE_END.finditer(text, start, end):
        start = cm.end()
    return start


def _quotes_per(u, m: NumberMention, text: str, at: int) -> bool:
    """Is ``u``, read at ``at`` after 一 or 每, a unit ``m`` can be quoted per: a measure a price
    is per (斤, 吨, 平方米), or an area a yield is per; not a 方 a word goes on from (一方面)?"""
    return (
        u is not None
        and ((u.kind == "measure" and u.dim in (_PER_DIMS if m.kind == "money" else ("area",))) or (m.kind == "money" and u.unit in _PER_COUNTS))
        and not (u.ambiguous and _HAN.match(text, at + len(u.surface)))
        and u.surface not in PLAIN_PER  # (每亩出货150公斤, 每亩增收四五千元: an amount per mu, as gold writes it)
    )


#: Units of farmland a figure is stated per and still written plain (150 kg for 每亩出货150公斤);
#: the checker reads such a figure back as an amount per area (factx/check.py).
PLAIN_PER = frozenset({"亩", "公顷"})


#: Things counted that prices are quoted per, as 美元/桶 is written (每桶68.72美元 = 68.72 USD/桶);
#: not 每股 (每股收益0.52元 is a sum of money).
_PER_COUNTS = frozenset({"桶"})


def _yuan_left_out(text: str, ms: list[NumberMention], table: UnitTable) -> list[NumberMention]:
    """A price in 万 or 千 straight before a slash and a unit leaves out its 元 (碳酸锂价格跌至10万/吨,
    均价5.2万/平方米): read as the amount in 元 per that unit would be."""
    out = []
    for m in ms:
        u = table.match_at(text, m.end + 1) if m.numeral and m.numeral[-1] in "万千亿" and text[m.end : m.end + 1] in ("/", "／") else None
        if u is not None and m.unit in (None, "CNY") and (u.dim in _PER_DIMS or u.kind == "count"):
            # (a thing's weight, area or count; not 产能10万/年, a rate in time)
            probe = normalize_numeric(m.numeral) + "元/" + text[m.end + 1 : m.end + 8]
            got = next(iter(scan_numbers(probe, table=table)), None)
            cut = len(normalize_numeric(m.numeral)) + 2  # (the probe's 元/ is no part of the text)
            if got is not None and got.start == 0 and got.end > cut and (got.unit or "").startswith("CNY/"):
                end = m.end + 1 + got.end - cut
                m = replace(m, unit=got.unit, kind="money", value=got.value, low=got.low, high=got.high, end=end, text=text[m.start : end])
        out.append(m)
    return out


#: A move of a rank right before places counted (排名上升2位, 位次前移3位, 名次下降五名).
_RANK_MOVE_BEFORE = fastre.compile(
    r"(?:排名|位次|名次|排位|座次)[^，。；,;0-9]{0,8}?(?:上升|下降|提升|前进|后退|跃升|上移|下移|前移|后移|下滑|回落|提高|降低)了?$"
)


def _rank_moves(text: str, ms: list[NumberMention]) -> list[NumberMention]:
    """Places a rank moved by (排名上升2位): a change of rank, not a count of people (位, 名)."""
    out = []
    for m in ms:
        if m.kind == "count" and m.unit in ("位", "名") and _RANK_MOVE_BEFORE.search(text, max(0, m.start - 16), m.start):
            m = replace(m, unit="rank", kind="rank")
        out.append(m)
    return out


def _prices_per_unit(text: str, ms: list[NumberMention], table: UnitTable) -> list[NumberMention]:
    """A price quoted per one unit named before it is a rate: 一斤4.3~4.5元 = 8600~9000
    CNY/t, 一公斤车厘子价格为60元 = 60000 CNY/t; so is a yield per square metre. An amount per
    mu stays plain (每亩能够达到3万公斤 = 30 t), as the gold sets write it. The 一斤 itself is no figure."""
    drop: set[int] = set()
    out = list(ms)
    last_per = None  # (currency, end, unit) of the last price quoted per unit
    for i, m in enumerate(out):
        if not m.unit or "/" in m.unit or not (m.kind == "money" or m.kind == "measure" and m.unit in _YIELD_UNITS):
            continue
        left = qualified_start(m)
        lo = _clause_start(text, max(0, left - 16), left)
        for j in range(i - 1, -1, -1):  # not past another figure, except the other end of a range
            o = out[j]
            if o.end <= lo:
                break
            if o.group is None or o.group != m.group:
                if not (o.kind == "measure" and (o.text[:1] in "一1每" or text[o.start - 1 : o.start] == "每")):
                    lo = max(lo, o.end)
                break
        den = None
        plain = False  # quoted per mu: written plain, and no unit quoted earlier holds
        for pm in _PER_ONE.finditer(text, lo, m.start):  # (突破每盎司2400美元: the qualifier stands before the unit)
            u = table.match_at(text, pm.end())
            if u is not None and u.surface in PLAIN_PER:
                plain = True
            if _quotes_per(u, m, text, pm.end()) and text[pm.end() + len(u.surface) : pm.end() + len(u.surface) + 1] not in ("装", "包", "袋", "盒"):
                # (每500克12元: per a quantity of the unit)
                qty = int(pm.group("q")) if pm.group("q") else 1
                den = (pm.start("q") if qty != 1 else pm.start(), pm.end() + len(u.surface), u, qty)
        if den is None:
            # 160美元一吨, 20元一斤: the unit the price is for, quoted right after it
            am = _PER_ONE_AFTER.match(text, m.end)
            u = table.match_at(text, am.end()) if am else None
            if am and _quotes_per(u, m, text, am.end()) and not _HAN_AFTER_UNIT.match(text, am.end() + len(u.surface)):
                den = (am.start(), am.end() + len(u.surface), u, 1)
        if den is None and plain:
            last_per = None  # (每公斤30元计算,每亩就可以增收四五千元: per mu now, not per kilogram)
            continue
        if den is None:
            # 年前一斤8~9元，年后降至4元: the unit quoted earlier in the sentence still holds,
            # unless the clause names another thing the amount is per (每头猪盈利约200元)
            if (
                last_per is not None and last_per[0] == m.unit and "。" not in text[last_per[1] : left] and left - last_per[1] <= 24
                and "每" not in text[lo:left]
            ):
                out[i] = _per(m, last_per[2], last_per[3])
                last_per = (m.unit, m.end, last_per[2], last_per[3])
            continue
        a, b, u, qty = den
        last_per = (m.unit, m.end, u, qty)
        out[i] = _per(m, u, qty)
        for j, o in enumerate(out):
            if o.start == a and o.end == b:
                drop.add(j)
    return [m for k, m in enumerate(out) if k not in drop]


#: Words of making or selling things before a number of 块: pieces counted, not yuan (集成电路产量2798亿块).
_PIECES_CUE = fastre.compile(r"产量|生产|销量|出货|产能|出口|进口")
#: Things counted in 块 named earlier in the sentence (银幕数为3.4万，2020年增加至7.2万块).
_PIECES_THINGS = fastre.compile(r"芯片|集成电路|电池|晶圆|面板|屏|银幕|[金银铜奖]牌")
#: Things counted in 块 named right after it (3.88万块银幕, 拍出3块地, 5块金牌): pieces, not yuan.
_PIECES_AFTER = fastre.compile(
    r"银幕|屏|显示屏|面板|玻璃|芯片|电池|晶圆|光伏板|电路板|[金银铜]?奖?牌|地|土地|耕地|林地|宅地|场地|田|试验田|菜地|草坪|球场|石|砖|瓦|碑|墓|板|表"
)


def _pieces(text: str, ms: list[NumberMention]) -> list[NumberMention]:
    """块 after a number is colloquial yuan (七块, 三万块钱) unless the clause before speaks of
    making or selling things, the sentence names things counted in pieces before it, or they
    follow it (3.88万块银幕): then it counts pieces (相当于平均每天生产集成电路超过15亿块)."""
    out = []
    for m in ms:
        if m.kind == "money" and m.surface_unit == "块":
            lo = _clause_start(text, max(0, qualified_start(m) - 24), m.start)
            back = max(0, m.start - 40)
            back = max((e.end() for e in _SENTENCE_END.finditer(text, back, m.start)), default=back)
            if _PIECES_CUE.search(text, lo, m.start) or _PIECES_THINGS.search(text, back, m.start) or _PIECES_AFTER.match(text, m.end):
                m = replace(m, unit="块", kind="count")
        out.append(m)
    return out


def find_figures(
    text: str,
    rules: RuleSet,
    table: UnitTable,
    *,
    sentences: list[tuple[int, int]] | None = None,
    keep_durations: bool = True,
    lex=None,
) -> tuple[list[NumberMention], list[Dropped]]:
    """Figures of ``text`` that are facts, and the dropped ones with the reason."""
    if lex is None:
        from .attribute import _default_lexicon

        lex = _default_lexicon()
    ms = _infer_units(text, _complete_lists(text, scan_numbers(text, table=table)), lex.money_cue_rx, lex.people_cue_rx)
    if "/" in text or "／" in text:
        ms = _yuan_left_out(text, ms, table)
    ms = _prices_per_unit(text, ms, table)
    if "排" in text or "次" in text:
        ms = _rank_moves(text, ms)
    ms = _share_list_qualifiers(text, ms)
    if "块" in text:
        ms = _pieces(text, ms)
    if "人民币" in text:
        ms = _parities(text, ms)
    if "秒" in text or "分" in text:
        ms = _compound_durations(ms)
    if "分" in text:
        ms = _scores(text, ms)
    kept: list[NumberMention] = []
    dropped: list[Dropped] = []
    norm = normalize_numeric(text)
    sentences = sentences or [(0, len(text))]
    # not-fact spans, only in sentences that hold a number (patterns see one sentence)
    by_sent: dict[int, list[tuple[int, int, str]]] = {}
    nf_rules = rules.of_kind("not_fact")
    import bisect

    starts = [a for a, _ in sentences]
    if ms:
        hit = sorted({max(0, bisect.bisect_right(starts, m.start) - 1) for m in ms})
        for si in hit:
            s0, s1 = sentences[si]
            seg = norm[s0:s1]
            present = set(seg)  # (a rule none of whose required characters is here cannot match)
            for r in nf_rules:
                if r.pattern_need is not None and r.pattern_need.isdisjoint(present):
                    continue
                try:
                    for mt in r.pattern.finditer(seg, timeout=SENTENCE_TIMEOUT):
                        g = "fig" if "fig" in r.pattern.groupindex and mt.group("fig") is not None else 0
                        by_sent.setdefault(si, []).append((s0 + mt.start(g), s0 + mt.end(g), r.id))
                except TimeoutError:
                    from .errors import RuleError

                    raise RuleError(
                        "pattern timed out (catastrophic backtracking?) on a sentence", file=r.file, line=r.line, rule_id=r.id
                    ) from None
    last_duration = -1  # the sentence of the last duration kept as a fact
    for m in ms:
        why = None
        si = max(0, bisect.bisect_right(starts, m.start) - 1)  # the sentence of the mention
        if m.kind not in FACT_KINDS:
            why = "not_fact.date" if m.kind == "date" else "not_fact.bare_number"
        elif m.kind == "duration" and not keep_durations:
            why = "not_fact.duration"
        elif m.kind == "duration" and norm[m.start - 1 : m.start] in ("上", "下") and m.numeral.startswith("半"):
            why = "not_fact.time_reference"  # (增长较快 上半年: a half of the year, whatever cue stands before)
        elif m.kind == "duration" and norm[m.start - 1 : m.start] == "近" and _WINDOW_AFTER.match(norm, m.end):
            why = "not_fact.time_reference"  # (近五年年均增长8.2%, 近3年来: the last years, a window; 近300年 is a length)
        elif m.kind == "duration" and m.surface_unit not in ("岁", "周岁", "歲") and not _IN_PARTS.fullmatch(m.text) and not lex.duration_cue_rx.search(
            norm[max(0, m.start - 8) : m.start]  # the qualifier word counts: 近300年, 长达20年
        ) and not (lex.duration_after_rx and lex.duration_after_rx.search(norm[m.end : m.end + 6])) and not (
            # (日均手机接触时长达108.76分钟，较上年增加2.24分钟: a sentence stating a length of time
            # goes on comparing lengths of time, unless a time is meant: 3年前, 5年来)
            last_duration >= 0 and last_duration == si
            and not _TIME_AFTER.match(norm, m.end) and norm[m.start - 1 : m.start] not in _TIME_BEFORE
        ):
            why = "not_fact.time_reference"
        elif m.ambiguous and m.surface_unit in ("方",) and _HAN.match(text[m.end : m.end + 1] or "x"):
            why = "not_fact.ambiguous_unit"
        elif m.surface_unit == "点" and not _INDEX_CONTEXT.search(norm[max(0, m.start - 12) : m.start]):
            why = "not_fact.ambiguous_unit"  # (下午3点, 以下两点: no index level or move)
        elif m.ambiguous and m.surface_unit in ("两", "毫", "仙"):
            why = "not_fact.ambiguous_unit"
        elif m.ambiguous and m.surface_unit == "分" and not _PRICE_WORD.search(norm, max(0, qualified_start(m) - 4), qualified_start(m)):
            why = "not_fact.ambiguous_unit"  # (3分 alone: a score, a minute, a part; 电价下调3.7分 is money)
        elif (
            m.surface_unit == "角" and not any(c.isdigit() for c in m.numeral)
            and not text.startswith("钱", m.end) and not _PRICE_WORD.search(norm, max(0, m.start - 4), m.start)
        ):
            why = "not_fact.ambiguous_unit"  # (三角洲, 八角, 一角: a corner or a spice; 五角钱, 卖五角 are money)
        elif m.unit == "级" and not (
            _SCALE_BEFORE.search(norm, max(0, m.start - 20), m.start) or _SCALE_AFTER.match(norm, m.end)
        ):
            why = "not_fact.ambiguous_unit"  # (一级公路, 三级医院: a grade, not a degree of wind or quake)
        elif m.surface_unit == "度" and not (
            any(c in m.numeral for c in "万亿") or _ELECTRIC.search(text[max(0, m.start - 20) : m.end + 10])
        ):
            why = "not_fact.ambiguous_unit"
        else:
            for a, b, rid in by_sent.get(si, ()):
                if a <= m.start and m.end <= b:
                    why = rid
                    break
        if why is None:
            kept.append(m)
            if m.kind == "duration":
                last_duration = si
        else:
            dropped.append(Dropped(m, why))
    return kept, dropped


#: After a length of time, words that make it a point in time or a window: 3年前, 5年来, 10年内.
_TIME_WORDS = "前|后|以来|来|以内|内|间|之内|之后|之前|平均|年均"
_TIME_AFTER = fastre.compile(rf"(?:{_TIME_WORDS})")
#: After 近 and a length of time, words that make it the window a figure is counted over (近三年累计).
_WINDOW_AFTER = fastre.compile(rf"(?:{_TIME_WORDS}|累计)")
#: Before it, characters that make it a period or a window: 上半年, 近5年, 过去3年.
_TIME_BEFORE = frozenset("上下前近过今去明本这那每")
