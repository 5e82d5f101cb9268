"""What the CLI does with errands: start, read, approve, reject. Shared by the commands and the demo.

Every failure a person can cause or meet (bad sentence, unknown shopper, sandbox down, nothing to approve)
becomes a ``CliError`` with one clear line; the command prints it without a traceback.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from pydantic import ValidationError
from temporalio.client import Client, WorkflowExecutionStatus, WorkflowHandle
from temporalio.service import RPCError, RPCStatusCode

from errand.connectors import BackendError, BackendUnavailable, MerchantClient, WalletClient
from errand.connectors._http import path_segment
from errand.domain.approval import quote_digest
from errand.domain.mandate_ap2 import approve_quote
from errand.domain.models import BuyIntent, ErrandStatus, ErrandStatusBase, Quote, Rejection
from errand.domain.money import format_minor
from errand.domain.payment import methods_from, resolve_method
from errand.domain.policy import KillSwitch, caps_from_settings
from errand.domain.sentence import SentenceNotUnderstood, parse_buy_sentence
from errand.worker.client import connect
from errand.worker.settings import ErrandSettings
from errand.workflows import BuyRequest, BuyWorkflow

from .keystore import KeyStore, KeyStoreError, StoredKey
from .kinds import kind_of

StatusT = TypeVar("StatusT", bound=ErrandStatusBase)


class CliError(Exception):
    """A one-line message for the person at the terminal."""


async def connect_client(settings: ErrandSettings) -> Client:
    try:
        return await connect(settings)
    except RuntimeError as exc:
        raise CliError(f"Temporal is not reachable at {settings.temporal_address}; start the stack with "
                       "`errand up`") from exc


def summary_of(intent: BuyIntent) -> str:
    cap = ""
    if intent.max_unit_price is not None:
        cap = f" under {format_minor(intent.max_unit_price, intent.currency)} each"
    elif intent.max_total is not None:
        cap = f" under {format_minor(intent.max_total, intent.currency)} in total"
    return f"buy {intent.quantity}× {intent.query}{cap} for {intent.shopper_id}, to {intent.address_label}"


async def check_shopper(settings: ErrandSettings, intent: BuyIntent) -> None:
    """Refuse before starting a workflow when the shopper or address is unknown or the sandbox is down."""
    try:
        async with MerchantClient(settings.sandbox_url, token=settings.platform_token) as merchant:
            buyer = await merchant.get_buyer(intent.shopper_id)
    except BackendUnavailable as exc:
        raise CliError(f"the sandbox at {settings.sandbox_url} is not answering ({exc}); "
                       "start the stack with `errand up`") from exc
    except BackendError as exc:
        if exc.status == 404:
            raise CliError(f"unknown shopper “{intent.shopper_id}”") from exc
        raise CliError(f"the merchant refused: {exc}") from exc
    labels = [a.label for a in buyer.addresses]
    if intent.address_label not in labels:
        raise CliError(f"{intent.shopper_id} has no “{intent.address_label}” address (has: {', '.join(labels)})")


async def check_payment_method(settings: ErrandSettings, shopper: str, pay_with: str) -> None:
    """Refuse before starting a workflow when ``pay_with`` names none (or more than one) of the shopper's
    methods; the errand resolves it again itself, so this only spares a doomed start."""
    try:
        async with WalletClient(f"{settings.sandbox_url}/wallet", token=settings.platform_token) as wallet:
            body = await wallet._request("GET", f"/shoppers/{path_segment(shopper)}/payment-methods")
    except BackendUnavailable as exc:
        raise CliError(f"the wallet at {settings.sandbox_url} is not answering ({exc})") from exc
    except BackendError as exc:
        raise CliError(f"the wallet refused to list {shopper}'s payment methods: {exc}") from exc
    resolution = resolve_method(methods_from(body), pay_with)
    if resolution.method is None:
        raise CliError(f"cannot pay with “{pay_with}”: {resolution.problem}")


async def start_buy(client: Client, settings: ErrandSettings, sentence: str, shopper: str, *,
                    shipment_poll_seconds: int | None = None, pay_with: str | None = None) -> str:
    try:
        intent = parse_buy_sentence(sentence, shopper)
        if pay_with is not None:
            intent = BuyIntent.model_validate({**intent.model_dump(), "pay_with": pay_with})
    except SentenceNotUnderstood as exc:
        raise CliError(str(exc)) from exc
    except ValidationError as exc:  # e.g. an empty or 200-character shopper name
        first = exc.errors(include_url=False)[0]
        raise CliError(f"invalid {'.'.join(map(str, first['loc'])) or 'request'}: {first['msg']}") from exc
    await check_shopper(settings, intent)
    if intent.pay_with is not None:
        await check_payment_method(settings, intent.shopper_id, intent.pay_with)
    errand_id = f"buy-{shopper}-{uuid.uuid4().hex[:8]}"
    request = BuyRequest(
        intent=intent, approval_timeout_seconds=settings.approval_timeout_seconds,
        shipment_poll_seconds=shipment_poll_seconds or settings.shipment_poll_seconds,
        caps=caps_from_settings(settings.cap_per_errand, settings.cap_per_day),
    )
    await client.start_workflow(
        BuyWorkflow.run, request, id=errand_id, task_queue=settings.task_queue,
        static_summary=summary_of(intent), static_details=f"“{sentence}”", **held_start(settings),
    )
    return errand_id


def held_start(settings: ErrandSettings) -> dict[str, Any]:
    """``start_workflow`` options that start an errand already held when ``ERRAND_KILL_SWITCH`` is on: the
    hold signal arrives with the start (signal-with-start), before the errand's first side effect."""
    if not settings.kill_switch:
        return {}
    return {"start_signal": "hold", "start_signal_args": [KillSwitch(reason="ERRAND_KILL_SWITCH is on")]}


