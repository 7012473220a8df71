"""The per-document pipeline and the batch runner.

bytes -> text (decode, reflow) -> figures (match) -> attributes (attribute) -> Fact
(models) -> warnings (validate). ``extract`` works on a string, ``extract_files`` on
paths; every Fact's ``start``/``end`` index the raw decoded text, ``raw[start:end] == text``.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import regex

from . import fastre

from . import text as textmod
from .attribute import (
    _PEOPLE_GROUP, _TARGET_AFTER, WORLD_WORDS, _ends_in, _NOT_OWNER_RX, FIRM_END_WORDS, STOCK_CODE,
    _ANAPHORIC_MEASURE, _DAY_AFTER, _DAY_END, _HAN_CHAR, _clause_subject, clause_spans, _ETC_TAIL, _LIST_SEP, _RATE_WORDS, ANAPHORIC_WORDS, GENERIC_SUBJECTS, attribute_sentence, clear_memos, data_publisher, first_period, last_written, load_lexicon, resolve_anaphora, split_subject,
)
from .errors import InputError
from .match import find_figures
from .tables import find_tables, table_figures
from .models import Fact
from .numerals import NumberMention
from .rules import RuleSet, load_rules
from .units import UnitTable, builtin_rules_dir, load_unit_table
from .validate import validate_facts

__all__ = [
    "Engine", "DocResult", "extract", "extract_document", "extract_files", "extract_files_dask",
    "iter_extract", "iter_input_files",
]


@dataclass
class Engine:
    """Rules, units and lexicons, loaded and compiled once (per process or worker)."""

    rules: RuleSet
    table: UnitTable
    lex: object
    keep_durations: bool = True
    script: textmod.Script = field(default_factory=textmod.Script)

    @classmethod
    def load(cls, rules_dirs: Sequence[str | Path] | None = None) -> "Engine":
        extra = [Path(d) for d in (rules_dirs or [])]
        dirs = [builtin_rules_dir()] + extra
        return cls(load_rules(extra), load_unit_table(dirs), load_lexicon(dirs), script=textmod.Script.load(dirs))


_ENGINE: Engine | None = None


def default_engine() -> Engine:
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = Engine.load()
    return _ENGINE


@dataclass
class DocResult:
    doc: str
    source: str | None
    encoding: str | None
    facts: list[Fact] = field(default_factory=list)
    error: str | None = None
    chars: int = 0
    count: int = 0  # facts found (also those handed to a sink)
    #: sha256 hex digest of the input's raw bytes (set by extract_document; keys the database)
    sha256: str | None = None


def extract(text: str, doc: str = "doc", *, source: str | None = None, engine: Engine | None = None) -> list[Fact]:
    """All facts of one document given as a string (the raw text that offsets index)."""
    engine = engine or default_engine()
    clear_memos()  # (phrase results are remembered within one document only)
    rf = textmod.reflow(text)
    # (營業收入 matches as 营业收入; what is found is written back as the text writes it)
    t = engine.script.simplify(rf.text)
    own = engine.script.restorer(rf.text, t)
    tables = find_tables(text)
    articles = textmod.split_articles(t) or [textmod.Article(0, len(t), None, None)]
    art_starts = [a.start for a in articles]
    sentences: list[tuple[int, int, int]] = []  # (start, end, paragraph index)
    for pi, para in enumerate(textmod.split_paragraphs(t)):
        for s in textmod.split_sentences(t, para.start, para.end):
            sentences.append((s.start, s.end, pi))
    figures, _dropped = find_figures(
        t, engine.rules, engine.table, sentences=[(a, b) for a, b, _ in sentences],
        keep_durations=engine.keep_durations, lex=engine.lex,
    )
    if tables:
        # figures inside a table are read cell by cell, with the header's unit
        regions = [(tb.start, tb.end) for tb in tables]
        figures = [f for f in figures if not any(a <= rf.to_raw(f.start) < b for a, b in regions)]
    sent_starts = [s[0] for s in sentences]
    by_sent: dict[int, list] = {}
    for f in figures:
        si = bisect.bisect_right(sent_starts, f.start) - 1
        if si < 0 or f.end > sentences[si][1]:
            # a figure outside any sentence (a title line): its own sentence
            si = max(si, 0)
        by_sent.setdefault(si, []).append(f)

    facts: list[Fact] = []
    # the figure-less sentences of this paragraph since the last one with figures: the name and
    # the period they hand on are read only when a sentence with figures follows in the
    # paragraph (most are never asked about)
    figureless: list[str] = []
    carry_subject: str | None = None
    topic_from: str | None = None  # a topic just taken from a figure-less sentence, and the one before it
    topic_before: str | None = None
    carry_period: str | None = None
    last_para = -1
    last_art = -1
    art_period: str | None = None  # the period the article's headline names, each paragraph's until it names its own
    art_subject: str | None = None
    doc_subject: str | None = None
    first_subject: str | None = None
    item_subject: str | None = None
    known: set[str] = _repeated_names(t, engine.lex)  # short names this document has shown to be names
    issuer = _issuer(t)
    place_firms = _place_firms(t, engine.lex)
    known_frozen: frozenset[str] = frozenset()
    last_metric = ""  # the measure of the last figure, for a sentence after a semicolon
    frame_metric, frame_para = "", None  # the measure a heading line frames (从产品产量看), and its paragraph
    counted: set[str] = set()  # the counted nouns of the last sentence with figures
    last_values: tuple[tuple[str, str | None], ...] = ()  # the levels of the last sentence with figures
    last_values_end = -1  # ...and where that sentence ended
    last_sentence = ""  # ...and its text
    claim_no = 0

    for si in range(len(sentences)):
        s0, s1, pi = sentences[si]
        if si not in by_sent:
            # a sentence without figures may still name whom the next ones are about
            if pi != last_para:
                carry_subject, carry_period, last_para = None, None, pi
                figureless.clear()
            sent = t[s0:s1]
            wm = _WIRE_DATELINE.match(sent)
            if wm:
                sent = sent[wm.end() :]  # (安徽合肥, 2022年8月26日 /美通社/ -- …: where it was filed)
            figureless.append(sent)
            fr_ = _FRAME_LINE.fullmatch(sent.strip().rstrip("：:，,。"))
            if fr_ and _ends_in(engine.lex.measure_word_rx, fr_.group(1)):
                # 从产品产量看 / 风力发电机组、…分别增长268.9%、…: a heading line framing what follows
                # names the measure of the figures after it that name none of their own
                frame_metric, frame_para = fr_.group(1), pi
            continue
        ai = bisect.bisect_right(art_starts, s0) - 1
        if ai != last_art:
            item_subject = None
            # a section under a sub-heading reports on whom the last headline naming someone
            # names (荆州：市场肉价持续回落 / 肉禽蛋价格持续回落 / …), headlines without
            # figures of their own included
            # (another figure-less headline ends that item: back to the document's headline)
            for k in range(max(last_art + 1, 1), max(ai, 0)):
                short = articles[k].end - articles[k].start <= _SECTION_HEAD_MAX  # (a whole article is no section head)
                named = _article_subject(t, articles[k], sentences, engine, title_only=True) if short else None
                doc_subject = named or first_subject
            last_art = ai
            this_art = articles[max(ai, 0)]
            art_subject = _article_subject(t, this_art, sentences, engine)
            # (the document's headline only: a later sub-heading, 郑州：2022年数字经济达5000亿元以上,
            # dates its own claim, not its section)
            tp = first_period(this_art.title, engine.lex) if this_art.title and ai <= 0 else None
            art_period = this_art.title[tp[0] : tp[1]] if tp else None
            if art_subject and _LEGAL_NAME.search(art_subject):
                art_subject = _short_name(art_subject, t[this_art.start : this_art.end], engine.lex) or art_subject
            if ai <= 0:
                # (证券代码:002024 证券简称:苏宁电器 …: an announcement's figures are its issuer's)
                art_subject = art_subject or issuer
                doc_subject = first_subject = art_subject
            elif art_subject is None:
                art_subject = doc_subject or issuer
        if pi == last_para and figureless:
            # a name opening a figure-less sentence before this one, the last such, is the topic;
            # the period the last one naming a period opens with holds on
            head, period = _pending_topic(figureless, engine.lex)
            if head:
                topic_from, topic_before = head, carry_subject
            carry_subject = head or carry_subject
            carry_period = period or carry_period
        figureless.clear()
        if pi != last_para:
            if pi == last_para + 1 and _BREAKDOWN_HEAD.match(t, s0):
                # (…集团于上半年的总售气量…增长22%。\n当中工业售气量…: a paragraph opening on 当中
                # breaks down the one before, whose owner and time hold on; one opening on 其中 was
                # tried too and carried wrong owners into the parts of a list)
                carry_subject = carry_subject or next(
                    (f.subject for f in reversed(facts) if not (f.metric or "").startswith("占")), None
                )  # (the owner of the last figure that is no share: 其售气量占集团总售气量的50% names a part)
            else:
                # (a paragraph not opening on 当中 starts afresh)
                carry_subject = None
                carry_period = art_period
            last_para = pi
            # 5.正邦科技（002157.SZ） 净利润亏损:182亿: a listed company opens an item that
            # its following paragraphs (业绩变动原因：…, 简评：…) are about
            cm = _CODED_NAME.match(t, s0) or _FLASH_HEAD.match(t, s0)
            if cm and cm.re is _FLASH_HEAD and not _reports_itself(t, cm.group("name"), cm.end()):
                cm = None  # (【中金公司：…】财联社电，中金公司研报称…: a broker speaks of others)
            if cm is None and t.startswith("【", s0):  # (【财华社讯】天津港发展(03382.HK)…: a wire's tag, then the firm)
                item_subject = None  # (a news flash of its own: the last one's company is not its subject)
            if cm:
                item_subject = cm.group("name")
                known.add(item_subject)
        figs = by_sent[si]
        opening_name: object = _UNSEEN  # the name opening the sentence, found when first asked for
        local = [_shift(f, -s0) for f in figs]
        sent = t[s0:s1]
        after_semicolon = s0 > 0 and last_para == pi and t[s0 - 1] in "；;"
        goes_on = after_semicolon and last_values_end == s0  # (right after the last sentence with figures)
        attrs = attribute_sentence(
            sent, local, engine.rules, lex=engine.lex, carry_subject=_as_topic(carry_subject),
            carry_period=carry_period, article_subject=_as_topic(item_subject or art_subject),
            known_names=known_frozen if len(known_frozen) == len(known) else (known_frozen := frozenset(known)),
            carry_values=last_values if goes_on else (),
            # (其中，玉米…下降12.88%；水稻…下降21.57%: the list of parts goes on past the semicolon)
            in_breakdown=goes_on and "其中" in last_sentence,
            carry_metric=frame_metric if frame_para is not None and pi <= frame_para + 1 else last_metric if s0 > 0 and last_para == pi and (
                after_semicolon or _BREAKDOWN.match(t, s0, s1) or _PERIOD_THEN_CHANGE.match(t, s0, s1)
                or _ANAPHORIC_MEASURE.search(t, s0, s1)  # (到2025年，这一数字将达到…: the last measure)
                or (_CARRY_OPENING.match(t, s0, s1) and last_metric not in counted)
            ) else "",
        )
        last_values, last_values_end = tuple((a.metric, a.subject) for a in attrs if a.role == "value"), s1
        last_sentence = sent
        # (共有21个省份增速高于4.8%…。其中，广东（3.3%）: a counted noun is no measure to go on with)
        counted = {a.metric for f, a in zip(figs, attrs) if f.kind == "count"}
        art = articles[max(ai, 0)]
        base_claim = claim_no
        # (主产区粮食产量占…77.9%，对…增产的贡献率达到70%以上; 第一产业对GDP实际增长的贡献率:
        # a part named for its share or its contribution is no topic of the sentences after)
        parts = {a.subject for a in attrs if a.subject and _PART_OF_WHOLE.search(a.metric or "") and not engine.lex.region_rx.fullmatch(a.subject)}
        # (香港(512,537人次)、韩国…及台湾地区旅客…分别录得…增幅: owners listed one per figure; none
        # of them is the topic of the sentences after)
        owners = {a.subject for a in attrs if a.subject and a.explicit_subject}
        listed_owners = len(owners) >= 2 and (
            "分别" in sent or any(f.start > s0 and t[f.start - 1] in "（(" for f in figs)
            # (东部地区投资增长3.1%，…，东北地区投资增长1.8%: parts given one measure, none the topic after)
            or len({a.metric for a in attrs if a.subject in owners}) == 1
        )
        if topic_from is not None:
            if carry_subject == topic_from and attrs and all(_PART_OF_WHOLE.search(a.metric or "") for a in attrs):
                # 粮食主产区对保障国家粮食安全的贡献进一步凸显。主产区粮食产量占…77.9%，对…的贡献率达到
                # 51.0%: a topic named for its shares and contributions only is none of the sentences after
                carry_subject = topic_before
            topic_from = None
        for f, a in zip(figs, attrs):
            subj = a.subject
            metric = a.metric
            if subj and subj in place_firms:
                # 贵州茅台 (a firm the text names again and again, the place never alone), not 贵州
                rest = place_firms[subj]
                subj, metric = subj + rest, metric[len(rest) :] if metric.startswith(rest) else metric
            elif subj and place_firms and not _NAME_END.search(subj):
                for place, rest in place_firms.items():
                    if subj.startswith(place + rest) and len(subj) > len(place) + len(rest):
                        subj = place + rest  # (贵州茅台稳居公募基金…: the name, not the clause)
                        break
            om = _OWN_OFFICE_NAME.fullmatch(subj) if subj else None
            if om:
                subj = om.group("org")  # (武汉白沙洲大市场信息中心 speaks for the market)
            elif subj and _PRESS_OFFICE.search(subj):
                # 山东省政府新闻办公室…，地区生产总值8.3万亿元: a press or statistics office speaks
                # for its place, it owns no figures
                pm_ = engine.lex.region_rx.match(subj)
                subj = pm_.group() if pm_ else None
            elif subj and _DATA_BODY.search(subj):
                subj = None  # (据中指研究院统计，…碧桂园拿地面积4097万平方米: the body counts, it owns nothing)
            elif subj and _ASSOCIATION.search(subj) and _counts_for_others(subj, t[art.start : f.start]):
                # 据中国汽车工业协会统计，1-10月，新能源汽车产销…: an association's statistics are its
                # trade's figures (中国田径协会认证的A类赛事223场 stays its own)
                subj = None
            if subj and (subj.startswith("该") or subj in ANAPHORIC_WORDS):
                # (names up to the figure count: 海旅超体项目的…，该项目…4层)
                upto = f.start
                subj = resolve_anaphora(subj, t[art.start : upto], upto - art.start, engine.lex, known)
                if subj.removeprefix("该") in GENERIC_SUBJECTS:
                    # 友邦保险日前发布公告称，该公司…: no name ends in 公司; the name the document
                    # last showed before the figure (a firm announcing, listed, coded) is meant
                    seen = t[max(art.start, upto - 300) : upto]
                    at, name = last_written(seen, known)
                    if name is None or at < 0:
                        sp = clause_spans(sent)
                        name = _clause_subject(sent[sp[0][0] : sp[0][1]], engine.lex) if sp else None
                        if name is None and sp:
                            # (比亚迪公布的数据显示，公司10月销量…: the firm publishing its own data)
                            name = data_publisher(sent[sp[0][0] : sp[0][1]], engine.lex)
                        if name is None or name.startswith("该") or name in GENERIC_SUBJECTS:
                            name = item_subject or art_subject
                    if name and not name.startswith("该"):  # (该县…。该公司股价…: another anaphor resolves nothing)
                        subj = name
                if subj.startswith("该") and _SECTION_NAMED.fullmatch(subj[1:]) and art.title and _NAME_HEADING.fullmatch(art.title.strip()):
                    subj = art.title.strip()  # 碘及衍生物 / 4、报告期内，该业务的毛利润占比为13%: the sub-heading names it
            rs, re_ = rf.span_to_raw(f.start, f.end)
            facts.append(
                Fact(
                    doc=doc,
                    start=rs,
                    end=re_,
                    text=text[rs:re_],
                    value=f.value,
                    low=f.low,
                    high=f.high,
                    unit=(own(f.unit) if f.kind == "count" else f.unit) or "",  # (a counted noun as the text writes it: 戶)
                    kind=f.kind,
                    qualifier=_qual(f.qualifier),
                    role=a.role,
                    direction=a.direction,
                    claim=f"{_short(doc)}-c{base_claim + a.claim_key}",
                    metric=own(metric),
                    subject=own(subj),
                    period=own(a.period),
                    title=own(art.title),
                    sentence=rf.text[s0:s1],
                    rule_id=a.rule_id or "value.default",
                    source=source,
                )
            )
            claim_no = max(claim_no, base_claim + a.claim_key)
            _learn_name(known, subj, sent, engine.lex)
            if a.metric and a.metric not in _RATE_WORDS:
                last_metric = a.metric
            if a.subject in _WORLD or (a.subject and (_PEOPLE_GROUP.fullmatch(a.subject) or a.subject.startswith("《"))):
                pass  # (全球粮食进口费用…, 农村居民人均可支配收入…, 《平凡的世界》借阅量…: whose this figure is, no topic after)
            elif listed_owners or f.start > 0 and t[f.start - 1] in "（(":
                pass  # (a name with its figure in brackets is one of a list: 而英国旅客(6,210人次)则录得减幅)
            elif a.subject and a.explicit_subject and a.subject not in parts and ("占" not in a.metric or engine.lex.region_rx.fullmatch(a.subject)):
                carry_subject = a.subject  # (主产区粮食产量占…77.9%: a part named for its share is no topic)
            elif subj and a.subject and subj != a.subject:
                carry_subject = subj  # (公司全年实现营业收入…；归母净利润达…: the company resolved carries on)
            elif subj in ("公司", "集团") and sent.lstrip().startswith(subj):
                carry_subject = subj  # (集团于上半年的总售气量…。当中工业售气量…: the group, named by no name, carries on)
            elif subj and "占" not in a.metric and subj not in parts:
                if opening_name is _UNSEEN:
                    opening_name = _opening_name(sent, clause_spans(sent), engine.lex)
                if subj == opening_name:
                    carry_subject = subj  # (正邦科技公告，公司…销售生猪48.68万头；销售收入21.17亿元: the name opening the sentence)
            period_at = sent.find(a.period) if a.period else -1
            if (
                a.period and a.role != "before" and not _RUN_OF_TIME.fullmatch(a.period) and not 0 <= sent.find("其中") < period_at
                and not (period_at >= 0 and _TARGET_AFTER.match(sent, period_at + len(a.period)))
            ):
                # (由2023年同期的93亿元…: a start's period is its own; 连续8年稳定在1300亿斤以上: a run
                # of years is how long this one held, it dates nothing after it; …，其中11月11日当天…:
                # a day within the time is no time of the sentences after; 突破全年4500万人次的目标:
                # a target's period is no time of what is done)
                carry_period = a.period
    for tb in tables:
        art = articles[max(bisect.bisect_right(art_starts, _raw_to_text(rf, tb.start)) - 1, 0)]
        # (a row naming only a measure: whose the article's figures are, else the document's)
        whose = _article_subject(t, art, sentences, engine) or (doc_subject if art is not articles[0] else None) or issuer
        claims: dict = {}
        for fig, attrs in table_figures(
            text, tb, engine.table, engine.lex.measure_word_rx, lambda x: split_subject(x, engine.lex), engine.lex.industry_rx
        ):
            if attrs["group"] not in claims:
                claim_no += 1
                claims[attrs["group"]] = claim_no
            line_start = text.rfind("\n", 0, fig.start) + 1
            line_end = text.find("\n", fig.end)
            facts.append(
                Fact(
                    doc=doc, start=fig.start, end=fig.end, text=text[fig.start : fig.end], value=fig.value,
                    low=fig.low, high=fig.high, unit=fig.unit or "", kind=fig.kind, qualifier="exact",
                    role=attrs["role"], direction=attrs["direction"], claim=f"{_short(doc)}-c{claims[attrs['group']]}",
                    metric=attrs["metric"], subject=attrs["subject"] or whose, period=attrs["period"], table=True,
                    title=art.title, sentence=text[line_start : line_end if line_end >= 0 else len(text)].strip(),
                    rule_id="table.cell", source=source,
                )
            )
    facts.sort(key=lambda f: (f.start, f.end))
    return validate_facts(facts)


_SHORT_NAME = fastre.compile(r"[\p{Han}A-Za-z]{2,6}")


#: Places that stand for the whole and start no firm's name.
_SCOPE_PLACES = frozenset({"全国", "全省", "全市", "全区", "全县", "我国", "我省", "我市", "国内", "境内", "国外", "海外", "中国", "全球"})
#: Words that go on a place without making a name of it (贵州经济, 广州市场, 上海居民).
_PLACE_WORDS = fastre.compile(
    r"经济|市场|地区|居民|城镇|农村|工业|企业|产业|规模|全市|全省|人口|人均|房价|楼市|住宅|商品|地产|消费|外贸|进出口|出口|进口|"
    r"港口|口岸|海关|政府|本地|当地|户籍|高校|大学|公司|集团|银行|证券|两地|三地|等地|以外|以内|以来|地方|城市|板块|方面|区域"
)


#: One-character endings of a place name (保税区, 工业园, 高新区).
_PLACE_SUFFIX_CHARS = frozenset("区市县镇乡村港园省路街")


def _place_firms(t: str, lex) -> dict[str, str]:
    """Firms named after a place (贵州茅台, 长春高新) that a text names at least three times:
    place -> the two characters after it that make the name."""
    counts: dict[tuple[str, str], int] = {}
    seen: dict[str, int] = {}
    found = [(m.group(), m.end()) for m in lex.region_rx.finditer(t)]
    for place, _ in found:
        seen[place] = seen.get(place, 0) + 1
    for place, end in found:
        if seen[place] < 3:
            continue  # (named fewer than three times: no firm by the count below)
        rest = t[end : end + 2]
        if place in _SCOPE_PLACES or len(rest) < 2 or not _HAN_PAIR.fullmatch(rest) or _PLACE_WORDS.match(rest):
            continue
        if t[end + 2 : end + 3] in _PLACE_SUFFIX_CHARS:
            continue  # (青岛保税区, 苏州工业园: a place within the place, not a firm)
        if lex.period_rx.match(rest) or lex.list_head_rx.match(rest):
            continue
        counts[(place, rest)] = counts.get((place, rest), 0) + 1
    # (the place must never stand without the name: 贵州 always as 贵州茅台)
    return {place: rest for (place, rest), n in counts.items() if n >= 3 and n == seen[place]}


_HAN_PAIR = fastre.compile(r"\p{Han}{2}")
#: A subject that ends as a full name does (海南晶哲瑞创业投资合伙企业（有限合伙）) is kept whole.
_NAME_END = fastre.compile(r"(?:公司|集团|企业|合伙|银行|中心|[）)])$")


_CLAUSE_START = fastre.compile(r"(?:^|(?<=[，。；！？\n,;!?]))[\p{Han}]{3,5}", regex.M)
#: Characters of function words, which no name holds.
_FUNCTION_CHARS = "的是在将已后对把为了与并等从由向到至其这那要会可能于被让使给也都还就又再而但或即如若因之每各"
_NOT_NAME_CHAR = fastre.compile(f"[{_FUNCTION_CHARS}较该一个〇零二两三四五六七八九十百千万亿时有全占年月日季度期率额量价值数费产收利润均比重者人中上下内外大小多少新高低亏损]")


#: How an authority's name ends (商务部, 统计局, 国务院): it speaks of others' figures.
_AUTHORITY_END = r"[部委局署办院厅会]$"
_HEAD_NAME_STOP = fastre.compile(r"本报|记者|坚持|推动|加快|加强|确保|防范|同志|公司|本次|继续|保持|增长|位居|完成|报告|随后|赎回|市场$|师$|员$|者$|社$|" + _AUTHORITY_END)


def _repeated_names(t: str, lex) -> set[str]:
    """Short names (欣旺达, 固德威) a text keeps opening clauses with: a string of three to five
    characters heading at least three clauses, with nothing in it that a name does not hold
    (no function word, numeral, time, measure), no place and no generic word; two characters
    (中兴) when the text also writes them with a firm word; any firm written with its stock code;
    three or more words opening clauses on the same verb of shipping (华为出货…；苹果出货…)."""
    counts: dict[str, int] = {}
    nexts: dict[str, set[str]] = {}
    runs = [(m.start(), m.group()) for m in _CLAUSE_START.finditer(t)]
    heads: dict[str, int] = {}
    heads2: dict[str, int] = {}
    nexts2: dict[str, set[str]] = {}
    for at, run in runs:
        heads[run[:3]] = heads.get(run[:3], 0) + 1
        heads2[run[:2]] = heads2.get(run[:2], 0) + 1
        nexts2.setdefault(run[:2], set()).add(run[2])
    for at, run in runs:
        if heads[run[:3]] < 3:
            continue  # (a longer name's first three characters head as many clauses as it does)
        bad = _NOT_NAME_CHAR.search(run)
        top = min(len(run), bad.start() if bad else 5)  # (a name holds no character of those)
        for k in range(3, top + 1):
            counts[run[:k]] = counts.get(run[:k], 0) + 1
            nexts.setdefault(run[:k], set()).add(t[at + k : at + k + 1])
    # a firm the text writes with its stock code: 徐工机械(000425.SZ)
    out: set[str] = {_CODE_NAME_LEAD.sub("", m.group("name")) for m in _CODE_AFTER_NAME.finditer(t)}
    out = {n for n in out if len(n) >= 2}
    for name, n in counts.items():
        if n < 3 or len(nexts[name]) < 2:
            continue  # (习近平总书 is always followed by 记: a cut word, not a name)
        if (
            len(nexts[name]) <= 3 and not _FIRM_SUFFIX.search(name)
            and not any(not _HAN_CHAR.match(c) or c in _FUNCTION_CHARS for c in nexts[name])
        ):
            continue  # (传统燃 before 油车 and 料汽车, 联合国粮 before 农组织: a few longer words it always goes on into)
        if _no_name(name, t, lex):
            continue
        if lex.list_head_rx.search(name) or lex.money_cue_rx.search(name) or lex.people_cue_rx.search(name):
            continue  # (研发投入, 分析师: measures, people)
        if any(name + w in t for w in _SPEAKS):  # (a substring test each: no regex compiled per name)
            continue  # (沈丹阳说…: a speaker, whose words are about others' figures)
        longer = [o for o in counts if len(o) > len(name) and o.startswith(name) and counts[o] >= n]
        if not longer:
            out.add(name)
    # a two-character short name (中兴, 伊利) the text also writes as a firm's name (中兴通讯,
    # 伊利股份): that full name vouches for it, where two characters alone could be any word
    cands2 = {name for name, n in heads2.items() if n >= 3 and len(nexts2[name]) >= 2}
    firm_words = list(_FIRM_SUFFIX.finditer(t)) if cands2 else []
    for name in cands2:
        if any(o.startswith(name) for o in out) or _NOT_OWNER_RX.search(name) or _FUNCTION_CHAR.search(name):
            continue
        if _no_name(name, t, lex):
            continue
        for fm in firm_words:
            at = fm.start() - len(name)
            if at >= 0 and t.startswith(name, at) and t[fm.end() : fm.end() + 1] != "业" and t[max(0, at - 2) : at] not in cands2:
                out.add(name)  # (天风期货控股: 期货 is part of 天风's name; 保险业: a trade)
                break
    # brands shipping side by side (华为出货…；苹果出货…；小米出货…): three or more words opening
    # clauses on the same verb of shipping or delivering are names
    shippers: dict[str, set[str]] = {}
    for m in _SHIPPER.finditer(t):
        shippers.setdefault(m.group("v"), set()).add(m.group("name"))
    for names in shippers.values():
        if len(names) >= 3:
            out |= {n for n in names if not _no_name(n, t, lex) and n[0] not in _FUNCTION_CHARS and not lex.list_head_rx.search(n)}  # (华为 holds 为)
    return out


#: A short word opening a clause on a verb of shipping or delivering (华为出货, 理想交付).
_SHIPPER = fastre.compile(r"(?:^|(?<=[，。；！？\n,;!?、]))(?P<name>\p{Han}{2,4}?)(?P<v>出货|交付|交车|发货)", regex.M)


#: Verbs of saying after a name (沈丹阳说, …表示).
_SPEAKS = ("说", "表示", "介绍", "指出", "认为", "称", "强调", "透露")


def _no_name(name: str, t: str, lex) -> bool:
    """Is a string heading clauses of ``t`` a word rather than a short name: generic (公司), a
    place, a time, a pronoun or anaphor, an industry or trade (制造业, 煤炭行业), an action?"""
    return (
        name in GENERIC_SUBJECTS or bool(lex.region_rx.match(name)) or bool(lex.period_rx.search(name))
        or bool(lex.pronoun_rx.match(name)) or bool(lex.anaphora_rx.match(name)) or bool(lex.industry_rx.search(name))
        or bool(_HEAD_NAME_STOP.search(name)) or bool(lex.action_rx.search(name))
        or any(name + w in t for w in _TRADE_WORDS)  # (工程机械行业: a trade, which no firm is written as)
    )


#: Words after a trade's name (煤炭行业, 工程机械企业), which no firm is written with.
_TRADE_WORDS = ("行业", "产业", "企业", "市场")
#: Characters of function words, which no two-character name holds (以及, 并且).
_FUNCTION_CHAR = fastre.compile(f"[{_FUNCTION_CHARS}以及]")
#: Words a firm's name ends with beyond doubt (中兴通讯, 伊利股份, 恒大集团).
_FIRM_SUFFIX = fastre.compile(f"(?:{FIRM_END_WORDS}|乳业)")


def _learn_name(known: set[str], subject: str | None, sentence: str, lex) -> None:
    """Remember a short name (no place, no generic word) that opens its sentence (三川智慧…发布
    业绩预告) or is one of a listed group of names (正海磁材、金力永磁…净利润增幅)."""
    if not subject:
        return
    parts = [p for p in _LIST_SEP.split(_ETC_TAIL.sub("", subject)) if p] if "、" in subject else [subject]
    for p in parts:
        if (
            _SHORT_NAME.fullmatch(p) and p not in GENERIC_SUBJECTS and not lex.region_rx.fullmatch(p)
            and not lex.period_rx.search(p) and (len(parts) > 1 or sentence.lstrip().startswith(p))
        ):
            known.add(p)


def _raw_to_text(rf, raw_pos: int) -> int:
    """The reflowed index of a raw offset (approximate inside a removed break)."""
    lo, hi = 0, len(rf.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if rf.to_raw(mid) < raw_pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


#: A short opening clause that sets the scene rather than naming anyone: 春日阳光下, 近日, 目前.
_SCENE_RX = fastre.compile(r"[\p{Han}]{0,5}(?:下|中|里|间|时|后|前)|近日|日前|目前|当前|如今|眼下|连日来|近年来|[0-9]{1,2}月[0-9]{1,2}日")


_QUOTED_NAME_RX = fastre.compile(r"「([\p{Han}A-Za-z][\p{Han}A-Za-z0-9·]{1,11})」")


#: An organisation's own data office reporting (…大市场信息中心3月24日—3月28日监测).
_OWN_OFFICE_PAT = r"(?P<org>[\p{Han}]{2,12}?(?:市场|公司|集团|协会|交易所|港|机场))(?:价格)?(?:信息中心|监测中心|统计中心|数据中心)"
_OWN_OFFICE_NAME = fastre.compile(_OWN_OFFICE_PAT)
_OWN_OFFICE = fastre.compile(_OWN_OFFICE_PAT + r"[^，。；]{0,20}?(?:监测|统计|发布|显示)")

#: Offices that publish figures about others (a press office, a statistics bureau).
_PRESS_OFFICE = fastre.compile(r"(?:新闻办公室|新闻办|统计局|调查总队|调查队|信息中心|监测中心)$")
#: Bodies that publish or judge others' figures and speak for no place (中指研究院, 北京证券交易所上市委员会).
_DATA_BODY = fastre.compile(r"(?:研究院|交易所|上市委员会|审核委员会)$")

#: A trade body (中国汽车工业协会, 市电子商务协会): its statistics are its trade's figures.
_ASSOCIATION = fastre.compile(r"(?:协会|联合会|商会)$")


def _counts_for_others(name: str, before_figure: str) -> bool:
    """Does the text before a figure, where it last names ``name``, give it as the source of its
    data (据X统计, X数据显示, X发布的数据)?"""
    at = before_figure.rfind(name)
    if at < 0:
        return False
    before, after = before_figure[max(0, at - 2) : at], before_figure[at + len(name) : at + len(name) + 10]
    return before.endswith(("据", "根据")) or bool(_DATA_WORDS_AFTER.match(after))


#: A clause opening an article that only dates it or says how the reporter learned the news
#: (8日，; 记者从市交通运输局了解到，; 近日，): no one whose figures follow.
_PREAMBLE = fastre.compile(
    r"(?:[0-9０-９]{1,2}日|[今昨前]天|[今昨]日|近日|日前|近期|目前|记者(?:日前|近日)?(?:从|在)[^，,。]{1,24}?(?:获悉|了解到|得知|看到)|记者(?:获悉|了解到|得知)"
    r"|在[^，,。]{2,30}?(?:的)?(?:指导|支持|帮助|推动|带动|主持)下)[，,：:]?"
)


#: A clause publishing a study of others (北京开卷发布了《2023年图书零售市场年度报告》): its
#: publisher is no one whose figures the article reports.
_PUBLISHES_STUDY = fastre.compile(r"(?:发布|公布|推出)了?《[^》]{0,40}?(?:市场|行业|产业)[^》]{0,20}?(?:报告|白皮书|蓝皮书|榜单|排行榜)》")


def _observes(clause: str, name: str) -> bool:
    """Does ``clause`` name ``name`` as who monitored or counted the figures (据市农业农村局监测,
    市统计局数据显示), not as whose own record they come from (根据交大泰阳公司网站信息)?"""
    at = clause.find(name)
    return at >= 0 and _DATA_WORDS_AFTER.match(clause, at + len(name)) is not None and not _BULLETIN.match(clause, at + len(name))


#: A place's statistical bulletin or yearbook (甲乙区统计公报): its own figures, not others' it observed.
_BULLETIN = fastre.compile(r"统计(?:公报|年鉴)")


_DATA_WORDS_AFTER = fastre.compile(r"(?:最新)?(?:统计|数据显示|数据|发布的数据|公布的数据|监测|测算|调查显示)")


#: A list item opening with a listed company's name and stock code.
#: A news flash opening with its headline in 【】, the name first: 【三峡水利：上半年净利润同比增长689%】.
_FLASH_HEAD = fastre.compile(r"\s*【(?P<name>[\p{Han}A-Za-z]{2,10})[：:]")
def _reports_itself(t: str, name: str, pos: int) -> bool:
    """Does the news flash after ``pos`` show ``name`` reporting on itself (三峡水利(600116.SH)公告称,
    网易发布2026年Q2财报) rather than commenting on others (中金公司发布关于华虹半导体的研报)?"""
    end = t.find("\n", pos)
    body = t[pos : end if end >= 0 else len(t)][:200]
    return bool(regex.search(regex.escape(name) + r"\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:公告|发布(?![^，。]{0,24}(?:研报|点评))|公布|披露|实现|财报|年报|半年报|季报|业绩)", body))


#: A wire release's dateline: place, date, the wire's name between slashes (安徽合肥, 2022年8月26日 /美通社/ --).
_WIRE_DATELINE = fastre.compile(
    r"\s*[\p{Han}A-Za-z·]{2,12}\s*[,，]\s*(?:[0-9]{4}\s*年\s*)?[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*/\s*[^/\n]{2,12}?\s*/\s*(?:-{1,2}|—{1,2})?\s*"
)
#: A line naming where a text comes from or who wrote it (来源:中国人民银行, 作者：…).
_SOURCE_LINE = fastre.compile(r"\s*(?:来源|稿件来源|本文来源|信息来源|数据来源|发布单位|发布机构|发布人|作者)[ \t]*[:：]")
#: What opens a clause before a coded name and is no part of it (只有安徽合力, 随后紫金矿业).
_CODE_NAME_LEAD = fastre.compile(r"^(?:.*[的是在将对把为与并从由向到至其这那有及和、]|随后|此后|同时|此外|另外|其后|之后|最后|首先|目前)")
_CODE_AFTER_NAME = fastre.compile(r"(?<![\p{Han}A-Za-z])(?P<name>[\p{Han}]{2,6})(?:" + STOCK_CODE + ")")
#: The whole world as a subject: whose one figure is, never carried to the sentences after.
_WORLD = frozenset(WORLD_WORDS)
#: A figure-less heading line framing a measure: 从产品产量看, 从投资情况来看, 分产品产量看.
_FRAME_LINE = fastre.compile(r"(?:从|就|分)(\p{Han}{2,10}?)(?:来看|看)")
_CODED_NAME = fastre.compile(r"\s*(?:【[^】\n]{1,10}讯】\s*)?(?:[0-9]{1,2}[.．、]\s*)?(?P<name>[\p{Han}A-Za-z]{2,10}?)\s*(?:" + STOCK_CODE + ")")

#: Anaphors a sub-heading may name (该业务 under the heading 碘及衍生物), and a heading that is a name.
_SECTION_NAMED = fastre.compile(r"业务|板块|产品|品牌|项目|部门")
_NAME_HEADING = fastre.compile(r"[\p{Han}A-Za-z（）()·]{2,10}")

#: Characters at most of a figure-less item opening sections (荆州：市场肉价持续回落, a date line
#: and a sentence), as against a whole article without figures.
_SECTION_HEAD_MAX = 200
#: What names a document, not whom it reports on (半年报, 生态环境状况公报).
_DOCUMENT = fastre.compile(r"(?:年报|季报|半年报|中报|财报|公报|报告|通报|简报|快报|白皮书|蓝皮书)$")
#: A short name heading a headline before its colon, and words that are no one's name there.
_HEAD_NAME = fastre.compile(r"[\p{Han}A-Za-z]{2,8}")
_NOT_HEAD_NAME = fastre.compile(
    r"记者|编者|导读|摘要|观点|数据|提示|专家|评论|快讯|聚焦|关注|解读|独家|视频|图|问|答|本报"
    r"|(?:个股|股票|公司|企业|城市|省份|品牌|基金|银行|券商|房企|车企|险企|药企|机构|行业|板块|市场)$"  # (房企：…: a class, not a name)
    r"|(?:指数|榜单|排行榜)$"  # (…指数：…: a table, not a name)
    r"|^(?:央行|人民银行|中国人民银行)$|" + _AUTHORITY_END  # (央行：预计下半年CPI…: an authority speaks of the country)
)
_TITLE_SEP = fastre.compile(r"[：:｜|]")
#: A column tag opening a headline: 【计算机-胡又文】, [快讯].
_TITLE_TAG = fastre.compile(r"^\s*(?:【[^】]{1,20}】|\[[^\]]{1,20}\])\s*")
#: An analyst's note on a company's results: 科大讯飞中报点评, 东方财富2018年中报点评, 比亚迪年报点评.
_NOTE_TITLE = fastre.compile(
    r"^(?P<name>[\p{Han}A-Za-z][\p{Han}A-Za-z0-9]{1,9}?)(?:[0-9]{4}年(?:度)?)?"
    r"(?:中报|年报|半年报|半年度报告|[一三]季报|[一二三四]季度报告|年度报告|业绩|财报)(?:业绩)?(?:点评|简评|快评|速评|解读)"
)


#: Words that scope a market rather than name an owner (国内市场价格, 海外收入): a sentence
#: naming one sets no topic for the sentences after it.
_SCOPES_ONLY = frozenset({"国内", "海外", "境内", "境外", "国外"})


def _as_topic(name: str | None) -> str | None:
    """``name`` as the topic a sentence naming no one inherits, or None for a scope word."""
    return None if name in _SCOPES_ONLY else name


_UNSEEN = object()
#: A run of time, how long something held (连续8年, 近三年来, 过去5年, 累计3个月): no date to hand on.
_RUN_OF_TIME = fastre.compile(
    r"(?:连续|近|过去|最近|累计|累积)[0-9一二三四五六七八九十两几]{1,3}(?:多|余)?个?(?:年|月|季度|周|星期|天|日|交易日)(?:来|间|以来|内)?"
    r"|[0-9一二三四五六七八九十两几]{1,2}(?:多|余)?个?(?:年|月|季度|周|星期|天|日|交易日)(?:来|间|以来|内)"
)


#: A sentence that opens with a period and a change (11月份同比增长7.1%): the same measure, another span.
_PERIOD_THEN_CHANGE = fastre.compile(
    r"(?:[0-9]{1,2}(?:[-—~至][0-9]{1,2})?月份?|当月|本月|单月|[一二三四]季度|上半年|前三季度|全年)[，,]?(?:同比|环比)?"
    r"(?:增长|下降|增加|减少|回落|提高|上涨|下跌|加快|放缓)"
)
#: A sentence opening that goes on with the measure of the sentence before: 其中, (在/到)2022年.
#: (…PM2.5年均浓度…。在2022年,又进一步降至30微克/立方米; …占全国的比重…。其中,西北地区27.3%)
_CARRY_OPENING = fastre.compile(r"其中(?![的之])[，,：:]?|(?:在|到)?(?:19|20)[0-9]{2}年(?:末|底|初)?[，,]")
#: A sentence breaking the last measure down (分三大门类看，采矿业增长46.2%; 按项目构成划分，…): its
#: parts are measured as the sentence before measured the whole.
_BREAKDOWN = fastre.compile(r"(?:分[^，,。；]{1,8}看|按[^，,。；]{1,8}?(?:划分|分类|分|来看|看))[，,]")


#: Measures that make their owner a part of a whole: a share (占…比重) or a contribution (贡献率, 拉动).
_PART_OF_WHOLE = fastre.compile(r"占|贡献|拉动")


def _pending_topic(sents: list[str], lex) -> tuple[str | None, str | None]:
    """(name, period) that figure-less sentences hand on to the next sentence with figures in
    their paragraph: the name opening the last of them that opens with one, and the period the
    last of them naming one opens with (今年11月份，新房价格上涨的城市分别为…。其中，三亚…上涨0.7%)."""
    head = period = None
    for sent in reversed(sents):
        spans = clause_spans(sent)
        if head is None:
            head = _opening_name(sent, spans, lex)
        if period is None:
            period = _opening_period(sent, spans, lex)
        if head is not None and period is not None:
            break
    return head, period


def _opening_period(sent: str, spans: list[tuple[int, int]], lex) -> str | None:
    """The period a sentence opens with: in its first two clauses, or past a day named first
    (7月9日，中汽协公布的数据显示，今年1至6月份，…)."""
    opening = sent[: spans[1][1]] if len(spans) > 1 else sent
    pm = first_period(opening, lex)
    if pm and (_DAY_AFTER.match(opening, pm[1]) or _DAY_END.search(opening, pm[0], pm[1])):
        opening = sent
        pm = first_period(opening, lex)
    return opening[pm[0] : pm[1]] if pm else None


def _opening_name(sent: str, spans: list[tuple[int, int]], lex) -> str | None:
    """The name heading a sentence's first clause (after a short scene-setting clause, 春日阳光下 /
    近日, the second), unless it is generic (公司) or an anaphor (该…)."""
    if len(spans) > 1 and _SCENE_RX.fullmatch(sent[spans[0][0] : spans[0][1]].strip()):
        spans = spans[1:]
    head = _clause_subject(sent[spans[0][0] : spans[0][1]], lex) if spans else None
    return head if head and head not in GENERIC_SUBJECTS and not head.startswith("该") else None


def _names_someone(subj: str | None) -> bool:
    """Is a clause's subject a name (not 该…, 公司, 其, nor 各地: every place, no one)?"""
    return bool(subj) and not subj.startswith(("该", "各")) and subj not in GENERIC_SUBJECTS and subj != "其"


