"""The one write route, registered only when the server is started with a token.

``POST /api/ingest`` takes an input file as the request body (any format ``faultline
ingest`` reads) and runs the same pipeline on it; a request without the token's
``Authorization: Bearer`` header is refused before the body is read.
"""

from __future__ import annotations

import re
import secrets
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request

from faultline.api.params import invalid
from faultline.api.records import run
from faultline.records import FORMATS, ReadOptions
from faultline.store import Store

if TYPE_CHECKING:  # the pipeline loads the language model: only when ingesting
    from faultline.pipeline import IngestReport

#: Largest request body accepted: an upload is a batch of articles, not an archive.
MAX_BODY = 20_000_000
SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")

router = APIRouter(prefix="/api")


def require_token(request: Request,
                  authorization: Annotated[str | None, Header()] = None) -> None:
    """Refuse the request unless it carries the server's token (compared in constant time)."""
    expected = request.app.state.token
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(given.encode(),
                                                                expected.encode()):
        raise HTTPException(401, "ingest needs the server's token: send "
                                 "'Authorization: Bearer TOKEN'",
                            headers={"WWW-Authenticate": "Bearer"})


@router.post("/ingest", dependencies=[Depends(require_token)],
             summary="Read, restore, code and store the articles in the request body.")
async def ingest(
    request: Request,
    format: Annotated[str, Query(description="Input format, or auto.")] = "auto",
    on_date: Annotated[date | None, Query(alias="date", description="Date for undated "
                                                                    "inputs.")] = None,
    name: Annotated[str, Query(max_length=100, description="A name for the upload, shown "
                                                           "in problems.")] = "upload",
) -> dict[str, Any]:
    if format != "auto" and format not in FORMATS:
        raise invalid("format", f"{format!r} is not one of auto, {', '.join(FORMATS)}")
    body = await request.body()
    if len(body) > MAX_BODY:
        raise HTTPException(413, f"the body has {len(body)} bytes; at most {MAX_BODY}")
    if not body.strip():
        raise HTTPException(422, "the body is empty: send the articles to ingest")
    options = ReadOptions(format=format, date=on_date)
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(_ingest, request, body, SAFE_NAME.sub("_", name), options)


def _ingest(request: Request, body: bytes, name: str, options: ReadOptions) -> dict[str, Any]:
    """Run the pipeline on the body, written to a temporary file the readers can open."""
    with tempfile.TemporaryDirectory(prefix="faultline-upload-") as folder:
        path = Path(folder) / name
        path.write_bytes(body)
        report = run(request, lambda s: _ingest_and_refresh(s, str(path), options))
    return {"read": report.read, "stored": report.stored, "duplicates": report.duplicates,
            "events": report.events, "errors": [p.line() for p in report.errors],
            "warnings": [p.line() for p in report.warnings]}


def _ingest_and_refresh(store: Store, path: str, options: ReadOptions) -> IngestReport:
    """Ingest, then recompute the stored treaty obligations (they are derived from all
    stored events), so /api/obligations reflects what was just added."""
    from faultline import pipeline
    from faultline.analysis.treaties import refresh_obligations

    report = pipeline.ingest([path], store, options)
    if report.stored:
        refresh_obligations(store)
    return report
