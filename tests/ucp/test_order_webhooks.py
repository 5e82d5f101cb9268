"""UCP order webhooks: signed per the 2026-04-08 binding, sent only where the platform's profile may point,
and never in the way of anything else the merchant does."""

from __future__ import annotations

import asyncio
import base64
import json
import stat
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from cryptography.hazmat.primitives.asymmetric import ec
from http_message_signatures import HTTPMessageVerifier, InvalidSignature, MappingKeyResolver, algorithms
from sqlalchemy import Engine
from sqlmodel import Session, select

from errand.sandbox.common.outbound import RefusedTarget, WebhookSettings
from errand.sandbox.db import CheckoutRow, make_engine
from errand.sandbox.merchant import order_events, signing_key
from errand.sandbox.merchant.order_events import (
    OrderEventDispatcher,
    OrderEventRow,
    ProfileResolver,
    queue_order_event,
    webhook_url_of,
)
from errand.sandbox.merchant.signing_key import merchant_signing_key, signing_jwks
from errand.sandbox.migrations import create_schema
from errand.sandbox.settings import SandboxSettings
from tests import ucp_data

LOCAL = WebhookSettings(allow_loopback=True)


@dataclass
class Platform:
    """A platform on loopback: serves its profile and records the order events posted to it."""

    url: str
    answer: int = 200
    answer_for: dict[str, int] = field(default_factory=dict)  # by X-Event-Type
    events: list[dict[str, Any]] = field(default_factory=list)
    profile_fetches: int = 0
    webhook_url: str | None = None

    @property
    def profile_url(self) -> str:
        return f"{self.url}/profiles/agent.json"


async def _platform_app(platform: Platform) -> web.Application:
    async def profile(_request: web.Request) -> web.Response:
        platform.profile_fetches += 1
        hook = platform.webhook_url or f"{platform.url}/webhooks/order"
        return web.json_response({"ucp": {"version": "2026-04-08", "capabilities": {
            "dev.ucp.shopping.order": [{"version": "2026-04-08", "config": {"webhook_url": hook}}]}}})

    async def hook(request: web.Request) -> web.Response:
        platform.events.append({"method": request.method, "url": str(request.url),
                                "headers": dict(request.headers), "body": await request.read()})
        status = platform.answer_for.get(request.headers.get("x-event-type", ""), platform.answer)
        return web.json_response({"ucp": {"version": "2026-04-08"}}, status=status)

    app = web.Application()
    app.router.add_get("/profiles/agent.json", profile)
    app.router.add_post("/webhooks/order", hook)
    return app


@pytest.fixture
async def platform() -> AsyncIterator[Platform]:
    found = Platform(url="")
    runner = web.AppRunner(await _platform_app(found))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    found.url = f"http://127.0.0.1:{port}"
    yield found
    await runner.cleanup()


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    made = make_engine(tmp_path / "sandbox.db")
    create_schema(made)
    yield made
    made.dispose()


@pytest.fixture
async def dispatcher(engine: Engine, tmp_path: Path) -> AsyncIterator[OrderEventDispatcher]:
    running = OrderEventDispatcher(engine, merchant_signing_key(tmp_path), "http://merchant.test/.well-known/ucp",
                                   LOCAL, trusted=())
    running.start()
    yield running
    await running.stop()


def _order(checkout_id: str, order_id: str) -> dict[str, Any]:
    return {"id": order_id, "checkout_id": checkout_id, "currency": "USD",
            "permalink_url": f"http://merchant.test/orders/{order_id}", "line_items": [],
            "totals": [{"type": "total", "amount": 3500}], "fulfillment": {"expectations": [], "events": []}}


def _queue(engine: Engine, profile: str | None, order_id: str, event_type: str = "order_placed") -> None:
    """A checkout made by the platform at ``profile`` and an event for its order, in one transaction."""
    checkout_id = f"chk_{order_id}"
    with Session(engine) as session:
        if session.get(CheckoutRow, checkout_id) is None:
            now = datetime.now(UTC)
            session.add(CheckoutRow(id=checkout_id, status="completed", lines="[]", expires_at=now, created_at=now,
                                    order_id=order_id, platform_profile=profile))
        queue_order_event(session, order_id, event_type, _order(checkout_id, order_id))
        session.commit()


def _outbox(engine: Engine) -> list[OrderEventRow]:
    with Session(engine) as session:
        return list(session.exec(select(OrderEventRow).order_by(OrderEventRow.seq)).all())  # type: ignore[arg-type]


