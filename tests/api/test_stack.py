"""The API in front of the real stack (dev server, worker, sandbox): a buy errand started and approved over
HTTP reaching delivered, idempotent writes, another shopper's errand a 404, SSE resumed with Last-Event-ID."""

from __future__ import annotations

import asyncio
import base64
import io
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
from temporalio.client import Client

from errand.api.store import ApiStore
from errand.cli import errands
from errand.cli.keystore import KeyStore
from errand.connectors import CourierClient
from errand.domain.approval import sign_quote
from errand.domain.models import Quote
from errand.ledger import Ledger
from errand.worker.settings import ErrandSettings
from tests.api.conftest import bearer

SENTENCE = "two packs of AA batteries under ¥40, delivered home"


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (640, 480), (200, 120, 40)).save(out, format="PNG")
    return out.getvalue()


async def events(client: httpx.AsyncClient, path: str, headers: dict[str, str]) -> AsyncIterator[dict[str, Any]]:
    """Server-sent events as dicts (id, event, data), until the stream ends or the caller stops."""
    async with client.stream("GET", path, headers=headers, timeout=httpx.Timeout(10, read=60)) as answer:
        assert answer.status_code == 200, await answer.aread()
        assert answer.headers["content-type"].startswith("text/event-stream")
        current: dict[str, Any] = {}
        async for line in answer.aiter_lines():
            if not line:
                if "event" in current:
                    yield current
                current = {}
            elif line.startswith("id: "):
                current["id"] = line[4:]
            elif line.startswith("event: "):
                current["event"] = line[7:]
            elif line.startswith("data: "):
                current["data"] = json.loads(line[6:])


async def until(client: httpx.AsyncClient, path: str, headers: dict[str, str], event: str,
                last: str | None = None) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []
    if last is not None:
        headers = {**headers, "Last-Event-ID": last}
    async with asyncio.timeout(90):
        async for item in events(client, path, headers):
            seen.append(item)
            if item["event"] in (event, "end"):
                return seen
    return seen


