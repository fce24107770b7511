"""Knowledge shipped with faultline: readable data files, each naming its sources.

Every table is a TSV file whose leading ``#`` lines say what it holds and where
the facts come from, followed by one header row. Code reads them through
``read_table`` so a new country, office-holder or pattern is a data change.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable


def data_file(relpath: str) -> Traversable:
    """A file under ``faultline/data`` by its relative path."""
    node = resources.files("faultline") / "data"
    for part in relpath.split("/"):
        node = node / part
    return node


@lru_cache(maxsize=64)
def read_table(relpath: str) -> tuple[dict[str, str], ...]:
    """Rows of a bundled TSV table as dicts keyed by its header; comments skipped."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in data_file(relpath).read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append({h: c.strip() for h, c in zip(header, cells, strict=False)})
    return tuple(rows)


def split_list(cell: str) -> list[str]:
    """A ``|``-separated list cell as a list, empty cells as an empty list."""
    return [item.strip() for item in cell.split("|") if item.strip()]
