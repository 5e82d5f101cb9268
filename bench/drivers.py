"""Errand drivers: how the chaos and load runs start one kind of errand, answer it as its shopper would,
and check what it left in the sandbox.

``DRIVERS`` is the mix a run draws from. To put another errand kind into the mix, write a driver with the
same four members (``kind``, ``status_model``, ``offer_events``, ``start``, ``respond``, ``audit``) and add
it to ``DRIVERS`` (or pass ``--kinds``); the runner, the chaos monkey and the invariant table need no change.
"""

from __future__ import annotations

import asyncio
import base64
import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from temporalio.client import Client
from temporalio.service import RPCError

from errand.cli.enrolment import local_key
from errand.cli.errands import summary_of
from errand.cli.keystore import KeyStore
from errand.domain.approval import approval_message
from errand.domain.models import ErrandStatus, Rejection, SignedApproval
from errand.domain.sentence import parse_buy_sentence
from errand.worker.settings import ErrandSettings
from errand.workflows import BuyRequest, BuyWorkflow

SHOPPERS = ("alice", "bob", "chen", "dana")


@dataclass
class Tracked:
    """One errand of a run, as the harness follows it."""

    errand_id: str
    kind: str
    plan: str
    shopper: str
    started_at: datetime
    offered_at: datetime | None = None
    answered_at: datetime | None = None
    placed_at: datetime | None = None
    terminal: str | None = None
    result: Any = None
    problems: list[str] = field(default_factory=list)


class SandboxView(Protocol):
    """What a driver's audit may read about the sandbox after a run (see ``bench.invariants``)."""

    def authorizations_for_checkout(self, checkout_id: str) -> list[dict[str, Any]]: ...
    def operations(self, authorization_id: str) -> list[str]: ...
    def orders_for_checkout(self, checkout_id: str) -> list[dict[str, Any]]: ...


class ErrandDriver(Protocol):
    """Starts, answers and audits one kind of errand (see the module docstring)."""

    @property
    def kind(self) -> str: ...
    @property
    def status_model(self) -> type[Any]: ...
    @property
    def offer_events(self) -> frozenset[str]: ...

    async def start(self, client: Client, settings: ErrandSettings, rng: random.Random) -> Tracked: ...
    async def respond(self, client: Client, settings: ErrandSettings, tracked: Tracked,
                      evidence: dict[str, Any]) -> None: ...
    def audit(self, tracked: Tracked, sandbox: SandboxView) -> list[str]: ...


async def with_retries(call: Any, *, attempts: int = 120, pause: float = 0.5) -> Any:
    """Await ``call()`` until it succeeds: the Temporal server may be restarting under the run."""
    for attempt in range(attempts):
        try:
            return await call()
        except (RPCError, RuntimeError):
            if attempt == attempts - 1:
                raise
            await asyncio.sleep(pause)
    raise AssertionError("unreachable")


def sign_digest(settings: ErrandSettings, shopper: str, digest: str) -> SignedApproval:
    """The shopper's approval of the quote with this digest, signed with their local key (enrolled with the
    wallet on first use)."""
    key = local_key(KeyStore(settings.home), settings.sandbox_url, shopper, settings.admin_token)
    signature = base64.b64encode(key.private_key.sign(approval_message(digest))).decode("ascii")
    return SignedApproval(shopper_id=shopper, quote_digest=digest, signature=signature, key_id=key.key_id)


class BuyDriver:
    """Buy errands from a handful of sentences; most approved, some rejected, some left to expire.

    Args:
        plans: weights of ``approve``, ``reject`` and ``expire``.
        expire_after_seconds: approval window of errands planned to expire.
        sentences: what shoppers ask for.
    """

    kind = "buy"
    status_model = ErrandStatus
    offer_events = frozenset({"quote.offered"})

    SENTENCES = (
        "two packs of AA batteries under ¥40, delivered home",
        "a kettle under ¥300 to the office",
        "one pack of AA batteries",
        "3 AA batteries under 20 yuan",
        "a power bank under ¥400",
    )

    def __init__(self, plans: dict[str, float] | None = None, expire_after_seconds: int = 20,
                 sentences: tuple[str, ...] | None = None, use_loyalty_points: bool = True) -> None:
        self.plans = plans or {"approve": 0.8, "reject": 0.1, "expire": 0.1}
        self.expire_after_seconds = expire_after_seconds
        self.sentences = sentences or self.SENTENCES
        self.use_loyalty_points = use_loyalty_points

    async def start(self, client: Client, settings: ErrandSettings, rng: random.Random) -> Tracked:
        shopper = rng.choice(SHOPPERS)
        plan = rng.choices(list(self.plans), weights=list(self.plans.values()))[0]
        intent = parse_buy_sentence(rng.choice(self.sentences), shopper)
        timeout = self.expire_after_seconds if plan == "expire" else settings.approval_timeout_seconds
        errand_id = f"buy-{shopper}-{uuid.UUID(int=rng.getrandbits(128)).hex[:8]}"
        request = BuyRequest(intent=intent, approval_timeout_seconds=timeout,
                             shipment_poll_seconds=settings.shipment_poll_seconds,
                             use_loyalty_points=self.use_loyalty_points)
        started = datetime.now().astimezone()
        await with_retries(lambda: client.start_workflow(
            BuyWorkflow.run, request, id=errand_id, task_queue=settings.task_queue,
            static_summary=summary_of(intent)))
        return Tracked(errand_id=errand_id, kind=self.kind, plan=plan, shopper=shopper, started_at=started)

    async def respond(self, client: Client, settings: ErrandSettings, tracked: Tracked,
                      evidence: dict[str, Any]) -> None:
        handle = client.get_workflow_handle(tracked.errand_id)
        tracked.answered_at = datetime.now().astimezone()
        if tracked.plan == "approve":
            approval = sign_digest(settings, tracked.shopper, str(evidence["quote_digest"]))
            await with_retries(lambda: handle.signal(BuyWorkflow.approve, approval))
        elif tracked.plan == "reject":
            await with_retries(lambda: handle.signal(BuyWorkflow.reject, Rejection(
                shopper_id=tracked.shopper, reason="chaos run")))

    def audit(self, tracked: Tracked, sandbox: SandboxView) -> list[str]:
        """Money and stock for one buy errand: one capture if delivered, nothing held or charged otherwise."""
        status: ErrandStatus = tracked.result
        problems = []
        if tracked.plan != "approve" and status.state == "delivered":
            problems.append(f"delivered although the plan was to {tracked.plan}")
        if status.quote is None:
            return problems
        checkout_id = status.quote.checkout_id
        auths = sandbox.authorizations_for_checkout(checkout_id)
        orders = sandbox.orders_for_checkout(checkout_id)
        captures = sum(sandbox.operations(a["id"]).count("capture") for a in auths)
        if status.state == "delivered":
            if captures != 1:
                problems.append(f"{captures} captures for a delivered errand")
            if len(orders) != 1:
                problems.append(f"{len(orders)} orders for a delivered errand")
            elif orders[0]["total"] != status.quote.total:
                problems.append(f"order total {orders[0]['total']} != quote {status.quote.total}")
            if len(auths) != 1:
                problems.append(f"{len(auths)} authorizations for one quote")
        else:
            if captures:
                problems.append(f"{captures} captures for an errand that ended {status.state}")
            if any(a["status"] != "voided" for a in auths):
                problems.append(f"authorization not voided after {status.state}: "
                                f"{[a['status'] for a in auths]}")
        return problems


DRIVERS: list[ErrandDriver] = [BuyDriver()]
"""The errand kinds a run mixes, in order; each errand of a run picks one uniformly."""
