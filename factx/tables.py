"""Tables: rows of tab- or |-separated cells and Markdown tables -> one fact per number cell.

A table is two or more consecutive lines with the same number of cells (tabs or ``|``),
a Markdown table (``| a | b |`` with a ``|---|`` line), rows whose cells a copy parted by
spaces, or a table a web copy flattened to one cell per line (each ending in ``|``, or
parted by blank lines or bars alone; its width read from the rows' shape, its header
possibly one cell short where the copy dropped an empty top-left cell, its rows possibly
grouped under section headings such as ``一、工业``). The first row is the header when it
holds text. A number cell takes its unit from, in this order: the cell itself (``34.15%``),
its column header (``利润总额（亿元）``, ``比重%``), its row label (``营业收入（万元）``), the
row's cell under a ``单位`` header, or a ``单位：万元`` line just above or below the table.
The metric is the column header (or the row label when the column header is a period such
as ``2025年``, or when every column is headed by whose figures it holds, ``全省 | 甲市``,
which is then the subject); the subject is the row label when the column header names the
metric (after the rank, in a table opening on ``排名``). Offsets are raw offsets.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from . import fastre

from .numerals import NumberMention, normalize_numeric, scan_numbers
from .units import UnitTable

__all__ = ["Cell", "Table", "find_tables", "table_figures"]

_UNIT_IN_HEADER = fastre.compile(r"[（(]\s*(?:单位[:：]\s*)?(?P<u>[^（()）]{1,8}?)\s*[）)]\s*$")
_UNIT_LINE = fastre.compile(r"^\s*[（(]?\s*单位\s*[:：]\s*(?P<u>[^\s（()）,，。]{1,8}(?:[、，,/]\s*[^\s（()）,，。、]{1,8})*)\s*[）)]?\s*$")
#: A unit ending a caption or a heading line (表2 主要工业产品产量（单位：万吨）, …产量 单位：万吨).
_UNIT_ENDING = fastre.compile(r"^[^\n]{0,40}?(?P<at>[\s（(])\s*单位\s*[:：]\s*(?P<u>[^\s（()）,，。]{1,8})\s*[）)]?\s*$")
_MD_SEP = fastre.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_PERIOD_HEADER = fastre.compile(r"^(?:[0-9０-９]{2,4}年(?:[0-9]{1,2}月|[一二三四1-4]季度|上半年|下半年)?|[0-9]{1,2}月(?:份)?|[一二三四1-4]季度|上半年|下半年|本报告期|报告期|本期|上期|本年度|上年度|本年|上年|去年|今年|累计|当月|本月|期末|期初|年初|年末)(?:末|初|累计|同期)?数?$")
_CHANGE_HEADER = fastre.compile(
    r"增长|增速|增幅|同比|环比|变动|变化|涨幅|降幅|涨跌|增减|增量|增加(?!值)|减少|[±]"
    r"|[比较](?:上年同期|去年同期|上年|去年|上月|上季度?|上期|年初|同期)"
)
#: What a change header may say besides its change word (变动幅度, 同比增减（%）, 增减额).
_CHANGE_WORDS = fastre.compile(r"幅度|率|比例|情况|增减|额|[±+\-（）()%％]")
#: A change cell worded with its verb (减少0.29个百分点, 增长5.2%): the verb gives the direction.
_VERB_CELL = fastre.compile(r"^(?:(?P<up>增加|增长|上升|提高|上涨)|(?P<down>减少|下降|降低|下跌))\s*(?=[0-9０-９.．])")
#: A change header that tells a fall whatever the sign (降幅, 比上年减少).
_DOWN_HEADER = fastre.compile(r"降|减少|回落")
_NUMERIC_CELL = fastre.compile(r"^[-−－+]?(?:[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?|[.．][0-9０-９]+)\s*(?:%|％|‰)?$")


@dataclass(frozen=True, slots=True)
class Cell:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Table:
    start: int
    end: int
    header: list[Cell] | None
    rows: list[list[Cell]]
    unit_line: str | None
    #: the measure a caption line above names (表1：2018年泾源县地区生产总值及其增长速度)
    caption: str | None = None
    #: the caption says the figures are changes (各市主要指标增速)
    caption_change: bool = False


def _split_cells(text: str, offset: int, sep: str) -> list[Cell]:
    cells = []
    line = text
    lead = 0
    if sep == "|":
        stripped = line.strip()
        if stripped.startswith("|"):
            lead = line.index("|") + 1
        body_end = len(line.rstrip())
        if line.rstrip().endswith("|"):
            body_end = len(line.rstrip()) - 1
        line_body = line[lead:body_end]
    else:
        line_body = line
    pos = lead
    for part in line_body.split(sep):
        s = len(part) - len(part.lstrip())
        e = len(part.rstrip())
        cells.append(Cell(offset + pos + s, offset + pos + max(e, s), part.strip()))
        pos += len(part) + 1
    return cells


_SPACE_CELL = fastre.compile(r"\S+")
#: A caption line: 表1：2018年泾源县地区生产总值及其增长速度.
_CAPTION = fastre.compile(r"^\s*表\s*[0-9一二三四五六七八九十]{1,3}\s*[:：、.．]?\s*(?P<c>\S.{1,40}?)\s*$")
#: What a caption says besides its measure: a leading period, a trailing "and its growth".
_CAPTION_TAIL = fastre.compile(r"(?:及其|及|和|与)?(?:增长速度|增速|增长|构成|情况|主要指标|统计)+$")
_CAPTION_HEAD = fastre.compile(r"^(?:[0-9]{4}年(?:[0-9]{1,2}月(?:份)?|上半年|前三季度|[一二三四]季度)?|[0-9]{1,2}[-—~至][0-9]{1,2}月(?:份)?)")
#: A row of a table whose cells were copied with spaces between them: a label (which may
#: hold single spaces, as a justified 粮 食 does), then numbers.
SPACE_ROWS = fastre.compile(r"(?m)^[ \t\u3000]*[^\s\d|][^\t|\n]*?[^\s\d|] +[-−－+]?[0-9][0-9,.]*%?(?: +[-−－+]?[0-9][0-9,.]*%?)*[ \t]*$|^[^\s\d|] +[-−－+]?[0-9][0-9,.]*%?[ \t]*$")


def _space_cells(body: str, offset: int) -> list[Cell]:
    """A line's cells: its words, the words before its trailing numbers joined into one
    label (粮 食 6.1 is a label and a number)."""
    words = [Cell(offset + m.start(), offset + m.end(), m.group()) for m in _SPACE_CELL.finditer(body)]
    k = len(words)
    while k > 0 and _NUMERIC_CELL.match(words[k - 1].text):
        k -= 1
    if 1 < k < len(words):
        label = Cell(words[0].start, words[k - 1].end, body[words[0].start - offset : words[k - 1].end - offset])
        return [label, *words[k:]]
    return words


def _is_space_row(cells: list[Cell]) -> bool:
    return len(cells) >= 2 and not _NUMERIC_CELL.match(cells[0].text) and all(_NUMERIC_CELL.match(c.text) for c in cells[1:])


def _unit_line(lines: list[tuple[int, str]], at: tuple[int, ...]) -> str | None:
    """The unit a ``单位：万元`` line gives, the first such line among the lines ``at``."""
    for k in at:
        um = _UNIT_LINE.match(lines[k][1]) or _UNIT_ENDING.search(lines[k][1]) if 0 <= k < len(lines) else None
        if um:
            return um.group("u")
    return None


def _caption(lines: list[tuple[int, str]], k: int) -> tuple[str | None, bool]:
    """The measure named by a caption at line ``k`` (or the line before it), if any, and
    whether the caption says its figures are changes (各市主要指标增速, not 总产值及其增长速度)."""
    for q in (k, k - 1):
        if 0 <= q < len(lines):
            m = _CAPTION.match(lines[q][1])
            if m:
                u = _UNIT_ENDING.search(m.group("c"))
                cap = m.group("c")[: u.start("at")] if u else m.group("c")
                c = _CAPTION_HEAD.sub("", _CAPTION_TAIL.sub("", cap)).strip()
                change = any(cap[x.start() - 1 : x.start()] not in "及和与其" or x.start() == 0 for x in _CHANGE_HEADER.finditer(cap))
                return c or None, change
    return None, False


def _space_tables(lines: list[tuple[int, str]]) -> list[Table]:
    """Tables whose cells a copy separated by spaces: an optional header of words, then two
    or more rows of a label and numbers with as many cells."""
    out: list[Table] = []
    i = 0
    while i < len(lines):
        s, b = lines[i]
        if "\t" in b or "|" in b or not b.strip():
            i += 1
            continue
        cells = _space_cells(b, s)
        header = None
        j = i
        if len(cells) >= 2 and not any(_NUMERIC_CELL.match(c.text) for c in cells):
            header, j = cells, i + 1
        rows: list[list[Cell]] = []
        while j < len(lines):
            r = _space_cells(lines[j][1], lines[j][0])
            if header and not rows and _is_space_row(r) and 1 < len(r) < len(header):
                # (指 标 比上年涨跌幅度(%): the words before the last columns name the labels)
                k = len(header) - len(r) + 1
                header = [Cell(header[0].start, header[k - 1].end, b[header[0].start - s : header[k - 1].end - s]), *header[k:]]
            if not _is_space_row(r) or len(r) != (len(header) if header else len(rows[0]) if rows else len(r)):
                break
            rows.append(r)
            j += 1
        if len(rows) >= 2:
            out.append(Table(lines[i][0], lines[j - 1][0] + len(lines[j - 1][1]), header, rows, _unit_line(lines, (i - 1, i - 2, j)), *_caption(lines, i - 1)))
            i = j
        else:
            i += 1
    return out


#: Two lines holding a number alone, at most three short lines apart: the mark of a table
#: copied one cell per line (see :func:`_line_cell_tables`).
_NUMBER_LINES = fastre.compile(
    r"(?m)^[ \t\u3000|]*[-−－+]?[0-9][0-9,.]*[%％‰]?[ \t\u3000|]*\n(?:[^\n]{0,24}\n){0,3}?[ \t\u3000|]*[-−－+]?[0-9][0-9,.]*[%％‰]?[ \t\u3000|]*$"
)
#: The first header cell of a table copied one cell per line with no separators.
_FIRST_HEADER_CELL = fastre.compile(r"(?:指\s*标|项\s*目|指标名称|名\s*称|类\s*别|分\s*组)(?:名称)?")
#: A cell of such a table: short, no sentence punctuation, not ending on a colon (如下：
#: introduces a table, and is none of its cells).
_LINE_CELL = fastre.compile(r"^[ \t\u3000|]*(?P<c>[^\s|，,。；;：:！？][^|，。；;！？\n]{0,23}?)(?<![:：])[ \t\u3000|]*$")
#: A line between two cells of such a table: blank, or bars alone.
_CELL_GAP = fastre.compile(r"^[ \t\u3000|]*$")
_UNIT_WORD_CELL = fastre.compile(r"^(?:[\p{Han}A-Za-z/％%‰²³·]{1,8}|[-—–－…/]+)$")


#: The header of a column of ranks or serial numbers, before the rows' labels.
_SERIAL_HEADER = fastre.compile(r"排名|排序|名次|位次|序号|编号|[Nn][Oo]\.?")
#: A cell heading a section of such a table (一、工业, （二）投资).
_SECTION_CELL = fastre.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])")
_DASHES = frozenset({"-", "—", "–", "－", "…", "/"})
#: How many times one run of short lines is tried as a table (its start, then header words in it).
_MAX_TRIES_PER_RUN = 4


def _line_cell_kind(text: str) -> str:
    """"n" for a number cell, "u" for a short unit word or a dash, "w" for other words."""
    if _NUMERIC_CELL.match(text) or _NUMERIC_CELL.match(text.replace(" ", "")):
        return "n"
    return "u" if _UNIT_WORD_CELL.match(text) and len(text) <= 4 else "w"


def _opens_run(lines: list[tuple[int, str]], i: int) -> bool:
    """Is line ``i`` the first short line after a line of prose (blank lines between)?"""
    k = i - 1
    while k >= 0 and _CELL_GAP.match(lines[k][1]):
        k -= 1
    return k < 0 or _LINE_CELL.match(lines[k][1]) is None


def _read_line_rows(cells: list[Cell], kinds: list[str], width: int, head: int) -> tuple[list[Cell], list[list[Cell]], int] | None:
    """The rows of ``width`` cells after a header of ``head`` cells (``width`` or, when the
    copy dropped an empty top-left cell, one fewer): each a label and then cells whose kind is
    the same in every row. A lone label whose next cell is a label too heads a section of the
    table (一、工业) and is no row. (header, rows, cells used), or None for fewer than two rows."""
    if any(k == "n" for k in kinds[:head]):
        return None
    # (排名 | 城市 | GDP: each row opens on its rank, and its label is the cell after it)
    serial = int(head == width and _SERIAL_HEADER.fullmatch(cells[0].text.replace(" ", "")) is not None)
    pattern: list[str] | None = None
    rows: list[list[Cell]] = []

    def shape_at(p: int) -> list[str] | None:
        """The row at ``p``'s shape, or None if it is no row of this table."""
        ks = kinds[p : p + width]
        if ks[0] == "n" and not (serial and ks[1] != "n") or "n" not in ks[serial + 1 :] or head < width and "w" in ks[1:]:
            return None  # (with no top-left cell to count on, a row is a label and then numbers)
        # a number column keeps its kind in every row, but for a dash (比重 | -)
        shape = ["n" if k == "n" or c.text in _DASHES else "x" for k, c in zip(ks[1:], cells[p + 1 : p + width])]
        return shape if pattern is None or shape == pattern else None

    p = used = head
    while p + width <= len(cells):
        if (
            not serial and kinds[p] == "w" and kinds[p + 1] == "w" and p + 1 + width <= len(cells)
            and (_SECTION_CELL.match(cells[p].text) or rows and shape_at(p) is None)
        ):
            p += 1  # (a section's heading)
        shape = shape_at(p)
        if shape is None:
            break
        pattern = shape
        rows.append(cells[p : p + width])
        p += width
        used = p
    if len(rows) < 2:
        return None
    return cells[:head], rows, used


