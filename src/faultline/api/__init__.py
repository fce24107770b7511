"""The HTTP face of faultline: a read-only JSON API over one store, and the dashboard.

``create_app`` builds a FastAPI application; ``faultline serve`` runs it with uvicorn.
Every route parses its parameters, calls the store or ``faultline.analysis`` and returns
the result: no logic a library caller would need lives here.
"""

from faultline.api.app import create_app

__all__ = ["create_app"]
