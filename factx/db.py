"""Load facts into a SQL database (SQLite built in, PostgreSQL through psycopg 3).

``factx extract ... --to URL`` calls :func:`write_to_db`. The tables keep their shape
between runs, so a dashboard (Superset, Metabase, Grafana, Power Query) can point at
them once:

``runs``
    one row per run: ``started``, ``finished`` (NULL while running, or if the run was
    killed), ``factx_version``, ``rules_hash``, ``options`` (JSON) and the counts.
``documents``
    one row per input, keyed by ``content_hash`` (sha256 of its raw bytes, UNIQUE):
    ``doc`` (file stem), ``source`` (path as given), ``title``, ``encoding``, ``chars``,
    ``facts``, the ``factx_version``/``rules_hash`` that produced its facts, ``run_id``
    of the run that last wrote it, ``updated``.
``claims``
    one row per claim of a document (figures that belong together: before/after/delta).
``facts``
    one row per figure (the columns of :class:`factx.models.Fact`; ``table`` is
    ``table_cell``). ``value``/``low``/``high`` are NUMERIC, for sums and filters; on
    PostgreSQL they are exact, on SQLite a non-integer is stored as REAL, so
    ``value_exact``/``low_exact``/``high_exact`` always hold the exact decimal as text.
``fact_view``
    one row per fact with its document title, metric, subject, period, value, unit,
    qualifier: the table a dashboard wants.
``factx_meta``
    ``schema_version`` of these tables (:data:`DB_SCHEMA_VERSION`).

Idempotent and safe to interrupt: each document is written in its own transaction.
A document whose bytes, factx version, rules and encoding are unchanged is skipped; a
changed one has its claims and facts deleted and re-inserted, and its row updated, in
one transaction. A run killed midway leaves every document with either its old or its
new facts, never a mix; re-running finishes the job.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ExportError

if TYPE_CHECKING:  # pragma: no cover
    from sqlalchemy.engine import Connection, Engine

    from .export import RunInfo
    from .models import Fact
    from .pipeline import DocResult

__all__ = [
    "DB_SCHEMA_VERSION",
    "DEFAULT_URL",
    "normalize_url",
    "shown_url",
    "connect",
    "create_schema",
    "write_to_db",
]

#: Bump when a table or view changes shape.
DB_SCHEMA_VERSION = 1

#: The embedded default of ``--to`` given without a URL.
DEFAULT_URL = "sqlite:///exports/facts.db"

_MISSING_PG_DRIVER = (
    "PostgreSQL needs the psycopg driver: pip install 'factx[postgres]' (psycopg[binary])"
)


# --------------------------------------------------------------------------- URLs


def normalize_url(url: str) -> str:
    """The SQLAlchemy URL for what a user typed.

    ``postgresql://`` and ``postgres://`` use psycopg 3 (``postgresql+psycopg://``);
    a plain path (no ``://``) is an SQLite file.

    >>> normalize_url("postgresql://u@localhost/facts")
    'postgresql+psycopg://u@localhost/facts'
    >>> normalize_url("exports/facts.db")
    'sqlite:///exports/facts.db'
    """
    if "://" not in url:
        return "sqlite:///" + url
    scheme, rest = url.split("://", 1)
    if scheme in ("postgresql", "postgres"):
        return "postgresql+psycopg://" + rest
    return url


def shown_url(url: str) -> str:
    """``url`` with its password hidden, for messages."""
    if "://" not in url:
        return url  # a file path
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL: show it without anything before '@'
        return url.split("@", 1)[-1] if "@" in url else url


# --------------------------------------------------------------------------- tables


def _tables():
    """The tables, built on first use (SQLAlchemy is imported only when a database is used)."""
    global _TABLES
    if _TABLES is not None:
        return _TABLES
    from sqlalchemy import (
        JSON,
        Boolean,
        Column,
        DateTime,
        ForeignKey,
        Index,
        Integer,
        MetaData,
        String,
        Table,
        Text,
        types,
    )
    from sqlalchemy.dialects import postgresql

    class _SqliteNumeric(types.UserDefinedType):
        """NUMERIC on SQLite, bound as decimal text so integers stay exact (NUMERIC affinity)."""

        cache_ok = True

        def get_col_spec(self, **kw: Any) -> str:
            return "NUMERIC"

        def bind_processor(self, dialect: Any):
            return lambda v: None if v is None else _decimal_text(Decimal(v))

        def result_processor(self, dialect: Any, coltype: Any):
            return lambda v: None if v is None else Decimal(str(v))

    class Number(types.TypeDecorator):
        """Exact NUMERIC on PostgreSQL (no precision limit), NUMERIC affinity on SQLite."""

        impl = types.Numeric
        cache_ok = True

        def load_dialect_impl(self, dialect: Any):
            if dialect.name == "postgresql":
                return dialect.type_descriptor(postgresql.NUMERIC(asdecimal=True))
            if dialect.name == "sqlite":
                return dialect.type_descriptor(_SqliteNumeric())
            return dialect.type_descriptor(types.Numeric(38, 16, asdecimal=True))

    md = MetaData()
    meta = Table(
        "factx_meta",
        md,
        Column("key", String(64), primary_key=True),
        Column("value", Text, nullable=False),
    )
    runs = Table(
        "runs",
        md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("started", DateTime(timezone=True), nullable=False),
        Column("finished", DateTime(timezone=True)),
        Column("factx_version", String(32), nullable=False),
        Column("rules_hash", String(128), nullable=False),
        Column("options", JSON),
        Column("documents_added", Integer),
        Column("documents_replaced", Integer),
        Column("documents_unchanged", Integer),
        Column("documents_failed", Integer),
    )
    documents = Table(
        "documents",
        md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("content_hash", String(64), nullable=False, unique=True),
        Column("doc", Text, nullable=False),
        Column("source", Text),
        Column("title", Text),
        Column("encoding", String(64)),
        Column("chars", Integer, nullable=False),
        Column("facts", Integer, nullable=False),
        Column("factx_version", String(32), nullable=False),
        Column("rules_hash", String(128), nullable=False),
        Column("run_id", Integer, ForeignKey("runs.id")),
        Column("updated", DateTime(timezone=True), nullable=False),
        Index("ix_documents_source", "source"),
        Index("ix_documents_doc", "doc"),
    )
    claims = Table(
        "claims",
        md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        Column("claim", Text, nullable=False),
        Column("metric", Text),
        Column("subject", Text),
        Column("period", Text),
        Column("facts", Integer, nullable=False),
        Index("ix_claims_document_id", "document_id"),
    )
    facts = Table(
        "facts",
        md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE")),
        Column("seq", Integer, nullable=False),
        Column("doc", Text, nullable=False),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("text", Text, nullable=False),
        Column("value", Number, nullable=False),
        Column("value_exact", Text, nullable=False),
        Column("low", Number),
        Column("low_exact", Text),
        Column("high", Number),
        Column("high_exact", Text),
        Column("unit", Text, nullable=False),
        Column("kind", String(16), nullable=False),
        Column("qualifier", String(16), nullable=False),
        Column("role", String(16), nullable=False),
        Column("direction", String(8)),
        Column("claim", Text, nullable=False),
        Column("metric", Text, nullable=False),
        Column("subject", Text),
        Column("period", Text),
        Column("table_cell", Boolean, nullable=False),
        Column("optional", Boolean, nullable=False),
        Column("title", Text),
        Column("sentence", Text, nullable=False),
        Column("rule_id", Text, nullable=False),
        Column("warnings", Text, nullable=False),
        Index("ix_facts_document_id", "document_id"),
        Index("ix_facts_metric", "metric"),
        Index("ix_facts_subject", "subject"),
        Index("ix_facts_period", "period"),
        Index("ix_facts_claim_id", "claim_id"),
    )
    _TABLES = {"md": md, "factx_meta": meta, "runs": runs, "documents": documents, "claims": claims, "facts": facts}
    return _TABLES


_TABLES: dict[str, Any] | None = None

#: One row per fact with what a dashboard filters and groups by.
VIEW_SQL = """
SELECT f.id AS fact_id,
       d.id AS document_id,
       d.doc AS doc,
       COALESCE(d.title, d.doc) AS document_title,
       f.title AS article_title,
       f.metric AS metric,
       f.subject AS subject,
       f.period AS period,
       f.value AS value,
       f.value_exact AS value_exact,
       f.unit AS unit,
       f.qualifier AS qualifier,
       f.low AS low,
       f.high AS high,
       f.kind AS kind,
       f.role AS role,
       f.direction AS direction,
       f.claim AS claim,
       f.text AS text,
       f.sentence AS sentence,
       f.warnings AS warnings,
       d.source AS source,
       d.updated AS updated
FROM facts f JOIN documents d ON d.id = f.document_id
"""


# --------------------------------------------------------------------------- connecting


def connect(url: str) -> Engine:
    """An SQLAlchemy engine for ``url`` (see :func:`normalize_url`).

    An SQLite file's folder is created; SQLite enforces foreign keys. A missing
    driver or a bad URL raises ``ExportError``.
    """
    try:
        from sqlalchemy import create_engine, event
        from sqlalchemy.engine import make_url
    except ImportError as exc:  # pragma: no cover - a runtime dependency
        raise ExportError(url, f"databases need SQLAlchemy: {exc}") from exc

    full = normalize_url(url)
    try:
        parsed = make_url(full)
    except Exception as exc:
        raise ExportError(shown_url(url), f"not a database URL: {exc}") from exc
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:" and not db.startswith("file:"):
            try:
                Path(db).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ExportError(shown_url(url), exc.strerror or str(exc)) from exc
    try:
        engine = create_engine(parsed, **kwargs)
    except ImportError as exc:
        if parsed.get_backend_name() == "postgresql":
            raise ExportError(shown_url(url), _MISSING_PG_DRIVER) from exc
        raise ExportError(shown_url(url), f"no driver for this URL: {exc}") from exc
    except Exception as exc:
        raise ExportError(shown_url(url), f"not a usable database URL: {exc}") from exc

    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

    return engine


def create_schema(engine: Engine) -> None:
    """Create the tables, indexes and view if missing; refuse a database of another version."""
    from sqlalchemy import inspect, select, text

    t = _tables()
    with engine.begin() as conn:
        existing = set(inspect(conn).get_table_names())
        if "factx_meta" in existing:
            row = conn.execute(
                select(t["factx_meta"].c.value).where(t["factx_meta"].c.key == "schema_version")
            ).first()
            if row is not None and row[0] != str(DB_SCHEMA_VERSION):
                raise ExportError(
                    shown_url(str(engine.url)),
                    f"the database has factx schema version {row[0]}, this factx writes "
                    f"version {DB_SCHEMA_VERSION}; use a new database",
                )
        t["md"].create_all(conn, checkfirst=True)
        if conn.execute(
            select(t["factx_meta"].c.key).where(t["factx_meta"].c.key == "schema_version")
        ).first() is None:
            conn.execute(t["factx_meta"].insert().values(key="schema_version", value=str(DB_SCHEMA_VERSION)))
        if conn.dialect.name == "sqlite":
            conn.execute(text("DROP VIEW IF EXISTS fact_view"))
            conn.execute(text("CREATE VIEW fact_view AS" + VIEW_SQL))
        else:
            conn.execute(text("CREATE OR REPLACE VIEW fact_view AS" + VIEW_SQL))


# --------------------------------------------------------------------------- writing


def _decimal_text(d: Decimal) -> str:
    """Plain notation, never an exponent: Decimal("7E+10") -> "70000000000"."""
    from .export import _decimal_text as text

    return text(d)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _content_hash(res: DocResult) -> str:
    """sha256 of the input's raw bytes (computed by extract_document; re-read if absent)."""
    digest = getattr(res, "sha256", None)
    if digest:
        return digest
    if res.source:
        try:
            return hashlib.sha256(Path(res.source).read_bytes()).hexdigest()
        except OSError:
            pass
    # no bytes to hash (e.g. a DocResult built by hand): hash what was extracted
    payload = json.dumps([f.to_json_dict() for f in res.facts], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(f"{res.doc}\0{payload}".encode("utf-8", "surrogatepass")).hexdigest()


def _fact_row(fact: Fact, seq: int, document_id: int, claim_id: int | None) -> dict[str, Any]:
    def exact(d: Decimal | None) -> str | None:
        return None if d is None else _decimal_text(d)

    return {
        "document_id": document_id,
        "claim_id": claim_id,
        "seq": seq,
        "doc": fact.doc,
        "start": fact.start,
        "end": fact.end,
        "text": fact.text,
        "value": fact.value,
        "value_exact": exact(fact.value),
        "low": fact.low,
        "low_exact": exact(fact.low),
        "high": fact.high,
        "high_exact": exact(fact.high),
        "unit": fact.unit,
        "kind": fact.kind,
        "qualifier": fact.qualifier,
        "role": fact.role,
        "direction": fact.direction,
        "claim": fact.claim,
        "metric": fact.metric,
        "subject": fact.subject,
        "period": fact.period,
        "table_cell": fact.table,
        "optional": fact.optional,
        "title": fact.title,
        "sentence": fact.sentence,
        "rule_id": fact.rule_id,
        "warnings": "; ".join(fact.warnings),
    }


def _insert_facts(conn: Connection, document_id: int, facts: Sequence[Fact]) -> None:
    """Insert the claims of ``facts`` and then the facts, linked to their claim rows."""
    t = _tables()
    groups: dict[str, list[Fact]] = {}
    for f in facts:
        groups.setdefault(f.claim, []).append(f)
    claim_ids: dict[str, int] = {}
    for claim, members in groups.items():
        first = members[0]
        metric = next((m.metric for m in members if m.metric), first.metric)
        subject = next((m.subject for m in members if m.subject), None)
        period = next((m.period for m in members if m.period), None)
        claim_ids[claim] = conn.execute(
            t["claims"].insert().returning(t["claims"].c.id),
            {
                "document_id": document_id,
                "claim": claim,
                "metric": metric,
                "subject": subject,
                "period": period,
                "facts": len(members),
            },
        ).scalar_one()
    rows = [_fact_row(f, i, document_id, claim_ids.get(f.claim)) for i, f in enumerate(facts)]
    if rows:
        conn.execute(t["facts"].insert(), rows)


def _delete_facts(conn: Connection, document_id: int) -> None:
    t = _tables()
    conn.execute(t["facts"].delete().where(t["facts"].c.document_id == document_id))
    conn.execute(t["claims"].delete().where(t["claims"].c.document_id == document_id))


def _write_document(conn: Connection, res: DocResult, run_id: int, version: str, rules_hash: str) -> str:
    """Bring one document up to date inside the caller's transaction: added, replaced or unchanged."""
    from sqlalchemy import select

    t = _tables()
    docs = t["documents"]
    digest = _content_hash(res)
    by_hash = conn.execute(select(docs).where(docs.c.content_hash == digest)).mappings().first()
    by_source = None
    if res.source is not None:
        by_source = conn.execute(
            select(docs).where(docs.c.source == res.source).order_by(docs.c.id)
        ).mappings().first()

    if by_hash is not None:
        if by_source is not None and by_source["id"] != by_hash["id"]:
            # this path's old content is gone; its new content is stored under another row
            _delete_facts(conn, by_source["id"])
            conn.execute(docs.delete().where(docs.c.id == by_source["id"]))
        if (
            by_hash["factx_version"] == version
            and by_hash["rules_hash"] == rules_hash
            and by_hash["encoding"] == res.encoding
        ):
            return "unchanged"
        target = by_hash
    else:
        target = by_source

    title = next((f.title for f in res.facts if f.title), None)
    values = {
        "content_hash": digest,
        "doc": res.doc,
        "source": res.source,
        "title": title,
        "encoding": res.encoding,
        "chars": res.chars,
        "facts": len(res.facts),
        "factx_version": version,
        "rules_hash": rules_hash,
        "run_id": run_id,
        "updated": _now(),
    }
    if target is None:
        document_id = conn.execute(docs.insert().returning(docs.c.id), values).scalar_one()
        outcome = "added"
    else:
        document_id = target["id"]
        _delete_facts(conn, document_id)
        conn.execute(docs.update().where(docs.c.id == document_id).values(**values))
        outcome = "replaced"
    _insert_facts(conn, document_id, res.facts)
    return outcome


def write_to_db(results: Sequence[DocResult], url: str, run_info: RunInfo | None = None) -> dict[str, int]:
    """Load ``results`` into the database at ``url``; returns the counts of the run.

    Creates the tables and view on first use. Each document is written in its own
    transaction (see the module docstring). Results with an ``error`` are counted
    as ``failed`` and leave their stored facts untouched. Returns ``{"run_id",
    "added", "replaced", "unchanged", "failed", "facts"}`` (``facts``: facts written
    by this run). A database failure raises ``ExportError``; documents committed
    before it stay committed.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from . import __version__

    version = run_info.version if run_info is not None else __version__
    rules_hash = run_info.rules_hash if run_info is not None else ""
    options = dict(run_info.options) if run_info is not None else {}
    shown = shown_url(url)
    if "to" in options and isinstance(options["to"], str):
        options["to"] = shown_url(options["to"])

    engine = connect(url)
    counts = {"run_id": 0, "added": 0, "replaced": 0, "unchanged": 0, "failed": 0, "facts": 0}
    try:
        create_schema(engine)
        t = _tables()
        started = _now()
        if run_info is not None:
            try:
                started = datetime.fromisoformat(run_info.created)
            except ValueError:
                pass
        with engine.begin() as conn:
            run_id = conn.execute(
                t["runs"].insert().returning(t["runs"].c.id),
                {"started": started, "factx_version": version, "rules_hash": rules_hash, "options": options},
            ).scalar_one()
        counts["run_id"] = run_id
        for res in results:
            if res.error:
                counts["failed"] += 1
                continue
            with engine.begin() as conn:  # one transaction per document
                outcome = _write_document(conn, res, run_id, version, rules_hash)
            counts[outcome] += 1
            if outcome != "unchanged":
                counts["facts"] += len(res.facts)
        with engine.begin() as conn:
            conn.execute(
                t["runs"].update().where(t["runs"].c.id == run_id).values(
                    finished=_now(),
                    documents_added=counts["added"],
                    documents_replaced=counts["replaced"],
                    documents_unchanged=counts["unchanged"],
                    documents_failed=counts["failed"],
                )
            )
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        raise ExportError(shown, reason[0] if reason else type(exc).__name__) from exc
    finally:
        engine.dispose()
    return counts