def _line_cell_tables(lines: list[tuple[int, str]]) -> list[Table]:
    """Tables a copy flattened to one cell per line with nothing between the cells: a header
    opening on 指标 / 项目 / 名称, then rows of as many lines, each a label and then cells
    whose kind (number, unit word or dash) is the same in every row. The width is the one
    that reads the most rows (at least two, each with a number)."""
    out: list[Table] = []
    n = len(lines)
    i = 0
    tries = 0  # attempts made in the current run of short lines
    while i < n:
        # a table opens on 指标 / 项目…, or on the first of a run of short lines after prose
        first = lines[i][1].strip(" \t\u3000|")
        if not first:
            i += 1
            continue
        cell_like = _LINE_CELL.match(lines[i][1]) is not None
        starts = cell_like and (i == 0 or _opens_run(lines, i))
        if starts or not cell_like:
            tries = 0
        opens = _FIRST_HEADER_CELL.fullmatch(first) is not None or starts and _line_cell_kind(first) != "n"
        if not opens or tries >= _MAX_TRIES_PER_RUN:
            # (a run of short lines is tried a few times, not at every 指标 in it: a hostile input of
            # such lines costs a few scans of 400 cells, not one per line)
            i += 1
            continue
        tries += 1
        # (cells may be parted by blank lines or by lines of bars alone, as copies of web pages do)
        cells: list[Cell] = []
        at: list[int] = []  # the line of each cell
        j, gap = i, 0
        while j < n and len(cells) < 400 and gap <= 2:
            if _CELL_GAP.match(lines[j][1]):
                gap += not lines[j][1].strip(" \t\u3000")  # (blank lines end a table, bars part its cells)
                j += 1
                continue
            m = _LINE_CELL.match(lines[j][1])
            if m is None:
                break
            s = lines[j][0]
            cells.append(Cell(s + m.start("c"), s + m.end("c"), m.group("c")))
            at.append(j)
            j, gap = j + 1, 0
        kinds = [_line_cell_kind(c.text) for c in cells]
        best: tuple[int, int, list[Cell], list[list[Cell]], int] | None = None
        for width in range(2, 9):
            if width >= len(cells) or any(k == "n" for k in kinds[: width - 1]):
                break
            for head in (width, width - 1):
                read = _read_line_rows(cells, kinds, width, head)
                if read is not None and (best is None or len(read[1]) > len(best[3])):
                    best = (width, head, *read)
        if best is None:
            i += 1
            continue
        width, head, header, body, used = best
        if head < width:
            # (the web table's top-left cell was empty, and a copy drops an empty cell)
            header = [Cell(header[0].start, header[0].start, "")] + header
        last = at[used - 1]
        out.append(Table(lines[i][0], lines[last][0] + len(lines[last][1]), header, body, _unit_line(lines, (i - 1, i - 2)), *_caption(lines, i - 1)))
        i = last + 1
    return out


