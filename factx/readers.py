"""Read the inputs of ``factx check``: text files, Word (.docx) and HTML documents, and
fact tables exported earlier by ``factx extract`` (jsonl, csv, xlsx).

A document becomes one string; the offsets of its facts index that string (for .txt and
.md files it is the decoded file, for .docx the paragraph texts joined with ``\\n``, for
.html the text content with block elements on their own lines). A fact table becomes
the :class:`~factx.models.Fact` list it was written from.
"""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal, InvalidOperation
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterable

from .errors import InputError
from .models import Fact

__all__ = [
    "TEXT_SUFFIXES",
    "TABLE_SUFFIXES",
    "read_document",
    "read_fact_table",
    "html_to_text",
    "docx_to_text",
    "iter_check_inputs",
    "is_fact_table",
]

#: Documents read as text.
TEXT_SUFFIXES = (".txt", ".md", ".docx", ".html", ".htm")
#: Fact tables written by ``factx extract``.
TABLE_SUFFIXES = (".jsonl", ".csv", ".xlsx")



def is_fact_table(path: str | Path) -> bool:
    return Path(path).suffix.lower() in TABLE_SUFFIXES


def iter_check_inputs(paths: Iterable[str | Path], *, tables: bool = True) -> list[Path]:
    """Files named, and the documents (and, with ``tables``, fact tables) inside folders
    named: recursive, sorted; README/SOURCES-like files and hidden folders skipped."""
    from .pipeline import iter_input_files

    return iter_input_files(paths, TEXT_SUFFIXES + (TABLE_SUFFIXES if tables else ()))


# --------------------------------------------------------------------------- documents


def read_document(path: str | Path, *, encoding: str | None = None) -> tuple[str, str | None]:
    """The text of a .txt/.md/.docx/.html file and its encoding (None for .docx).

    Raises :class:`InputError` when the file cannot be read or decoded.
    """
    from .text import decode

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    suffix = path.suffix.lower()
    if suffix == ".docx":
        try:
            return docx_to_text(data), None
        except Exception as exc:  # python-docx raises several kinds on a broken file
            raise InputError(str(path), f"not a readable .docx file ({type(exc).__name__}: {exc})") from exc
    if suffix in (".html", ".htm"):
        raw, enc = _decode_html(data, str(path), encoding)
        return html_to_text(raw), enc
    return decode(data, path=str(path), encoding=encoding)


def docx_to_text(data: bytes) -> str:
    """The paragraphs of a Word document, one per line; table rows as tab-separated lines."""
    import docx  # python-docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells = []
                for cell in row.cells:
                    t = " ".join(cell.text.split())
                    if not cells or cells[-1] != t:  # merged cells repeat their text
                        cells.append(t)
                lines.append("\t".join(cells))
    return "\n".join(lines)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


def _decode_html(data: bytes, path: str, encoding: str | None) -> tuple[str, str | None]:
    from .text import decode

    if encoding is None:
        m = _META_CHARSET.search(data[:4096])
        if m:
            enc = m.group(1).decode("ascii").lower()
            try:
                return data.decode(enc), enc
            except (LookupError, UnicodeDecodeError):
                pass
    return decode(data, path=path, encoding=encoding)


