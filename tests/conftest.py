"""Shared fixtures: paths to the read-only development data and small inputs we write."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_2c7af3ca7fc637e9.txt"


@pytest.fixture(scope="module")
def resolver():
    """The actor resolver over the bundled knowledge base, one per test module (its fuzzy
    cache starts empty in each)."""
    from faultline.actors.resolver import Resolver

    return Resolver()


def faultline_bin() -> str:
    """The installed console script beside this interpreter (the real CLI, not a shim)."""
    candidate = Path(sys.executable).with_name("faultline")
    return str(candidate) if candidate.exists() else shutil.which("faultline") or "faultline"


def run_cli(*args: str, stdin: str | None = None, cwd: Path | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the faultline CLI as a user would, capturing its output and exit status."""
    full_env = {**os.environ, "COLUMNS": "200", **(env or {})}
    return subprocess.run([faultline_bin(), *args], input=stdin, capture_output=True, text=True,
                          cwd=cwd, env=full_env, timeout=600)


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def seed() -> Path:
    if not SEED.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    return SEED


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def make_warc(pages: list[tuple[str, str, str]]) -> bytes:
    """A gzipped WARC archive of (url, content type, body) responses."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, content_type, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                   protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()),
                                           http_headers=headers)
        writer.write_record(record)
    return buffer.getvalue()


DATED_ARTICLE = (
    " date 2022-01-06 Troops from the CSTO arrive in Kazakhstan\n\n"
    "The first units of a peacekeeping force sent by the Collective Security Treaty "
    "Organization landed in Kazakhstan on Thursday, a day after President Kassym-Jomart "
    "Tokayev asked the Russian-led bloc for help to put down unrest.\n\n"
    "Russian paratroopers were among the first to arrive, the defence ministry in Moscow said.\n"
)

PLAIN_ARTICLE = (
    "Finland becomes NATO's newest member\n\n"
    "Finland joined the North Atlantic Treaty Organization on Tuesday, doubling the "
    "alliance's land border with Russia. The foreign minister handed the accession papers "
    "to the United States in Brussels, and the Kremlin said it would take counter-measures.\n"
)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """A DuckDB file built by the real pipeline from the bundled demo corpus (and the spun
    seed, when ../shared is there), shared by the API and dashboard tests."""
    from faultline.data import data_file

    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    inputs = [str(data_file("demo"))] + ([str(SEED)] if SEED.exists() else [])
    done = run_cli("ingest", *inputs, "--db", str(path), "--quiet")
    assert done.returncode == 0, done.stderr
    computed = run_cli("obligations", "--db", str(path), "--format", "jsonl")
    assert computed.returncode == 0, computed.stderr
    return path
# -- a throwaway PostgreSQL server, and every store test on both backends -----------------

PG_SCRIPT = REPO / "scripts" / "pg-throwaway.sh"


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _missing(reason: str) -> None:
    """A part of the test set-up that is not installed: fatal under CI, a skip elsewhere."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_server():
    """The URL of a PostgreSQL cluster started for this test session (scripts/pg-throwaway.sh)
    and stopped after it. Without the server binaries: a failure under CI, a skip elsewhere."""
    import tempfile

    try:
        import psycopg  # noqa: F401
    except ImportError:
        _missing("psycopg is not installed (pip install -e '.[dev]')")
    folder = tempfile.mkdtemp(prefix="faultline-pg-")
    started = subprocess.run(["bash", str(PG_SCRIPT), "start", folder, str(_free_port())],
                             capture_output=True, text=True, timeout=180)
    if started.returncode != 0:
        subprocess.run(["bash", str(PG_SCRIPT), "stop", folder], capture_output=True)
        message = f"cannot start a throwaway PostgreSQL: {started.stderr.strip()}"
        if started.returncode == 3:
            _missing(message)
        pytest.fail(message)
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run(["bash", str(PG_SCRIPT), "stop", folder], capture_output=True,
                       timeout=120)


@pytest.fixture
def pg_url(postgres_server: str, request) -> str:
    """A new, empty database on the session's server, for one test."""
    import re
    import uuid

    import psycopg

    name = "t_" + re.sub(r"\W", "_", request.node.name.lower())[:40] + "_" + uuid.uuid4().hex[:8]
    with psycopg.connect(postgres_server, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    return postgres_server.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["duckdb", "postgresql"])
def db_url(request, tmp_path: Path) -> str:
    """A fresh database on each backend in turn: a DuckDB file, then a PostgreSQL database."""
    if request.param == "duckdb":
        return str(tmp_path / "test.duckdb")
    return request.getfixturevalue("pg_url")