async def _until(check: Any, seconds: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + seconds
    while not check():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.05)


def _public_key(jwk: dict[str, Any]) -> ec.EllipticCurvePublicKey:
    def number(text: str) -> int:
        return int.from_bytes(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)), "big")

    return ec.EllipticCurvePublicNumbers(number(jwk["x"]), number(jwk["y"]), ec.SECP256R1()).public_key()


@dataclass
class _Received:
    method: str
    url: str
    headers: dict[str, str]


def _verify(event: dict[str, Any], jwks: list[dict[str, Any]], body: bytes) -> None:
    """What a platform does: the signature by the merchant's published key, over the headers that matter
    and (through Content-Digest) over the body it received."""
    verifier = HTTPMessageVerifier(
        signature_algorithm=algorithms.ECDSA_P256_SHA256,
        key_resolver=MappingKeyResolver(public_keys={k["kid"]: _public_key(k) for k in jwks}, private_keys={}))
    verifier.verify(_Received(event["method"], event["url"], event["headers"]), body=body,
                    require_components=("@method", "@target-uri", "content-digest", "webhook-id",
                                        "webhook-timestamp", "x-event-type"))


def test_the_merchant_key_is_made_once_private_and_published(tmp_path: Path) -> None:
    first = merchant_signing_key(tmp_path)
    merchant_signing_key.cache_clear()
    again = merchant_signing_key(tmp_path)
    assert first.private_numbers() == again.private_numbers()
    path = tmp_path / "credentials" / signing_key.KEY_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    [jwk] = signing_jwks(SandboxSettings(home=tmp_path))
    assert {"kid", "kty", "crv", "x", "y"} <= jwk.keys() and "d" not in jwk
    assert (jwk["kty"], jwk["crv"], jwk["alg"], jwk["use"]) == ("EC", "P-256", "ES256", "sig")
    assert _public_key(jwk).public_numbers() == first.public_key().public_numbers()


async def test_a_receiver_on_loopback_gets_a_signed_order_placed(
        engine: Engine, platform: Platform, dispatcher: OrderEventDispatcher, tmp_path: Path) -> None:
    _queue(engine, platform.profile_url, "ord_1")
    await _until(lambda: platform.events)
    [event] = platform.events
    headers = {k.lower(): v for k, v in event["headers"].items()}
    assert headers["x-event-type"] == "order_placed"
    assert json.loads(event["body"]) == _order("chk_ord_1", "ord_1")
    assert headers["webhook-id"] == _outbox(engine)[0].event_id
    assert int(headers["webhook-timestamp"]) > 0
    assert headers["ucp-agent"] == 'profile="http://merchant.test/.well-known/ucp"'
    assert headers["signature-input"].startswith('sig1=("@method" "@target-uri"')
    jwks = signing_jwks(SandboxSettings(home=tmp_path))
    assert f'keyid="{jwks[0]["kid"]}"' in headers["signature-input"]
    _verify(event, jwks, event["body"])
    await _until(lambda: _outbox(engine)[0].state == "delivered")


async def test_the_signature_fails_when_the_body_or_a_signed_header_is_altered(
        engine: Engine, platform: Platform, dispatcher: OrderEventDispatcher, tmp_path: Path) -> None:
    _queue(engine, platform.profile_url, "ord_2")
    await _until(lambda: platform.events)
    [event] = platform.events
    jwks = signing_jwks(SandboxSettings(home=tmp_path))
    altered = event["body"].replace(b'"amount":3500', b'"amount":1')
    assert altered != event["body"]
    with pytest.raises(InvalidSignature):
        _verify(event, jwks, altered)
    relabelled = {**event, "headers": {**event["headers"], "X-Event-Type": "order_shipped"}}
    with pytest.raises(InvalidSignature):
        _verify(relabelled, jwks, event["body"])
    stranger = [{**jwks[0], **{k: v for k, v in signing_jwks(SandboxSettings(home=tmp_path / "other"))[0].items()
                               if k in ("x", "y")}}]
    with pytest.raises(InvalidSignature):
        _verify(event, stranger, event["body"])


@pytest.mark.parametrize("address", ["169.254.169.254", "10.0.0.7", "192.168.1.1", "[fd00::1]", "224.0.0.1"])
async def test_a_profile_on_a_private_or_link_local_address_is_refused(address: str) -> None:
    resolver = ProfileResolver(client=None, guard=LOCAL, trusted=())  # type: ignore[arg-type]
    with pytest.raises(RefusedTarget):
        await resolver.webhook_url(f"http://{address}/profiles/agent.json")