_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer blockquote pre title dt dd".split()
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head"})


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._title: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in ("td", "th"):
            self.parts.append("\t")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
        elif not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The text content of an HTML page: script/style/head skipped, block elements on
    their own lines, table cells separated by tabs, runs of blank lines collapsed.
    The page ``<title>`` heads the text when the body does not start with it."""
    p = _TextParser()
    p.feed(html)
    p.close()
    text = "".join(p.parts).replace("\xa0", " ")
    lines = [" ".join(line.split()) if "\t" not in line else line.strip(" ") for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line.strip("\t "):
            out.append(line.strip())
    title = " ".join("".join(p._title).split())
    if title and (not out or title not in out[0]):
        out.insert(0, title)
    return "\n".join(out)


# --------------------------------------------------------------------------- fact tables

_DEC_FIELDS = ("value", "low", "high")
_BOOL_FIELDS = ("table", "optional")


def _to_decimal(v: Any) -> Decimal | None:
    if v is None or v == "":
        return None
    if isinstance(v, Decimal):
        return v
    if isinstance(v, float):
        return Decimal(repr(v))
    try:
        return Decimal(str(v).strip())
    except InvalidOperation:
        return None


def _row_to_fact(row: dict[str, Any], default_doc: str) -> Fact | None:
    fields = Fact.model_fields
    d: dict[str, Any] = {}
    for k, v in row.items():
        if k not in fields:
            continue
        if isinstance(v, str) and v.startswith("'") and len(v) > 1 and v[1] in "=+-@":
            v = v[1:]  # safe_cell's prefix
        if k in _DEC_FIELDS:
            v = _to_decimal(v)
        elif k in _BOOL_FIELDS:
            v = v if isinstance(v, bool) else str(v).strip().lower() in ("true", "1", "yes")
        elif k == "warnings":
            if isinstance(v, str):
                v = [w for w in v.split("; ") if w]
            v = v or []
        elif k in ("start", "end"):
            try:
                v = int(v)
            except (TypeError, ValueError):
                return None
        elif v == "" and k in ("subject", "period", "title", "direction", "source"):
            v = None
        d[k] = v
    if d.get("value") is None or "start" not in d or "end" not in d or "text" not in d:
        return None
    d.setdefault("doc", default_doc)
    d.setdefault("unit", "")
    d.setdefault("kind", "number")
    for k in ("qualifier", "role", "kind"):
        if d.get(k) in (None, ""):
            d.pop(k, None)
    if d.get("direction") not in ("up", "down"):
        d["direction"] = None
    try:
        return Fact(**d)
    except Exception:
        return None


def read_fact_table(path: str | Path) -> list[Fact]:
    """The facts of a jsonl, csv or xlsx table written by ``factx extract``.

    Rows that are not facts (a header repeated, a broken line) are skipped; a file that
    holds no fact at all raises :class:`InputError`.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    rows: list[dict[str, Any]] = []
    try:
        if suffix == ".jsonl":
            with open(path, encoding="utf-8-sig") as fh:
                for line in fh:
                    line = line.strip()
                    if not line:
                        continue
                    try:
                        obj = json.loads(line, parse_float=Decimal)
                    except json.JSONDecodeError:
                        continue
                    if isinstance(obj, dict):
                        rows.append(obj)
        elif suffix == ".csv":
            with open(path, encoding="utf-8-sig", newline="") as fh:
                rows.extend(csv.DictReader(fh))
        elif suffix == ".xlsx":
            rows.extend(_xlsx_rows(path))
        else:
            raise InputError(str(path), f"not a fact table ({suffix or 'no extension'})")
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 text: {exc.reason}") from exc
    facts = [f for f in (_row_to_fact(r, path.stem) for r in rows) if f is not None]
    if not facts:
        raise InputError(str(path), "no facts in this table (expected a factx extract export)")
    return facts


def _xlsx_rows(path: Path) -> list[dict[str, Any]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise InputError(str(path), f"not a readable .xlsx file ({type(exc).__name__})") from exc
    try:
        names = [n for n in wb.sheetnames if n == "Facts" or n.startswith("Facts (")]
        if not names:
            names = wb.sheetnames[:1]
        out: list[dict[str, Any]] = []
        for name in names:
            it = wb[name].iter_rows(values_only=True)
            header = next(it, None)
            if not header:
                continue
            keys = [str(h) if h is not None else "" for h in header]
            for r in it:
                row = {k: v for k, v in zip(keys, r) if k}
                if isinstance(row.get("text"), dict):  # pragma: no cover - defensive
                    continue
                out.append({k: ("" if v is None else v) for k, v in row.items()})
        return out
    finally:
        wb.close()
