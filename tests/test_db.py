"""factx extract --to URL: SQLite and a real PostgreSQL (tests/pgserver.py).

Idempotent re-runs, one edited document replaced alone, a run killed mid-transaction
leaving every document whole, exact decimals, the view and the indexes.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from factx import db as dbmod
from factx.cli import main
from factx.db import normalize_url, write_to_db
from factx.export import RunInfo
from factx.models import Fact
from factx.pipeline import DocResult, extract_files, iter_input_files

from pgserver import pg_admin_url, pg_url  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'out' / 'facts.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture(scope="module")
def seed_results() -> list[DocResult]:
    return extract_files([SEEDS])


def _engine(url: str) -> sa.Engine:
    return sa.create_engine(normalize_url(url))


def _scalar(url: str, sql: str) -> object:
    eng = _engine(url)
    try:
        with eng.connect() as conn:
            return conn.execute(sa.text(sql)).scalar()
    finally:
        eng.dispose()


def _stored(url: str) -> dict[str, dict]:
    """Per source: the document row and its facts, as (id, seq, start, end, text, value_exact, claim)."""
    eng = _engine(url)
    try:
        with eng.connect() as conn:
            docs = conn.execute(sa.text("SELECT * FROM documents")).mappings().all()
            out = {}
            for d in docs:
                facts = conn.execute(
                    sa.text(
                        'SELECT id, seq, start, "end", text, value_exact, claim FROM facts '
                        "WHERE document_id = :d ORDER BY seq"
                    ),
                    {"d": d["id"]},
                ).all()
                out[d["source"]] = {"doc": dict(d), "facts": [tuple(f) for f in facts]}
            return out
    finally:
        eng.dispose()


def _expected(res: DocResult) -> list[tuple]:
    from factx.export import _decimal_text

    return [(i, f.start, f.end, f.text, _decimal_text(f.value), f.claim) for i, f in enumerate(res.facts)]


def _small_corpus(tmp_path: Path, n: int = 4) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in sorted(iter_input_files([SEEDS]), key=lambda p: p.stat().st_size)[:n]:
        shutil.copy(p, corpus / p.name)
    return corpus


# --------------------------------------------------------------------------- the "must show"


def test_run_twice_on_seeds_same_counts_no_duplicates(url: str, seed_results, capsys) -> None:
    n_docs = len(seed_results)
    n_facts = sum(len(r.facts) for r in seed_results)
    n_claims = sum(len({f.claim for f in r.facts}) for r in seed_results)
    counts = []
    for _ in range(2):
        assert main(["extract", str(SEEDS), "--to", url]) == 0
        captured = capsys.readouterr()
        assert captured.out == ""  # --to alone: the database is the only output
        counts.append(
            tuple(_scalar(url, f"SELECT COUNT(*) FROM {t}") for t in ("documents", "facts", "claims", "fact_view"))
        )
    assert counts[0] == counts[1] == (n_docs, n_facts, n_claims, n_facts)
    assert f"0 documents added, 0 replaced, {n_docs} unchanged; 0 facts written" in captured.err
    assert _scalar(
        url, 'SELECT COUNT(*) FROM (SELECT document_id, start, "end" FROM facts '
        'GROUP BY document_id, start, "end" HAVING COUNT(*) > 1) dup'
    ) == 0
    assert _scalar(url, "SELECT COUNT(*) FROM runs WHERE finished IS NOT NULL") == 2
    assert _scalar(url, "SELECT documents_unchanged FROM runs ORDER BY id DESC LIMIT 1") == n_docs


def test_edit_one_seed_only_its_rows_change(url: str, tmp_path: Path) -> None:
    corpus = _small_corpus(tmp_path)
    info = RunInfo(version="t", rules_hash="r", created="2026-01-01T00:00:00+00:00")
    assert write_to_db(extract_files([corpus]), url, info)["added"] == 4
    before = _stored(url)
    edited = sorted(corpus.iterdir())[1]
    with open(edited, "a", encoding="utf-8") as fh:
        fh.write("\n另据统计，全年新增就业岗位12.5万个，同比增长3.2%。\n")
    new_results = extract_files([corpus])
    counts = write_to_db(new_results, url, info)
    assert (counts["added"], counts["replaced"], counts["unchanged"]) == (0, 1, 3)
    after = _stored(url)
    assert after.keys() == before.keys()
    for source in before:
        if source == str(edited):
            continue
        assert after[source] == before[source]  # same rows, same ids, same run
    new = after[str(edited)]
    assert new["doc"]["id"] == before[str(edited)]["doc"]["id"]  # the document keeps its id
    assert new["doc"]["content_hash"] != before[str(edited)]["doc"]["content_hash"]
    expected = _expected(next(r for r in new_results if r.source == str(edited)))
    assert [f[1:] for f in new["facts"]] == expected
    assert len(expected) == len(before[str(edited)]["facts"]) + 2
    assert _scalar(url, "SELECT COUNT(*) FROM facts") == sum(len(r.facts) for r in new_results)
    # a third run adds nothing
    assert write_to_db(new_results, url, info)["unchanged"] == 4


KILLER = textwrap.dedent(
    """
    import os, signal, sys
    import factx.db as db

    real = db._insert_facts
    seen = [0]

    def insert_then_die(conn, document_id, facts):
        real(conn, document_id, facts)   # the new facts are in, not yet committed
        seen[0] += 1
        if seen[0] == int(sys.argv[1]):
            os.kill(os.getpid(), signal.SIGKILL)

    db._insert_facts = insert_then_die
    from factx.cli import main
    sys.exit(main(sys.argv[2:]))
    """
)


def test_kill_midway_leaves_each_document_old_or_new(url: str, tmp_path: Path, monkeypatch) -> None:
    # load the rules afresh, as the child process does (the digest keys "unchanged")
    monkeypatch.setattr("factx.pipeline._ENGINE", None)
    corpus = _small_corpus(tmp_path)
    old = {r.source: r for r in extract_files([corpus])}
    assert main(["extract", str(corpus), "--to", url, "-q"]) == 0
    for p in corpus.iterdir():  # every document changes
        with open(p, "a", encoding="utf-8") as fh:
            fh.write("\n另据统计，全年新增就业岗位12.5万个。\n")
    new = {r.source: r for r in extract_files([corpus])}

    script = tmp_path / "killer.py"
    script.write_text(KILLER, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, str(script), "3", "extract", str(corpus), "--to", url, "-q"],
        capture_output=True, text=True, timeout=120, env=env,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr

    stored = _stored(url)
    assert stored.keys() == old.keys()
    state = {}
    for source, row in stored.items():
        digest = row["doc"]["content_hash"]
        if digest == new[source].sha256:
            state[source] = "new"
            ref = new[source]
        else:
            assert digest == old[source].sha256
            state[source] = "old"
            ref = old[source]
        assert [f[1:] for f in row["facts"]] == _expected(ref), source  # whole, never a mix
        assert row["doc"]["facts"] == len(ref.facts)
    # the first two documents were committed, the third died in its transaction
    assert sorted(state.values()) == ["new", "new", "old", "old"], state
    assert _scalar(url, "SELECT COUNT(*) FROM runs WHERE finished IS NULL") == 1

    # re-running finishes the job
    assert main(["extract", str(corpus), "--to", url, "-q"]) == 0
    stored = _stored(url)
    for source, row in stored.items():
        assert [f[1:] for f in row["facts"]] == _expected(new[source])
    assert _scalar(url, "SELECT documents_replaced FROM runs ORDER BY id DESC LIMIT 1") == 2
    assert _scalar(url, "SELECT documents_unchanged FROM runs ORDER BY id DESC LIMIT 1") == 2


# --------------------------------------------------------------------------- details


def _fact(value: str, **kw) -> Fact:
    base = dict(doc="x", start=0, end=1, text="1", value=Decimal(value), unit="CNY", kind="money")
    return Fact(**{**base, **kw})


def test_exact_decimals_survive(url: str) -> None:
    values = ["70000000000", "0.0000000000024", str(Decimal(100) / 3), "123456789012345678901234567.5"]
    facts = [_fact(v, start=i, end=i + 1, claim=f"x-c{i}", low=Decimal(v) if i == 0 else None)
             for i, v in enumerate(values)]
    res = DocResult(doc="x", source="mem/x.txt", encoding="utf-8", facts=facts, chars=10, sha256="ab" * 32)
    write_to_db([res], url)
    eng = _engine(url)
    with eng.connect() as conn:
        rows = conn.execute(sa.text("SELECT value, value_exact, low_exact FROM facts ORDER BY seq")).all()
        cnt = conn.execute(sa.text("SELECT COUNT(*) FROM facts WHERE value > 1000")).scalar()
    eng.dispose()
    assert [Decimal(r[1]) for r in rows] == [Decimal(v) for v in values]
    assert rows[0][2] == "70000000000" and rows[1][2] is None
    assert rows[1][1] == "0.0000000000024"  # plain notation, no exponent
    assert cnt == 2  # the numeric column sorts and filters as numbers
    if url.startswith("postgresql"):
        assert [Decimal(r[0]) for r in rows] == [Decimal(v) for v in values]  # NUMERIC: exact


def test_view_indexes_and_claims(url: str, seed_results) -> None:
    write_to_db(seed_results[:2], url)
    eng = _engine(url)
    insp = sa.inspect(eng)
    assert {"runs", "documents", "facts", "claims", "factx_meta"} <= set(insp.get_table_names())
    assert "fact_view" in insp.get_view_names()
    indexed = {tuple(ix["column_names"]) for ix in insp.get_indexes("facts")}
    assert {("metric",), ("subject",), ("period",), ("document_id",)} <= indexed
    assert any(u["column_names"] == ["content_hash"] for u in insp.get_unique_constraints("documents")) or any(
        ix["unique"] and ix["column_names"] == ["content_hash"] for ix in insp.get_indexes("documents")
    )
    with eng.connect() as conn:
        row = conn.execute(
            sa.text(
                "SELECT document_title, metric, subject, period, value, value_exact, unit, qualifier "
                "FROM fact_view WHERE text = '700多亿元'"
            )
        ).mappings().one()
        orphans = conn.execute(
            sa.text("SELECT COUNT(*) FROM facts f LEFT JOIN claims c ON c.id = f.claim_id WHERE c.id IS NULL")
        ).scalar()
        claim_sum = conn.execute(sa.text("SELECT SUM(facts) FROM claims")).scalar()
        version = conn.execute(sa.text("SELECT value FROM factx_meta WHERE key = 'schema_version'")).scalar()
    eng.dispose()
    assert row["metric"] == "累计完成投资" and row["subject"] == "全市算力中心"
    assert row["value_exact"] == "70000000000" and Decimal(row["value"]) == Decimal("7E10")
    assert (row["unit"], row["qualifier"]) == ("CNY", "more_than")
    assert row["document_title"]
    assert orphans == 0
    assert claim_sum == sum(len(r.facts) for r in seed_results[:2])
    assert version == str(dbmod.DB_SCHEMA_VERSION)


def test_failed_input_keeps_stored_facts_and_new_rules_replace(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'f.db'}"
    results = extract_files([_small_corpus(tmp_path, 2)])
    info = RunInfo(version="t", rules_hash="r1", created="2026-01-01T00:00:00+00:00")
    write_to_db(results, url, info)
    n = _scalar(url, "SELECT COUNT(*) FROM facts")
    broken = DocResult(doc=results[0].doc, source=results[0].source, encoding=None, error="cannot read")
    counts = write_to_db([broken, results[1]], url, info)
    assert (counts["failed"], counts["unchanged"]) == (1, 1)
    assert _scalar(url, "SELECT COUNT(*) FROM facts") == n
    # the same bytes read with other rules are extracted again
    info2 = info.model_copy(update={"rules_hash": "r2"})
    assert write_to_db(results, url, info2)["replaced"] == 2
    assert _scalar(url, "SELECT COUNT(*) FROM documents") == 2


def test_to_with_output_and_default_url(tmp_path: Path, monkeypatch, capsys) -> None:
    corpus = _small_corpus(tmp_path, 1)
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "f.jsonl"
    assert main(["extract", str(corpus), "-o", str(out), "--to", "-q"]) == 0  # --to alone: the default
    n_lines = len(out.read_text(encoding="utf-8").splitlines())
    assert (tmp_path / "exports" / "facts.db").is_file()
    assert _scalar(dbmod.DEFAULT_URL, "SELECT COUNT(*) FROM facts") == n_lines > 0
    # with --format and no -o, the facts also go to stdout
    capsys.readouterr()
    assert main(["extract", str(corpus), "--format", "jsonl", "--to", "x.db", "-q"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == n_lines


def test_urls_and_errors(tmp_path: Path, capsys) -> None:
    assert normalize_url("postgresql://u:pw@h:5/db") == "postgresql+psycopg://u:pw@h:5/db"
    assert normalize_url("postgres://h/db") == "postgresql+psycopg://h/db"
    assert normalize_url("sqlite:///a.db") == "sqlite:///a.db"
    assert normalize_url("a/b.db") == "sqlite:///a/b.db"
    assert "pw" not in dbmod.shown_url("postgresql://u:pw@h/db")
    corpus = _small_corpus(tmp_path, 1)
    # nothing listens on port 1: export failure, exit 5, password not shown
    rc = main(["extract", str(corpus), "--to", "postgresql://u:secret@127.0.0.1:1/x", "-q"])
    err = capsys.readouterr().err
    assert rc == 5 and "secret" not in err and "127.0.0.1" in err
    assert main(["extract", str(corpus), "--to", "nosuchdialect://x", "-q"]) == 5


def test_pg_unavailable_skips_outside_ci_and_fails_under_ci(monkeypatch) -> None:
    import pgserver

    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="postgresql package"):
        pgserver.unavailable(pgserver.NOT_FOUND)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="required under CI"):
        pgserver.unavailable(pgserver.NOT_FOUND)