async def test_a_profile_whose_webhook_points_at_cloud_metadata_gets_nothing(
        engine: Engine, platform: Platform, dispatcher: OrderEventDispatcher) -> None:
    platform.webhook_url = "http://169.254.169.254/latest/meta-data"
    _queue(engine, platform.profile_url, "ord_3")
    await _until(lambda: _outbox(engine)[0].state == "failed")
    [row] = _outbox(engine)
    assert row.attempts == 1 and "link-local" in (row.last_error or "")
    assert platform.events == []


async def test_outside_local_mode_only_trusted_profiles_are_fetched(platform: Platform) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        remote = WebhookSettings(allow_loopback=False)
        with pytest.raises(RefusedTarget, match="only trusted"):
            await ProfileResolver(client, remote, trusted=()).webhook_url(platform.profile_url)
        with pytest.raises(RefusedTarget, match="not on the trusted"):
            await ProfileResolver(client, LOCAL, trusted=["http://other.test/p.json"]).webhook_url(
                platform.profile_url)
        trusted = ProfileResolver(client, LOCAL, trusted=[platform.profile_url])
        assert await trusted.webhook_url(platform.profile_url) == f"{platform.url}/webhooks/order"
        assert await trusted.webhook_url(platform.profile_url) == f"{platform.url}/webhooks/order"
    assert platform.profile_fetches == 1  # the second answer came from the cache
    assert platform.events == []


async def test_a_dead_receiver_delays_nobody_else(engine: Engine, platform: Platform,
                                                  dispatcher: OrderEventDispatcher) -> None:
    """A platform whose receiver accepts the connection and never answers holds only its own events."""
    held: list[asyncio.StreamWriter] = []

    async def swallow(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)

    silent = await asyncio.start_server(swallow, "127.0.0.1", 0)
    port = silent.sockets[0].getsockname()[1]
    dead = Platform(url=f"http://127.0.0.1:{port}")
    try:
        for n in range(3):
            _queue(engine, dead.profile_url, f"ord_dead_{n}")
        await asyncio.sleep(0.3)  # the dead platform's deliveries are under way
        started = asyncio.get_running_loop().time()
        _queue(engine, platform.profile_url, "ord_live")
        await _until(lambda: platform.events)
        assert asyncio.get_running_loop().time() - started < 1.5
        await _until(lambda: all(r.attempts >= 1 for r in _outbox(engine) if r.order_id.startswith("ord_dead")))
        dead_rows = [r for r in _outbox(engine) if r.order_id.startswith("ord_dead")]
        assert all(r.state == "pending" and "Timeout" in (r.last_error or "") for r in dead_rows)
    finally:
        silent.close()
        for writer in held:
            writer.close()


