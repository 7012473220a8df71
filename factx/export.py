"""Write facts to jsonl, csv, json or xlsx, whole or not at all.

Every file is written to a temporary file beside the target, synced to disk and
then renamed over the target (:func:`atomic_path`), so a reader sees either the
previous file or the complete new one, never a half-written one. Failures to
write raise :class:`~factx.errors.ExportError` naming the path.

Formats:

``jsonl``
    one ``Fact.to_json_dict()`` object per line (UTF-8, ``\\n`` line ends).
``json``
    a JSON list of the same objects.
``csv``
    the flat table of :func:`facts_to_rows` (header = :data:`COLUMNS`), UTF-8 with
    a BOM so Excel reads Chinese correctly; text cells that a spreadsheet would
    take for a formula get a leading ``'`` (:func:`safe_cell`). Written to stdout
    the BOM is left out, because pipes and other tools do not expect one.
``xlsx``
    a workbook meant to be read by a person (openpyxl, write-only mode): sheets
    Summary, Facts (continued on ``Facts (2)``... past :data:`MAX_ROWS`), one sheet
    per document, Warnings, About. Text cells are always stored as text, never
    as formulas.
``parquet``
    the columns of :data:`COLUMNS` (pyarrow, :func:`parquet_schema`), typed: ``start``/
    ``end`` int64, ``table``/``optional`` bool, ``value``/``low``/``high`` exact
    ``decimal128(38, 16)`` (:data:`PARQUET_DECIMAL`: 22 digits before the point, 16
    after), then ``value_exact``/``low_exact``/``high_exact``, the same numbers as
    text, always exact. A number that does not fit the decimal type (a repeating
    fraction like 1/3 carries 28 digits) is rounded half-even to 16 places in the
    decimal column (NULL when too large) and recorded in the file metadata
    (``factx.inexact``: row, column, exact text). The columns never change type, so
    the table keeps its shape from run to run. DuckDB and pandas read it directly.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from decimal import ROUND_HALF_EVEN, Context, Decimal
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple, TextIO, get_args

from pydantic import BaseModel, Field

from .errors import ExportError
from .models import Fact, Kind, decimal_to_json

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "COLUMNS",
    "FORMATS",
    "MAX_CELL_CHARS",
    "MAX_ROWS",
    "RunInfo",
    "STREAM_FORMATS",
    "atomic_path",
    "facts_to_rows",
    "safe_cell",
    "stream_facts",
    "to_frame",
    "write_facts",
]

#: Column order of the flat table used by csv and xlsx (and :func:`to_frame`).
COLUMNS: list[str] = [
    "doc",
    "title",
    "start",
    "end",
    "text",
    "value",
    "unit",
    "kind",
    "qualifier",
    "low",
    "high",
    "role",
    "direction",
    "claim",
    "metric",
    "subject",
    "period",
    "table",
    "optional",
    "sentence",
    "rule_id",
    "warnings",
    "source",
]

#: The formats :func:`write_facts` knows, by name; a path's extension is ``.<name>``.
FORMATS: tuple[str, ...] = ("jsonl", "csv", "json", "xlsx", "parquet")

#: The binary formats (written to stdout's byte buffer).
_BINARY_FORMATS = ("xlsx", "parquet")

#: Precision and scale of the parquet decimal columns: decimal128's widest precision,
#: which DuckDB reads as DECIMAL(38,16) (wider decimals would reach it as DOUBLE).
PARQUET_DECIMAL = (38, 16)

#: Data rows per worksheet (Excel's 1,048,576 rows minus the header row). A sheet
#: with more rows continues on ``<name> (2)``, ``<name> (3)``, ...
MAX_ROWS = 1_048_575

#: Longest text Excel holds in one cell (in UTF-16 code units, as Excel counts).
MAX_CELL_CHARS = 32_767

#: Hyperlinks Excel allows per worksheet; links beyond that are written as text.
MAX_LINKS = 65_530

_MAX_SHEET_NAME = 31
_MAX_WIDTH = 60
_DECIMAL_COLUMNS = ("value", "low", "high")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\0")
_KINDS: tuple[str, ...] = get_args(Kind)
_UNIT_NOTE = (
    "value is in the canonical unit (CNY, %, pp, x, t, m2, kWh, W, m, m3, year, …); "
    "percent values are stored as 87.37, not 0.8737"
)


class RunInfo(BaseModel):
    """What produced an export; written to the About sheet of an xlsx file."""

    version: str
    rules_hash: str
    created: str = Field(description="ISO 8601 time of the run")
    inputs: list[dict[str, Any]] = Field(
        default_factory=list, description="one dict per input: path, encoding, facts, error"
    )
    options: dict[str, Any] = Field(default_factory=dict)


# --------------------------------------------------------------------------- tables


def facts_to_rows(facts: Sequence[Fact]) -> list[dict[str, Any]]:
    """The flat table of ``facts``: one dict per fact, keys in :data:`COLUMNS` order.

    ``value``/``low``/``high`` stay ``Decimal`` (exact); ``warnings`` is joined
    with ``"; "``; everything else is the field as it is.
    """
    rows = []
    for fact in facts:
        row = {col: getattr(fact, col) for col in COLUMNS}
        row["warnings"] = "; ".join(fact.warnings)
        rows.append(row)
    return rows


def to_frame(facts: Sequence[Fact]) -> pd.DataFrame:
    """The table of :func:`facts_to_rows` as a DataFrame; value/low/high hold Decimals."""
    import pandas as pd

    rows = facts_to_rows(facts)
    frame = pd.DataFrame(rows, columns=COLUMNS)
    for col in _DECIMAL_COLUMNS:  # exact Decimals (or None), never floats or NaN
        frame[col] = pd.Series([r[col] for r in rows], index=frame.index, dtype=object)
    return frame


def safe_cell(s: str) -> str:
    """``s`` with a leading ``'`` if a spreadsheet would read it as a formula.

    >>> safe_cell("=SUM(A1)")
    "'=SUM(A1)"
    >>> safe_cell("营收")
    '营收'
    """
    return "'" + s if s.startswith(_FORMULA_START) else s


# --------------------------------------------------------------------------- entry point


def write_facts(
    facts: Sequence[Fact],
    path: str | Path | None,
    fmt: str | None = None,
    *,
    run_info: RunInfo | None = None,
    stdout: TextIO | None = None,
) -> None:
    """Write ``facts`` to ``path`` as jsonl, csv, json or xlsx, atomically.

    ``fmt`` defaults to the extension of ``path``; ``path`` ``None`` or ``"-"``
    writes to ``stdout`` (default ``sys.stdout``; xlsx goes to its byte buffer),
    and then the format defaults to jsonl. Raises ``ExportError`` when the format
    is unknown or the file cannot be written; the previous file is then untouched.
    """
    facts = list(facts)
    to_stdout = path is None or str(path) == "-"
    shown = "-" if to_stdout else str(path)
    fmt = _resolve_format(path if not to_stdout else None, fmt, shown)

    if to_stdout:
        out = stdout if stdout is not None else sys.stdout
        try:
            _write_stream(facts, fmt, out, run_info)
        except OSError as exc:  # e.g. a closed pipe
            raise ExportError(shown, _reason(exc, shown)) from exc
        except UnicodeEncodeError as exc:  # a console code page without these characters
            raise ExportError(shown, f"stdout cannot encode the text ({exc.encoding})") from exc
        return

    assert path is not None
    try:
        with atomic_path(path) as tmp:
            if fmt == "xlsx":
                _write_xlsx(facts, tmp, run_info)
            elif fmt == "parquet":
                _write_parquet(facts, tmp, run_info)
            else:
                encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
                with open(tmp, "w", encoding=encoding, newline="") as fh:
                    _TEXT_WRITERS[fmt](facts, fh)
    except UnicodeEncodeError as exc:  # lone surrogates, e.g. from errors="surrogateescape"
        raise ExportError(shown, f"text cannot be encoded as UTF-8: {exc.reason}") from exc


#: Formats that can be written while facts are still coming (one batch at a time).
STREAM_FORMATS = ("jsonl", "csv")


class _StreamWriter:
    """``write(batch)``; ``mark()`` and ``rollback(mark)`` take back what a document wrote
    when it fails halfway (files only: what went to stdout cannot be taken back)."""

    def __init__(self, fh: TextIO, write: Callable[[Sequence[Fact]], None]) -> None:
        self._fh, self._write = fh, write

    def __call__(self, batch: Sequence[Fact]) -> None:
        self._write(batch)

    def mark(self) -> int | None:
        try:
            self._fh.flush()
            return self._fh.tell() if self._fh.seekable() else None
        except (OSError, ValueError):
            return None

    def rollback(self, mark: int | None) -> None:
        if mark is None:
            return
        self._fh.flush()
        self._fh.seek(mark)
        self._fh.truncate()


@contextmanager
def stream_facts(
    path: str | Path | None, fmt: str | None = None, *, stdout: TextIO | None = None
) -> Iterator[_StreamWriter]:
    """Write facts batch by batch (jsonl or csv) so a huge run never holds them all.

    Yields ``write(batch)``. A file is still written whole or not at all: the batches go
    to a temporary file that replaces ``path`` only when the ``with`` block ends cleanly.
    """
    to_stdout = path is None or str(path) == "-"
    shown = "-" if to_stdout else str(path)
    fmt = _resolve_format(path if not to_stdout else None, fmt, shown)
    if fmt not in STREAM_FORMATS:
        raise ExportError(shown, f"{fmt} cannot be written as a stream; use one of {', '.join(STREAM_FORMATS)}")

    def writer(fh: TextIO) -> _StreamWriter:
        if fmt == "jsonl":
            return _StreamWriter(fh, lambda batch: _write_jsonl(batch, fh))
        w = csv.writer(fh)
        w.writerow(COLUMNS)

        def rows(batch: Sequence[Fact]) -> None:
            for row in facts_to_rows(batch):
                w.writerow([_csv_text(row[c]) for c in COLUMNS])

        return _StreamWriter(fh, rows)

    try:
        if to_stdout:
            out = stdout if stdout is not None else sys.stdout
            yield writer(out)
            out.flush()
            return
        with atomic_path(path) as tmp:  # type: ignore[arg-type]
            with open(tmp, "w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="") as fh:
                yield writer(fh)
    except UnicodeEncodeError as exc:
        raise ExportError(shown, f"text cannot be encoded: {exc.reason}") from exc
    except BrokenPipeError as exc:
        raise ExportError(shown, _reason(exc, shown)) from exc


def _resolve_format(path: str | Path | None, fmt: str | None, shown: str) -> str:
    if fmt is None:
        if path is None:
            return "jsonl"
        suffix = Path(path).suffix.lower()
        fmt = suffix[1:]
        if fmt not in FORMATS:
            raise ExportError(
                shown,
                f"unknown format: cannot tell it from the extension {suffix or '(none)'!r}; "
                f"use one of {', '.join('.' + f for f in FORMATS)} or pass fmt",
            )
        return fmt
    name = fmt.lower().lstrip(".")
    if name not in FORMATS:
        raise ExportError(shown, f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return name


def _write_stream(facts: list[Fact], fmt: str, out: TextIO, run_info: RunInfo | None) -> None:
    if fmt not in _BINARY_FORMATS:
        _TEXT_WRITERS[fmt](facts, out)
        out.flush()
        return
    binary: Any = getattr(out, "buffer", None)
    if binary is None:
        if isinstance(out, io.TextIOBase):
            raise ExportError("-", f"{fmt} is binary and this stdout has no byte buffer")
        binary = out  # already a binary stream
    data = io.BytesIO()
    (_write_xlsx if fmt == "xlsx" else _write_parquet)(facts, data, run_info)
    out.flush()
    binary.write(data.getvalue())
    binary.flush()


# --------------------------------------------------------------------------- atomic files


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``.

    Write the whole file to the yielded path (and close it). When the block ends
    normally the temporary file is fsync'ed and ``os.replace``'d over ``path``
    (parent directories are created first). If the block raises, the temporary
    file is removed, ``path`` keeps its previous content, and the exception
    propagates; an ``OSError`` becomes ``ExportError(path, reason)``.
    """
    shown = str(path)
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        mode = _file_mode(target)
        with tempfile.NamedTemporaryFile(
            dir=target.parent, delete=False, prefix=".factx-", suffix=target.suffix or ".tmp"
        ) as handle:
            tmp = Path(handle.name)
    except OSError as exc:
        raise ExportError(shown, _reason(exc, shown)) from exc

    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            fh.flush()
            os.fsync(fh.fileno())
        with suppress(OSError):
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as exc:
        with suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise ExportError(shown, _reason(exc, shown)) from exc
        raise
    _fsync_dir(target.parent)


