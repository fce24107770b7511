"""Versioned schema migrations: numbered SQL files applied once each, in order.

The SQL is written to run unchanged on DuckDB and PostgreSQL, so both backends
share one schema history.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str

    def statements(self) -> list[str]:
        """The file's statements, comments dropped (one driver call each)."""
        lines = [ln for ln in self.sql.splitlines() if not ln.strip().startswith("--")]
        return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def all_migrations() -> list[Migration]:
    """Every migration shipped with the package, oldest first."""
    folder = resources.files("faultline.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text("utf-8")))
    return sorted(found, key=lambda m: m.version)
