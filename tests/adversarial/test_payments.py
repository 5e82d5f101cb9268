"""Attacks on the payment model, over real HTTP against the sandbox subprocess.

Each test performs one attack the payment model must stop: an approval used twice, a hold spent on a
checkout it was not made for, money moved without (or with someone else's) payee credential, another
party's records read, a placed order's hold voided, a mandate stretched past its terms, a daily cap
outrun by concurrent errands.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from errand.domain.mandate import Mandate, sign_mandate
from errand.domain.models import Adjustment, Quote
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from tests.keys import shopper_key
from tests.operator import stranger_http
from tests.sandbox.helpers import as_platform, complete, key, open_checkout, quote_for, set_address, sign


def _as(sandbox: SandboxProcess, role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {read_token(sandbox.home, role)}"}  # type: ignore[arg-type]


@pytest.fixture()
def http(sandbox: SandboxProcess) -> Iterator[httpx.Client]:
    """A client that sends no credential unless a call names one."""
    with stranger_http(sandbox) as client:
        yield client


def _authorize(http: httpx.Client, sandbox: SandboxProcess, quote: Quote, approval, *,
               idempotency_key: str | None = None) -> httpx.Response:
    headers = {"Idempotency-Key": idempotency_key or uuid.uuid4().hex} | _as(sandbox, "platform")
    return http.post("/wallet/authorizations", headers=headers,
                     json={"shopper_id": quote.shopper_id, "quote": quote.model_dump(mode="json"),
                           "approval": approval.model_dump(mode="json")})


def _priced(http: httpx.Client, sandbox: SandboxProcess, product_id: str, buyer: str,
            quantity: int = 1) -> tuple[str, Quote]:
    checkout = open_checkout(http, product_id, quantity, buyer=buyer)
    assert checkout.status_code == 201, checkout.text
    priced = set_address(http, checkout.json()["id"])
    return checkout.json()["id"], quote_for(priced)


def _stocked(sandbox: SandboxProcess, slot: int) -> str:
    """A well-stocked, mid-priced product no other test's story uses (one slot per test)."""
    with sqlite3.connect(sandbox.db_path) as db:
        row = db.execute("SELECT id FROM product WHERE num BETWEEN 15000 AND 17000 AND stock - held >= 100 "
                         "AND price BETWEEN 2000 AND 20000 ORDER BY num LIMIT 1 OFFSET ?", (slot,)).fetchone()
    assert row is not None
    return str(row[0])


def _state(http: httpx.Client, sandbox: SandboxProcess, authorization_id: str) -> dict:
    r = http.get(f"/wallet/authorizations/{authorization_id}", headers=_as(sandbox, "operator"))
    assert r.status_code == 200, r.text
    return r.json()


def _code(response: httpx.Response) -> str:
    return response.json()["messages"][0]["code"]


def _captures(sandbox: SandboxProcess, quote_id: str) -> int:
    with sqlite3.connect(sandbox.db_path) as db:
        return db.execute("SELECT COUNT(*) FROM wallet_operation o JOIN wallet_authorization a ON "
                          "a.id = o.authorization_id WHERE a.quote_id = ? AND o.kind = 'capture'",
                          (quote_id,)).fetchone()[0]


def test_one_approval_makes_one_authorization_and_one_capture(http: httpx.Client,
                                                              sandbox: SandboxProcess) -> None:
    checkout_id, quote = _priced(http, sandbox, _stocked(sandbox, 1), "bob")
    approval = sign(sandbox, quote)
    first_key = uuid.uuid4().hex
    first = _authorize(http, sandbox, quote, approval, idempotency_key=first_key)
    assert first.status_code == 201, first.text
    replay = _authorize(http, sandbox, quote, approval, idempotency_key=first_key)
    assert replay.status_code == 201 and replay.json()["authorization_id"] == first.json()["authorization_id"]
    second = _authorize(http, sandbox, quote, approval)  # the same approval under a fresh key
    assert second.status_code == 409 and _code(second) == "approval_already_used"
    assert complete(http, checkout_id, first.json()["authorization_id"]).status_code == 200
    again = _authorize(http, sandbox, quote, approval)
    assert again.status_code == 409 and _code(again) == "approval_already_used"
    assert _captures(sandbox, quote.quote_id) == 1


