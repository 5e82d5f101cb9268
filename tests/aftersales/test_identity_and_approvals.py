"""Identity first and every change signed: lookups that never guess, a stranger's order as if it did not
exist, and approvals that confirm exactly one quote, once."""

from __future__ import annotations

from urllib.parse import quote as pct

import httpx
import pytest

from tests.aftersales.conftest import Shop, refusal

MIA, MIA_NY, NOAH = "mia_li_3668", "mia_li_2000", "noah_brown_6181"
CARD, PAYPAL = "credit_card_9094538", "paypal_1111222"


# Finding the shopper --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("params", "shopper"), [
    ({"email": "mia.li3818@example.com"}, MIA),
    ({"email": "  MIA.LI3818@EXAMPLE.COM "}, MIA),
    ({"first_name": "mia", "last_name": "li", "zip": "78750"}, MIA),
    ({"first_name": "MIA", "last_name": "Li", "zip": "10002"}, MIA_NY),  # same name, the zip decides
])
def test_find_shopper(shop: Shop, params: dict[str, str], shopper: str) -> None:
    answer = shop.client.get("/aftersales/shoppers", params=params)
    assert answer.status_code == 200, answer.text
    assert answer.json()["shopper_id"] == shopper


@pytest.mark.parametrize("params", [
    {"email": "mia.li3818@example.org"},
    {"email": "mia.li3818"},
    {"first_name": "Mia", "last_name": "Lee", "zip": "78750"},  # never a near match
    {"first_name": "Mia", "last_name": "Li", "zip": "7875"},  # the zip is exact
    {"first_name": "Mia", "last_name": "Li", "zip": "78750-0001"},
])
def test_not_found_is_404_never_fuzzy(shop: Shop, params: dict[str, str]) -> None:
    assert refusal(shop.client.get("/aftersales/shoppers", params=params)) == (404, "identity.not_found")


def test_a_lookup_needs_email_or_name_and_zip(shop: Shop) -> None:
    answer = shop.client.get("/aftersales/shoppers", params={"first_name": "Mia", "last_name": "Li"})
    assert answer.status_code == 422


def test_reads_need_a_credential(shop: Shop) -> None:
    with httpx.Client(base_url=str(shop.client.base_url)) as stranger:
        for path in ("/aftersales/shoppers?email=mia.li3818@example.com", f"/aftersales/shoppers/{MIA}",
                     f"/aftersales/shoppers/{MIA}/orders/%23W0000001", "/aftersales/products",
                     "/aftersales/items/9612497925", f"/wallet/shoppers/{MIA}/payment-methods"):
            assert stranger.get(path).status_code == 401, path
        answer = stranger.post(f"/aftersales/shoppers/{MIA}/quotes", headers={"Idempotency-Key": "k1"},
                               json={"change": {"operation": "cancel", "order_id": "#W0000001",
                                                "reason": "no longer needed"}})
        assert answer.status_code == 401
        assert stranger.post("/admin/aftersales/reset").status_code == 401
    assert shop.client.get("/admin/aftersales/export").status_code == 403  # the platform is no operator


def test_shopper_orders_products_and_items(shop: Shop) -> None:
    profile = shop.client.get(f"/aftersales/shoppers/{MIA}").json()
    assert profile["orders"] == ["#W0000001", "#W0000002", "#W0000003", "#W0000004", "#W0000005"]
    assert {m["id"]: m["source"] for m in profile["payment_methods"]} == {
        CARD: "credit_card", "gift_card_4806466": "gift_card", PAYPAL: "paypal"}
    order = shop.order(MIA, "#W0000002")
    assert order["total"] == 5099 + 5099 + 29508 and order["currency"] == "USD"
    products = shop.client.get("/aftersales/products").json()["products"]
    assert [p["product_id"] for p in products] == ["1656367028", "4768869376", "6086499569"]
    shirt = shop.client.get("/aftersales/products/6086499569").json()
    assert {v["item_id"]: v["available"] for v in shirt["variants"]}["9354168549"] is False
    item = shop.client.get("/aftersales/items/9612497925").json()
    assert (item["product_id"], item["name"], item["options"], item["price"]) == (
        "6086499569", "T-Shirt", {"color": "blue", "size": "M"}, 5099)
    assert shop.client.get("/aftersales/items/nope").status_code == 404


# Another shopper's things ---------------------------------------------------------------------------------


def test_another_shoppers_order_is_404(shop: Shop) -> None:
    answer = shop.client.get(f"/aftersales/shoppers/{MIA}/orders/{pct('#W0000101', safe='')}")
    assert refusal(answer) == (404, "identity.own_orders")
    quoted = shop.quote(MIA, operation="cancel", order_id="#W0000101", reason="no longer needed")
    assert refusal(quoted) == (404, "identity.own_orders")
    assert shop.order(NOAH, "#W0000101")["status"] == "pending"


