"""Tests of factx.export: jsonl/json/csv/xlsx output, atomic writes, Excel safety."""

from __future__ import annotations

import csv
import io
import json
import os
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from factx import export
from factx.errors import ExportError
from factx.export import (
    COLUMNS,
    RunInfo,
    atomic_path,
    facts_to_rows,
    safe_cell,
    to_frame,
    write_facts,
)
from factx.models import Fact

DOC_A = "2023年报"
# longer than 31 characters, with characters Excel forbids in sheet names
DOC_LONG = "某某集团股份有限公司2023年度社会责任报告[附录]/环境:治理*篇?第一部分"
DOC_LONG2 = DOC_LONG + "（续）"  # same first 31 characters after sanitizing
HYPER = '=HYPERLINK("http://evil.example/","点我")占比87.37%'


def make_facts() -> list[Fact]:
    return [
        Fact(
            doc=DOC_A, start=0, end=6, text="-10.8%", value=Decimal("-10.8"), unit="%",
            kind="ratio", direction="down", title="年度报告", metric="净利润增速",
            sentence="-10.8%的降幅主要来自汇兑损失。", rule_id="pct.plain",
        ),
        Fact(
            doc=DOC_A, start=30, end=36, text="87.37%", value=Decimal("87.37"), unit="%",
            kind="ratio", title="年度报告", sentence=HYPER, rule_id="pct.plain",
            warnings=["unit taken from the table header"],
        ),
        Fact(
            doc=DOC_A, start=50, end=54, text="700亿元", value=Decimal("70000000000"),
            unit="CNY", kind="money", qualifier="more_than", title="年度报告",
            sentence="+1 营收超过700亿元", source="in/2023年报.txt",
        ),
        Fact(
            doc=DOC_LONG, start=3, end=8, text="5-20%", value=Decimal("12.5"),
            low=Decimal("5"), high=Decimal("20"), qualifier="range", unit="%", kind="ratio",
            sentence="占比5-20%", table=True,
        ),
        Fact(
            doc=DOC_LONG2, start=0, end=3, text="3家", value=Decimal("3"), unit="家",
            kind="count", sentence="新设3家子公司",
        ),
        Fact(
            doc="summary", start=0, end=2, text="2t", value=Decimal("2"), unit="t",
            kind="measure", sentence="2t",
        ),
    ]


RUN = RunInfo(
    version="0.1.0",
    rules_hash="abc123",
    created="2026-01-02T03:04:05+08:00",
    inputs=[{"path": "in/2023年报.txt", "encoding": "gb18030", "facts": 3, "error": None}],
    options={"style": "analyst"},
)


@pytest.fixture
def facts() -> list[Fact]:
    return make_facts()


@pytest.fixture
def xlsx(tmp_path: Path, facts: list[Fact]) -> openpyxl.Workbook:
    out = tmp_path / "facts.xlsx"
    write_facts(facts, out, run_info=RUN)
    return openpyxl.load_workbook(out)


def header(ws) -> list:
    return [c.value for c in next(ws.iter_rows(min_row=1, max_row=1))]


def records(ws) -> list[dict]:
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


# ------------------------------------------------------------------ jsonl / json


