"""`factx extract seeds -o facts.xlsx`: the workbook a person opens in Excel."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from factx import __version__
from factx.cli import main
from factx.export import COLUMNS

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    out = tmp_path_factory.mktemp("xlsx") / "facts.xlsx"
    assert main(["extract", str(SEEDS), "-o", str(out), "--quiet"]) == 0
    wb = openpyxl.load_workbook(out)
    yield wb
    wb.close()


def _table(ws) -> tuple[list[str], list[tuple]]:
    rows = list(ws.iter_rows(values_only=True))
    return list(rows[0]), rows[1:]


def test_sheets(workbook):
    names = workbook.sheetnames
    assert names[:2] == ["Summary", "Facts"]
    assert names[-2:] == ["Warnings", "About"]
    header, rows = _table(workbook["Facts"])
    docs = {r[header.index("doc")] for r in rows}
    assert len(docs) >= 6
    assert len(names) == 4 + len(docs)  # one sheet per document
    s_header, s_rows = _table(workbook["Summary"])
    assert {r[s_header.index("doc")] for r in s_rows} == docs


def test_facts_sheet_layout(workbook):
    ws = workbook["Facts"]
    header, rows = _table(ws)
    assert header == COLUMNS
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    assert len(rows) > 100
    col = COLUMNS.index("value") + 1
    for row in ws.iter_rows(min_row=2, min_col=col, max_col=col):
        c = row[0]
        assert c.data_type == "n" and isinstance(c.value, (int, float)), (c.coordinate, c.value)


def test_about_sheet(workbook):
    rows = {r[0]: r[1:] for r in workbook["About"].iter_rows(values_only=True)}
    assert rows["factx version"][0] == __version__
    assert rows["rules hash"][0]
    assert rows["created"][0]
    assert sum(1 for r in workbook["About"].iter_rows(values_only=True) if r[0] == "input") >= 6


def test_formula_like_text_stays_text(tmp_path):
    doc = tmp_path / "eq.txt"
    doc.write_text("=SUM(A1)增长5%。\n营业收入同比-10.8%。\n", encoding="utf-8")
    out = tmp_path / "eq.xlsx"
    assert main(["extract", str(doc), "-o", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    for ws in (wb["Facts"], wb["eq"]):
        header = [c.value for c in ws[1]]
        cells = {
            ws.cell(row=r, column=header.index("text") + 1).value: ws.cell(row=r, column=header.index("sentence") + 1)
            for r in range(2, ws.max_row + 1)
        }
        sentence = cells["5%"]
        assert sentence.data_type == "s"
        assert sentence.value == "=SUM(A1)增长5%。"
        text = next(
            ws.cell(row=r, column=header.index("text") + 1)
            for r in range(2, ws.max_row + 1)
            if ws.cell(row=r, column=header.index("text") + 1).value == "-10.8%"
        )
        assert text.data_type == "s"
    wb.close()