def test_concurrent_authorizations_with_one_approval_make_one_hold(http: httpx.Client,
                                                                    sandbox: SandboxProcess) -> None:
    checkout_id, quote = _priced(http, sandbox, _stocked(sandbox, 2), "bob")
    approval = sign(sandbox, quote)
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda _: _authorize(http, sandbox, quote, approval), range(8)))
    assert sorted(r.status_code for r in answers) == [201] + [409] * 7
    with sqlite3.connect(sandbox.db_path) as db:
        holds = db.execute("SELECT COUNT(*) FROM wallet_authorization WHERE quote_id = ?",
                           (quote.quote_id,)).fetchone()[0]
    assert holds == 1
    http.post(f"/checkout-sessions/{checkout_id}/cancel", headers=key() | as_platform(http))


def test_a_hold_for_one_checkout_cannot_complete_another_of_the_same_total(http: httpx.Client,
                                                                            sandbox: SandboxProcess) -> None:
    pid = _stocked(sandbox, 3)
    checkout_a, quote_a = _priced(http, sandbox, pid, "bob")
    checkout_b, quote_b = _priced(http, sandbox, pid, "bob")
    assert quote_a.total == quote_b.total
    hold = _authorize(http, sandbox, quote_a, sign(sandbox, quote_a)).json()
    stolen = complete(http, checkout_b, hold["authorization_id"])
    assert stolen.status_code == 422 and _code(stolen) == "payment_failed"
    assert "another checkout" in stolen.json()["messages"][0]["content"]
    assert _state(http, sandbox, hold["authorization_id"])["status"] == "held"
    mine = _as(sandbox, "platform")
    assert http.get(f"/checkout-sessions/{checkout_b}", headers=mine).json()["status"] != "completed"
    for checkout_id in (checkout_a, checkout_b):
        http.post(f"/checkout-sessions/{checkout_id}/cancel", headers=key() | mine)
    assert _state(http, sandbox, hold["authorization_id"])["status"] == "voided"  # cancelling A released it


def _stores_hold(http: httpx.Client, sandbox: SandboxProcess) -> dict:
    """A hold whose payee is the stores service, not the sandbox's merchant."""
    checkout_id, quote = _priced(http, sandbox, _stocked(sandbox, 4), "chen")
    http.post(f"/checkout-sessions/{checkout_id}/cancel", headers=key() | as_platform(http))
    theirs = quote.model_copy(update={"merchant": "stores:chagee", "quote_id": f"q-{uuid.uuid4().hex[:8]}",
                                      "checkout_id": f"squote-{uuid.uuid4().hex[:8]}"})
    made = _authorize(http, sandbox, theirs, sign(sandbox, theirs))
    assert made.status_code == 201 and made.json()["payee"] == "stores", made.text
    return made.json()


def test_capture_void_refund_need_the_payee_merchant_credential(http: httpx.Client,
                                                                sandbox: SandboxProcess) -> None:
    checkout_id, quote = _priced(http, sandbox, _stocked(sandbox, 5), "chen")
    hold = _authorize(http, sandbox, quote, sign(sandbox, quote)).json()
    aid = hold["authorization_id"]
    moves = [("capture", {"amount": quote.total}), ("void", {}), ("refund", {"amount": 1, "reason": "x"})]
    for action, body in moves:
        anonymous = http.post(f"/wallet/authorizations/{aid}/{action}", headers=key(), json=body)
        assert anonymous.status_code == 401, (action, anonymous.text)
        for role in ("platform", "operator"):
            wrong = http.post(f"/wallet/authorizations/{aid}/{action}", headers=key() | _as(sandbox, role),
                              json=body)
            assert wrong.status_code == 403, (action, role, wrong.text)
    assert _state(http, sandbox, aid)["status"] == "held"
    # The merchant's credential does not reach another payee's payment.
    other = _stores_hold(http, sandbox)
    for action, body in moves:
        reached = http.post(f"/wallet/authorizations/{other['authorization_id']}/{action}",
                            headers=key() | _as(sandbox, "merchant"), json=body)
        assert reached.status_code == 404, (action, reached.text)
    assert _state(http, sandbox, other["authorization_id"])["status"] == "held"
    http.post(f"/checkout-sessions/{checkout_id}/cancel", headers=key() | as_platform(http))


