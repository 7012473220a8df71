"""Attribution: for each figure of a sentence, its role, direction, metric, subject,
period and claim, read from the words around it.

Inputs are the sentence's figures (``NumberMention`` in sentence coordinates, kept by
the matcher) and the text around them; the word classes come from
``rules/lexicons/attribution.yaml`` and the role rules from ``rules/roles.yaml``.
The sentence is cut into clauses at ，；： (not inside quotes or brackets); a figure's
clause holds its metric phrase, usually ``[period][subject][metric][cue]FIGURE``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import regex

from . import fastre

from .models import OPEN_QUALIFIERS
from .numerals import PEOPLE_NOUNS, NumberMention, normalize_numeric, qualified_start
from .rules import RuleSet
from .units import builtin_rules_dir

__all__ = ["Attribution", "Lexicon", "load_lexicon", "attribute_sentence", "resolve_anaphora"]

_TAIL_RX = fastre.compile(r"(?:《[^《》\n]{1,30}》|[\p{Han}A-Za-z0-9“”\"、（）()《》·\-]|[~～](?=[0-9]{1,3}周?岁)|(?<=[A-Za-z0-9])\.(?=[0-9])|(?<=[A-Za-z])&(?=[A-Za-z]))+$")
_HEAD_WORDS_RX = fastre.compile(r"^(?:(?:按照?)?非?(?:国际财务报告|公认会计|通用会计|企业会计|会计)准则(?:下|计算)?的?|该年度|本年度|当年度|该年(?!龄)|(?:业绩)?(?:年报|财报|半年报|中报|季报|快报|预告|公告|报告|资料|数据)(?:显示|称|指出|表明)(?:其(?!他|余))?|接近|相当于|拟以|将以|拟按|(?:北京|美东|美国东部|当地|东京|伦敦|纽约|香港|格林尼治)时间|近日|近期|近年来|近年|近来|日前|目前|当前|于(?=[0-9０-９一二三四五六七八九十今去明本上下])|(?:项目)?(?:建成|投产|投用|投运|竣工|达产|完工|开通|通车)(?:后|之后)(?:预计|将)?|(?:排在|排名|位居|位列)?第[0-9一二三四五六七八九十]{1,3}(?:位|名)?的|其中|同时|此外|另外|(?:合同|协议)?约定|总体看|从环比看|另据|另悉|分[^，]{1,6}看|按[^，,]{1,8}?(?:划分|分类|分|来看|看)(?=[，,]|$)|全年|当年|今年|去年|随着|通过(?!率)|经过|作为|根据|按照|围绕|对于|关于|面对|为了|由于|因为|除了|截至|尽管|虽然|如果|假设|假如|到(?=[0-9一二三四五六七八九十〇]{2,4}年|年底|年末|月底|月末|本月|今年|明年|下半年)|但是|不过(?![夜分关])|可是|而且|并且|且(?![末])|因此|所以|然而|同时|而|这项(?!目)|此项(?!目)|该项(?!目)|这一|不仅|更是|在(?!校|岗|建|读|职|园|编|册|押|售|线|营|运|途|库|住|用|役|网|研|审|谈|孵)|对应(?:的)?|对(?!方|手|象|接|岸|应|外|照)|将|把(?!握)|导致|使得|致使|促使|从而|使(?!用)|让(?!利)|据(?!点)|经(?!济|营|理|销|费|验|贸|纪)|和(?!平|谐|解)|及(?!时|格)|与(?!会)|而|并(?!购|网|表|列)|但|也(?!门)|还(?!款|贷)|更(?!新)|再(?!生)|就(?!业)|都(?!市)|其(?!他|余)|以(?!上|下|来|前|后))")
_POST_QUAL_RX = fastre.compile(r"^(?:左右|上下|以上|以下|之多|多|余)")
_POST_DE_RX = fastre.compile(r"(?:的)?([\p{Han}A-Za-z“”《》]{1,12})")
#: (a numeral ends it, 3.5万吨货物1.2万吨; not the 零 of 零售 or 零部件)
_POST_NP_RX = fastre.compile(r"(?:(?![〇一二两三四五六七八九十百千万亿]|零(?!售|部件|件|食|钱|星|散|碎))[\p{Han}A-Za-z“”《》]){1,12}")
_REPORT_RX = fastre.compile(r"(?:昨日|今日|日前|近日|昨天|今天|也|还|正式)?(?:公布|宣布|发布|表示|披露|透露|称)")
_LEAD_RX = fastre.compile(r"[\p{Han}A-Za-z0-9“”\"、（）()·\-]+")
_DISPOSAL_RX = fastre.compile(r"(?:将|把)(?=[^将把]{2,}$)")
#: Between a mark passed and the exact level after it: 突破7千亿元，达到7284.5亿元.
_BOUND_THEN_EXACT = fastre.compile(r"(?:大关|关口)?[，,]\s*(?:达到|达|为|至)")
#: Right after a level, its share of a whole: ，占全省的, ,占比, ，佔.
_SHARE_OF_IT = fastre.compile(r"[，,]\s*(?:约|仅|已|共)?(?:占|佔)")
#: A total over a counted set: 合计, 共计, 总计.
_SET_TOTAL = fastre.compile(r"合计|共计|总计")
#: Classifiers of things counted as a set (家 companies, 个 projects, 座 plants), not of storeys or times.
_SET_UNITS = frozenset("家个项座只所艘台辆户名位支")
#: A cause before its effect's measure: 因客座率下降导致收入, 费用的增长使得管理费用.
_CAUSE_RX = fastre.compile(r"导致|致使|使得|造成")
#: The firm's own word opening a list of its segments: 公司铁路装备业务、….
_FIRM_WORD_LEAD = fastre.compile(r"(?:本|该)?(?:公司|集团)(?:的)?")
#: A verb saying a level was reached, between a change and the level: 增长10%，达到700万辆.
_REACHED = fastre.compile(r"达到|达|至|到|为|突破|超过|收于|收在|收报|报收|报")  # (跌0.67%，报3318.52点: the closing words too)
#: 比/较 right before a figure: the base a later figure is compared with (比30kWh的电池低25%).
_BASE_BEFORE = fastre.compile(r"(?<![同环])(?:比|较)\s*$")
#: What stands between such a base and the gap after it: 的电池低, 高出.
_GAP_AFTER_BASE = fastre.compile(r"(?:的)?[\p{Han}A-Za-z]{0,10}?(?:(?P<up>(?<![提加增抬升])高|(?<![加])快|(?<![增])多)|(?P<down>(?<![降压减])低|(?<![放减])慢|(?<![减缩])少))(?:了|出)?")
#: A group of people opening a measure's phrase: 城镇居民, 农村居民, 农民工, 农民 (whose figure it is, no topic
#: of the clauses after).
_PEOPLE_GROUP = fastre.compile(
    r"(?:城镇常住|农村常住|城镇|农村|城乡|全体)?居民|(?:外出|本地)?农民工|农民"
    r"|[0-9０-９]{1,3}周?岁(?:及)?(?:以上|以下)?(?:的)?(?:老年人|老人|儿童|青少年|人群)"  # (60岁以上老年人接种覆盖人数)
)
#: The words for the whole world (not region names to the checker, which finds names by them)...
WORLD_WORDS = ("全球", "世界")
#: ...opening a measure's phrase.
_WORLD_HEAD = fastre.compile("|".join(WORLD_WORDS))
#: Words after 全球/世界 that make it a scene, not whose figure: 世界上, 全球范围内, 全球首个, 世界最大.
_WORLD_SCENE = fastre.compile(r"[上首最各第]|范围|领先|知名|主要|多个|多地")
#: A count's unit that is a noun for people (930万会员) or a medal (40金、27银、24铜): that noun
#: is also what is measured.
_PEOPLE_NOUN = fastre.compile(PEOPLE_NOUNS + "|金|银|铜")
#: A title in 《》 opening a metric phrase: 《平凡的世界》借阅量.
_TITLE_LEAD = fastre.compile(r"^(?:[\p{Han}·]{1,8}的)?(?P<title>《[^《》]{1,20}》)(?P<rest>.*)$")
#: A quoted term opening a metric phrase: “00后”旅游预订增速, “口袋公园”.
_QUOTED_LEAD = fastre.compile(r"^[“\"](?P<term>[^”\"“]{2,8})[”\"](?P<rest>.*)$")
#: "Has" right before a count: 已有, 共有, 拥有 (雅砻江中游已有两个水电站).
_HAS_END = fastre.compile(r"(?:已|共|现|目前|拥|还|仍|则|也)有$")
#: What no owner before 有 holds: the rest of the verb (拥, 共) or a pointing word (我们这个).
_HAS_NOT_NAME = fastre.compile(r"[已共现拥还仍则也]$|[这那此其我你他她它]")
#: The party that puts up the money, after the one it is put into: (X公司)由莱克电气投资.
_AGENT_LEAD = fastre.compile(r"由[\p{Han}A-Za-z]{2,12}?(?=(?:共同|联合|全额|独家)?(?:投资|出资|注资|增资|认购)$)")
#: A reason opening a measure's phrase: 主要由于, 是因为, 主要原因是.
#: What joins the reasons a because-clause lists: 产量增加及销售价格, 需求回暖和价格上涨.
_REASON_JOIN = fastre.compile(r"及|和|以及|、")
_BECAUSE_HEAD = fastre.compile(r"(?:主要)?(?:是)?(?:由于|因为|源于|得益于|受益于)|主要原因(?:是|为)")
_LINK_END_RX = fastre.compile(r"(?:为|是|达到|达)$")
#: A news dateline opening a body: 本报讯, 中国经济网北京6月12日讯, 财联社6月12日电, 证券时报网讯,
#: 央广网北京3月5日消息, 中证智能财讯 — the outlet and the place it files from own none of the figures.
_DATELINE_HEAD = fastre.compile(
    r"^[ \t　]*(?:本报讯|\p{Han}{1,8}?财讯(?=\p{Han})|\p{Han}{1,8}?(?:网|社|报|台|财经|新闻|快讯)(?:\p{Han}{2,3})?(?:[0-9]{1,2}月[0-9]{1,2}日)?(?:讯|电|消息)"
    r"|(?:\p{Han}{2,3})?[0-9]{1,2} ?月 ?[0-9]{1,2} ?日(?:早间|上午|中午|午间|下午|晚间)?(?:讯|电|消息))(?:[（(][^（）()]{1,20}[）)])?[ \t　：:，,]*"
)
#: A clause that is only a firm announcing: 正邦科技公告, 温氏股份公告称, 新希望晚间公告.
_ANNOUNCES = fastre.compile(
    r"(?P<name>[\p{Han}A-Za-z]{2,8}?)(?<!的)(?:[0-9]{1,2}月[0-9]{1,2}日)?(?:今日|昨日|昨晚|晚间|早间|最新|晚|上午|下午)?(?:发布|披露)?公告(?:称|显示|指出)?"
)  # (舜天船舶3月28日晚公告称: the day it announced)
#: A listed company named with its stock code opening a clause: 晶丰明源(688368.SH), 腾讯控股（00700）.
#: A stock code in brackets after a listed company's name: (688368.SH), （00700）, (Nasdaq:IQ),
#: （纽交所：BABA）, (股票代码：600519), or its quote: (12.170, 0.00, 0.00%).
STOCK_CODE = (
    r"[（(](?:股票代码[:：]\s*)?(?:[0-9]{6}|[0-9]{4,5})(?:\.[A-Za-z]{2})?[）)]"
    r"|[（(](?:NASDAQ|Nasdaq|NYSE|HKEX|纳斯达克|纳斯达克交易所|纽交所|纽约证券交易所|港交所)\s*[:：]\s*[A-Za-z0-9.]{1,8}[）)]"
    # (a quote in brackets: 宇通客车(12.170, 0.00, 0.00%), its price, change and change in %)
    r"|[（(]\s*[0-9]+(?:\.[0-9]+)?\s*[,，]\s*[+-]?[0-9]+(?:\.[0-9]+)?\s*[,，]\s*[+-]?[0-9]+(?:\.[0-9]+)?%\s*[）)]"
)
_CODED_HEAD = fastre.compile(r"^(?P<name>[\p{Han}A-Za-z]{2,10}?)[ ]?(?:" + STOCK_CODE + ")")
#: A market a firm's figure is broken down by (海外地区, 国内市场): a part, not whom the text is about.
_MARKET_PART = fastre.compile(r"(?:海外|境外|国外|国内|境内|地区|市场|区域)$")
#: A span of years heading a clause (两年, 近三年): when, not what is measured.
_YEARS_SPAN = fastre.compile(r"(?:近|过去|最近)?[两二三四五六七八九十]个?年(?:来|间)?")
#: A firm's own report cited for the figures that follow: 据翠微股份的中报显示, 华菱钢铁2011年半年报披露.
_OWN_REPORT = fastre.compile(
    r"^\s*(?:另据|据|根据)?(?![另据根])(?P<name>(?:(?![在于向从对将已日])[\p{Han}A-Za-z]){2,10}?)(?:今日|昨日|日前|近日|晚间)?(?:(?:在|于)\p{Han}{2,6}?)?(?:发布|公布|披露)?(?:的)?(?:[0-9]{4}年)?(?:年度)?"
    r"(?:中报|年报|半年报|半年度报告|年度报告|[一三]季报|季报|财报|业绩快报|业绩预告|公告)(?:显示|称|披露|指出|表明)"
)
#: 分别 then the amounts by which each ranks or does (分别以2310亿元和2150亿元位列…).
_BY_AMOUNTS = fastre.compile(r"分别(?:以|凭借|依靠)")
#: A short name in a list (万科, 中海地产, 保利发展).
_SHORT_NAME = fastre.compile(r"[\p{Han}A-Za-z]{2,8}")
#: Places, then 以 and their figures: 珠三角和环渤海以….
_PLACES_BY = fastre.compile(r"(\p{Han}{2,8}(?:[、和及与]\p{Han}{2,8})+)(?:分别)?(?:以|凭借|依靠)")
#: A clause opening with two or more short names in a list: 长春高新、恒瑞医药、迈瑞医疗跻身….
_NAME_LIST_HEAD = fastre.compile(r"(\p{Han}{2,6}(?:[、和及与]\p{Han}{2,6})+)(?=[\p{Han}])")
#: Between an amount and its restatement in another currency: 亿元（约合, 万元(折合人民币.
_RESTATE_OPEN = fastre.compile(r"\s*[（(]\s*(?:约合|折合|约|合|相当于)?\s*(?:人民币|美元|港元|港币|欧元)?\s*")
_CMP_OBJECT = fastre.compile(
    r"(?:上年|去年|今年|本年|上月(?:末|底)?|上周|上期|上旬|上一代|前一代|上代|前代|(?:前|上)一(?:周|日|天|月|年|季度|交易日)|年初|年末|年底|同期|上季度?(?:末)?|前一年"
    r"|上半年|下半年|前三季度|[0-9０-９一二三四五六七八九十]+(?:年|月|季度)|[0-9]{1,2}[-—~－至][0-9]{1,2}月"  # (较上半年, 比1-2月回落)
    r"|[“\"]?十[一二三四五六]五[”\"]?(?:期末|末|初))"  # (比“十三五”末提高1.8个百分点: a plan period's end)
)
_HAN_RUN = fastre.compile(r"\p{Han}+")
_VERBISH = fastre.compile(r"[的是在为了将把对从由向到至和与及]|有(?![息色机效线限关益利序偿])|实现|完成|增长|下降|提高|计划|预计|预期|估计|[高低多少快慢]于|超过|超出|高出")
#: Words standing for an organisation named earlier in the article (该公司 aside): resolved by
#: :func:`resolve_anaphora` (公司计划投资…, 本公司董事会…保证).
ANAPHORIC_WORDS = frozenset({"公司", "企业", "集团", "本局", "本公司", "本集团", "本行"})
#: Bare nouns that stand for the organisation named earlier (公司计划投资...).
GENERIC_SUBJECTS = frozenset({"公司", "企业", "集团"})
#: Wall-clock limit for one role-rule search on a clause (40 characters): generous, so a
#: busy machine never trips it; a pattern that needs it is broken and is reported.
RULE_TIMEOUT = 2.0
_CLAUSE_END = set("，,；;：:。！？!?")
_OPEN = "“‘「『（(《【"
_CLOSE = "”’」』）)》】"


_PLACE_END = frozenset("市区县省镇乡村州")
_META = frozenset("\\.^$*+?{}[]()|")


def _after_place(not_after: str, place_then: str = "") -> str:
    """The lookahead after a place's one-character suffix (市, 省): no character of
    ``not_after`` follows (深圳市场 is 深圳 + 市场), unless a word of ``place_then`` starts
    there (陕西省外贸总额 is 陕西省 + 外贸总额)."""
    if not not_after:
        return ""
    return f"(?!(?!{place_then})[{not_after}])" if place_then else f"(?![{not_after}])"


def _alternatives(alternation: str) -> list[str]:
    """The top-level alternatives of a regex alternation: split at ``|`` outside groups and
    character classes (我们(?=预计|预测)|一方面 is two words, not three)."""
    out, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(alternation):
        c = alternation[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(alternation[start:i])
            start = i + 1
        i += 1
    out.append(alternation[start:])
    return out


def _longest_first(entries: list[str]) -> str:
    """The alternatives of a lexicon's entries as one alternation, each once, the longest first
    (so that 比上年同期 wins over 比上年); a pattern matching nothing when there are none."""
    return "|".join(sorted({w for w in _alternatives("|".join(entries)) if w}, key=len, reverse=True)) or "(?!)"


#: A lookbehind in a lexicon pattern ((?<!性)): no part of the literal ending it guards.
_LOOKBEHIND = regex.compile(r"\(\?<[!=][^()]*\)")


def _literal_alt(alternation: str, not_after: str = "", place_then: str = "") -> str:
    """``A|AB|C`` of plain words as a trie (``A(?:B)?|C``): the longest word wins and the
    regex engine does not try hundreds of alternatives at every position (650 place
    names). A word ending in a one-character place suffix (市, 区) does not end before one of
    ``not_after`` (深圳市场 is 深圳 + 市场). An alternation with any regex syntax in its words
    is returned unchanged."""
    words = [w for w in alternation.split("|") if w]
    if not words or any(c in _META for w in words for c in w):
        return alternation
    guard = _after_place(not_after, place_then)
    trie: dict = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [
            regex.escape(c) + (guard if c in _PLACE_END and "" in child else "") + build(child)
            for c, child in sorted(node.items()) if c
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return "(?:" + build(trie) + ")"


@dataclass(slots=True)
class Attribution:
    role: str = "value"
    direction: str | None = None
    metric: str = ""
    subject: str | None = None
    period: str | None = None
    claim_key: int = 0
    rule_id: str = ""
    explicit_subject: bool = False
    cause: str = ""  # the cause cut from before the metric (因客座率下降导致收入 → 因客座率下降)


def _never() -> regex.Pattern:
    """A pattern matching nothing: what a word list the rules leave empty compiles to."""
    return fastre.compile("(?!)")


@dataclass(frozen=True)
class Lexicon:
    period_rx: regex.Pattern
    period_head_rx: regex.Pattern
    subject_head_rx: regex.Pattern
    region_rx: regex.Pattern
    anaphora_rx: regex.Pattern
    suffix_rx: regex.Pattern
    links_tail_rx: regex.Pattern
    links_head_rx: regex.Pattern
    np_stop_rx: regex.Pattern
    suffixes: tuple[str, ...] = field(default=())
    owned_rx: regex.Pattern | None = None
    industry_rx: regex.Pattern | None = None
    money_cue_rx: regex.Pattern | None = None
    people_cue_rx: regex.Pattern = field(default_factory=_never)
    whole_rx: regex.Pattern | None = None
    whole_start_rx: regex.Pattern = field(default_factory=_never)
    cmp_period_rx: regex.Pattern | None = None
    list_head_rx: regex.Pattern | None = None
    head_word_rx: regex.Pattern | None = None  # (the same words anywhere: the last measure named before a figure)
    duration_cue_rx: regex.Pattern | None = None
    duration_after_rx: regex.Pattern | None = None
    owned_word_rx: regex.Pattern | None = None
    times_before_rx: regex.Pattern = field(default_factory=_never)
    times_after_rx: regex.Pattern = field(default_factory=_never)
    set_noun_rx: regex.Pattern = field(default_factory=_never)
    office_rx: regex.Pattern = field(default_factory=_never)
    action_rx: regex.Pattern = field(default_factory=_never)
    deed_rx: regex.Pattern = field(default_factory=_never)
    announce_rx: regex.Pattern = field(default_factory=_never)
    pronoun_rx: regex.Pattern = field(default_factory=_never)
    measure_word_rx: regex.Pattern = field(default_factory=_never)
    goods_rx: regex.Pattern = field(default_factory=_never)
    country_firm_rx: regex.Pattern = field(default_factory=_never)
    firm_end_rx: regex.Pattern = field(default_factory=_never)
    count_verb_rx: regex.Pattern = field(default_factory=_never)
    segment_rx: regex.Pattern = field(default_factory=_never)
    compound_rx: regex.Pattern = field(default_factory=_never)


_WORD_LISTS = (
    "links", "head_links", "np_stops", "money_cues", "people_cues", "duration_cues", "whole_metrics", "owned_metrics", "industry_suffix",
    "metric_heads", "duration_after_cues", "times_before", "times_after", "set_nouns", "office_words", "action_verbs", "deed_verbs",
    "announce_words", "pronouns", "measure_words", "goods_words", "country_firms", "firm_words", "brand_ends",
    "count_verbs", "segment_words", "not_segments", "compound_names",
)


def _lexicon_entries(data: dict) -> list[tuple[str, str, str]]:
    """(key, key as written in the file, pattern) of every regex entry of an attribution
    lexicon: each period, each ``subjects`` entry (``subjects.regions``), each word list
    (not ``np_stops``: literal words)."""
    entries = [("periods", "periods", str(x)) for x in data.get("periods") or []]
    entries += [(f"subjects.{k}", k, str(v)) for k, v in (data.get("subjects") or {}).items()]
    entries += [(k, k, str(v)) for k, v in data.items() if k not in ("periods", "subjects", "np_stops") and v]
    return entries


def _key_line(path: Path, key: str) -> int | None:
    """The line of ``key:`` in a lexicon file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next((i + 1 for i, t in enumerate(lines) if t.lstrip().startswith(f"{key}:")), None)


def _check_patterns(path: Path, data: dict) -> None:
    """Every entry of an attribution lexicon compiles as a regex; else a RuleError naming the
    file, the line of its key and the key. (Plain word lists, 深圳市|深圳|…, always compile:
    they are not compiled here, which keeps engine start-up short.)"""
    from .errors import RuleError

    for key, leaf, pat in _lexicon_entries(data):
        if not any(c in _META for w in pat.split("|") for c in w):
            continue
        try:
            regex.compile(pat)
        except regex.error as exc:
            raise RuleError(f"bad pattern in {key!r}: {exc}", file=str(path), line=_key_line(path, leaf)) from exc


def lint_lexicon_patterns(dirs: list[Path] | None = None, limit_ms: float = 50.0, factor: float | None = None) -> list[str]:
    """Lexicon entries (attribution.yaml) that take over ``limit_ms`` on the adversarial
    input of :func:`factx.rules.lint_rules` (or over 1 s: catastrophic backtracking), one line
    ``file:line: [lexicon key] message`` each, timed against ``factor`` as the rules are.
    Run by ``factx rules lint``."""
    from .rules import adversarial_ms, machine_factor
    from .units import _load_yaml

    out = []
    factor = machine_factor() if factor is None else factor
    for d in dirs or [builtin_rules_dir()]:
        p = Path(d) / "lexicons" / "attribution.yaml"
        if not p.exists():
            continue
        data = _load_yaml(p) or {}
        for _, key, pat in _lexicon_entries(data):
            line = _key_line(p, key)
            where = f"{p}:{line}:" if line else f"{p}:"
            rx = regex.compile(_literal_alt(pat) if key == "regions" else pat)  # (as used: a trie)
            try:
                ms = adversarial_ms(rx, limit_ms, factor=factor)  # (CPU time, best of three, as for rules)
            except TimeoutError:
                out.append(f"{where} [lexicon {key}] takes over 1 s on a 100 kB adversarial input (catastrophic backtracking)")
                continue
            if ms > limit_ms:
                out.append(f"{where} [lexicon {key}] takes {ms:.0f} ms on a 100 kB adversarial input (limit {limit_ms:.0f} ms, reference machine)")
    return out


def load_lexicon(dirs: list[Path] | None = None) -> Lexicon:
    """Build the attribution regexes from each ``lexicons/attribution.yaml`` (later adds)."""
    from .errors import RuleError
    from .units import _load_yaml

    periods: list[str] = []
    subj: dict[str, str] = {}
    lists: dict[str, list[str]] = {k: [] for k in _WORD_LISTS}
    for d in dirs or [builtin_rules_dir()]:
        p = Path(d) / "lexicons" / "attribution.yaml"
        if not p.exists():
            continue
        data = _load_yaml(p) or {}  # (malformed YAML: a RuleError with file and line)
        if not isinstance(data, dict):
            raise RuleError("the attribution lexicon must be a mapping of word lists", file=str(p))
        unknown = set(data) - set(_WORD_LISTS) - {"periods", "subjects"}
        if unknown:
            raise RuleError(f"unknown key {sorted(unknown)[0]!r} in attribution lexicon", file=str(p))
        _check_patterns(p, data)
        periods += [str(x) for x in data.get("periods", []) or []]
        for k, v in (data.get("subjects") or {}).items():
            subj[k] = f"{subj[k]}|{v}" if k in subj else str(v)
        for k in _WORD_LISTS:
            if data.get(k):
                lists[k].append(str(data[k]))
    links, heads, stops = lists["links"], lists["head_links"], lists["np_stops"]
    money, dur, whole = lists["money_cues"], lists["duration_cues"], lists["whole_metrics"]
    owned, ind = lists["owned_metrics"], lists["industry_suffix"]
    heads_alt = _longest_first(lists["metric_heads"])
    period = "|".join(f"(?:{p})" for p in periods) or "(?!)"
    regions = _literal_alt(subj.get("regions", "(?!)"), subj.get("not_after_place", ""), subj.get("place_then", ""))
    anaphora = subj.get("anaphora", "(?!)")
    suffixes = subj.get("suffixes", "(?!)")
    not_after = subj.get("not_after_place", "")
    generic = subj.get("generic", "(?!)")
    verbs = subj.get("verbs", "(?!)")
    not_names = subj.get("not_names", "(?!)")
    single = "|".join(s for s in suffixes.split("|") if len(s) == 1)
    multi = "|".join(s for s in suffixes.split("|") if len(s) > 1)
    guard = _after_place(not_after, subj.get("place_then", ""))
    suffix_pat = f"(?:{multi}|(?:{single}){guard})" if not_after else f"(?:{suffixes})"
    multi_pat = f"(?:{multi})"
    # (涉及农村人口: 农村 is no village; 日上市量, 渐次开市: 上市 and 开市 are verbs; 改造老旧小区,
    # 辖区: a kind of compound or "the area under", no district's name)
    single_pat = f"(?<![农乡])(?:{single}){guard}(?<!上市|开市|股市|门市|城市|小区|辖区|城镇|乡镇|村镇)"
    # a name's body: no function words, no digits (那些 belong to the sentence, not the name)
    # (能 only as a verb: 绿能科技, 华能 are names; 能够 and 能否 are not)
    # (有 only in 国有企业, an owner type as named as 民营企业 is; 拥有, 有5个 are no name)
    body = r"(?:(?!能够|能否)[^\s\d的是在将已后对把为了与并等从由向到至其这那要会可于被让使给也都还就又再而但或即如若因之每各一个几〇零二两三四五六七八九十百千万亿时有全占，。；：、,;:!?！？《》]|(?<=国)有(?=企业))"
    # (五大商业集团: a count of kinds inside a name)
    bodyc = rf"(?:{body}|[“”\"()（）·]|[二三四五六七八九十]大)"
    # (a name may carry a short note in brackets: 金融机构（含外资）)
    # (a county named with one character, 泸县, 沛县: only where a name starts, and not 全县, 该县, 大县…)
    one_char_county = r"(?<!\p{Han})(?![全本该各每一二两三四五六七八九十外邻我此某其他分小大])\p{Han}县"
    # (安集科技, 华海药业: a two-character brand and a word only firms end with is a firm's short name)
    brand = "|".join(lists["brand_ends"]) or "(?!)"
    name = rf"(?:{bodyc}{{1,24}}?{multi_pat}|{bodyc}{{2,7}}?{single_pat}|{one_char_county}|(?<!\p{{Han}})(?![多各诸数几])(?:{body}){{2}}(?:{brand}))(?:[（(][^（()）)，。]{{1,8}}[）)])?"  # (a place name is short: 高安市, 乌鲁木齐市)
    link_alt = _longest_first(links)
    head_alt = _longest_first(heads)
    # (全县建成服务中心8个: a place, then what it did; no body named 建成服务中心)
    deed = "|".join(lists["deed_verbs"]) or "(?!)"
    stop_alt = "|".join(regex.escape(w) for w in sorted({w for w in "|".join(stops).split("|") if w}, key=len, reverse=True)) or "(?!)"
    return Lexicon(
        # (与2010年: no period, nor its tail 010年; PM10年均浓度: a name's digits, no year)
        period_rx=fastre.compile(f"(?<![比较与同0-9０-９A-Za-z.．])(?:{period})"),
        cmp_period_rx=fastre.compile(
            f"(?:比|较|与|同比|环比|高出|高于|低于|超过|超出|快于|慢于|多于|少于)(?:{period})+(?:同期)?(?:[和、及与](?:{period})+(?:同期)?)*(?:相比)?"  # (较去年同期和全年)
            # (价格是去年的1.5倍, 相当于2019年同期的八成, 恢复至2019年同期的112%: a multiple or share
            # of that time's level)
            f"|(?:是|相当于|等于|恢复至|恢复到)(?:{period})+(?:同期)?(?=[^，。；是]{{0,10}}的(?:[0-9０-９一二三四五六七八九十两]|近|约|超|逾))"
        ),
        period_head_rx=fastre.compile(rf"^(?:(?:{period})[，,、\s]*)+"),
        subject_head_rx=fastre.compile(
            rf"^(?P<subj>(?P<reporter>(?!{not_names}|{generic})(?:[\p{{Han}}A-Za-z]{{2,4}}?|[A-Za-z][A-Za-z0-9&.\-]{{3,15}}?)(?<![已将也还都又均共仍再后前时拟])(?=(?:拟|将|计划)?(?:{verbs})))"
            rf"|(?:{anaphora}|{regions})(?:地区)?(?:(?!{deed}){name}){{0,2}}|(?!{generic}|{not_names}){name}(?:{name})*|(?P<generic>{generic}))"
        ),
        region_rx=fastre.compile(rf"(?:{regions})"),
        anaphora_rx=fastre.compile(rf"^(?:{anaphora})"),
        suffix_rx=regex.compile(suffix_pat),
        links_tail_rx=fastre.compile(rf"(?:{link_alt})+$"),
        links_head_rx=fastre.compile(rf"^(?:{head_alt})+"),
        np_stop_rx=fastre.compile(stop_alt),
        suffixes=tuple(_LOOKBEHIND.sub("", x) for x in suffixes.split("|")),  # ((?<!性)基金 ends a name in 基金)
        list_head_rx=fastre.compile(f"(?:{heads_alt})$"),
        head_word_rx=fastre.compile(f"(?:{heads_alt})"),
        whole_rx=fastre.compile(f"(?:{'|'.join(whole) or '(?!)'})$"),
        whole_start_rx=fastre.compile(f"(?:{'|'.join(whole) or '(?!)'})"),
        money_cue_rx=fastre.compile(f"(?:{'|'.join(money) or '(?!)'})"),
        people_cue_rx=fastre.compile(f"(?:{'|'.join(lists['people_cues']) or '(?!)'})"),
        duration_cue_rx=fastre.compile(f"(?:{'|'.join(dur) or '(?!)'})[^，。；]{{0,2}}$"),
        owned_word_rx=fastre.compile(rf"(?:{'|'.join(owned) or '(?!)'})") if owned else None,
        duration_after_rx=fastre.compile(f"^(?:{'|'.join(lists['duration_after_cues']) or '(?!)'})"),
        times_before_rx=fastre.compile(f"(?:{'|'.join(lists['times_before']) or '(?!)'})"),
        times_after_rx=fastre.compile(f"(?:{'|'.join(lists['times_after']) or '(?!)'})"),
        set_noun_rx=fastre.compile(f"(?:{'|'.join(lists['set_nouns']) or '(?!)'})"),
        office_rx=fastre.compile(f"(?:{'|'.join(lists['office_words']) or '(?!)'})"),
        action_rx=fastre.compile(f"(?:{'|'.join(lists['action_verbs']) or '(?!)'})"),
        deed_rx=fastre.compile(f"(?:{deed})"),
        segment_rx=_segment_rx("|".join(lists["segment_words"]), "|".join(lists["not_segments"])),
        compound_rx=fastre.compile(f"(?:{'|'.join(lists['compound_names']) or '(?!)'})"),
        count_verb_rx=fastre.compile(f"(?:{'|'.join(lists['count_verbs']) or '(?!)'})(?:[、和及与](?:{'|'.join(lists['count_verbs']) or '(?!)'}))*"),
        announce_rx=fastre.compile(f"(?:{'|'.join(lists['announce_words']) or '(?!)'})"),
        pronoun_rx=fastre.compile(f"(?:{'|'.join(lists['pronouns']) or '(?!)'})"),
        measure_word_rx=fastre.compile(f"(?:{'|'.join(lists['measure_words']) or '(?!)'})"),
        goods_rx=fastre.compile(f"(?:{'|'.join(lists['goods_words']) or '(?!)'})"),
        country_firm_rx=fastre.compile(f"(?:{'|'.join(lists['country_firms']) or '(?!)'})"),
        firm_end_rx=fastre.compile(f"(?:{'|'.join(lists['firm_words']) or '(?!)'})$"),
        industry_rx=fastre.compile(rf"(?:{'|'.join(ind) or '(?!)'})$"),
        # (煤炭开采和洗选业同比新增利润: a change word may stand between the industry and its measure)
        owned_rx=fastre.compile(rf"(?<=(?:{'|'.join(ind) or '(?!)'}))(?:新增|净增|增加|减少)?(?P<m>{'|'.join(owned) or '(?!)'})$") if owned else None,
    )


def _segment_rx(words: str, not_names: str) -> regex.Pattern:
    """A business segment named with its measure (游戏业务营收, 来自广告业务的收入): ``seg``, an
    optional ``de``, then ``m`` (see :func:`_segment_split` for what else it must hold)."""
    if not words:
        return _never()
    guard = f"(?<!{not_names})" if not_names else ""
    return fastre.compile(
        rf"^(?:来自)?(?P<seg>[\p{{Han}}A-Za-z][\p{{Han}}A-Za-z、]{{1,13}}?{guard}(?:{words}))(?P<de>的)?(?P<m>[\p{{Han}}A-Za-z]{{2,12}})$"
    )


@functools.lru_cache(maxsize=4)
def _default_lexicon() -> Lexicon:
    return load_lexicon()


# ------------------------------------------------------------------ per-document memos
#: Results of pure functions of a phrase (and the lexicon): the same clause or noun phrase is
#: stripped, split and matched for several figures of a sentence and again by the pipeline.
#: :func:`clear_memos` empties them at each document's start (``pipeline.extract``), so they
#: save repeated work within a document and are no cache across documents.
_MEMOS: list[dict] = []
#: The lexicon the memos hold results for: another one empties them first.
_MEMO_LEX: list[Lexicon | None] = [None]
_MEMO_MAX = 50_000  # (a bound for callers that never clear them)
_MISS = object()


def clear_memos() -> None:
    """Forget every memoized phrase result (at a document's start)."""
    for memo in _MEMOS:
        memo.clear()
    _MEMO_LEX[0] = None


def _memo_by_phrase(fn):
    """``fn(phrase, lex)``, pure, remembered per phrase (for one lexicon) until :func:`clear_memos`."""
    memo: dict = {}
    _MEMOS.append(memo)

    @functools.wraps(fn)
    def remembered(s: str, lex: Lexicon):
        if lex is not _MEMO_LEX[0]:
            clear_memos()
            _MEMO_LEX[0] = lex
        hit = memo.get(s, _MISS)
        if hit is _MISS:
            if len(memo) >= _MEMO_MAX:
                memo.clear()
            hit = memo[s] = fn(s, lex)
        return hit

    return remembered


def _memo_by_text(fn):
    """``fn(text)``, pure, remembered per text until :func:`clear_memos`."""
    memo: dict = {}
    _MEMOS.append(memo)

    @functools.wraps(fn)
    def remembered(s: str):
        hit = memo.get(s, _MISS)
        if hit is _MISS:
            if len(memo) >= _MEMO_MAX:
                memo.clear()
            hit = memo[s] = fn(s)
        return hit

    return remembered


# ------------------------------------------------------------------ clauses
_CLAUSE_MARKS = fastre.compile("[" + regex.escape("".join(sorted(set(_OPEN) | set(_CLOSE) | set(_CLAUSE_END)))) + "]")


_QUAL_OPENERS = "约近超逾达"


def clause_spans(sentence: str) -> list[tuple[int, int]]:
    """Clause boundaries of a sentence: ，；： and sentence ends, outside quotes/brackets."""
    spans = []
    depth = 0
    start = 0
    marks = list(_CLAUSE_MARKS.finditer(sentence))  # only the marks, not every character
    # an opening mark closed nowhere in the sentence (a quotation running on past its end:
    # “像澳洲龙虾年前一斤400元，现在跌到320元。) shelters no comma
    stack: list[int] = []
    closed: set[int] = set()
    for mk in marks:
        if mk.group() in _OPEN:
            stack.append(mk.start())
        elif mk.group() in _CLOSE and stack:
            closed.add(stack.pop())
    for mk in marks:
        ch, i = mk.group(), mk.start()
        if ch in _OPEN:
            if i in closed:
                depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            if ch in "：:" and i + 1 < len(sentence) and (sentence[i + 1].isdigit() or sentence[i + 1] in _QUAL_OPENERS):
                continue  # 净利润盈利：892.8亿: a label and its figure are one clause
            if ch in ",，" and 0 < i < len(sentence) - 3 and sentence[i - 1].isdigit() and _THOUSANDS.match(sentence, i + 1):
                continue  # 4,778亿元: a thousands separator inside a number
            spans.append((start, i + 1))
            start = i + 1
    if start < len(sentence):
        spans.append((start, len(sentence)))
    return spans


_CLOSER = fastre.compile(r"[”）)]")
#: Three digits after a thousands separator, not followed by another digit: 4,[778]亿元.
_THOUSANDS = fastre.compile(r"[0-9]{3}(?![0-9])")


#: A footnote's number after a name, ending a phrase: 同店销售 (1) , 主要经营溢利(2).
_FOOTNOTE_END = fastre.compile(r"(?<=\p{Han})\s*[（(][0-9]{1,2}[)）]\s*$")


@_memo_by_text
def _han_tail(s: str) -> str:
    """The trailing run of a phrase that can name something (no punctuation; a label's
    colon right before the figure is dropped: 净利润盈利：892.8亿)."""
    if s.endswith(("：", ":")):
        s = s[:-1]
    if s.endswith((")", "）", " ")):
        s = _FOOTNOTE_END.sub("", s)  # (主要经营溢利 (2) 由…: a footnote's number is no part of the name)
    m = _TAIL_RX.search(s)
    out = m.group(0) if m else ""
    # an unbalanced closing quote or bracket belongs to a previous phrase, and so does all
    # before it (财联社8月13日讯（编辑 王舒蕾）总市值: the byline's end)
    if _CLOSER.search(out):
        depth, cut = 0, 0
        for i, ch in enumerate(out):
            if ch in "“（(":
                depth += 1
            elif ch in "”）)":
                if depth:
                    depth -= 1
                else:
                    cut = i + 1
        out = out[cut:]
    cm = _CODE_CLOSE.match(out)
    if cm:
        out = out[cm.end() :]  # (宁德时代（300750.SZ）净利润: the end of a stock code)
    return out


_CODE_CLOSE = fastre.compile(r"[A-Za-z0-9.]{1,10}[）)]")


_CMP_TAIL = fastre.compile(
    # (比亚迪, 比利时, 比特币: names that open with 比 are no comparison)
    # (按可比口径, 按可比价格计算: 可比 is "comparable", how a change is counted, no comparison)
    r"(?:分别)?(?<![同环])(?:(?<!可)比(?!亚迪|利时|特币)|较)(?P<obj>(?![重例率值分])[^，。；比较]{1,14})(?:相比)?$"
    r"|(?:分别)?(?<![同环])(?:比|较)(?P<obj>[0-9０-９一二三四上下前半全去今年季度月份同期末初底\-—~至]{2,9}(?:[、和及与][0-9０-９一二三四上下前半全去今年季度月份同期末初底\-—~至]{2,9}){1,6})[、和及与]?$"  # (较1-2月、1-3月…和1-7月)
    r"|(?:与|同|和|跟)[^，。；与同和跟]{1,24}(?:相比|相较|比较)(?:而言)?$"  # (与去年同期相比下降16.4%; 与去年同期(2018 年 10-12 月)相比)
    r"|(?:与|同|跟)(?:上年|去年|上月|上周|上期|上季度|前一年)(?:同期)?(?:价格|均价|水平)?$"  # (价格与上周保持不变)
    # (完成投资30.6亿元，是过去3年总和的1.6倍: what the measure is set against, a multiple or share of it)
    r"|(?P<times>(?:是|相当于|等于)[^，。；是为的]{1,16}的)$"
)


#: A whole named by its total after 占 (占汽车总量, 占全国总数): the total names the whole, no link.
_SHARE_OF_TOTAL = fastre.compile(r"占\p{Han}*(?:总量|总数)$")


@_memo_by_phrase
def _strip_links(np: str, lex: Lexicon) -> str:
    prev = None
    while np and np != prev:
        prev = np
        if not _SHARE_OF_TOTAL.search(np):
            np = lex.links_tail_rx.sub("", np)
        cut = _CMP_TAIL.search(np)
        if cut and (cut.start() >= 2 or cut.start("times") == 0 or (cut.start("obj") >= 0 and _CMP_OBJECT.match(np, cut.start("obj")))):
            np = np[: cut.start()]
        np = np.rstrip("、，, 的（(")
    return np


@_memo_by_phrase
def _strip_head(np: str, lex: Lexicon) -> str:
    prev = None
    while np and np != prev:
        prev = np
        np = lex.period_head_rx.sub("", np)
        linked = lex.links_head_rx.sub("", np)
        if len(linked) != 1:  # 有机49个: a word, not the link 有 before 机
            np = linked
        np = _HEAD_WORDS_RX.sub("", np)
        np = _EXAMPLE_HEAD.sub("", np)
        np = _ENUMERATOR_RX.sub("", np)
        bm = _LEAD_BRACKET.match(np)
        if bm and lex.period_rx.search(bm.group(1)):
            np = np[bm.end() :]  # 主汛期(6月至8月)全国平均降水量: the period's months, no part of the name
        if np[:1] in ("自", "从"):
            # 自2008年10月-2009年9月交大泰阳从…采购: the span of time, no part of a name
            at = _periods_end(np, 1, lex)
            if at > 1 and np[at : at + 1] in ("-", "—", "－", "~", "至", "到"):
                end = _periods_end(np, at + 1, lex)
                if end > at + 1 and len(np) - end >= 2:
                    np = np[end:]
    return np


def _periods_end(text: str, at: int, lex: Lexicon) -> int:
    """Where the run of adjacent periods starting at ``at`` ends (``at`` when none starts
    there): 2008年10月 + 份, 今年 + 1至10月."""
    while True:
        pm = lex.period_rx.match(text, at)
        if pm is None or pm.end() <= at:
            # 2013年至今年8月, 2013年至2018年8月, 2013年至今: a span of time runs on to its end
            cm = _SPAN_TO.match(text, at)
            if cm is None or cm.end() == len(text) or at == 0:
                return at
            pm = lex.period_rx.match(text, cm.end())
            if pm is not None and pm.end() > cm.end():
                at = pm.end()
                continue
            return _up_to_now(text, at)
        at = pm.end()


def _up_to_now(text: str, at: int) -> int:
    """Past 至今/到今 at ``at`` (2013年至今: up to now), not 至今年 (a period follows); else ``at``."""
    return at + 2 if text.startswith(("至今", "到今"), at) and not text.startswith("今年", at + 1) else at


#: What joins the two ends of a span of time: 2013年至2018年, 2021-2023年 (a dash inside a
#: period is the period's own).
_SPAN_TO = fastre.compile(r"至|到|—|－|~|～")


_LEAD_BRACKET = fastre.compile(r"^[（(]([^（()）]{1,14})[）)]")


#: A list item's number opening a clause: 12、京东集团…, （三）, (2), ①, (ii).
_ENUMERATOR_RX = fastre.compile(
    # (not 一、二产业比重: ordinals of the economy's sectors written short; but 二、三产业比例为72.8:27.2
    # is one ratio's name, read as it always was)
    r"^(?:[0-9]{1,2}[、，,]|[0-9]{1,2}[.．](?=\p{Han})|[一二三四五六七八九十]{1,3}、(?![二三](?:、三)?产业(?!比例|之比|比值|结构|构成))|[（(](?:[0-9一二三四五六七八九十]{1,3}|[ivx]{1,4}|[a-h])[）)]|[①-⑳]|[一二三四五六七八九十]是(?=\p{Han}{2}))"
)


_REGION_LIST_RX = fastre.compile(r"、|和|与|及")


#: A part's contribution to a whole's growth: 最终消费支出对经济增长贡献率, 第一产业拉动GDP增长.
_CONTRIBUTION = fastre.compile(r"(?P<part>[^对，。；]{2,16}?)(?P<measure>对[^，。；]{1,20}?贡献(?:率|度)?|拉动[^，。；]{1,12}?增长)")
#: A measure of contribution (对经济增长的贡献率, 拉动…增长): listed parts before it are whose it is.
_CONTRIBUTION_HEAD = fastre.compile(r"对|拉动")
#: 所 + a verb closing an owner phrase (业务所形成, 公司所持有): the owner is before it.
_SUO_VERB = fastre.compile(r"所[\p{Han}]{1,3}$")
#: A short name heading a clause, then 则 setting it against the one before (现代起亚汽车则…).
_NAME_THEN_ZE = fastre.compile(r"^(?P<name>[\p{Han}A-Za-z][\p{Han}A-Za-z0-9·]{1,7}?)(?<![准原规细法守])则")
#: A short name, then a word of intent, aspect or sum, then the measure (世纪数码拟募集资金).
_NAME_THEN_ADVERB = fastre.compile(
    r"^(?P<name>[\p{Han}A-Za-z][\p{Han}A-Za-z0-9·]{1,9}?)(?:拟|将要|遭|(?<![准原规细法守])则|正在|一共|共计|手握|单月实现|当月实现)(?P<rest>\p{Han}{2,16})$"
)
def _plain_name(words: str, lex: "Lexicon") -> bool:
    """Can a short word before 拟/遭/则… be a name: no verb, time or describing word in it?"""
    return not _VERBISH.search(words) and not lex.period_rx.match(words) and not _NOT_OWNER_RX.search(words)


_OWNER_RX = fastre.compile(r"^([\p{Han}A-Za-z][\p{Han}A-Za-z0-9 ]{1,9}?)的([\p{Han}A-Za-z0-9]{2,16})$")
#: Words that make the part before 的 a description, not a name (目前的, 这样的, 主要的).
_NOT_OWNER_RX = fastre.compile(r"^(?:经|取道|通过|来自|前往|参加|参与|开展|从事)|[这那此其各每该本占0-9是在为了将把对从由向到至]|(?<!国)有(?!限|色)|位于|其他|所有|主要|重要|目前|当前|其中|全部|部分|一些|平均|同期|出现|实现|完成|计划|(?:增产|减产|发展|建设|改革|增收|提升|转型|升级|入境|出境|离境|过境|抵达|到达|来华|访华)$|增长|下降|归属|股东|持有人|所有者|相关|^(?:扣除|剔除|不含)|原因|^(?:国内|国外|行业|市场|整体|总体|相关|同比|环比)$")
_BESIDE_WORDS = "旁边|旁|外围|附近|周边|对面"
#: How a figure is computed, before 的 (按照上年不变价计算的电信业务总量): no owner, no part of the measure.
_METHOD_OWNER = fastre.compile(r"(?:计算|核算|测算|折算|换算|调整|調整)$")  # (经季节性调整的失业率)
#: Subjects that are a person by role or a place beside something: 销售人员, 业内人士, 流花湖旁.
_NO_ONE = fastre.compile(rf"(?:人员|人士|负责人|记者|分析师|{_BESIDE_WORDS})$")
#: An owner phrase that is only where something is (流花湖旁的, 项目外围的): no owner, and no part of the measure.
_BESIDE_RX = fastre.compile(rf"(?:{_BESIDE_WORDS}|一带)$")


_DIGITS = fastre.compile(r"[0-9]")
_HAN_CHAR = fastre.compile(r"\p{Han}")
_LATIN_OWNER = fastre.compile(r"(?i)(?!top)[A-Za-z]")
_DESCRIPTOR_RX = fastre.compile(r"^(?:做为|作为)?[\p{Han}]{1,6}?(?:大省|强省|大市|强市|大县|强县|之乡|之都)(?:的)?")
#: A firm's description before its name (国内调味品巨头佛山市海天…有限公司, 光伏龙头隆基绿能).
_FIRM_DESCRIPTOR_RX = fastre.compile(
    r"^[\p{Han}]{2,8}?(?:巨头|龙头企业|龙头股|龙头|领军企业|领头羊|白马股|蓝筹股|权重股|概念股"
    r"|(?<!上市|挂牌|母|子|分|控股|归属于)(?:企业|公司|厂商)(?=[\p{Han}A-Za-z]{2,6}的))(?=\p{Han}{2})"  # (深圳计算机视觉企业云图智能的…: the kind of firm, then its name)
)


#: Characters before 均 that make it "per …" or "average" (人均, 户均, 日均, 平均), not "all".
_PER_HEAD_CHARS = "人户亩日月年场家平"
_GROUP_ADVERB_RX = fastre.compile(rf"^([\p{{Han}}A-Za-z]{{2,8}}(?:[和与及、][\p{{Han}}A-Za-z]{{2,8}})+)(?:都|(?<![{_PER_HEAD_CHARS}])均|也都|同样)")
_PLACES_GROUP_RX = fastre.compile(r"^([\p{Han}]{2,5}(?:[、和与及][\p{Han}]{2,5})+)(?:两地|三地|四地|等地|两省|三省|等省|两市|三市|等市|两区|两县)")


#: A share's whole named before its part: 新车销量中 + 新能源 (占比).
_WHOLE_THEN_PART = fastre.compile(r"^.{2,}?[中里内](?:的)?(?P<part>[^中里内]{2,})$")
_SHARE_OF_WHOLE = fastre.compile(r"[中里内](?:的)?(?:占比|比重|所占比重|所占份额|份额|占)$")
_GDP_SECTOR = fastre.compile(r"第[一二三]产业")
#: A sector of the economy, as a measure's phrase opens with it: 第二产业, 二产, 三产业.
_SECTOR_LEAD = fastre.compile(r"第?[一二三]产(?:业)?")
#: A sector's share of the economy, named without 占: 第三产业比重, 第二产业增加值比重.
_SECTOR_SHARE = fastre.compile(rf"(?P<part>{_GDP_SECTOR.pattern}(?:增加值)?)(?P<m>比重|占比|所占比重)")


#: A class word before the item it introduces: 主要产品聚乙烯, 主营业务光伏组件.
_PRODUCT_HEAD = fastre.compile(r"^(?:主要|主导|主营|核心|重点)(?:产品|业务|品种)(?=\p{Han}{2,})")
#: A verb of achieving opening a measure's phrase (完成铁路基建投资): no part of what is measured.
_DEED_LEAD = fastre.compile(r"^(?:累计|共|合计)?(?:完成|实现)")
#: A verb of achieving right before a figure, no measure between (完成63亿元C轮融资).
_DEED_ONLY = fastre.compile(r"(?:完成|实现|获得|取得|签下|签订|签约)$")
#: A verb granting, receiving or signing for an amount, then words only qualifying the amount
#: (给予最高, 签订约, 带着价值): what follows the amount and its 的 is what is measured.
_GRANT_END = fastre.compile(r"(?:给予|提供|发放|获得|取得|签订|签下|拿下|带着|有份|争取|安排)了?(?:最高|最多|约|近|超过|价值|总价值)?$")
#: A phrase split by 实现/完成 (石油制品类商品实现零售额): the one who achieved, then the measure.
_DEED_SPLIT = fastre.compile(r"(?P<s>[\p{Han}A-Za-z0-9·](?:[\p{Han}A-Za-z0-9·]|、(?=\p{Han})){1,20}?)(?:累计|共|合计|共计|全年|当年|已|均|分别)?(?:实现|完成)(?P<m>[\p{Han}A-Za-z]{2,12})")


#: Words showing what follows a segment is no measure of its own: a share of it (在移动业务收入中占比
#: 66%: the segment's income is the whole) or a relation to another (对…, 向…).
_SEGMENT_NOT_MEASURE = fastre.compile(r"[中占在对向从与和及]")
#: Words no segment's name holds: a share's verb (占主要业务的营收: the whole, not whose), a place
#: or relation word.
_SEGMENT_NOT_NAME = fastre.compile(r"^[在对向从较比于]|[占中]")


@_memo_by_phrase
def _segment_split(metric: str, lex: Lexicon) -> tuple[str, str] | None:
    """``游戏业务单季营收`` -> (游戏业务, 单季营收): a business segment named with its measure is
    whose figure it is; None unless the words after it name a measure, and for 业务 run straight
    into 收入 or 总量 (煤炭业务收入, 电信业务总量: one measure's name)."""
    sm = lex.segment_rx.fullmatch(metric)
    if not sm:
        return None
    m = sm.group("m")
    if not lex.measure_word_rx.search(m) or _VERBISH.search(m) or _SEGMENT_NOT_MEASURE.search(m) or lex.period_rx.search(sm.group("seg")) or _SEGMENT_NOT_NAME.search(sm.group("seg")):
        return None
    if not sm.group("de") and sm.group("seg").endswith("业务") and m in ("收入", "总量", "收入规模"):
        return None
    return sm.group("seg"), m


#: A name, 共 ("in all"), then a deed that is itself the measure: 基本型乘用车共交易, 车龄在3年以内的车型共交易.
_TOTAL_SPLIT = fastre.compile(
    r"(?P<s>[\p{Han}A-Za-z0-9·\-]{2,16}?)(?<![公一总])共(?![享同建识赢计有])(?P<m>(?:交易|销售|接待|发送|运送|成交|签约|生产|出口|进口)\p{Han}{0,6})"
)


@_memo_by_phrase
def _deed_split(metric: str, lex: Lexicon) -> tuple[str, str] | None:
    """``石油制品类商品实现零售额`` -> (石油制品类商品, 零售额): a segment, product or trade that
    achieved a measure, and the measure (``""`` for no one when only link words come before
    the verb); None unless the words after 实现/完成 name a measure."""
    dv = _DEED_SPLIT.fullmatch(metric)
    if not dv:
        return None
    who = _strip_links(_PRODUCT_HEAD.sub("", dv.group("s")), lex)  # (主要产品聚乙烯实现销量: the product is whose)
    tail = next((pm for pm in lex.period_rx.finditer(who) if pm.end() == len(who) and pm.start() >= 2), None)
    if tail is not None:
        who = _strip_links(who[: tail.start()], lex)  # (ToC业务上半年实现营业收入: the time is no part of the name)
    if not (lex.measure_word_rx.search(dv.group("m")) and not _VERBISH.search(dv.group("m")) and "占" not in dv.group("m")):
        return None
    if not who:
        return "", dv.group("m")  # (累计实现净利润: link words and the verb, then the measure)
    if len(who) >= 2 and not _NOT_OWNER_RX.search(who) and not lex.period_rx.search(who):
        return who, dv.group("m")
    return None


#: A bulletin's lead-in phrase run into the clause after it, its punctuation lost (粮食总产和
#: 单产再创新高全区粮食总产量): the whole-area word starts the clause (not 占全区, 居全省, 高于全市).
_FUSED_HEADING = fastre.compile(
    r"\p{Han}{4,}(?:新高|步伐|增长|提升|提高|加快|向好|稳定|回升|扩大|突破|成效|显著|明显|良好|平稳)(?P<scope>全(?:区|市|省|县|州|国))(?=\p{Han}{2,})"
)


#: What follows a market's name that makes it an index quoted (创业板指报, 创业板指收涨).
_INDEX_QUOTE = fastre.compile(r"指(?:报|收|涨|跌|上涨|下跌|收涨|收跌)\p{Han}{0,2}(?!\p{Han})")


@_memo_by_phrase
def split_subject(np: str, lex: Lexicon) -> tuple[str | None, str]:
    """``全国规模以上工业增加值`` -> (全国, 规模以上工业增加值)."""
    if _SHARE_OF_WHOLE.search(np) or np.startswith("占"):
        # 在全国进出口总值中占比13.3%: 全国 is the whole, not whose share it is (占TOP100企业的: a
        # share opens no name)
        return None, np
    fh = _FUSED_HEADING.search(np)
    if fh:
        np = np[fh.start("scope") :]  # (奶业振兴发展迈出新步伐全区奶牛存栏: a lead-in run into the clause)
    ph = lex.period_head_rx.match(np)
    if ph and ph.end() < len(np):
        np = np[ph.end() :]  # 上半年公司实现营业收入: the period opening the phrase is no part of a name
    ts = _TOP_SET.match(np)
    if ts and len(np) - ts.end() >= 2 and not _VERBISH.match(np, ts.end()):
        return ts.group(), np[ts.end() :]  # TOP10房企拿地金额: the top set owns its figure
    td = _TOP_SET_DEED.match(np, ts.end()) if ts else None
    if td and len(np) - td.end() >= 2 and not _VERBISH.match(np, td.end()):
        return ts.group(), np[td.end() :]  # (TOP100房企实现销售操盘金额: what the set achieved, measured)
    tm = _TOP_ONE.fullmatch(np)
    if tm:
        return tm.group("name"), tm.group("metric")  # 净利润居首的保利达182亿元: the one at the top
    pg = _PEOPLE_GROUP.match(np)
    if pg and len(np) - pg.end() >= 2 and lex.measure_word_rx.search(np, pg.end()) and not _VERBISH.match(np, pg.end()) and not lex.whole_start_rx.match(np):
        return pg.group(), np[pg.end() :]  # 农村居民人均可支配收入, 城镇居民花费: a people group owns its figure
    am_ = _STUDY_ARM.match(np)
    if am_ and len(np) - am_.end() >= 2 and lex.measure_word_rx.search(np, am_.end()) and not _VERBISH.match(np, am_.end()):
        return am_.group(), np[am_.end() :].lstrip("的")  # 服药组心血管事件发生率: a study's arm owns its rate
    gm = _GENERATION.match(np)
    if gm and len(np) - gm.end() >= 2:
        return gm.group(), np[gm.end() :].lstrip("的")  # 00后占比约71%: a generation is a people group
    cm = _CONTRIBUTION.fullmatch(np)
    if cm:
        # 第三产业增加值对国内生产总值增长的贡献率: whose contribution it is, to what
        return cm.group("part"), cm.group("measure")
    if lex.whole_start_rx.match(np):
        # 国内生产总值（GDP）: a statistic named as a whole keeps its words; a place opening
        # it (国内) still says whose it is
        rm = lex.region_rx.match(np)
        return (rm.group() if rm else None), np
    ga = _GROUP_ADVERB_RX.match(np)
    if ga and not regex.search(r"[这那此其各每该本]|目前|今年|去年", ga.group(1)):
        return ga.group(1), np[ga.end() :]  # 驰宏锌锗和荣盛发展都…: those named before 都/均
    pl = _PLACES_GROUP_RX.match(np)
    if pl:
        return pl.group(1), np[pl.end() :]  # 江阴、上海两地重废市场报价: the places named as a group
    dm = _DESCRIPTOR_RX.match(np)
    if dm and lex.region_rx.match(np, dm.end()):
        np = np[dm.end() :]  # 水果大省陕西: the place, not its description
    fd = _FIRM_DESCRIPTOR_RX.match(np)
    if fd and (_head_match(np[fd.end() :], lex) or (np[fd.end() - 2 : fd.end()] in ("企业", "公司", "厂商") and _OWNER_RX.match(np[fd.end() :]))):
        np = np[fd.end() :]  # 国内调味品巨头佛山市海天调味食品股份有限公司: the firm, not its description
    de = np.rfind("的")
    if de > 0 and len(np) - de > 4 and lex.region_rx.match(np, de + 1) and not _SCOPE_WORD.match(np, de + 1) and not _BOARD.match(np, de + 1):
        np = np[de + 1 :]  # 一般贸易代表之一的江苏省民营企业进出口: the description ends at 的
    wm = _WORLD_HEAD.match(np)
    if wm and len(np) - wm.end() >= 2 and not _WORLD_SCENE.match(np, wm.end()) and lex.measure_word_rx.search(np, wm.end()):
        return wm.group(), np[wm.end() :]  # 全球粮食进口费用, 世界谷物总产量: the whole world's figure
    m = _head_match(np, lex)
    if not m:
        # 比亚迪4月销量: a short name, then a period, then the metric
        pm = lex.period_rx.search(np, 2)
        if pm and pm.start() <= 8 and pm.end() < len(np) and not _VERBISH.search(np[: pm.start()]) and len(_HAN_CHAR.findall(np, 0, pm.start())) >= 2 and not lex.action_rx.search(np[: pm.start()]):
            return np[: pm.start()], np[pm.end() :]
        # 世纪数码拟募集资金, 工业富联遭净卖出, TOP100房企单月实现全口径销售金额: a short name,
        # then a word of intent, aspect or sum, then what is measured
        na = _NAME_THEN_ADVERB.match(np)
        # (a Latin name is checked without its digits, as split_subject's owners before 的 are)
        if na and _plain_name(_DIGITS.sub("", na.group("name")) if _LATIN_OWNER.match(na.group("name")) else na.group("name"), lex):
            return na.group("name"), na.group("rest")
        # 特斯拉的销量, 宏光MINI EV的2021年销量: a short name owning the measure
        om = _OWNER_RX.match(np)
        owner = om.group(1) if om else ""
        if om and (_BESIDE_RX.search(owner) or _METHOD_OWNER.search(owner)):
            return None, om.group(2)  # (流花湖旁的流花君庭…总价: where, not whose; 按…计算的: how)
        sm = _SUO_VERB.search(owner)
        if sm and sm.start() >= 2:
            owner = owner[: sm.start()]  # 证券经纪业务所形成的手续费收入: whose income it is
        # (a model name may hold digits: NCM811的电池包成本)
        owner_words = _DIGITS.sub("", owner) if _LATIN_OWNER.match(owner) else owner  # (TOP20: a rank set)
        if om and not lex.period_rx.match(owner) and not _NOT_OWNER_RX.search(owner_words) and not lex.set_noun_rx.match(om.group(2)):
            rest = lex.period_head_rx.sub("", om.group(2))
            if len(rest) >= 2:
                return owner, rest
        return None, np
    subj = m.group("subj")
    rest = np[m.end("subj") :]
    if rest.startswith("品牌") and lex.region_rx.fullmatch(subj):
        return None, np  # (中国品牌乘用车销量: the brands' origin, no place owning the figure)
    if _EXAMPLES_END.match(rest) and not lex.region_rx.match(subj):
        # 莱克电气、中核苏阀等13个内资项目: names given as examples of what is counted (places
        # so listed are whose the figures are: 福建、浙江、江西、安徽等4省)
        return None, np
    if rest.startswith("、") and lex.list_head_rx is not None and not lex.region_rx.fullmatch(subj):
        # 强生公司、辉瑞制药、默克制药研发强度: the names listed, then what is measured of each
        hm = lex.list_head_rx.search(rest)
        items = [p for p in _LIST_SEP.split(rest[: hm.start()]) if p] if hm else []
        if items and all(2 <= len(p) <= 8 and not _VERBISH.search(p) for p in items):
            return subj + rest[: hm.start()], rest[hm.start() :]
    if subj == "国内" and _DOMESTIC_MEASURE.match(rest):
        return None, np  # 国内旅游人数, 国内销售量: "domestic" is part of the measure's name, not whose it is
    for k in (2, 3, 4):
        if len(subj) - k >= 2 and lex.whole_start_rx.match(subj[-k:] + rest):
            subj, rest = subj[:-k], subj[-k:] + rest  # (全市地区生产总值: 地区 opens the measure's name)
            break
    pc = _PER_HEAD_END.search(subj) or (_PER_OUTPUT_END.search(subj) if _PER_OUTPUT_OF.match(rest) else None) or _PER_HEAD_IN.search(subj)
    if pc:
        # 人均地区生产总值, 全市人均地区生产总值: per head is part of the measure, not whose it is
        subj, rest = subj[: pc.start()], subj[pc.start() :] + rest
        if len(subj) < 2:
            return None, np
    sw = _SCOPE_NAME.match(subj) if m.group("reporter") else None
    if sw and sw.end() < len(subj):
        subj, rest = sw.group(), subj[sw.end() :] + rest  # (国内汽车累计产量: no firm is called 国内…; the scope is whose)
    if subj in ("中国", "中國") and (fm := lex.country_firm_rx.match(rest)):
        subj, rest = subj + fm.group(), rest[fm.end() :]  # 中国电信的4G用户渗透率: a firm, not the country
    elif lex.region_rx.fullmatch(subj) and (om := _ORG_AFTER_PLACE.match(rest)):
        subj, rest = subj + om.group(), rest[om.end() :]  # 世界银行预计…, 全国总工会: a body, not the place
    elif (
        lex.region_rx.fullmatch(subj) and (fm := _FIRM_AFTER_PLACE.match(rest)) and not _PRODUCT_KIND.fullmatch(fm.group("own"))
        and not _DEED_IN_NAME.search(fm.group("own"))  # (全国保险业实现原保险保费收入: a deed runs through it, no firm)
        and not lex.deed_rx.match(rest)  # (全州建成州级电子商务…: what the place did, no firm)
    ):
        subj, rest = subj + fm.group(), rest[fm.end() :]  # 韩国现代汽车7月销量: a firm named with its country
    if lex.region_rx.fullmatch(subj):
        # 上海、北京人均可支配收入: a list of places is one subject
        while (lm := _REGION_LIST_RX.match(rest)) and (rm := lex.region_rx.match(rest, lm.end())):
            subj, rest = subj + rest[: rm.end()], rest[rm.end() :]
    # a period inside the name belongs to the metric side: 太原市今年计划实施重点项目
    pm = lex.period_rx.search(subj, 2)
    if pm:
        subj, rest = subj[: pm.start()], subj[pm.start() :] + rest
    # a short name runs on up to a period: 中国石化上半年归母净利润 -> 中国石化
    pm = lex.period_rx.search(rest, 1, 5) if not lex.period_rx.match(rest) else None  # (京东集团第二季度: 第 is the period's)
    if (
        pm and pm.start() <= 4 and pm.end() < len(rest) and not m.group("generic")
        and _HAN_RUN.fullmatch(rest[: pm.start()]) and not _VERBISH.search(rest[: pm.start()])
    ):
        subj, rest = subj + rest[: pm.start()], rest[pm.end() :]
    chain = _PLACE_CHAIN.fullmatch(subj)
    if chain and len(chain.captures("seg")) >= 2:
        subj = chain.captures("seg")[-1]  # 怀化市通道县坪坦乡: the innermost place
    if _NO_ONE.search(subj):
        return None, np  # (销售人员介绍, 项目外围: a role or a place beside something, no one's figures)
    if rest == "指" or _INDEX_QUOTE.match(rest):
        return None, np  # (创业板指, 深证成指, 创业板指报: an index's name, no market's measure 指)
    gm = _GRANTED_IN.search(subj)
    if gm and gm.start() >= 2:
        # (该校获批国家自然科学基金项目: who was granted stands before the verb; what, after it)
        subj, rest = subj[: gm.start()], subj[gm.end() :] + rest
    if _NAMES_THEN_DE.match(rest):
        return None, np  # (平安银行、华夏银行的净息差: names listed, then their measure; no one name's)
    return subj, rest


def _share_suffix(parts: list[str]) -> list[str]:
    """Items listed short, the last one with the ending they share (东、中、西部地区; 中、小型企业;
    美容美发、健身游泳类投诉) -> each item with that ending."""
    if len(parts) < 2:
        return parts
    k = len(parts[0])
    last = parts[-1]
    if (
        k <= 4 and all(len(p) == k for p in parts[:-1]) and len(last) > k + 1 and last[k] in _SHARED_ENDING
        and not any(p[-1] == last[k] for p in parts[:-1])
    ):
        return [p + last[k:] for p in parts[:-1]] + [last]
    return parts


#: Characters that open an ending several listed items share (部地区, 型企业, 线城市, 类投诉).
_SHARED_ENDING = frozenset("部型线类级档")


#: A measure's name opening with an extreme or an average and ending in a measure's last
#: character (最高气温, 最大雨强, 平均房价): never a thing's name in parallel with an owner before.
_AGGREGATE_LEAD = fastre.compile(r"(?:最[高低大小多少快慢长短]|平均)\p{Han}{0,4}[温强度速量率价额值数]$")
#: Between a figure and the rank it earns (以2310亿元位居第一): a verb of ranking, nothing else.
_RANK_AFTER_MEANS = fastre.compile(r"\s*(?:的成绩|的规模|的业绩)?(?:位居|位列|排名|排在|居|列)(?:全国|全省|全市|行业|榜单)?(?:的)?\s*")
#: A figure-less clause saying only which way a measure went (人口自然增长率为负, 利润由正转负).
_SIGN_SAID = fastre.compile(r"(?P<m>\p{Han}{2,12}?)(?:为负|为正|转负|转正|由正转负|由负转正|出现负增长|为负增长)")
#: Nothing but a link before a figure: 为, 是, 达.
_LINK_ONLY = fastre.compile(r"\s*(?:为|是|达到?|约为?)?\s*")
#: Comparison bases listed before 分别 (同比、环比分别下降0.2%和0.1%), after the measure they are of.
_BASE_WORDS = r"同比|环比|比上年|比上月|比去年"
_BASE_WORD = fastre.compile(_BASE_WORDS)
_BASE_LIST = fastre.compile(rf"(?P<m>[\p{{Han}}A-Za-z0-9]{{1,16}}?)(?P<bases>(?:{_BASE_WORDS})(?:[、和及与](?:{_BASE_WORDS}))+)\s*$")
#: A character that goes on a word into a longer noun (研究 + 生 = 研究生, 研究所, 研究员): a known name
#: right before it is the head of another word, not the name.
_NOUN_GOES_ON = fastre.compile(r"[生员所院会者馆站厂室系组部局家]")
#: An arm of a study or trial (服药组, 安慰剂组, 对照组, 试验组, 维生素D组): a group whose figures
#: are its own.
_STUDY_ARM = fastre.compile(r"[\p{Han}A-Za-z0-9]{1,5}?组(?![织成建合件团委])")
#: The unit a price is quoted per, ending the words before it (价格每桶, 突破每盎司): 每 or 一, a
#: unit's one to four characters, and a verb of change or reaching between them and the figure.
_PER_UNIT_END = fastre.compile(r"(?:突破|达到?|为|上涨|下跌|涨|跌)?(?:每|一)\p{Han}{1,3}(?:上涨|下跌|涨|跌)?$")
#: A name alone before a link and its figure, in parallel with an owner before (两居室在).
_PARALLEL_OWNER = fastre.compile(r"(\p{Han}{2,6}?)(?:则|也|仅|一般)?(?:在|为|是|约为|达)")
#: A count of things inside what looked like a name (同类1862只基金): a set counted, no name.
_COUNTED_IN_NAME = fastre.compile(r"[0-9０-９]+(?:只|家|个|支|款|所|座|户|名|位)")
#: Verbs of being granted or chosen inside what looked like a name (该校获批国家自然科学基金).
_GRANTED_IN = fastre.compile(r"获批|获评|入选")
#: The rest of a list of names whose measure follows 的 (、华夏银行的净息差).
_NAMES_THEN_DE = fastre.compile(r"(?:[、和及与][\p{Han}A-Za-z]{2,10}?)+的\p{Han}{2,}")


#: The end of a list of examples (A、B等, A、B等等) before the count of the set they are of.
_EXAMPLES_END = fastre.compile(r"[^，,；;。：:]{0,12}、[^，,；;。：:]{1,40}?等等?(?:$|[0-9两一二三四五六七八九十百千几数多])")
#: The rest of a bracket defining an alias, left at the head of a measure: 以下简称“本集团”).
_ALIAS_LEAD = fastre.compile(r"^(?:[（(]?(?:以下)?(?:简称|下称)[^（()）)]{0,20}|[”’\"」』]?)[）)]")
#: A note in brackets on how a measure is counted: (按可利用客公里计) (what it covers stays: 产量(含食用菌)).
_METRIC_NOTE = fastre.compile(r"[（(](?:按|以)[^（()）)]{0,24}[）)]|[（(]下同[）)]")
#: A per-head or per-unit word ending what looked like a name: 全市人均, 人均.
_PER_HEAD_END = fastre.compile(r"(?:人均|户均|亩均|家均|场均|日均|月均|年均)$")
#: A per-head word opening what looked like a name (人均公园 of 人均公园绿地面积): per head is
#: part of the measure from there on.
_PER_HEAD_IN = fastre.compile(r"(?:人均|户均)(?=\p{Han}{2})")
#: Town and country named alone as the parts of a whole (其中，城市上涨0.2%，农村上涨0.1%).
_TOWN_OR_COUNTRY = fastre.compile(r"城市|农村|城镇|乡村|城区|郊区")
#: 单位 before an output (单位地区生产总值能耗, 全市单位GDP二氧化碳排放): per unit of it, part
#: of the measure; no body named 单位 (成员单位, 用人单位 stay names: nothing of output follows).
_PER_OUTPUT_END = fastre.compile(r"单位$")
_PER_OUTPUT_OF = fastre.compile(r"(?:地区生产总值|国内生产总值|GDP|工业增加值|增加值|面积|产值|建设用地)")
#: A deed's verb: no firm's name runs through one (全国保险业实现原保险…).
_DEED_IN_NAME = fastre.compile(r"实现|完成|累计|共计|达到|合计")
#: A top set of firms or places, named with TOP and its size: TOP10房企, Top 20企业, TOP100城市.
_TOP_SET = fastre.compile(
    r"(?:(?:TOP|Top|top)\s?[0-9]{1,3}|百强|[十百]强|前(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,3})(?:强|名|位)?)"
    r"(?:房企|企业|公司|城市|品牌|车企|银行|券商|基金|险企)"
)
#: Words of doing or summing between a top set and its measure (TOP100房企实现销售操盘金额).
_TOP_SET_DEED = fastre.compile(r"(?:共|合计|累计|共计)?(?:实现|完成)|累计|合计|共计")
#: Words a firm's registered or short name ends with beyond doubt (中兴通讯, 恒大集团); the
#: short-name finder (pipeline) and a firm named after its country share them.
FIRM_END_WORDS = "集团|股份|控股|银行|证券|保险|通讯|通信|科技|药业|制药|地产|置业|实业|矿业|重工"
#: 如 (例如, 比如) introducing an example named after it: 如长江证券增长36.07% (not 如今, 如家酒店).
#: (如剔除金融公司, 如按可比口径: 如 is "if" before a verb)
_EXAMPLE_HEAD = fastre.compile(
    rf"^(?:例如|比如|譬如|诸如|如)(?!剔除|扣除|除去|去掉|不|按|考虑|算上|加上|计入|将|把|以|果|今|此|何|期|实)"
    rf"(?=[\p{{Han}}A-Za-z]{{2,8}}?(?:{FIRM_END_WORDS}|公司|省|市|县|区))"
    r"|^(?:例如|比如|如)(?=今年|去年|前年|明年|上半年|下半年|[一二三四]季度|[0-9]{4}年)"  # (如今年上涨30%多的…: 如 + 今年)
)
#: A firm's name after the place it belongs to (韩国现代汽车, 美国福特汽车预定…): its own
#: words, then a word that ends a firm's name (after a country, also 汽车, 电器, 电子).
_FIRM_AFTER_PLACE = fastre.compile(rf"(?P<own>\p{{Han}}{{1,6}}?)(?:汽车|{FIRM_END_WORDS}|电器|电子)")
#: Words before a place that make it a partner in trade (对美国出口, 向东盟出口), not whose trade it is.
_PARTNER_MARKS = "对向"
#: Words that make "…汽车" a kind of product, not a firm (新能源汽车, 电动汽车), or the name a trade (房地产).
_PRODUCT_KIND = fastre.compile(r"新能源|纯电动|电动|燃油|智能|混动|插混|氢能|国产|进口|合资|自主|品牌|房")
#: Words that make a place the start of a body's name (世界银行, 全国总工会, 亚洲开发银行).
_ORG_AFTER_PLACE = fastre.compile(r"央行|证券|航空|电网|(?:开发)?银行|组织|总工会|工会|协会|联合会|联盟|论坛|大会|基金会|商会|理事会|港(?![口币元股澳台])|都市圈|城市群|经济圈|经济带|经济区")
#: A period listed as a comparison base, written short: 较1-2月, 1-3, 一季度.
_PERIOD_ITEM = fastre.compile(r"(?:较|比|与)?(?:[0-9]{1,2}(?:[-—~至][0-9]{1,2})?(?:月份?)?|[一二三四]季度|上半年|下半年|前三季度)")


def _all_periods(items: list[str], lex: Lexicon) -> bool:
    """Are the listed items all periods (较1-2月、1-3月、1-4月: comparison bases, no one's name)?"""
    return all(_PERIOD_ITEM.fullmatch(it) or lex.period_rx.fullmatch(it.lstrip("较比与")) for it in items)


#: A generation (00后, 90后和85后, 八零后) named as a group of people.
_GENERATION = fastre.compile(r"(?:[0-9]{2}|[零〇一二三四五六七八九]{2})后(?:(?:[、和与及]|以及)(?:[0-9]{2}|[零〇一二三四五六七八九]{2})后)*(?=\p{Han})")
_PLACE_CHAIN = regex.compile(r"(?:(?P<seg>[^市县区省乡镇、和与及]{2,7}?(?<![跨全本各该我])(?:自治区|自治州|市|县|区|省|乡|镇)(?![场民域级内外委属里长政容貌值价房商])))+")


#: A change verb going on to its end value (下降至, 增加到, 减少了): ends a noun phrase.
_CHANGE_TO_RX = fastre.compile(r"(?:恢复|增长|增加|减少|下降|上升|上涨|下跌|下滑|滑落|跌落|回落|提高|降低|扩大|缩小|提升|攀升|跃升|飙升|回升|抬升|萎缩|收缩|缩减|下探)(?:了|至|到|为)")


#: A bound a measure stays within, right before the figure (保持在2亿吨以上, 维持在…以下).
_HELD_AT = fastre.compile(r"(?:保持|维持|稳定|徘徊)(?:在|于)?$")
#: A mark passed right before a figure (首次突破5万亿元, 超过): a threshold, not the level reached.
_MARK_PASSED = fastre.compile(r"(?:突破|超过|超出|超)了?(?:[0-9]{4}年的?)?$")


#: Spaces or a bracketed note between a cue and its figure: 同比增长(下同)4.1%, 增长 4.1%.
_TRAIL_NOTE = fastre.compile(r"(?:\s+|[（(](?:下同|同比|下同，?同比)[）)])+$")
#: A price's closing words, standing alone between its change and the level (下跌1.34%，报收26.59元/股).
_CLOSE_WORDS = "收于|收在|收报|报收|报"
_CLOSED_AT = fastre.compile(rf"(?:收盘)?(?:{_CLOSE_WORDS})")
#: A price named before the word it closed or was quoted at (中间价报179500元/吨).
_PRICE_NOUN = fastre.compile(r"(?:中间|收盘|开盘|结算|成交|现货|出厂|挂牌|报)?价")
_CLOSED_AT_END = fastre.compile(rf"(?:{_CLOSE_WORDS})\s*$")


#: Role rules whose figures' direction is their sign.
_SIGN_RULES = frozenset({"role.signed_change", "role.change_unsigned"})
#: What stands between two dated levels of a change once the periods are taken out: 、2015年的.
_LISTED_LEVEL = fastre.compile(r"\s*[、，,和及与]\s*的?\s*")
#: What stands between a change and the level it reached once the period is taken out:
#: 至, 至的 (增加22.1%至2024年第二季度的175亿元), 至人民币 (a currency word before the amount).
_TO_DATED_LEVEL = fastre.compile(r"\s*(?:至|到)\s*(?:的)?\s*(?:人民币)?\s*")


#: An exchange rate's unit (CNY/USD, MOP/CNY), the base currency before 对人民币, a label before a colon.
_PARITY_UNIT = fastre.compile(r"[A-Z]{3}/[A-Z]{3}")
_PARITY_BASE = fastre.compile(r"[0-9]*(?P<cur>\p{Han}{1,8}?)(?:兑|对)人民币$")
_LABEL_BEFORE = fastre.compile(r"([\p{Han}]{2,12}?)(?:为|是)?[：:]")


def _names_body(noun: str, lex: Lexicon) -> bool:
    """Does ``noun`` end in a subject suffix (企业, 公司, 银行…), so that it names organisations?"""
    return any(m.end() == len(noun) for m in lex.suffix_rx.finditer(noun, max(0, len(noun) - 5), overlapped=True))


#: A bracket opened and not closed: what follows is inside it.
_OPEN_BRACKET = fastre.compile(r"[（(][^）)]*$")
#: Text that closes a bracket: what came before is inside it.
_CLOSED_BEFORE = fastre.compile(r"[^（(）)]*[）)]")


def _in_closed_bracket(norm: str, start: int, end: int, upto: int) -> bool:
    """Does ``norm[start:end]`` stand inside a bracket that closes before ``upto``
    (营收863亿元（上年同期为712亿元），净利润50亿元: 上年同期 for a figure after the bracket)?"""
    return bool(_CLOSED_BEFORE.match(norm, end, upto) and _OPEN_BRACKET.search(norm, 0, start))


#: A name right after a figure and 的, up to punctuation, a number or the end (…1.38亿元的长润食品、).
#: A firm's name after 的, maybe after its description, running on into its clause.
_FIRM_AFTER_DE = fastre.compile(rf"(?:以上|左右|多)?的(?:\p{{Han}}{{2,8}}?(?:巨头|龙头企业|龙头|领军企业|领头羊))?(?P<np>[\p{{Han}}A-Za-z]{{2,8}}?(?:{FIRM_END_WORDS}))")
_NAME_AFTER_DE = fastre.compile(r"(?:以上|左右|多)?的(?P<np>[\p{Han}A-Za-z]{2,10}?)(?=[，。；、：,;！？!?\s（(]|[0-9]|$)")

#: Verbs ending in 为 (认为, 成为, 作为, 称为): their 为 does not end a noun phrase.
_WEI_VERBS = frozenset("认成作称视")


#: Words after a round figure naming it a mark to pass (突破千亿大关, 跌破3000点关口).
_THRESHOLD_WORD = fastre.compile(r"(?:大关|关口|整数关|心理关口)")


#: A name, then a verb of undergoing or receiving, before a figure of what it underwent
#: (QDII遭遇46亿份的净赎回, 秦淮迎来260多万人次的观光).
_UNDERGO_END = fastre.compile(r"(?<=^[\p{Han}A-Za-z0-9]{2,8})(?:也|还|则|再次|再度)?(?:遭遇|遭受|迎来|录得|出现)$")


#: A lead or rank right after the measure a figure is given in (以24.2亿元营收居首, 以152场赛事位居第一).
_RANK_AFTER = fastre.compile(r"(?:继续|依然|依旧|仍然|仍|再次|再度|稳)?(?:位居|位列|排名|排在|排|名列|领跑|领先|居)")
#: A rank verb ending a measure's phrase after its figure (的增速居全省首位; not 居民, 居住).
_RANK_CUT = fastre.compile(r"位居|位列|排名|排在|名列|居(?![民住家室间])")


#: An average or per-head figure of what was counted begins (城市平均, 居民人均).
_AVERAGE_OF = fastre.compile(r"平均|人均|户均")


#: What follows a share in tenths with no 的 when it is a share of those it names next (七成考生,
#: 三成流向…): words, the first no qualifier, up to the clause's end.
_SHARE_OF_WHOM = fastre.compile(r"(?![以左多半上下之即至到或和与及])\p{Han}[\p{Han}A-Za-z“”《》]{1,11}")


#: Nouns after a figure that only call it a figure or a level (的数据, 的水平, 的纪录).
_EMPTY_NOUN = fastre.compile(r"(?:速度|最高峰|高峰|峰值|顶峰|低谷|最高点|最低点|数据|数字|水平|纪录|记录|成绩|佳绩|好成绩|高位|低位|新高|新低|历史新高|历史新低)")


#: A bracket of kinds right after a counted noun: 省(区、市), 县（市、区）.
_POST_NP_BRACKET = fastre.compile(r"[（(][\p{Han}、]{1,8}[）)][区县市镇乡州旗]?")


def _name_before_yi(metric: str, lex: Lexicon) -> str | None:
    """Who leads or pays, named before 以 and a figure with its measure after 的 (万科以1476亿元的
    销售额居首, 《志愿军》以6.9亿元的票房, 南玻A拟以17.88元/股的价格), or None."""
    bn_ = _NAME_BY.fullmatch(metric) if metric.endswith("以") else None
    if not bn_ or (not bn_.group("name").endswith("》") and (lex.period_rx.search(bn_.group("name")) or _VERBISH.search(bn_.group("name")))):
        return None
    who = _PLAN_TAIL.sub("", _by_name(bn_))  # (拟以: the plan word is no part of the name)
    return split_subject(who, lex)[0] or who


@_memo_by_phrase
def _post_np(text: str, lex: Lexicon) -> str:
    """The noun phrase right after a count or measure: 3.5万吨[货物]的."""
    text = _POST_QUAL_RX.sub("", text)
    whole = text
    after_de = text.startswith("的")
    m = _POST_DE_RX.match(text)
    if m:
        text = m.group(1)
    m = _POST_NP_RX.match(text)
    if not m or _THRESHOLD_WORD.match(m.group(0)):
        return ""  # (跌破1000万对大关: the mark passed, not what is counted)
    s = m.group(0)
    em = _EMPTY_NOUN.match(s)
    if em and (em.end() == len(s) or s[em.end() :] in ("后", "时") or _CHANGE_ONLY.fullmatch(s, em.end())):
        # (110760.94亿元的数据, 5%的水平, 创下…的纪录, 以每年减少80万对的速度下降: a word for
        # "figure" or "pace", no measure)
        return ""
    sm = lex.np_stop_rx.search(s)
    while sm and (
        (sm.group() == "及" and s.startswith(("以上", "以下"), sm.end()))  # (337个地级及以上城市: one class)
        or (sm.group() == "为" and s[sm.start() - 1 : sm.start()] in _WEI_VERBS)
        or (sm.group() == "均" and sm.start() > 0 and s[sm.start() - 1] in _PER_HEAD_CHARS)
    ):
        # (87.8%的学生认为作业量明显减少: 认为 is a verb, no stop; 的居民人均收入: 人均 is "per head")
        sm = lex.np_stop_rx.search(s, sm.end() + (2 if sm.group() == "及" else 0))
    if sm:
        s = s[: sm.start()]
    cm = _CHANGE_TO_RX.search(text, 0, len(s) + 3)
    if cm and cm.start() < len(s):
        s = s[: cm.start()]  # 442万人下降至294万人: a change verb is no noun (新房上涨城市 is)
    pm = lex.period_rx.search(s, 2)
    if pm:
        s = s[: pm.start()]  # 42家上市公司上半年归母净利润…: the counted noun ends at a period
    rk = _RANK_CUT.search(s, 2)
    if rk:
        s = s[: rk.start()]  # 以7.6%的增速居全省首位: the measure ends where its rank begins
    if not after_de:
        # 42家公司归母净利润超百亿元, 21个省份增速高于…: ...and where a measure of it begins
        # (not after 的: 5%的经济增速 is the measure itself)
        om = lex.owned_word_rx.search(s, 2) if lex.owned_word_rx is not None else None
        rm = _RATE_WORD_RX.search(s, 2)
        av = _AVERAGE_OF.search(s, 2)  # (41个城市平均优良天数比例: the cities, then their average)
        cut = min((m.start() for m in (om, rm, av) if m), default=None)
        if cut is not None:
            s = s[:cut]
    at = whole.find(s) + len(s) if s and s == m.group(0) else -1
    bm = _POST_NP_BRACKET.match(whole, at) if at > 0 else None
    if bm:
        s += bm.group()  # (20个省(区、市), 14个县（市、区）: the noun's bracketed kinds are part of it)
    return s[:10]


_APPOSITIVE = fastre.compile(r"^(?P<subj>[\p{Han}A-Za-z0-9（）()·]{2,16}?)(?:是|为|系)(?:一家|一个|一所|中国|国内|全国|全球|业内|目前)?[^，。；]{0,40}?(?:公司|企业|集团|厂家|厂商|单位|机构|银行)(?![\p{Han}])")


def _balanced(s: str) -> bool:
    return s.count("“") == s.count("”") and s.count("（") == s.count("）") and s.count("(") == s.count(")")


_REPORT_INSIDE = fastre.compile(r"通报|发布|公布|表示|显示|介绍|统计|监测|获悉|了解到")


#: Measures named with 国内 as their first word (国内旅游人数, 国内销量, 国内市场份额): the domestic
#: part of a whole the text also gives, not the country's own figure.
_DOMESTIC_MEASURE = fastre.compile(r"旅游|游客|销售|销量|市场份额|酒店|航线|增值税|消费税|观众|出货|票房|游戏")
#: Region words that give a scope, not a place (全国所有楼盘, 我省).
_SCOPE_WORD = fastre.compile(r"^(?:全|我|本|各|国内)")
#: Scope words no firm's name starts with: 国内汽车 is 国内's 汽车, not a firm.
_SCOPE_NAME = fastre.compile(r"(?:全国|全省|全市|全区|全县|国内|境内|国外|海外|我国|我省|我市|我区|我县)")


class _Lazy:
    """A list whose items are computed on first access and kept."""

    __slots__ = ("_fn", "_items")
    _UNSET = object()

    def __init__(self, n: int, fn) -> None:
        self._fn = fn
        self._items = [_Lazy._UNSET] * n

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, k: int):
        v = self._items[k]
        if v is _Lazy._UNSET:
            v = self._items[k] = self._fn(k if k >= 0 else len(self._items) + k)
        return v

    def __setitem__(self, k: int, v) -> None:
        self._items[k] = v


@_memo_by_phrase
def _head_match(np: str, lex: Lexicon):
    """``lex.subject_head_rx`` matched at the phrase's start: a clause's head is matched for its
    subject, for a reporter verb and again when split (remembered within the document)."""
    m = lex.subject_head_rx.match(np)
    if m is not None and m.group("reporter") and m.group("reporter").endswith("分别"):
        return None  # (营收分别录得: 分别 ends no name; checked here, a lookbehind in the pattern costs every match)
    return m


#: Verbs of forecast and opinion: who says them speaks of others' figures (shared with the checker).
OPINION_VERBS = "预测|预计|认为|估计|测算"
#: A clause that is only a name and its forecast or opinion (华鑫证券预测, 中金公司分析师认为):
#: a third party speaking, about whatever 公司 the next clause names.
_OPINION_ONLY = fastre.compile(rf"(?:的)?(?:分析师|研究员|研报|报告)?(?:{OPINION_VERBS}|判断|指出|分析)(?:称|指出|认为)?[，,：:]?")


#: A verb of saying right after a name (华为宣布, Facebook表示), not of doing (全省当天共接待).
_REPORT_VERB_AT = fastre.compile(r"(?:拟|将|计划)?(?:宣布|表示|公布|发布|披露|透露|介绍|称)")


#: A clause that is only 在 and a place (在崇礼，…): where the figures after it are; not 在此,
#: 在这方面, 在…中 / 期间.
_LOCATIVE_CLAUSE = fastre.compile(
    r"\s*在(?P<name>(?![此这那其该全各])[\p{Han}]{2,6}?)(?<![中上下内外里前后时间期面方])(?<!看来|领域|层面|背景|情况|基础|过程|阶段|条件)\s*[，,]?\s*"
)


#: A setting: 在…的态势下, 在…的背景下, 在…影响下, 在…的同时; opening a phrase, or a clause of its own.
_SCENE = r"在[^，,。；;]{2,30}?(?:(?:环境|背景|形势|情况|态势|趋势|前提|条件|影响|带动|推动)下|的同时)"
_SCENE_LEAD = fastre.compile(_SCENE)
#: Words of holding or of a share, which no firm's name holds (占其所持公司股份, 所持有的公司).
_HOLDING_NOT_NAME = fastre.compile(r"^占|其|所持|持有")
#: Deeds on a firm's shares or words of saying, which no firm's name holds (接连回购注销公司).
_DEED_NOT_NAME = fastre.compile(r"回购|注销|增持|减持|接连|宣布|表示|计划")
#: A clause that is only a setting (在国内整体汽车市场下滑的大环境下，…).
_CIRCUMSTANCE = fastre.compile(_SCENE + r"\s*[，,]?\s*$")


#: An office, an association or a centre named as the source of the figures (据市商务局监测,
#: 根据中汽协统计): it watches others' figures, it owns none of them.
_OFFICE_AS_SOURCE = fastre.compile(
    r"^\s*(?:另据|据|根据)[\p{Han}A-Za-z]{1,14}?(?:局|厅|委|办|协会|学会|商会|中心|研究院|研究所|海关|调查队|平台|机构|智库)"
    r"(?:“[^”]{1,12}”)?(?:的)?(?:最新)?(?:监测|统计|测算|调查|数据|显示|了解|介绍|通报|发布|公布)"
)
#: A verb linking a name to the place it holds, run into the name's words by the head reader.
_LINK_IN_HEAD = fastre.compile(r"(?:继续|仍然|仍|依然|再次)?(?:保持|稳居|稳坐|跃居|晋升为|成为)")


#: Adverbs that open a clause and name no one (首先, 主要, 其中, 同时).
_ADVERB_LEAD = fastre.compile(r"首先|其次|主要|其中|同时|此外|另外|尤其|特别|一方面|另一方面|目前|当前|近年来|总体|整体|今年|去年")
#: A share named alone: 占比, 比重, 所占比重, 份额.
_SHARE_WORD = fastre.compile(r"占比|所占比重|比重|所占份额|份额")
#: Words giving one figure to every item listed before it: 上海、北京人均可支配收入均逾2万元.
_SHARED_BY_ALL = fastre.compile(r"均|都|皆|同为|同样")
#: A share of one whole, after 分别 and before the listed figures (分别占全部快递收入的): the
#: measure of each item, as 占外贸总值的65.9% is.
_SHARE_AFTER_EACH = fastre.compile(r"(?:约|均)?(?P<share>占[^，,。；;、0-9０-９]{2,30}?)的?")
#: A share of one whole ending the words before 分别 (增加值占国内生产总值的比重分别为).
_SHARE_BEFORE_EACH = fastre.compile(r"(?P<share>占[^，,。；;、0-9０-９占]{2,30}?的?(?:比重|比例))$")
#: A contribution to a whole, opening the phrase (对经济增长的贡献率): the whole is measured
#: against, it owns nothing.
_TO_WHOLE = fastre.compile(r"对(?P<whole>[^，,。；;对的]{2,20})的?(?:贡献率|贡献度|拉动率)")
#: A change that ends a phrase (利润回升得益于…: a clause saying what changed, not a name).
_CHANGE_ENDING = fastre.compile(r"(?:回升|上升|回落|下滑|上涨|下跌|提升|减少|增加|增多|走高|走低|改善|好转|扭亏|反弹)$")
#: A short name opening a clause, then the reason for what follows (原铝板块受…影响, 特斯拉由于…).
_NAME_THEN_REASON = fastre.compile(
    r"(?P<name>[\p{Han}A-Za-z]{2,8}?)(?:(?:受到|受)[^，,。；;]{1,20}?(?:影响|冲击|拖累|带动|推动|提振)|(?:由于|(?<!原)因为|得益于|受益于)[^，,。；;]{2,})"
)


def _origin_list(np: str, lex: Lexicon) -> bool:
    """Is a phrase goods listed by where they come from (丹麦猪肚、澳洲牛肉, 新西兰奶粉、智利车厘子):
    two or more items, each a place and a short noun after it, none a measure?"""
    parts = np.split("、")
    if len(parts) < 2:
        return False
    for p in parts:
        rm = lex.region_rx.match(p)
        if rm is None or not 1 <= len(p) - rm.end() <= 4 or not _HAN_RUN.fullmatch(p, rm.end()) or lex.measure_word_rx.search(p, rm.end()):
            return False
    return True


@_memo_by_phrase
def _clause_subject(clause: str, lex: Lexicon) -> str | None:
    """A name heading a clause: 全国, 迎泽区, 太重集团..., or X in X是一家...企业."""
    if _CIRCUMSTANCE.search(clause):
        return None  # (在国内整体汽车市场下滑的大环境下，新能源汽车…: the setting, not whose figures follow)
    if _OFFICE_AS_SOURCE.match(clause):
        return None  # (据市商务局监测，…全市实现网络零售额…: the office watching is the source, not the owner)
    lm = _LOCATIVE_CLAUSE.fullmatch(clause)
    if lm and not lex.period_rx.search(lm.group("name")) and not lex.measure_word_rx.search(lm.group("name")):
        return lm.group("name")  # (…介绍，在崇礼，每5人中就有1人…: the place the clause sets)
    dm = _DATELINE_HEAD.match(clause)
    if dm:
        clause = clause[dm.end() :]  # (中国经济网北京6月12日讯 晶丰明源…: the outlet is not whose figures follow)
        if _OFFICE_AS_SOURCE.match(clause):
            return None  # (本报北京10月8日电（记者 林晓）据电影数据平台统计: the source after the dateline)
    cm = _CODED_HEAD.match(clause)
    if cm:
        return cm.group("name")  # 晶丰明源(688368.SH)昨日晚间发布…: a listed company by its stock code
    om = _OWN_REPORT.match(clause)
    if om and om.group("name") not in GENERIC_SUBJECTS and not om.group("name").startswith(("该", "本", "其", "公司")):
        return om.group("name")  # 据翠微股份的中报显示，…: a firm's own report gives its own figures
    lead = _lead_run(clause)
    np = _strip_head(lead, lex)
    if len(lead) > len(np) and lead[len(lead) - len(np) - 1] in _PARTNER_MARKS and lex.region_rx.match(np):
        return None  # 对美国出口增长5%: the place is a partner in trade, not whose trade it is
    am_ = _ANNOUNCES.fullmatch(np)
    if am_ and not lex.pronoun_rx.match(am_.group("name")) and not am_.group("name").startswith(("该", "本", "其", "公司", "相关")):
        return am_.group("name")  # 正邦科技公告，公司4月销售生猪…: the firm announcing its own figures
    rn_ = _NAME_THEN_REASON.match(np)
    if (
        rn_ and not lex.period_rx.search(rn_.group("name")) and not _ends_in_measure(rn_.group("name"), lex)
        and not _VERBISH.search(rn_.group("name")) and not _CHANGE_ENDING.search(rn_.group("name"))
        and not lex.pronoun_rx.match(rn_.group("name"))
        and rn_.group("name") not in GENERIC_SUBJECTS and not rn_.group("name").startswith(("该", "本", "其", "公司"))
        and not _ADVERB_LEAD.fullmatch(rn_.group("name"))
        and not _head_match(np, lex)
    ):
        return rn_.group("name")  # 原铝板块受原燃材料成本上升影响，税前利润…: whose figures the reason is given for
    if _origin_list(np, lex):
        return None  # (丹麦猪肚、澳洲牛肉: where the goods come from, no one's figures)
    m = _head_match(np, lex)
    if m and not m.group("generic") and _balanced(m.group("subj")) and not _NO_ONE.search(m.group("subj")):
        # (华为宣布…, Facebook宣布…: a name right before a reporting verb is the name, the verb no part of it)
        rep = m.group("reporter")
        subj = rep if rep and _REPORT_VERB_AT.match(np, len(rep)) and not lex.period_rx.search(rep) else split_subject(np, lex)[0]
        if subj and _THIRD_PARTY_SPEAKS.match(np, len(subj)):
            return None  # 克而瑞发布数据显示，65家典型房企…: a data provider speaks of others
        if subj and _OFFICE_END.search(subj) and _OFFICE_PUBLISHES.fullmatch(np, len(subj)):
            return None  # 国家能源局11月15日发布10月份全社会用电量等数据: an office publishing others' figures
        if subj and subj == rep and _ends_in_measure(subj, lex):
            return None  # (建成后年产值预计超过200亿元，带动就业…: a measure forecast, not who forecasts)
        lk_ = _LINK_IN_HEAD.search(subj or "")
        if lk_ and lk_.start() >= 2:
            subj = subj[: lk_.start()]  # (东盟继续保持我省第一大贸易伙伴地位: the name before the link)
        rv = _REPORT_INSIDE.search(subj or "")
        if rv:
            # 省商务部门通报我省春节消费市场情况: the reporter is not whose figures follow
            rest = subj[rv.end() :]
            return rest if lex.region_rx.fullmatch(rest) else None
        return subj
    am = _APPOSITIVE.match(np)
    if am:
        return am.group("subj")
    tm = _NAME_THEN_ZE.match(np) if not m else None
    if tm and _plain_name(tm.group("name"), lex) and not lex.measure_word_rx.search(tm.group("name")):
        return tm.group("name")  # (现代起亚汽车则逐渐逼近丰田，上半年销量为319万辆: 则 sets a name against the one before)
    if not m:
        # 三川智慧昨日（1月28日）收盘后发布业绩预告, 金山软件11月19日发布了其…第三季度业绩公告: a
        # short name, a time, then the announcement of its own results
        sub, rest = split_subject(np, lex)
        if (
            sub and len(sub) <= 6 and (lex.announce_rx.search(rest) or _OWN_RESULTS_RELEASE.match(rest))
            and not lex.period_rx.match(sub)
        ):
            return sub
    return None


#: A release of one's own results, its report named a few words after the verb: 发布了其截止
#: 2025年9月30日未经审计的第三季度业绩公告, 公布2023年年度报告.
_OWN_RESULTS_RELEASE = fastre.compile(
    r"(?:发布|公布|披露)了?(?:其|公司|本公司)?[^，,。；;]{0,30}?(?:业绩|年报|年度报告|半年报|半年度报告|季报|季度报告|财报)"
)


#: Whoever publishes the data a clause opens with: 比亚迪公布的数据显示, 据蔚来发布的交付数据.
_DATA_PUBLISHER = fastre.compile(
    r"^\s*(?:另据|据|根据)?(?![另据根])(?P<name>(?:(?![在于向从对将已日])[\p{Han}A-Za-z]){2,10}?)(?:今日|昨日|日前|近日|晚间)?"
    r"(?:发布|公布|披露)(?:了)?(?:的)?[^，,。；]{0,16}?数据(?:显示|称|表明)?"
)


def data_publisher(clause: str, lex: Lexicon) -> str | None:
    """The name that publishes the data ``clause`` opens with (比亚迪公布的数据显示 -> 比亚迪), or None
    for a pronoun, a generic word, a place or a class of things. The data may be about others
    (克而瑞发布数据显示…): a caller asks only when a later 公司 must stand for someone named."""
    m = _DATA_PUBLISHER.match(clause)
    if not m:
        return None
    name = m.group("name")
    if (
        name in GENERIC_SUBJECTS or name.startswith(("该", "本", "其", "公司", "相关")) or lex.pronoun_rx.match(name)
        or lex.region_rx.fullmatch(name) or lex.period_rx.search(name)
    ):
        return None
    return name


def _is_reporter(clause: str, lex: Lexicon) -> bool:
    """Is the clause 'X宣布/公布/表示...' or '据X的中报显示': X then owns the sentence's figures."""
    if _OWN_REPORT.match(clause):
        return True
    np = _strip_head(_lead_run(clause), lex)
    m = _head_match(np, lex)
    rm = _REPORT_RX.match(np, m.end()) if m else None
    # (克而瑞发布数据显示: a data provider speaks of others, 万科公布 of itself)
    return bool(rm and not _THIRD_PARTY_DATA.match(np, rm.end()))


#: What an office's name ends with (国家能源局, 商务部, 市发改委).
_OFFICE_END = fastre.compile(r"(?:局|部|委|厅|署|办|委员会)$")
#: The rest of a clause in which an office publishes data (11月15日发布10月份全社会用电量等数据).
_OFFICE_PUBLISHES = fastre.compile(r"[^，,。；;]{0,12}?(?:发布|公布)了?[^，,。；;]{0,30}?(?:数据|统计数据|统计公报)[，,。；;]?")
_THIRD_PARTY_SPEAKS = fastre.compile(
    r"(?:[（(][^（）()]{1,20}[）)])?(?:最新|近日|日前|今天|今日|昨天|昨日)?(?:发布|公布)?(?:的)?(?:最新)?(?:(?:《[^》]{1,40}》)(?:数据|报告|研报|统计|监测|调查|公报|通报)?|(?:数据|报告|研报|统计|监测|调查|公报|通报))(?:显示|称|指出|表明)"
    # (中国汽车工业协会（简称“中汽协”）披露的5月国内汽车市场的销量数据情况显示: what it published is about others)
    r"|(?:[（(][^（）()]{1,20}[）)])?(?:最新|近日|日前|今天|今日|昨天|昨日)?(?:发布|公布|披露|公开)的[^，。；]{0,24}?(?:数据|报告|统计|监测|调查|公报|通报)(?:情况|结果)?(?:显示|称|指出|表明)"
    r"|(?:发布|公布)的$|(?:发布|公布)(?:了)?关于[^，。；]{1,24}的(?:研报|报告|点评)"
)  # (中煤协发布的《2018煤炭行业发展年度报告》显示: the clause's lead run ends at 《)
_THIRD_PARTY_DATA = fastre.compile(r"(?:的)?(?:关于[^，。；]{1,24}的)?(?:最新)?(?:数据|报告|研报|统计|监测|调查|榜单|排行榜|指数|《)|的$")


def _mask_comparisons(norm: str, lex: Lexicon) -> str:
    """The sentence with comparison bases (比1-3月份, 较上年) blanked: they are not periods."""
    if lex.cmp_period_rx is None:
        return norm
    return lex.cmp_period_rx.sub(lambda m: " " * len(m.group(0)), norm)


_LIST_SEP = fastre.compile(r"、|和|及|与")
#: What follows 等 in a list (…、微软等软件类公司): not an item.
_ETC_TAIL = fastre.compile(r"等.*$")
_CMP_SUFFIX = fastre.compile(r"(?:同比|环比|按年|按月)$")


_LIST_ONLY_SEP = fastre.compile(r"\s*(?:、|和|及|与)\s*")
_FIG_LIST_SEP = fastre.compile(r"\s*(?:、|和|及|与|,|，)\s*")
#: ...and a broker's forecast series, one figure per listed year: 2022-2024年…24.3/27.5/33.9亿元.
_FIG_SERIES_SEP = fastre.compile(_FIG_LIST_SEP.pattern + "|/")


_CHANGE_ONLY = fastre.compile(r"(?:同比|环比|按年|按月|同|环|比上年|较上年)?(?:小幅|大幅|略有|略微|稍有|明显|显著)?(?:增长|下降|增加|减少|提高|降低|上升|上涨|下跌|下滑|回落|增|降|减|涨|跌)(?:了)?")


#: A change verb ending the words before a figure (月度均价环比上涨).
_CHANGE_AT_END = fastre.compile(f"(?:{_CHANGE_ONLY.pattern})$")

_VERB_LED = fastre.compile(r"拉动|带动|高出|高于|低于|快于|慢于|超过|相当于|比|较")


_NAME_THEN_FIGURE = fastre.compile(r"(?:为|是|（|\(|：|:)$")


#: A name ending like a place (昆山市, 相城区, 苏州高新区): in 昆山市30例 it is whose count it is.
_PLACE_NAME_END = fastre.compile(r"(?:市|区|县|镇|乡|省|州|开发区|高新区|新区)$")


#: What may follow the last item of a list and is no part of it: the set they form
#: (棉纺、化纤、服装三大行业; …耀才证券四大券商) or a comparison's base (棉纺、服装较一季度).
_LIST_END_TAIL = fastre.compile(
    r"(?:等\p{Han}{0,8}|[两三四五六七八九十0-9]+(?:个|家|只|所|座|位|大|类|种|项|地|省|市|区|县)\p{Han}{0,4}|(?:较|比)\p{Han}{1,6}"
    # (银行、煤炭板块小幅下跌，跌幅分别为…: the verb the list's clause ends on is no part of its last item)
    r"|(?:小幅|大幅|明显|略有|略微|均|都|齐)?(?:下跌|上涨|走高|走低|回落|回升|下降|上升|增长|减少|增加|收涨|收跌))$"
)


#: The span of time a measure is taken over, written between the last item of a list and the
#: measure (螺纹钢月度均价, 两地年均增速).
_MEASURE_TIME_TAIL = fastre.compile(r"(?:月度|年度|季度|周度|日均|月均|年均)$")
#: A word that opens a measure, written between the last item and the rest of it (华中片区合同销售额).
_MEASURE_LEAD_TAIL = fastre.compile(r"(?:合同|主营业务|营业|经营|累计)$")


#: Nothing but "are" between 分别 and its figures (分别为, 分别达到, 分别是).
_IS_ONLY = fastre.compile(r"(?:为|是|达到?|约为?|约|在)?")
#: A bracketed Latin abbreviation after a measure: 日均房价(ADR), 国内生产总值（GDP）.
_ABBREVIATION = fastre.compile(r"[（(][A-Za-z][A-Za-z0-9/&.\- ]{0,11}[）)]")
#: 在 opening a time inside a metric phrase (增速在2019年…).
_AT_TIME = fastre.compile(r"在(?=[0-9０-９一二三四五六七八九十今去上本前近])")
#: Marks that, alone, make no metric (——“5535家”背后: the quote opens the figure).
_QUOTE_MARKS = "“”\"「」‘’'《》 "
#: A verb of holding a place, right before a rank (…制造业居前三位): no part of what is listed.
_RANK_VERB_TAIL = fastre.compile(r"(?:位居|位列|分列|排名|排在|名列|跻身|进入|居|列)$")
#: Words that make what goes before a 的 a description of a list's items (与人工智能相关的,
#: 涉及民生的), not the name of their owner.
_RELATIVE_LEAD = fastre.compile(r"^(?:与|同|跟|对)|相关|有关|涉及|直接|属于")


#: A one-character item of a list (纱、布、服装和化纤): a Han character that is no function word.
_HAN_ITEM = fastre.compile(r"(?![的了和与及或等各每该此其])\p{Han}")

_ITEMS_SET_WORDS = frozenset({"行业", "产业", "领域", "板块", "类"})


def _drop_tail_period(phrase: str, lex: Lexicon) -> str:
    """``phrase`` without a period ending it (纱、布、服装和化纤产量1-5月份 → …产量): the list
    before 分别 and its measure are read without the time they are stated for."""
    last = _last_match(lex.period_rx, phrase, start=2)
    return phrase[: last.start()] if last is not None and last.end() == len(phrase.rstrip()) else phrase


def _trim_list_end(item: str) -> str:
    m = _LIST_END_TAIL.search(item, 2)
    return item[: m.start()] if m else item


#: A bracketed note holding a list of its own (其他能源(水能、核能、风能等)).
_LISTED_NOTE = fastre.compile(r"[（(][^（）()]{0,40}[、和及][^（）()]{0,40}[）)]")


def _list_items(text: str, lex: Lexicon, count: int = 0) -> tuple[list[str], str] | None:
    """``工业机器人、新能源汽车、服务器产量`` -> (items, head noun), when a list ends in a metric.
    With ``count`` (the figures the list pairs with), a list that has that many items parted by
    、 alone is read so (污水处理及再生利用 is one item of 环保专用设备制造、…、污水处理及再生利用)."""
    np = _CMP_SUFFIX.sub("", _strip_head(_han_tail(text), lex))  # (…上半年销量同比分别下滑)
    if "、" in np and ("(" in np or "（" in np):
        # 煤、油、气、其他能源(水能、核能、风能等)的比重: a note in brackets lists no items of its own
        np = _LISTED_NOTE.sub("", np)
    fr = np.rfind("来自")
    if fr >= 0:
        np = np[fr + 2 :]  # (龙湖来自三角、环渤海…片区合同销售额: the owner before 来自 is no item)
    if lex.list_head_rx is None or "、" not in np and "和" not in np:
        return None
    cm = _CONTRIBUTION.fullmatch(np)
    if cm:
        # 第一、二、三产业增加值对经济增长的贡献率: whose contribution each is, to what
        parts = [p for p in _LIST_SEP.split(cm.group("part")) if p]
        if len(parts) >= 2:
            parts, _ = _expand_ordinals(parts, keep_rest=True)  # (第二产业增加值: the rest stays with each)
        if len(parts) >= 2 and all(2 <= len(p) <= 12 for p in parts):
            return parts, cm.group("measure")
    hm = lex.list_head_rx.search(np)
    if not hm or hm.start() == 0:
        return None
    parts = [p for p in _LIST_SEP.split(np[: hm.start()]) if p]
    listed = np[: hm.start()]
    fb = listed.find("分别")
    if fb > 0 and not _CHANGE_ONLY.fullmatch(hm.group(0)):
        listed = listed[:fb]  # (…现代服务业务分别实现收入: the items end at 分别)
    dun = [p for p in listed.split("、") if p]
    if len(dun) >= 2 and len({p[-1] for p in dun}) == 1 and any(p[-1] != dun[0][-1] for p in _LIST_SEP.split(listed) if p):
        # 仪器仪表制造业、化学原料和化学制品制造业、…制造业增加值: a 和 inside an item whose
        # halves are no items like the others (化学原料) joins, it does not list
        parts = dun
    if count and len(parts) != count and len(dun) == count:
        parts = dun
    de = parts[0].rfind("的")
    if de > 0 and _RELATIVE_LEAD.search(parts[0][:de]):
        parts[0] = parts[0][de + 1 :]  # (与人工智能直接相关的电子专用材料制造、…: a description of the items, no owner)
    if len(parts) < 2 or any(len(p) > 20 for p in parts):
        return None
    head = hm.group(0)
    parts, rest = _expand_ordinals(parts, keep_rest=False)
    head = rest + head  # (…三产业增加值所占比重: what follows the noun is measured for each)
    fb = parts[-1].find("分别")
    if fb > 0 and not _CHANGE_ONLY.fullmatch(hm.group(0)):
        parts[-1] = parts[-1][:fb]  # (金属制品业和纺织行业分别实现增加值: the list ends at 分别)
    pm = lex.period_rx.search(parts[-1], 1)
    if pm and pm.end() == len(parts[-1]):
        parts[-1] = parts[-1][: pm.start()]  # (“自由舰”和“远景”上半年销量: the time is no part of the last name)
    parts[-1] = _trim_list_end(parts[-1])
    tm = _MEASURE_TIME_TAIL.search(parts[-1], 1) or _MEASURE_LEAD_TAIL.search(parts[-1], 1)
    if tm:
        head = tm.group(0) + head  # (铜、铝、螺纹钢月度均价: the span of time is the measure's, not the last item's)
        parts[-1] = parts[-1][: tm.start()]
    de = parts[-1].find("的")
    if de > 0:
        # 橙子、苹果的平均零售价格: what follows 的 is part of what is measured for each
        head = parts[-1][de + 1 :] + head
        parts[-1] = parts[-1][:de]
    rm = lex.region_rx.match(parts[0])
    if rm and 2 <= len(parts[0]) - rm.end() and not any(lex.region_rx.match(p) for p in parts[1:]):
        parts[0] = parts[0][rm.end() :]  # (全市小学、初中、高中在校生: the place is the whole list's, no part of its first item)
    first, last = parts[0], parts[-1]
    for k in range(min(len(first), len(last) - 1), 1, -1):
        at = last.find(first[-k:])
        if at >= 0 and at + k < len(last):
            # 城镇常住居民和农村常住居民人均可支配收入: the last item ends as the first does
            rest = last[at + k :]
            # (电子专用材料制造、集成电路制造行业增加值: the set the items form is no part of the measure)
            head, parts[-1] = ("" if rest in _ITEMS_SET_WORDS else rest) + head, last[: at + k]
            break
    if all(lex.region_rx.fullmatch(p) for p in parts[:-1]):
        # 上海、北京人均可支配收入: places listed, then what is measured for each
        last = lex.region_rx.match(parts[-1])
        if last and last.end() < len(parts[-1]):
            head = parts[-1][last.end() :] + head
            parts[-1] = last.group(0)
    return _share_suffix(parts), head


def _list_before_change(text: str, lex: Lexicon, count: int = 0) -> tuple[list[str], str] | None:
    """:func:`_list_items` of the words before the change verb that ends ``text``, with no
    分别 between (铜、铝、螺纹钢月度均价环比上涨1.65%、8.58%、4.13%), or None."""
    cv = _CHANGE_AT_END.search(text)
    return _list_items(text[: cv.start()], lex, count) if cv else None


def _expand_ordinals(parts: list[str], keep_rest: bool) -> tuple[list[str], str]:
    """第一、二、三产业增加值 written short: the ordinals share the first's 第 and the last's
    noun -> ([第一产业, 第二产业, 第三产业], 增加值), or with ``keep_rest`` what follows the noun
    stays with each item -> ([第一产业增加值, …], ""). Other lists are returned as they are."""
    # (第一、第二和第三产业: each ordinal may keep its own 第)
    mid = [p[1:] if p.startswith("第") else p for p in parts[1:-1]]
    lm = _ELIDED_LAST.fullmatch(parts[-1][1:] if parts[-1].startswith("第") else parts[-1])
    # (一、二产业比重: the sectors of the economy are ordinals even without any 第)
    bare_first = bool(lm and lm.group(2) == "产业" and _CN_DIGIT.fullmatch(parts[0]))
    if not (lm and (_ELIDED_FIRST.fullmatch(parts[0]) or bare_first) and all(_CN_DIGIT.fullmatch(p) for p in mid)):
        return parts, ""
    tail, rest = (lm.group(2) + lm.group(3), "") if keep_rest else (lm.group(2), lm.group(3))
    first = "第" + parts[0] if bare_first else parts[0]
    return [first + tail, *("第" + p + tail for p in mid), "第" + lm.group(1) + tail], rest


#: An ordinal list written short: 第一、二、三产业 (the first item, bare numerals, the last with the noun).
_ELIDED_FIRST = fastre.compile(r"第[一二三四五六七八九十]")
_ELIDED_LAST = fastre.compile(r"([一二三四五六七八九十])(产业|季度|类|级|批|期|档|线)(\p{Han}*)")
_CN_DIGIT = fastre.compile(r"[一二三四五六七八九十]")


_CHANGE_TAIL = fastre.compile(r"(?:(?:同比|环比|按年|按月)(?:变动|变化|增减|增长|增速|增幅|涨幅|降幅)?|变动|变化|增减|增速|增幅|涨幅|降幅)(?:幅度|率)?$")


#: Measures named as a pair (产销: production and sales), and their halves in order.
_PAIRED_HALVES = {"产销量": ("产量", "销量"), "产销": ("产量", "销量"), "收支": ("收入", "支出"), "存贷款": ("存款", "贷款"), "进出港": ("进港", "出港")}
_PAIRED_MEASURE = fastre.compile("(?:" + "|".join(sorted(_PAIRED_HALVES, key=len, reverse=True)) + ")$")
#: Each pair's two halves, once each (产销 and 产销量 are one pair).
_PAIRS_OF_HALVES = tuple(dict.fromkeys(_PAIRED_HALVES.values()))


def _other_half(before: str, metric: str) -> str | None:
    """``metric`` with the thing ``before`` measures, when ``metric`` is one half of a pair
    (产量/销量, 收入/支出), alone or with a rate word, and ``before`` names that thing and the
    other half (新能源汽车产量, 销量增速 -> 新能源汽车销量增速); else None."""
    for a, b in _PAIRS_OF_HALVES:
        for one, other in ((a, b), (b, a)):
            if (
                metric.startswith(one) and (metric == one or metric[len(one) :] in _RATE_WORDS)
                and before.endswith(other) and len(before) - len(other) >= 2
            ):
                return before[: -len(other)] + metric
    return None


#: A plan word ending what stands before 以 (新南洋拟以…): no part of the name.
_PLAN_TAIL = fastre.compile(r"(?:拟|将|欲|准备|计划|已)$")
#: A name standing alone before 以 and its figure (碧桂园以1224亿元次之).
#: A title in book brackets: 《长河落日》.
_TITLE_RX = r"《[^《》]{1,24}》"
_TITLE = fastre.compile(_TITLE_RX)
#: (可以, 得以: no name; 《志愿军》以: a title, also after words telling its kind: 动画电影《熊猫快递》以)
_NAME_BY = fastre.compile(rf"(?P<name>\p{{Han}}{{0,10}}?{_TITLE_RX}|[\p{{Han}}A-Za-z0-9·]{{2,12}})(?<![可所难得予加用足借])以")
#: Titles listed before 分别以 and their figures: 《夜航》和《归乡》分别以.
_TITLES_BY = fastre.compile(rf"{_TITLE_RX}(?:[、和及与]{_TITLE_RX})+分别(?:以|凭借|依靠)")


def _by_name(m) -> str:
    """The name a :data:`_NAME_BY` match holds: a title alone, without the words before it
    telling its kind (战争题材影片《长河落日》 -> 《长河落日》)."""
    name = m.group("name")
    return name[name.index("《") :] if name.endswith("》") else name

#: An equity stake after a percentage: 51%股权, 88.24%的股份 (not 股份有限公司).
_STAKE_AFTER = fastre.compile(r"的?(?P<w>股权|股份)(?!有限|公司|制|合作)")
#: The verbs of holding or trading a stake, last in the phrase before it: 持有, 收购, 拟受让.
_STAKE_VERB = fastre.compile(r"(?:合计|共同|共|间接|直接|累计|分别|仍|还|将|拟)*(?:持有|收购|受让|转让|购买|出售|增持|减持|拥有|认购|出让|挂牌转让|拍卖)(?P<rel>的)?")

_LIST_CUT = fastre.compile(r"[、，,；;]")
_STAKE_ADVERB = fastre.compile(r"(?:则|也|仍|还|已|将|拟|计划|目前|此前)+$")


def _stake_owner(np: str, lex: Lexicon) -> str | None:
    """Whose stake a phrase before ``N%股权`` names: the holder before its verb
    (宏润建设持有上海泰阳绿色能源 -> 宏润建设); in a relative clause the firm the stake is in
    (控股股东持有的泰山玻纤 -> 泰山玻纤); with no verb the phrase itself when it can be a name
    (a listed firm); None when the verb has no holder of its own (the clause's subject stays)."""
    np = _LIST_CUT.split(np)[-1]  # (…100%股权、海尔信息塑胶: the item after the last mark)
    ms = list(_STAKE_VERB.finditer(np))
    if not ms:
        # 海尔模具100%股权、大连精密制品90%股权: a listed firm with its stake
        return np if 2 <= len(np) <= 16 and not _DIGITS.search(np) and not _VERBISH.search(np) else None
    m = ms[-1]
    before = _STAKE_ADVERB.sub("", _PLAN_TAIL.sub("", np[: m.start()]))
    after = _strip_links(np[m.end() :], lex)
    if m.group("rel"):
        return after if len(after) >= 2 else None
    if 2 <= len(before) <= 16 and not _DIGITS.search(before) and not _VERBISH.search(before):
        return before
    return None  # (中国奥园公告，拟收购京汉股份29.99%的股份: the buyer named before owns the stake)


#: A ranking verb ending what is measured of listed names (评级机构家数居前, 销量领先).
_RANKED_TAIL = fastre.compile(r"(?:居前|靠前|领先|居首|最多|最高|最大|较大|较快|较高|较多|排名前列|位居前列|名列前茅|跻身前列)$")
#: Verbs of entering a ranking (跻身前十大重仓股): no measure.
_RANK_MOVE = fastre.compile(r"跻身|进入|位列|位居|跃居|排名|入选|登上|跻入|挤进")
#: Where a list of names starts in a clause: after 为/是/有 (…的两只基金为A和B), or the clause's start.
_NAMES_AFTER = fastre.compile(r"^.*(?:为|是|有|包括|：|:)")
#: A count closing a list of names (A和B两只基金) or opening it (其余三只交易型指数基金A、B和C).
_COUNT_TAIL = fastre.compile(r"(?:等)?[0-9两二三四五六七八九十]+(?:只|家|个|位|款|种|所|支)\p{Han}{0,6}$")
_COUNT_HEAD = fastre.compile(r"^.*?[0-9两二三四五六七八九十]+(?:只|家|个|位|款|种|所|支)")
#: A class noun before the first name (交易型指数基金华夏上证红利ETF): what the names are, not a name.
_CLASS_NOUN = fastre.compile(r"^.*(?:基金|公司|企业|银行|品牌|城市|省份|产品|车型|个股|股票)(?=.{2,})")
_NAME_ITEM = fastre.compile(r"[\p{Han}A-Za-z0-9·（）()]{2,16}")


def _tail_names(clause: str, n: int) -> list[str] | None:
    """The ``n`` names (no measures) a clause ends with, for a 分别 clause after it."""
    text = _NAMES_AFTER.sub("", clause.strip("，,；; "))
    text = _COUNT_TAIL.sub("", text)
    text = _COUNT_HEAD.sub("", text)
    parts = [p for p in _LIST_SEP.split(text) if p]
    joined = False
    if len(parts) != n:
        # (个人文化和娱乐服务、知识产权使用费、电信计算机和信息服务: a 和 inside an item the
        # commas list)
        parts, joined = [p for p in text.split("、") if p], True
    if len(parts) != n or n < 2:
        return None
    parts[0] = _CLASS_NOUN.sub("", _LIST_OPENING.sub("", parts[0]))
    parts[-1] = _RANKED_END.sub("", parts[-1])  # (…电气机械和器材制造业居前三位: the rank is no part of the name)
    if not all(_NAME_ITEM.fullmatch(p) and not _VERBISH.search(_INNER_AND.sub("", p) if joined else p) for p in parts):
        return None
    return parts


#: What opens a list without being its first item (其中黑色金属冶炼和压延加工业、…).
_LIST_OPENING = fastre.compile(r"^(?:其中|包括|尤其是|特别是)")
#: A rank word ending a list (…居前, 位列前): the list's place, not its last item.
_RANKED_END = fastre.compile(r"(?:位?居|位列|排名?|排在)(?:前|后|末)?$")
#: A conjunction inside one item of a list the commas make (个人文化和娱乐服务).
_INNER_AND = fastre.compile(r"(?<=\p{Han}{2})[和与及](?=\p{Han}{2})")


#: Items listed, then what they each give rise to (经营活动、投资活动产生的现金流量净额).
_DEED_OF_EACH = fastre.compile(
    r"(?P<items>\p{Han}{2,8}(?:[、和及与]\p{Han}{2,8})+)(?P<tail>(?:产生|形成|带来|创造|贡献)的\p{Han}{2,10})$"
)


#: An indicator named in Latin capitals (M2, CPI, PPI, PMI, GDP).
_INDICATOR = fastre.compile(r"[A-Z]{1,4}[0-9]?")


#: An industry named as a whole (纺织服装行业, 汽车产业, 白酒板块), which can own the measures listed after it.
_INDUSTRY_OWNER = fastre.compile(r"\p{Han}{2,8}?(?:行业|产业|板块)")


def _listed_measures(text: str, lex: Lexicon, loose: bool = False, owner: list[str] | None = None) -> list[str] | None:
    """``生猪销量、销售收入和销售均价环比变动`` -> [生猪销量, 销售收入, 销售均价]: items that each
    end in a list-head measure word, before a change word all share. With ``loose``, items
    may end in any measure word, Latin abbreviations in brackets are set aside, and a name
    before 的 opening the first item is set aside too (appended to ``owner`` when given)."""
    np = _CHANGE_TAIL.sub("", _strip_head(_han_tail(_ABBREVIATION.sub("", text) if loose else text), lex))
    dm = _DEED_OF_EACH.search(np)
    if dm and _ends_in(lex.measure_word_rx, dm.group("tail")):
        # 经营活动、投资活动、筹资活动产生的现金流量净额: what each item gives rise to is measured,
        # one measure per item (the owner before the first item stays the clause's)
        named, rest = split_subject(np[: dm.start("items")] + dm.group("items"), lex)
        items = [p for p in _LIST_SEP.split(rest if named else dm.group("items")) if p]
        if len(items) >= 2 and all(2 <= len(p) <= 8 for p in items):
            return [p + dm.group("tail") for p in items]
    parts = [p for p in _LIST_SEP.split(np) if p]
    if loose and parts and parts[0].startswith("的"):
        return None  # (沪深主板（非金融）的营收和净利: an owner the Han run cut short)
    de = parts[0].rfind("的") if parts and loose else -1
    if de > 0 and len(parts[0]) - de > 2:
        # (华住中国的日均房价、入住率和…: whose they are is no part of the first)
        if owner is not None:
            owner.append(parts[0][:de])
        parts[0] = parts[0][de + 1 :]
    if len(parts) < 2 or any(len(p) > 10 for p in parts) or lex.list_head_rx is None:
        return None
    latin = any(_INDICATOR.fullmatch(p) for p in parts)
    if not all(
        lex.list_head_rx.search(p) or (loose or latin) and (_ends_in(lex.measure_word_rx, p) or _INDICATOR.fullmatch(p))
        for p in parts
    ):
        return None  # (M2、社会融资规模存量、人民币贷款余额同比分别增长: an indicator's Latin name lists measures)
    rm = lex.region_rx.match(parts[0])
    if rm and len(parts[0]) - rm.end() >= 2 and lex.list_head_rx.search(parts[0], rm.end()):
        parts[0] = parts[0][rm.end() :]  # (北京市PM2.5、PM10…: the place owns them all, it is no part of the first)
    elif rm is None and (im := _INDUSTRY_OWNER.match(parts[0])) and len(parts[0]) - im.end() >= 2 and lex.list_head_rx.match(parts[0], im.end()):
        # (纺织服装行业毛利率、主营业务利润率和净利润率: the industry owns them all)
        if owner is not None:
            owner.append(im.group())
        parts[0] = parts[0][im.end() :]
    return parts


def _owned_measures(np: str, lex: Lexicon) -> tuple[list[str] | None, str | None]:
    """``西部证券营业收入和净利润`` -> ([营业收入, 净利润], 西部证券): the measures a phrase lists
    after the name it opens with (or none), and that name."""
    owner, rest = split_subject(np, lex)
    measures = _listed_measures(rest if owner else np, lex)
    return measures, owner if measures is not None else None


def _last_match(rx: regex.Pattern, s: str, end: int | None = None, start: int = 0):
    """The last match of ``rx`` in ``s`` (from ``start``, up to ``end``), or None."""
    m = None
    for m in rx.finditer(s, start, len(s) if end is None else end):
        pass
    return m


#: A clause that is only a name and 为 (…，居民医保为70.0%; 上海家化则为41.58%).
_ELLIPTIC_PARALLEL = fastre.compile(r"(?P<name>[\p{Han}A-Za-z]{2,8}?)(?:则|也|亦)?(?:为|是)")
#: Adverbs and links that make a clause's words no name (分别为, 合计为, 仅为).
_NOT_A_NAME_WORD = fastre.compile(r"分别|[均都仍还已约共达占只仅又再更将按即并总合]")


def _bare_name(np: str, lex: Lexicon) -> bool:
    """Is a figure's phrase a bare name (蔚来汽车, 集成电路), with no measure, verb or time in it?"""
    return (
        2 <= len(np) <= 12 and not _DIGITS.search(np) and not _VERBISH.search(np)
        # (a trade's name may hold a measure's character: 金融业, 房地产业)
        and not (lex.measure_word_rx.search(np) and not (3 <= len(np) <= 6 and "、" not in np and _ends_in(lex.industry_rx, np)))
        and not lex.list_head_rx.search(np) and not lex.money_cue_rx.search(np)
        and not lex.people_cue_rx.search(np) and not lex.action_rx.search(np) and not lex.period_rx.search(np)
        and not lex.whole_start_rx.search(np) and not _CHANGE_ONLY.search(np) and np not in _RATE_WORDS
    )


def _ends_in(rx: regex.Pattern, s: str) -> bool:
    """Does a match of ``rx`` end ``s``?"""
    return any(m.end() == len(s) for m in rx.finditer(s))


#: A listed item ending like a level or a flow (生猪存栏数, 出口额, 销售均价): a measure, when
#: what follows 分别 is only a change verb (…及能繁母猪存栏数分别小幅下降4.7%、下降1.6%).
_MEASURE_SUFFIX = fastre.compile(r"(?<=[\p{Han}]{2})(?:数|量|额|率|值|价|价格|指数)$")


def _ends_in_measure(name: str, lex: Lexicon) -> bool:
    """Does ``name`` end in a measure's head word (年产值, 全年销量, GDP增速), so it names what is
    measured rather than who speaks or owns?"""
    if lex.list_head_rx is None:
        return False
    return any(hm.end() == len(name) for hm in lex.list_head_rx.finditer(name))


def _names_a_measure(item: str, lex: Lexicon) -> bool:
    """Is a listed item itself a measure (营业收入, 净利润, 出口额), not a segment?"""
    hm = lex.list_head_rx.search(item) if lex.list_head_rx is not None else None
    return bool(
        (hm and hm.start() == 0)
        or (lex.owned_word_rx is not None and lex.owned_word_rx.fullmatch(item))
        or lex.whole_rx.search(item)
    )


def _group_metric(metric: str, lex: Lexicon) -> tuple[str, str] | None:
    """``亚马逊、谷歌、微软等软件类公司研发强度`` -> (the listed group, the measure), when the
    metric opens with a list of two or more short names and ends in a known measure."""
    hm = lex.list_head_rx.search(metric) if lex.list_head_rx is not None else None
    if not hm or hm.start() == 0:
        return None
    head = hm.group(0)
    group = metric[: hm.start()]
    while (hm2 := lex.list_head_rx.search(group)) and hm2.start() > 0 and "、" in group[: hm2.start()]:
        head, group = hm2.group(0) + head, group[: hm2.start()]  # (…三川智慧净利润增幅: 净利润增幅 is measured)
    group = group.rstrip("的")
    group = group[group.rfind("的", 0, max(group.find("、"), 0)) + 1 :]  # (电子行业中的英特尔、高通…)
    group = _GROUP_LEAD.sub("", group).strip("、")
    if group.endswith("分别"):
        return None  # (集成电路、笔记本电脑…分别: figures paired with the items, not one group)
    parts = [p for p in _LIST_SEP.split(_ETC_TAIL.sub("", group)) if p]
    goods = lex.goods_rx.search(group) or any(p.endswith(("品", "物", "料")) for p in parts)
    if len(parts) < 2 or any(len(p) > 12 for p in parts) or lex.period_rx.search(group) or goods:
        return None  # (goods listed stay in the measure: 金属矿砂、农产品和能源类大宗商品进口)
    if lex.compound_rx.fullmatch(group) and not (lex.owned_rx is not None and lex.owned_rx.search(head)):
        # 信息传输、软件和信息技术服务业投资: one industry's name, and what is invested in it is
        # measured (its 增加值 is its own: 电力、热力、燃气及水生产和供应业增加值 splits)
        return None
    return group, head


_GROUP_LEAD = fastre.compile(r"^(?:仅有|仅|只有|包括|其中|如|像)")


def first_period(text: str, lex: Lexicon) -> tuple[int, int] | None:
    """The span of the first period named in ``text``, adjacent ones joined (今年1至10月,
    2025年末), or None."""
    pm = lex.period_rx.search(text)
    while pm is not None and _bound_level_end(text, pm) is not None:
        pm = lex.period_rx.search(text, pm.end())  # (由2023年同期的93亿元: dates that level alone)
    if pm is None:
        return None
    if _DAY_AFTER.match(text, pm.end()) or _DAY_END.search(pm.group()):
        # 7月9日，中汽协公布的数据显示，今年1至6月份…: a day is when it was said, the
        # period after it what the figures cover
        later = lex.period_rx.search(text, pm.end() + 1)
        if later is not None:
            pm = later
    return pm.start(), _periods_end(text, pm.end(), lex)


#: The rest of a period bound to one level of a change: 由2023年[同期的]143亿元.
#: (由去年同期下降5.0%转为增长21.5%: the turn's start dated by its own period)
#: Change verbs after which a period and its level belong together (shared with factx.check).
_LEVEL_CHANGE_VERBS = "下降|增长|减少|增加|上涨|下跌|上升|回落|下滑|提高|降低"
_BOUND_PERIOD_END = fastre.compile(rf"(?:同期|末|底|年末|年底)?(?:的|(?:{_LEVEL_CHANGE_VERBS})(?:了)?)")


def _bound_level_end(text: str, pm) -> int | None:
    """Where the phrase ends when period match ``pm`` dates one level of a change (由2023年同期的,
    至2024年第二季度的), else None."""
    if pm.start() == 0 or text[pm.start() - 1] not in "由从至到":
        return None
    bm = _BOUND_PERIOD_END.match(text, pm.end())
    return bm.end() if bm else None


#: A day right after a period (7月 + 9日), and a period ending in its day (3月28日晚): when
#: something was said, not what the figures cover.
_DAY_AFTER = fastre.compile(r"[0-9０-９一二三四五六七八九十]{1,3}[日号]")
_DAY_END = fastre.compile(r"[0-9０-９一二三四五六七八九十]{1,3}[日号](?:晚间|晚|早间|上午|下午)?$")


#: A period that only points back to one named before it (当月: that month).
_SELF_PERIOD = fastre.compile(r"当月|当季度|当季|当年|当日|当天|当期|同月|同日")


#: Words of a plan right before a period (预计2026年底投产): the plan's date, not when the
#: figures before it hold.
_PLAN_OPENS = fastre.compile(r"(?:预计|计划|力争|争取|有望|预期|将于|拟于|将在|拟在)(?:于|在|到)?\s*$")
#: A qualifier word that is a verb of falling below a mark (跌破, 跌穿, 击穿): it bounds the figure
#: (less than) and tells its role (a level fallen to).
_FALL_BELOW = fastre.compile(r"(?:跌破|跌穿|击穿)(?:了)?")
#: A measure that is a rate or a share, whose parts each have their own level (落实率, 比重).
_RATE_END = fastre.compile(r"(?:率|比重|占比)$")
#: What a period names when a target follows it (全年4500万人次的目标, 全年目标任务).
_TARGET_AFTER = fastre.compile(r"[^，。；,;]{0,16}?(?:目标|计划|任务|预算)")
#: Words opening a part or a contrast right before a period (其中10月单月, 而去年): that
#: period is the part's, not the figures before it.
_PART_OPENS = fastre.compile(r"(?:其中|而|但|但是|不过|另外|此外)[，,：:]?\s*$")


def _period_before(norm: str, pos: int, lex: Lexicon) -> str | None:
    """The last period named before ``pos`` in the sentence (adjacent ones joined)."""
    best = None
    for pm in lex.period_rx.finditer(norm, 0, pos):
        if _in_closed_bracket(norm, pm.start(), pm.end(), pos):
            continue  # (营收863亿元（上年同期为712亿元），净利润50亿元: the bracket's period stays inside it)
        bound = _bound_level_end(norm, pm)
        if bound is not None and norm[bound:pos].strip():
            continue  # (由2023年同期的143亿元…至…: that period dates that level alone, not what follows)
        st_ = _SAME_TIME_LAST_YEAR.match(norm, pm.start())
        if st_ and _DIGITS.search(norm, st_.end(), pos):
            continue  # (上年同期为10.86亿元，同比增长18.44%: the base's period dates the base alone)
        if best is not None and _SELF_PERIOD.fullmatch(pm.group()):
            continue  # (6月规上工业增加值当月增速: 当月 is the month named before it)
        if best is not None and (pm.start() == best[1] or (pm.start() == best[1] + 1 and _SPAN_TO.fullmatch(norm, best[1], pm.start()))):
            best = (best[0], pm.end())  # (2013年至今年8月: both ends)
        else:
            best = (pm.start(), pm.end())
    if best is not None and (now := _up_to_now(norm, best[1])) <= pos:
        best = (best[0], now)  # (2013年至今: up to now)
    return norm[best[0] : best[1]] if best else None


def _lead_run(s: str) -> str:
    s = s.strip()
    if s[:1] in "“\"" and s.count(s[0]) % 2 == 1 if s else False:
        s = s[1:]  # a quotation opening the clause: “沂南县作为…，现已获得…
    m = _LEAD_RX.match(s)
    return m.group(0) if m else ""


def attribute_sentence(
    sentence: str,
    figures: list[NumberMention],
    rules: RuleSet,
    *,
    lex: Lexicon | None = None,
    carry_subject: str | None = None,
    carry_period: str | None = None,
    article_subject: str | None = None,
    known_names: frozenset[str] = frozenset(),
    carry_metric: str = "",
    carry_values: tuple[tuple[str, str | None], ...] = (),
    in_breakdown: bool = False,
) -> list[Attribution]:
    """Role, direction, metric, subject and period of each figure (sentence offsets).

    The subject is, in this order: a name at the head of the figure's own metric phrase;
    the subject of an earlier figure of the sentence; a name heading the sentence; the
    paragraph's last subject (``carry_subject``); the article's (``article_subject``).
    ``carry_values`` are the (metric, subject) of the levels of the sentence before, when
    this one goes on after its semicolon (a 分别 list may pair with them); ``in_breakdown``
    says that sentence listed parts after 其中, so this one goes on listing them.
    """
    lex = lex or _default_lexicon()
    # 依次 ("in that order") pairs a list with its figures as 分别 does (same length: offsets hold)
    norm = normalize_numeric(sentence).replace("依次", "分别")
    spans = clause_spans(sentence)
    role_index = rules.role_index()
    role_rules = role_index.rules
    out: list[Attribution] = []
    sent_subject: str | None = None
    # (…同比增长3.9%；两年平均增长4.4%: a sentence after a semicolon goes on with its measure)
    last_metric = carry_metric
    scope_noun = None  # the noun of the last count a place is held among (在全国31个省份中)
    last_base_metric = carry_metric
    last_level_metric = carry_metric  # the last measure of a figure not in % (no share: 占全省 measures no 亿件)
    unit_metric: dict[str, str] = {}  # the last measure of a figure in each unit
    last_stock_metric = ""  # the measure of the last level a change in this sentence reached
    count_claim: tuple[int, str | None, int] | None = None
    claim = 0
    prev: tuple[NumberMention, Attribution, int] | None = None
    pnorm = _mask_comparisons(norm, lex)
    for g in figures:
        if g.kind == "duration":  # (回收期不到10年: a length of time stated is no period)
            pnorm = pnorm[: g.start] + " " * (g.end - g.start) + pnorm[g.end :]
    origin: tuple[str, str, str | None] | None = None  # (place, product, subject) of a price by origin
    known_rx = _known_rx(known_names) if known_names else None
    known_heads = _Lazy(len(spans), lambda k: _known_head(known_rx, norm[spans[k][0] : spans[k][1]], lex))
    fp = first_period(pnorm, lex)
    period = norm[fp[0] : fp[1]] if fp else carry_period
    # 从X来看 opening the sentence: X is the measure of the figures that follow
    first_lead = _lead_run(norm[spans[0][0] : spans[0][1]]) if spans else ""
    fm = _TOPIC_FRAME.match(first_lead) if spans else None
    frame_metric = _strip_links(fm.group(1), lex) if fm and len(spans) > 1 else ""
    # 各行政等级公路里程分别为：国道17.34万公里、省道31.21万公里: a measure, then named parts
    # with their figures
    colon_frames = [(cm_.end(), _EACH_KIND.sub("", cm_.group("m"))) for cm_ in _COLON_FRAME.finditer(norm)]
    # 净利润方面，甲公司为15.3亿元，乙公司仅为4.7亿元: the side of things a clause opens on is the
    # measure of the figures after it that name none of their own
    sm_ = _SIDE_FRAME.fullmatch(first_lead) if len(spans) > 1 and not fm else None
    side_metric = _strip_links(sm_.group(1), lex) if sm_ else ""
    # (computed on demand: most clauses of a long sentence are never asked about)
    heads = _Lazy(len(spans), lambda k: _clause_head(norm[spans[k][0] : spans[k][1]], lex))
    reporters = _Lazy(len(spans), lambda k: heads[k] if heads[k] and _is_reporter(norm[spans[k][0] : spans[k][1]], lex) else None)

    enum_measure: str | None = None  # the measure of the whole that 其中 breaks down
    clause_np_end: dict[int, int] = {}
    clause_own_metric: dict[int, bool] = {}  # whether a clause's phrase named its figures' own measure over a 分别 list's
    respectively: list[tuple[str, str | None]] | None = None
    respectively_index: dict[int, int] = {}
    respectively_listed = False
    # the clause of each figure
    fig_clause = [next((i for i, (a, b) in enumerate(spans) if a <= g.start < b), len(spans) - 1) for g in figures]
    aside_saved: str | None = None  # the measure named before an aside in brackets began
    for f, ci in zip(figures, fig_clause):
        cs, ce = spans[ci]
        left = qualified_start(f)
        # (…增长16.8%(其中内地至香港和澳门地区航线为46.6万吨…);国际航线完成249万吨: an aside in
        # brackets names no measure for what follows it)
        if _OPEN_BRACKET.search(norm, max(0, f.start - 60), f.start) is not None:
            if aside_saved is None:
                aside_saved = last_metric
        elif aside_saved is not None:
            last_metric, aside_saved = aside_saved, None
        right = f.qualifier_end if f.qualifier_end is not None and f.qualifier_end > f.end else f.end
        local_start = cs
        same_clause_prev = prev is not None and prev[2] == ci
        if same_clause_prev:
            pq = prev[0]
            local_start = max(cs, pq.qualifier_end if pq.qualifier_end and pq.qualifier_end > pq.end else pq.end)
        pre = norm[local_start:left]
        post = norm[right:ce]
        # a period named later in the sentence dates this figure too (营收863亿元 上半年),
        # unless it is the period of a comparison level (盈利22.64亿元，上年同期亏损6.37亿元)
        later = period if fp is None or fp[0] < left or not _SAME_TIME_LAST_YEAR.match(pnorm, fp[0]) else carry_period
        if fp is not None and fp[0] >= right and _PART_OPENS.search(pnorm, max(0, fp[0] - 4), fp[0]):
            later = carry_period  # (…3302万标准箱，增长9.1%，其中10月单月…: the part's period is its own)
        if fp is not None and fp[0] >= right and _PAST_YEAR_LEVEL.match(pnorm, fp[0]):
            later = carry_period  # (年均浓度为37.9微克/立方米，上年为42.6微克/立方米: the year before's level, not this one's period)
        if fp is not None and fp[0] >= right and (
            _PLAN_OPENS.search(pnorm, max(0, fp[0] - 6), fp[0]) or _TARGET_AFTER.match(pnorm, fp[1])
        ):
            # (拟投资不超过30亿元…，预计2026年底投产: when the plan ends, not when the figures hold;
            # 累计完成4796.3万人次，提前突破全年4500万人次的目标: the target's period, not theirs)
            later = carry_period
        if fp is not None and (
            (fp[0] >= right and _OPEN_BRACKET.search(norm, right, fp[0]))
            or (fp[1] <= left and _in_closed_bracket(norm, fp[0], fp[1], left))
        ):
            # 结算均价为12,988元/平方米（2017年为11,765元/平方米）, 营收863亿元（上年同期为712亿元），
            # 净利润50亿元: a period in brackets dates what is inside them, not the figures around
            later = carry_period
        a = Attribution(period=_period_before(pnorm, left, lex) or later)
        segment = False
        restated = None  # the attribution of the amount this one restates in another currency
        in_clause = [g for g in figures if cs <= g.start < ce] if not same_clause_prev else []
        # 加工贸易和保税物流进出口10293亿元和3544.9亿元，同增1.9%和38.4%: a list of figures
        # answering a list of items pairs in order even without 分别
        implicit = (
            len(in_clause) >= 2 and "分别" not in norm[cs:left]
            and all(_FIG_LIST_SEP.fullmatch(norm[x.end : y.start]) for x, y in zip(in_clause, in_clause[1:]))
        )
        if implicit:
            lead = _strip_links(_han_tail(norm[cs:left]), lex)
            imp_text = _strip_links(norm[cs:left], lex)
            imp_listed = _list_items(imp_text, lex) or _list_before_change(imp_text, lex)  # (…价格为2.52元、3.22元)
            earlier_n = sum(1 for o in out if o.role == "value")
            implicit = bool(imp_listed and len(imp_listed[0]) == len(in_clause)) or (
                len(lead) <= 2 and earlier_n >= len(in_clause) and respectively_listed
            )
            if (
                not implicit and ci > 0 and (not lead or _CHANGE_ONLY.fullmatch(lead))
                and not any(spans[ci - 1][0] <= g.start < spans[ci - 1][1] for g in figures)
            ):
                # 早籼米、晚籼米、精面粉价格与上周保持不变，为2.52元、3.22元、2.77元: the items
                # listed by the figure-less clause before, one per figure (or the measures it
                # lists: 西部证券营业收入和净利润双降，同比下降2.77%和12.53%)
                np_prev = _clause_np(norm[spans[ci - 1][0] : spans[ci - 1][1]], lex)
                pl = _list_items(np_prev, lex) if not lead else None
                implicit = bool(pl and len(pl[0]) == len(in_clause))
                if not implicit and np_prev:
                    pm_ = _owned_measures(np_prev, lex)[0]
                    implicit = bool(pm_ and len(pm_) == len(in_clause))
            if not implicit and ci > 0 and (not lead or _CHANGE_ONLY.fullmatch(lead)) and len(out) >= len(in_clause):
                # 完成货物吞吐量20.2亿吨、集装箱吞吐量1367万标箱，同比增长1.0%、6.0%: as many
                # levels of as many measures listed in the clause before, one change each
                pa, pb = spans[ci - 1]
                levels = [g for g in figures if pa <= g.start < pb]
                last = out[-len(in_clause) :]
                implicit = (
                    len(levels) == len(in_clause) and all(o.role == "value" for o in last)
                    and (
                        (len({o.metric for o in last}) == len(last) and all(o.metric for o in last))
                        # (万科、保利的销售额分别为6300亿元、5000亿元，同比增长12%、15%: as many owners)
                        or (len({o.subject for o in last}) == len(last) and all(o.subject for o in last))
                    )
                )
        if in_clause and len(in_clause) >= 2 and not implicit and "分别" not in norm[cs:left] and f is in_clause[0]:
            # 珠三角和环渤海以1545亿元和1406亿元分列第三、第四位: places, then as many figures
            # listed one after another (no 分别): one place each
            run = in_clause[: _joined_run(norm, in_clause)]
            yi = _PLACES_BY.fullmatch(_han_tail(norm[cs:left]))
            parts = [p_ for p_ in _LIST_SEP.split(yi.group(1)) if p_] if yi else []
            if len(run) >= 2 and len(parts) == len(run) and all(lex.region_rx.fullmatch(p_) for p_ in parts):
                respectively, respectively_listed = [(None, p_) for p_ in parts], True
                respectively_index = {id(g): i for i, g in enumerate(run)}
        if ("分别" in norm[cs:left] or implicit) and not same_clause_prev:
            prev_measures, prev_owner = None, None
            cut_at = norm.find("分别", cs)
            if cut_at < 0 or cut_at > left:
                cut_at = left
            # the clause's words before 分别, and whether they name a measure of its own (增速,
            # 归母净利润; not a change verb or a bare rate word)
            own_head = _strip_links(_han_tail(norm[cs:cut_at]), lex)
            own_measure = len(own_head) >= 2 and not _CHANGE_ONLY.fullmatch(own_head) and own_head not in _RATE_WORDS
            own_words = _strip_links(_drop_tail_period(norm[cs:cut_at], lex), lex)
            listed = _list_items(own_words, lex, len(in_clause))
            if listed is None and implicit:
                listed = _list_before_change(own_words, lex, len(in_clause))
            if listed is None and ci > 0 and cs - spans[ci - 1][0] > 2 and not _PAIRED_MEASURE.search(own_head):
                # (not …，其中轿车产销同比分别下降14.1%和13.6%: the pair of measures takes the figures)
                # 上海、北京人均可支配收入均逾2万元，分别为22663元和20630元: the list opens the clause before
                pa, pb = spans[ci - 1]
                first = next((g.start for g in figures if pa <= g.start < pb), pb)
                np_ = _clause_np(norm[pa:pb], lex) if first == pb else ""  # (…价格保持不变，分别为: up to the verb)
                own_figures = first < pb and not _SHARED_BY_ALL.search(norm, pa, first) and sum(o.role == "value" for o in out) >= len(in_clause)
                # (not 来自网络游戏及其他业务的收入为8.98亿元，分别占总收入的63%和37%: a clause with a figure
                # of its own lists no items for the next; its figure and those before are paired)
                listed = None if own_figures else _list_items(np_ or _strip_links(norm[pa:first].rstrip("，,"), lex), lex, len(in_clause))
                if listed is None and np_ and first == pb and "的" in norm[pa:pb]:
                    # 牛腱子肉、牛腩的平均零售价格，分别为…: the items stand before the 的 that the
                    # measure's own phrase was cut at
                    listed = _list_items(_strip_links(norm[pa:pb].rstrip("，,"), lex), lex, len(in_clause))
                if listed is None and np_ and first == pb:
                    # 西部证券营业收入和净利润双降，同比下降2.77%和12.53%: the measures the clause
                    # before lists, in order, after the name they open with
                    prev_measures, prev_owner = _owned_measures(np_, lex)
                if listed and own_measure:
                    # …，两年平均增速分别为7.3%、12.1% (but …制造业增加值实现正增长，增速分别为: the
                    # rate of the measure the list names)
                    listed = (listed[0], own_head)
                if listed is None and norm.startswith("分别", cut_at) and cut_at - cs <= 1 and not own_figures:
                    # 长春高新、恒瑞医药、迈瑞医疗跻身前十大重仓股，分别有473只、600只、345只基金…:
                    # the names opening the clause before, one per figure
                    np_ = _strip_head(norm[pa:pb].strip("，, "), lex)
                    lm = _NAME_LIST_HEAD.match(np_)
                    items = [p_ for p_ in _LIST_SEP.split(lm.group(1)) if p_] if lm else []
                    if len(items) >= 2 and len(items[-1]) > len(items[-2]):
                        items[-1] = items[-1][: len(items[-2])]  # (the last name runs into its verb: 迈瑞医疗跻身)
                    if len(items) == len(in_clause) >= 2:
                        # (…、厦门钨业评级机构家数居前，分别达到18家…: what follows the names is measured)
                        after = np_.find(items[-1], lm.start(1) + len(lm.group(1)) - len(items[-1]) - 6)
                        rest = _RANKED_TAIL.sub("", np_[after + len(items[-1]) :]) if after >= 0 else ""
                        if not lex.action_rx.match(rest) and not _RANK_MOVE.match(rest):
                            # (西安、兰州两个铁路局集团公司增幅较大: the set they form is no part of the measure)
                            rest = _CLASS_NOUN.sub("", _COUNT_HEAD.sub("", rest))
                        keep = len(rest) >= 2 and not _VERBISH.search(rest) and not lex.action_rx.match(rest) and not _RANK_MOVE.match(rest)
                        listed = (items, rest if keep else "")
            prev_tail = spans[ci - 1][0] + len(norm[spans[ci - 1][0] : spans[ci - 1][1]].rstrip("，,；; ")) if ci > 0 else 0
            # (…、电气机械和器材制造业居前三位，分别增长: the place the names hold ends their clause)
            held = next((g for g in figures if ci > 0 and g.kind == "rank" and spans[ci - 1][0] <= g.start and g.end >= prev_tail), None)
            prev_text = norm[spans[ci - 1][0] : held.start] if held is not None else norm[spans[ci - 1][0] : spans[ci - 1][1]] if ci > 0 else ""
            if held is not None and _RANK_VERB_TAIL.search(prev_text):
                prev_text = _RANK_VERB_TAIL.sub("", prev_text)
            else:
                held = None
            if (
                listed is None and ci > 0 and in_clause and (fb_at := norm.find("分别", cs, in_clause[0].start)) >= 0
                and not _PAIRED_MEASURE.search(own_head)
                and not _LIST_SEP.search(_strip_head(_han_tail(norm[cs:fb_at]), lex))  # (商品汽车、冷链物流分别…: the clause lists its own)
                and not any(spans[ci - 1][0] <= g.start < spans[ci - 1][1] and g.end >= prev_tail and g is not held for g in figures)
            ):
                # 涨幅最大的两只基金为中邮核心优选和国投瑞银瑞福进取，分别上涨31.23%和30.85%: the
                # names ending the clause before, one per figure (not its figures: 营收分别为10亿元、
                # 12亿元，净利润分别为…)
                items = _tail_names(prev_text if held is not None else norm[spans[ci - 1][0] : spans[ci - 1][1]], len(in_clause))
                if items:
                    items[-1] = _trim_list_end(items[-1])  # (银行、煤炭板块小幅下跌: no verb in the last name)
                    listed = (items, own_head if len(own_head) >= 2 else "")
            if listed and any(_all_periods([it], lex) for it in listed[0]):
                # (1-5月较1-2月、1-3月、1-4月分别下降1.8、1.45和0.4个百分点: bases, not owners; 增速与上月
                # 持平，分别较…回落: a comparison, not a list)
                listed = None
            earlier = [(o.metric, o.subject) for o in out if o.role == "value"]
            if len(earlier) < len(in_clause) and len({sj for _, sj in carry_values}) > 1:
                # (平安银行、华夏银行的营收分别为1006.68亿元、648.81亿元；归母净利润分别为…: the
                # owners of the levels before the semicolon, one each)
                earlier = [*carry_values, *earlier]
            places = names_by = None
            if listed is None:
                # 湖北、安徽和上海分别以10804.66亿元、10347.7亿元和10010.25亿元: places, no metric head
                head_subj, _ = split_subject(_strip_head(_han_tail(norm[cs:cut_at]), lex), lex)
                if head_subj and lex.region_rx.match(head_subj):
                    parts = [p for p in _LIST_SEP.split(head_subj) if p]
                    if len(parts) == len(in_clause) >= 2 and all(lex.region_rx.fullmatch(p) for p in parts):
                        places = parts
                if places is None and _BY_AMOUNTS.match(norm, cut_at):
                    # 万科、中海地产分别以2310亿元和2150亿元位列第二、第三: short names, one per
                    # figure, ranked by the measure named before
                    parts = [p for p in _LIST_SEP.split(_strip_head(_han_tail(norm[cs:cut_at]), lex)) if p]
                    n_run = _joined_run(norm, in_clause)  # (the amounts listed one after another; the places they hold may follow)
                    if len(parts) == n_run >= 2 and all(
                        _SHORT_NAME.fullmatch(p) and not _VERBISH.search(p) and not lex.period_rx.search(p) for p in parts
                    ):
                        names_by = parts
            bare = None
            if listed is None and not places and cut_at < left and norm.startswith("分别", cut_at):
                # 集成电路、笔记本电脑、太阳能电池分别出口1000亿元、800亿元和400亿元: items, then
                # the measure after 分别
                np0 = _strip_head(_han_tail(norm[cs:cut_at]), lex)
                rm = lex.region_rx.match(np0)
                if rm and rm.end() < len(np0) and not lex.region_rx.fullmatch(np0):
                    np0 = np0[rm.end() :]  # (江苏省集成电路、…: the place stays the sentence's)
                parts = [p for p in _LIST_SEP.split(np0) if p]
                dun = [p for p in np0.split("、") if p]
                if len(parts) != len(in_clause) and len(dun) == len(in_clause):
                    parts = dun  # (…、城轨与城市基础设施业务、…分别实现收入: a 与 inside one item joins, it does not list)
                list_measure = ""
                if parts:
                    parts[-1] = _trim_list_end(parts[-1])
                    de_ = parts[-1].rfind("的")
                    if len(parts) >= 2 and de_ >= 2 and len(parts[-1]) - de_ - 1 >= 2 and all("的" not in p for p in parts[:-1]):
                        # (平安银行、华夏银行的净息差分别为1.79%、1.55%: names listed, then their measure)
                        list_measure, parts[-1] = parts[-1][de_ + 1 :], parts[-1][:de_]
                    fw = _FIRM_WORD_LEAD.match(parts[0])
                    if fw and len(parts[0]) - fw.end() >= 2:
                        parts[0] = parts[0][fw.end() :]  # (公司铁路装备业务、…: the firm owns the list, it is no part of an item)
                    parts = _share_suffix(parts)
                first = in_clause[0].start if in_clause else left
                word = _strip_links(_han_tail(norm[cut_at + 2 : first]), lex)
                if len(word) > 2 and not _CHANGE_ONLY.fullmatch(word):
                    word = _strip_links(_strip_head(word, lex), lex) or word  # (分别实现增加值: the measure, not the verb)
                if list_measure and not word:
                    word = list_measure
                longest = 12 if len(word) >= 2 and not _CHANGE_ONLY.fullmatch(word) and not _VERB_LED.match(word) else 8  # (规上电气机械制造业…分别实现增加值)
                if len(parts) == len(in_clause) >= 2 and all(2 <= len(p) <= longest for p in parts) and len(word) != 1 and not _all_periods(parts, lex):
                    # (分别比上周上涨, 分别同比增长: no measure word; the one named before, if any)
                    bare = [((last_metric if last_metric not in _RATE_WORDS else "") if _CHANGE_ONLY.fullmatch(word) else word, p) for p in parts]
                    if (not word or _CHANGE_ONLY.fullmatch(word)) and all(
                        _names_a_measure(p, lex) or _ends_in(lex.people_cue_rx, p) or _MEASURE_SUFFIX.search(p) for p in parts
                    ):
                        bare = [(p, None) for p in parts]  # (平均日活跃用户和平均月活跃用户分别达到3.95亿及6.92亿: measures)
            pairs: tuple[list[tuple[str | None, str | None]], bool] | None = None  # (metric, subject) per figure; listed?
            # (日均房价、入住率和平均可出租客房收入分别为…: any measure words, when what follows 分别 is
            # only "are"; not …分别占全国总人口数的, …分别覆盖: a share or a deed of each)
            loose = cut_at < left and _IS_ONLY.fullmatch(norm, cut_at + 2, in_clause[0].start if in_clause else left) is not None
            measures_owner: list[str] = []
            measures = _listed_measures(norm[cs:cut_at], lex, owner=measures_owner) if cut_at < left else None
            if measures is None and loose:
                measures = _listed_measures(norm[cs:cut_at], lex, True, measures_owner)
            bl_ = _BASE_LIST.search(norm, cs, cut_at) if cut_at < left else None
            if bl_ is not None and len(_BASE_WORD.findall(bl_.group("bases"))) == len(in_clause) >= 2:
                # 10月CPI同比、环比分别下降0.2%和0.1%: one measure against two bases, in order; the
                # bases are no one's names
                sj_, m_ = split_subject(_strip_links(_strip_head(bl_.group("m"), lex), lex), lex)
                pairs = [(m_, sj_) for _ in in_clause], True
            elif measures is not None and len(measures) == len(in_clause) >= 2 and not places:
                # 生猪销量、销售收入和销售均价环比变动分别为-22.98%、8.93%、29.10%: measures listed
                owner_ = None
                if measures_owner:
                    # (沪深主板（非金融）的营收和净利: the name as written, brackets and all; 今年华住中国的…: no time)
                    named = split_subject(measures_owner[0], lex)[0]
                    owner_ = measures_owner[0] if named and measures_owner[0].startswith(named) else named or measures_owner[0]
                pairs = [(m_, owner_) for m_ in measures], True
            elif listed is None and prev_measures is not None and len(prev_measures) == len(in_clause) >= 2 and not places:
                pairs = [(m_, prev_owner) for m_ in prev_measures], True
            elif places:
                pairs = [(None, item) for item in places], True
            elif names_by:
                pairs = [("", item) for item in names_by], True  # (the names are no measure: the one before holds)
            elif bare:
                pairs = bare, True
            elif listed and len(listed[0]) >= 2 and (len(listed[0]) == len(in_clause) or _start_end_runs(norm, in_clause, len(listed[0]))):
                # 汽车、电气、电子和电力累计增速分别为76.3%、71.9%…: one subject per item (煤、油、气的比重
                # 分别从42.9%、33.8%、5.7%调整为37.9%、29.4%、12.2%: twice over, starts then ends)
                items, head = listed
                items = [_CMP_SUFFIX.sub("", it) for it in items]
                de = items[0].find("的")
                owner = items[0][:de] if de > 0 else None  # (沪深主板（非金融）的营收和净利增幅)
                if owner:
                    items = [items[0][de + 1 :], *items[1:]]
                elif (rm_ := lex.region_rx.match(items[0])) and 2 <= len(items[0]) - rm_.end() and _names_a_measure(items[0][rm_.end() :], lex):
                    owner, items = rm_.group(), [items[0][rm_.end() :], *items[1:]]  # (北京市PM2.5、PM10…: the place owns them all)
                if all(_names_a_measure(it, lex) for it in items) and not _CONTRIBUTION_HEAD.match(head):
                    # 营业收入和净利润同比增速分别为52.36%和92.79%: measures listed, not segments
                    pairs = [(item, owner) for item in items], True
                else:
                    pairs = [(head, item) for item in items], True
            elif len(earlier) >= len(in_clause) >= 2:
                # 接待游客4500万人次，实现旅游收入520亿元，分别增长12.3%和15.6%: pair in order
                pairs = earlier[-len(in_clause):], False
                measures_ = [m_ or "" for m_, _ in pairs[0]]
                if (
                    own_measure and _SHARE_WORD.fullmatch(own_head) and len({sj for _, sj in pairs[0]}) == 1
                    and len(set(measures_)) == len(measures_) and all(len(m_) >= 2 for m_ in measures_)
                ):
                    # (5G手机出货量7750.8万部、上市新机型119款，占比分别为44.2%和46.5%: the share of
                    # each measure before, in order, as 分别占…的 gives it)
                    pairs = [(own_head, m_) for m_, _ in pairs[0]], True
                elif own_measure and _names_a_measure(own_head, lex):
                    # (甲、乙营收分别为…；归母净利润分别为383.39亿元、179.82亿元: a measure of the
                    # clause's own, the owners of the figures before, in order)
                    pairs = [(own_head, sj) for _, sj in pairs[0]], False
            if pairs is not None:
                sh_ = (
                    _SHARE_AFTER_EACH.fullmatch(norm, cut_at + 2, in_clause[0].start)
                    if in_clause and cut_at < in_clause[0].start and norm.startswith("分别", cut_at) else None
                )
                if sh_ is None and pairs[1] and norm.startswith("分别", cut_at):
                    sh_ = _SHARE_BEFORE_EACH.search(norm[cs:cut_at])  # (…增加值占国内生产总值的比重分别为)
                if sh_ is not None:
                    # (…的新增面积分别占总建筑面积的51.8%、25.2%: each item's share of one whole is
                    # measured by the share, as 占外贸总值的65.9% is; items read as measures,
                    # 基础研究、应用研究和试验发展经费占…的比重, are the parts whose shares they are;
                    # so are the figures of the clauses before: 接靠国际邮轮471艘次，接待游客284.7万
                    # 人次，分别约占全国总量的47%和63%)
                    by_item = len({sj for _, sj in pairs[0]}) == 1 and len({m_ for m_, _ in pairs[0]}) == len(pairs[0])
                    pairs = [(sh_.group("share"), m_ if by_item and m_ else sj) for m_, sj in pairs[0]], True
                respectively, respectively_listed = pairs
                respectively_index = {id(g): i for i, g in enumerate(in_clause)}
                n_ = len(respectively)
                if n_ >= 2 and len(in_clause) == 2 * n_ and (names_by or _start_end_runs(norm, in_clause, n_)):
                    # (…分别以2310亿元和2150亿元位列第二、第三: the places held, in the same order; starts
                    # listed, then their ends)
                    respectively_index = {id(g): i % n_ for i, g in enumerate(in_clause)}
            elif respectively is not None and respectively_listed and len(respectively) == len(in_clause) >= 2:
                # …增加值同比分别增长12.3%和10.3%，增速分别比规模以上工业快5.8和3.8个百分点: the
                # items listed before, again in order, each figure with its own measure
                respectively, respectively_listed = [(None, sj) for _, sj in respectively], False
                respectively_index = {id(g): i for i, g in enumerate(in_clause)}

        # ---- role and direction
        matched = None
        tn_ = _TRAIL_NOTE.search(pre)
        pre_core = pre[: tn_.start()] if tn_ else pre  # (同比增长(下同)4.1%, 增长 4.1%: the cue before a note or spaces)
        if same_clause_prev and prev[1].rule_id == "role.compared_rank":
            pre_core = norm[cs:left]  # (高出第二位的上海800亿元: the comparison's verb stands before the rival's rank)
        if _FALL_BELOW.fullmatch(norm, left, f.start):
            pre_core += norm[left : f.start]  # (跌破1000万对: the bound's word is also the fall the role rules read)
        pre40, post40 = pre_core[-40:], post[:40]
        # (only the rules whose unit fits and whose patterns' needed characters are in the text
        # they see, in order: the others cannot match)
        cand = role_index.candidates(f.unit, pre40, post40)
        while cand:
            low = cand & -cand
            cand ^= low
            r = role_rules[low.bit_length() - 1]
            bm = am = None
            try:
                if r.before is not None:
                    bm = r.before.search(pre40, timeout=RULE_TIMEOUT)
                    if bm is None:
                        continue
                if r.after is not None:
                    am = r.after.search(post40, timeout=RULE_TIMEOUT)
                    if am is None:
                        continue
            except TimeoutError:
                from .errors import RuleError

                raise RuleError(
                    f"pattern took over {RULE_TIMEOUT} s on 40 characters (catastrophic backtracking?)",
                    file=r.file, line=r.line, rule_id=r.id,
                ) from None
            matched = (r, bm if bm is not None else am, bm is not None)
            break
        cue_at = len(pre)
        if matched is not None:
            r, mm, is_before = matched
            a.role = r.spec.role or "value"
            if r.spec.direction == "from_group":
                gd = mm.groupdict()
                a.direction = "up" if gd.get("up") else ("down" if gd.get("down") else None)
            else:
                a.direction = r.spec.direction
            a.rule_id = r.id
            if is_before:
                cue_at = len(pre_core) - len(pre40) + mm.start()
            if r.id == "role.stake_moved" and f.qualifier in ("at_most", "less_than", "at_least"):
                # (…减持公司股份合计不超过1260万股: a bound on a sale is a plan's size, as 拟减持 is, not a
                # holding moved)
                a.role, a.direction = "value", None
        if (
            a.rule_id == "role.difference" and prev is not None and prev[2] >= ci - 1 and prev[1].role in ("value", "after")
            and prev[0].unit == f.unit and f.unit != "pp" and prev[0].value and prev[0].value > 0
            and f.value * 2 >= prev[0].value
        ):
            # 进口成本35680元/吨，高于国内全乳胶报价34400元/吨: a gap would be most of the level
            # it is taken from; a figure that near is the compared measure's own level (not
            # 4820美元/吨，高于FOB近月报价140美元/吨, a gap)
            a.role, a.direction, a.rule_id = "value", None, "role.compared_level"
        # a list continues the previous figure: 分别增长12.3%和10.3%, 快5.8和3.8个百分点
        if same_clause_prev and (pre.strip() in ("至", "到") or _TO_DATED_LEVEL.fullmatch(lex.period_rx.sub("", pre))) and prev[1].role == "delta" and (
            prev[0].unit != f.unit or (prev[0].group is None and prev[0].value and f.value >= 3 * prev[0].value)
        ):
            # 同比增长12.4%至85.6亿元, 上升1%至36% (no range): the level the change reached
            a.role, a.direction, a.rule_id = "after", prev[1].direction, "role.change_reached"
        elif (
            same_clause_prev and prev[1].role == "before" and _TO_LEVEL.fullmatch(pre.strip())
            and f.qualifier == "exact" and prev[0].qualifier == "exact" and prev[0].unit == f.unit
        ):
            # 从3670个到102.3万个, 由2010年的5万元至2020年的8万元: where the change ended
            a.role, a.direction, a.rule_id = "after", None, "role.change_to_bare"
        elif same_clause_prev and (
            pre.strip() in ("和", "、", "及", "与", "或", ",", "，", "至", "到", "~", "-", "—")
            # (同比增长106.9%/13.2%/23.6%: a series written with slashes, one unit)
            or (pre.strip() == "/" and prev[0].unit == f.unit)
            # (三次产业比例由7.3:53.5:39.2调整为7.0:53.7:39.3: the parts of a ratio share its role)
            or (pre in (":", "：") and prev[0].unit == f.unit == "%")
            # (分别增长15.4%10.1%6.5%: a copy that lost the list's commas)
            or (not pre and prev[0].unit == f.unit and not prev[0].text[-1:].isdigit())
            or (prev[1].role in ("before", "after") and _LISTED_LEVEL.fullmatch(lex.period_rx.sub("", pre)))
        ):
            # (从2014年的6.6%、2015年的3.9%跌至…: a dated level listed after the start is one too;
            # 回升到5月份的4.6%、6月份的6.1%: so is one listed after the end)
            a.role, a.direction, a.rule_id = prev[1].role, prev[1].direction, prev[1].rule_id or "list"
            if a.rule_id in _SIGN_RULES or (a.role == "delta" and (prev[0].value < 0 or f.value < 0)):
                a.direction = None  # (环比变动分别为-22.98%、8.93%; 增速分别为1.8%、-3.9%、6.4%: each sign tells its own)
        elif (
            prev is not None and f.kind == prev[0].kind == "money" and prev[0].unit != f.unit
            and _RESTATE_OPEN.fullmatch(norm, prev[0].end, left)
        ):
            # 增长2.1%至人民币231亿元(32亿美元), 运营亏损1.218亿元(约合1710万美元): the amount
            # restated in another currency measures what the amount before does
            a.role, a.direction, a.rule_id = prev[1].role, prev[1].direction, "role.restated"
            restated = prev[1]
        if (
            (a.role == "value" or a.rule_id == "role.growth_after_de") and prev is not None and prev[1].role == "delta" and prev[0].unit == f.unit
            and (
                _COMPARED_RATE.search(norm, max(0, left - 20), left)
                or (prev[1].rule_id == "role.compared_rate" and _NEXT_COMPARED.fullmatch(norm, prev[0].end, left))
                # (两年平均增长7.5%，高于全国同期1.7%的两年平均增速: the rate named after the figure)
                or (_COMPARED_OWNER_BARE.search(norm, max(0, left - 20), left) and _RATE_NAMED_AFTER.match(norm, f.end))
            )
        ):
            # 同比增长3%，高于全国的2.5%: the rate compared with is a change too
            a.role, a.direction, a.rule_id = "delta", prev[1].direction, "role.compared_rate"
        bracket = None  # (the change compared with, the match naming whom) for a rate in brackets
        if a.role == "value" and f.unit in ("%", "pp") and out:
            # the sentence's own change in %, not a compared one's
            base_delta = next(
                (o for o, g in zip(reversed(out), reversed(figures[: len(out)])) if o.role == "delta" and g.unit == "%" and o.rule_id != "role.bracket_compared"),
                None,
            )
            bm_ = _BRACKET_COMPARED.search(norm, max(0, left - 16), left) if base_delta is not None and f.unit == "%" else None
            gm_ = _GAP_AFTER_BRACKETS.search(norm, max(0, left - 40), left) if base_delta is not None and f.unit == "pp" else None
            if bm_:
                # 增长8.4%，比全省(7.7%)和全国(7.0%)…: the rate in brackets is the compared one's change
                a.role, a.direction, a.rule_id = "delta", base_delta.direction, "role.bracket_compared"
                bracket = (base_delta, bm_)
            elif gm_:
                # …(7.0%)分别高0.7、1.4个百分点: how far ahead of them
                a.role, a.direction, a.rule_id = "delta", "up" if gm_.group("up") else "down", "role.higher_than"
        if a.role == "value" and same_clause_prev and prev[1].role == "value" and _BASE_BEFORE.search(norm, max(0, prev[0].start - 3), prev[0].start):
            gp_ = _GAP_AFTER_BASE.fullmatch(pre)
            if gp_:
                # 成本可比30kWh的电池低25%: the figure compared with is the base, this one the gap
                a.role, a.direction, a.rule_id = "delta", "up" if gp_.group("up") else "down", "role.higher_than"
        if a.role == "value" and f.surface_unit == "番":
            a.role, a.direction, a.rule_id = "delta", "up", "role.doubling"  # 翻一番 is a change by itself
        if a.role == "delta" and f.value < 0:
            a.direction = "down"
        if a.role == "delta" and a.direction is None:
            a.direction = "up"

        # ---- metric and subject from the clause prefix, up to the change verb
        own = _strip_links(_han_tail(norm[local_start : local_start + cue_at]).lstrip("、"), lex)
        # (精炼铜251.9万吨、原铝868.6万吨、铅219.7万吨: an item of one character in a list of
        # measured items names its own measure)
        one_char_item = (
            same_clause_prev and len(own) == 1 and norm[local_start : local_start + cue_at] == "、" + own
            and prev[0].unit == f.unit and bool(prev[1].metric) and f.kind in ("measure", "count", "money")
        )
        if same_clause_prev and len(own) < 2 and not one_char_item:
            np_text = norm[cs : clause_np_end.get(ci, cs)]
        else:
            np_text = norm[local_start : local_start + cue_at]
        if ci not in clause_np_end:
            clause_np_end[ci] = local_start + cue_at  # the first figure's phrase ends at its cue
        np_text = _han_tail(np_text).lstrip("、")
        sc_ = _SCENE_LEAD.search(np_text)
        if sc_ and len(np_text) - sc_.end() >= 2:
            np_text = np_text[sc_.end() :]  # (在已然落后的态势下仍然不得不…: the setting names no one)
        np_text = _strip_links(np_text, lex)
        to_whole = _TO_WHOLE.fullmatch(np_text)
        np_text = _strip_head(np_text, lex)
        np_text = _strip_links(np_text, lex)
        tf_ = _TOPIC_FRAME.fullmatch(np_text)
        if tf_:
            np_text = _strip_head(tf_.group(1), lex)  # 从四川省的实际外送电量来看同比下降3.78%: the frame names it
        if to_whole is not None:
            # (对规上工业增速的贡献率: the whole contributed to is part of the measure, no owner)
            subj, metric = None, to_whole.group()
        else:
            subj, metric = split_subject(np_text, lex)
        listed_subj = None  # an owner taken from a list of items (分别), which may be one character
        tt_ = _TITLE_LEAD.match(metric) if subj is None else None
        if tt_ and len(tt_.group("rest")) >= 2 and not _VERBISH.match(tt_.group("rest")) and not _QUOTED_NOT_OWNER.search(tt_.group("rest")):
            subj, metric = tt_.group("title"), tt_.group("rest")  # 《平凡的世界》借阅量: the work named is whose figure it is
        qm_ = _QUOTED_LEAD.match(metric)
        if (
            qm_ and subj is None and len(qm_.group("rest")) >= 2 and not _VERBISH.match(qm_.group("rest"))
            and not _QUOTED_NOT_OWNER.search(qm_.group("rest"))
        ):
            # “00后”五一旅游预订量, “山水工程”累计完成治理: the quoted term is whose figure it is
            subj, metric = qm_.group("term"), _strip_links(_strip_head(qm_.group("rest"), lex), lex)
        ag_ = _AGENT_LEAD.match(metric)
        if ag_ and subj is not None:
            metric = metric[ag_.end() :]  # X有限公司由莱克电气投资15亿元设立: the investor is no part of the measure
        ds_ = _deed_split(metric, lex)
        if ds_ and ds_[0]:
            # 石油制品类商品实现零售额325.31亿元: a segment's figure, not whom the next sentences are about
            subj, metric = ds_
            segment = True
        elif ds_:
            metric = ds_[1]
        elif subj is None and (tm_ := _TOTAL_SPLIT.fullmatch(metric)) and not _VERBISH.search(tm_.group("s")) and not lex.period_rx.search(tm_.group("s")):
            # 基本型乘用车共交易822.20万辆: what did the trading, then the trading in all
            subj, metric = tm_.group("s"), tm_.group("m")
            segment = True
        sg_ = _segment_split(metric, lex) if subj is None or np_text.endswith(metric) else None
        if sg_:
            # 金山软件游戏业务营收下降6%: the segment's figure, not whom the next sentences are about
            subj, metric = sg_
            segment = True
        partner = ""
        if subj and np_text.startswith(subj) and lex.region_rx.fullmatch(subj):
            at = norm.rfind(np_text, 0, local_start + cue_at)
            if at > 0 and norm[at - 1] in _PARTNER_MARKS:
                partner, subj, metric = norm[at - 1], None, np_text  # 对欧盟进出口: a trade partner, not whose trade
        if same_clause_prev and len(own) < 2 and a.role == "after" and prev[1].role == "before" and prev[1].metric:
            # 净利润已从13.3亿元增至10.3亿元: the end of a change measures what its start does
            # (境外收入占比由32.5%提升至38.0%: and is of the part its start is a share of, though
            # a part named for its share is no topic of the figures after it)
            subj, metric = prev[1].subject if prev[1].explicit_subject or subj is None else subj, prev[1].metric
        dm = _DISPOSAL_RX.search(metric)
        if dm:
            metric = metric[dm.end() :]  # 这项成果将操作工效提升30%: the metric is 操作工效
        because = _BECAUSE_HEAD.match(metric)
        if because is not None and "的" in metric[because.end() :]:
            # 主要由于公司平台上…进行的存量房交易的总交易额: a reason; the measure is its last noun
            tail = metric[metric.rfind("的") + 1 :]
            if len(tail) >= 2:
                metric = tail
        elif because is not None and (jm := _last_match(_REASON_JOIN, metric)) is not None and jm.start() > because.end() and len(metric) - jm.end() >= 2:
            # 主要源于氧化铝产量增加及销售价格同比上升39.07%: of the reasons listed, the one the figure measures is the last
            metric = metric[jm.end() :]
        cause = _last_match(_CAUSE_RX, metric)
        if cause is not None and len(metric) - cause.end() >= 2:
            # 因运力投入减少导致收入减少215.11亿元: the cause is no part of what is measured
            a.cause = metric[: cause.start()]
            rest_subj, metric = split_subject(metric[cause.end() :], lex)
            subj = subj or rest_subj
        # (…子公司(以下简称“本集团”)客运运力投入(按可利用客公里计): an alias defined and the way
        # it is counted are notes, no part of what is measured)
        metric = _METRIC_NOTE.sub("", _ALIAS_LEAD.sub("", metric))
        # 江西（6.9%）: a figure in brackets after a name; the bracket is no part of the metric
        metric = partner + _strip_head(_strip_links(metric, lex), lex).strip("的").rstrip("（(").lstrip("（(")
        if left > 0 and norm[left - 1] in "（(" and (bn_ := _IS_NAME_BRACKET.search(norm, max(cs, left - 16), left)) is not None:
            # 就业率最高的学科门类是管理学(93.6%)，其次是工学(93.5%): the name the figure is set after
            # in brackets owns it; the measure is the one named before
            name = bn_.group("name")
            if not _VERBISH.search(name) and not lex.period_rx.search(name) and not lex.measure_word_rx.search(name):
                if name in metric:
                    metric = last_metric or _strip_links(metric[: metric.rfind(name)].rstrip("是"), lex).strip("的")
                subj = name
        if subj is None and _TITLE.fullmatch(metric):
            subj, metric = metric, last_metric  # (《长河落日》8.42亿元领跑: a title names whose figure it is, not what it measures)
        tail = next((pm for pm in lex.period_rx.finditer(metric) if pm.end() == len(metric) and pm.start() >= 2), None)
        if tail is not None:
            metric = _strip_links(metric[: tail.start()], lex)  # 黄洋葱年前: the time is no part of the measure
        mid = next((pm for pm in lex.period_rx.finditer(metric) if pm.start() >= 2 and len(metric) - pm.end() >= 2), None)
        if mid is not None and (_ends_in(lex.industry_rx, metric[: mid.start()]) or _ends_in(lex.firm_end_rx, metric[: mid.start()])):
            # 全国百货业上半年关店25家: the trade or firm before the time owns the figure
            subj, metric = (subj or "") + metric[: mid.start()], _strip_links(_strip_head(metric[mid.end() :], lex), lex)
        how = matched[0].spec.names_metric if matched is not None and cue_at < len(pre) else None
        if how == "object" and matched[1].groupdict().get("obj") and len(_strip_links(matched[1].group("obj"), lex)) >= 2:
            metric = _strip_links(matched[1].group("obj"), lex)  # 减少二氧化碳排放31吨: what is cut is measured
            verb = matched[1].group()[: matched[1].start("obj") - matched[1].start()]
            if subj is None and verb and verb in pre:
                # (央行下调金融机构存款准备金率0.5个百分点: whoever acts stands before the verb, the
                # object's words are none of its name)
                head = _strip_links(_strip_head(_han_tail(pre[: pre.find(verb)]), lex), lex)
                if 2 <= len(head) <= 8 and _bare_name(head, lex) and not lex.period_rx.search(head):
                    subj = head
        elif how == "append" or (how == "when_empty" and not metric and (not subj or matched[0].spec.id == "role.rate_of_change")):
            # 城镇新增就业28.6万人 (append), 涨幅为-10.8% (when_empty): the cue words name the metric
            metric = metric + _LINK_END_RX.sub("", _strip_links(_han_tail(pre[cue_at:]), lex))
        rn_ = _RANK_OF_NAME.match(post) if f.kind == "rank" and subj is None else None
        if rn_ and not _VERBISH.search(rn_.group("name")):
            # 而位列榜单第四位的中海发展，…: the place is the name's after 的; the list, between the
            # rank verb and the figure
            rv_ = list(regex.finditer(_RANK_VERBS, pre))
            subj = rn_.group("name")
            metric = (_strip_links(pre[rv_[-1].end() :], lex) if rv_ else "") or last_metric
        bg_ = _NTH_LARGEST.match(post) if f.kind == "rank" else None
        if bg_:
            # 紫金矿业为其第一大股东, 短视频渠道成为第二大图书销售渠道: the Nth largest of what
            # follows 大; whose place it is, the name before the link
            who = _RANK_OWNER_TAIL.sub("", metric)
            if subj is not None and subj != (bare := _RANK_OWNER_TAIL.sub("", subj)) and len(bare) >= 2:
                subj = bare  # (东盟继续保持我省第一大贸易伙伴地位: 东盟, not 东盟继续保持我省)
            if subj is None and 2 <= len(who) <= 12 and not _VERBISH.search(who) and not lex.period_rx.search(who):
                subj = who
            metric = bg_.group("n")
        elif f.kind == "rank":
            rv = regex.search(_RANK_VERBS, metric)
            among_count = same_clause_prev and prev[0].kind == "count" and _AMONG_AFTER.match(norm, prev[0].end) is not None
            if last_metric and (_RANK_AMONG.search(pre) or (among_count and _RANK_AFTER_FIELD.match(pre))):
                # 在全国民用运输机场中居第十四位, 在全省各市中排名第三: the field ranked among names
                # neither who ranks nor what is ranked; the figure before does
                # (…人均可支配收入7448元，在全国31个省份中居第21位: the owner of the measure ranked,
                # not the count of the field before it)
                ranked = next((o.subject for o in reversed(out) if o.subject and o.metric == last_metric), None)
                subj = sent_subject or ranked or (prev[1].subject if prev is not None else None) or carry_subject or article_subject
                metric = last_metric
            elif rv:
                # 位居全国省级电网第一: what is ranked stands before the verb, or in the last figure
                metric = _strip_links(metric[: rv.start()], lex) or last_metric
            elif (
                subj is not None and not metric and same_clause_prev and prev[0].kind == "rank"
                and lex.region_rx.fullmatch(subj) and norm[prev[0].end : f.start].startswith(("、", "和", "及"))
            ):
                # 位居全省第一、全国前十: the place before a listed rank is where it ranks, not who
                subj, metric = prev[1].subject, prev[1].metric
        if subj is None and lex.owned_rx is not None and not (lex.whole_rx and lex.whole_rx.search(metric)):
            om = lex.owned_rx.search(metric)
            if om and om.start() >= 2 and not _GDP_SECTOR.fullmatch(metric[: om.start()]):
                # (采矿业增加值: the industry owns it; 第一产业增加值 is a part of the region's GDP)
                subj, metric = metric[: om.start()], om.group("m")
                segment = True  # a segment of the whole, not whom the next sentences are about
            elif last_metric and not metric.startswith("占") and (  # (占TOP100企业的: a share, no industry)
                (lex.industry_rx.search(metric) and not lex.action_rx.match(metric))  # (拉动全市规模以上工业: a verb, no industry's name)
                or (_TOWN_OR_COUNTRY.fullmatch(metric) and f.kind != "count")  # (12个城市: the counted noun)
            ):
                # 制造业增长6.9%: an industry named alone takes the metric of the list (其中，城市上涨0.2%，
                # 农村上涨0.1%: town and country too)
                subj, metric = metric, ""
            elif (
                not last_metric and _ends_in(lex.industry_rx, metric) and a.role == "delta"
                and (_bare_name(metric, lex) or lex.compound_rx.fullmatch(metric))  # (批发和零售业: a name holding 和)
            ):
                # 装备制造业增长18.8%: an industry named alone, no measure before it, grows itself
                subj, metric = metric, ""
                segment = True  # (a part of the economy, not whom the next sentences are about)
            elif (
                prev is not None and f.kind != "count" and prev[0].unit == f.unit and prev[1].subject and prev[1].metric
                and prev[1].metric == last_metric and metric != last_metric and 2 <= len(metric) <= 6
                and _bare_name(metric, lex) and not lex.measure_word_rx.search(metric) and not _names_a_measure(metric, lex)
                and not _AGGREGATE_LEAD.fullmatch(metric)  # (平均气温为15℃，最高气温为38℃: a measure of its own)
                and (po_ := _PARALLEL_OWNER.fullmatch(_han_tail(pre))) and po_.group(1) == metric
            ):
                # 普通一居室的出租价格一般在1500元至1700元/月，两居室在1800至2200元/月: a name alone
                # where the figure before had its owner takes that figure's measure
                subj, metric = metric, ""
            elif (
                prev is not None and f.kind != "count" and prev[0].unit == f.unit and prev[1].metric
                and prev[1].metric == last_metric and metric != last_metric and _bare_name(metric, lex)
                and (lex.firm_end_rx.search(metric) or (known_rx is not None and known_rx.fullmatch(metric)))
                and not _AGGREGATE_LEAD.fullmatch(metric)
            ):
                # 特斯拉的股价涨至9倍，蔚来汽车涨至3.5倍: a firm's name alone, no measure of its own,
                # takes the measure of the figure before (a product alone is measured: 西瓜3.58元)
                subj, metric = metric, ""
        post_np = _post_np(post, lex)
        share_of_whom = False
        if post_np and pre.endswith("以") and (dm_ := _DEAL_AFTER.match(post)):
            post_np = dm_.group("m")  # (拟以1.2亿元的价格收购某科技: the price, not the deal's object)
        one_char_noun = f.kind == "count" and len(post_np) == 1 and post[1:2] in ("、", "，", ",", "。", "；", "和", "及", "与", "等", "")
        threshold_of_measure = (
            f.qualifier in ("more_than", "less_than", "at_least", "at_most") and post[:1] == "的" and len(metric) >= 2
            and _ends_in(lex.measure_word_rx, metric)
        )  # (汽车保有量超过300万辆的城市有18个: the bound is on the measure named before it, 保有量)
        if f.kind in ("count", "measure") and post_np and (len(post_np) >= 2 or one_char_noun) and not threshold_of_measure:
            vm = _UNDERGO_END.search(metric) if subj is None and post[:1] == "的" else None
            if vm is not None and not lex.period_rx.search(metric[: vm.start()]) and not _VERBISH.search(metric[: vm.start()]):
                subj = metric[: vm.start()]  # (QDII遭遇46亿份的净赎回: who underwent it, before the verb)
            elif subj is None and f.kind == "count" and _HAS_END.search(pre) and _bare_name(metric, lex) and not lex.set_noun_rx.search(metric) and not _HAS_NOT_NAME.search(metric):
                subj = metric  # 雅砻江中游已有两个水电站开建: who has them, before 有
            elif subj is None and post[:1] == "的":
                subj = _name_before_yi(metric, lex)  # (比亚迪以44.1万辆的销量位居榜首)
            metric = post_np
        elif (
            post[:1] == "的" and post_np and len(post_np) >= 2 and pre.rstrip().endswith("、") and prev is not None and same_clause_prev
            and norm.startswith("的", prev[0].end) and prev[1].metric and prev[1].metric != post_np
            and (_ends_in(lex.measure_word_rx, post_np) or (lex.list_head_rx is not None and _ends_in(lex.list_head_rx, post_np)))
        ):
            # (vivo以512.3万部的出货量、17.0%的份额排名第一: each figure listed names its own measure after its 的)
            metric = post_np
        elif not metric and post_np and len(post_np) >= 2 and post[:1] == "的":
            metric = post_np  # (87.8%的学生认为作业量明显减少: the share is of those named after it)
        elif not metric and f.surface_unit == "成" and (wm_ := _SHARE_OF_WHOM.match(post)):
            # (近七成考生可以上大学, 超八成商品零售实现增长, 三成流向四线城市: so is a share in tenths
            # with no 的, and what those it names do is part of the measure)
            metric, share_of_whom = wm_.group(), True
        elif (
            f.kind == "money" and not metric and post_np and len(post_np) >= 2 and lex.money_cue_rx.search(post_np)
            and _DEED_ONLY.search(pre.rstrip())
        ):
            # 追觅科技完成63亿元C轮融资: what was achieved follows the amount
            metric = post_np
        elif (
            f.kind == "money" and post[:1] == "的" and post_np and 2 <= len(post_np) <= 10 and _GRANT_END.search(pre.rstrip())
            and not _VERBISH.search(post_np)
        ):
            # 对重大项目给予最高2000万元的奖励, 签订约10.6亿元的造船合同: what is granted or signed
            # is measured by the amount, the verb is no measure
            metric = post_np
        elif (
            (not metric or metric.endswith("以")) and post_np and len(post_np) >= 2 and pre.endswith("以")
            and _RANK_AFTER.match(post, len(post_np) + post.startswith("的"))
        ):
            # 梦百合以24.2亿元营收居首: the measure it leads by follows the figure; who leads, before 以
            # (保利发展以2602.3亿元的销售额位居榜首: after its 的 too)
            if metric[:-1] and subj is None:
                subj = split_subject(metric[:-1], lex)[0] or metric[:-1]
            metric = post_np
        elif (
            post[:1] == "的" and post_np and len(post_np) >= 2
            and (
                lex.measure_word_rx.search(post_np[-1:]) or (lex.list_head_rx is not None and _ends_in(lex.list_head_rx, post_np))
                or (a.role == "delta" and _ends_in(lex.measure_word_rx, post_np))  # (压缩了46%的投资规模)
            )
            and not lex.measure_word_rx.search(metric) and not (lex.list_head_rx and lex.list_head_rx.search(metric))
            and f.kind not in ("count", "duration") and not post_np.startswith(("同比", "环比")) and not _VERBISH.search(post_np)
        ):
            # 以61.63%的深幅下跌, 高于全国同期1.7%的两年平均增速: words before the figure naming no
            # measure, the measure is the noun the figure qualifies
            if subj is None:
                subj = _name_before_yi(metric, lex)
            metric = post_np
        elif f.kind == "count" and not post_np and post[:1] in ("、", "和", "及", "与"):
            # 分别有473只、600只、345只基金: counts listed share the noun after the last
            last = f
            for y in figures:
                if y.start >= last.end and y.unit == f.unit and _LIST_ONLY_SEP.fullmatch(norm[last.end : y.start]):
                    last = y
            tail = _post_np(norm[last.end :], lex) if last is not f else ""
            if len(tail) >= 2:
                metric = tail
        if f.unit == "股" and subj is None and (sv_ := _last_match(_STAKE_VERB, metric, len(metric))) is not None and not sv_.group("rel"):
            # 恒宇投资持有公司股份1.68亿股: the shares are the holder's, named before the verb
            holder = _STAKE_ADVERB.sub("", metric[: sv_.start()])
            if 2 <= len(holder) <= 16 and not _DIGITS.search(holder) and not _VERBISH.search(holder) and not lex.period_rx.search(holder):
                subj, metric = holder, metric[sv_.start() :]
        sk_ = _STAKE_AFTER.match(post) if f.unit == "%" else None
        if sk_:
            # 宏润建设持有上海泰阳绿色能源76.07%的股权: a stake; what is measured is the equity, whose
            # it is the holder before the verb, else the firm the stake is in
            metric, subj = sk_.group("w"), _stake_owner(np_text, lex) or subj
        if (
            f.kind == "count" and subj and not metric and not lex.region_rx.fullmatch(subj) and not lex.anaphora_rx.match(subj) and not _PLACE_NAME_END.search(subj)
            and not all(lex.region_rx.fullmatch(p_) for p_ in _LIST_SEP.split(subj) if p_)  # (山东、浙江、河南、陕西超过300家: places, whose count)
        ):
            metric, subj = subj, None  # 其中企业8600余户, 配套企业300余户: the counted noun
            if heads[ci] == metric:
                heads[ci] = reporters[ci] = None  # ...and not whose figures the clause gives
        if same_clause_prev and len(own) < 2 and subj is not None and subj == prev[1].metric:
            subj = prev[1].subject  # 配套企业300余户、3万名产业工人: the list's owner, not its first noun
        elif same_clause_prev and prev[0].kind == "count" and subj is not None and subj == prev[1].metric and not (f.kind != "count" and _names_body(subj, lex)):
            # 监测十个大宗品种鱼的均价是15.95元: the counted set is no owner (but 4家重点监测电商企业销售额:
            # counted companies are)
            subj = prev[1].subject
        bs_ = _BARE_PART_SHARE.fullmatch(metric) if subj is None or subj in GENERIC_SUBJECTS else None
        if (
            bs_ and not lex.period_rx.search(bs_.group("part")) and not _VERBISH.search(bs_.group("part"))
            and not _NOT_A_PART.search(bs_.group("part")) and not lex.pronoun_rx.fullmatch(bs_.group("part"))
        ):
            # 入境旅游人数按照入境方式分，船舶占3.3%，飞机占17.3%: each part owns its share (a place
            # ending the words is the part: 机构中国占)
            rm_ = next((m for m in lex.region_rx.finditer(bs_.group("part")) if m.end() == len(bs_.group("part"))), None)
            subj = rm_.group() if rm_ is not None else bs_.group("part")
        share = metric.find("占")
        if share > 0 and metric[share - 1] == "应":
            share = -1  # 权益持有人应占净亏损: "attributable to", not a share
        if subj and _TOP_SET.fullmatch(subj):
            # 长三角城市群土地市场热度不减，TOP10企业拿地金额共计3397亿元: the top set of the
            # region a clause before names; the region's figure
            rk_ = next((k for k in range(ci - 1, -1, -1) if heads[k] and lex.region_rx.match(heads[k])), None)
            if rk_ is not None:
                subj = heads[rk_]
        outer_subj = subj
        if share > 0 and (
            len(metric) - share > 2
            or metric.endswith("占比") and share >= 2 and not lex.list_head_rx.fullmatch(metric[:share]) and not _SHARE_OF_WHOLE.search(metric)
        ) and (subj is None or subj in GENERIC_SUBJECTS):
            # (锂离子电池储能占比97%: the part before 占比 is whose share it is, as before 占 + the
            # whole; 销量占比 is a measure's share, no part; 在全国进出口总值中占比 names the whole)
            # 研发投入占营业收入的比重: the metric is the 占 phrase, the subject whose share it is
            # (第一产业增加值所占比重: 所 is the share's word, not the name's)
            part = metric[:share].removesuffix("所")
            wp_ = _WHOLE_THEN_PART.match(part) if metric.endswith("占比") else None
            if wp_:
                part = wp_.group("part")  # (新车销量中新能源占比: the whole, then the part)
            if metric.startswith("占有率", share) and part.endswith("市场"):
                part, share = part[:-2], share - 2  # (徐工市场占有率: 市场占有率 is the measure's name)
            subj, metric = part or None, metric[share:]
        if _RESTORED_TO.fullmatch(metric) and last_base_metric and post[:1] != "的":
            # 实现旅游总收入8560亿元，恢复到2019年的105%: a share of the same measure's level then
            metric = last_base_metric
        ss_ = _SECTOR_SHARE.fullmatch(metric)
        if ss_:
            subj, metric = ss_.group("part"), ss_.group("m")  # 第二产业增加值比重为21.28%: the sector's share
        if outer_subj and (lex.region_rx.match(outer_subj) or _MARKET_PART.search(outer_subj)) and norm[cs:left].lstrip("，,、 ").startswith("其中"):
            segment = True  # (…，其中海外地区营业收入增长358.28%: a market, not whom the next sentences are about)
        explicit = outer_subj is not None and outer_subj not in GENERIC_SUBJECTS and not segment
        if f.kind == "count" and outer_subj and lex.set_noun_rx.search(outer_subj[-2:]):
            explicit = False  # 业绩翻倍公司1208家: a counted set is no one whom later figures are about
        share_of_last = False
        if (
            metric.startswith("占") and subj is None and prev is not None and prev[2] == ci - 1 and prev[1].subject
            and prev[1].metric.startswith("占") and prev[0].unit == f.unit == "%" and prev[1].metric != metric
        ):
            # 占其所持股份的45.6%，占公司总股本的12.3%: the same part's share of another whole
            subj = prev[1].subject
        if metric.startswith("占") and last_metric in _RATE_WORDS and subj is None:
            # 地区生产总值1267.24亿元，…增速高于全区1.0个百分点；占全区地区生产总值的比重为51.2%: a
            # rate has no share of a whole; the share is of the last level the sentence gives
            level = next((b for g, b in reversed(list(zip(figures, out))) if b.role == "value" and b.metric and g.kind in ("money", "count", "measure")), None)
            if level is not None:
                last_metric = level.metric
        if metric.startswith("占") and last_metric and subj is None and last_metric != metric and not _VERB_LED.match(last_metric):
            share_of_last = True
            if prev is not None and prev[1].subject and (
                (lex.owned_word_rx is not None and lex.owned_word_rx.fullmatch(last_metric))
                or (lex.list_head_rx.fullmatch(last_metric) and last_metric not in _RATE_WORDS)
                or (len(last_bare := _DEED_LEAD.sub("", last_metric)) >= 2 and last_bare in metric[1:])
                or _TOP_SET.fullmatch(prev[1].subject)  # (TOP10房企拿地总面积…，占TOP100房企拿地面积的38.3%)
                or (prev[0].unit == "股" and prev[1].subject not in GENERIC_SUBJECTS)  # (恒宇投资持有公司股份1.68亿股，占公司总股本的40.02%: the holder's share)
            ):
                # 装备制造业增加值增长7.7%，占…比重达34.6%; 显微镜产品实现收入2.49亿元，占公司营业收入43.23%:
                # the segment's share (东部地区农民工10430万人，…占农民工总量的36.4%: the whole is the
                # measure's total, so the share is the part's)
                subj = prev[1].subject
            else:
                subj = last_metric  # (拉动进出口增长…，占外贸总值的37.5%: a contribution is no part of the whole)
        cm_ = _PAIRED_MEASURE.search(metric)
        paired_whole = ""
        if cm_:
            # 新能源汽车产销分别为48.0万辆和46.4万辆: a paired measure, one half per figure
            twins = [g for g in figures if cs <= g.start < ce and g.unit == f.unit]
            if len(twins) == 2 and "分别" in norm[cs : twins[0].start]:
                paired_whole, metric = metric, metric[: cm_.start()] + _PAIRED_HALVES[cm_.group()][twins.index(f)]
        bm = _NAME_BY.fullmatch(metric) if subj is None else None
        if bm and (bm.group("name").endswith("》") or (
            not lex.period_rx.search(bm.group("name")) and not _VERBISH.search(bm.group("name"))
            and not lex.pronoun_rx.fullmatch(bm.group("name")) and not lex.list_head_rx.search(bm.group("name"))
        )):  # (对欧盟进出口以4905.2亿元继续排第一: a measure, not a name; a title's words are its own: 《云端的约定》)
            # 万科以1476亿元居首: whose figure ranks it (新南洋拟以…: the plan word is no part of the name)
            subj, metric = _PLAN_TAIL.sub("", _by_name(bm)), frame_metric
        # (EPS分别为1.2元、1.5元，对应PE分别为25倍、22倍: a figure after the first of its clause, on
        # the clause's phrase, names the measure the first one does)
        shared_np = same_clause_prev and len(own) < 2 and not one_char_item and ci in clause_own_metric
        own_here = (clause_own_metric[ci] and np_own_metric(metric, "")) if shared_np else np_own_metric(metric, last_metric)
        clause_own_metric.setdefault(ci, own_here)
        if respectively is not None and (respectively_listed or not own_here or (metric in _RATE_WORDS and f.unit == "%")):
            k = respectively_index.get(id(f))
            if k is not None and k < len(respectively):
                r_metric, subj = respectively[k]
                listed_subj = subj
                if r_metric is not None and (r_metric or f.kind != "count"):
                    metric = r_metric  # (分别有473只、600只基金持有: a count keeps its counted noun)
                if r_metric and _CONTRIBUTION_HEAD.match(r_metric):
                    explicit = False  # (第一、二、三产业增加值对经济增长的贡献率分别是…: parts, no topic)
        elif respectively is not None and subj is None:
            # …增加值同比分别增长12.3%和10.3%，增速分别比规模以上工业快5.8和3.8个百分点: a measure
            # of its own, the subjects of the figures it follows in order
            k = respectively_index.get(id(f))
            if k is not None and k < len(respectively) and respectively[k][1]:
                subj = listed_subj = respectively[k][1]
        if (tm_ := _TITLES_BY.search(norm, cs, left)) is not None:
            # 《夜航》和《归乡》分别以1.97亿元和0.86亿元位列第四、第五: each title, in order, owns the
            # figures of one kind after it
            titles = _TITLE.findall(tm_.group(0))
            kin = [g for g in figures if tm_.end() <= g.start < ce and g.kind == f.kind]
            if len(kin) == len(titles):
                subj = listed_subj = titles[kin.index(f)]
                metric = frame_metric
        if not metric and ci > 0 and not same_clause_prev and not any(
            spans[ci - 1][0] <= g.start < spans[ci - 1][1] for g in figures
        ):
            # 云南省内用电需求增速逐年下降，年均增长7.47％: the clause before names what changes
            metric, psubj = _prev_clause_metric(norm, spans, ci, lex)
            if subj is None and psubj:
                subj = psubj
        if not metric and frame_metric and subj is not None and pre.endswith(("（", "(")):
            metric = frame_metric  # 从GDP同比增速来看，…江西（6.9%）、福建（6.7%）: names with their figures under a topic
        if not metric and side_metric and prev is None:
            metric = side_metric
        if (metric[:1] in ("至", "到") and lex.period_rx.fullmatch(metric[1:])) or _YEARS_SPAN.fullmatch(metric):
            # (增加22.1%至2024年第二季度的175亿元: when the change ended, not what changed; 两年分别平均
            # 增长: over how long)
            metric = ""
        if lex.period_rx.fullmatch(metric) or (metric[:1] in "是为" and lex.period_rx.fullmatch(metric[1:])):
            # (（2017年为11,765元/平方米）: the other period of the measure before, no measure; so is
            # 工资62094元，是1978年543元的114.35倍's 是1978年)
            metric = ""
        no_measure = metric if _NOT_A_MEASURE.fullmatch(metric) else ""
        if no_measure:
            metric = ""  # (折合1596.2亿美元, 同比多9192亿元: a verb or a comparison, no measure)
        carried_metric = not metric
        if not metric:
            metric = last_base_metric if (last_metric in _RATE_WORDS and f.unit == "%" and last_base_metric) else last_metric
            if (
                prev is not None and prev[0].unit != f.unit and prev[1].metric == last_metric and unit_metric.get(f.unit)
                and ((prev[0].kind == "count" and f.unit not in ("%", "pp") and f.kind != "rank") or f.kind == "count")
            ):
                # (汽车保有量超过300万辆的城市有18个；北京超过600万辆: the measure of the last figure in
                # this one's unit, not the noun the count between them counts; 财政收入超300万元的乡镇有8个，
                # 超500万元的有3个: a count counts what the last count in its unit did)
                metric = unit_metric[f.unit]
            if metric.startswith("占") and f.unit not in ("%", "pp") and f.kind != "rank" and last_level_metric:
                metric = last_level_metric  # (…占全省的39.5%；杭州4.63亿件: the count's measure, not the share's)
            if not metric and f.kind != "count":
                # 我国经济总量再上新台阶，首次突破130万亿元: the last measure named before the figure
                metric = _nearest_measure(norm[:left], lex)
            metric = metric or no_measure
        elif last_metric and metric in _ANAPHORIC_NOUNS and _ANAPHORIC_MEASURE.search(pre):
            metric = last_metric  # (…3670个医疗卫生机构；到2020年末，这一数字已达102.3万个: the same measure)
        elif (
            metric in _RATE_WORDS and f.unit == "%" and a.role == "delta" and prev is not None
            and ci - prev[2] in (0, 1) and prev[0].unit != "%" and prev[1].role in ("value", "delta")
            and (prev[0].kind != "count" or prev[0].unit == "点")
            and prev[1].metric and prev[1].metric not in _RATE_WORDS
            and "分别" not in pre
        ):
            # 营业成本为828.12亿元，同比减少30.31亿元，降幅3.53%: a bare rate after the amount
            # it changes is the rate of that amount (not after a count of things, 22只指数基金当中，涨幅超过22%, but after an index's points; not after
            # the end of a change, 从38.3元跌至32.2元，跌幅超过15%, nor before a list, 跌幅分别为…)
            metric = prev[1].metric
        if (
            prev is not None and prev[1].rule_id == "role.new_addition" and ci - prev[2] in (0, 1) and last_stock_metric
            and f.unit == "%" and a.role == "delta" and (metric in _RATE_WORDS or metric == prev[1].metric)
        ):
            # 电源总装机由3600万千瓦增长至7915万千瓦，新增装机约4300万千瓦，年均增长率17％: the rate
            # grows the stock the change reached, not the amount added to it
            metric = last_stock_metric
        if (
            frame_metric and subj is None and f.kind != "count" and 2 <= len(metric) <= 5
            and not _VERBISH.search(metric) and metric != frame_metric and _NAME_THEN_FIGURE.search(pre)
            and pre.rstrip("为是（(：:").endswith(metric)
            and not (lex.list_head_rx is not None and lex.list_head_rx.search(metric))  # (码洋比重为41.46%: a measure, no name)
        ):
            # 从纯电动汽车在总销量中的占比来看，丰田为0.1％，本田为0.3％: names under a topic frame
            subj, metric = metric, frame_metric
        elif (
            colon_frames and a.role == "value" and f.kind != "count" and 2 <= len(metric) <= 10 and pre.endswith(metric)
            and (subj is None or lex.region_rx.fullmatch(subj) or subj == article_subject)
            and not _VERBISH.search(metric) and not (lex.list_head_rx is not None and lex.list_head_rx.search(metric))
            and (cf_ := next((c for c in reversed(colon_frames) if c[0] <= left), None)) is not None
            and len(cf_[1]) >= 2 and cf_[1] != metric
            # (the part opens the list or follows the figure before it: not …行业分别为：计算机…制造业，
            # 研发费用总额2192亿元, a measure of the item named before it)
            and _opens_part(norm, cf_[0], left - len(metric), figures)
        ):
            # 各行政等级公路里程分别为：国道17.34万公里、省道31.21万公里: each part named before its
            # figure is whose figure it is; the measure is the one the colon opens
            subj, metric = metric, cf_[1]
        em_ = _ELLIPTIC_PARALLEL.fullmatch(norm[cs:left].lstrip("，,；;、 ")) if prev is not None and not same_clause_prev else None
        if (
            em_ and a.role == "value" and prev[1].role == "value" and prev[0].unit == f.unit and f.kind != "count"
            and prev[1].subject and len(prev[1].metric) >= 2
            and (
                (
                    prev[1].subject in norm[spans[prev[2]][0] : spans[prev[2]][1]]
                    and em_.group("name") not in (prev[1].subject, prev[1].metric) and em_.group("name") not in GENERIC_SUBJECTS
                    and not lex.measure_word_rx.search(em_.group("name")) and not _VERBISH.search(em_.group("name"))
                    and not lex.period_rx.search(em_.group("name")) and not lex.pronoun_rx.search(em_.group("name"))
                    and not _NOT_A_NAME_WORD.search(em_.group("name")) and not _AGGREGATE_LEAD.fullmatch(em_.group("name"))
                )
                # (试验组的有效率为85%，对照组为62%: another arm of the study; its 对 is no verb)
                or (
                    _STUDY_ARM.fullmatch(prev[1].subject) and _STUDY_ARM.fullmatch(em_.group("name"))
                    and em_.group("name") != prev[1].subject
                )
            )
        ):
            # 职工医保…基金支付比为85.2%，居民医保为70.0%: a second owner's level of the measure
            # just named for the first, the clause only the name and 为
            subj, metric, explicit = em_.group("name"), prev[1].metric, True
        if subj is not None and (
            not _balanced(subj) or (len(subj) < 2 and not (subj == listed_subj and _HAN_ITEM.fullmatch(subj)))
            or lex.pronoun_rx.fullmatch(subj)
        ):
            subj = None  # (仅, 它们: no one's name; but 纱、布、服装和化纤产量分别为…: one-character items listed)
        # the closest clause before that names someone: a reporter (X表示), or a place or
        # name heading a later clause (张文堂表示，…，陕西省园林水果产量达…)
        nearest = None
        nearest_k = -1
        for k in range(ci, -1, -1):
            if reporters[k] and not _NOT_A_NAME.search(reporters[k]):
                nearest, nearest_k = reporters[k], k
                break
            if heads[k] and heads[k] not in GENERIC_SUBJECTS and not _NOT_A_NAME.search(heads[k]) and (
                (lex.region_rx.fullmatch(heads[k]) and not _SCOPE_WORD.match(heads[k]))
                or _LOCATIVE_CLAUSE.fullmatch(norm[spans[k][0] : spans[k][1]])
            ):
                nearest, nearest_k = heads[k], k
                break
        if nearest is None:
            # (a clause opening with a deed, 以现金方式收购…, names no one: the name before it stands)
            nearest_k = next((k for k in range(ci, -1, -1) if heads[k] and heads[k] not in GENERIC_SUBJECTS and not _NOT_A_NAME.search(heads[k])), -1)
            nearest = heads[nearest_k] if nearest_k >= 0 else None
        if (
            prev is not None and nearest_k < prev[2] < ci and prev[1].subject
            and (
                (a.role == "delta" and (prev[1].role == "value" or (prev[1].role == "delta" and prev[1].explicit_subject)))
                # (全球纯电动汽车销量将比2021年增加5成，达到约700万辆: the level the named change reached)
                or (a.role == "value" and prev[1].role == "delta" and prev[1].explicit_subject)
            )
            and prev[0].unit != f.unit
        ):
            # …金融业增加值39358万元，增长5.1%；交通运输、仓储和邮政业增加值26818万元，增长4.4%:
            # the figure of the clause before, with a subject of its own, is closer than any head
            nearest = prev[1].subject
        gm = (
            _group_metric(metric, lex)
            if "、" in metric and not explicit and metric != last_metric and (respectively is None or id(f) not in respectively_index) else None
        )  # (江苏省金属矿砂、农产品…进口: the clause names its own subject)
        if gm is not None:
            # 亚马逊、谷歌、微软等软件类公司研发强度超过10%: the listed names together, then the measure
            subj, metric, explicit = gm[0], gm[1], False
        if (
            subj and f.kind == "money" and f.unit and "/" in f.unit and lex.region_rx.fullmatch(subj)
            and _PRODUCT_NOUN.fullmatch(metric) and not lex.measure_word_rx.search(metric)
            and not metric.startswith(("市场", "超市", "批发市场", "农贸市场"))  # (襄阳市场粳米: the place's market, whose price it is)
        ):
            # 新疆香梨9.80元/市斤: a place of origin names the product, not whose price it is
            metric, explicit = subj + metric, False
            origin = (subj, metric)
            subj = next((c for c in (carry_subject, article_subject) if c and c != subj), None)
            origin = (*origin, subj)
        elif origin is not None and subj in (origin[0], None) and metric in (origin[1], origin[1][len(origin[0]) :]):
            metric, subj, explicit = origin[1], origin[2], False  # (上涨9.03% after it: the same product)
        if known_rx is not None and (subj is None or not explicit):
            # names the document has already shown to be names (正海磁材, listed before, or
            # with its stock code): one opening the measure's phrase or a clause is its subject
            km = known_rx.match(metric)
            if km and len(metric) - km.end() >= 2 and not _NOUN_GOES_ON.match(metric, km.end()):
                subj, metric, explicit = km.group(), metric[km.end() :], True
            elif subj is None and nearest is None:
                subj = next((known_heads[k] for k in range(ci, -1, -1) if known_heads[k]), None)
        own_rest = metric[len(article_subject) :].removeprefix("的") if article_subject and metric.startswith(article_subject) else ""
        if (
            len(article_subject or "") >= 2 and len(own_rest) >= 2 and subj in (None, article_subject)
            and not _NOUN_GOES_ON.match(metric, len(article_subject)) and "的" not in own_rest and not _VERBISH.match(own_rest)
            and own_rest not in GENERIC_SUBJECTS and not lex.set_noun_rx.fullmatch(own_rest)
        ):
            # (云图智能营收从4.82亿元增至10.2亿元, in an article about 云图智能: its name opens the measure;
            # not 中国企业, a kind of firm counted, nor 德国学习的留学生, a deed there)
            subj, metric, explicit = article_subject, own_rest, True
        if subj in GENERIC_SUBJECTS and (nearest or carry_subject or article_subject):
            if nearest is not None and 0 <= nearest_k < ci and _OPINION_ONLY.fullmatch(norm[spans[nearest_k][0] : spans[nearest_k][1]].strip(), len(nearest)):
                # 华鑫证券预测，公司2025年营业收入…: the forecaster is not the company spoken of
                nearest = next((c for c in (carry_subject, article_subject) if c and c != nearest), nearest)
            subj = nearest or carry_subject or article_subject
        if (
            subj is None and carried_metric and a.role == "delta" and prev is not None and prev[2] >= nearest_k and prev[1].subject
            and prev[0].unit != "%" and prev[1].metric == metric and prev[1].subject != nearest and prev[1].subject in norm[spans[prev[2]][0] : prev[0].start]
        ):
            # 全省石油制品类商品实现零售额325.31亿元，同比增长17.0%: a change of the figure before,
            # whose clause named its owner after the head, is that owner's
            subj = prev[1].subject
        elif (
            carried_metric and a.role == "delta" and prev is not None and (prev[0].kind == "rank" or (prev[0].kind == "count" and prev[1].metric != metric))
            and (subj is None or subj == prev[1].subject)
            and (lv_ := next((o for o in reversed(out) if o.role == "value" and o.metric == metric and o.subject), None)) is not None
        ):
            # 人均可支配收入7448元，在全国31个省份中居第21位，…同比增长15.1%: the change is of the
            # level before the place it holds, and that level's owner's
            subj = lv_.subject
        if (
            subj is None and carried_metric and prev is not None and prev[2] == ci - 1 and prev[1].subject
            and prev[1].metric == metric and prev[0].unit == f.unit and prev[0].qualifier in ("more_than", "at_least")
            and f.qualifier == "exact"
        ):
            # 新能源装机占比首次突破50%，达到50.7%: the level reached past the bound just named is
            # the same owner's
            subj = prev[1].subject
        if subj is not None and _NOT_A_NAME.search(subj):
            subj = None  # (随着深圳、包托等11个城市, 现金方式收购新锂公司, 申请仲裁之际: a deed or a time, no one's name)
        if (
            subj is None and metric in _RATE_WORDS and f.unit == "pp" and prev is not None and prev[1].subject
            and prev[0].unit == "%" and prev[1].role == "delta" and prev[2] == ci - 1
        ):
            # 园区实现工业增加值19.73亿元，同比增长20.4%，增幅同比提高2.1个百分点: the rate of the
            # change just stated, whose owner it is
            subj = prev[1].subject
        if subj is None and f.kind == "rank" and same_clause_prev and prev[1].subject and _RANK_AFTER_MEANS.fullmatch(pre):
            subj = prev[1].subject  # (保利发展以2310亿元位居第一: who ranks by the figure just named)
        if subj is None:
            own_sector = None if carried_metric else _SECTOR_LEAD.match(metric)
            subj = next(
                (
                    c for c in (nearest, sent_subject, carry_subject, article_subject)
                    # (第一产业增长15.6%，二产增加值为6172.33亿元: a measure naming its own sector
                    # is the whole's, not the sector's named before it)
                    if c and c != metric and not _NOT_A_NAME.search(c) and not (own_sector and _SECTOR_LEAD.fullmatch(c))
                ),
                None,
            )
        if subj in _WHOLE_REGION:
            # 全省 after 云南省 in the same sentence is 云南省
            named = _named_region_before(norm[: f.start], subj, lex)
            if named:
                subj = named
        if f.unit and _PARITY_UNIT.fullmatch(f.unit):
            # 人民币汇率中间价为：1美元对人民币6.8109元: whose rate is the foreign currency's, the
            # measure the label's (or the rate)
            cm = _PARITY_BASE.search(norm, max(0, left - 16), left)
            cur = cm.group("cur") if cm and f.unit.startswith("CNY/") else (f.surface_unit or None)
            lm = _last_match(_LABEL_BEFORE, norm, left)
            label = split_subject(_strip_head(lm.group(1), lex), lex)[1] if lm else ""
            subj, metric, explicit = cur or subj, label or "汇率", bool(cur)
        # …工业增加值增长14.5%，其中，装备制造增长38.7%，新型材料增长30.3%: after 其中 the items
        # named without a measure are parts of the whole, growing in its measure
        if enum_measure is None and lex.owned_word_rx is not None and (
            prev is not None and "其中" in norm[prev[0].end : left]
            or prev is None and (in_breakdown or norm[:left].lstrip().startswith("其中")) and last_base_metric and last_base_metric == carry_metric
        ):
            # (…落实率为92.4%。其中，本科生为89.7%: a sentence opening on 其中 breaks down the last one's measure)
            om_ = _last_match(lex.owned_word_rx, last_base_metric or "")
            enum_measure = om_.group() if om_ and om_.end() == len(last_base_metric) else ""
            if not enum_measure and _RATE_END.search(last_base_metric or "") and 3 <= len(last_base_metric) <= 12 and (prev is None or prev[0].unit == "%"):
                enum_measure = last_base_metric  # (毕业去向落实率为92.4%，其中本科生为89.7%: a rate's parts, each at its own level)
        elif enum_measure is None and prev is None and "其中" in norm[cs:left] and ci > 0 and lex.owned_word_rx is not None:
            # …三个行业增加值实现正增长，其中化学原料和化学制品制造业增长5.1%: the clause before
            # names the measure of the parts that follow
            om_ = _last_match(lex.owned_word_rx, norm, spans[ci - 1][1])
            enum_measure = om_.group() if om_ else ""
        # (化学原料和化学制品制造业: an industry's long name may hold a 和)
        trade = len(metric) <= 20 and _ends_in(lex.industry_rx, metric)
        enum_part = False  # (a part 其中 lists is no subject of the figures after it)
        if (
            enum_measure and f.unit == "%" and a.role == ("value" if _RATE_END.search(enum_measure) else "delta")
            and (2 <= len(metric) <= 8 or trade)
            and not lex.measure_word_rx.search(metric) and not _VERBISH.search(metric.replace("和", "") if trade else metric)
            and not lex.period_rx.search(metric)
        ):
            subj, metric, explicit = (metric, enum_measure, False) if subj is None or subj == metric or not explicit else (subj, enum_measure, explicit)
            enum_part = True
        if restated is not None:
            subj, metric, explicit = restated.subject, restated.metric, restated.explicit_subject
        a.explicit_subject = explicit
        split_share = (outer_subj != subj and share > 0) or share_of_last  # (a part named for its share is no topic)
        if split_share:
            a.explicit_subject = False
        if f.kind == "count" and metric:
            # 县区义务教育中小学新建、改扩建厕所250个: what the count counts follows the verb
            # that brings it in (a word list: 新建, 调拨, 共有…)
            vm_ = _last_match(lex.count_verb_rx, metric, len(metric))
            if vm_ is not None and len(metric) - vm_.end() >= 2 and not _VERBISH.search(metric, vm_.end()):
                metric = metric[vm_.end() :]
        describes = f.kind not in ("count", "ratio") or (f.kind == "ratio" and a.role == "delta")  # (上涨30%多的森马服饰)
        nm_ = _NAME_AFTER_DE.match(norm, f.end) if describes else None
        if nm_ is None and describes and (fd_ := _FIRM_AFTER_DE.match(norm, f.end)):
            # 总市值近200亿元的西南焦煤龙头盘江股份盘后公告: a firm's name runs on into the clause
            nm_ = fd_
        described = False
        if nm_ is not None:
            after_name = nm_.group("np")
            fw = _last_match(lex.firm_end_rx, after_name)
            if (
                lex.region_rx.fullmatch(after_name) or _names_body(after_name, lex) or after_name in known_names
                or (fw is not None and fw.start() > 0)
            ) and not lex.list_head_rx.search(after_name) and not _DEED_NOT_NAME.search(after_name):
                # (以15元/股的价格回购股份: a deed on shares, no firm)
                # 投资1.38亿元的长润食品, 总市值近200亿元的…盘江股份, 第二位的上海: the figure describes
                # the name right after it (not a share: 70%的职业学校 is of a whole, 29.99%的股份 a stake)
                subj, a.explicit_subject, described = after_name, False, True
        lm_ = _AMONG_END.search(metric)
        if lm_ and lm_.start() >= 2:
            metric = metric[: lm_.start()]  # (在39个工业大类行业中，有30个: the set counted in, not 行业中)
        subj = _tidy_subject(subj, lex)
        if prev is not None and f.group is not None and f.group == prev[0].group and prev[0].unit == f.unit:
            # the two ends of a range measure one thing: named after the range (10-13级阵风), it is
            # the first end's too; else the first end's names both (由…6万-7万只恢复到…)
            if metric and norm.startswith(metric, f.end + (norm.startswith("的", f.end))):
                prev[1].metric = metric
            elif prev[1].metric:
                metric, subj = prev[1].metric, prev[1].subject
        if f.kind == "count" and f.unit and f.text.endswith(f.unit) and _PEOPLE_NOUN.fullmatch(f.unit):
            metric = f.unit  # 930万会员, 40金: the people or medals counted are what is measured
        if metric.startswith("、") and subj and not _BRACKETS.search(metric):
            # (14个集中连片特困地区、革命老区、边疆地区累计完成铁路基建投资: a list of owners cut
            # off by a figure in its first item; they all own the measure after the last)
            items, last = metric.rsplit("、", 1)
            owner, rest = split_subject(last, lex)
            rest = _strip_links(_strip_head(rest, lex), lex) if owner else ""
            if len(rest) >= 2:
                subj, metric = subj + items + "、" + owner, rest
        if prev is not None and prev[0].unit == f.unit and ci - prev[2] in (0, 1) and prev[1].metric:
            metric = _parallel_group(metric, prev[1].metric, lex)
        listed_by = norm.find("分别以", spans[ci][0], f.start) >= 0 or norm.find("依次以", spans[ci][0], f.start) >= 0
        same = [g for g, c in zip(figures, fig_clause) if c == ci and g.unit == f.unit] if listed_by else []
        nb_ = _NAMES_BY_FIGURES.search(norm, spans[ci][0], same[0].start) if len(same) >= 2 and norm[same[0].start - 1 : same[0].start] == "以" else None
        if nb_:
            # (1号线、2号线分别以312.5万人次、276.8万人次位居第二、第三位: each name listed owns the
            # figure of its place in the list; what is measured is the measure carried)
            name = _in_list_order(_strip_head(nb_.group("who"), lex), same, f, 12)
            if name:
                subj, metric = name, (last_level_metric if f.unit not in ("%", "pp") else "") or ""
        so_ = _SHARES_LISTED.fullmatch(metric) if f.unit == "%" else None
        if so_:
            # (圆通、韵达、申通分别占17.6%、15.2%和14.8%: each name listed owns its share, in order)
            name = _in_list_order(so_.group("who"), [g for g, c in zip(figures, fig_clause) if c == ci], f, 16)
            if name and subj in (None, article_subject, carry_subject):
                subj, metric = name, "占比"
        metric = _tidy_metric(metric, lex)
        if prev is not None and metric and (hv_ := _other_half(prev[1].metric or "", metric)) is not None:
            metric = hv_  # (新能源汽车产量11.2万辆，…，销量增速仅1.8%: the other half of the same thing's pair)
        if (
            not metric and ci > 0 and _LINK_ONLY.fullmatch(pre) and not any(fig_clause[j] == ci - 1 for j in range(len(figures)))
            and (sm_ := _SIGN_SAID.fullmatch(norm[spans[ci - 1][0] : spans[ci - 1][1]].strip("，,；; ")))
        ):
            metric = sm_.group("m")  # (人口自然增长率为负，为-0.80‰: the measure the clause before named)
        if f.unit and "/" in f.unit and (pu_ := _PER_UNIT_END.search(metric)) and pu_.start() >= 2:
            metric = metric[: pu_.start()]  # (价格每桶上涨0.8美元, 价格突破每盎司2400美元: the unit it is per, no part of the measure)
        a.metric = metric
        a.subject = subj
        # (在全国31个省份中: a count setting the field a place is held in; its place is no owner)
        scope_count = f.kind == "count" and _AMONG_AFTER.match(norm, f.end) is not None
        if sent_subject is None and subj and not scope_count and not split_share and not described and not enum_part and not _PEOPLE_GROUP.fullmatch(subj) and not subj.startswith("《"):
            sent_subject = subj

        # ---- claims: a change's two ends, a level and its change, a count and its attributes
        new_claim = True
        if prev is not None:
            pa = prev[1]
            if (
                (f.group is not None and f.group == prev[0].group) or a.rule_id == "role.restated"
                or (f.surface_unit == prev[0].surface_unit == ":" and norm[prev[0].end : f.start] in (":", "："))
            ):
                # (一斤3.5~3.6元: a range's two ends; 66.8亿元(约合9.387亿美元): one amount restated;
                # 三次产业占比为6.2:55.5:38.3: the parts of one split)
                new_claim = False
            elif same_clause_prev and a.role == pa.role and a.role in ("delta", "value") and _LIST_GAP.fullmatch(norm, prev[0].end, qualified_start(f)):
                # (营业收入同比分别增长35.0%和19.1%: the items of a list are parallel claims)
                new_claim = True
            elif a.role in ("delta", "after") and (a.subject == pa.subject) and not (
                # (教育类价格上涨2.1%，服务类价格上涨4.9%: two changes, each of its own measure, are
                # parallel claims)
                a.role == "delta" and pa.role == "delta" and a.metric and pa.metric and a.metric != pa.metric
                and a.metric not in _RATE_WORDS  # (同比增长0.2%，增速较上月回落3.6个百分点: one change)
            ) and not (
                # (营收19亿元，去年同期为22亿元，…毛利率同比翻番: a change of a measure sharing no word
                # with the levels before it is a claim of its own)
                a.role == "delta" and pa.role in ("before", "after") and _measure_apart(a.metric, pa.metric)
            ) and not (
                # (因客座率下降导致收入减少31.65亿元，因收益水平上升导致收入增加46.55亿元: the parts
                # of a change by cause are parallel claims)
                a.role == "delta" and pa.role == "delta" and a.cause != pa.cause
            ) and not (
                # (二季度增长0.8%，…四季度增长1.8%: the changes of two periods)
                a.role == "delta" and pa.role == "delta" and a.period and pa.period and a.period != pa.period
            ):
                new_claim = False
            elif pa.role == "before" and a.role in ("before", "after"):
                new_claim = False  # (从A、B跌至C: the levels of one change)
            elif (
                a.role == pa.role == "value" and prev[0].kind == "count" and (prev[0].surface_unit or "")[-1:] in _SET_UNITS
                and f.kind in ("money", "measure") and _SET_TOTAL.search(norm, prev[0].end, qualified_start(f))
                and not any(c in norm[prev[0].end : qualified_start(f)] for c in "。；;")
            ):
                # 41家公募合计实现净利润258.53亿元, 21个项目，规模合计258万千瓦: the total of the
                # counted set is its attribute
                new_claim = False
            elif (
                a.role == "value" and pa.role in ("value", "after") and f.unit == "%" and prev[0].unit != "%"
                and prev[0].kind in ("money", "count", "measure") and _SHARE_OF_IT.match(norm, prev[0].end, qualified_start(f))
            ):
                # 新签合同额1365.1亿美元，占新签合同总额的85.5%: the level and its share of a whole
                new_claim = False
            elif (
                a.role == pa.role == "value" and prev[0].qualifier == "more_than" and f.qualifier == "exact"
                and f.unit == prev[0].unit and f.value > prev[0].value and _BOUND_THEN_EXACT.fullmatch(norm, prev[0].end, qualified_start(f))
            ):
                # 一般公共预算收入突破7千亿元，达到7284.5亿元: the mark passed, then the level itself
                new_claim = False
            elif (
                same_clause_prev and a.role == pa.role == "value" and (f.kind == "count") != (prev[0].kind == "count")
                and (prev[0] if f.kind == "count" else f).qualifier in ("more_than", "less_than")
            ):
                # 总投资超10亿元的项目5个, 仅2家研发强度低于10%: a count of things past a threshold and
                # the threshold are one claim
                new_claim = False
            elif (
                a.role == "value" and pa.role == "delta" and a.subject == pa.subject and not share_of_whom
                and (
                    not np_text or _CLOSED_AT.fullmatch(np_text) or (_PRICE_NOUN.fullmatch(np_text) and _CLOSED_AT_END.search(pre))
                    # (持股比例较三季末增长0.6个百分点，持股4.32%: the change's own measure named again)
                    or (len(np_text) >= 2 and pa.metric and np_text in pa.metric and prev[0].unit in ("pp", "%") and f.unit == "%")
                )
                and not _MARK_PASSED.search(norm, max(0, f.start - 8), f.start)
                # (其中液化石油气涨幅最大，达三成: a rate of change is no level; but after a change in
                # points, 增速回升2.1个百分点，至7.6%, the rate's new level)
                and (not a.metric.endswith(tuple(_RATE_NOUN_DIR)) or (prev[0].unit == "pp" and f.unit == "%"))
                # (下降6.9%，但仍然保持在2亿吨以上: a bound held, not the level the change reached)
                and not (f.qualifier in OPEN_QUALIFIERS and _HELD_AT.search(norm, max(0, qualified_start(f) - 6), qualified_start(f)))
                # (上涨1.47%，其中11种价格下降: things counted, no level reached, unless a verb says it is)
                and not (f.kind == "count" and prev[0].unit != f.unit and not _REACHED.search(norm, prev[0].end, f.start))
            ):
                # 增长107%，达到472.5亿元; 急挫4.02%，收于31.51元/股: the level reached by the change
                a.role, a.direction = "after", pa.direction
                new_claim = False
                if _CLOSED_AT.fullmatch(a.metric or "") and pa.metric:
                    a.metric = pa.metric  # (上证指数跌0.67%，报3318.52点: the index's level, 报 names nothing)
            elif (
                a.role == "value" and pa.role == "delta" and a.subject == pa.subject and prev[0].unit != f.unit
                and _MARK_PASSED.search(norm, max(0, f.start - 8), f.start) and not np_own_metric(np_text, "")
            ):
                # 餐饮收入增长20.4%，首次突破5万亿元: the mark the changed level passed, of the same claim
                new_claim = False
            elif (
                a.role == "value" and f.kind == "money" and "/" not in f.unit and count_claim is not None
                and count_claim[1] == a.subject and ci > count_claim[2]
            ):
                # 储备项目134个，总投资1220.3亿元: attributes of the counted set (an amount of money; not
                # 蛋鸡存栏35万只，年产鲜蛋400万公斤, nor a price per item: 发行2500万股，发行价格21.71元/股)
                new_claim = False
        if new_claim:
            claim += 1
        a.claim_key = claim
        if a.role == "after" and a.direction is None and prev is not None and prev[1].role == "before" and prev[0].unit == f.unit:
            a.direction = "up" if f.value > prev[0].value else ("down" if f.value < prev[0].value else None)
        rate_dir = (
            next((d for w, d in _RATE_NOUN_DIR.items() if a.metric.endswith(w)), None)
            if a.role == "value" and f.unit in ("%", "pp") and not a.metric.endswith(_LEVEL_RATES) else None
        )  # (联通利润率降幅高达75%: a measure's rate of change; not 人口自然增长率, a level)
        if rate_dir:
            # 赣州涨幅最大，为0.4%: a figure whose measure is a rate of change is a change
            a.role, a.direction, a.rule_id = "delta", rate_dir, "role.rate_noun"
        if a.rule_id == "role.compared_rate" and prev is not None:
            # 增长3%，高于全国的2.5%: the same measure, for whom the comparison names
            cm = _COMPARED_OWNER.search(norm, max(0, left - 20), left) or _COMPARED_OWNER_BARE.search(norm, max(0, left - 20), left)
            owner = _han_tail(cm.group(1)) if cm else ""
            op = lex.period_rx.search(owner)
            base = next((o for o in reversed(out) if o.rule_id != "role.compared_rate"), prev[1])
            a.period = owner[op.start() :] if op else base.period  # (广东省同期的2%: the compared figure's period)
            owner = owner[: op.start()] if op else owner.removesuffix("同期")
            if owner and (lex.region_rx.fullmatch(owner) or split_subject(owner, lex)[0] == owner):
                a.subject, a.explicit_subject = owner, False
                a.metric = base.metric
            elif len(owner) >= 3 and owner != base.metric and (lex.list_head_rx.search(owner) or _MEASURE_SUFFIX.search(owner)):
                a.metric = owner  # (服务零售额增长5.3%，快于商品零售额的5.1%: another measure's rate)
            else:
                a.metric = base.metric
            rn = _RATE_NAMED_AFTER.match(norm, f.end)
            if rn and not _COMPARED_RATE.search(norm, max(0, left - 20), left):
                a.metric = rn.group("m")  # (高于全国同期1.7%的两年平均增速: the measure named after it)
        if a.rule_id in COMPARED_LEVEL_RULES:
            # 与截至2023年8月31日的793间相比, 较上年末的8031.57亿元: the level compared with is of the
            # period its phrase names
            wm = _COMPARED_WITH.search(norm, max(0, left - 30), left)
            phrase = norm[wm.end() : left] if wm else ""  # (cut out: the period right after 与 is this level's)
            a.period = _period_before(phrase, len(phrase), lex) or a.period
            alike = next((o for g, o in zip(reversed(figures[: len(out)]), reversed(out)) if g.unit == f.unit), None) if wm else None
            if alike is not None and alike.metric and a.metric not in phrase:
                # (4家房企…，与2019年同期的5家相比: the same measure as the figure before it in the
                # same unit, not 销售跨越千亿's between them)
                a.metric = alike.metric
        if bracket is not None and a.rule_id == "role.bracket_compared":
            # 比全省(7.7%): the compared one's rate of the same measure
            base, bm_ = bracket
            rm_ = lex.region_rx.match(_han_tail(bm_.group("owner")))
            if rm_:
                a.subject, a.explicit_subject = rm_.group(), False
            a.metric = base.metric
        if (not a.metric or a.metric.endswith("以")) and f.kind in ("money", "measure", "ratio"):
            # (录得1.67亿立方米的等值天然气售气量; 重庆农商行以9087.78亿元的资产规模…: named after it)
            dm_ = _DEAL_AFTER.match(post) if (a.metric.endswith("以") or _BY_FIGURE.search(pre)) else None
            if dm_:
                # (由某地产以24.8亿元竞得; 以6344.78万元的价格转让; 在产权市场以16266万元挂牌转让: a
                # price paid, named by the deal after it)
                by_ = _DEAL_BY.search(a.metric)
                if by_ and not lex.pronoun_rx.fullmatch(by_.group("n")):
                    a.subject, a.explicit_subject = by_.group("n"), True  # (由某地产以…竞得: who paid)
                a.metric = dm_.group("m")
            else:
                a.metric = _measure_after(post, lex) or a.metric
        if f.kind == "count" and a.metric in ("等", "等等") and f.surface_unit:
            # 福建、浙江、江西、安徽等4省: the places are examples of what is counted, the count is of 省
            a.metric, a.subject, a.explicit_subject = f.surface_unit, None, False
        if f.kind == "count" and a.role == "value" and f.unit not in _FLOW_COUNTS:
            count_claim = (claim, a.subject, ci)
        if scope_count:
            scope_noun = a.metric  # (在全国31个省份中: what a place is held among, no measure of what follows)
        if (
            a.rule_id != "role.contribution" and not bg_ and not (f.kind == "rank" and _LIST_SEP.search(a.metric or ""))
            and not scope_count and not (f.kind == "rank" and a.metric and a.metric == scope_noun)
        ):
            # (…、电气机械和器材制造业居前三位: names holding a place are no measure of what follows)
            # (拉动…1.3个百分点 names no measure for the next part's growth; 第一大国地位: what a
            # rank ranks among is no measure either)
            last_metric = paired_whole or a.metric or last_metric  # (…，比上年同期均下降13%: both halves)
            if a.metric and f.unit not in ("%", "pp") and not a.metric.startswith("占"):
                last_level_metric = a.metric
            if a.metric and f.unit:
                unit_metric[f.unit] = a.metric
            if a.metric and a.metric not in _RATE_WORDS:
                last_base_metric = paired_whole or a.metric
            if a.role == "after" and a.metric and f.unit != "%":
                last_stock_metric = a.metric
        out.append(a)
        prev = (f, a, ci)
    _contrast_periods(norm, spans, fig_clause, figures, out, lex)
    _compared_levels(norm, figures, out)
    _paired_end_lists(norm, figures, out)
    _listed_gaps(norm, figures, out)
    _listed_additions(norm, figures, out, lex)
    _gap_past_rival(figures, out)
    _bound_of_changes(norm, figures, out)
    _signed_in_brackets(norm, figures, out)
    _plan_shares(norm, figures, out)
    _counted_set_deeds(norm, spans, fig_clause, figures, out, lex)
    _superlative_holders(norm, spans, fig_clause, figures, out, lex)
    _ratio_changes(figures, out, norm)
    _listed_periods(norm, figures, out)
    _three_sectors(norm, figures, out)
    _listed_ratio(norm, figures, out)
    _named_sets(norm, spans, figures, out)
    _bracketed_names(norm, figures, out, lex)
    _bracketed_comparison(norm, figures, out, lex)
    _respective_changes(norm, spans, fig_clause, figures, out)
    _respective_ranks(norm, figures, out)
    return out


#: Words before ranks listed in the order of the names just given (分别居第2位和第3位, 分列第二、三位).
_RESPECTIVELY_RANKED = fastre.compile(
    r"分别(?:位居|居于|位列|排在|排名|居|列|是|为)|分列|分居|依次(?:为|是|居|位居|排在)"
    r"|^\s*(?:位居|位列|居于|居|排在|排名)(?=\s*$)"  # (分别以312.5万人次、276.8万人次位居第二、第三位: the 分别 stands before the figures)
)


def _respective_ranks(norm: str, figures: list[NumberMention], out: list["Attribution"]) -> None:
    """Ranks listed after 分别居 / 分列 (杭州4.63亿件、温州3.27亿件分别居第2位和第3位; 洛阳市、南阳市
    分别新增9.6万人和8.9万人，分列第2位和第3位): each the rank of the figure of the same place
    in the list just before, with its owner and measure."""
    k = 0
    while k < len(figures):
        if figures[k].kind != "rank":
            k += 1
            continue
        e = _run_end(norm, figures, k, lambda i: figures[i].kind == "rank")
        n = e - k + 1
        if n >= 2 and k >= n:
            between = norm[figures[k - 1].end : figures[k].start]
            named = out[k - n : k]
            subjects = [a.subject for a in named]
            if (
                len(between) <= 12 and _RESPECTIVELY_RANKED.search(between) and all(subjects) and len(set(subjects)) == n
                and all(figures[j].kind != "rank" and figures[j].unit == figures[k - n].unit for j in range(k - n, k))
            ):
                for j in range(n):
                    out[k + j].subject, out[k + j].metric = named[j].subject, named[j].metric
        k = e + 1


def _respective_runs(
    norm: str, spans: list[tuple[int, int]], fig_clause: list[int], figures: list[NumberMention], role: str, out: list["Attribution"]
) -> list[list[int]]:
    """The runs of two or more figures of ``role`` listed after 分别 in one clause."""
    runs: list[list[int]] = []
    for ci, (cs, ce) in enumerate(spans):
        at = norm.find("分别", cs, ce)
        if at < 0:
            continue
        run = [i for i, g in enumerate(figures) if fig_clause[i] == ci and g.start > at]
        if len(run) >= 2 and all(out[i].role == role for i in run):
            runs.append(run)
    return runs


def _respective_changes(
    norm: str, spans: list[tuple[int, int]], fig_clause: list[int], figures: list[NumberMention], out: list[Attribution]
) -> None:
    """营业收入3678.9亿元，净利润388.7亿元，同比分别增长23.6%和15.1%: the k-th change after 分别
    belongs to the claim of the k-th of as many levels just before it (a second run, 环比…同比,
    pairs the same way)."""
    runs = _respective_runs(norm, spans, fig_clause, figures, "delta", out)
    value_runs = _respective_runs(norm, spans, fig_clause, figures, "value", out)
    for run in runs:
        n, i = len(run), run[0] - 1
        while i >= 0 and any(i == r[-1] and len(r) == n for r in runs):
            i -= n  # (环比变动分别为…，同比变动分别为…: skip the run before, of as many changes)
        levels = list(range(i - n + 1, i + 1))
        if (
            levels and levels[0] >= 0 and all(out[j].role == "value" and figures[j].unit != "%" for j in levels)
            and fig_clause[levels[-1]] < fig_clause[run[0]]
            and (
                len({fig_clause[j] for j in levels}) == n
                # (三省GDP分别为10.3万亿元、9.3万亿元和7.2万亿元，同比分别增长3.4%、5.8%和5.8%: a run of
                # levels after 分别 in one clause, then the run of their changes)
                or (len({fig_clause[j] for j in levels}) == 1 and levels in value_runs)
            )
        ):
            for j, r in zip(levels, run):
                out[r].claim_key = out[j].claim_key


#: Names each followed by a figure in brackets, listed: 西夏区(13.0%)和灵武市(8.2%).
#: A conjunction opening a clause before the first of the names listed (而香港, 但北京).
_LEAD_CONJUNCTION = fastre.compile(r"(?:而且|并且|但是|而|但|另外|此外|其中)")  # (not 和, 且: 和平区, 且末县)
_BRACKETED_NAMES = regex.compile(
    r"(?P<first>\p{Han}{2,8})[（(][^（）()，。；]{1,16}[）)](?:(?:[、和及与]|以及)(?P<more>\p{Han}{2,8})[（(][^（）()，。；]{1,16}[）)])+"
)


_COMPARED_FIRST = fastre.compile(r"(?:比|较|于|和|与|同)$")


def _bracketed_names(norm: str, figures: list[NumberMention], out: list["Attribution"], lex: Lexicon) -> None:
    """西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别位列…第2位和第6位: the names listed with
    their rates in brackets own, in order, the run of figures listed after 分别."""
    for nm in _BRACKETED_NAMES.finditer(norm):
        first = nm.group("first")
        lead = _LEAD_CONJUNCTION.match(first)
        if lead and len(first) - lead.end() >= 2:
            first = first[lead.end() :]  # (…，而香港(5,943,224人次)、菲律宾(…): 而 opens the clause, no part of the name)
        names = [first, *nm.captures("more")]
        if _COMPARED_FIRST.search(norm, max(0, nm.start() - 3), nm.start()) or names[0].startswith(("比", "较")):
            continue  # (比全省(7.7%)和全国(7.0%)分别高0.7、1.4个百分点: the bases compared with)
        at = norm.find("分别", nm.end())
        stop = min((i for i in (norm.find(c, nm.end()) for c in "；;。") if i >= 0), default=len(norm))
        if at < 0 or at > stop:
            continue
        # (…分别减少4.4%、1.6%,而香港(…)、菲律宾(…)分别增加2.1%及3.3%: the figures after 分别 run
        # to the end of its clause, not into the next list's)
        stop = min([stop] + [i for i in (norm.find(c, at) for c in "，,") if i >= 0])
        after = [i for i, f in enumerate(figures) if at < f.start < stop]
        run: list[int] = []
        # the run of as many figures, each joined to the next by a list word, ending the clause
        for k in range(len(after) - len(names), -1, -1):
            run = after[k : k + len(names)]
            if all(_FIG_LIST_SEP.fullmatch(norm[figures[x].end : figures[y].start]) for x, y in zip(run, run[1:])):
                if len({figures[i].unit for i in run}) == 1:
                    for name, i in zip(names, run):
                        out[i].subject, out[i].explicit_subject = name, True
                break
        measure = norm[nm.end() : at].strip()
        if _HAN_MEASURE.fullmatch(measure) and not _VERBISH.search(measure) and lex.measure_word_rx.search(measure):
            # (…地区生产总值增速分别位列…: the words after the list name the measure of the rates in
            # the brackets, and of the places after 分别)
            inside = [i for i, f in enumerate(figures) if nm.start() <= f.start < nm.end()]
            for i in inside:
                out[i].metric = measure
            for i in run:
                if figures[i].kind == "rank":
                    out[i].metric = measure


#: Two names compared, each with its rate in brackets: 农村降幅（0.3%）大于城市（0.2%）.
_BRACKETED_COMPARISON = fastre.compile(
    r"(?P<a>\p{Han}{2,8}?)(?P<m>增速|增幅|降幅|涨幅|跌幅|增长率)[（(][^（）()]{1,12}[）)]"
    r"(?:高于|低于|大于|小于|快于|慢于|超过|略高于|略低于)(?P<b>\p{Han}{2,8}?)[（(][^（）()]{1,12}[）)]"
)


def _bracketed_comparison(norm: str, figures: list[NumberMention], out: list["Attribution"], lex: Lexicon) -> None:
    """农村降幅（0.3%）大于城市（0.2%）: the first name's rate, then the second name's rate of the
    same measure, each figure in its brackets; the second is no level of a measure 大于城市."""
    for cm in _BRACKETED_COMPARISON.finditer(norm):
        inside = [i for i, f in enumerate(figures) if cm.start() <= f.start < cm.end()]
        if len(inside) != 2 or figures[inside[0]].unit != figures[inside[1]].unit:
            continue
        i, j = inside
        a, b = cm.group("a"), cm.group("b")
        if _VERBISH.search(a) or _VERBISH.search(b) or lex.period_rx.search(b):
            continue
        sj, rest = split_subject(a, lex)
        owner, measure = (sj, rest + cm.group("m")) if sj and rest else (a, cm.group("m"))  # (全市规上工业增速: 全市's)
        out[i].subject, out[i].metric, out[i].explicit_subject = owner, measure, True
        out[j].subject, out[j].metric, out[j].explicit_subject = b, measure, True
        out[j].role, out[j].direction, out[j].rule_id = out[i].role, out[i].direction, out[i].rule_id


#: A measure named in Han characters alone (地区生产总值增速, 规模以上工业增加值增速).
_HAN_MEASURE = fastre.compile(r"\p{Han}{2,16}")
#: Names listed before 等 and a count of what they stand for: 中国神华、上汽集团、万科A等6只个股.
_NAMES_ETC = fastre.compile(r"([\p{Han}A-Za-z0-9·]{2,10}(?:、[\p{Han}A-Za-z0-9·]{2,10})+)等$")
_SET_NOUN = fastre.compile(r"(?:个股|股票|公司|企业|城市|省份|品牌|基金|银行|券商|房企|车企|机构|国家|地区)")


def _named_sets(norm: str, spans, figures: list[NumberMention], out: list["Attribution"]) -> None:
    """A count after names listed with 等 (中国神华、上汽集团、万科A等6只个股最新市值超过2000亿元): the
    count's measure is the counted noun and its own subject none; the figures after it in its
    clause are the named set's, all of it."""
    for i, g in enumerate(figures):
        if g.kind != "count":
            continue
        nm = _NAMES_ETC.search(norm, max(0, g.start - 60), g.start)
        sm = _SET_NOUN.match(norm, g.end)
        if nm is None or sm is None:
            continue
        ce = next((b for a, b in spans if a <= g.start < b), len(norm))
        group = norm[nm.start() : sm.end()]
        own = out[i].subject
        if own is not None and own in group and own not in GENERIC_SUBJECTS and not own.startswith("该"):
            out[i].subject, out[i].explicit_subject = None, False  # (not 该合伙企业 whose partners they are)
        out[i].metric = sm.group()
        for j in range(i + 1, len(figures)):
            if figures[j].start >= ce:
                break
            out[j].subject, out[j].explicit_subject = group, False
            if out[j].metric.startswith(sm.group()) and len(out[j].metric) > len(sm.group()) + 1:
                out[j].metric = out[j].metric[len(sm.group()) :]  # (个股最新市值: the set's 最新市值)


_PERIOD_LIST = fastre.compile(
    r"(?P<items>[一二三四1-4](?:[、和及与][一二三四1-4])+)(?P<unit>季度)"
    r"|(?P<items2>[0-9]{1,2}(?:[、和及与][0-9]{1,2})+)(?P<unit2>月份?)"
    r"|(?<![较比与0-9\-—])(?P<items4>[0-9]{1,2}月份?(?:[、和及与][0-9]{1,2}月份?)+)(?![0-9\-—至])"  # (3月、4月、5月、6月…分别为)
    r"|(?P<items3>(?:19|20)[0-9]{2}年{_PART}(?:[、和及与](?:19|20)[0-9]{2}年{_PART})+)(?P<unit3>)"
    r"|(?P<items5>(?:19|20)[0-9]{2}(?:[、和及与](?:19|20)[0-9]{2})+)(?P<unit5>年)(?!度?[0-9])"  # (2019和2020年)
    r"|(?P<items6>第?[一二三四1-4]季度(?:[、和及与]第?[一二三四1-4]季度)+)"  # (第一季度、第二季度、第三季度)
    r"|(?P<first>(?:19|20)[0-9]{2})年?[至到\-—–~～](?P<last>(?:19|20)[0-9]{2})年(?![0-9度末底])"  # (2018年至2020年: a range)
    .replace("{_PART}", r"(?:度|末|底|上半年|下半年|[一二三四]季度|[0-9]{1,2}(?:[~～\-—至][0-9]{1,2})?月份?)?")
)
#: What a listed period leaves at the front of a metric (、2016年及2015年归属于…).
_PERIOD_LIST_LEFT = fastre.compile(r"^(?:[、和及与]?(?:19|20)[0-9]{2}年)+")


#: The three sectors named together (三次产业, 一、二、三产业, 三大产业).
_THREE_SECTORS = fastre.compile(r"三次产业|三大产业|(?:第)?一[、，,]?(?:第)?二[、，,]?(?:第)?三(?:次)?产(?:业)?(?=业|结构|比例|比重|构成|增加值|占比)")
#: Between the figures of a ratio or a list of three (8.3:41.6:50.1; 6%、41.4%、52.6%).
_TRIPLE_SEP = fastre.compile(
    r"\s*(?:[:：∶︰]|[、，,]|和|及|与)\s*(?:提高|下降|上升|降低|增加|减少|增长|回落|扩大|缩小)?\s*"
)  # (…分别较上年下降0.8、提高2.3、下降1.5个百分点: each change with its verb)
_SECTOR_NAMES = ("第一产业", "第二产业", "第三产业")


def _three_sectors(norm: str, figures: list[NumberMention], out: list["Attribution"]) -> None:
    """三次产业…分别为6%、41.4%、52.6% (or a ratio 8.3:41.6:50.1): each run of three figures
    listed after the three sectors named together, after 分别 or as a ratio, is the first,
    second and third sector's, in order."""
    for sm in _THREE_SECTORS.finditer(norm):
        prev_end = sm.end()
        for run in _figure_runs(norm, figures, sm.end(), _TRIPLE_SEP, same_kind=False):
            first, last = figures[run[0]], figures[run[-1]]
            ratio = norm[first.end : first.end + 1] in (":", "：", "∶")
            if len(run) == 3 and len({figures[i].kind for i in run}) == 1 and ("分别" in norm[prev_end : first.start] or ratio):
                for k, i in enumerate(run):
                    if not (out[i].subject or "").startswith(_SECTOR_NAMES[k]):  # (第一产业增加值, paired already)
                        out[i].subject, out[i].explicit_subject = _SECTOR_NAMES[k], False
                if all(out[i].role == "delta" for i in run) and len({out[i].claim_key for i in run}) == 1:
                    # (…结构为7.9:60.2:31.9，分别较上年下降0.8、提高2.3、下降1.5个百分点: three
                    # sectors' changes, a claim each, not one with the structure)
                    top = max(o.claim_key for o in out)
                    for k, i in enumerate(run):
                        out[i].claim_key = top + 1 + k
            prev_end = last.end


#: The parts of a ratio named before it, then what the ratio measures: 农、林、牧、渔业及其服务业结构比例为.
_RATIO_PARTS = fastre.compile(
    r"(?P<items>[\p{Han}]{1,8}(?:(?:、|和|及其|及|与)[\p{Han}]{1,8}){1,7}?)(?P<m>结构比例|结构比|比例|结构|构成|之比|比)(?:调整)?(?:为|是|由)?$"
)


#: A place opening the first part of a ratio's list: 全县, 全市, 我省.
_RATIO_PLACE = fastre.compile(r"(?:全|我|本)(?:国|省|市|区|县|州|旗)")
_ORDINAL_ONLY = fastre.compile(r"^[一二三四五六七八九十]+(?:产|产业)?$")


def _listed_ratio(norm: str, figures: list[NumberMention], out: list["Attribution"]) -> None:
    """农、林、牧、渔业及其服务业结构比例为51.57:3.66:38.33:3.61:2.83: each part of a ratio is
    the item named in its place, when as many items are listed right before it; the measure
    is the ratio's word (结构比例)."""
    for run in _figure_runs(norm, figures, 0, _TRIPLE_SEP, same_kind=False):
        first = figures[run[0]]
        if len(run) < 2 or norm[first.end : first.end + 1] not in (":", "：", "∶"):
            continue
        cut = max(norm.rfind(c, 0, first.start) for c in "，,；;。：:") + 1
        rm = _RATIO_PARTS.search(norm, cut, first.start)
        if rm is None:
            continue
        if any(out[i].subject in _SECTOR_NAMES for i in run):
            continue  # (三次产业结构为…: the sectors are paired already)
        items = [it.removeprefix("其") for it in _REGION_LIST_RX.split(rm.group("items").replace("及其", "及"))]
        if items and (pm := _RATIO_PLACE.match(items[0])) and pm.end() < len(items[0]):
            items[0] = items[0][pm.end() :]  # (全县农、林…: the place is whose the ratio is, no part)
        if len(items) != len(run) or any(not it or out[i].subject == it or _ORDINAL_ONLY.match(it) for it, i in zip(items, run)):
            continue  # (二、三产业比例: ordinals of sectors, no parts named)
        for it, i in zip(items, run):
            out[i].subject, out[i].explicit_subject, out[i].metric = it, False, rm.group("m")


def _figure_runs(
    norm: str, figures: list[NumberMention], start: int, sep: regex.Pattern = _FIG_LIST_SEP, same_kind: bool = True
) -> list[list[int]]:
    """The runs of figures (their indices) after ``start`` listed one after another, only
    ``sep`` between them (25%和35%, 35.66%、37.52%; a ratio 8.3:41.6:50.1 with :data:`_TRIPLE_SEP`),
    each run of one kind unless ``same_kind`` is off."""
    runs: list[list[int]] = []
    for i, f in enumerate(figures):
        if f.start < start:
            continue
        last = figures[runs[-1][-1]] if runs else None
        if last is not None and sep.fullmatch(norm[last.end : f.start]) and (not same_kind or last.kind == f.kind):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _listed_periods(norm: str, figures: list[NumberMention], out: list["Attribution"]) -> None:
    """一、二、三季度…增速分别为5%、5.5%和4.9%: listed periods pair in order with the
    figures listed after 分别 (one period each). Years listed as 2019和2020年 or spanned as
    2018年至2020年 pair so with a list of exactly as many figures, with or without 分别
    (2017年-2020年，…比重为35.66%、37.52%、39.16%、39.9%)."""
    for pm in _PERIOD_LIST.finditer(norm):
        if pm.group("first"):
            a, b = int(pm.group("first")), int(pm.group("last"))
            if not 2 <= b - a + 1 <= 12:
                continue
            items, unit = [str(y) for y in range(a, b + 1)], "年"
        elif pm.group("items5"):
            items, unit = _LIST_SEP.split(pm.group("items5")), "年"
        else:
            items = None
        if items is not None:
            for run in _figure_runs(norm, figures, pm.end(), _FIG_SERIES_SEP):
                if len(run) == len(items):
                    for k, i in enumerate(run):
                        out[i].period = items[k] + unit
            continue
        items = _LIST_SEP.split(pm.group("items") or pm.group("items2") or pm.group("items3") or pm.group("items4") or pm.group("items6"))
        unit = pm.group("unit") or pm.group("unit2") or ""
        at = norm.find("分别", pm.end())
        # (…消耗量分别为2.18万吨、…；成本占比分别为32.51%、…: each 分别 list pairs with them)
        while at >= 0:
            after = [i for i, f in enumerate(figures) if f.start > at]
            if len(after) < len(items):
                break
            run = after[: len(items)]
            if len({figures[i].unit for i in run}) == 1:
                for k, i in enumerate(run):
                    out[i].period = items[k] + unit
                    out[i].metric = _PERIOD_LIST_LEFT.sub("", out[i].metric)  # (2017年、2016年及2015年…的净利润)
            at = norm.find("分别", figures[run[-1]].end)


def _known_head(known_rx: regex.Pattern | None, clause: str, lex: Lexicon) -> str | None:
    if known_rx is None:
        return None
    km = known_rx.match(_strip_head(_lead_run(clause), lex))
    return km.group() if km else None


@functools.lru_cache(maxsize=64)
def _known_rx(names: frozenset[str]) -> regex.Pattern:
    return fastre.compile("|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True)))


#: The end of a phrase naming the set something is among (行业中, 省份中有, 新车销量当中).
_AMONG_MID = fastre.compile(r"(?:当中|之中|(?<![高初华期空集])中)")
_AMONG_END = fastre.compile(r"(?:当中|之中|(?<![高初华期空])中)(?:有|共有)?$")  # (not 普通高中, 初中, 华中)
#: Rules reading a level a change is measured from, dated by the period its phrase names
#: (shared with the checker).
COMPARED_LEVEL_RULES = frozenset({"role.compared_with_earlier", "role.comparison_base"})
#: Where the phrase naming a level compared with opens (与上周均价…相比, 较上年末的): no clause mark after it.
_COMPARED_WITH = fastre.compile(r"(?:[与同较比]|高于|低于|超过|多于|少于|不及)(?=[^与同较比，,。；;]*$)")
#: A measure named by pointing back at the last one: 这一数字, 该数据, 上述指标.
_ANAPHORIC_MEASURE = fastre.compile(r"(?:这一|这个|该|此|上述)(?:数字|数据|数值|指标|数量|规模|总量)")
#: The measure word such a phrase leaves (这一数字, 这个数量: the measure named just before).
_ANAPHORIC_NOUNS = frozenset(
    {"数字", "数据", "数值", "指标"}  # (alone too: 总量, 规模 alone name a measure of their own)
    | {pre + noun for pre in ("这一", "这个", "该", "此", "上述") for noun in ("数字", "数据", "数值", "指标", "数量", "规模", "总量")}
)
#: Rates named with a growth word that are levels in their own right (a population's).
_LEVEL_RATES = ("自然增长率",)
_RATE_NOUN_DIR = {
    **dict.fromkeys(("涨幅", "增幅", "增速", "升幅", "增长率", "增长幅度", "上涨幅度"), "up"),
    **dict.fromkeys(("跌幅", "降幅", "减幅", "下降幅度", "下跌幅度"), "down"),
    # (单月环比提升最大的是中国金茂，达到46%: the measure is a rise, told compared with the month before)
    **dict.fromkeys(("环比提升", "同比提升", "环比增长", "同比增长", "环比上涨", "同比上涨"), "up"),
    **dict.fromkeys(("环比下降", "同比下降", "环比下跌", "同比下跌"), "down"),
}
_PRODUCT_NOUN = fastre.compile(r"\p{Han}{1,6}")
_COMPARE_VERBS = "高于|低于|快于|慢于|好于|优于|超过|不及"
#: A name given by 是 right before a bracket holding its figure: 其次是工学(, 最低的是法学（.
_IS_NAME_BRACKET = fastre.compile(r"(?<![不也还就])是(?P<name>\p{Han}{2,8})[（(]$")

#: A rate set in brackets after whom it is compared with: 比全省(7.7%), 和全国平均水平(7.0%).
_BRACKET_COMPARED = fastre.compile(r"(?:(?<![同环])(?:比|较)|[）)][和及与、])(?P<owner>[^，。；0-9比较（()）]{1,12})[（(]$")
#: The gap after rates compared in brackets: …(7.0%)分别高.
_GAP_AFTER_BRACKETS = fastre.compile(r"[（(][0-9.]+%[）)](?:分别|均)?(?:(?P<up>高|快|多)|(?P<down>低|慢|少))(?:了|出)?$")
_COMPARED_RATE = fastre.compile(rf"(?:{_COMPARE_VERBS})[^，。；0-9]{{0,12}}的$")
_COMPARED_OWNER = fastre.compile(rf"(?:{_COMPARE_VERBS}|[，,、和及与也还])([^，。；0-9高低快慢好优超]{{1,10}})的$")
_NEXT_COMPARED = fastre.compile(r"[，,、和及与也还]{1,2}[^，。；0-9]{0,8}的")
#: A comparison naming whom right before the rate, whose measure is named after it (高于全国同期1.7%的两年平均增速).
_COMPARED_OWNER_BARE = fastre.compile(rf"(?:{_COMPARE_VERBS})([^，。；0-9的]{{1,10}})$")
_RATE_NAMED_AFTER = fastre.compile(r"的(?P<m>[^，。；0-9的]{0,6}?(?:增速|增幅|涨幅|增长率|增速水平|速度)(?:水平)?)")
#: The year before named after a figure, with its own level right after it (上年为42.6微克/立方米,
#: 去年是3.2万人): a level to compare with, which does not date the figures before it.
_PAST_YEAR_LEVEL = fastre.compile(r"(?:上年|去年|上一年|前一年|前年)(?:全年)?(?:同期)?(?:末|底)?(?:为|是|则为|仅为|只有|达|有)?[0-9０-９一二三四五六七八九十两]")
_SAME_TIME_LAST_YEAR = fastre.compile(r"(?:上年|去年|前一年|上一年|上一?个?财年|上一?个?财政年度)同期")

#: Roles of a level the figure before it (or after it) is compared with.
_BASE_RULES = frozenset({"role.comparison_base", "role.prior_period_level", "role.prior_period_bare", "role.prior_period_bracket", "role.compared_with_earlier"})


#: A clause that is only the name of an industry or segment, figures following in the
#: next clauses (…分别为：互联网和相关服务业，研发费用总额1668亿元，研发强度7.01%).
_BARE_INDUSTRY = fastre.compile(r"[\p{Han}、]{2,24}")


def _clause_head(clause: str, lex: Lexicon) -> str | None:
    """Whom a clause names: a name heading it, an industry standing alone in it, or the
    business a superlative clause picks out (增长最快的是…其他业务，收入同比增长348%; not a
    product, 跌幅最小的是土豆, which the figures after it do not all belong to)."""
    if _AMONG_FRAME.match(clause):
        return None  # (在全国31个省份中居第21位: the field a place is held in, no one's figure)
    return _clause_subject(clause, lex) or _bare_industry(clause, lex) or _picked_out(clause, lex) or _described_name(clause, lex)


#: A clause opening on the field a place is held in (在全国31个省份中居…, 在全省各市中排名…), or on
#: where a deed is done (在全省13个市州…新建…).
_AMONG_FRAME = fastre.compile(
    r"\s*在(?:全国|全省|全市|全区|全县|全球|世界|国内|省内|市内)(?:[^，,。；;在]{0,20}?(?:当中|之中|中)(?:仍|继续|依然|均)?(?:位居|位列|居|排名|排在|名列|跃居|稳居|排)"
    # (省教育厅在全省13个市州61个县区…新建、改扩建食堂400个: where a deed is done, not who does it)
    r"|[^，,。；;在]{0,30}?(?:新建|改扩建|扩建|建设|建成|实施|开展|增补|新增))"
)


#: A firm's name after its description and 的 (中海发展, 保利地产, 某某公司).
_DESCRIBED_FIRM = rf"(?P<name>\p{{Han}}{{2,8}}(?:{FIRM_END_WORDS}|发展|公司|企业|地产|控股))"
#: After a rank, the name holding it: 第四位的中海发展，.
_RANK_OF_NAME = fastre.compile(rf"的{_DESCRIBED_FIRM}(?=[，,。；;]|$)")
#: A figure-less clause that is a name after its description: 而位列榜单第四位的中海发展.
_DESCRIBED_NAME = fastre.compile(rf"(?:而|其中|另外|此外)?[^，,。；;：:]{{2,24}}的{_DESCRIBED_FIRM}")


def _described_name(clause: str, lex: Lexicon) -> str | None:
    """The firm a clause names after its description (位列榜单第四位的中海发展，…), or None."""
    return _clause_name(_DESCRIBED_NAME, clause, lex)


def _clause_name(rx: regex.Pattern, clause: str, lex: Lexicon) -> str | None:
    """The ``name`` group of ``rx`` matching a whole figure-less clause, unless a verb or a period
    runs through it."""
    m = rx.fullmatch(clause.rstrip("，,；;：:。 "))
    if m is None or _VERBISH.search(m.group("name")) or lex.period_rx.search(m.group("name")):
        return None
    if _DEED_NOT_NAME.search(m.group("name")):
        return None  # (公司拟以…的价格回购股份: a deed on shares, no firm called 价格回购股份)
    return m.group("name")


#: A figure-less clause picking out the top one: 增长最快的是包括支付及云服务在内的其他业务.
_PICKED_OUT = fastre.compile(
    r"[\p{Han}A-Za-z]{2,16}?(?:最高|最低|最大|最小|最多|最少|最快|最慢|最亮眼|最突出)的?(?:是|为|当属|要数)"
    r"(?:包括[^，,。；;]{1,20}在内的)?(?P<name>[\p{Han}A-Za-z]{1,10}(?:业务|板块|分部|行业|产业|公司|集团|企业))"
)


def _picked_out(clause: str, lex: Lexicon) -> str | None:
    """The business a figure-less superlative clause picks out (:data:`_PICKED_OUT`), or None."""
    return _clause_name(_PICKED_OUT, clause, lex)


def _bare_industry(clause: str, lex: Lexicon) -> str | None:
    body = clause.rstrip("，,；;：:。 ").lstrip("：:，, ")
    if not _BARE_INDUSTRY.fullmatch(body) or lex.industry_rx is None or not lex.industry_rx.search(body):
        return None
    if _VERBISH.search(body.replace("和", "").replace("与", "").replace("及", "")) or lex.period_rx.search(body):
        return None
    return body


#: What stands between the start of a change and its end when no verb does: 到, 至2020年的.
_TO_LEVEL = fastre.compile(r"(?:到|至)(?:[^，。；、]{0,10}的)?")


def _ratio_changes(figures: list[NumberMention], out: list["Attribution"], norm: str) -> None:
    """由7.3:53.5:39.2调整为7.0:53.7:39.3: each part of the later ratio moved from the same
    part of the earlier one (7.0 down, 53.7 up), not with the ratio's last part; each part's two
    ends are one claim of their own."""
    groups: list[list[int]] = []
    for k, f in enumerate(figures):
        if f.surface_unit != ":":
            continue
        if groups and groups[-1][-1] == k - 1 and norm[figures[k - 1].end : f.start].strip() in (":", "："):
            groups[-1].append(k)
        else:
            groups.append([k])
    for g in groups:
        for k in g[1:]:
            out[k].period = out[g[0]].period  # (由2013年的22.7∶40.6∶36.7: one ratio, one time)
    for g0, g1 in zip(groups, groups[1:]):
        if len(g0) != len(g1) or {out[k].role for k in g0} != {"before"} or {out[k].role for k in g1} != {"after"}:
            continue
        top = max(a.claim_key for a in out)
        for i, (k0, k1) in enumerate(zip(g0, g1)):
            v0, v1 = figures[k0].value, figures[k1].value
            out[k1].direction = None if v0 == v1 else ("up" if v1 > v0 else "down")
            # (each part and its change are one claim, the parts parallel items: SCHEMA's claims)
            out[k0].claim_key = out[k1].claim_key = out[g1[0]].claim_key if i == 0 else top + i


def _listed_gaps(norm: str, figures: list[NumberMention], out: list["Attribution"]) -> None:
    """A gap to another figure, then one to the next compared with, listed (高于全国0.7个百分点、
    全省0.4个百分点): the second is a gap of the same measure, owner and direction."""
    for k in range(len(figures) - 1):
        a, b = out[k], out[k + 1]
        if a.rule_id != "role.difference" or b.rule_id or b.role != "value" or figures[k].unit != figures[k + 1].unit:
            continue
        gm = _NEXT_GAP.fullmatch(norm, figures[k].end, figures[k + 1].start)
        if gm is None or _GAP_WORD.search(gm.group("who")):
            continue
        b.role, b.direction, b.rule_id = a.role, a.direction, a.rule_id
        b.metric, b.subject, b.claim_key = a.metric, a.subject, a.claim_key


#: The words between rates of change and a bound they all keep (…和11.2%，均保持在10%以上).
_HELD_AT_BOUND = fastre.compile(r"[，,]\s*(?:均|都|仍|继续|也)+(?:保持|维持|稳定)在?")


def _bound_of_changes(norm: str, figures: list[NumberMention], out: list["Attribution"]) -> None:
    """A bound that the rates of change just listed all keep (分别增长11.4%、10.8%和11.2%，均保持
    在10%以上): a bound on those changes, of their measure and direction."""
    for k in range(1, len(figures)):
        a, b, f = out[k - 1], out[k], figures[k]
        if (
            b.rule_id or b.role != "value" or f.unit != "%" or f.qualifier == "exact"
            or a.role != "delta" or figures[k - 1].unit != "%"
            or not _HELD_AT_BOUND.fullmatch(norm, figures[k - 1].end, qualified_start(f))
        ):
            continue
        b.role, b.direction, b.metric, b.subject, b.rule_id = "delta", a.direction, a.metric, a.subject, "role.bound_of_changes"


#: A signed rate in brackets right after a level (营收12.3亿元（+15.2%）): the opening bracket and sign.
_SIGNED_ASIDE = fastre.compile(r"\s*[（(]\s*(?P<plus>[+＋])?\s*")


def _signed_in_brackets(norm: str, figures: list[NumberMention], out: list["Attribution"]) -> None:
    """A rate with its sign alone in brackets right after a level (营收12.3亿元（+15.2%）, 归母净利润
    2.1亿元（-8.5%）): the level's change, its direction the sign. An unsigned rate there
    (西夏区(13.0%)) says nothing of what it is and is left as it was read."""
    for k in range(1, len(figures)):
        f, g, b = figures[k], figures[k - 1], out[k]
        if b.rule_id or b.role != "value" or f.unit not in ("%", "pp") or g.unit in ("%", "pp", None):
            continue
        sm = _SIGNED_ASIDE.fullmatch(norm, g.end, f.start)
        if sm is None or not (sm.group("plus") or f.value < 0) or norm[f.end : f.end + 1] not in ("）", ")"):
            continue
        a = out[k - 1]
        b.role, b.direction, b.rule_id = "delta", "down" if f.value < 0 else "up", "role.signed_in_brackets"
        b.metric, b.subject, b.claim_key = a.metric, a.subject, a.claim_key


def _gap_past_rival(figures: list[NumberMention], out: list["Attribution"]) -> None:
    """A gap stated past a rival named by its rank (…2481亿元，远远高出第二位的上海800亿元): a gap
    in the measure of the last figure before it in its unit, not in the rival's words."""
    for k in range(1, len(figures) - 1):
        if out[k].rule_id != "role.compared_rank" or out[k + 1].rule_id != "role.difference":
            continue
        j = next((j for j in range(k - 1, -1, -1) if figures[j].unit == figures[k + 1].unit and out[j].metric), None)
        if j is not None:
            out[k + 1].metric = out[j].metric


#: The next item of a list of additions, a bare measure before its figure (,茶叶面积 after
#: 新增烟叶面积8000亩): no verb of its own, so 新增 still governs it.
_NEXT_ADDITION = fastre.compile(r"[，,、](?P<np>\p{Han}{2,8})")
#: Between two counts of a list whose nouns follow them: 家影院和 / 个项目、.
_NEXT_COUNTED = fastre.compile(r"(?P<np>\p{Han}{1,8}?)(?:和|及|与|、)")


def _listed_additions(norm: str, figures: list[NumberMention], out: list["Attribution"], lex: Lexicon) -> None:
    """Additions listed after one 新增 (新增烟叶面积8000亩,茶叶面积5000亩; 新增市场主体3.2万户、
    个体工商户2.1万户): each item with no verb of its own is an addition too, of its own measure."""
    for k in range(len(figures) - 1):
        a, b = out[k], out[k + 1]
        if a.rule_id != "role.new_addition" or b.rule_id or b.role != "value":
            continue
        if figures[k].unit != figures[k + 1].unit:
            # (新增的5477家影院和3.88万块银幕: things counted each with its noun after it)
            if figures[k].kind == figures[k + 1].kind == "count" and (cm_ := _NEXT_COUNTED.fullmatch(norm, figures[k].end, figures[k + 1].start)):
                if not _VERBISH.search(cm_.group("np")) and not _NEW_WORDS.search(cm_.group("np")):
                    b.role, b.direction, b.rule_id = a.role, a.direction, a.rule_id
            continue
        nm = _NEXT_ADDITION.fullmatch(norm, figures[k].end, figures[k + 1].start)
        if nm is None or _VERBISH.search(nm.group("np")) or lex.period_rx.search(nm.group("np")) or _NEW_WORDS.search(nm.group("np")):
            continue
        b.role, b.direction, b.rule_id = a.role, a.direction, a.rule_id


#: Verbs that open an item of their own in a list of deeds (发展核桃7万亩, 建成…, 完成…), and
#: words of a total reached (新增市场主体52.3万户，总量突破120万户).
_NEW_WORDS = fastre.compile(r"发展|建成|建设|完成|实现|新建|改造|培育|引进|种植|累计|共有|其中|总量|总数|总计|合计|突破|达到|超过")


def _plan_shares(norm: str, figures: list[NumberMention], out: list["Attribution"]) -> None:
    """A level, then how much of the year's plan it is (实现营业收入29.68亿元，完成全年计划的45.35%):
    the share's owner is the measure planned (营业收入). A growth rate right after such a share, or
    after a share of a whole (…，为年度预算的86.7%，同比增长4.1%; 研发投入4729万元，占销售收入8.20%，
    同比增长4.16%), grows the level, not the share."""
    for k in range(1, len(figures)):
        lv, sh = out[k - 1], out[k]
        if figures[k].unit != "%" or figures[k - 1].unit == "%" or lv.role != "value" or sh.role != "value" or not lv.metric:
            continue
        if _TO_PLAN_SHARE.fullmatch(norm, figures[k - 1].end, figures[k].start):
            sh.subject = lv.metric
        elif not _TO_SHARE.fullmatch(norm, figures[k - 1].end, figures[k].start):
            continue
        j = k + 1
        # (为年度预算的92.3%，同比增收1.4亿元，增长8.1%: the changes after the share, of the share's
        # level's unit or in percent, grow the level)
        while j < len(figures) and out[j].role == "delta" and figures[j].unit in ("%", figures[k - 1].unit) and out[j].metric == sh.metric:
            out[j].metric, out[j].subject = lv.metric, lv.subject
            j += 1


#: Between a level and its share of the year's plan: ，完成全年计划的 / ，为年度预算的.
_TO_PLAN_SHARE = fastre.compile(
    r"[，,]\s*(?:累计)?(?:完成|为|占|达到?|相当于)(?:了)?(?:全年|年度|本年度?|当年)(?:计划|目标|预算)(?:任务)?(?:数)?的"
)


def _superlative_holders(
    norm: str, spans, clause: list[int], figures: list[NumberMention], out: list["Attribution"], lex: "Lexicon"
) -> None:
    """Who holds the most, then the figure (年平均工资最高的是信息传输业，为236512元; “回血量”最大的是碧
    桂园，达到690亿元): the measure before the superlative, the holder after 的是; a second
    holder with no measure of its own (最低的是住宿和餐饮业，为52130元) holds the same one."""
    measure = ""
    for k, (f, a) in enumerate(zip(figures, out)):
        ci = clause[k]
        if ci == 0 or a.role != "value" or not _BARE_LEAD.fullmatch(norm, spans[ci][0], f.start):
            continue
        sm_ = _SUPERLATIVE_HOLDER.fullmatch(norm, spans[ci - 1][0], spans[ci - 1][1])
        if sm_ is None or any(clause[i] == ci - 1 for i in range(k)):
            continue
        m = _SUPER_LEAD.sub("", sm_.group("m")).strip("“”\"'‘’")
        measure = m or measure or a.metric  # (…；最低的是住宿和餐饮业，为52130元: the measure goes on)
        who = sm_.group("who")
        if not measure or lex.period_rx.search(who) or _NOT_HOLDER.search(who) or lex.pronoun_rx.fullmatch(who):
            continue
        a.metric, a.subject, a.explicit_subject = measure, who, True


#: A clause naming who holds the most of a measure: (年平均工资)最高的是(信息传输业).
_SUPERLATIVE_HOLDER = fastre.compile(
    r"[，,；;\s]*(?P<m>[^，,。；;：:]{0,16}?)(?:最高|最低|最大|最小|最多|最少|最快|最慢|最强|最好)的(?:是|为|要数|当属)(?P<who>\p{Han}[^，,。；;：:]{1,20})[，,]?"
)
def _counted_set_deeds(
    norm: str, spans, clause: list[int], figures: list[NumberMention], out: list["Attribution"], lex: "Lexicon"
) -> None:
    """A set of firms counted, then what it achieved (规模以上服务业260家，实现营业收入59.82亿元): the
    achievement is the set's, and so are the changes of it after it."""
    for k in range(1, len(figures)):
        c, ck = figures[k - 1], clause[k - 1]
        if c.kind != "count" or out[k - 1].role != "value" or clause[k] != ck + 1:
            continue
        counted = out[k - 1].metric or ""
        if not _FIRM_SET_END.search(counted) or (out[k - 1].subject and not lex.region_rx.fullmatch(out[k - 1].subject)):
            continue
        if not _DEED_OPENING.match(norm, spans[clause[k]][0], figures[k].start):
            continue
        for j in range(k, len(figures)):
            if (clause[j] != clause[k] and out[j].metric != out[k].metric) or out[j].subject not in (None, out[k - 1].subject):
                break  # (…，同比增长13.0%: the change of the achievement goes with it)
            out[j].subject, out[j].explicit_subject = counted, False


#: A counted set of firms or trades (规模以上服务业, 规上工业企业, 重点项目).
_FIRM_SET_END = fastre.compile(r"(?:服务业|工业|企业|项目|公司)$")
#: A clause opening with a deed and its measure: ，实现营业收入 / ，完成投资.
_DEED_OPENING = fastre.compile(r"[，,\s]*(?:共|累计|合计)?(?:实现|完成)\p{Han}{1,10}")
#: Words no holder's name holds (a verb or a preposition; 和 and 、 join names listed).
_NOT_HOLDER = fastre.compile(r"[的是为了将把对从由向到至在]|增长|下降|超过|达到")
#: Words opening a clause that are not the measure's: 而, 其中, 此外.
_SUPER_LEAD = fastre.compile(r"^(?:而|其中|此外|另外|同时|分行业看|从行业看)+")
#: A clause giving only the figure: ，为 / ，达到 / ，是.
_BARE_LEAD = fastre.compile(r"[，,\s]*(?:分别)?(?:为|达到?|是|有|约为?|高达|仅为?)?\s*")


#: Words before 占 that name no part: 分别占, 两者占, 均占, 合计占.
_NOT_A_PART = fastre.compile(r"分别|两者|二者|三者|各自|各|均|共|合计|总计|约|仅|只|已|比重|比例")
#: A part named alone before 占 and its share (船舶占3.3%, 外国人占21.6%).
_BARE_PART_SHARE = fastre.compile(r"(?P<part>\p{Han}{1,8})占")
#: A share of an earlier level of the same measure, no measure of its own: 恢复到2019年(同期)的, 相当于.
_RESTORED_TO = fastre.compile(r"(?:恢复(?:至|到)?|相当于)(?:[0-9]{4}年)?(?:同期)?(?:水平)?")
#: Between a level and its share of a whole: ，占销售收入 / （占总数 / ，占新签合同总额的 (not a bare
#: 占比, 企业有37家，占比为27%，同比上升7个百分点: the share's own change may follow it).
_TO_SHARE = fastre.compile(r"\s*[，,（(]\s*占(?!比)[^，,。；;：:（）()0-9]{1,20}?(?:的)?(?:比重|比例|份额)?(?:为|达到?|是)?\s*")


#: Between two gaps listed: 、 and the next one compared with (全省, 全国平均水平).
_NEXT_GAP = fastre.compile(r"\s*[、和及]\s*(?:比|较)?(?P<who>\p{Han}{1,8})")
#: A word of change or comparison: the words between two figures say more than whom.
_GAP_WORD = fastre.compile(r"[增减涨跌降升高低多少快慢超于为达]|提高|回落|扩大|收窄")


def _joined_run(norm: str, figs: list[NumberMention], sep: regex.Pattern = _FIG_LIST_SEP) -> int:
    """How many of ``figs``, from the first, are listed one after another with only ``sep``
    between them (1545亿元和1406亿元, 42.9%、33.8%、5.7%)."""
    n = 1 if figs else 0
    while n < len(figs) and sep.fullmatch(norm[figs[n - 1].end : figs[n].start]):
        n += 1
    return n


def _start_end_runs(norm: str, figs: list[NumberMention], n: int) -> bool:
    """Are ``figs`` two lists of ``n`` figures each, in one unit, the first the starts and the second
    the ends of their changes (从42.9%、33.8%调整为37.9%、29.4%; 由…增至…)?"""
    if len(figs) != 2 * n or len({g.unit for g in figs}) != 1:
        return False
    if _joined_run(norm, figs[:n], _LIST_ONLY_SEP) != n or _joined_run(norm, figs[n:], _LIST_ONLY_SEP) != n:
        return False
    return bool(_RUN_TO.search(norm[figs[n - 1].end : figs[n].start]))


#: Between the starts and the ends listed: 调整为, 增至, 降到.
_RUN_TO = fastre.compile(r"(?:至|到|为)(?:[0-9]{4}年|[^，。；]{0,6})?的?$")


def _run_end(norm: str, figures: list[NumberMention], k: int, keep) -> int:
    """The last index of the run of figures from ``k`` that each ``keep`` and that only 、, 和, 及
    or 与 join (33.8%、5.7%; 第2位和第3位)."""
    j = k
    while j + 1 < len(figures) and keep(j + 1) and _LIST_ONLY_SEP.fullmatch(norm[figures[j].end : figures[j + 1].start]):
        j += 1
    return j


def _paired_end_lists(norm: str, figures: list[NumberMention], out: list["Attribution"]) -> None:
    """Lists of starts and ends in the same order (分别从2005年的42.9%、33.8%、5.7%调整为2010年的
    37.9%、29.4%、12.2%): each end's direction is its own change's, from its start."""
    k = 0
    while k < len(figures):
        if out[k].role != "before":
            k += 1
            continue
        j = _run_end(norm, figures, k, lambda i: out[i].role == "before")
        n = j - k + 1
        ends = list(range(j + 1, j + 1 + n))
        if (
            n >= 2 and ends[-1] < len(figures) and all(out[e].role == "after" and figures[e].unit == figures[k].unit for e in ends)
            and _joined_run(norm, figures[ends[0] : ends[-1] + 1], _LIST_ONLY_SEP) == n
        ):
            for b, e in zip(range(k, j + 1), ends):
                v0, v1 = figures[b].value, figures[e].value
                out[e].direction = None if v0 == v1 else ("up" if v1 > v0 else "down")
            k = ends[-1] + 1
        else:
            k = j + 1


def _signed(norm: str, figures: list[NumberMention], k: int):
    """A figure's value, negative when the words just before it name a loss (净亏损为2.489亿元,
    去年同期亏损2.1亿元; not 扭亏, 减亏)."""
    lo = max(figures[k - 1].end if k > 0 else 0, figures[k].start - 10)
    return -figures[k].value if _LOSS_WORD.search(norm, lo, figures[k].start) else figures[k].value


#: A loss named before its amount (亏损, 净亏损, 亏), not its end or its narrowing (扭亏, 减亏).
_LOSS_WORD = fastre.compile(r"(?<![扭减止])亏")


def _measure_apart(change: str, level: str) -> bool:
    """Does a change named ``change`` measure another thing than a level named ``level``: both
    named, sharing no character (毛利率 against 营收)? A bare rate word (增速) names none."""
    return bool(change and level and change not in _RATE_WORDS and not set(change) & set(level))


def _compared_levels(norm: str, figures: list[NumberMention], out: list["Attribution"]) -> None:
    """A level stated against an earlier one (销售金额为460.6亿元，同比去年的542.3亿元减少15%)
    is the end of that change: the base is ``before`` (role.comparison_base), the level
    before it in the sentence with the same unit becomes ``after``, in one claim, its
    direction from the change that follows or from the two values (a loss below any profit:
    净亏损2.489亿元，而去年同期净利润为2.294亿元 is down)."""
    for j, (fj, aj) in enumerate(zip(figures, out)):
        if aj.rule_id not in _BASE_RULES:
            continue
        i = next((k for k in range(j - 1, -1, -1) if figures[k].unit == fj.unit), None)
        if (i is None or out[i].role != "value") and aj.rule_id == "role.comparison_base":
            # 比去年同期的1980万美元有所下降，为1770万美元: the level comes after its base
            i = next((k for k in range(j + 1, len(figures)) if figures[k].unit == fj.unit), None)
        if i is None or out[i].role != "value":
            continue
        after = out[i]
        after.role = "after"
        nxt = out[j + 1] if j + 1 < len(out) and out[j + 1].role == "delta" else None
        if nxt is not None and _measure_apart(nxt.metric, after.metric):
            nxt = None  # (营收19亿元，去年同期为22亿元，…但毛利率同比翻番: the change of another measure)
        if nxt is not None and nxt.direction:
            after.direction = nxt.direction
        elif figures[i].value is not None and fj.value is not None and figures[i].value != fj.value:
            vi, vj = _signed(norm, figures, i), _signed(norm, figures, j)
            if (vi < 0) == (vj < 0):
                vi, vj = figures[i].value, fj.value  # (two losses: the larger amount is up, as written)
            after.direction = "up" if vi > vj else "down"
        if i + 1 < len(out) and out[i + 1].rule_id == "role.restated":
            # (运营亏损1.218亿元(约合1710万美元)，而去年同期…: its restatement ends the change too)
            out[i + 1].role, out[i + 1].direction = after.role, after.direction
        aj.claim_key = after.claim_key
        if nxt is not None:
            nxt.claim_key = after.claim_key


_QUARTER_IN = fastre.compile(r"(?:Q|第)?([1-4一二三四])(?:Q|季度|季)|Q([1-4])")
_QUARTER_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4}
_YEAR_IN = fastre.compile(r"((?:19|20)[0-9]{2})年?")
#: A month named alone, the last in the period (7月, not the end of 1-7月).
_LAST_MONTH_IN = fastre.compile(r"(?<![0-9\-—~至到])([0-9]{1,2})月(?!.*[0-9]月)")


def _last_period(text: str, lex: "Lexicon") -> str:
    """The last period named in ``text``, or ""."""
    m = _last_match(lex.period_rx, text)
    return m.group() if m else ""


def _period_order_key(period: str) -> tuple[str, int, int] | None:
    """(granularity, year or 0, index) of a quarter or a month named alone (Q2, 二季度, 7月),
    so that two periods of one granularity compare in time; None for anything else."""
    y = _YEAR_IN.search(period)
    year = int(y.group(1)) if y else 0
    q = _QUARTER_IN.search(period)
    if q:
        d = q.group(1) or q.group(2)
        return ("q", year, _QUARTER_DIGIT.get(d) or int(d))
    m = _LAST_MONTH_IN.search(period)
    if m:
        return ("m", year, int(m.group(1)))
    return None


def _later_period(first: str, second: str) -> bool:
    """Is ``first`` a later quarter or month than ``second`` (of the same year, or both
    dated)?"""
    a, b = _period_order_key(first), _period_order_key(second)
    return bool(a and b and a[0] == b[0] and (a[1] == b[1] or a[1] and b[1]) and (a[1], a[2]) > (b[1], b[2]))


def _contrast_periods(
    norm: str, spans, clause: list[int], figures: list[NumberMention], out: list["Attribution"], lex: "Lexicon"
) -> None:
    """Levels of one measure set against each other by time words are the two ends of a
    change: 黄洋葱年前一斤0.5元，年后0.4元 (before, after, down); 节前批发价70~80元的龙豆，
    如今卖到140元 (before, before, after)."""
    for j in range(1, len(figures)):
        fj, aj = figures[j], out[j]
        if aj.role not in ("value", "after"):
            continue
        cj = clause[j]
        firsts = [i for i in range(j) if clause[i] < cj and figures[i].unit == fj.unit]
        if not firsts:
            continue
        ci = clause[firsts[-1]]
        ends = [i for i in firsts if clause[i] == ci and out[i].role == "value"]
        if not ends or any(out[i].role != "value" for i in range(ends[0], j) if clause[i] == ci):
            continue
        a0 = spans[ci][0]
        before_txt = norm[a0 : figures[ends[0]].start]
        after_txt = norm[spans[cj][0] : fj.start]
        timed = lex.times_before_rx.search(before_txt) and (lex.times_after_rx.search(after_txt) or aj.role == "after")
        if not timed and aj.role == "after" and not any(clause[i] == cj and out[i].role == "before" for i in range(j)):
            # 2014年末,…仅为成都农商行的73%,到去年末已变为113%: a level dated, then one reached at
            # another time: the two ends of the change
            # (not 2027年营收预测下调至490.27亿元 after 2025年…(原预测430.55亿元): a measure of its
            # own, changed from its own old level)
            p0, p1 = out[ends[0]].period, aj.period
            timed = bool(
                p0 and p1 and p0 != p1 and _last_period(after_txt, lex)
                and not lex.measure_word_rx.search(lex.period_rx.sub("", after_txt))
            )
        # 年初均价为6800元/吨，7月末为7890元/吨，涨幅达16.03%: two dated levels, then their change
        dated = (
            aj.role == "value" and lex.period_rx.search(before_txt) and lex.period_rx.search(after_txt)
            and j + 1 < len(out) and out[j + 1].role == "delta"
        )
        if dated and not timed and aj.metric and out[ends[0]].metric and aj.metric != out[ends[0]].metric:
            continue  # 全年销售额达1315亿元，2015年销售目标定为1500亿元: another measure
        e0 = out[ends[0]]
        if dated and not timed and e0.explicit_subject and aj.explicit_subject and e0.subject and aj.subject and e0.subject != aj.subject:
            continue  # 北京现代7月销量达52,016辆;东风悦达起亚7月销量为32,008辆，同比增长31.2%: two owners' levels
        if not (timed or dated):
            continue
        if dated and not timed and len(ends) == 1 and _later_period(_last_period(before_txt, lex), _last_period(after_txt, lex)):
            # 公司Q2净利润131.27亿，Q1净利润102.16亿，据此计算，Q2净利润环比增长28%: the later period
            # told first is the end of the change
            i0 = ends[0]
            aj.role, aj.direction = "before", None
            out[i0].role = "after"
            if figures[i0].value is not None and fj.value is not None and figures[i0].value != fj.value:
                out[i0].direction = "up" if figures[i0].value > fj.value else "down"
            aj.claim_key = out[i0].claim_key
            out[j + 1].claim_key = out[i0].claim_key
            continue
        for i in ends:
            out[i].role, out[i].direction = "before", None
            out[i].claim_key = out[ends[0]].claim_key
        base = figures[ends[-1]]
        aj.role = "after"
        if dated and not timed:
            out[j + 1].claim_key = out[ends[0]].claim_key
        if aj.direction is None and base.value is not None and fj.value is not None:
            aj.direction = "up" if fj.value > base.value else ("down" if fj.value < base.value else None)
        aj.claim_key = out[ends[0]].claim_key
        for k in range(j + 1, len(figures)):  # the other end of an after range (两三万家)
            if fj.group is None or figures[k].group != fj.group:
                break
            out[k].role, out[k].direction, out[k].claim_key = "after", aj.direction, aj.claim_key


#: What stands between two items of a list of figures: 、, 和, 及, 与.
_LIST_GAP = fastre.compile(r"\s*(?:[、，,]|和|及|与|以及)\s*")
#: Counts of comings and goings, not of a set of things with attributes of their own (接待游客
#: 493.34万人次…；实现旅游收入33.06亿元 is two claims; 储备项目134个，总投资1220.3亿元 is one).
_FLOW_COUNTS = frozenset({"人次", "架次", "艘次", "车次", "航次", "班次", "列次", "批次"})
_RATE_WORDS = frozenset({"增速", "涨幅", "增幅", "降幅", "增长率", "跌幅", "升幅"})
_RATE_WORD_RX = fastre.compile("|".join(sorted(_RATE_WORDS, key=len, reverse=True)))
_RANK_VERBS = r"(?:位居|位列|居|排名|排在|名列|跃居|稳居|跃升至|升至|排)"
#: A rank told among a field (在全国民用运输机场中居, 在全省各市中排名): the field is where it ranks.
_RANK_AMONG = fastre.compile(rf"在[^，,。；;在]{{2,24}}?(?:当中|之中|中)(?:仍|继续|依然|均)?{_RANK_VERBS}$")
#: What shows a quoted term is no owner of what follows: a list goes on (“新三样”、3D打印机), a brand's
#: product follows (“华鲁青果”牌), or a rank verb (“80后”位列第二: the term is ranked, not measured).
_QUOTED_NOT_OWNER = fastre.compile(rf"[、和与及]|^[牌等型款号]|^{_RANK_VERBS}")
#: 大 and the noun after a rank: 第一大股东, 第二大图书销售渠道 (the Nth largest of them).
_NTH_LARGEST = fastre.compile(r"大(?P<n>[\p{Han}A-Za-z]{2,10}?)(?=[，。；、,;：:！？!?）)\s]|$)")
#: The link between a name and its rank: 为其, 成为, 是, 晋升, 继续保持; and where it ranks (我省第一大, 全国第二大).
_RANK_OWNER_TAIL = fastre.compile(
    r"(?:已经|已|仍然|仍|依然|继续|再次)?(?:为其|为|成为|成|是|晋升为?|升为|跃升为|降为|降至|保持|稳居|稳坐)"
    r"(?:我省|我市|我区|我国|我县|本省|本市|全国|全省|全市|全区|中国|全球|世界|国内|省内|市内|(?:该|本)?公司|(?:该|本)?集团|其|行业)?的?$"
)
#: What opens or closes a deed, a purpose or a time, never a name: 随着…, 用于…, 以现金方式…, …之际.
_NOT_A_NAME = fastre.compile(
    r"^(?:随着|包括|用于|通过|为了|建立|设立|申请|晋升|参与|开行|优先|采用|按照|围绕|对于|关于|几乎|大约|大概|差不多|上调|下调|维持|给予|实施|推进|启动|新开工|开工|以(?!色列|上|下|来|前|后))|方式|之际|期间"
    r"|^(?:新增|具备|符合|满足)|战胜|击败|负于|打败|逼平"  # (新增城乡公交线路, 具备条件的建制村: a deed or a condition, no one's name; 新建投产企业 is a group)
    r"|(?:变更|关注|上调|下调|派发|成立|减持|增持)$"
    # (最大累计降雨量: a superlative; 10月单月: a time; 同类1862只基金中: the set ranked in; 近七成: a share)
    r"|^最\p{Han}$|^(?:单月|单季|当月|当季)$|^同类|[0-9０-９一二两三四五六七八九十]成$"
    # (这部分业务, 这两类产品, 这个数字: a demonstrative points back at whom the text named, it is no name)
    r"|^(?:这|那|此)(?:个|些|部分|类|种|项|批|[一两二三四五六七八九十几]\p{Han}?)"
)
#: Words a clause's head run leaves on a name: a copula or preposition before it (是苏州市,
#: 在去年李宁, 于支柱业务), a particle, adverb or verb after it (波司登于, 他们约, 芒果超媒发布了).
_SUBJ_LEAD_JUNK = fastre.compile(r"^(?:这是|是|于|然|随着|的|其中)(?=[\p{Han}A-Za-z]{2})")
#: A stock market's board (科创板上市申请: where a firm lists, no owner of its figures).
_BOARD = fastre.compile(r"科创板|创业板|沪深主板|主板|北交所|新三板")
_SUBJ_TAIL_JUNK = fastre.compile(r"(?<=[\p{Han}A-Za-z]{2})(?:发布了|发布|进行|也|仍持|仍|继|再|则|还|又|亦|约|自|于|的\p{Han}?)$")
#: Where a name's run goes on into what it did or holds (第三产业占地区生产总值, 全市新增城镇,
#: 全县新发展农业龙头企业): the name ends there.
_SUBJ_DEED_CUT = fastre.compile(r"(?<=[\p{Han}A-Za-z]{2})(?:占|新增|新发展)")
#: A day inside what was taken for a name.
_SUBJ_DAY = fastre.compile(r"[0-9０-９]{1,2}月[0-9０-９]{1,2}日")
#: A verb opening what was taken for a name (获得金牌, 接报农村地区): no one's name.
_SUBJ_VERB_LEAD = fastre.compile(r"^(?:获得|接报|增发|入股|占|超过)")
#: A comparison left where a name should be (相较于, 大幅优于): no one's name.
_SUBJ_COMPARISON = fastre.compile(r"^较(?!场)|相较|相比|优于|高于|低于|快于|慢于|意味着")


#: Whom a payout goes to, opening its metric: 向全体股东, 拟向股东.
_PAID_TO = fastre.compile(r"(?:拟|将)?向(?:公司)?(?:全体)?(?:股东|投资者|持有人|基金份额持有人)(?:派发|分派)?")


#: A bracket, half- or full-width, opening or closing.
_BRACKETS = fastre.compile(r"[()（）]")
#: Names listed, then 分别以 and their figures (1号线、2号线分别以312.5万人次、276.8万人次位居…).
_NAMES_BY_FIGURES = fastre.compile(r"(?P<who>[\p{Han}A-Za-z0-9、和及]{4,60}?)(?:分别|依次)以\s*$")
#: Names listed, then 分别占 and no whole (圆通、韵达、申通分别占17.6%、15.2%和14.8%).
_SHARES_LISTED = fastre.compile(r"(?P<who>[\p{Han}A-Za-z、和及]{4,60}?)(?:分别|依次)占")
#: Words up to a closing bracket no opening one stands before (义乌）快递业务量).
_UNOPENED_CLOSE = fastre.compile(r"[^（(）)]{1,8}[）)]")
#: A bracket closing a note the clause cut into, at the head of a name: )庄浪县, 记者 曾蔷)中国银行.
_SUBJ_UNOPENED_CLOSE = fastre.compile(r"[^（(）)]{0,8}[）)]")
#: A bracket defining the short name the text goes on to use: (以下简称“张裕”), （以下简称"公司"）.
_ALIAS_NOTE = fastre.compile(r"\s*[（(]以下(?:简称|称)[为:：]?\s*[“\"「]?(?P<alias>[^”\"」（()）]{1,12})[”\"」]?[）)]$")
#: A bracket the figure stands in, still open: 婚礼会馆门店(常州常青里门店面积, 价格(占.
_OPEN_NOTE = fastre.compile(r"[（(](?:预计|约|主要|其中|分别)?(?P<note>[^（()）]*)$")
#: A bracket giving a measure's short name after it: (简称扣非净利润), （以下简称“净利润”）.
_SHORT_NAME_NOTE = fastre.compile(r"[（(](?:以下)?(?:简称|称)[为:：]?[^（()）]{1,14}[）)]$")
#: A stock index and the verb quoting its level (上证指数报, 沪指收于, 创业板指收报).
_INDEX_QUOTED = fastre.compile(r"(?P<index>\p{Han}{1,8}(?:指数|综指|成指|指|50|300|500|1000))(?:报收|收报|收于|收盘|报)")


def _in_list_order(names: str, figs: list[NumberMention], f: NumberMention, longest: int) -> str | None:
    """The name listed in ``names`` (圆通、韵达、申通) in the place ``f`` has among ``figs``, the
    figures listed after them; None unless there are as many names as figures (two or more),
    each a short name (2 to ``longest`` characters, no verb)."""
    items = [p for p in _LIST_SEP.split(names) if p]
    if len(figs) < 2 or len(items) != len(figs) or not all(2 <= len(p) <= longest and not _VERBISH.search(p) for p in items):
        return None
    return items[sum(1 for g in figs if g.start < f.start)]


def _parallel_group(metric: str, before: str, lex: Lexicon) -> str:
    """A group named alone where the figure before named its own group and measure
    (本科毕业生去向落实率为92.87%，硕士毕业生为96.94%): the group with that measure
    (硕士毕业生去向落实率); else ``metric`` as it is."""
    if not 3 <= len(metric) <= 8 or metric == before or metric in before:
        return metric
    tail = metric[-2:]
    j = before.find(tail, 1)
    if j < 0 or before[:j + 2] == metric or len(before) - (j + 2) < 2 or len(metric) - (j + 2) > 2:
        return metric  # (groups in parallel are named alike: 本科毕业生, 硕士毕业生; 空调, 变频空调)
    if not _HAN_RUN.fullmatch(metric) or (lex.list_head_rx is not None and lex.list_head_rx.search(metric)) or _ends_in(lex.measure_word_rx, metric):
        return metric  # (a measure of its own)
    rest = before[j + 2 :]
    if not ((lex.list_head_rx is not None and lex.list_head_rx.search(rest)) or _ends_in(lex.measure_word_rx, rest)):
        return metric
    return metric + rest


def _tidy_metric(metric: str, lex: Lexicon) -> str:
    """A metric phrase without the marks and words around it that name nothing measured."""
    qw_ = _QUOTED_LEAD.fullmatch(metric)
    if qw_ and not qw_.group("rest"):
        metric = qw_.group("term")  # 建成“口袋公园”4700余个: the quotes mark a term, no part of its name
    if metric.startswith("的") and len(metric) > 3:
        metric = metric[1:]  # (…的《漂亮女孩夏林果》借阅: 的 opens no name)
    cb_ = _UNOPENED_CLOSE.match(metric)
    if cb_ and len(metric) - cb_.end() >= 2:
        metric = metric[cb_.end() :]  # (金华（义乌）快递业务量: the rest of a name's bracketed note is no part of the measure)
    iq_ = _INDEX_QUOTED.fullmatch(metric)
    if iq_:
        metric = iq_.group("index")  # (上证指数报, 沪指收于: the index quoted is the measure, not the verb quoting it)
    pm_ = _PAID_TO.match(metric)
    if pm_ and len(metric) - pm_.end() >= 2:
        metric = metric[pm_.end() :]  # (向全体股东每10股派发现金红利: to whom it is paid is no part of it)
    if metric and not metric.strip(_QUOTE_MARKS):
        return ""  # (——“5535家”背后: a quote mark opening the figure names nothing)
    on_ = _OPEN_NOTE.search(metric)
    if on_ and on_.start() >= 2:
        # (the figure stands inside a bracketed note: the note names its measure, 门店(…门店面积1.2万平方米),
        # or, when it names none, 价格(占27%), the phrase the note is on)
        note = on_.group("note")
        pn_ = lex.period_rx.match(note)
        if pn_:
            note = note[pn_.end() :]
        metric = note if len(note) >= 2 and not note.startswith(("占", "为", "是", "比")) else metric[: on_.start()]
    sn_ = _SHORT_NAME_NOTE.search(metric)
    if sn_ and sn_.start() >= 2:
        metric = metric[: sn_.start()]  # (扣除非经常性损益的净利润(简称扣非净利润): the name it is defined by)
    am_ = _ABBREVIATION.search(metric)
    if am_ and am_.end() == len(metric) and am_.start() >= 2:
        metric = metric[: am_.start()]  # (国内生产总值（GDP）: the shortest phrase naming it, SCHEMA)
    zm = _AT_TIME.search(metric, 2)
    pz = lex.period_rx.match(metric, zm.end()) if zm else None
    if pz:
        # (研发投入增速在2019年、2020年连续两年低于20%: the time the measure is told at is no part of
        # it; 火锅市场top5在2020年时的占有率: what follows the time and its 的 is the measure)
        tail = metric[pz.end() :]
        de = tail.rfind("的")
        own = tail[de + 1 :] if de >= 0 else ""
        metric = own if len(own) >= 2 and lex.measure_word_rx.search(own) else metric[: zm.start()]
    return metric


#: The rest of a list of figures right after one of them: 、42.90%, 和6.5%.
_MORE_ITEMS = fastre.compile(r"(?:[、和及与][0-9０-９.,]+[%％]?)+")
#: The words right after a figure, up to a stop: 的等值天然气售气量, 毛坯均价雷打不动.
#: A deal after its price (以24.8亿元竞得, 以12.5元/股的价格增发): the price's name, or the deal's.
_DEAL_AFTER = fastre.compile(
    r"(?:的)?(?P<m>价格|总价|单价|底价|价款|对价|(?:挂牌)?(?:转让|出让)|竞得|摘得|拍得|夺得|收购|购得|买下|拿下|中标|出售|增发|认购|回购|售出|卖出|受让)"
)
#: Who paid, named with 由 before 以 (该地块由某地产以…竞得).
_DEAL_BY = fastre.compile(r"由(?P<n>\p{Han}{2,12}?)(?:拟|将)?以$")
#: A price paid, the figure after 以 (拟以, 将以, 以合计).
_BY_FIGURE = fastre.compile(r"以(?:合计|总价|每股)?$")
_AFTER_RUN = fastre.compile(r"(?:左右|以上|以下)?的?(\p{Han}{2,10})")


def _measure_after(post: str, lex: Lexicon) -> str:
    """A measure named right after a figure whose phrase before named none (3.1万元/平方米毛坯
    均价, 1.67亿立方米的等值天然气售气量, 以11亿元收入占据…): the words after it up to the last
    measure word or head noun among them, or ""."""
    lm = _MORE_ITEMS.match(post)  # (贡献公司46.8%、42.90%的收入: the measure after the list's last item)
    m = _AFTER_RUN.match(post, lm.end() if lm else 0)
    if m is None:
        return ""
    run = m.group(1)
    end = max(
        [x.end() for x in lex.head_word_rx.finditer(run)] + [x.end() for x in lex.measure_word_rx.finditer(run)],
        default=0,
    )
    np_ = run[:end]
    if len(np_) < 2 or _VERBISH.search(np_) or lex.period_rx.search(np_) or np_ in _RATE_WORDS:
        return ""
    return np_


def _tidy_subject(subj: str | None, lex: Lexicon) -> str | None:
    """``subj`` without the function words its clause left on it, or None when only a
    comparison is left (相较于)."""
    if not subj:
        return subj
    if _SUBJ_COMPARISON.search(subj):
        return None
    if _SUBJ_VERB_LEAD.match(subj):
        return None
    s = _SUBJ_TAIL_JUNK.sub("", _SUBJ_LEAD_JUNK.sub("", subj))
    cb_ = _SUBJ_UNOPENED_CLOSE.match(s)
    if cb_ and len(s) - cb_.end() >= 2:
        s = s[cb_.end() :]  # ()庄浪县: the end of a note the clause was cut in is no part of the name)
    al_ = _ALIAS_NOTE.search(s)
    if al_ and al_.start() >= 2:
        # (烟台张裕葡萄酿酒股份有限公司(以下简称“张裕”): the text names it by the short name it
        # defines; a defined common word (以下简称“公司”) leaves the name itself)
        alias = al_.group("alias").strip()
        s = alias if len(alias) >= 2 and alias not in ANAPHORIC_WORDS and alias not in _CLASS_NOUNS and alias != "发行人" else s[: al_.start()]
    cm = _SUBJ_DEED_CUT.search(s)
    if cm:
        s = s[: cm.start()]
    dm = _SUBJ_DAY.search(s, 2)
    if dm:
        s = s[: dm.start()]  # (长江中下游6月7日入梅: the day and what happened on it are no part of the name)
    pm = lex.period_rx.match(s, 1) if s.startswith("在") else None
    if pm is not None and pm.start() == 1:
        s = s[pm.end() :]  # (在去年李宁: a time, then the name; not 在校生)
    return s if len(s) >= 2 else subj


_WHOLE_REGION = {
    "全省": "省", "全市": "市", "全区": "区", "全县": "县", "全州": "州", "全旗": "旗", "该省": "省", "该市": "市",
    "我省": "省", "我市": "市", "我区": "区", "我县": "县", "本省": "省", "本市": "市", "本区": "区", "本县": "县",
}
_PROVINCES_SHORT = fastre.compile(r"(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆)(?:省|市|自治区)?")


def _named_region_before(text: str, whole: str, lex: Lexicon) -> str | None:
    """The last province (for 全省) or place with the same suffix named in ``text``."""
    suffix = _WHOLE_REGION[whole]
    cands = []
    if suffix == "省":
        cands = [m.group(0) for m in _PROVINCES_SHORT.finditer(text)]
    else:
        cands = [
            m.group(0) for m in regex.finditer(rf"(?:(?![全该本我其各年月日的在和与及是为据从对由经到至向赴省市区县])\p{{Han}}){{2,4}}(?<!地){suffix}(?![场民域级内外委属里长政])", text)
            if not lex.office_rx.match(text, m.end())  # 苏州市统计局: an office's name, not the place spoken of
        ]
    return cands[-1] if cands else None


#: Where the measured noun phrase of a figure-less clause ends: its rate word or verb.
_CLAUSE_NP_END = fastre.compile(
    r"增速|增幅|降幅|涨幅|增长率|双降|双增|双升|双双|齐升|齐降|首次|出现|逐年|持续|继续|始终|一直|依然|仍然|保持|实现|完成|取得|获得|录得|呈|有所|明显|大幅|稳步|快速|"
    r"已经?连续|已经?接连|连续|接连|"  # (能繁母猪存栏量已连续三个月下降: how long, no part of the measure)
    r"由负转正|由正转负|由降转升|由升转降|由跌转涨|由涨转跌|扭亏为盈|转正|转负|扭亏|"  # (现金流量净额由负转正，达到4.5亿元)
    r"(?<=\p{Han}{2})(?:最多|最高|最大|最少|最低|最快|最慢)$|"  # (医疗险赔付件数最多，达到189.2万件: the measure it leads in)
    r"增长|下降|上涨|下跌|回落|提高|降低|减少|增加(?!值)|扩大|缩小|上升|放缓|加快|基本持平|持平|不变"
)


def _opens_part(norm: str, frame_end: int, at: int, figures: list[NumberMention]) -> bool:
    """Does the name at ``at`` open an item of the list a colon frame opens at ``frame_end``:
    right after the colon, or after the figure of the item before and its mark (a 其中 or 有
    between)?"""
    starts = [frame_end] + [g.end + 1 for g in figures if frame_end <= g.end < at and norm[g.end : g.end + 1] in ("、", "，", ",", "；", ";")]
    return any(a <= at and _PART_GAP.fullmatch(norm, a, at) for a in starts)


#: What may stand between a list's mark and its next item: 其中, 有.
_PART_GAP = fastre.compile(r"(?:其中|有|共有)?")
#: A measure, then a colon opening the parts that have it: 各类型路面里程分别为：.
_COLON_FRAME = fastre.compile(r"(?P<m>\p{Han}{2,16}?)(?:分别)?(?:为|是)[：:]")
#: The words setting out the kinds of a measure's parts (各类型, 各行政等级): no part of the measure.
_EACH_KIND = fastre.compile(r"^各(?:类型|类别|行政等级|等级|类|种类|种|级|项)?")
_TOPIC_FRAME = fastre.compile(r"^(?:从|就|按)(.{2,20}?)(?:来看|看)$")
#: A clause naming the side of things the next ones report on: 净利润方面, 在营收方面.
_SIDE_FRAME = fastre.compile(r"(?:在)?(\p{Han}{2,8}?)方面")


def _clause_np(clause: str, lex: Lexicon) -> str:
    """The measured noun phrase of a figure-less clause, up to its rate word or verb, or ""."""
    # 从GDP同比增速来看: a topic frame names the measure of what follows
    np_text = _strip_head(_TOPIC_FRAME.sub(r"\1", _lead_run(clause)), lex)
    cut = _CLAUSE_NP_END.search(np_text)
    if not cut or cut.start() < 2:
        # 综合各品种的平均价格，环比下跌5.30%: a clause that is a measure's name alone
        # (the measure is what follows the last 的: 各品种的平均价格 -> 平均价格)
        tail = np_text.rsplit("的", 1)[-1]
        if lex.list_head_rx is not None and 2 <= len(tail) <= 12 and lex.list_head_rx.search(tail) and not _VERBISH.search(tail):
            return _strip_links(tail, lex)
        return ""
    # a rate noun heads the phrase (GDP同比增速来看); a verb ends it (用电量首次出现…)
    return _strip_links(np_text[: cut.end() if cut.group(0) in _RATE_WORDS else cut.start()], lex)


def _prev_clause_metric(norm: str, spans, ci: int, lex: Lexicon) -> tuple[str, str | None]:
    """(metric, subject) named by the clause right before clause ``ci``, up to its
    rate word or verb: 2015年全省全社会用电量首次出现负增长 -> (全社会用电量, 全省)."""
    a, b = spans[ci - 1]
    # 净利润最高者为万科，达280亿元: the measure, and the name the superlative points at
    sm = _SUPERLATIVE_IS.fullmatch(_strip_head(_lead_run(norm[a:b]), lex))
    if sm:
        return _strip_links(sm.group("metric"), lex).strip("的"), sm.group("name")
    np_ = _clause_np(norm[a:b], lex)
    am_ = _AMONG_MID.search(np_, 2)  # (the group picked from stands before 中: 中海地产 opens on no such group)
    if am_ and len(np_) - am_.end() >= 2:
        np_ = np_[am_.end() :]  # (本科毕业生中管理学就业率最高: the group picked from is no part of the measure)
    if not np_:
        rm = _RATE_LEAD.match(_strip_head(_lead_run(norm[a:b]), lex))
        # 增速与上月持平，分别较去年同期和全年回落4.5、4.2个百分点: the rate is what the points change
        return (rm.group(1), None) if rm else ("", None)
    subj, metric = split_subject(np_, lex)
    metric = _strip_links(_strip_head(metric, lex), lex).strip("的")
    if _RANK_MEASURE.fullmatch(metric):
        return "", None  # (居第21位，位次与上年同期持平，同比增长15.1%: a place held measures no change in %)
    if len(metric) >= 2 and not _VERBISH.search(metric) and not _VAGUE_TREND.search(metric) and not lex.period_rx.search(metric):
        return metric, subj
    im = _INDUSTRY_RATE.fullmatch(metric)
    if im and _ends_in(lex.industry_rx, im.group("who")) and not lex.period_rx.search(im.group("who")):
        # 计算机、通信和其他电子设备制造业增速领跑，达82.9%: an industry's rate (its name may hold 和)
        return im.group("rate"), im.group("who")
    return "", None


#: What stands between the count of a field and the place held in it: (31个)省份中居.
_RANK_AFTER_FIELD = fastre.compile(rf"\p{{Han}}{{0,6}}(?:当中|之中|中)(?:仍|继续|依然|均)?{_RANK_VERBS}$")
#: The rest of a count that sets a field a place is held in: (31个)省份中, (218家)民用机场中.
_AMONG_AFTER = fastre.compile(r"\p{Han}{0,6}?(?:当中|之中|中)(?=[，,：:、]|[居排位有]|$)")
#: A place in a ranking, named as a measure: 位次, 排名, 名次.
_RANK_MEASURE = fastre.compile(r"位次|排名|名次|排位|位序|排序")
#: An industry's name, then its rate of change (电力、热力生产和供应业增速).
_INDUSTRY_RATE = fastre.compile(r"(?P<who>[\p{Han}、]{2,30}?)(?P<rate>增速|增幅|涨幅|降幅|增长率)")


#: A clause about a trend, not a measure (持续今年以来两位数增长态势): vague magnitudes, 态势/势头/趋势.
_VAGUE_TREND = fastre.compile(r"[两个三]位数|态势|势头|趋势")


#: Words left where a measure's name should be that name none: verbs of change or of
#: conversion, comparisons and adverbs (折合, 同比多, 比前天, 自高位, 首度; a closing price's
#: 收报 and 收于 do name one).
_NOT_A_MEASURE = fastre.compile(
    r"(?:同比|环比|比前天|比上年|比去年|较上年|较去年|相比|分别)?(?:多|少|高|低)|折合|合计|开始|自高位|首度|首次"
    r"|下降|增长|增加|减少|提高|降低|上涨|下跌|回落|上升|分列|依旧|之间|相比|这|相|约|达|为|是|合"
    r"|可比|同口径|按可比价格计算|按可比价计算|按可比口径|扣除价格因素"  # (可比增长3.4%: how the change is counted)
    # (增长8.4%，比全省高0.5个百分点; 这与2004年同期的7—10天相比: what it is compared with)
    r"|(?:这与|与|比|较|相比|相较|跟)(?:全[国省市区县]|[0-9]{4}年|前天|昨天|上周|上月|上年|去年|首届|上届|上一届|上次|上期|年初)(?:同期|平均水平|平均)?"
)


def _nearest_measure(before: str, lex: Lexicon) -> str:
    """The last measure named in ``before`` (a sentence up to a figure that names none): a
    short run of characters ending in a measure head word (经济总量, 平均价格), without the
    name or period before it; "" when none is named."""
    if lex.head_word_rx is None:
        return ""
    best = ""
    heads = lex.head_word_rx
    for m in _MEASURE_RUN.finditer(before):
        run = m.group()
        hm = None
        for hm in heads.finditer(run):
            pass
        if hm is None:
            # (经济总量, 同业负债总金额: a compound ending in a measure word, 量/额/值…)
            for hm in _MEASURE_END.finditer(run):
                pass
        if hm:
            best = run[: hm.end()]
    if not best:
        return ""
    best = best.rsplit("的", 1)[-1].lstrip("年月日号")  # (2024年我国…: the digits' own word)
    metric = split_subject(_strip_head(best, lex), lex)[1]
    return metric if 2 <= len(metric) <= 12 and not _VERBISH.search(metric) else ""


#: A compound measure ending in a measure word (总量, 调用量, 总金额), two characters at least before it.
_MEASURE_END = fastre.compile(r"(?<=\p{Han}{2})(?:总量|总额|金额|[量额])(?![\p{Han}])|(?<=\p{Han}{2})(?:总量|总额|金额|[量额])(?=[再首已将达突超实])")
#: A run of word characters between punctuation and digits, where a measure is named.
_MEASURE_RUN = fastre.compile(r"[\p{Han}A-Za-z]{2,}")


#: A figure-less clause opening with a rate word and comparing it (增速与上月持平, 增幅较一季度加快).
_RATE_LEAD = fastre.compile(r"(增速|增幅|涨幅|降幅|增长率)(?:与|同|比|较|和)")
#: The one at the top of a measure, named with its figure: 板块净利润居首的保利达182亿元.
_TOP_ONE = fastre.compile(
    r"(?P<metric>[\p{Han}A-Za-z]{2,20}?)(?:居首|最高|最多|最大|排名第一|位居第一|位居榜首)的(?P<name>[\p{Han}A-Za-z]{2,8}?)(?:达到|达|为|以|实现)?"
)
#: A superlative naming whose figure follows: 归属于母公司股东的净利润最高者为万科, 涨幅最大的是赣州.
_SUPERLATIVE_IS = fastre.compile(
    r"(?P<metric>[\p{Han}A-Za-z]{2,24}?)(?:最高|最低|最大|最小|最多|最少|最快|最慢)(?:的|者)?(?:城市|企业|公司|地区|省份)?"
    r"(?:是|为|当属|要数)(?P<name>[\p{Han}A-Za-z]{2,10})"
)


def np_own_metric(metric: str, last_metric: str) -> bool:
    """Does the figure's own phrase name a metric (not just a change verb)?"""
    return bool(metric) and metric not in ("增长", "下降", "增加", "减少", "提高", "降低") and metric != last_metric


#: Regions that are no country: China's own units and scope words, groups and continents.
_NOT_A_COUNTRY = fastre.compile(r"[市省区县州盟旗镇乡]$|^(?:全|我|本|各|国内|中国)|地区$|三角|湾区|经济带|京津冀|成渝|环渤海|华[东南北中]|西[南北]|东北|中南|中西部|[东中西]部|洲|美洲|南美|北美|拉美|中东|欧盟|欧元区|东盟|香港|澳门|台湾")


_PROJECT_NAME_RX = fastre.compile(
    r"(?:建设|打造|建成|引进|落地|签约|开工|投资|实施|推进|新建|启动)(?P<name>[\p{Han}A-Za-z0-9（）()·]{3,20}?"
    r"(?:产业园|科技园|文化园|园区|项目|工程|基地|中心|广场|综合体|大厦|工厂|港|城))(?=[。，；、\s]|$)"
)


_INDEFINITE = fastre.compile(r"应占|一[间家个座所只]|本公司|归属")
_AFFILIATE = fastre.compile(r"^(?:旗下|全资|控股|参股|下属|所属|子|分|母)+(?:子|分|母)?公司$")


#: A name defined as a short word: X(以下简称“公司”), X（以下简称"本公司"）.
_DEFINED_AS = fastre.compile(r"(?P<name>[\p{Han}A-Za-z0-9（）()]{4,40}?(?:公司|集团|银行|企业))\s*[（(]以下(?:简称|称)[为:：]?\s*[“\"「](?P<alias>[^”\"」]{1,8})[”\"」]")


#: A copula, then a description up to its head noun: …仍是国内规模最大的…公司.
_COPULA_DESCRIPTION = fastre.compile(r"(?:是|成为|作为)\p{Han}*的")


def last_written(text: str, names: Iterable[str]) -> tuple[int, str | None]:
    """(where, name): of ``names`` of two characters or more, the one ``text`` writes last, with
    the start of its last mention (-1 when it writes none of them); (-1, None) when there are none."""
    return max(((text.rfind(k), k) for k in names if len(k) >= 2), default=(-1, None))


#: Kinds of firm that read like names ending in 公司/银行 but name no one.
_CLASS_NOUNS = frozenset("上市公司 母公司 子公司 分公司 控股公司 证券公司 保险公司 基金公司 信托公司 上市银行 商业银行".split())


def resolve_anaphora(
    subject: str | None, article_text: str, pos: int, lex: Lexicon | None = None, known: Iterable[str] = ()
) -> str | None:
    """该区 -> the last name before ``pos`` in the article that ends with 区 (迎泽区). A short
    name the document has shown to be a firm's (``known``: 晶丰明源) is meant instead when
    it is written after that name (晶丰明源…保荐机构为广发证券股份有限公司。…晶丰明源披露的
    招股说明书显示，该公司…)."""
    if not subject:
        return subject
    lex = lex or _default_lexicon()
    if subject.startswith("该"):
        suffix = subject[1:]
    elif subject in ANAPHORIC_WORDS:
        # (本公司董事会…保证: an announcement's own firm, named in full above)
        suffix = subject[-1:] if subject in ("本局", "本行") else subject.removeprefix("本")
    else:
        return subject
    if not suffix:
        return subject
    before = article_text[:pos]
    best = None
    best_at = -1
    if suffix == "国":
        # 日本经济产业省公布…，该国5月出口: the last country named (not a province or city,
        # nor 全国, 我国)
        for m in lex.region_rx.finditer(before):
            if not _NOT_A_COUNTRY.search(m.group()):
                best = m.group()
        return best or subject
    if suffix == "项目":
        # a project is often named by what is built (携手建设东瑞汽车数字文化园。该项目…):
        # the last such name in the sentence before or this one's opening
        cut = before.rfind("。")
        near = before[max(before.rfind("。", 0, max(cut, 0)), 0) :]
        for m in _PROJECT_NAME_RX.finditer(near):
            best = m.group("name")
        if best:
            return best
    # 东珠生态环保股份有限公司(以下简称“公司”): the name an announcement defines the word as
    for dm in _DEFINED_AS.finditer(before):
        if dm.group("alias") in (subject, subject.removeprefix("本"), subject.removeprefix("该")):
            best = dm.group("name")
    if best:
        return best
    # (a name may hold a figure: 中广核格尔木350兆瓦光热示范项目)
    for m in regex.finditer(rf"([\p{{Han}}“”\"（）()][\p{{Han}}0-9A-Za-z“”\"（）()]{{1,24}}?{regex.escape(suffix)})(?![\p{{Han}}]{{0,0}}该)", before):
        if before.rfind("《", 0, m.start()) > before.rfind("》", 0, m.start()):
            continue  # (《上海证券交易所上市公司行业信息披露指引》: a document's title names no one)
        name = m.group(1)
        if _COPULA_DESCRIPTION.search(name):
            continue  # (徐工机械仍是国内规模最大的工程机械上市公司: what a name is said to be, not a name)
        # strip leading function words and a leading 该/本/全
        name = regex.sub(r"^.*?(?:在|对|和|与|及|的|是|为|了|让|把|将|从|由|于|向|位于|来到|走进)", "", name)
        name = _strip_head(name, lex)  # (上半年公司: a period opens the clause, no name)
        if name.startswith(("该", "本", "全", "我", "各", "每", "其")) or "该" in name or len(name) < len(suffix) + 2:
            continue
        if _AFFILIATE.search(name):
            continue  # (旗下子公司, 全资子公司: a relation, not a name)
        if name in _CLASS_NOUNS:
            continue  # (归属于上市公司股东的净利润: a kind of firm, not a name)
        if name[:1] in "年月日度季":
            continue  # (2019年度集团: the end of a period, not a name)
        if suffix == "行" and not name.endswith(("银行", "分行", "支行")):
            continue  # (该行 is a bank: not 战略执行, 发行, 运行)
        if _INDEFINITE.search(name):
            continue  # (原因包括应占一间联营公司: "a company", attributable to, names no one)
        if _DEED_NOT_NAME.search(name) or _HOLDING_NOT_NAME.search(name):
            # (在接连回购注销公司股份的同时: what is done to the firm's shares, no name; 占其所持公司股份:
            # a share of what someone holds)
            continue
        if _COUNTED_IN_NAME.search(name) or _NOT_A_NAME.search(name):
            continue  # (在同类1862只基金中: a counted set of them; 主队以3比1战胜客队: a deed; no one's name)
        best, best_at = name, m.start()
    if best and known:
        # (the name last written before the word is whom it stands for)
        at, name = last_written(before, known)
        if name and at > best_at and suffix in ("公司", "集团", "企业"):
            return name
    return best or subject