def find_tables(raw: str) -> list[Table]:
    """Tables in the raw text (two or more aligned rows); ``[]`` at once for a text with no
    tab, no bar, no space-parted row and no number alone on a line."""
    space_rows = SPACE_ROWS.search(raw) is not None
    cell_lines = _NUMBER_LINES.search(raw) is not None
    if not (space_rows or cell_lines or "\t" in raw or "|" in raw):
        return []
    lines = []
    pos = 0
    for ln in raw.splitlines(keepends=True):
        body = ln.rstrip("\r\n")
        lines.append((pos, body))
        pos += len(ln)
    out: list[Table] = _space_tables(lines) if space_rows else []
    if cell_lines:
        out += _line_cell_tables(lines)
    i = 0
    while i < len(lines):
        start, body = lines[i]
        sep = "\t" if "\t" in body else ("|" if body.count("|") >= 2 or (body.count("|") >= 1 and body.strip().startswith("|")) else None)
        if sep is None:
            i += 1
            continue
        block = []
        j = i
        ncells = None
        while j < len(lines):
            s, b = lines[j]
            if sep == "|" and _MD_SEP.match(b):
                j += 1
                continue
            if not b.strip() or (sep not in b):
                break
            cells = _split_cells(b, s, sep)
            if ncells is None:
                ncells = len(cells)
            elif abs(len(cells) - ncells) > 0:
                break
            block.append(cells)
            j += 1
        if len(block) >= 2 and (ncells or 0) >= 2:
            header = None
            first = block[0]
            if sum(1 for c in first if c.text and not _NUMERIC_CELL.match(c.text)) >= max(1, len(first) - 1) and any(
                _NUMERIC_CELL.match(c.text) for r in block[1:] for c in r
            ):
                header, block = first, block[1:]
            out.append(Table(lines[i][0], lines[j - 1][0] + len(lines[j - 1][1]), header, block, _unit_line(lines, (i - 1, i - 2, j)), *_caption(lines, i - 1)))
            i = j
        elif (ncells or 0) < 2 and j > i + 1:
            # (lines of one cell each, 营业收入 | …: none of them opens a table either, and reading
            # the run again from each would cost its length squared)
            i = j
        else:
            i += 1
    out.sort(key=lambda tb: tb.start)
    kept: list[Table] = []
    for tb in out:
        if not kept or tb.start >= kept[-1].end:
            kept.append(tb)  # (a table two readers both found, or one inside another: read once)
    return kept