#: How a firm's registered name ends (佛山市海天调味食品股份有限公司).
_LEGAL_NAME = fastre.compile(r"(?:有限公司|有限责任公司|股份公司)$")


def _short_name(full: str, body: str, lex) -> str | None:
    """The short name an article calls a firm by after naming it in full once: four
    characters opening with the first two of its name past the place (佛山市海天调味食品股份有限公司
    → 海天味业), written at least twice outside the full name."""
    pm = lex.region_rx.match(full)
    core = full[pm.end() :] if pm else full
    if len(core) < 6:
        return None
    rest = body.replace(full, "")
    counts: dict[str, int] = {}
    for m in regex.finditer(regex.escape(core[:2]) + r"\p{Han}{2}", rest):
        counts[m.group()] = counts.get(m.group(), 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=None)
    if best is None or best[1] < 2 or best[0] in full or _CLAUSE_STOP_WORD.search(best[0][2:]):
        return None
    return best[0]


#: Characters that end a name's short form no better than a clause does (海天是中国…).
_CLAUSE_STOP_WORD = fastre.compile(r"[的是在将已为了和与及对把被从由向到至其也都还就又再而但或]")


#: A paragraph opening on a breakdown of the one before it (当中工业售气量…).
_BREAKDOWN_HEAD = fastre.compile(r"\s*当中")
#: A listed company's announcement header: 证券代码:300355 证券简称:蒙草生态 公告编号:….
_STOCK_SHORT = fastre.compile(r"证券简称\s*[:：]\s*(?P<short>[\p{Han}A-Za-z0-9*]{2,10})")
#: A firm's legal name opening a line (the issuer under an announcement's header, or its title).
_LEGAL_LINE = fastre.compile(r"(?m)^\s*(?P<name>[\p{Han}A-Za-z（）()]{2,30}?(?:股份有限公司|有限责任公司|有限公司))")
#: How far into a document an announcement's header and issuer are looked for.
_ISSUER_HEAD = 400


