"""A throwaway PostgreSQL server for the tests (Debian's postgresql package).

``FACTX_PG_URL`` (an admin URL, e.g. ``postgresql://postgres@127.0.0.1:5432/postgres``)
uses a running server instead. Otherwise ``initdb`` + ``pg_ctl`` from
``/usr/lib/postgresql/*/bin`` (or ``PATH``) start a cluster in a temporary folder,
listening on 127.0.0.1 only, trust auth, stopped and removed at the end. When the
process is root the cluster runs as the ``postgres`` user (``runuser``/``su``).

When no server can be had the tests skip, with the reason; under CI (``CI`` set) they
fail instead, so a broken CI setup cannot pass silently.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

NOT_FOUND = "PostgreSQL binaries not found; install Debian's postgresql package (apt-get install postgresql)"


class PgUnavailable(Exception):
    pass


def _bin_dir() -> Path | None:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: [int(x) if x.isdigit() else 0 for x in Path(p).parts[-3].split(".")],
    )
    if found:
        return Path(found[-1]).parent
    which = shutil.which("initdb")
    return Path(which).parent if which else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_user(cmd: list[str], user: str | None) -> list[str]:
    if user is None:
        return cmd
    if shutil.which("runuser"):
        return ["runuser", "-u", user, "--", *cmd]
    import shlex

    return ["su", user, "-s", "/bin/sh", "-c", shlex.join(cmd)]


def _run(cmd: list[str], what: str) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise PgUnavailable(f"{what} failed ({proc.returncode}): {(proc.stderr or proc.stdout).strip()[-800:]}")


@contextmanager
def throwaway_cluster() -> Iterator[str]:
    """Start a cluster; yield its admin URL (``postgresql://postgres@127.0.0.1:PORT/postgres``)."""
    bindir = _bin_dir()
    if bindir is None:
        raise PgUnavailable(NOT_FOUND)
    user = None
    if os.geteuid() == 0:
        import pwd

        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            raise PgUnavailable("running as root and there is no 'postgres' user to run the server") from None
        user = "postgres"
    base = Path(tempfile.mkdtemp(prefix="factx-pg-"))
    data = base / "data"
    log = base / "server.log"
    if user is not None:
        os.chown(base, pw.pw_uid, pw.pw_gid)
    os.chmod(base, 0o700 if user is None else 0o755)
    port = _free_port()
    started = False
    try:
        _run(
            _as_user([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                      "--encoding=UTF8", "--locale=C", "--no-sync"], user),
            "initdb",
        )
        opts = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        _run(
            _as_user([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", opts, "-w", "-t", "60", "start"], user),
            "pg_ctl start",
        )
        started = True
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        if started:
            subprocess.run(
                _as_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], user),
                capture_output=True, timeout=60,
            )
        shutil.rmtree(base, ignore_errors=True)


def unavailable(reason: str) -> None:
    """Skip with ``reason`` outside CI; fail under CI."""
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required under CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """An admin URL of a PostgreSQL server (FACTX_PG_URL, or a throwaway cluster)."""
    url = os.environ.get("FACTX_PG_URL")
    if url:
        yield url
        return
    try:
        cm = throwaway_cluster()
        admin = cm.__enter__()
    except PgUnavailable as exc:
        unavailable(str(exc))
        return
    try:
        yield admin
    finally:
        cm.__exit__(None, None, None)


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """A fresh, empty database on the server, dropped after the test."""
    import sqlalchemy as sa

    from factx.db import normalize_url

    name = "factx_t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(normalize_url(pg_admin_url), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - any connection failure
        admin.dispose()
        unavailable(f"cannot create a database on {pg_admin_url}: {exc}")
        return
    url = sa.engine.make_url(normalize_url(pg_admin_url)).set(database=name)
    try:
        yield url.render_as_string(hide_password=False).replace("postgresql+psycopg://", "postgresql://", 1)
    finally:
        for _ in range(3):
            try:
                with admin.connect() as conn:
                    conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                break
            except Exception:  # noqa: BLE001
                time.sleep(0.2)
        admin.dispose()
