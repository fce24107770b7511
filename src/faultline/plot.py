"""Pictures of a series: a unicode sparkline for the terminal and a PNG file via matplotlib.

matplotlib is optional (the ``plot`` extra); only the PNG needs it, and its absence is
reported as ``PlotUnavailable`` so the CLI can say so in one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

BLOCKS = "▁▂▃▄▅▆▇█"


class PlotUnavailable(RuntimeError):
    """matplotlib is not installed."""


def sparkline(values: Sequence[float]) -> str:
    """One block character per value, scaled from zero to the largest value."""
    top = max(values, default=0)
    if top <= 0:
        return BLOCKS[0] * len(values)
    steps = len(BLOCKS) - 1
    return "".join(BLOCKS[round(max(v, 0) / top * steps)] for v in values)


def save_series_png(series: Sequence[dict[str, Any]], path: str | Path, title: str) -> Path:
    """Plot conflictual and cooperative reports per day (bars) and tension (line) to a PNG."""
    try:
        import matplotlib
    except ImportError as exc:
        raise PlotUnavailable("png output needs matplotlib: pip install 'faultline[plot]'") \
            from exc
    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    days = [row["day"] for row in series]
    conflict = [row["q3"] + row["q4"] for row in series]
    cooperation = [row["q1"] + row["q2"] for row in series]
    fig, counts = plt.subplots(figsize=(10, 4))
    try:
        counts.bar(days, cooperation, color="#8fb8de", label="cooperative reports")
        counts.bar(days, conflict, bottom=cooperation, color="#e8a87c",
                   label="conflictual reports")
        counts.set_ylabel("reports per day")
        index = counts.twinx()
        index.plot(days, [row["tension"] for row in series], color="#b22222", marker=".",
                   label="tension")
        index.set_ylabel("tension (0-10)")
        index.set_ylim(bottom=0)
        counts.set_title(title)
        counts.legend(loc="upper left")
        fig.autofmt_xdate()
        fig.tight_layout()
        fig.savefig(path, dpi=100)
    finally:
        plt.close(fig)
    return Path(path)
