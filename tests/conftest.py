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