async def test_retries_are_bounded_and_an_order_s_events_keep_their_order(
        engine: Engine, platform: Platform, dispatcher: OrderEventDispatcher,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(order_events, "MAX_ATTEMPTS", 2)
    platform.answer_for["order_placed"] = 503
    _queue(engine, platform.profile_url, "ord_4", "order_placed")
    _queue(engine, platform.profile_url, "ord_4", "order_shipped")
    await _until(lambda: _outbox(engine)[1].state == "delivered")
    assert _outbox(engine)[0].state == "failed"
    types = [{k.lower(): v for k, v in e["headers"].items()}["x-event-type"] for e in platform.events]
    assert types == ["order_placed", "order_placed", "order_shipped"]  # shipped waited for placed to end
    assert [r.attempts for r in _outbox(engine)] == [2, 1]


async def test_a_receiver_that_refuses_for_good_is_not_retried(
        engine: Engine, platform: Platform, dispatcher: OrderEventDispatcher) -> None:
    platform.answer = 410
    _queue(engine, platform.profile_url, "ord_5")
    await _until(lambda: _outbox(engine)[0].state == "failed")
    assert _outbox(engine)[0].attempts == 1 and len(platform.events) == 1


def test_a_checkout_without_a_profile_queues_nothing(engine: Engine) -> None:
    _queue(engine, None, "ord_6")
    assert _outbox(engine) == []


def test_the_profile_is_read_leniently() -> None:
    hook = "https://platform.test/hook"
    assert webhook_url_of({"ucp": {"capabilities": {"dev.ucp.shopping.order": [
        {"config": {}}, {"config": {"webhook_url": hook}}]}}}) == hook
    assert webhook_url_of({"ucp": {"capabilities": {"dev.ucp.shopping.order": {"config": {"webhook_url": hook}}}}}) \
        == hook
    for junk in (None, [], "x", {"ucp": []}, {"ucp": {"capabilities": {"dev.ucp.shopping.order": [1, "a"]}}},
                 {"ucp": {"capabilities": {"dev.ucp.shopping.order": [{"config": {"webhook_url": "file:///etc"}}]}}}):
        assert webhook_url_of(junk) is None


SUITE_DATA = ucp_data.FLOWER_SHOP


@pytest.mark.skipif(not SUITE_DATA.is_dir(), reason=f"no flower-shop data set at {SUITE_DATA}")
async def test_a_dead_receiver_does_not_delay_checkout_completion(platform: Platform, tmp_path: Path) -> None:
    """A platform whose receiver accepts and never answers: its buyer's complete answers at once, and the
    event waits in the outbox for the dispatcher's retries."""
    import httpx

    from errand.sandbox.process import SandboxProcess

    held: list[asyncio.StreamWriter] = []

    async def swallow(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)

    silent = await asyncio.start_server(swallow, "127.0.0.1", 0)
    platform.webhook_url = f"http://127.0.0.1:{silent.sockets[0].getsockname()[1]}/webhooks/order"
    process = SandboxProcess(tmp_path / "home", dataset="flower_shop", dataset_dir=SUITE_DATA,
                             trusted_platform_profiles=[platform.profile_url])
    await asyncio.to_thread(process.start)
    try:
        def headers() -> dict[str, str]:
            return {"UCP-Agent": f'profile="{platform.profile_url}"', "Idempotency-Key": str(uuid.uuid4()),
                    "Request-Id": str(uuid.uuid4())}

        destination = {"id": "dest_1", "street_address": "123 Market St", "address_locality": "San Francisco",
                       "address_region": "CA", "postal_code": "94105", "address_country": "US"}
        body: dict[str, Any] = {
            "currency": "USD", "line_items": [{"id": "li_1", "item": {"id": "bouquet_roses"}, "quantity": 1}],
            "buyer": {"email": "dead-receiver@example.com"}, "payment": {"instruments": []},
            "fulfillment": {"methods": [{"id": "method_1", "type": "shipping", "line_item_ids": ["li_1"],
                                         "destinations": [destination], "selected_destination_id": "dest_1"}]}}
        async with httpx.AsyncClient(base_url=process.url, timeout=10) as client:
            created = await client.post("/checkout-sessions", json=body, headers=headers())
            assert created.status_code == 201, created.text
            checkout = created.json()
            method = checkout["fulfillment"]["methods"][0]
            group = method["groups"][0]
            group["selected_option_id"] = group["options"][0]["id"]
            body["fulfillment"] = {"methods": [method]}
            updated = await client.put(f"/checkout-sessions/{checkout['id']}", json={"id": checkout["id"], **body},
                                       headers=headers())
            assert updated.json()["status"] == "ready_for_complete", updated.text
            payment = {"payment": {"instruments": [{
                "id": "instr_1", "handler_id": "mock_payment_handler", "type": "card",
                "display": {"brand": "Visa", "last_digits": "1111"},
                "credential": {"type": "token", "token": "success_token"}, "billing_address": destination}]},
                "risk_signals": {}}
            for n in range(3):  # the first order's event is already stuck on the dead receiver for the later ones
                if n:
                    again = await client.post("/checkout-sessions", json=body, headers=headers())
                    checkout = again.json()
                    body["fulfillment"] = {"methods": [checkout["fulfillment"]["methods"][0]]}
                    await client.put(f"/checkout-sessions/{checkout['id']}",
                                     json={"id": checkout["id"], **body}, headers=headers())
                started = asyncio.get_running_loop().time()
                done = await client.post(f"/checkout-sessions/{checkout['id']}/complete", json=payment,
                                         headers=headers())
                took = asyncio.get_running_loop().time() - started
                assert done.status_code == 200 and done.json()["status"] == "completed", done.text
                assert took < 1.0, f"complete took {took:.2f}s with a dead receiver"
                await asyncio.sleep(0.5)
        engine = make_engine(process.db_path)
        await _until(lambda: len(held) >= 1)  # the dispatcher did reach the receiver that never answers
        await _until(lambda: any(r.attempts >= 1 for r in _outbox(engine)), seconds=6)
        rows = _outbox(engine)
        assert len(rows) == 3 and all(r.event_type == "order_placed" and r.state == "pending" for r in rows)
        engine.dispose()
    finally:
        await asyncio.to_thread(process.stop)
        silent.close()
        for writer in held:
            writer.close()