def _issuer(t: str) -> str | None:
    """The firm a listed company's announcement is by: the legal name its header lines give
    (内蒙古蒙草生态环境(集团)股份有限公司), else its 证券简称; None for any other document."""
    head = t[:_ISSUER_HEAD]
    sm = _STOCK_SHORT.search(head)
    if sm is None:
        return None
    lm = _LEGAL_LINE.search(head)
    return lm.group("name") if lm else sm.group("short")


def _article_subject(t: str, art, sentences, engine: "Engine", title_only: bool = False) -> str | None:
    """Whose figures an article reports: a brand its headline sets in 「」 and repeats, a name
    heading its title, else (unless ``title_only``) its first sentence."""
    body = t[art.start : art.end]
    # the headline: the article's title, else its first line (when it has more than one)
    head = (art.title or body[: body.find("\n")]) if "\n" in body else art.title
    if head:
        head = _TITLE_TAG.sub("", head)
        nm = _NOTE_TITLE.match(head)
        if nm and not title_only:
            return nm.group("name")  # 科大讯飞中报点评：…: the company whose results the note reviews
        # 「捞王」30亿估值冲击…: a brand the headline sets in corner brackets and the article repeats
        for m in _QUOTED_NAME_RX.finditer(head):
            name = m.group(1)
            if body.count(name) >= 3:
                return name
        # 方正电机：开拓新能源汽车驱动电机市场: a short name before the headline's colon that the
        # article repeats is whom it reports on, named with a suffix or not
        lead = _TITLE_SEP.split(head.split("\n", 1)[0])
        if len(lead) > 1 and _HEAD_NAME.fullmatch(lead[0].strip()) and body.count(lead[0].strip()) >= 3:
            name = lead[0].strip()
            if not engine.lex.period_rx.search(name) and not _NOT_HEAD_NAME.search(name) and not _DOCUMENT.search(name):
                return name
    if title_only:
        # only a name heading the title before a colon (荆州：市场肉价持续回落) starts a new item
        parts = _TITLE_SEP.split((head or "").split("\n", 1)[0])
        if len(parts) < 2 or len(parts[0]) > 12:
            return None
        subj = _clause_subject(parts[0], engine.lex)
        return subj if _names_someone(subj) else None
    cands = []
    if art.title:
        cands.append(art.title)
    k = bisect.bisect_left(sentences, (art.start, -1, -1))
    for s0, s1, _ in sentences[k : k + 3]:
        if s0 >= art.start and s1 <= art.end and (art.title_start is None or s0 > art.title_start):
            if not _SOURCE_LINE.match(t, s0, s1):
                # (来源:中国人民银行 时间:2016-10-18: who publishes, not whom it is about; 安徽合肥, 2022年8月26日
                # /美通社/ --: where a wire release was filed, not whom it is about)
                wm = _WIRE_DATELINE.match(t, s0, s1)
                cands.append(t[wm.end() if wm else s0 : s1])
            break
    for i in range(len(cands) - 1, -1, -1):
        # 江西省宜春市：高安市3月下旬水果市场…: the part after a colon or bar is the headline proper
        line = cands[i].split("\n", 1)[0]
        parts = _TITLE_SEP.split(line)
        if len(parts) > 1 and len(parts[-1]) >= 4 and len(parts[0]) <= 12:
            cands.insert(i, parts[-1])
    # 武汉白沙洲大市场信息中心…监测: an organisation's own data office speaks for it
    for s0, s1, _ in sentences[k : k + 6]:
        if s0 >= art.start and s1 <= art.end:
            om = _OWN_OFFICE.search(t, s0, s1)
            if om:
                return om.group("org")
    for c in cands:
        spans = clause_spans(c)
        # (8日，记者从市交通运输局了解到，今年一季度全市…: the clauses dating the news or saying how
        # the reporter learned it name no one; the first two clauses after them are looked at)
        spans = [sp for sp in spans if not _PREAMBLE.fullmatch(c[sp[0] : sp[1]].strip())] or spans
        for a, b in spans[:2]:
            subj = _clause_subject(c[a:b], engine.lex)
            if _names_someone(subj) and not _DOCUMENT.search(subj):  # (2011年半年报披露的大幕将拉开: a report, no one)
                if c is not art.title and (_PRESS_OFFICE.search(subj) or _DATA_BODY.search(subj)):
                    continue  # 国务院新闻办公室今天举行新闻发布会: who speaks, not whom the figures are about
                if _observes(c[a:b], subj) or _PUBLISHES_STUDY.search(c[a:b]):
                    continue  # 据市农业农村局监测，…: who observed the figures, not whose they are
                return subj
    return None