def test_wallet_records_are_not_readable_by_a_stranger(http: httpx.Client, sandbox: SandboxProcess) -> None:
    other = _stores_hold(http, sandbox)
    assert http.get("/wallet/operations").status_code == 401
    assert http.get("/wallet/operations", params={"shopper_id": "chen"}).status_code == 401
    assert http.get(f"/wallet/authorizations/{other['authorization_id']}").status_code == 401
    merchant = http.get("/wallet/operations", headers=_as(sandbox, "merchant")).json()["operations"]
    assert other["authorization_id"] not in {op["authorization_id"] for op in merchant}  # not its payment
    assert http.get(f"/wallet/authorizations/{other['authorization_id']}",
                    headers=_as(sandbox, "merchant")).status_code == 404
    operator = http.get("/wallet/operations", headers=_as(sandbox, "operator")).json()["operations"]
    assert other["authorization_id"] in {op["authorization_id"] for op in operator}


def test_a_hold_bound_to_a_placed_order_cannot_be_voided(http: httpx.Client, sandbox: SandboxProcess) -> None:
    checkout_id, quote = _priced(http, sandbox, _stocked(sandbox, 6), "dana")
    hold = _authorize(http, sandbox, quote, sign(sandbox, quote)).json()
    placed = complete(http, checkout_id, hold["authorization_id"])
    assert placed.status_code == 200, placed.text
    order_id = placed.json()["order"]["id"]
    voided = http.post(f"/wallet/authorizations/{hold['authorization_id']}/void",
                       headers=key() | _as(sandbox, "merchant"), json={})
    assert voided.status_code == 409
    mine = key() | _as(sandbox, "platform")
    assert http.post(f"/checkout-sessions/{checkout_id}/cancel", headers=mine).status_code == 409
    state = _state(http, sandbox, hold["authorization_id"])
    assert (state["status"], state["captured"], state["order_id"]) == ("captured", quote.total, order_id)
    # The money goes back only through the merchant cancelling the order it pays for.
    canceled = http.post(f"/orders/{order_id}/cancel", headers=key() | _as(sandbox, "platform"), json={})
    assert canceled.status_code == 200, canceled.text
    assert _state(http, sandbox, hold["authorization_id"])["status"] == "refunded"


# Standing mandates -------------------------------------------------------------------------------------


def _mandate(sandbox: SandboxProcess, product_id: str, max_unit_price: int, shopper: str = "alice",
             quantity: int = 2, **terms: object) -> Mandate:
    return Mandate(mandate_id=f"mdt-{uuid.uuid4().hex[:12]}", shopper_id=shopper, product_id=product_id,
                   max_unit_price=max_unit_price, quantity=quantity, merchant=urlsplit(sandbox.url).netloc,
                   expires_at=datetime.now(UTC) + timedelta(days=1), nonce=uuid.uuid4().hex, **terms)


def _register(http: httpx.Client, sandbox: SandboxProcess, mandate: Mandate) -> str:
    signed = sign_mandate(shopper_key(sandbox, mandate.shopper_id), mandate)
    r = http.post("/wallet/mandates", headers=key() | _as(sandbox, "platform"),
                  json=signed.model_dump(mode="json"))
    assert r.status_code == 201, r.text
    return r.json()["mandate_id"]


def _under(http: httpx.Client, sandbox: SandboxProcess, mandate_id: str, quote: Quote) -> httpx.Response:
    return http.post(f"/wallet/mandates/{mandate_id}/authorize", headers=key() | _as(sandbox, "platform"),
                     json={"quote": quote.model_dump(mode="json")})


