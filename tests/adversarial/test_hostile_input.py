"""Hostile input over real HTTP against the sandbox subprocess: every malformed request gets a UCP-shaped
4xx on a connection that stays usable; an enormous search is refused at once without stalling the wallet;
photos are checked from their header, bound to their shopper, and never served as anything but an image."""

from __future__ import annotations

import asyncio
import http.client
import json
import socket
import time
import tracemalloc
import uuid

import httpx
import pytest

from errand.activities.photos import check_photo
from errand.connectors.errors import BackendRejected
from errand.connectors.returns import ReturnsClient
from errand.sandbox.common.auth import read_token
from tests.adversarial.images import bomb_png
from tests.returns.helpers import delivered_order, png, product_in

BIG = 2**70  # past SQLite's 64-bit integers


def _bearer(sandbox, role: str = "platform") -> dict[str, str]:
    return {"Authorization": f"Bearer {read_token(sandbox.home, role)}"}


def _checkout(sandbox) -> str:
    answer = httpx.post(f"{sandbox.url}/checkout-sessions", headers={**_bearer(sandbox),
                                                                     "Idempotency-Key": uuid.uuid4().hex},
                        json={"line_items": [{"item": {"id": "prd-00021"}, "quantity": 1}],
                              "dev.errand": {"buyer_id": "alice"}})
    assert answer.status_code == 201, answer.text
    return answer.json()["id"]


def zoo(checkout_id: str) -> list[tuple[str, str, bytes, str]]:
    """(method, path, body, content type): each one malformed in its own way."""
    line = {"item": {"id": "prd-00021"}, "quantity": 1}
    quote = {"quote_id": "q", "errand_id": "e", "shopper_id": "alice", "merchant": "errand-sandbox",
             "checkout_id": checkout_id, "lines": [], "subtotal": 0, "adjustments": [], "total": 100,
             "currency": "CNY", "loyalty_points_used": 0,
             "address": {"label": "home", "recipient": "A", "line1": "x", "city": "y", "postal_code": "1"},
             "expires_at": "2030-01-01T00:00:00"}  # naive: no UTC offset
    cases: list[tuple[str, str, object]] = [
        ("POST", "/checkout-sessions", {"line_items": [{**line, "quantity": BIG}],
                                        "dev.errand": {"buyer_id": "alice"}}),
        ("POST", "/checkout-sessions", {"line_items": "prd-00021", "dev.errand": {"buyer_id": "alice"}}),
        ("POST", "/checkout-sessions", {"line_items": [line], "dev.errand": "alice"}),
        ("POST", "/checkout-sessions", {"line_items": [line], "dev.errand": {"buyer_id": ["alice"]}}),
        ("POST", "/checkout-sessions", [line]),
        ("PUT", f"/checkout-sessions/{checkout_id}", {"fulfillment": "home"}),
        ("PUT", f"/checkout-sessions/{checkout_id}", {"fulfillment": {"methods": "home"}}),
        ("PUT", f"/checkout-sessions/{checkout_id}", {"fulfillment": {"methods": [{"selected_destination_id":
                                                                                   {"x": 1}}]}}),
        ("PUT", f"/checkout-sessions/{checkout_id}", {"dev.errand": {"loyalty_points": BIG}}),
        ("PUT", f"/checkout-sessions/{checkout_id}", {"dev.errand": {"loyalty_points": "lots"}}),
        ("POST", f"/checkout-sessions/{checkout_id}/complete", {"payment": "cash"}),
        ("POST", f"/checkout-sessions/{checkout_id}/complete", {"payment": {"instruments": [7]}}),
        ("POST", f"/checkout-sessions/{checkout_id}/complete",
         {"payment": {"instruments": [{"handler_id": "dev.errand.wallet", "credential": "auth_x"}]}}),
        ("POST", "/wallet/authorizations", {"shopper_id": "alice", "quote": quote, "approval": {}}),
        ("POST", "/wallet/authorizations", {"shopper_id": "alice", "quote": {**quote, "total": BIG},
                                            "approval": {"shopper_id": "alice", "quote_digest": "0" * 64,
                                                         "signature": "AA=="}}),
        ("POST", "/wallet/authorizations/auth_nope/capture", {"amount": BIG}),
        ("POST", "/wallet/authorizations/auth_nope/refund", {"amount": "ten"}),
        ("POST", "/catalog/search", {"query": {"text": "kettle"}}),
        ("POST", "/catalog/search", {"query": "kettle", "filters": {"price": {"max": BIG}}}),
        ("POST", "/catalog/search", {"query": "kettle", "filters": "cheap"}),
        ("POST", "/catalog/search", {"query": "kettle", "pagination": {"limit": BIG}}),
        ("POST", "/catalog/search", {"query": "kettle", "pagination": {"cursor": "-5"}}),
        ("POST", "/catalog/search", {"query": "kettle", "dev.errand": {"min_rating": "high"}}),
        ("POST", "/catalog/lookup", {"ids": "prd-00021"}),
        ("POST", "/returns", {"order_id": "ord_x", "shopper_id": "alice", "reason": "damaged",
                              "photos": [BIG]}),
        ("POST", "/courier/shipments", {"order_id": ["x"], "destination": "home"}),
    ]
    encoded = [(m, p, json.dumps(b).encode(), "application/json") for m, p, b in cases]
    raw = [b"{not json", b"\xff\xfe\x00garbage", b'{"line_items": [', b"", b"null", b"[" * 5000 + b"]" * 5000,
           json.dumps({"query": "x"}).encode("utf-16")]
    for body in raw:
        encoded += [("POST", "/checkout-sessions", body, "application/json"),
                    ("POST", "/wallet/authorizations", body, "application/json"),
                    ("POST", "/catalog/search", body, "application/json")]
    encoded.append(("POST", "/checkout-sessions", b"line_items=1", "application/x-www-form-urlencoded"))
    return encoded


