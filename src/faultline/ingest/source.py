"""Opening inputs: files, directories and standard input, as peekable byte streams.

Readers never see paths; they get an ``Input`` whose stream they consume once,
so a file of several gigabytes is read in pieces, never loaded whole.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from faultline.records import Problem

HEAD_BYTES = 8192


@dataclass
class Input:
    """One opened input: its display name, a buffered stream and its size when known."""

    name: str
    stream: io.BufferedReader
    size: int | None

    def head(self) -> bytes:
        """The first bytes, without consuming them, for format detection."""
        return self.stream.peek(HEAD_BYTES)[:HEAD_BYTES]

    def close(self) -> None:
        if self.name != "-":
            self.stream.close()


def _buffered(raw: BinaryIO) -> io.BufferedReader:
    return raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw, HEAD_BYTES * 2)


def expand_paths(paths: list[str]) -> Iterator[str | Problem]:
    """Each path as given, directories walked recursively in a stable order.

    Hidden files and folders are skipped: they are editor and VCS litter, not news.
    """
    for path in paths:
        if path == "-":
            yield path
            continue
        p = Path(path)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield str(Path(root) / name)
        elif p.exists():
            yield path
        else:
            yield Problem(path, "no such file or directory")


def open_input(path: str) -> Input | Problem:
    """Open one path (or ``-`` for stdin), turning OS errors into a one-line problem."""
    if path == "-":
        return Input("-", _buffered(sys.stdin.buffer), None)
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed by Input.close
        size = os.fstat(raw.fileno()).st_size
    except IsADirectoryError:
        return Problem(path, "is a directory")
    except PermissionError:
        return Problem(path, "permission denied")
    except OSError as exc:
        return Problem(path, f"cannot open: {exc.strerror or exc}")
    return Input(path, _buffered(raw), size)