def _mandate_quote(http: httpx.Client, sandbox: SandboxProcess, product_id: str, quantity: int = 1,
                   buyer: str = "alice") -> tuple[str, Quote]:
    checkout_id, quote = _priced(http, sandbox, product_id, buyer, quantity)
    return checkout_id, quote.model_copy(update={"merchant": urlsplit(sandbox.url).netloc})


def test_a_mandate_bounds_the_total_and_the_adjustments(http: httpx.Client, sandbox: SandboxProcess) -> None:
    pid = _stocked(sandbox, 7)
    checkout_id, quote = _mandate_quote(http, sandbox, pid, quantity=2)
    unit = quote.lines[0].unit_price
    capped = _register(http, sandbox, _mandate(sandbox, pid, unit, max_total=quote.total - 1))
    over = _under(http, sandbox, capped, quote)
    assert over.status_code == 422 and _code(over) == "mandate_total_exceeded"
    # One item, but ¥100,000 of "shipping": the wallet adds the quote up itself and bounds what it may add.
    one = _register(http, sandbox, _mandate(sandbox, pid, unit, quantity=1))
    line = quote.lines[0].model_copy(update={"quantity": 1, "line_total": unit})
    inflated = quote.model_copy(update={
        "lines": [line], "subtotal": unit, "adjustments": [Adjustment(kind="shipping", label="Shipping",
                                                                       amount=10_000_000)],
        "total": unit + 10_000_000})
    refused = _under(http, sandbox, one, inflated)
    assert refused.status_code == 422 and _code(refused) == "amount_mismatch"
    # Shipping inside the wallet's bound, but the total over what the mandate allows.
    near = inflated.model_copy(update={
        "adjustments": [Adjustment(kind="shipping", label="Shipping", amount=2_900)], "total": unit + 2_900})
    assert _code(_under(http, sandbox, one, near)) == "mandate_total_exceeded"
    with sqlite3.connect(sandbox.db_path) as db:
        held = db.execute("SELECT COUNT(*) FROM wallet_authorization WHERE mandate_id IN (?, ?)",
                          (capped, one)).fetchone()[0]
    assert held == 0
    http.post(f"/checkout-sessions/{checkout_id}/cancel", headers=key() | as_platform(http))


def test_a_revoked_or_someone_elses_mandate_buys_nothing(http: httpx.Client, sandbox: SandboxProcess) -> None:
    pid = _stocked(sandbox, 8)
    checkout_id, quote = _mandate_quote(http, sandbox, pid)
    unit = quote.lines[0].unit_price
    mandate_id = _register(http, sandbox, _mandate(sandbox, pid, unit))
    assert http.get(f"/wallet/mandates/{mandate_id}", params={"shopper_id": "bob"},
                    headers=_as(sandbox, "platform")).status_code == 404
    assert http.get(f"/wallet/mandates/{mandate_id}", headers=_as(sandbox, "platform")).status_code == 422
    assert http.get(f"/wallet/mandates/{mandate_id}", params={"shopper_id": "alice"}).status_code == 401
    _, bobs = _mandate_quote(http, sandbox, pid, buyer="bob")
    not_his = _under(http, sandbox, mandate_id, bobs)
    assert not_his.status_code == 404 and _code(not_his) == "mandate_not_found"
    by_bob = http.post(f"/wallet/mandates/{mandate_id}/revoke", headers=key() | _as(sandbox, "platform"),
                       json={"shopper_id": "bob"})
    assert by_bob.status_code == 404
    revoked = http.post(f"/wallet/mandates/{mandate_id}/revoke", headers=key() | _as(sandbox, "platform"),
                        json={"shopper_id": "alice"})
    assert revoked.status_code == 200 and revoked.json()["status"] == "revoked"
    refused = _under(http, sandbox, mandate_id, quote)
    assert refused.status_code == 409 and _code(refused) == "mandate_revoked"
    http.post(f"/checkout-sessions/{checkout_id}/cancel", headers=key() | as_platform(http))
    http.post(f"/checkout-sessions/{bobs.checkout_id}/cancel", headers=key() | as_platform(http))


