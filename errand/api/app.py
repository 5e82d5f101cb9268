"""The front door: Errand's HTTP API (for a shop's app and the web pages) and the web pages themselves.

The API talks to Temporal and the ledger, holds no private key and never approves anything itself: an
approval is the shopper's signature (or passkey assertion), verified here before it is signalled and again by
the errand and the wallet.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from errand.worker.settings import ErrandSettings

from . import docs, pages, passkeys, routes_chat, routes_errands, routes_more, routes_operator
from .errors import ApiError, api_error_handler, validation_error_handler
from .middleware import REGISTRY, RequestContext
from .service import ensure_kinds_registered
from .state import ApiState
from .store import ApiStore

STATIC = Path(__file__).parent / "static"

DESCRIPTION = """Errand's front door. Shoppers authenticate with a session cookie (after a passkey sign-in in the
web app) or `Authorization: Bearer <shopper API token>` (issued by the operator with `errand api-token issue`);
operator endpoints take the operator token. Every write needs an `Idempotency-Key` header: a replay returns
the first answer. A shopper sees and acts on their own errands only; another shopper's errand is a 404."""


def create_app(settings: ErrandSettings, *, store: ApiStore | None = None) -> FastAPI:
    """The API and web app for ``settings`` (its own store under ``settings.home`` unless one is given)."""
    ensure_kinds_registered()
    state = ApiState(settings=settings, store=store or ApiStore.under(settings.home))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        state.client = None
        if store is None:
            state.store.close()

    app = FastAPI(title="Errand", version="1", description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)  # FastAPI's docs load from a CDN: ours are served here

    app.state.api = state
    app.add_exception_handler(ApiError, api_error_handler)
    app.add_exception_handler(RequestValidationError, validation_error_handler)
    app.include_router(routes_errands.router)
    app.include_router(routes_chat.router)
    app.include_router(routes_more.router)
    app.include_router(routes_operator.router)
    app.include_router(passkeys.router)
    app.include_router(pages.router)
    app.include_router(docs.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/docs/assets", docs.assets(), name="docs-assets")

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    app.add_middleware(RequestContext)
    return app