async def test_started_and_approved_over_http_reaches_delivered(api_url: str, api_store: ApiStore,
                                                                e2e_settings: ErrandSettings,
                                                                dev_worker: object) -> None:
    alice, bob = bearer(api_store.issue_token("alice")), bearer(api_store.issue_token("bob"))
    async with httpx.AsyncClient(base_url=api_url, timeout=30) as http:
        first = await http.post("/errands", json={"sentence": SENTENCE}, headers={**alice, "Idempotency-Key": "s-1"})
        assert first.status_code == 201, first.text
        errand_id = first.json()["errand_id"]
        assert errand_id.startswith("buy-alice-")
        again = await http.post("/errands", json={"sentence": SENTENCE}, headers={**alice, "Idempotency-Key": "s-1"})
        assert again.status_code == 201 and again.json() == first.json()  # the replay starts nothing new
        assert again.headers["idempotent-replayed"] == "true"
        other = await http.post("/errands", json={"sentence": "one kettle"}, headers={**alice, "Idempotency-Key": "s-1"})
        assert other.status_code == 422 and other.json()["error"]["code"] == "idempotency_key_reused"
        # Bob's key space is his own: the same key starts his own errand.
        listed = (await http.get("/errands", headers=alice)).json()["errands"]
        assert [e["errand_id"] for e in listed] == [errand_id]

        # Another shopper: the errand does not exist for him, whatever he tries.
        assert (await http.get(f"/errands/{errand_id}", headers=bob)).status_code == 404
        assert (await http.get(f"/errands/{errand_id}/events", headers=bob)).status_code == 404
        assert (await http.get(f"/app/errands/{errand_id}/card", headers=bob)).status_code == 404
        assert (await http.post(f"/errands/{errand_id}/reject", json={}, headers={**bob, "Idempotency-Key": "b"}
                                )).status_code == 404
        assert (await http.get("/errands", headers=bob)).json()["errands"] == []

        # The timeline streams until the quote; a reconnect with Last-Event-ID resumes after that event.
        seen = await until(http, f"/errands/{errand_id}/events", alice, "quote")
        assert seen[-1]["event"] == "quote" and seen[-1]["data"]["state"] == "awaiting_approval"
        assert seen[0]["data"]["what"] == "errand.started"
        resumed = await until(http, f"/errands/{errand_id}/events", alice, "quote", last=seen[0]["id"])
        assert [e["id"] for e in resumed] == [e["id"] for e in seen[1:]]

        view = (await http.get(f"/errands/{errand_id}", headers=alice)).json()
        assert view["state"] == "awaiting_approval"
        quote = Quote.model_validate(view["status"]["quote"])
        assert view["status"]["quote_digest"]
        card = await http.get(f"/app/errands/{errand_id}/card", headers=alice)
        assert card.status_code == 200 and view["status"]["quote_digest"][:16] in card.text

        # Approvals are verified before anything is signalled: a forged one and one for bob are refused.
        key = KeyStore(e2e_settings.home).current("alice")
        assert key is not None
        signed = sign_quote(key.private_key, quote)
        forged = signed.model_copy(update={"signature": base64.b64encode(bytes(64)).decode()})
        refused = await http.post(f"/errands/{errand_id}/approval", json=forged.model_dump(mode="json"),
                                  headers={**alice, "Idempotency-Key": "a-forged"})
        assert refused.status_code == 422 and refused.json()["error"]["code"] == "approval_bad_signature"
        elsewhere = signed.model_copy(update={"quote_digest": "0" * 64})
        refused = await http.post(f"/errands/{errand_id}/approval", json=elsewhere.model_dump(mode="json"),
                                  headers={**alice, "Idempotency-Key": "a-other"})
        assert refused.status_code == 422 and refused.json()["error"]["code"] == "approval_other_quote"
        by_bob = await http.post(f"/errands/{errand_id}/approval", json=signed.model_dump(mode="json"),
                                 headers={**bob, "Idempotency-Key": "a-bob"})
        assert by_bob.status_code == 404

        approved = await http.post(f"/errands/{errand_id}/approval", json=signed.model_dump(mode="json"),
                                   headers={**alice, "Idempotency-Key": "a-1"})
        assert approved.status_code == 202, approved.text
        replay = await http.post(f"/errands/{errand_id}/approval", json=signed.model_dump(mode="json"),
                                 headers={**alice, "Idempotency-Key": "a-1"})
        assert replay.status_code == 202 and replay.json() == approved.json()
        assert replay.headers["idempotent-replayed"] == "true"

        shipment = None
        async with asyncio.timeout(60):
            while shipment is None:
                status = (await http.get(f"/errands/{errand_id}", headers=alice)).json()["status"]
                shipment = (status.get("order") or {}).get("shipment_id")
                await asyncio.sleep(0.3)
        async with CourierClient(f"{e2e_settings.sandbox_url}/courier", token=e2e_settings.admin_token) as courier:
            await courier.advance("api-advance", shipment, steps=10)
        ended = await until(http, f"/errands/{errand_id}/events", alice, "end", last=seen[-1]["id"])
        assert ended[-1]["event"] == "end" and ended[-1]["data"]["state"] == "delivered", ended[-1]
        assert all(e["event"] != "quote" for e in ended)  # nothing before the resume point came again

        # The delivered order can be returned with a photo; bob cannot return alice's order.
        order_id = (await http.get(f"/errands/{errand_id}", headers=alice)).json()["status"]["order"]["order_id"]
        form = {"order_id": order_id, "reason": "damaged", "description": "the pack arrived crushed"}
        photo = {"photos": ("crushed.png", _png(), "image/png")}
        by_bob = await http.post("/returns", data=form, files=photo, headers={**bob, "Idempotency-Key": "r-b"})
        assert by_bob.status_code == 404, by_bob.text
        returned = await http.post("/returns", data=form, files=photo, headers={**alice, "Idempotency-Key": "r-1"})
        assert returned.status_code == 201, returned.text
        return_id = returned.json()["errand_id"]
        replayed = await http.post("/returns", data=form, files=photo, headers={**alice, "Idempotency-Key": "r-1"})
        assert replayed.json() == returned.json()
        view = (await http.get(f"/errands/{return_id}", headers=alice)).json()
        assert view["kind"] == "return" and len(view["status"]["intent"]["photos"]) == 1
        assert (await http.get(f"/errands/{return_id}", headers=bob)).status_code == 404
        page = await http.get(f"/app/errands/{return_id}", headers=alice)
        assert page.status_code == 200 and 'data-test="return"' in page.text
        assert (await http.get("/app/errands", headers=alice)).status_code == 200

    ledger = Ledger(e2e_settings.ledger_url)
    try:
        whats = [e.what for e in ledger.entries(errand_id)]
    finally:
        ledger.close()
    assert whats.count("approval.accepted") == 1 and "approval.refused" not in whats  # refused ones never left