def _qual(q: str) -> str:
    return "exact" if q == "range" else q


def _short(doc: str) -> str:
    return doc.split("_", 1)[0] if "_" in doc else doc


#: The fields of a NumberMention in order, as _shift writes them out (checked at import).
_MENTION_FIELDS = (
    "start", "end", "text", "value", "low", "high", "qualifier", "unit", "kind", "surface_unit",
    "numeral", "group", "qualifier_start", "qualifier_end", "ambiguous", "approx_inside",
)
assert tuple(f.name for f in fields(NumberMention)) == _MENTION_FIELDS, "update _shift for NumberMention's fields"


def _shift(m, d: int):
    qs = None if m.qualifier_start is None else m.qualifier_start + d
    qe = None if m.qualifier_end is None else m.qualifier_end + d
    if type(m) is NumberMention:
        # (built field by field: dataclasses.replace reads the fields anew for each figure)
        return NumberMention(
            m.start + d, m.end + d, m.text, m.value, m.low, m.high, m.qualifier, m.unit, m.kind, m.surface_unit,
            m.numeral, m.group, qs, qe, m.ambiguous, m.approx_inside,
        )
    from dataclasses import replace

    return replace(m, start=m.start + d, end=m.end + d, qualifier_start=qs, qualifier_end=qe)