#: A percent or per-mille sign ending a header with no brackets (比重%, 比上年增长%).
_BARE_PERCENT = fastre.compile(r"(?<=[\p{Han}±])\s*(?P<u>[%％‰])$")


#: The header of a column of units.
_UNIT_COLUMN = fastre.compile(r"(?:计量)?单位")


#: Brackets that hold a period, not a unit (2023年（1-6月）, 本期(2024年)).
_PERIOD_IN_BRACKETS = fastre.compile(r"[0-9０-９一二三四]\s*(?:[-—–~～至]\s*[0-9０-９一二三四]{1,2}\s*)?(?:月|年|日|季度)")


def _line_unit(unit_line: str | None, change: bool) -> str | None:
    """The unit a 单位 line gives a cell: one of several it lists (单位：亿元、%), the percent
    for a change's column or row and the other for the rest."""
    if not unit_line:
        return None
    units = [u for u in _UNIT_SEP.split(unit_line) if u]
    if len(units) < 2:
        return unit_line
    pct = [u for u in units if u in ("%", "％", "‰")]
    rest = [u for u in units if u not in pct]
    return (pct or rest)[0] if change else (rest or pct)[0]


_UNIT_SEP = fastre.compile(r"[、，,/;；]")


def _unit_of_label(label: str) -> str | None:
    m = _UNIT_IN_HEADER.search(label) or _BARE_PERCENT.search(label)
    if m is None or _PERIOD_IN_BRACKETS.search(m.group("u")):
        return None
    return m.group("u").strip().lstrip("±+") or None  # (增速比1-9月(±百分点): the unit is 百分点, its ± no part of it)