def _handle(client: Client, errand_id: str) -> WorkflowHandle[BuyWorkflow, ErrandStatus]:
    return client.get_workflow_handle_for(BuyWorkflow.run, errand_id)


async def get_status(client: Client, errand_id: str) -> Any:
    """The errand's status model (``ErrandStatus`` for a buy errand): from the query while it runs, from
    its result once it has finished."""
    kind = kind_of(errand_id)
    handle = client.get_workflow_handle(errand_id, result_type=kind.status_model)
    try:
        description = await handle.describe()
        if description.status == WorkflowExecutionStatus.COMPLETED:
            return await handle.result()
        if description.status != WorkflowExecutionStatus.RUNNING:
            ended = description.status.name.lower() if description.status is not None else "unknown"
            raise CliError(f"errand {errand_id} ended abnormally ({ended})")
        return await handle.query("status", result_type=kind.status_model)
    except RPCError as exc:
        if exc.status == RPCStatusCode.NOT_FOUND:
            raise CliError(f"no errand called “{errand_id}”") from exc
        raise CliError(f"Temporal refused: {exc.message}") from exc


async def wait_for(client: Client, errand_id: str, done: Callable[[StatusT], bool],
                   timeout: float = 60.0) -> StatusT:
    """Read the errand's status until ``done`` (or the errand finished, or ``timeout`` seconds passed).

    The status model is the one the errand id's kind names; the caller says which it expects by the type it
    assigns the result to (``status: RescheduleStatus = await wait_for(...)``).
    """
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        status: StatusT = await get_status(client, errand_id)
        if done(status) or status.finished:
            return status
        if asyncio.get_running_loop().time() > deadline:
            return status
        await asyncio.sleep(0.25)


def load_private_key(settings: ErrandSettings, shopper: str) -> StoredKey:
    """The invoking shopper's own signing key from the key store under ERRAND_HOME."""
    try:
        key = KeyStore(settings.home).current(shopper)
    except KeyStoreError as exc:
        raise CliError(str(exc)) from exc
    if key is None:
        raise CliError(f"no signing key for {shopper} on this machine: enrol one with `errand enroll "
                       f"--shopper {shopper}`")
    return key