def test_a_mandates_use_count_and_budget_are_spent(http: httpx.Client, sandbox: SandboxProcess) -> None:
    pid = _stocked(sandbox, 9)
    quotes = [_mandate_quote(http, sandbox, pid) for _ in range(3)]
    unit, total = quotes[0][1].lines[0].unit_price, quotes[0][1].total
    twice = _register(http, sandbox, _mandate(sandbox, pid, unit, single_use=False, max_uses=2))
    assert _under(http, sandbox, twice, quotes[0][1]).status_code == 201
    assert _under(http, sandbox, twice, quotes[1][1]).status_code == 201
    third = _under(http, sandbox, twice, quotes[2][1])
    assert third.status_code == 409 and _code(third) == "mandate_used"
    budget = _register(http, sandbox, _mandate(sandbox, pid, unit, single_use=False, budget=total + 1))
    assert _under(http, sandbox, budget, quotes[2][1]).status_code == 201
    more = [_mandate_quote(http, sandbox, pid)]
    spent = _under(http, sandbox, budget, more[0][1])
    assert spent.status_code == 422 and _code(spent) == "mandate_budget_exceeded"
    for checkout_id, _ in quotes + more:
        http.post(f"/checkout-sessions/{checkout_id}/cancel", headers=key() | as_platform(http))


# Spending caps -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def capped_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    """A sandbox of its own whose daily cap is three purchases of prd-00007 (the shared one's caps are the
    defaults); the per-authorization cap is two."""
    home: Path = tmp_path_factory.mktemp("capped-home")
    mp = pytest.MonkeyPatch()
    with SandboxProcess(home, seed=7, products=300) as probe, \
            stranger_http(probe) as client:
        priced = set_address(client, open_checkout(client, "prd-00007", 1, buyer="dana").json()["id"])
        total = priced["dev.errand"]["total"]
    mp.setenv("ERRAND_SANDBOX_CAP_PER_DAY", str(3 * total + total // 2))
    mp.setenv("ERRAND_SANDBOX_CAP_PER_AUTHORIZATION", str(2 * total))
    try:
        with SandboxProcess(home, seed=7, products=300) as proc:
            proc.one_total = total  # type: ignore[attr-defined]
            yield proc
    finally:
        mp.undo()


def test_concurrent_errands_cannot_all_pass_the_daily_cap(capped_sandbox: SandboxProcess) -> None:
    sandbox = capped_sandbox
    with stranger_http(sandbox, timeout=30) as http:
        priced = [_priced(http, sandbox, "prd-00007", "dana") for _ in range(8)]
        signed = [(quote, sign(sandbox, quote)) for _, quote in priced]
        assert all(quote.total == sandbox.one_total for quote, _ in signed)  # type: ignore[attr-defined]
        with ThreadPoolExecutor(max_workers=8) as pool:
            answers = list(pool.map(lambda qa: _authorize(http, sandbox, *qa), signed))
        assert sorted(r.status_code for r in answers) == [201] * 3 + [422] * 5
        refused = [r for r in answers if r.status_code == 422]
        assert all(_code(r) == "spending_cap_exceeded" and "cap_per_day" in r.json()["messages"][0]["content"]
                   for r in refused)
        counted = http.get("/wallet/shoppers/dana/spending", headers=_as(sandbox, "platform")).json()
        assert counted["held"] == counted["counted"] == 3 * sandbox.one_total  # type: ignore[attr-defined]
        assert http.get("/wallet/shoppers/dana/spending").status_code == 401
        _, probe = _priced(http, sandbox, "prd-00008", "chen")
        quantity = 3 * sandbox.one_total // probe.lines[0].unit_price + 1  # type: ignore[attr-defined]
        _, over = _priced(http, sandbox, "prd-00008", "chen", quantity=quantity)
        refused_one = _authorize(http, sandbox, over, sign(sandbox, over))
        assert refused_one.status_code == 422 and _code(refused_one) == "spending_cap_exceeded"
        assert "cap_per_authorization" in refused_one.json()["messages"][0]["content"]
