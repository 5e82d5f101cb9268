"""The pages show an after-sales change as what it is: the order, the action, each change old → new, the money
per payment method signed from the shopper's side, the policy rules that apply, the expiry and the digest the
passkey signs (the change quote's own); merchant text in it is shown as text. The errand list shows how an
after-sales errand ended, a refusal by its rule."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from errand.api import listing, pages, service
from errand.api.aftersales_view import RULES_BY_OPERATION, RULES_EVERY_CHANGE
from errand.api.auth import SESSION_COOKIE
from errand.api.store import ApiStore
from errand.domain.aftersales import CHANGE_QUOTE_KIND, AftersalesIntent, AftersalesStatus, change_digest
from errand.domain.models import TimelineEntry
from errand.sandbox.aftersales.rules import RULES

from .test_pages import EVIL

MIA = "mia_li_3668"
ERRAND = f"aftersales-{MIA}-0badc0de"
REFUSED = f"aftersales-{MIA}-0dead0ff"
POLICY = Path(__file__).parents[2] / "docs" / "after-sales-policy.md"
NOW = datetime.now(UTC)


def change_quote(now: datetime, text: str = "Silver") -> dict[str, Any]:
    """A change of items as the merchant quotes one, with ``text`` wherever the merchant writes words."""
    return {"kind": CHANGE_QUOTE_KIND, "policy_version": "1", "quote_id": "asq_0badc0de", "shopper_id": MIA,
            "order_id": "#W0000002", "operation": "change_items", "currency": "USD",
            "request": {"operation": "change_items", "order_id": "#W0000002", "item_ids": ["111"],
                        "new_item_ids": ["222"], "payment_method_id": "gift_card_4806466"},
            "changes": {"items": [{"line": 0, "from": {"item_id": "111", "options": {"colour": "Black"}, "price": 5000},
                                   "to": {"item_id": "222", "options": {"colour": text}, "price": 6234}}],
                        "status": {"from": "pending", "to": "pending (item modified)"}, "price_difference": 1234},
            "money": [{"payment_method_id": "gift_card_4806466", "transaction_type": "payment", "amount": 1234,
                       "when": "now", "settlement": "gift_card_balance"},
                      {"payment_method_id": "credit_card_9094538", "transaction_type": "refund", "amount": 500,
                       "when": "on_receipt", "settlement": "recorded"}],
            "summary": f"Change 1 item(s) of order #W0000002 to {text}.", "expires_at": (now + timedelta(minutes=15)).isoformat()}


def statuses(now: datetime) -> dict[str, AftersalesStatus]:
    quote = change_quote(now, EVIL)
    awaiting = AftersalesStatus(
        errand_id=ERRAND, shopper_id=MIA, state="awaiting_approval", quote=quote, quote_digest=change_digest(quote),
        intent=AftersalesIntent.model_validate({"shopper_id": MIA, "sentence": EVIL, "change": quote["request"]}),
        timeline=[TimelineEntry(at=now, who="agent", what="change.quoted", detail=EVIL)])
    outcome = "refused: cancel.status_pending: only an order whose status is exactly pending can be cancelled"
    refused = AftersalesStatus(
        errand_id=REFUSED, shopper_id=MIA, state="refused", outcome=outcome, refused_rule="cancel.status_pending",
        intent=AftersalesIntent.model_validate({"shopper_id": MIA, "sentence": "cancel #W0000003", "change": {
            "operation": "cancel", "order_id": "#W0000003", "reason": "no longer needed"}}),
        timeline=[TimelineEntry(at=now, who="system", what="errand.refused", detail=outcome)])
    return {ERRAND: awaiting, REFUSED: refused}


@pytest.fixture
def app(offline_app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> FastAPI:
    now = NOW
    known = statuses(now)

    async def owned(_state: Any, shopper: Any, errand_id: str) -> Any:
        if shopper.shopper_id != MIA or errand_id not in known:
            raise service.not_found(errand_id)
        return known[errand_id]

    async def listed(_state: Any, shopper_id: str, limit: int, kind: str | None = None) -> list[Any]:
        return [listing.ListedErrand(errand_id=e, kind="aftersales", summary=f"after-sales for {MIA}",
                                     created_at=now, execution="running") for e in known] if shopper_id == MIA else []

    monkeypatch.setattr(service, "owned_status", owned)
    monkeypatch.setattr(listing, "errands_of", listed)
    return offline_app


async def _get(app: FastAPI, store: ApiStore, path: str, shopper: str = MIA) -> httpx.Response:
    cookie = {"Cookie": f"{SESSION_COOKIE}={store.create_session(shopper)}"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1") as http:
        return await http.get(path, headers=cookie)


async def test_a_change_quote_card_shows_the_change_and_signs_its_digest(app: FastAPI, api_store: ApiStore) -> None:
    status = statuses(NOW)[ERRAND]
    assert status.quote is not None
    for path in (f"/app/errands/{ERRAND}", f"/app/errands/{ERRAND}/card"):
        page = await _get(app, api_store, path)
        assert page.status_code == 200, page.text
        html = page.text
        assert 'data-kind="change"' in html and 'data-test="approve-passkey"' in html
        # The passkey signs the change quote's digest (the errand's), never a purchase quote's.
        assert re.findall(r'data-digest="([0-9a-f]{64})"', html) == [change_digest(status.quote)] * 2
        assert "Change items" in html and "#W0000002" in html
        assert "111 (colour Black) · $50.00" in html and "pending (item modified)" in html
        assert re.search(r'data-amount="-1234">.*?gift_card_4806466.*?now.*?−\$12\.34', html, re.DOTALL)
        assert re.search(r'data-amount="500">.*?credit_card_9094538.*?when the goods are received.*?\+\$5\.00',
                         html, re.DOTALL)
        shown_rules = re.findall(r'<code data-test="rule">([a-z_.]+)</code>', html)
        assert "items.once" in shown_rules and "approval.signed" in shown_rules and "cancel.reason" not in shown_rules
        # Merchant text is text: no markup of its gets through, in the card or the timeline.
        assert "<script>window" not in html and "<img src=x" not in html and "<svg onload" not in html
        assert "&lt;script&gt;window.__pwned" in html
    # The chat's stream carries the same card.
    assert 'data-kind="change"' in pages.card_html(status)
    assert (await _get(app, api_store, f"/app/errands/{ERRAND}", shopper="noah_brown_6181")).status_code == 404


async def test_a_refused_change_shows_its_rule_in_the_page_and_the_list(app: FastAPI, api_store: ApiStore) -> None:
    page = await _get(app, api_store, f"/app/errands/{REFUSED}")
    assert page.status_code == 200, page.text
    assert '<code data-test="refused-rule">cancel.status_pending</code>' in page.text
    assert "refused: cancel.status_pending: only an order" in page.text and 'data-test="quote-card"' not in page.text
    listed = await _get(app, api_store, "/app/errands")
    assert listed.status_code == 200, listed.text
    assert re.search(r'data-errand="aftersales-mia_li_3668-0dead0ff".*?data-test="errand-outcome">refused: '
                     r'cancel\.status_pending', listed.text, re.DOTALL)
    assert listed.text.count('data-test="errand-row"') == 2


def test_every_rule_the_card_names_is_a_rule_of_the_policy() -> None:
    policy = POLICY.read_text()
    named = set(RULES_EVERY_CHANGE).union(*RULES_BY_OPERATION.values())
    assert named <= RULES.keys() and all(f"`{rule}`" in policy for rule in named)
