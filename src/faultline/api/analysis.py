"""Routes over what ``faultline.analysis`` computes: dyad series, top dyads, alerts and
treaty obligations. Each one calls the library function and returns its rows."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from faultline.actors.names import actor_name
from faultline.api.params import Since, Until, actor_code, date_range
from faultline.api.records import run

router = APIRouter(prefix="/api")


def analysis(module: str, name: str) -> Callable[..., Any]:
    """A function of ``faultline.analysis``, or a 501 saying this build lacks it."""
    try:
        return getattr(import_module(f"faultline.analysis.{module}"), name)
    except (ImportError, AttributeError) as exc:
        raise HTTPException(501, f"faultline.analysis.{module}.{name} is not available "
                                 "in this build") from exc


@router.get("/dyads", summary="The most active pairs of actors, with their tension.")
def dyads(request: Request, since: Since = None, until: Until = None,
          limit: Annotated[int, Query(ge=1, le=200)] = 20) -> list[dict[str, Any]]:
    top_dyads = analysis("tension", "top_dyads")
    since, until = date_range(since, until)
    rows = run(request, lambda s: top_dyads(s, since=since, until=until, limit=limit))
    return [{**r, "a_name": actor_name(r["a"]), "b_name": actor_name(r["b"])} for r in rows]


@router.get("/dyads/{a}/{b}/series", summary="Daily Goldstein and tension series of a pair.")
def dyad_series(request: Request, a: str, b: str, since: Since = None, until: Until = None,
                directed: Annotated[bool, Query(description="Only events from a to b.")]
                = False) -> dict[str, Any]:
    series = analysis("tension", "dyad_series")
    a, b = actor_code(a, "a"), actor_code(b, "b")
    since, until = date_range(since, until)
    rows = run(request, lambda s: series(s, a, b, since=since, until=until, directed=directed))
    return {"a": a, "b": b, "a_name": actor_name(a), "b_name": actor_name(b),
            "directed": directed, "series": rows}


@router.get("/alerts", summary="Days when a pair's tension rose well above its baseline.")
def alerts(request: Request, since: Since = None, until: Until = None,
           limit: Annotated[int, Query(ge=1, le=500)] = 100) -> list[dict[str, Any]]:
    """Newest first, so the latest alerts lead the list."""
    find_alerts = analysis("alerts", "find_alerts")
    since, until = date_range(since, until)
    rows = run(request, lambda s: find_alerts(s, since=since, until=until))
    rows = sorted(rows, key=lambda r: (str(r["day"]), r["score"]), reverse=True)[:limit]
    return [{**r, "a_name": actor_name(r["a"]), "b_name": actor_name(r["b"])} for r in rows]


@router.get("/obligations", summary="Events that engage a treaty commitment of their actors.")
def obligations(request: Request, since: Since = None,
                until: Until = None) -> list[dict[str, Any]]:
    find = analysis("treaties", "obligations")
    since, until = date_range(since, until)
    return run(request, lambda s: find(s, since=since, until=until))