#: A statement's unit naming its currency first (单位：人民币千元, 港币百万元, 美元千元): the
#: currency's unit after the magnitude is how a figure writes it (千元, 百万港元, 千美元).
_CURRENCY_FIRST = fastre.compile(r"^(?P<cur>人民币|港币|港元|美元|欧元|日元|英镑)(?P<mag>[十百千万亿]*)元$")
_CURRENCY_UNIT = {"人民币": "元", "港币": "港元", "港元": "港元", "美元": "美元", "欧元": "欧元", "日元": "日元", "英镑": "英镑"}


def _as_written_after(unit: str) -> str:
    """A table's unit as a figure writes it after its number (人民币千元 -> 千元)."""
    m = _CURRENCY_FIRST.match(unit)
    return m.group("mag") + _CURRENCY_UNIT[m.group("cur")] if m else unit


def _strip_unit(label: str) -> str:
    """A label without its unit and without the mark of a sub-item (#粮食, 其中：住宅)."""
    return _SUB_ITEM.sub("", _BARE_PERCENT.sub("", _UNIT_IN_HEADER.sub("", label).strip()))


#: How a statistics table marks a row as a part of the row above: #粮 食, 其中：住宅.
_SUB_ITEM = fastre.compile(r"^(?:[#＃]\s*|其中\s*[:：]?\s*)")