def check_what_is_signed(status: Any, shopper: str, digest_pin: str | None) -> Quote:
    """The quote the shopper is about to sign, refused unless it is theirs, the digest the errand reports is
    the digest of exactly this quote, and it matches the ``--digest`` pin when one is given."""
    if status.shopper_id != shopper:
        raise CliError(f"errand {status.errand_id} belongs to {status.shopper_id}; you are {shopper}, and "
                       f"only {status.shopper_id} can approve it")
    quote: Quote = status.quote
    shown = quote_digest(quote)
    if status.quote_digest != shown:
        reported = str(status.quote_digest)[:16]
        raise CliError(f"the quote shown does not match the digest the errand reports ({reported}… vs "
                       f"{shown[:16]}…): nothing was signed")
    if digest_pin is not None:
        pin = digest_pin.strip().lower()
        if len(pin) < 8 or not shown.startswith(pin):
            raise CliError(f"the quote's digest {shown[:16]}… does not start with --digest {pin[:64]} (at "
                           "least 8 hex characters): nothing was signed")
    return quote


async def approve(client: Client, settings: ErrandSettings, errand_id: str, *, shopper: str | None = None,
                  digest_pin: str | None = None, show: Callable[[Quote, str], None] | None = None,
                  confirm: Callable[[Quote], bool] | None = None) -> ErrandStatus:
    """Show the errand's current quote, then sign it with the invoking shopper's own key and send it as the
    approve signal.

    ``shopper`` is who is at the terminal (default ``settings.shopper``), never the shopper the errand names:
    an errand of someone else is refused before any key is read. The digest is recomputed from the quote
    that is shown and must equal the one the errand reports (and ``digest_pin`` when given).
    """
    status = await get_status(client, errand_id)
    if status.state != "awaiting_approval" or status.quote is None:
        raise CliError(f"errand {errand_id} is {status.state.replace('_', ' ')}: there is nothing to approve")
    if not isinstance(status.quote, Quote):  # an after-sales change's quote is signed by its own command
        raise CliError(f"{errand_id} is not a purchase: sign it with `errand {kind_of(errand_id).prefix} approve "
                       f"{errand_id}`")
    if status.quote.expires_at <= datetime.now(UTC):
        raise CliError(f"the quote for {errand_id} has expired; start a new errand")
    me = shopper or settings.shopper
    quote = check_what_is_signed(status, me, digest_pin)
    key = load_private_key(settings, me)
    if show is not None:
        show(quote, quote_digest(quote))
    if confirm is not None and not confirm(quote):
        raise CliError("not approved: nothing was signed")
    # A merchant-signed quote is approved with the checkout mandate for its terms too (UCP AP2).
    approval = approve_quote(key.private_key, quote, datetime.now(UTC))
    refusals = sum(1 for e in status.timeline if e.what == "approval.refused")
    await _handle(client, errand_id).signal(BuyWorkflow.approve, approval)
    # Show the shopper what their signature did: wait past the payment (authorized and the order placed, or
    # the refusal), not just for the errand to leave awaiting_approval.
    return await wait_for(
        client, errand_id,
        lambda s: s.state not in ("awaiting_approval", "paying", "placing_order")
        or sum(1 for e in s.timeline if e.what == "approval.refused") > refusals,
    )


async def reject(client: Client, errand_id: str, reason: str) -> ErrandStatus:
    status = await get_status(client, errand_id)
    if status.finished or status.state != "awaiting_approval":
        raise CliError(f"errand {errand_id} is {status.state.replace('_', ' ')}: there is nothing to reject")
    await _handle(client, errand_id).signal(BuyWorkflow.reject, Rejection(shopper_id=status.shopper_id,
                                                                          reason=reason))
    return await wait_for(client, errand_id, lambda s: s.finished)
