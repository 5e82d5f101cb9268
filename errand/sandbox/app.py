"""The sandbox ASGI app: merchant (UCP) at the root, wallet, courier and admin beside it.

Every operator lever (``/admin/...`` but the health check, ``/courier/admin/...``, ``/courier/pickups/admin/...``,
``/stores/admin/...``, webhook subscriptions) needs the operator token (``sandbox.auth.require_operator``); in
production the sandbox also belongs behind TLS, and its admin paths need not be routed from outside at all.
"""

from __future__ import annotations

import threading
from functools import partial
from typing import Any

from fastapi import APIRouter, FastAPI

from errand.sandbox.admin.fault_profile import FaultSettings
from errand.sandbox.admin.faults import FaultBook, faults_router
from errand.sandbox.admin.listener import AdminOnlyOnItsPort
from errand.sandbox.aftersales import aftersales_admin_router, aftersales_router
from errand.sandbox.common.auth import Credentials, load_or_create_token
from errand.sandbox.common.errors import ErrorBoundary, install_handlers
from errand.sandbox.common.idempotency import IdempotencyMiddleware
from errand.sandbox.common.limits import BodyLimit
from errand.sandbox.common.observability import instrument
from errand.sandbox.common.outbound import WebhookSettings
from errand.sandbox.courier.api import courier_router
from errand.sandbox.courier.pickups import pickups_router
from errand.sandbox.courier.shipped import queue_shipped_orders
from errand.sandbox.datasets import descriptor
from errand.sandbox.db import make_engine
from errand.sandbox.merchant.api import merchant_router
from errand.sandbox.merchant.hooks import testing_router
from errand.sandbox.merchant.identity import identity_router
from errand.sandbox.merchant.identity_server import linked_caller
from errand.sandbox.merchant.order_events import order_events_lifespan
from errand.sandbox.merchant.prices import price_admin_router, price_router
from errand.sandbox.merchant.query import segment
from errand.sandbox.migrations import create_schema
from errand.sandbox.returns.api import returns_admin_router, returns_router, support_router
from errand.sandbox.returns.decisions import decisions_admin_router, decisions_router
from errand.sandbox.settings import SandboxSettings
from errand.sandbox.stores.api import stores_router
from errand.sandbox.wallet.api import wallet_router
from errand.sandbox.wallet.keys import wallet_keys_router
from errand.sandbox.wallet.mandates import mandates_router
from errand.sandbox.wallet.payees import payee_caller, payees_router
from errand.sandbox.wallet.payment_methods import payment_methods_router
from errand.sandbox.wallet.sign_in import sign_in_router


def _admin_router() -> APIRouter:
    """``/admin``: the health check is open (probes); everything else there needs the operator token."""
    router = APIRouter()

    @router.get("/health")
    async def health() -> dict[str, Any]:
        return {"status": "ok"}

    router.include_router(faults_router())
    return router


def create_app(settings: SandboxSettings) -> FastAPI:
    """Build the sandbox app over ``settings.db_path`` (the schema is created if missing, never seeded)."""
    engine = make_engine(settings.db_path)
    create_schema(engine)
    # jieba reads its dictionary (~1 s) on first use: load it beside the start, so neither the start nor the
    # first Chinese query waits for it.
    threading.Thread(target=segment, args=("预热",), name="segmenter-warmup", daemon=True).start()
    # The lifespan runs the order-webhook dispatcher on the server's loop while the app is served.
    app = FastAPI(title="Errand sandbox", version="1", lifespan=order_events_lifespan)
    app.state.settings = settings
    app.state.dataset = descriptor(settings.dataset)
    app.state.guest_checkout = app.state.dataset.guest_checkout
    app.state.credentials = Credentials(
        operator=load_or_create_token(settings.home, "operator", settings.operator_token),
        platform=load_or_create_token(settings.home, "platform", settings.platform_token),
        merchant=load_or_create_token(settings.home, "merchant", settings.merchant_token),
        merchant_id=settings.merchant_id)
    app.state.engine = engine
    app.state.faults = FaultBook(FaultSettings().profile())
    app.state.webhook_settings = WebhookSettings()
    # The order-webhook dispatcher also queues order_shipped for parcels the courier has shipped.
    app.state.look_for_shipped = partial(queue_shipped_orders, step_seconds=settings.courier_step_seconds,
                                         base_url=settings.public_base_url)
    # A bearer token the role credentials do not know may be an access token of a linked account.
    app.state.linked_caller = linked_caller
    app.state.payee_caller = payee_caller  # merchants served elsewhere that this wallet pays
    install_handlers(app)
    app.include_router(merchant_router())
    if settings.testing_hooks or settings.simulation_secret:
        app.include_router(testing_router(order_updates=settings.testing_hooks,
                                          shipping_simulation=bool(settings.simulation_secret)))
    app.include_router(identity_router(settings.home))
    app.include_router(wallet_router(), prefix="/wallet")
    app.include_router(payees_router(), prefix="/admin/wallet")  # the operator's: registering merchants
    app.include_router(mandates_router(), prefix="/wallet/mandates")
    app.include_router(wallet_keys_router())
    app.include_router(sign_in_router())  # a passkey sign-in, verified where the credential is kept
    app.include_router(price_router())
    app.include_router(price_admin_router(), prefix="/admin/prices")
    app.include_router(pickups_router(), prefix="/courier/pickups")
    app.include_router(courier_router(), prefix="/courier")
    app.include_router(returns_router(), prefix="/returns")
    app.include_router(support_router(), prefix="/support")
    app.include_router(returns_admin_router(), prefix="/admin/returns")
    app.include_router(decisions_admin_router(), prefix="/admin/returns")
    app.include_router(decisions_router(), prefix="/returns")
    app.include_router(stores_router(), prefix="/stores")
    app.include_router(aftersales_router(), prefix="/aftersales")
    app.include_router(aftersales_admin_router(), prefix="/admin/aftersales")
    app.include_router(payment_methods_router())
    app.include_router(_admin_router(), prefix="/admin")
    app.add_middleware(IdempotencyMiddleware, engine=engine)
    if settings.admin_port is not None:
        app.add_middleware(AdminOnlyOnItsPort, port=settings.admin_port)
    app.add_middleware(BodyLimit)
    app.add_middleware(ErrorBoundary)
    instrument(app)  # /metrics, request counts and log fields outermost; server spans when tracing is on
    return app