def _file_mode(target: Path) -> int:
    """Permission bits for the new file: the old file's, else 0o666 minus the umask.

    (NamedTemporaryFile creates files as 0o600, which would make every export
    private to its owner.)
    """
    with suppress(OSError):
        return stat.S_IMODE(target.stat().st_mode)
    umask = 0o022
    with suppress(OSError, ValueError):
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    umask = int(line.split()[1], 8)
                    break
    return 0o666 & ~umask


def _fsync_dir(directory: Path) -> None:
    """Make the rename durable where the OS allows syncing a directory (POSIX)."""
    if os.name != "posix":
        return
    with suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _reason(exc: OSError, shown: str) -> str:
    reason = exc.strerror or str(exc) or type(exc).__name__
    name = exc.filename
    if name is not None and str(name) != shown and not Path(str(name)).name.startswith(".factx-"):
        reason += f" ({name})"
    return reason


# --------------------------------------------------------------------------- text formats


def _write_jsonl(facts: Sequence[Fact], fh: TextIO) -> None:
    for fact in facts:
        fh.write(json.dumps(fact.to_json_dict(), ensure_ascii=False))
        fh.write("\n")


def _write_json(facts: Sequence[Fact], fh: TextIO) -> None:
    json.dump([f.to_json_dict() for f in facts], fh, ensure_ascii=False, indent=1)
    fh.write("\n")


