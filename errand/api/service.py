"""What the API does with errands, over the CLI's own functions (``errand.cli.errands`` and the kinds'
commands): the same checks, the same workflow ids and requests, so an errand started here is one the CLI
can follow and the other way round. Their one-line ``CliError`` becomes a 4xx (503 when a backend is down).
"""

from __future__ import annotations

import re
from collections.abc import Awaitable
from datetime import UTC, datetime
from typing import Any, TypeVar

from temporalio.client import Client
from temporalio.service import RPCError

from errand.cli import errands
from errand.cli.errands import CliError
from errand.connectors import BackendError, BackendUnavailable, WalletClient
from errand.domain.aftersales import ChangeQuote, change_digest
from errand.domain.approval import verify_approval
from errand.domain.change_approval import verify_change_approval
from errand.domain.models import ErrandStatusBase, Rejection, ShopperProfile, SignedApproval

from .auth import Shopper
from .errors import ApiError
from .state import ApiState

T = TypeVar("T")
ERRAND_ID = re.compile(r"^[a-z_]{2,20}-[A-Za-z0-9_.@-]{1,150}$")
_UNAVAILABLE = ("not reachable", "not answering")


def ensure_kinds_registered() -> None:
    """Every errand kind's status model and renderer, as the ``errand`` command registers them."""
    import errand.cli.main  # noqa: F401 - registering the kinds is the import's effect


async def guarded(call: Awaitable[T]) -> T:
    """Run a CLI-level call, turning its ``CliError`` into a clear 4xx (503 for a backend that is down)."""
    try:
        return await call
    except CliError as exc:
        message = str(exc)
        if any(word in message for word in _UNAVAILABLE):
            raise ApiError(503, "backend_unavailable", message) from exc
        if message.startswith("no errand called"):
            raise ApiError(404, "not_found", message) from exc
        raise ApiError(422, "refused", message) from exc
    except RPCError as exc:
        raise ApiError(503, "temporal_error", f"Temporal refused: {exc.message}") from exc


def not_found(errand_id: str) -> ApiError:
    return ApiError(404, "not_found", f"no errand called “{errand_id[:160]}”")


async def owned_status(state: ApiState, shopper: Shopper, errand_id: str) -> Any:
    """The errand's status if it is this shopper's; 404 otherwise (another shopper's errand does not exist
    for them: the answer never says whose it is)."""
    if not ERRAND_ID.match(errand_id):
        raise not_found(errand_id)
    client = await state.temporal()
    try:
        status: ErrandStatusBase = await guarded(errands.get_status(client, errand_id))
    except ApiError as exc:
        if exc.status == 404:
            raise not_found(errand_id) from exc
        raise
    if status.shopper_id != shopper.shopper_id:
        raise not_found(errand_id)
    return status


async def any_status(state: ApiState, errand_id: str) -> Any:
    """The errand's status for an operator."""
    if not ERRAND_ID.match(errand_id):
        raise not_found(errand_id)
    return await guarded(errands.get_status(await state.temporal(), errand_id))


async def verify_then_signal(state: ApiState, client: Client, shopper: Shopper, errand_id: str,
                             approval: SignedApproval) -> Any:
    """Check a signed approval against the errand's current quote and the shopper's registered keys, then
    signal it. Nothing here signs: the signature comes from the shopper's own key."""
    status = await owned_status(state, shopper, errand_id)
    quote = getattr(status, "quote", None)
    if status.state != "awaiting_approval" or quote is None:
        raise ApiError(409, "nothing_to_approve", f"errand {errand_id} is {status.state.replace('_', ' ')}: "
                       "there is nothing to approve")
    if approval.shopper_id != shopper.shopper_id:
        raise ApiError(403, "wrong_shopper", "the approval names another shopper than the one signed in")
    try:
        async with WalletClient(f"{state.settings.sandbox_url}/wallet", token=state.settings.platform_token) as wallet:
            keys = await wallet.get_public_keys(shopper.shopper_id)
    except BackendUnavailable as exc:
        raise ApiError(503, "backend_unavailable", f"the wallet is not answering ({exc})") from exc
    except BackendError as exc:
        raise ApiError(422, "refused", f"the wallet refused: {exc}") from exc
    verdict = _verdict(quote, approval, keys)
    if verdict != "ok":
        raise ApiError(422, f"approval_{verdict}", f"the approval does not verify against this errand's quote: "
                       f"{verdict.replace('_', ' ')}; nothing was signalled")
    await guarded(client.get_workflow_handle(errand_id).signal("approve", approval))
    return status


def _verdict(quote: Any, approval: SignedApproval, keys: list[Any]) -> str:
    """The same verdict the errand will reach: an Ed25519 signature, or a passkey's assertion (checked by
    ``errand.domain.passkey`` against the credential the wallet registered), over a purchase quote or an
    after-sales change quote (a dict, whose digest is recomputed here)."""
    now = datetime.now(UTC)
    if isinstance(quote, dict):
        change = ChangeQuote(quote=quote, quote_digest=change_digest(quote))
        profile = ShopperProfile(shopper_id=approval.shopper_id, name="", addresses=[], loyalty_points=0, keys=keys)
        return str(verify_change_approval(change, approval, profile, now)[1])
    if getattr(approval, "passkey", None) is not None:
        from errand.domain.passkey import verify_passkey_approval

        named = next((k for k in keys if k.key_id == approval.key_id and getattr(k, "passkey", None)), None)
        registered = (named.public_key, named.passkey) if named is not None else None
        return str(verify_passkey_approval(quote, approval, registered, now))
    public_key = next((k.public_key for k in keys if k.key_id == approval.key_id
                       and getattr(k, "passkey", None) is None), None)
    return str(verify_approval(quote, approval, public_key, now))


async def reject(state: ApiState, shopper: Shopper, errand_id: str, reason: str) -> Any:
    status = await owned_status(state, shopper, errand_id)
    if status.finished or status.state not in ("awaiting_approval", "awaiting_decision", "awaiting_choice"):
        raise ApiError(409, "nothing_to_reject", f"errand {errand_id} is {status.state.replace('_', ' ')}: "
                       "there is nothing to reject")
    client = await state.temporal()
    await guarded(client.get_workflow_handle(errand_id).signal(
        "reject", Rejection(shopper_id=shopper.shopper_id, reason=reason)))
    return status
