"""--format parquet: typed columns, exact decimals, a fixed shape, readable by pandas and DuckDB."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from factx.cli import main
from factx.export import COLUMNS, PARQUET_DECIMAL, RunInfo, parquet_schema, write_facts
from factx.models import Fact

ROOT = Path(__file__).resolve().parent.parent

VALUES = [
    "70000000000",  # 700多亿
    "0.0000000000024",
    "3920000000000.5",
    str(Decimal(100) / 3),  # 28 digits: does not fit decimal128(38,16)
    "1E+25",  # too large for 22 integer digits
]


def make_facts() -> list[Fact]:
    return [
        Fact(
            doc="d", start=i, end=i + 1, text=f"t{i}", value=Decimal(v), unit="CNY", kind="money",
            low=Decimal(v) if i == 0 else None, high=Decimal("8E10") if i == 0 else None,
            qualifier="more_than" if i == 0 else "exact", table=i == 1, warnings=["w1", "w2"] if i == 2 else [],
        )
        for i, v in enumerate(VALUES)
    ]


def test_parquet_round_trip_pandas(tmp_path: Path) -> None:
    out = tmp_path / "f.parquet"
    info = RunInfo(version="0", rules_hash="h", created="2026-01-01T00:00:00+00:00")
    write_facts(make_facts(), out, run_info=info)  # format from the extension
    frame = pd.read_parquet(out)
    assert list(frame.columns) == COLUMNS + ["value_exact", "low_exact", "high_exact"]
    assert frame["value"].tolist()[:3] == [Decimal(v) for v in VALUES[:3]]  # exact, not floats
    assert [Decimal(v) for v in frame["value_exact"]] == [Decimal(v) for v in VALUES]
    assert frame["value_exact"][1] == "0.0000000000024"
    assert frame["value"][3] == Decimal("33.3333333333333333")  # rounded to 16 places, recorded
    assert frame["value"][4] is None
    assert frame["low"][0] == Decimal("7E10") and frame["high"][0] == Decimal("8E10")
    assert frame["low"][1] is None and pd.isna(frame["low_exact"][1])
    assert frame["table"].tolist() == [False, True, False, False, False]
    assert frame["warnings"][2] == "w1; w2"
    meta = pq.read_schema(out).metadata
    inexact = json.loads(meta[b"factx.inexact"])
    assert {(d["row"], d["column"]) for d in inexact} == {(3, "value"), (4, "value")}
    assert json.loads(meta[b"factx.run"])["rules_hash"] == "h"


def test_parquet_shape_is_fixed(tmp_path: Path) -> None:
    """An empty export and a full one have the same column types (dashboards keep working)."""
    write_facts([], tmp_path / "empty.parquet")
    write_facts(make_facts(), tmp_path / "full.parquet")
    a = pq.read_schema(tmp_path / "empty.parquet").remove_metadata()
    b = pq.read_schema(tmp_path / "full.parquet").remove_metadata()
    assert a == b == parquet_schema()
    assert str(b.field("value").type) == "decimal128(%d, %d)" % PARQUET_DECIMAL


def test_parquet_duckdb(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "f.parquet"
    write_facts(make_facts()[:3], out, fmt="parquet")
    con = duckdb.connect()
    total, n = con.execute(f"SELECT SUM(value), COUNT(*) FROM read_parquet('{out}')").fetchone()
    assert n == 3 and total == sum(Decimal(v) for v in VALUES[:3])
    kind = con.execute(f"SELECT typeof(value) FROM read_parquet('{out}') LIMIT 1").fetchone()[0]
    assert kind == "DECIMAL(%d,%d)" % PARQUET_DECIMAL


def test_parquet_cli_file_and_stdout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    seed = ROOT / "seeds" / "d01_suzhou_hitech_projects_2011.txt"
    out = tmp_path / "seed.parquet"
    assert main(["extract", str(seed), "-o", str(out), "-q"]) == 0
    frame = pd.read_parquet(out)
    assert len(frame) > 0 and all(isinstance(v, Decimal) for v in frame["value"])

    buf = io.BytesIO()
    monkeypatch.setattr("sys.stdout", io.TextIOWrapper(buf, encoding="utf-8"))
    assert main(["extract", str(seed), "--format", "parquet", "-q"]) == 0
    assert pd.read_parquet(io.BytesIO(buf.getvalue())).equals(frame)