def _csv_text(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return _decimal_text(value)
    if isinstance(value, str):
        return safe_cell(value)
    return value


def _decimal_text(d: Decimal) -> str:
    """Plain notation, never an exponent: Decimal("7E+10") -> "70000000000"."""
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


def _write_csv(facts: Sequence[Fact], fh: TextIO) -> None:
    writer = csv.writer(fh)
    writer.writerow(COLUMNS)
    for row in facts_to_rows(facts):
        writer.writerow([_csv_text(row[col]) for col in COLUMNS])


_TEXT_WRITERS = {"jsonl": _write_jsonl, "json": _write_json, "csv": _write_csv}


# --------------------------------------------------------------------------- xlsx


class _Link(NamedTuple):
    """An xlsx cell showing ``text`` that links to a place in the workbook."""

    text: str
    location: str


def _display_width(s: str) -> int:
    """Columns ``s`` takes in a fixed-width view: wide and full-width characters count 2."""
    if "\n" in s:
        return max(_display_width(line) for line in s.split("\n"))
    if s.isascii():
        return len(s)
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in s)


def _cell_width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, str):
        if len(value) >= _MAX_WIDTH:  # already at the cap; skip the per-character walk
            return _MAX_WIDTH
        return _display_width(value)
    if isinstance(value, _Link):
        return _display_width(value.text)
    if isinstance(value, bool):
        return 5
    if isinstance(value, Decimal):
        return len(format(decimal_to_json(value), ","))
    return len(str(value))