async def test_chat_streams_the_agents_turns_and_resumes(api_url: str, api_store: ApiStore,
                                                        dev_worker: object) -> None:
    alice = bearer(api_store.issue_token("alice"))
    async with httpx.AsyncClient(base_url=api_url, timeout=30) as http:
        opened = await http.post("/chats", json={}, headers={**alice, "Idempotency-Key": "c-1"})
        assert opened.status_code == 201, opened.text
        chat_id = opened.json()["chat_id"]
        sent = await http.post(f"/chats/{chat_id}/messages", json={"text": SENTENCE},
                               headers={**alice, "Idempotency-Key": "m-1"})
        assert sent.status_code == 202
        turns: list[dict[str, Any]] = []
        async with asyncio.timeout(90):
            async for item in events(http, f"/chats/{chat_id}/events", alice):
                if item["event"] == "turn":
                    turns.append(item)
                    if item["data"]["kind"] == "quote":
                        break
        assert turns[0]["data"]["who"] == "shopper" and turns[0]["data"]["text"] == SENTENCE
        quote_turn = turns[-1]["data"]
        assert quote_turn["errand_id"].startswith("buy-alice-")
        listed = [e["errand_id"] for e in (await http.get("/errands", headers=alice)).json()["errands"]]
        assert quote_turn["errand_id"] in listed  # the chat's errand joined the shopper's list
        async with asyncio.timeout(30):
            async for item in events(http, f"/chats/{chat_id}/events", {**alice, "Last-Event-ID": turns[-2]["id"]}):
                if item["event"] == "turn":
                    assert item["id"] == turns[-1]["id"]
                    break
        bob = bearer(api_store.issue_token("bob"))
        assert (await http.get(f"/chats/{chat_id}/events", headers=bob)).status_code == 404
        assert (await http.post(f"/chats/{chat_id}/messages", json={"text": "hi"},
                                headers={**bob, "Idempotency-Key": "m-1"})).status_code == 404


