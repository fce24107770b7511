"""The application factory: one store, the JSON routes, the dashboard's pages and assets."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from faultline import __version__
from faultline.api import analysis, ingest, records
from faultline.api.database import Database

WEB = Path(__file__).resolve().parent.parent / "web"

#: Dashboard paths: each view has its own URL, so a view can be shared by copying it.
#: They all serve the same page; its script reads the path and query string.
PAGES = ("/", "/events", "/articles", "/articles/{id}", "/dyads", "/dyads/{pair}",
         "/dyads/{a}/{b}",
         "/network", "/search", "/obligations", "/api-docs")


def create_app(db_url: str, token: str | None = None,
               cors_origins: Sequence[str] = ()) -> FastAPI:
    """The faultline API and dashboard over the store at ``db_url``.

    Read-only unless ``token`` is given: then the store is opened for writing and
    ``POST /api/ingest`` accepts requests carrying that token. CORS stays off unless
    ``cors_origins`` names the origins allowed to call the API from a browser.
    """
    db = Database(db_url, writable=token is not None)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        db.close()

    app = FastAPI(title="faultline", version=__version__, lifespan=lifespan,
                  description="Coded political events from news articles: articles, "
                              "events, actors, dyad tension, alerts and treaty obligations.")
    app.state.db, app.state.token = db, token
    app.add_exception_handler(RequestValidationError, validation_error)
    app.include_router(records.router)
    app.include_router(analysis.router)
    if token is not None:
        app.include_router(ingest.router)
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins),
                           allow_methods=["GET", "POST"] if token else ["GET"],
                           allow_headers=["Authorization"])
    add_dashboard(app)
    return app


async def validation_error(request: Request, exc: Exception) -> JSONResponse:
    """FastAPI's 422, with one readable line per bad parameter first ("since: Input should
    be a valid date ...") and the structured errors after it."""
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    lines = [f"{err['loc'][-1]}: {err['msg']}" + (f" (got {err['input']!r})"
                                                  if "input" in err else "")
             for err in errors]
    return JSONResponse({"detail": "; ".join(lines) or "invalid request",
                         "errors": [{"loc": list(e["loc"]), "msg": e["msg"]} for e in errors]},
                        status_code=422)


def add_dashboard(app: FastAPI) -> None:
    """Serve the single page at every dashboard path, and its assets under /static."""
    index = WEB / "index.html"

    def page() -> FileResponse:
        return FileResponse(index, media_type="text/html")

    for path in PAGES:
        app.add_api_route(path, page, methods=["GET"], include_in_schema=False)
    app.mount("/static", StaticFiles(directory=WEB), name="static")