def _column_widths(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[float]:
    widths = [_display_width(h) for h in header]
    for row in rows:
        for i, value in enumerate(row):
            w = _cell_width(value)
            if w > widths[i]:
                widths[i] = w
    return [min(w + 2, _MAX_WIDTH) for w in widths]


#: Characters XML 1.0 cannot hold: C0 controls but tab, LF and CR (openpyxl refuses
#: them), lone surrogates (e.g. from errors="surrogateescape"; they would make the
#: file unreadable), U+FFFE and U+FFFF.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _excel_text(s: str) -> tuple[str, list[str]]:
    """``s`` made storable in an xlsx cell, and what had to change (for Warnings)."""
    notes = []
    s, n = _ILLEGAL_XML.subn("\ufffd", s)
    if n:
        notes.append(f"{n} character(s) not allowed in XML replaced with U+FFFD")
    if len(s) > MAX_CELL_CHARS // 2:
        units = s.encode("utf-16-le")
        if len(units) // 2 > MAX_CELL_CHARS:
            original = len(s)
            cut = units[: 2 * (MAX_CELL_CHARS - 1)]
            if 0xD800 <= int.from_bytes(cut[-2:], "little") <= 0xDBFF:  # half a surrogate pair
                cut = cut[:-2]
            s = cut.decode("utf-16-le") + "…"
            notes.append(
                f"truncated from {original:,} to {MAX_CELL_CHARS:,} characters (Excel's cell limit)"
            )
    return s, notes


class _SheetNamer:
    """Hands out valid worksheet names, unique without regard to case."""

    _BAD = str.maketrans("", "", "[]:*?/\\")

    def __init__(self) -> None:
        self._used: set[str] = {"history"}  # reserved by Excel

    def claim(self, wanted: str) -> str:
        cleaned = _ILLEGAL_XML.sub("", wanted.translate(self._BAD))
        base = cleaned.strip("'")[:_MAX_SHEET_NAME].strip("'") or "doc"
        name, n = base, 1
        while name.casefold() in self._used:
            n += 1
            suffix = f"~{n}"
            name = base[: _MAX_SHEET_NAME - len(suffix)].rstrip("'") + suffix
        self._used.add(name.casefold())
        return name

    def claim_parts(self, wanted: str, n_rows: int) -> list[str]:
        """Names for a table of ``n_rows`` rows split at MAX_ROWS: base, base (2), ..."""
        first = self.claim(wanted)
        names = [first]
        for k in range(2, max(1, -(-n_rows // MAX_ROWS)) + 1):
            suffix = f" ({k})"
            names.append(self.claim(first[: _MAX_SHEET_NAME - len(suffix)] + suffix))
        return names


def _sheet_ref(name: str) -> str:
    return "'" + name.replace("'", "''") + "'!A1"


def _write_xlsx(facts: list[Fact], out: Path | IO[bytes], run_info: RunInfo | None) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.hyperlink import Hyperlink

    bold = Font(bold=True)
    link_font = Font(color="0563C1", underline="single")

    # ---- the data, made fit for Excel up front (so Warnings can report it)
    rows = facts_to_rows(facts)
    warning_rows: list[list[Any]] = []
    for fact, row in zip(facts, rows):
        for w in fact.warnings:
            warning_rows.append([fact.doc, fact.start, fact.end, fact.text, w])
        for col in COLUMNS:
            value = row[col]
            if isinstance(value, str):
                fixed, notes = _excel_text(value)
                if notes:
                    row[col] = fixed
                    for note in notes:
                        warning_rows.append(
                            [fact.doc, fact.start, fact.end, fact.text, f"xlsx: {col}: {note}"]
                        )

    docs: dict[str, list[int]] = {}
    for i, fact in enumerate(facts):
        docs.setdefault(fact.doc, []).append(i)
    warnings_per_doc: dict[str, int] = {}
    for wrow in warning_rows:
        warnings_per_doc[wrow[0]] = warnings_per_doc.get(wrow[0], 0) + 1

    # ---- sheet names, all planned before the first sheet is written
    namer = _SheetNamer()
    summary_names = namer.claim_parts("Summary", len(docs))
    facts_names = namer.claim_parts("Facts", len(rows))
    warnings_names = namer.claim_parts("Warnings", len(warning_rows))
    about_name = namer.claim("About")
    doc_names = {doc: namer.claim_parts(doc, len(idx)) for doc, idx in docs.items()}

    # ---- Summary
    summary_header = ["doc", "title", "facts", *_KINDS, "warnings", "sheet"]
    summary_rows: list[list[Any]] = []
    for doc, idx in docs.items():
        title = next((facts[i].title for i in idx if facts[i].title), "") or ""
        counts = {k: 0 for k in _KINDS}
        for i in idx:
            counts[facts[i].kind] += 1
        sheet = doc_names[doc][0]
        summary_rows.append(
            [
                doc,
                title,
                len(idx),
                *counts.values(),
                warnings_per_doc.get(doc, 0),
                _Link("open", _sheet_ref(sheet)),
            ]
        )

    wb = Workbook(write_only=True)

    def text_cell(ws: Any, text: str, font: Any = None) -> Any:
        c = WriteOnlyCell(ws, value=_excel_text(text)[0])
        c.data_type = "s"  # never a formula, never an error code: exactly this text
        if font is not None:
            c.font = font
        return c

    def cell(ws: Any, value: Any, links: list[int]) -> Any:
        if value is None or value == "":  # an empty text cell is no cell at all
            return None
        if isinstance(value, _Link):
            if links[0] >= MAX_LINKS:
                value = value.location
            else:
                links[0] += 1
                c = text_cell(ws, value.text, link_font)
                c.hyperlink = Hyperlink(ref="", location=value.location)
                return c
        if isinstance(value, str):
            return text_cell(ws, value)
        if isinstance(value, Decimal):
            number = decimal_to_json(value)
            c = WriteOnlyCell(ws, value=number)
            c.number_format = "#,##0" if isinstance(number, int) else "#,##0.########"
            return c
        return WriteOnlyCell(ws, value=value)

    def table(names: list[str], header: list[str], data: list[list[Any]]) -> None:
        widths = _column_widths(header, data)
        last_col = get_column_letter(len(header))
        for part, name in enumerate(names):
            chunk = data[part * MAX_ROWS : (part + 1) * MAX_ROWS]
            ws = wb.create_sheet(name)
            ws.freeze_panes = "A2"
            for j, width in enumerate(widths, 1):
                ws.column_dimensions[get_column_letter(j)].width = width
            ws.auto_filter.ref = f"A1:{last_col}{len(chunk) + 1}"
            ws.append([text_cell(ws, h, bold) for h in header])
            links = [0]
            for values in chunk:
                ws.append([cell(ws, v, links) for v in values])

    table(summary_names, summary_header, summary_rows)
    table(facts_names, COLUMNS, [[r[c] for c in COLUMNS] for r in rows])
    doc_columns = COLUMNS[1:]
    for doc, idx in docs.items():
        table(doc_names[doc], doc_columns, [[rows[i][c] for c in doc_columns] for i in idx])
    table(warnings_names, ["doc", "start", "end", "text", "warning"], warning_rows)

    # ---- About: key/value rows
    about: list[list[Any]] = []
    if run_info is not None:
        about += [
            ["factx version", run_info.version],
            ["rules hash", run_info.rules_hash],
            ["created", run_info.created],
        ]
        if run_info.options:
            about.append(["options", json.dumps(run_info.options, ensure_ascii=False, default=str)])
        if run_info.inputs:
            about.append(["inputs", "path", "encoding", "facts", "error"])
            for item in run_info.inputs:
                about.append(
                    [
                        "input",
                        item.get("path"),
                        item.get("encoding"),
                        item.get("facts"),
                        item.get("error"),
                    ]
                )
    about.append(["note", _UNIT_NOTE])
    ws = wb.create_sheet(about_name)
    widths = _column_widths(["key", "value"], [r[:2] for r in about])
    for j, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = width
    ws.append([text_cell(ws, "key", bold), text_cell(ws, "value", bold)])
    links = [0]
    for values in about:
        ws.append([text_cell(ws, values[0], bold), *(cell(ws, v, links) for v in values[1:])])

    wb.save(out)


# --------------------------------------------------------------------------- parquet


def parquet_schema() -> Any:
    """The pyarrow schema of a parquet export (the same for every run)."""
    import pyarrow as pa

    dec = pa.decimal128(*PARQUET_DECIMAL)
    types = {
        "start": pa.int64(),
        "end": pa.int64(),
        "value": dec,
        "low": dec,
        "high": dec,
        "table": pa.bool_(),
        "optional": pa.bool_(),
    }
    fields = [pa.field(col, types.get(col, pa.string()), nullable=col not in ("start", "end", "table", "optional"))
              for col in COLUMNS]
    fields += [pa.field(f"{col}_exact", pa.string(), nullable=col != "value") for col in _DECIMAL_COLUMNS]
    return pa.schema(fields)


def _fit_decimal(d: Decimal | None) -> tuple[Decimal | None, bool]:
    """``d`` as the parquet decimal column holds it, and whether that is exact."""
    if d is None:
        return None, True
    precision, scale = PARQUET_DECIMAL
    quantum = Decimal(1).scaleb(-scale)
    limit = Decimal(10) ** (precision - scale)
    if not d.is_finite() or abs(d) >= limit:
        return None, False
    rounded = d.quantize(quantum, rounding=ROUND_HALF_EVEN, context=Context(prec=precision + 2))
    if abs(rounded) >= limit:
        return None, False
    return rounded, rounded == d


def _write_parquet(facts: list[Fact], out: Path | IO[bytes], run_info: RunInfo | None) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    rows = facts_to_rows(facts)
    columns: dict[str, list[Any]] = {col: [r[col] for r in rows] for col in COLUMNS}
    inexact: list[dict[str, Any]] = []
    for col in _DECIMAL_COLUMNS:
        fitted = []
        exact_text = []
        for i, d in enumerate(columns[col]):
            value, ok = _fit_decimal(d)
            fitted.append(value)
            exact_text.append(None if d is None else _decimal_text(d))
            if not ok:
                inexact.append({"row": i, "column": col, "exact": _decimal_text(d)})
        columns[col] = fitted
        columns[f"{col}_exact"] = exact_text
    arrays = [pa.array(columns[f.name], type=f.type) for f in schema]
    metadata = {
        "factx.columns": "value/low/high: decimal128(%d,%d); *_exact: the exact decimal as text" % PARQUET_DECIMAL,
        "factx.inexact": json.dumps(inexact),
        "factx.unit_note": _UNIT_NOTE,
    }
    if run_info is not None:
        metadata["factx.run"] = run_info.model_dump_json()
    table = pa.Table.from_arrays(arrays, schema=schema.with_metadata(metadata))
    pq.write_table(table, out, compression="zstd")
