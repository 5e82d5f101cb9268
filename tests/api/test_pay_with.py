"""The API's typed buy intent names the payment method: the quote shows it (and the signature covers it); a
malformed one is a clear 422 before anything starts."""

from __future__ import annotations

import asyncio

import httpx

from errand.api.store import ApiStore
from errand.domain.models import Quote
from errand.worker.settings import ErrandSettings
from tests.api.conftest import bearer


async def test_a_typed_intent_pays_with_the_method_it_names(api_url: str, api_store: ApiStore,
                                                            e2e_settings: ErrandSettings, dev_worker: object) -> None:
    alice = bearer(api_store.issue_token("alice"))
    intent = {"query": "AA batteries", "quantity": 2, "max_unit_price": 4000, "pay_with": "PayPal"}
    async with httpx.AsyncClient(base_url=api_url, timeout=30) as http:
        started = await http.post("/errands", json={"intent": intent}, headers={**alice, "Idempotency-Key": "p-1"})
        assert started.status_code == 201, started.text
        errand_id = started.json()["errand_id"]
        async with asyncio.timeout(60):
            while (view := (await http.get(f"/errands/{errand_id}", headers=alice)).json())["state"] not in (
                    "awaiting_approval", "failed", "no_match"):
                await asyncio.sleep(0.2)
        assert view["state"] == "awaiting_approval", view["status"]["outcome"]
        quote = Quote.model_validate(view["status"]["quote"])
        assert quote.payment_method is not None
        assert (quote.payment_method.method_id, quote.payment_method.display) == ("paypal_alice", "PayPal")
        assert (await http.post(f"/errands/{errand_id}/reject", json={}, headers={**alice, "Idempotency-Key": "r"}
                                )).status_code in (200, 202)


async def test_a_malformed_method_is_a_422(offline: httpx.AsyncClient, api_store: ApiStore) -> None:
    alice = bearer(api_store.issue_token("alice"))
    for pay_with, why in (("", "at least 1"), ("x" * 81, "at most 80"), (42, "string")):
        answer = await offline.post("/errands", json={"intent": {"query": "AA", "pay_with": pay_with}},
                                    headers={**alice, "Idempotency-Key": f"bad-{why}"})
        assert answer.status_code == 422 and why in answer.text, answer.text