# files that describe a folder rather than being a document of it: skipped when a folder
# is expanded (a file named on the command line is always read)
_NOT_DOCUMENTS = frozenset({"README", "SOURCES", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE", "AUTHORS"})


def iter_input_files(paths: Iterable[str | Path], suffixes: Sequence[str] = (".txt", ".md")) -> list[Path]:
    """Files named, and the files with ``suffixes`` inside folders named (sorted, recursive;
    README/SOURCES/LICENSE-like files and hidden folders inside a folder are skipped)."""
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out.extend(
                sorted(
                    q for q in path.rglob("*")
                    if q.is_file() and q.suffix.lower() in suffixes and q.stem.upper() not in _NOT_DOCUMENTS
                    and not any(part.startswith(".") for part in q.relative_to(path).parts)
                )
            )
        else:
            out.append(path)
    return out


#: Files larger than this are read as a stream and extracted a chunk of paragraphs at a time.
STREAM_BYTES = 8 * 1024 * 1024
#: Bytes read to choose the encoding of a streamed file.
HEAD_BYTES = 1 << 20
#: Target size of a chunk of a streamed file (cut at a blank line, else a line end).
CHUNK_CHARS = 1_000_000


def _detect_stream_encoding(head: bytes, path: str, encoding: str | None) -> str:
    """The encoding of a large file from its first bytes (a cut character at the end is
    tolerated); the rest is then decoded strictly, block by block."""
    last: InputError | None = None
    for k in range(0, 4):
        try:
            _, enc = textmod.decode(head[: len(head) - k] if k else head, path=path, encoding=encoding)
            return enc
        except InputError as exc:
            last = exc
    assert last is not None
    raise last


def _extract_stream(
    path: Path, res: DocResult, engine: Engine | None, encoding: str | None, sink=None
) -> DocResult:
    import codecs

    engine = engine or default_engine()
    base = 0
    claim_base = 0
    facts: list[Fact] = []
    try:
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
            digest.update(head)
            enc = _detect_stream_encoding(head, str(path), encoding)
            dec = codecs.getincrementaldecoder(enc)(errors="strict")
            buf = dec.decode(head)
            res.encoding = enc
            done = False
            while not done:
                block = fh.read(1 << 22)
                digest.update(block)
                done = not block
                buf += dec.decode(block, final=done)
                while buf and (len(buf) > CHUNK_CHARS or done):
                    cut = len(buf)
                    if len(buf) > CHUNK_CHARS:
                        cut = buf.rfind("\n\n", 0, CHUNK_CHARS)
                        if cut <= 0:
                            cut = buf.rfind("\n", 0, CHUNK_CHARS)
                        cut = CHUNK_CHARS if cut <= 0 else cut + 1
                    piece, buf = buf[:cut], buf[cut:]
                    part = extract(piece, doc=res.doc, source=res.source, engine=engine)
                    top = 0
                    for f in part:
                        n = int(f.claim.rsplit("-c", 1)[1]) if "-c" in f.claim else 0
                        top = max(top, n)
                        f.claim = f"{_short(res.doc)}-c{claim_base + n}"
                        f.start += base
                        f.end += base
                    if sink is not None:
                        sink(part)  # written now: a huge file never holds all its facts
                        res.count += len(part)
                    else:
                        facts.extend(part)
                    claim_base += top
                    base += len(piece)
    except TimeoutError:
        raise  # a rule's regex timed out: a rule problem, not an unreadable input
    except OSError as exc:
        res.error = f"cannot read: {exc.strerror or exc}"
        return res
    except InputError as exc:
        res.error = exc.reason
        return res
    except UnicodeDecodeError as exc:
        res.error = f"not valid {exc.encoding} after character {base} ({exc.reason})"
        return res
    res.chars = base
    res.facts = facts
    res.count += len(facts)
    res.sha256 = digest.hexdigest()
    return res


def extract_document(
    path: str | Path, *, engine: Engine | None = None, encoding: str | None = None, sink=None
) -> DocResult:
    """Read, decode and extract one file; a bad input gives a DocResult with ``error``.

    A file over ``STREAM_BYTES`` is read as a stream: decoded block by block and extracted
    a chunk of paragraphs at a time, so working memory stays bounded; offsets stay raw.
    With ``sink``, such a file's facts are handed to ``sink(batch)`` chunk by chunk instead
    of being kept in ``DocResult.facts`` (``DocResult.count`` counts them either way).
    """
    path = Path(path)
    res = DocResult(doc=path.stem, source=str(path), encoding=None)
    try:
        if path.is_dir():
            res.error = "is a folder, not a file"
            return res
        big = path.stat().st_size > STREAM_BYTES
        data = b"" if big else path.read_bytes()
    except OSError as exc:
        res.error = f"cannot read: {exc.strerror or exc}"
        return res
    if big:
        return _extract_stream(path, res, engine, encoding, sink)
    try:
        raw, enc = textmod.decode(data, path=str(path), encoding=encoding)
    except InputError as exc:
        res.error = exc.reason
        return res
    res.encoding = enc
    res.chars = len(raw)
    res.sha256 = hashlib.sha256(data).hexdigest()
    res.facts = extract(raw, doc=path.stem, source=str(path), engine=engine)
    res.count = len(res.facts)
    return res


def extract_files(
    paths: Iterable[str | Path],
    *,
    engine: Engine | None = None,
    encoding: str | None = None,
    jobs: int = 1,
    rules_dirs: Sequence[str | Path] | None = None,
) -> list[DocResult]:
    """Extract every file (folders expanded), in input order; failures are reported, not raised."""
    return list(iter_extract(iter_input_files(paths), engine=engine, encoding=encoding, jobs=jobs, rules_dirs=rules_dirs))


# ------------------------------------------------------------------ engines for workers
def load_engine(rules_dirs: Sequence[str | Path] | None = None) -> Engine:
    """The built-in engine (compiled once per process), or a fresh one with ``rules_dirs``."""
    return Engine.load(list(rules_dirs)) if rules_dirs else default_engine()


_WORKER_ENGINES: dict[tuple[str, ...], Engine] = {}


def _worker_engine(rules_dirs: tuple[str, ...]) -> Engine:
    """A worker process's engine for ``rules_dirs``: compiled on first use, then reused
    (by the process pool's tasks and by every Dask partition the worker runs)."""
    engine = _WORKER_ENGINES.get(rules_dirs)
    if engine is None:
        engine = _WORKER_ENGINES[rules_dirs] = load_engine(rules_dirs)
    return engine


# ------------------------------------------------------------------ beyond one machine
def _dask_partition(paths: list[str], encoding: str | None, rules_dirs: tuple[str, ...]) -> list[DocResult]:
    """One Dask partition, with the worker's engine."""
    engine = _worker_engine(rules_dirs)
    return [extract_document(p, engine=engine, encoding=encoding) for p in paths]


def extract_files_dask(
    paths: Sequence[str | Path],
    *,
    scheduler: str | None = None,
    workers: int = 2,
    encoding: str | None = None,
    rules_dirs: Sequence[str | Path] | None = None,
    client=None,
) -> list[DocResult]:
    """The same per-document extraction on Dask: a bag over the input files, rules loaded
    once per worker, results gathered in input order (identical to ``jobs=1``).

    ``scheduler`` is a ``dask.distributed`` scheduler address (``tcp://host:8786``);
    without one, a ``LocalCluster`` of ``workers`` processes is started for the run.
    Needs the ``dask`` extra (``pip install 'factx[dask]'``).
    """
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise InputError("--engine dask", "Dask is not installed: pip install 'factx[dask]'") from exc
    items = [str(p) for p in paths]
    if not items:
        return []
    dirs = tuple(str(d) for d in (rules_dirs or []))
    parts = max(1, min(len(items), workers * 4))
    bag = db.from_sequence(items, npartitions=parts).map_partitions(_dask_partition, encoding, dirs)
    if client is not None:
        return list(bag.compute(scheduler=client))
    if scheduler:
        with Client(scheduler) as c:
            return list(bag.compute(scheduler=c))
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        with Client(cluster) as c:
            return list(bag.compute(scheduler=c))


# ------------------------------------------------------------------ parallel batch
def _init_worker(rules_dirs: tuple[str, ...]) -> None:
    """Pool initializer: compile the rules once per worker process."""
    _worker_engine(rules_dirs)


def _worker_extract(job: tuple[str, str | None, tuple[str, ...]]) -> DocResult:
    path, encoding, rules_dirs = job
    return extract_document(path, engine=_worker_engine(rules_dirs), encoding=encoding)


def iter_extract(
    paths: Sequence[str | Path],
    *,
    engine: Engine | None = None,
    encoding: str | None = None,
    jobs: int = 1,
    rules_dirs: Sequence[str | Path] | None = None,
    sink=None,
) -> Iterator[DocResult]:
    """DocResults in input order; ``jobs > 1`` runs that many worker processes, each with
    its own compiled rules, and gives the same output as ``jobs == 1``."""
    paths = list(paths)
    if jobs <= 1 or len(paths) < 2:
        eng = engine or load_engine(rules_dirs)
        for p in paths:
            yield extract_document(p, engine=eng, encoding=encoding, sink=sink)
        return
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, min(64, len(paths) // (jobs * 4)))
    dirs = tuple(str(d) for d in rules_dirs or [])
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(dirs,)) as ex:
        yield from ex.map(_worker_extract, [(str(p), encoding, dirs) for p in paths], chunksize=chunk)
