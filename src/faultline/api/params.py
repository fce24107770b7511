"""Query parameters shared by several routes, checked before any query runs.

Each check turns a bad value into a 422 whose message names the parameter and says what
was expected, so a client (or an analyst typing a URL) can fix the request.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from fastapi import HTTPException, Query

from faultline.store.base import EventFilter

#: Hard cap on any page of results: a client cannot ask the server for everything at once.
MAX_PAGE = 500
DEFAULT_PAGE = 50

ACTOR = re.compile(r"^[A-Z0-9]{2,12}$")
CAMEO = re.compile(r"^\d{1,4}$")
ARTICLE_ID = re.compile(r"^[0-9a-f]{8,64}$")


def invalid(param: str, message: str) -> HTTPException:
    """A 422 naming the parameter, in the shape FastAPI gives its own validation errors."""
    return HTTPException(422, f"{param}: {message}")


def actor_code(value: str, param: str = "actor") -> str:
    """An ISO3 country code or an organisation key (ARM, CSTO), case folded to upper."""
    code = value.strip().upper()
    if not ACTOR.match(code):
        raise invalid(param, f"{value!r} is not an actor code (an ISO3 country code such as "
                             "ARM or an organisation key such as CSTO)")
    return code


def dyad_pair(value: str) -> tuple[str, str]:
    """Two actor codes separated by a comma (ARM,AZE)."""
    parts = value.split(",")
    if len(parts) != 2:
        raise invalid("dyad", f"{value!r} is not two actor codes separated by a comma "
                              "(e.g. ARM,AZE)")
    return actor_code(parts[0], "dyad"), actor_code(parts[1], "dyad")


def date_range(since: date | None, until: date | None) -> tuple[date | None, date | None]:
    if since and until and since > until:
        raise invalid("since", f"{since} is after until ({until})")
    return since, until


def article_id(value: str) -> str:
    if not ARTICLE_ID.match(value):
        raise invalid("id", f"{value!r} is not an article id (lower-case hexadecimal)")
    return value


Since = Annotated[date | None, Query(description="On or after this day (YYYY-MM-DD).")]
Until = Annotated[date | None, Query(description="On or before this day (YYYY-MM-DD).")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size (at most {MAX_PAGE}).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]


def event_filter(
    actor: Annotated[str | None, Query(description="Country (ISO3) or organisation key on "
                                                   "either side.")] = None,
    dyad: Annotated[str | None, Query(description="Two actors, either direction: ARM,AZE.")]
    = None,
    cameo: Annotated[str | None, Query(description="CAMEO code prefix (e.g. 19 or 112).")]
    = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="Quad class: 1 verbal "
                                      "cooperation ... 4 material conflict.")] = None,
    since: Since = None,
    until: Until = None,
    historical: Annotated[bool, Query(description="Also background events (\"last year's "
                                                  "war\").")] = False,
    article: Annotated[str | None, Query(description="Only this article's events.")] = None,
    limit: Limit = DEFAULT_PAGE,
    offset: Offset = 0,
) -> EventFilter:
    """The event filter of a request (a FastAPI dependency)."""
    if cameo is not None and not CAMEO.match(cameo):
        raise invalid("cameo", f"{cameo!r} is not a CAMEO code prefix (1 to 4 digits)")
    since, until = date_range(since, until)
    return EventFilter(
        actor=actor_code(actor) if actor else None,
        dyad=dyad_pair(dyad) if dyad else None,
        cameo=cameo, quad_class=quad, since=since, until=until,
        include_historical=historical,
        article_id=article_id(article) if article else None, limit=limit, offset=offset)