#: A period opening a column header (今年上半年收入, 去年同期, 2023年营业收入): (rank, rest). A later
#: period ranks higher; 今年/本期 outrank 去年/上期.
_HEADER_TIME = fastre.compile(
    r"^(?:(?P<cur>今年|本年度|本年|年末|本报告期末|本报告期|报告期末|报告期|本期末|本期|期末|当期|本月|当月)"
    r"|(?P<prev>去年|上年度|上年|本报告期初|报告期初|本期初|期初|年初|上期|上年同期|去年同期|同期|上月)|(?P<year>[0-9]{4})年)"
    r"年?(?:同期)?(?:[一二三四1-4]季度|上半年|下半年|前三季度|[0-9]{1,2}(?:[-—~至][0-9]{1,2})?月份?|全年|累计)?"
)


def _header_time(col: str) -> tuple[int | None, str, str | None]:
    """(rank, the header without its period, the period) of a column header."""
    m = _HEADER_TIME.match(normalize_numeric(col))
    if not m or m.end() == 0:
        return None, col, None
    rank = 1 if m.group("cur") else 0 if m.group("prev") else int(m.group("year"))
    rest = col[m.end() :].strip()
    if m.group("cur") == "年末" and rest not in ("", "数"):
        return None, col, None  # (年末人口: a statistic's own name; 年末数 alone is a period)
    return rank, "" if rest == "数" else rest, col[: m.end()]  # (年末数, 本年数: a period, no measure)


#: Column headers that name no measure of their own (绝对值(万元)): the caption's measure is meant.
_GENERIC_MEASURE = fastre.compile(r"(?:绝对值|绝对数|绝对额|总量数|数值|数量|总量|金额|指标|数据|本期|合计)?")


def _unit_cell(text: str, units: UnitTable) -> bool:
    """Is the cell a number with its own unit and nothing else (235.17亿元, 1.2万吨)?"""
    probe = normalize_numeric(text.replace("，", ","))
    ms = scan_numbers(probe, table=units)
    return len(ms) == 1 and ms[0].start == 0 and ms[0].end == len(probe) and ms[0].unit is not None