def test_another_shoppers_quote_is_404(shop: Shop) -> None:
    quote = shop.quote(MIA, operation="cancel", order_id="#W0000001", reason="no longer needed").json()["quote"]
    assert shop.client.get(f"/aftersales/shoppers/{NOAH}/quotes/{quote['quote_id']}").status_code == 404
    applied = shop.post(f"/aftersales/shoppers/{NOAH}/quotes/{quote['quote_id']}/apply",
                        {"approval": shop.approval(quote)})
    assert refusal(applied) == (404, "identity.own_orders")


# Approvals ------------------------------------------------------------------------------------------------


def _cancel_quote(shop: Shop, order_id: str = "#W0000001") -> dict[str, object]:
    answer = shop.quote(MIA, operation="cancel", order_id=order_id, reason="ordered by mistake")
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["quote_digest"] == shop.approval(body["quote"])["quote_digest"]  # the client can recompute it
    quote: dict[str, object] = body["quote"]
    return quote


def test_a_replayed_approval_is_refused_and_changes_nothing(shop: Shop) -> None:
    quote = _cancel_quote(shop)
    approval = shop.approval(quote)
    first = shop.apply(quote, approval)
    assert first.status_code == 200, first.text
    after = shop.export()
    replayed = shop.apply(quote, approval)  # the same approval under a new Idempotency-Key
    assert refusal(replayed) == (409, "approval.single_use")
    assert shop.export() == after


def test_the_same_idempotency_key_answers_the_first_apply_again(shop: Shop) -> None:
    quote = _cancel_quote(shop)
    approval = shop.approval(quote)
    first = shop.apply(quote, approval, key="apply-once")
    again = shop.apply(quote, approval, key="apply-once")
    assert (again.status_code, again.content) == (first.status_code, first.content)
    assert len(shop.order(MIA, "#W0000001")["payment_history"]) == 2  # one refund, not two


def test_an_approval_without_a_valid_signature_is_refused(shop: Shop) -> None:
    quote = _cancel_quote(shop)
    forged = {**shop.approval(quote), "signature": shop.approval({**quote, "summary": "x"})["signature"]}
    by_another = shop.approval(quote, signer=NOAH)
    for approval in (forged, by_another, {**shop.approval(quote), "key_id": "unknown"}):
        assert refusal(shop.apply(quote, approval)) == (403, "approval.signed")
    assert shop.order(MIA, "#W0000001")["status"] == "pending"


def test_an_approval_of_another_quote_is_refused(shop: Shop) -> None:
    cancel = _cancel_quote(shop)
    address = shop.quote(MIA, operation="change_address", order_id="#W0000001",
                         address={"address1": "1 Main St", "city": "Austin", "country": "USA", "zip": "78701"})
    other = address.json()["quote"]
    assert refusal(shop.apply(other, shop.approval(cancel))) == (403, "approval.signed")
    # A quote altered before signing (less money back, say) is another quote too.
    tampered = {**cancel, "summary": "Cancel order #W0000001; refund nothing."}
    assert refusal(shop.apply(cancel, shop.approval(tampered))) == (403, "approval.signed")


def test_a_quote_the_order_outgrew_is_refused_as_stale(shop: Shop) -> None:
    cancel = _cancel_quote(shop)  # refunds the card
    shop.change(MIA, operation="change_payment_method", order_id="#W0000001", payment_method_id=PAYPAL)
    assert refusal(shop.apply(cancel)) == (409, "change.stale")  # now PayPal would be refunded
    assert shop.order(MIA, "#W0000001")["status"] == "pending"


def test_a_quote_whose_rule_no_longer_holds_is_refused_by_that_rule(shop: Shop) -> None:
    address = shop.quote(MIA, operation="change_address", order_id="#W0000001",
                         address={"address1": "1 Main St", "city": "Austin", "country": "USA", "zip": "78701"})
    shop.change(MIA, operation="cancel", order_id="#W0000001", reason="no longer needed")
    assert refusal(shop.apply(address.json()["quote"])) == (409, "address.status_pending")


def test_writes_need_an_idempotency_key(shop: Shop) -> None:
    answer = shop.client.post(f"/aftersales/shoppers/{MIA}/quotes", json={
        "change": {"operation": "cancel", "order_id": "#W0000001", "reason": "no longer needed"}})
    assert answer.status_code == 400


@pytest.mark.parametrize("body", [
    {"change": {"operation": "refund_everything", "order_id": "#W0000001"}},
    {"change": {"operation": "cancel", "order_id": "#W0000001"}},
    {"change": {"operation": "change_items", "order_id": "#W0000001", "item_ids": "9612497925",
                "new_item_ids": [], "payment_method_id": CARD}},
    {"change": {"operation": "cancel", "order_id": "#W0000001", "reason": "no longer needed", "extra": 1}},
    {"nothing": True},
])
def test_bad_input_is_422_never_500(shop: Shop, body: dict[str, object]) -> None:
    answer = shop.post(f"/aftersales/shoppers/{MIA}/quotes", body)
    assert answer.status_code == 422, answer.text


def test_a_body_that_is_not_json_is_400(shop: Shop) -> None:
    answer = shop.client.post(f"/aftersales/shoppers/{MIA}/quotes", content=b"{not json",
                              headers={"Idempotency-Key": "bad-json", "Content-Type": "application/json"})
    assert answer.status_code == 400