def _request(conn: http.client.HTTPConnection, method: str, path: str, body: bytes, kind: str,
             headers: dict[str, str]) -> tuple[int, bytes, bool]:
    conn.request(method, path, body=body, headers={**headers, "Content-Type": kind,
                                                  "Idempotency-Key": uuid.uuid4().hex})
    answer = conn.getresponse()
    data = answer.read()
    return answer.status, data, answer.will_close


def test_every_malformed_request_gets_a_ucp_4xx_on_a_connection_that_stays_open(sandbox) -> None:
    checkout_id = _checkout(sandbox)
    conn = http.client.HTTPConnection(sandbox.host, sandbox.port, timeout=10)
    conn.connect()
    first_socket = conn.sock
    try:
        for method, path, body, kind in zoo(checkout_id):
            status, data, closing = _request(conn, method, path, body, kind, _bearer(sandbox))
            assert 400 <= status < 500, (method, path, body[:80], status, data[:300])
            message = json.loads(data)["messages"][0]
            assert message["type"] == "error" and message["code"] and message["content"], data
            assert not closing and conn.sock is first_socket, (method, path, body[:80])
        conn.request("GET", "/admin/health")
        assert conn.getresponse().status == 200 and conn.sock is first_socket
    finally:
        conn.close()


def test_an_oversized_body_is_refused_while_it_streams(sandbox) -> None:
    with socket.create_connection((sandbox.host, sandbox.port), timeout=10) as sock:
        sock.sendall(b"POST /checkout-sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Idempotency-Key: big-1\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"[" + b"1," * 32767 + b"1"
        for _ in range(40):  # 2.5 MiB, past the 1 MiB limit, and the body never ends
            sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        sock.settimeout(5)
        head = b""
        while b"body_too_large" not in head:  # a server that waits for the whole body never answers this
            received = sock.recv(65536)
            if not received:
                break
            head += received
    assert head.startswith(b"HTTP/1.1 413") and b"body_too_large" in head, head[:300]
    declared = httpx.post(f"{sandbox.url}/checkout-sessions", content=b"x" * (2 * 1024 * 1024),
                          headers={"Idempotency-Key": "big-2", "Content-Type": "application/json"})
    assert declared.status_code == 413 and declared.json()["messages"][0]["code"] == "body_too_large"


async def test_a_hundred_thousand_word_search_is_refused_quickly_the_wallet_answering(sandbox) -> None:
    words = " ".join(f"w{i}" for i in range(100_000))
    async with httpx.AsyncClient(base_url=sandbox.url, timeout=30) as client:
        async def wallet_read() -> float:
            started = time.monotonic()
            answer = await client.get("/wallet/shoppers/alice", headers=_bearer(sandbox))
            assert answer.status_code < 500
            return time.monotonic() - started

        async def search(text: str) -> tuple[int, float]:
            started = time.monotonic()
            answer = await client.post("/catalog/search", json={"query": text})
            return answer.status_code, time.monotonic() - started

        results = await asyncio.gather(search(words), search(" ".join(words.split()[:5000])),
                                       *(wallet_read() for _ in range(5)))
        (huge, huge_took), (many, many_took), *wallet = results
    assert (huge, many) == (422, 422) and max(huge_took, many_took) < 2.0
    assert max(wallet) < 1.0


def test_a_decompression_bomb_is_refused_before_it_is_inflated(sandbox) -> None:
    bomb = bomb_png()
    assert len(bomb) < 1024 * 1024  # small on the wire; 3.6 gigapixels declared
    answer = httpx.post(f"{sandbox.url}/returns/photos", content=bomb,
                        headers={"Idempotency-Key": uuid.uuid4().hex, "Content-Type": "image/png"})
    assert answer.status_code == 415 and "pixel" in answer.json()["messages"][0]["content"]
    tracemalloc.start()
    try:
        verdict = check_photo("ph_bomb", bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert verdict.verdict == "invalid" and "pixel" in verdict.detail
    assert peak < 16 * 1024 * 1024  # the 128 MiB of pixel data behind it were never inflated


async def test_traversal_photo_ids_are_refused(sandbox) -> None:
    async with ReturnsClient(sandbox.url, token=read_token(sandbox.home, "platform")) as returns:
        for photo_id in ("../../wallet/operations", "..%2F..%2Fwallet%2Foperations", "ph_../../admin/faults",
                         "ph_0123456789abcdef0123/../../wallet/operations"):
            with pytest.raises(BackendRejected) as refused:
                await returns.get_photo(photo_id)
            assert refused.value.status == 404
    async with httpx.AsyncClient(base_url=sandbox.url, headers=_bearer(sandbox)) as client:
        for path in ("/returns/photos/..%2F..%2Fwallet%2Foperations", "/returns/photos/ph_%2e%2e",
                     "/returns/photos/PH_0123456789ABCDEF0123"):
            answer = await client.get(path)
            assert answer.status_code == 404 and "operations" not in answer.text


async def test_a_photo_is_its_shoppers_and_only_ever_an_image(sandbox) -> None:
    image, order = png(320, 240), f"ord_{uuid.uuid4().hex[:8]}"
    async with ReturnsClient(sandbox.url, token=read_token(sandbox.home, "platform")) as returns:
        photo_id = await returns.upload_photo(uuid.uuid4().hex, image, "image/png", shopper_id="alice",
                                              order_id=order)  # the shopper's tool, acting for alice
    async with ReturnsClient(sandbox.url) as stranger:
        for claimed in (None, "alice", "bob"):  # naming a shopper is a claim anyone can make
            with pytest.raises(BackendRejected) as hidden:
                await stranger.get_photo(photo_id, shopper_id=claimed)
            assert hidden.value.status == 404
        with pytest.raises(BackendRejected) as unnamed:  # nor may a stranger upload in a shopper's name
            await stranger.upload_photo(uuid.uuid4().hex, image, "image/png", shopper_id="alice")
        assert unnamed.value.status == 401
    async with ReturnsClient(sandbox.url, token=read_token(sandbox.home, "platform")) as platform:
        assert await platform.get_photo(photo_id) == image  # the worker, checking the return's evidence
        assert await platform.get_photo(photo_id, shopper_id="alice") == image
        with pytest.raises(BackendRejected) as other:
            await platform.get_photo(photo_id, shopper_id="bob")  # acting for bob, alice's photo stays hidden
        assert other.value.status == 404
    async with httpx.AsyncClient(base_url=sandbox.url) as client:
        served = await client.get(f"/returns/photos/{photo_id}", headers=_bearer(sandbox))
        assert served.headers["content-type"] == "image/png"
        assert served.headers["x-content-type-options"] == "nosniff"
        attach = await client.post("/returns", headers={"Idempotency-Key": uuid.uuid4().hex}, json={
            "order_id": order, "shopper_id": "bob", "reason": "damaged", "photos": [photo_id]})
        assert attach.status_code in (401, 403, 404, 422)
        for hostile, kind in ((b"<html><script>alert(document.cookie)</script></html>", "text/html"),
                              (b"GIF89a" + bytes(64), "image/gif"), (b"%PDF-1.7\n" + bytes(64), "image/png")):
            refused = await client.post("/returns/photos", content=hostile,
                                        headers={"Idempotency-Key": uuid.uuid4().hex, "Content-Type": kind})
            assert refused.status_code == 415, refused.text


async def test_a_return_cannot_attach_another_shoppers_photo(sandbox) -> None:
    alices = delivered_order(sandbox, product_in(sandbox, "kitchen", offset=7), shopper="alice")
    bobs = delivered_order(sandbox, product_in(sandbox, "kitchen", offset=8), shopper="bob")
    async with ReturnsClient(sandbox.url, token=read_token(sandbox.home, "platform")) as returns:
        alice_photo = await returns.upload_photo(uuid.uuid4().hex, png(400, 300), "image/png",
                                                 shopper_id="alice", order_id=alices["order_id"])
    async with httpx.AsyncClient(base_url=sandbox.url, headers=_bearer(sandbox)) as client:
        stolen = await client.post("/returns", headers={"Idempotency-Key": uuid.uuid4().hex}, json={
            "order_id": bobs["order_id"], "shopper_id": "bob", "reason": "damaged", "photos": [alice_photo]})
        assert stolen.status_code == 422 and stolen.json()["messages"][0]["code"] == "photo_not_found"
        own = await client.post("/returns", headers={"Idempotency-Key": uuid.uuid4().hex}, json={
            "order_id": alices["order_id"], "shopper_id": "alice", "reason": "damaged",
            "photos": [alice_photo]})
        assert own.status_code == 201, own.text