def table_figures(
    raw: str, table: Table, units: UnitTable, measure_rx: regex.Pattern[str] | None = None, split=None,
    industry_rx: regex.Pattern[str] | None = None,
) -> list[tuple[NumberMention, dict]]:
    """A figure per number cell, with the attributes the table gives it.

    Columns for two periods of the same measure (今年上半年收入 | 去年上半年收入) give each row an
    after and a before figure; a change column (变动幅度) that follows them is that measure's
    change. A row label naming no measure (no word of ``measure_rx``: 太平洋航线, 一期) is the
    subject of its row's figures; one that does (营业收入) is their metric. Figures with the
    same ``group`` attribute are one claim: a row's two ends and change of one measure.
    """
    out = []
    header = table.header
    caption = table.caption
    if caption and split is not None:
        caption = split(caption)[1] or caption  # (泾源县地区生产总值: the measure, not whose)
    cols = [_strip_unit(c.text) for c in header] if header else []
    times = [_header_time(c) for c in cols]
    # the measure each column is about: its header without the period, or for a change
    # column whose header names no measure, that of the column before it
    measures: list[str] = []
    for ci, c in enumerate(cols):
        rest = times[ci][1]
        if ci > 1 and _CHANGE_HEADER.search(c) and not _CHANGE_HEADER.sub("", _CHANGE_WORDS.sub("", c)).strip():
            rest = measures[ci - 1]  # (not the row labels' header, 指 标 | 比上年涨跌幅度)
        measures.append(rest)
    # measures stated for two periods: the later column is after, the earlier before
    ranked: dict[str, list[int]] = {}
    for ci, (rank, _, _) in enumerate(times):
        if rank is not None:
            ranked.setdefault(measures[ci], []).append(ci)
    pair_of: dict[int, tuple[str, int]] = {}
    for cis in ranked.values():
        ranks = {times[ci][0] for ci in cis}
        if len(cis) == 2 and len(ranks) == 2:
            hi, lo = sorted(cis, key=lambda ci: times[ci][0], reverse=True)
            pair_of[hi], pair_of[lo] = ("after", lo), ("before", hi)
    # a column of units (指标 | 单位 | 绝对数 | 比上年增长(%)): each row's unit for its numbers
    serial = bool(cols) and _SERIAL_HEADER.fullmatch(cols[0].replace(" ", "")) is not None
    unit_col = next((ci for ci, c in enumerate(cols) if _UNIT_COLUMN.fullmatch(c.replace(" ", ""))), None)
    # columns headed by whose figures they are (指标 | 全国 | 全省 | 全市): every value column
    # names neither a measure, a period nor a change, so each row names its measure; under a
    # caption naming a change (各市主要指标增速), their figures are changes
    value_cols = [ci for ci in range(1, len(cols)) if ci != unit_col]
    owner_cols = {
        ci for ci in value_cols
        if cols[ci] and measure_rx is not None and not measure_rx.search(cols[ci])
        and not _PERIOD_HEADER.match(normalize_numeric(cols[ci])) and not _CHANGE_HEADER.search(cols[ci])
        and not _GENERIC_MEASURE.fullmatch(cols[ci])
    }
    if len(owner_cols) < 2 or len(owner_cols) != len(value_cols):
        owner_cols = set()
    parent = ""  # the label of the row that rows opened by 其中 break down
    in_parts = False
    for ri, row in enumerate(table.rows):
        label = row[0].text if row and not _NUMERIC_CELL.match(row[0].text) else ""
        if serial and len(row) > 1 and not _NUMERIC_CELL.match(row[1].text):
            label = row[1].text  # (1 | 上海 | 53926.71 under 排名 | 城市 | GDP)
        # 发电量（亿千瓦时） | …, 其中：火电 | …, 水电 | …: the parts take the unit of the row they
        # break down, until a row names a unit or a measure of its own (the part's label stays its
        # measure: taking the row's measure for it and the part as its subject was tried and lost)
        own_label = bool(_unit_of_label(label)) or bool(measure_rx and measure_rx.search(_strip_unit(label)))
        if _SUB_ITEM.match(label) and not own_label:
            in_parts = True
        elif in_parts and (own_label or not label):
            in_parts = False
        if not in_parts and label:
            parent = label
        part_of = parent if in_parts and parent != label else ""
        row_unit = row[unit_col].text.strip() if unit_col is not None and unit_col < len(row) else None
        if row_unit and (_NUMERIC_CELL.match(row_unit) or len(row_unit) > 8):
            row_unit = None
        values: dict[int, NumberMention] = {}
        row_out: list[tuple[int, NumberMention, dict]] = []
        for ci, cell in enumerate(row):
            verb = _VERB_CELL.match(cell.text) if cell.text else None
            if verb:
                cell = Cell(cell.start + verb.end(), cell.end, cell.text[verb.end() :])
            with_unit = bool(cell.text) and not _NUMERIC_CELL.match(cell.text) and _unit_cell(cell.text, units)
            if not cell.text or not (_NUMERIC_CELL.match(cell.text) or with_unit):
                continue
            col = header[ci].text if header and ci < len(header) else ""
            unit_text = None
            own = with_unit or cell.text.endswith(("%", "％", "‰"))
            if not own:
                unit_text = _unit_of_label(col) or _unit_of_label(label) or (part_of and _unit_of_label(part_of)) or row_unit or _line_unit(
                    table.unit_line, bool(_CHANGE_HEADER.search(_strip_unit(col)) or _CHANGE_HEADER.search(_strip_unit(label)))
                )
            if unit_text:
                unit_text = _as_written_after(unit_text)
            probe = normalize_numeric(cell.text.replace("，", ",")) + (unit_text or "")
            ms = [m for m in scan_numbers(probe, table=units) if m.start == 0 or probe[0] in "-+"]
            if not ms:
                continue
            m0 = ms[0]
            if m0.unit is None and unit_text is None:
                continue
            if unit_text and m0.end < len(cell.text) + len(unit_text) - 0 and m0.unit is None:
                continue
            col_clean, label_clean = _strip_unit(col), _strip_unit(label)
            col_period = times[ci][2] if ci < len(times) else None
            measure = measures[ci] if ci < len(measures) else ""
            named_measure = bool(measure_rx and label_clean and measure_rx.search(label_clean))
            if named_measure and industry_rx is not None and industry_rx.search(label_clean):
                named_measure = False  # (金融业, 房地产业: an industry, whatever its words)
            if (
                named_measure and measure and measure_rx is not None and measure_rx.search(measure)
                and not _GENERIC_MEASURE.fullmatch(measure) and not _CHANGE_HEADER.search(col_clean)
            ):
                named_measure = False  # (电站产品销售 | 20.80亿元 under 营业收入: the column names the measure, the row whose)
            # a label naming a measure: whose it is may open it (全县地区生产总值 | 184413)
            label_subject, label_metric = split(label_clean) if (split is not None and named_measure) else (None, label_clean)
            label_metric = label_metric or label_clean
            if caption and _GENERIC_MEASURE.fullmatch(measure):
                measure = caption  # (绝对值(万元) under 表1：…地区生产总值及其增长速度)
            period = None
            if ci in owner_cols and label_clean and split is not None:
                metric, subject = split(label_clean)[1] or label_clean, col_clean  # (规上工业增加值 | 6.1 under 全省)
            elif _PERIOD_HEADER.match(normalize_numeric(col_clean)) and (named_measure or measure_rx is None or not measures[ci] and split is not None):
                # (全市常住人口 | 3365597 under 年末数: a period column, so the row names the measure)
                if not named_measure and split is not None:
                    label_subject, label_metric = split(label_clean)
                    label_metric = label_metric or label_clean
                metric, subject, period = label_metric, label_subject, col_clean
            elif named_measure and measure_rx is not None:
                metric, subject = label_metric, label_subject  # 营业收入（万元） | 41.77
            elif label_clean and split is not None and measure and _GENERIC_MEASURE.fullmatch(measure):
                # (年末常住人口(万人) | 312.5 under 绝对数: a column naming no measure, so the row does)
                label_subject, label_metric = split(label_clean)
                metric, subject = label_metric or label_clean, label_subject
            elif header and label_clean and measure_rx is not None:
                # 太平洋航线 | 640,131: the row is whose figure it is, the column what is measured
                metric, subject, period = measure, label_clean, col_period
            else:
                metric, subject = (col_clean or label_clean), (label_clean if col_clean else None)
            role, direction = "value", None
            if _CHANGE_HEADER.search(col_clean) or _CHANGE_HEADER.search(label_clean) or verb or ci in owner_cols and table.caption_change:
                role = "delta"
                direction = "down" if m0.value < 0 or _DOWN_HEADER.search(col_clean + label_clean) else "up"
                if verb:
                    direction = "down" if verb.group("down") else "up"
                if _CHANGE_HEADER.search(col_clean) and label_clean and (named_measure or measure_rx is None) and ci not in owner_cols:
                    metric, subject = label_metric, label_subject  # 营业收入 | 同比增长 34.15: a change of 营业收入
            elif ci in pair_of:
                role = pair_of[ci][0]
            fig = NumberMention(
                start=cell.start,
                end=cell.end,
                text=raw[cell.start : cell.end],
                value=m0.value,
                low=m0.low,
                high=m0.high,
                qualifier="exact",
                unit=m0.unit,
                kind=m0.kind,
                surface_unit=m0.surface_unit,
                numeral=cell.text,
            )
            values[ci] = fig
            row_out.append((ci, fig, {"metric": metric, "subject": subject, "period": period, "role": role, "direction": direction}))
        # a row's two ends of a change and the change itself, of one measure and owner, are one
        # claim (营业总收入 | 12.35 | 10.00 | 23.46); figures of one measure for several periods
        # with no change among them (2019年 | 2020年 | 2021年) are one claim each
        changed = {(a["metric"], a["subject"]) for _, _, a in row_out if a["role"] != "value"}
        for ci, fig, attrs in row_out:
            key = (attrs["metric"], attrs["subject"])
            attrs["group"] = (ri, key) if key in changed else (ri, ci)
        for ci, fig, attrs in row_out:
            if attrs["role"] == "after":
                other = values.get(pair_of[ci][1])
                if other is not None and other.value != fig.value:
                    attrs["direction"] = "up" if fig.value > other.value else "down"
            out.append((fig, attrs))
    return out