async def test_watch_history_chart_and_operator_controls(api_url: str, api_store: ApiStore,
                                                         e2e_settings: ErrandSettings, dev_worker: object) -> None:
    alice = bearer(api_store.issue_token("alice"))
    async with httpx.AsyncClient(base_url=api_url, timeout=30) as http:
        bad = await http.post("/watches", json={"product": "AA batteries", "target_price": 0},
                              headers={**alice, "Idempotency-Key": "w-0"})
        assert bad.status_code == 422
        started = await http.post("/watches", json={"product": "AA batteries", "target_price": 500, "days": 2},
                                  headers={**alice, "Idempotency-Key": "w-1"})
        assert started.status_code == 201, started.text
        watch_id = started.json()["errand_id"]
        assert watch_id.startswith("watch-alice-")
        async with asyncio.timeout(30):
            while True:
                view = (await http.get(f"/watches/{watch_id}", headers=alice)).json()
                if view["history"]:
                    break
                await asyncio.sleep(0.3)
        assert view["target_price"] == 500 and view["current"] is not None
        chart = await http.get(f"/watches/{watch_id}/chart.svg", headers=alice)
        assert chart.status_code == 200 and chart.headers["content-type"].startswith("image/svg+xml")
        assert "<polyline" in chart.text and "<script" not in chart.text
        page = await http.get(f"/app/errands/{watch_id}", headers=alice)
        assert 'data-test="price-chart"' in page.text

        operator = bearer(e2e_settings.admin_token)
        queue = await http.get("/operator/needs-human", headers=operator)
        assert queue.status_code == 200 and isinstance(queue.json()["errands"], list), queue.text
        assert (await http.get(f"/operator/errands/{watch_id}", headers=operator)).json()["kind"] == "watch"
        held = await http.post("/operator/kill-switch", json={"on": True, "reason": "api test"},
                               headers={**operator, "Idempotency-Key": "k-on"})
        assert held.status_code == 200 and held.json()["errands"] >= 1, held.text
        released = await http.post("/operator/kill-switch", json={"on": False},
                                   headers={**operator, "Idempotency-Key": "k-off"})
        assert released.status_code == 200 and released.json()["errands"] >= 1

        cancelled = await http.post(f"/watches/{watch_id}/cancel", json={},
                                    headers={**alice, "Idempotency-Key": "w-c"})
        assert cancelled.status_code == 202
        async with asyncio.timeout(30):
            while not (await http.get(f"/watches/{watch_id}", headers=alice)).json()["status"]["state"] in (
                    "cancelled", "ended", "expired"):
                await asyncio.sleep(0.3)


async def test_a_sentence_goes_through_the_planner_and_the_list_is_temporals(
        api_url: str, api_store: ApiStore, e2e_settings: ErrandSettings, dev_client: Client,
        dev_worker: object) -> None:
    alice, bob = bearer(api_store.issue_token("alice")), bearer(api_store.issue_token("bob"))
    from_cli = await errands.start_buy(dev_client, e2e_settings, "a kettle under ¥100 to the office", "alice")
    async with httpx.AsyncClient(base_url=api_url, timeout=90) as http:
        # A sentence that lacks the product: the planner's question comes back, and nothing starts.
        asked = await http.post("/errands", json={"sentence": "buy something"},
                                headers={**alice, "Idempotency-Key": "q-1"})
        assert asked.status_code == 422, asked.text
        assert asked.json()["error"] == {"code": "clarification_needed",
                                         "message": "What exactly should I buy? Please name the product."}
        about = await http.post("/errands", json={"sentence": f"where is {from_cli}?"},
                                headers={**alice, "Idempotency-Key": "q-2"})
        assert about.status_code == 422 and about.json()["error"]["code"] == "not_an_errand", about.text
        # A bulk order from a sentence, read as one by the planner (no kind sent). The API plans on the wall
        # clock, so the time is tomorrow's: "at 15:00" alone is rightly asked about once 15:00 has passed today.
        bulk = await http.post("/errands", json={"sentence": "forty cups of brown-sugar milk tea, half sugar, from "
                                                 "the nearest Chagee to the office tomorrow at 15:00"},
                               headers={**alice, "Idempotency-Key": "b-1"})
        assert bulk.status_code == 201, bulk.text
        assert bulk.json()["kind"] == "bulk" and bulk.json()["errand_id"].startswith("bulk-alice-")

        listed = (await http.get("/errands", headers=alice)).json()["errands"]
        ids = [e["errand_id"] for e in listed]
        # The CLI's errand is listed though the API never saw it start; the chats the API opened are not.
        assert ids == [bulk.json()["errand_id"], from_cli], ids
        assert listed[1]["summary"].startswith("buy 1× kettle") and listed[1]["execution"] == "running"
        assert [e["errand_id"] for e in (await http.get("/errands?kind=bulk", headers=alice)).json()["errands"]] \
            == [bulk.json()["errand_id"]]
        assert (await http.get("/errands", headers=bob)).json()["errands"] == []
        page = await http.get("/app/errands", headers=alice)
        assert page.status_code == 200 and from_cli in page.text
        assert from_cli not in (await http.get("/app/errands", headers=bob)).text