def test_jsonl_round_trip(tmp_path: Path, facts: list[Fact]) -> None:
    out = tmp_path / "facts.jsonl"
    write_facts(facts, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(facts)
    first = out.read_bytes().split(b"\n")[0]
    assert "年报".encode() in first  # ensure_ascii=False
    data = [json.loads(line) for line in lines]
    assert data[0]["value"] == -10.8
    assert data[1]["value"] == 87.37
    assert data[2]["value"] == 70000000000 and type(data[2]["value"]) is int
    assert '"value": 70000000000,' in lines[2]
    assert [Fact.model_validate(d) for d in data] == facts


def test_jsonl_to_stdout_dash(facts: list[Fact]) -> None:
    buf = io.StringIO()
    write_facts(facts, "-", stdout=buf)
    assert [json.loads(x)["text"] for x in buf.getvalue().splitlines()] == [f.text for f in facts]
    buf = io.StringIO()
    write_facts(facts[:1], None, stdout=buf)  # None is stdout too, jsonl by default
    assert json.loads(buf.getvalue())["doc"] == DOC_A


def test_json_list(tmp_path: Path, facts: list[Fact]) -> None:
    out = tmp_path / "facts.json"
    write_facts(facts, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data == [f.to_json_dict() for f in facts]


def test_format_from_argument_and_unknown(tmp_path: Path, facts: list[Fact]) -> None:
    out = tmp_path / "facts.txt"
    write_facts(facts, out, "JSONL")
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(facts)
    with pytest.raises(ExportError, match="unknown format") as err:
        write_facts(facts, tmp_path / "facts.feather")
    assert err.value.path == str(tmp_path / "facts.feather")
    with pytest.raises(ExportError, match="unknown format 'xml'"):
        write_facts(facts, tmp_path / "facts.json", "xml")


# ------------------------------------------------------------------ rows / csv / frame


def test_facts_to_rows(facts: list[Fact]) -> None:
    rows = facts_to_rows(facts)
    assert all(list(r) == COLUMNS for r in rows)
    assert rows[1]["warnings"] == "unit taken from the table header"
    assert rows[3]["low"] == Decimal("5") and rows[0]["low"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+1", "'+1"),
        ("-10.8%", "'-10.8%"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("\0x", "'\0x"),
        ("营收=100", "营收=100"),
        ("", ""),
    ],
)
def test_safe_cell(text: str, expected: str) -> None:
    assert safe_cell(text) == expected


def test_csv_bom_header_and_escaping(tmp_path: Path, facts: list[Fact]) -> None:
    out = tmp_path / "facts.csv"
    write_facts(facts, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == COLUMNS
    col = {name: i for i, name in enumerate(COLUMNS)}
    neg, hyper, big = rows[1], rows[2], rows[3]
    assert neg[col["value"]] == "-10.8"  # a number, not escaped
    assert neg[col["text"]] == "'-10.8%"  # text cells are escaped
    assert hyper[col["sentence"]] == "'" + HYPER
    assert hyper[col["value"]] == "87.37"
    assert big[col["value"]] == "70000000000"
    assert big[col["sentence"]] == "'+1 营收超过700亿元"
    assert rows[4][col["low"]] == "5" and rows[4][col["table"]] == "true"
    assert neg[col["low"]] == ""


def test_to_frame(facts: list[Fact]) -> None:
    frame = to_frame(facts)
    assert list(frame.columns) == COLUMNS
    assert len(frame) == len(facts)
    for c in ("value", "low", "high"):
        assert frame[c].dtype == object
    assert frame["value"][2] == Decimal("70000000000")
    assert isinstance(frame["value"][1], Decimal)
    assert frame["low"][0] is None and frame["low"][3] == Decimal("5")
    assert list(to_frame([]).columns) == COLUMNS


# ------------------------------------------------------------------ xlsx


def test_xlsx_sheets_in_order(xlsx: openpyxl.Workbook) -> None:
    names = xlsx.sheetnames
    assert names[:2] == ["Summary", "Facts"]
    assert names[-2:] == ["Warnings", "About"]
    assert names[2] == DOC_A
    assert len(names) == 2 + 4 + 2


def test_xlsx_sheet_names_sanitized_unique(xlsx: openpyxl.Workbook) -> None:
    doc_sheets = xlsx.sheetnames[2:-2]
    long1, long2, summary = doc_sheets[1], doc_sheets[2], doc_sheets[3]
    assert all(len(n) <= 31 for n in xlsx.sheetnames)
    assert not any(ch in n for n in xlsx.sheetnames for ch in "[]:*?/\\")
    cleaned = DOC_LONG.translate(str.maketrans("", "", "[]:*?/\\"))
    assert long1 == cleaned[:31]
    assert long2 == cleaned[:29] + "~2"
    assert summary == "summary~2"  # unique regardless of case
    assert len({n.casefold() for n in xlsx.sheetnames}) == len(xlsx.sheetnames)


def test_sheet_namer_edge_cases() -> None:
    namer = export._SheetNamer()
    assert namer.claim("'quoted'") == "quoted"
    assert namer.claim("[]") == "doc"
    assert namer.claim("a\x01b") == "ab"
    assert namer.claim("History") == "History~2"
    assert namer.claim("QUOTED") == "QUOTED~2"
    assert namer.claim("x" * 40) == "x" * 31
    assert namer.claim("x" * 40) == "x" * 29 + "~2"


def test_xlsx_facts_sheet(xlsx: openpyxl.Workbook, facts: list[Fact]) -> None:
    ws = xlsx["Facts"]
    assert header(ws) == COLUMNS
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:W{len(facts) + 1}"
    col = {name: i + 1 for i, name in enumerate(COLUMNS)}

    neg = ws.cell(2, col["value"])
    assert neg.value == -10.8 and isinstance(neg.value, float) and neg.data_type == "n"
    assert neg.number_format == "#,##0.########"
    big = ws.cell(4, col["value"])
    assert big.value == 70000000000 and isinstance(big.value, int)
    assert big.number_format == "#,##0"
    low, high = ws.cell(5, col["low"]), ws.cell(5, col["high"])
    assert (low.value, high.value) == (5, 20) and low.number_format == "#,##0"
    assert ws.cell(2, col["low"]).value is None

    hyper = ws.cell(3, col["sentence"])
    assert hyper.value == HYPER and hyper.data_type == "s"
    assert ws.cell(4, col["sentence"]).value == "+1 营收超过700亿元"
    assert ws.cell(2, col["text"]).value == "-10.8%"  # exact text, no "'" prefix
    assert ws.cell(2, col["text"]).data_type == "s"
    assert ws.cell(3, col["warnings"]).value == "unit taken from the table header"
    assert ws.cell(5, col["table"]).value is True


def test_xlsx_text_never_formula(tmp_path: Path, facts: list[Fact]) -> None:
    odd = ["=SUM(A1)", "#N/A", "=1+1", "@x", "-1"]
    fs = [f.model_copy(update={"sentence": s, "text": s}) for f, s in zip(facts, odd)]
    out = tmp_path / "odd.xlsx"
    write_facts(fs, out)
    ws = openpyxl.load_workbook(out)["Facts"]
    got = [(r["sentence"], r["text"]) for r in records(ws)]
    assert got == [(s, s) for s in odd]
    for row in ws.iter_rows(min_row=2):
        for c in row:
            assert c.data_type in ("s", "n", "b"), c.coordinate


def test_xlsx_column_widths(xlsx: openpyxl.Workbook) -> None:
    ws = xlsx["Facts"]
    dims = ws.column_dimensions
    col = {name: openpyxl.utils.get_column_letter(i + 1) for i, name in enumerate(COLUMNS)}
    # "净利润增速" is 5 wide characters = 10 display columns, + 2 padding
    assert dims[col["metric"]].width == 12
    assert dims[col["sentence"]].width <= 60
    assert dims[col["doc"]].width == 60  # DOC_LONG is over the cap
    assert export._display_width("营收ab") == 6


def test_xlsx_doc_sheet(xlsx: openpyxl.Workbook) -> None:
    ws = xlsx[DOC_A]
    assert header(ws) == COLUMNS[1:]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:V4"
    recs = records(ws)
    assert [r["text"] for r in recs] == ["-10.8%", "87.37%", "700亿元"]
    assert recs[1]["sentence"] == HYPER


def test_xlsx_summary(xlsx: openpyxl.Workbook) -> None:
    ws = xlsx["Summary"]
    assert header(ws) == [
        "doc", "title", "facts", "money", "ratio", "count", "measure", "duration", "rank",
        "number", "warnings", "sheet",
    ]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:L5"
    recs = records(ws)
    assert recs[0] | {"sheet": None} == {
        "doc": DOC_A, "title": "年度报告", "facts": 3, "money": 1, "ratio": 2, "count": 0,
        "measure": 0, "duration": 0, "rank": 0, "number": 0, "warnings": 1, "sheet": None,
    }
    assert recs[1]["title"] is None  # no title: empty cell
    for r, sheet in enumerate(xlsx.sheetnames[2:-2], start=2):
        link = ws.cell(r, 12)
        assert link.value == "open"
        assert link.hyperlink is not None
        assert link.hyperlink.location == "'" + sheet + "'!A1"
        assert link.hyperlink.target is None


def test_xlsx_warnings_and_about(xlsx: openpyxl.Workbook) -> None:
    ws = xlsx["Warnings"]
    assert header(ws) == ["doc", "start", "end", "text", "warning"]
    assert records(ws) == [
        {"doc": DOC_A, "start": 30, "end": 36, "text": "87.37%",
         "warning": "unit taken from the table header"}
    ]
    about = {r[0]: r[1:] for r in xlsx["About"].iter_rows(values_only=True)}
    assert about["factx version"][0] == "0.1.0"
    assert about["rules hash"][0] == "abc123"
    assert about["created"][0] == "2026-01-02T03:04:05+08:00"
    assert about["input"][:3] == ("in/2023年报.txt", "gb18030", 3)
    assert json.loads(about["options"][0]) == {"style": "analyst"}
    assert "87.37, not 0.8737" in about["note"][0]


def test_xlsx_without_run_info_and_empty(tmp_path: Path) -> None:
    out = tmp_path / "empty.xlsx"
    write_facts([], out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Summary", "Facts", "Warnings", "About"]
    assert header(wb["Facts"]) == COLUMNS and wb["Facts"].max_row == 1
    assert [r[0] for r in wb["About"].iter_rows(values_only=True)] == ["key", "note"]


def test_xlsx_max_rows_split(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export, "MAX_ROWS", 3)
    base = make_facts()[0]
    fs = [base.model_copy(update={"start": i, "end": i + 6}) for i in range(7)]
    out = tmp_path / "split.xlsx"
    write_facts(fs, out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [
        "Summary", "Facts", "Facts (2)", "Facts (3)",
        DOC_A, f"{DOC_A} (2)", f"{DOC_A} (3)", "Warnings", "About",
    ]
    starts = [r["start"] for n in ("Facts", "Facts (2)", "Facts (3)") for r in records(wb[n])]
    assert starts == list(range(7))
    assert [wb[n].max_row for n in ("Facts", "Facts (2)", "Facts (3)")] == [4, 4, 2]
    assert wb["Facts (2)"].freeze_panes == "A2" and wb["Facts (3)"].auto_filter.ref == "A1:W2"
    assert header(wb["Facts (3)"]) == COLUMNS
    assert wb["Summary"].cell(2, 12).hyperlink.location == f"'{DOC_A}'!A1"


def test_xlsx_long_text_truncated(tmp_path: Path) -> None:
    long = "营" * 40_000
    fact = make_facts()[0].model_copy(update={"sentence": long})
    out = tmp_path / "long.xlsx"
    write_facts([fact], out)
    wb = openpyxl.load_workbook(out)
    cell = records(wb["Facts"])[0]["sentence"]
    assert len(cell) == 32_767 and cell == "营" * 32_766 + "…"
    warnings = [r["warning"] for r in records(wb["Warnings"])]
    assert len(warnings) == 1 and "sentence" in warnings[0] and "truncated" in warnings[0]
    assert records(wb["Summary"])[0]["warnings"] == 1


def test_excel_text_surrogates_and_control_chars() -> None:
    text, notes = export._excel_text("a\x01b")
    assert text == "a\ufffdb" and notes
    # astral characters count 2 towards Excel's limit; never cut one in half
    text, notes = export._excel_text("𠀀" * 20_000)
    assert text.endswith("…") and len(text.encode("utf-16-le")) // 2 <= 32_767
    assert set(text[:-1]) == {"𠀀"}


def test_xlsx_to_stdout_buffer(facts: list[Fact]) -> None:
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8")
    write_facts(facts, "-", "xlsx", stdout=out)
    wb = openpyxl.load_workbook(io.BytesIO(raw.getvalue()))
    assert wb.sheetnames[:2] == ["Summary", "Facts"]
    with pytest.raises(ExportError, match="binary"):
        write_facts(facts, "-", "xlsx", stdout=io.StringIO())


# ------------------------------------------------------------------ atomic writes


def leftovers(directory: Path) -> list[str]:
    return [p.name for p in directory.iterdir() if p.name.startswith(".factx-")]


@pytest.mark.parametrize(
    ("name", "victim"),
    [
        ("out.jsonl", "json.dumps"),
        ("out.csv", "safe_cell"),
        ("out.xlsx", "_cell_width"),
    ],
)
def test_failure_midway_keeps_previous_file(
    tmp_path: Path, facts: list[Fact], monkeypatch: pytest.MonkeyPatch, name: str, victim: str
) -> None:
    out = tmp_path / name
    out.write_bytes(b"previous content")
    calls = {"n": 0}

    if victim == "json.dumps":
        real = json.dumps

        def boom(*a, **k):
            calls["n"] += 1
            if calls["n"] > 2:
                raise RuntimeError("disk on fire")
            return real(*a, **k)

        monkeypatch.setattr(export.json, "dumps", boom)
    else:
        real = getattr(export, victim)

        def boom(*a, **k):
            calls["n"] += 1
            if calls["n"] > 3:
                raise RuntimeError("disk on fire")
            return real(*a, **k)

        monkeypatch.setattr(export, victim, boom)

    with pytest.raises(RuntimeError, match="disk on fire"):
        write_facts(facts, out)
    assert calls["n"] > 3 or (victim == "json.dumps" and calls["n"] > 2)
    assert out.read_bytes() == b"previous content"
    assert leftovers(tmp_path) == []


def test_os_error_midway_becomes_export_error(
    tmp_path: Path, facts: list[Fact], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old", encoding="utf-8")

    def no_space(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export.os, "fsync", no_space)
    with pytest.raises(ExportError, match="No space left") as err:
        write_facts(facts, out)
    assert err.value.path == str(out)
    assert out.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_replaces_existing_file_and_keeps_mode(tmp_path: Path, facts: list[Fact]) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n" * 100, encoding="utf-8")
    os.chmod(out, 0o640)
    write_facts(facts[:1], out)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o640
    new = tmp_path / "new.jsonl"
    write_facts(facts[:1], new)
    if os.name == "posix":
        assert new.stat().st_mode & 0o777 != 0o600  # not the tempfile's private mode
    assert leftovers(tmp_path) == []


def test_atomic_path_direct(tmp_path: Path) -> None:
    target = tmp_path / "x.bin"
    with atomic_path(target) as tmp:
        assert tmp.parent == tmp_path and tmp.name.startswith(".factx-")
        tmp.write_bytes(b"new")
        assert not target.exists()
    assert target.read_bytes() == b"new"
    with pytest.raises(KeyError):
        with atomic_path(target) as tmp:
            tmp.write_bytes(b"half")
            raise KeyError("stop")
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path) == []


def test_missing_parent_directory_is_created(tmp_path: Path, facts: list[Fact]) -> None:
    out = tmp_path / "a" / "b" / "facts.csv"
    write_facts(facts, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_unwritable_path_raises_export_error(tmp_path: Path, facts: list[Fact]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    out = blocker / "facts.jsonl"
    with pytest.raises(ExportError) as err:
        write_facts(facts, out)
    assert err.value.path == str(out) and str(out) in str(err.value)
    assert blocker.read_text(encoding="utf-8") == "not a directory"


def test_target_is_a_directory(tmp_path: Path, facts: list[Fact]) -> None:
    out = tmp_path / "dir.jsonl"
    out.mkdir()
    with pytest.raises(ExportError) as err:
        write_facts(facts, out)
    assert err.value.path == str(out)
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions and a non-root user"
)
def test_permission_denied_raises_export_error(tmp_path: Path, facts: list[Fact]) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o500)
    try:
        with pytest.raises(ExportError, match="Permission denied") as err:
            write_facts(facts, locked / "facts.xlsx")
        assert err.value.path == str(locked / "facts.xlsx")
    finally:
        os.chmod(locked, 0o700)


def test_permission_denied_simulated(
    tmp_path: Path, facts: list[Fact], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same as above, but also when running as root (which ignores chmod)."""

    def denied(*a, **k):
        raise PermissionError(13, "Permission denied", str(tmp_path / ".factx-abc.jsonl"))

    monkeypatch.setattr(export.tempfile, "NamedTemporaryFile", denied)
    out = tmp_path / "facts.jsonl"
    with pytest.raises(ExportError) as err:
        write_facts(facts, out)
    assert err.value.path == str(out)
    assert str(err.value) == f"{out}: Permission denied"
    assert not out.exists()


def test_stdout_that_cannot_encode_raises_export_error(facts: list[Fact]) -> None:
    ascii_out = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    with pytest.raises(ExportError, match="cannot encode") as err:
        write_facts(facts, "-", "jsonl", stdout=ascii_out)
    assert err.value.path == "-"


@pytest.mark.parametrize("name", ["bad.jsonl", "bad.csv"])
def test_unencodable_text_raises_export_error(tmp_path: Path, facts: list[Fact], name: str) -> None:
    bad = facts[0].model_copy(update={"sentence": "坏\udcff字节"})
    out = tmp_path / name
    with pytest.raises(ExportError, match="cannot be encoded") as err:
        write_facts([bad], out)
    assert err.value.path == str(out) and not out.exists()
    assert leftovers(tmp_path) == []


def test_xlsx_replaces_characters_xml_cannot_hold(tmp_path: Path, facts: list[Fact]) -> None:
    bad = facts[0].model_copy(update={"sentence": "坏\udcff字\x01节"})
    out = tmp_path / "bad.xlsx"
    write_facts([bad], out)
    wb = openpyxl.load_workbook(out)
    assert records(wb["Facts"])[0]["sentence"] == "坏\ufffd字\ufffd节"
    [warning] = [r["warning"] for r in records(wb["Warnings"])]
    assert warning.startswith("xlsx: sentence: 2 character(s)")
