"""The worker process: Errand's workflows and activities on one task queue."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

from temporalio.client import Client
from temporalio.worker import Worker
from temporalio.worker.workflow_sandbox import SandboxedWorkflowRunner, SandboxRestrictions

from errand.activities.aftersales import AftersalesActivities
from errand.activities.commerce import CommerceActivities
from errand.activities.conversation import ConversationActivities
from errand.activities.delivery import DeliveryActivities
from errand.activities.ledger import LedgerActivities
from errand.activities.payment_methods import PaymentMethodActivities
from errand.activities.planner import PlannerActivities
from errand.activities.policy import PolicyActivities
from errand.activities.price_watch import PriceWatchActivities
from errand.activities.reconcile import ReconcileActivities
from errand.activities.returns import ReturnActivities
from errand.activities.stores import StoreActivities
from errand.connectors import MerchantClient, WalletClient
from errand.connectors._http import add_trace_config
from errand.connectors.aftersales import AftersalesClient
from errand.connectors.couriers import CourierDirectory, RoutedCourier
from errand.connectors.delivery import DeliveryClient
from errand.connectors.directory import MerchantDirectory
from errand.connectors.identity import ShopperLinks
from errand.connectors.mandates import MandateClient
from errand.connectors.payment_tokens import TokenSource
from errand.connectors.prices import PriceClient
from errand.connectors.returns import ReturnsClient
from errand.connectors.stores import StoresClient
from errand.ledger import Ledger
from errand.planner import open_planner
from errand.planner.vision import open_vision_check
from errand.workflows import ALL_WORKFLOWS

from .client import connect
from .interceptors import NullSignalInterceptor
from .metrics import (
    MetricsInterceptor,
    backend_error_trace_config,
    count_ledger_row,
    metrics_listener,
    temporal_runtime,
)
from .platform_profile import write_platform_profile
from .settings import ErrandSettings
from .telemetry import TelemetrySettings, worker_tracing_interceptors


def workflow_runner() -> SandboxedWorkflowRunner:
    """The workflow sandbox, with the pure libraries our domain code uses passed through.

    ``cryptography`` verifies approval signatures inside workflows; its Rust core imports Python modules
    lazily, which must not be re-imported per workflow run. ``webauthn`` (with the CBOR and ASN.1 readers it
    uses) checks passkey approvals there.
    """
    # Our own workflow modules pass through as well: they hold no module-level mutable state, and
    # re-importing the whole `errand.workflows` package for every workflow instance the cache creates was the
    # worker's main cost (CPU and memory) with thousands of long-lived price watches. The sandbox's
    # restricted-call checks then no longer wrap our workflow code; the replay corpus guards determinism.
    return SandboxedWorkflowRunner(
        restrictions=SandboxRestrictions.default.with_passthrough_modules(
            "cryptography", "errand.domain", "pydantic", "errand.workflows", "webauthn", "cbor2", "OpenSSL",
            "pyasn1", "pyasn1_modules")
    )


@contextlib.asynccontextmanager
async def errand_worker(client: Client, settings: ErrandSettings, *, task_queue: str | None = None,
                        max_concurrent_activities: int = 200) -> AsyncIterator[Worker]:
    """A running worker with connectors and the ledger opened, closed again on exit."""
    async with contextlib.AsyncExitStack() as stack:
        worker = Worker(
            client,
            task_queue=task_queue or settings.task_queue,
            workflows=ALL_WORKFLOWS,
            workflow_runner=workflow_runner(),
            interceptors=[NullSignalInterceptor(), MetricsInterceptor(), *worker_tracing_interceptors(client)],
            activities=await _activities(settings, stack),
            max_concurrent_activities=max_concurrent_activities,
        )
        async with worker:
            yield worker


async def open_merchants(settings: ErrandSettings, home: MerchantClient,
                         stack: contextlib.AsyncExitStack) -> tuple[MerchantDirectory, TokenSource]:
    """The merchants errands buy from (the sandbox's client reused for its URL; no other merchant is sent
    the platform's sandbox credential), and Errand's platform profile written where ``profile_url`` says."""
    write_platform_profile(settings)
    tokens = TokenSource(settings.payment_tokens, settings.token_binding_key)
    home.token_handlers = tokens.handlers
    clients = [home if url == settings.sandbox_url.rstrip("/") else await stack.enter_async_context(
        MerchantClient(url, profile_url=settings.profile_url, token_handlers=tokens.handlers,
                       token=settings.merchant_tokens.get(url, ""),  # what that merchant issued the platform
                       timeout=settings.merchant_search_timeout_seconds * 2)) for url in settings.merchant_urls]
    directory = MerchantDirectory(clients, search_timeout=settings.merchant_search_timeout_seconds)
    await directory.discover()
    return directory, tokens


async def open_couriers(settings: ErrandSettings, home: DeliveryClient,
                        stack: contextlib.AsyncExitStack) -> CourierDirectory:
    """Every merchant's courier (``<merchant base>/courier``), the sandbox's first: a parcel is followed at
    the courier of the merchant that shipped it, asked with the credential that merchant issued the platform."""
    home_url = settings.sandbox_url.rstrip("/")
    others = [await stack.enter_async_context(DeliveryClient(
        f"{url}/courier", token=settings.merchant_tokens.get(url, ""),
        timeout=settings.merchant_search_timeout_seconds * 2)) for url in settings.merchant_urls if url != home_url]
    return CourierDirectory([home, *others])


async def _activities(settings: ErrandSettings, stack: contextlib.AsyncExitStack) -> list[Any]:
    """Every activity the worker serves, bound to clients that ``stack`` closes on exit.

    One place to register activities: each errand kind adds its activity set here.
    """
    ledger = Ledger(settings.ledger_url)
    stack.callback(ledger.close)
    add_trace_config(backend_error_trace_config)  # backend errors by merchant and route, on /metrics
    token = settings.platform_token  # every backend call is the platform's, scoped to its credential
    merchant = await stack.enter_async_context(MerchantClient(settings.sandbox_url, token=token,
                                                              profile_url=settings.profile_url))
    directory, tokens = await open_merchants(settings, merchant, stack)
    wallet = await stack.enter_async_context(WalletClient(f"{settings.sandbox_url}/wallet", token=token))
    delivery = await stack.enter_async_context(DeliveryClient(f"{settings.sandbox_url}/courier", token=token))
    couriers = await open_couriers(settings, delivery, stack)
    # The commerce activities read shipments through it, each at the courier that carries it.
    courier = await stack.enter_async_context(RoutedCourier(couriers))
    stores = await stack.enter_async_context(StoresClient(f"{settings.sandbox_url}/stores", token=token))
    return [
        *CommerceActivities(merchant, wallet, courier, stores=stores, delivery=delivery, directory=directory,
                            tokens=tokens, links=ShopperLinks(settings.home), ledger=ledger).all(),
        *ReconcileActivities(merchant, wallet, directory=directory).all(),
        *PaymentMethodActivities(wallet).all(),
        LedgerActivities(ledger, on_written=count_ledger_row).record_ledger,
        *DeliveryActivities(couriers).all(),
        PolicyActivities(wallet).spent_today,
        ConversationActivities().errand_snapshot,
        PlannerActivities(await stack.enter_async_context(open_planner(settings))).plan_errand,
        *ReturnActivities(await stack.enter_async_context(ReturnsClient(settings.sandbox_url, token=token)),
                          vision=await stack.enter_async_context(open_vision_check(settings))).all(),
        *PriceWatchActivities(
            merchant, await stack.enter_async_context(PriceClient(settings.sandbox_url, token=token)),
            await stack.enter_async_context(MandateClient(f"{settings.sandbox_url}/wallet", token=token))).all(),
        *StoreActivities(stores).all(),
        *AftersalesActivities(await stack.enter_async_context(AftersalesClient(settings.sandbox_url, token=token)),
                             wallet).all(),
    ]


async def run_worker(settings: ErrandSettings, stop: asyncio.Event | None = None) -> None:
    """Run until ``stop`` is set (or forever); with ``ERRAND_METRICS_PORT``, serving ``/metrics`` meanwhile."""
    async with contextlib.AsyncExitStack() as stack:
        runtime, telemetry = None, TelemetrySettings()
        if port := telemetry.metrics_port:
            temporal_port = telemetry.temporal_metrics_port or port + 1
            runtime = temporal_runtime(temporal_port)
            await stack.enter_async_context(metrics_listener(
                port, telemetry.metrics_host, f"http://127.0.0.1:{temporal_port}/metrics"))
        client = await connect(settings, runtime=runtime)
        async with errand_worker(client, settings):
            await (stop or asyncio.Event()).wait()
