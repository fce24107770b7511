"""Routes over stored records: health, articles, events, actors, the network and search."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from faultline import __version__
from faultline.actors.names import actor_name
from faultline.api.params import (
    DEFAULT_PAGE,
    Limit,
    Offset,
    Since,
    Until,
    article_id,
    date_range,
    event_filter,
)
from faultline.store import Store
from faultline.store.base import PERIODS, EventFilter

router = APIRouter(prefix="/api")
EventQuery = Annotated[EventFilter, Depends(event_filter)]


def run(request: Request, query):
    """Run a store query under the app's lock (see ``faultline.api.database``)."""
    return request.app.state.db.run(query)


@router.get("/health", summary="Is the server up, and what does its store hold?")
def health(request: Request) -> dict[str, Any]:
    db = request.app.state.db
    totals = db.run(lambda s: {"schema_version": s.schema_version(), **s.totals()})
    return {"status": "ok", "version": __version__, "database": db.url,
            "read_only": not db.writable, "ingest": request.app.state.token is not None,
            **totals}


@router.get("/articles", summary="Stored articles, oldest first (without their text).")
def list_articles(request: Request, since: Since = None, until: Until = None,
                  limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> dict[str, Any]:
    since, until = date_range(since, until)

    def query(s: Store) -> dict[str, Any]:
        return {"total": s.count_articles(since, until), "limit": limit, "offset": offset,
                "items": list(s.articles(since, until, limit, offset))}

    return run(request, query)


@router.get("/articles/{id}", summary="One article: text, restored text, spin, events.")
def get_article(request: Request, id: str) -> dict[str, Any]:
    """Everything the reader shows. Offsets of events (``char_span``) and of restoration
    changes (``start``, ``end``) all point into ``text``, the input as read."""
    wanted = article_id(id)

    def query(s: Store) -> dict[str, Any] | None:
        article = s.article(wanted)
        if article is None:
            return None
        restoration = s.restoration(wanted) or {}
        detail = restoration.get("detail") or {}
        events = s.events(EventFilter(article_id=wanted, include_historical=True))
        return {**article, "spin_score": restoration.get("spin_score"),
                "restored_text": restoration.get("restored_text"),
                "changes": detail.get("changes", []), "evidence": detail.get("evidence", []),
                "copy_of": s.original_of(wanted), "story": s.story_of(wanted),
                "events": events}

    found = run(request, query)
    if found is None:
        raise HTTPException(404, f"no article with id {wanted}")
    return found


@router.get("/events", summary="Stored events matching the filters, oldest first, paged.")
def list_events(request: Request, where: EventQuery) -> dict[str, Any]:
    def query(s: Store) -> dict[str, Any]:
        total, items = s.event_page(where)
        return {"total": total, "limit": where.limit, "offset": where.offset, "items": items}

    return run(request, query)


@router.get("/events/counts", summary="Real-world events per period and quad class.")
def event_counts(request: Request, where: EventQuery,
                 period: Annotated[str, Query(pattern="^(" + "|".join(PERIODS) + ")$",
                                              description="day, week, month or year.")]
                 = "month") -> list[dict[str, Any]]:
    return run(request, lambda s: s.event_counts(where, period))


@router.get("/actors", summary="Actors by the real-world events they took part in.")
def list_actors(request: Request, where: EventQuery,
                top: Annotated[int, Query(ge=1, le=1000)] = 200) -> list[dict[str, Any]]:
    rows = run(request, lambda s: s.actor_counts(where, top))
    return [{**r, "name": actor_name(r["actor"])} for r in rows]


@router.get("/network", summary="Who acts on whom: directed edges with cooperation and "
                                "conflict counts.")
def network(request: Request, where: EventQuery,
            top: Annotated[int, Query(ge=1, le=1000)] = 150) -> dict[str, Any]:
    edges = run(request, lambda s: s.actor_edges(where, top))
    keys = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    return {"nodes": [{"actor": k, "name": actor_name(k)} for k in keys], "edges": edges}


@router.get("/search", summary="Articles and events whose text contains the query.")
def search(request: Request,
           q: Annotated[str, Query(min_length=2, max_length=200, description="Words to find.")],
           limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict[str, Any]:
    text = q.strip()
    if len(text) < 2:
        raise HTTPException(422, "q: give at least two characters to search for")

    def query(s: Store) -> dict[str, Any]:
        return {"query": text, "articles": s.search_articles(text, limit),
                "events": s.search_events(text, limit)}

    return run(request, query)
