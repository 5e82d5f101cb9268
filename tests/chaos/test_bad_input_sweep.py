"""Bad-input sweep: generated garbage for the CLI's inputs, the approval signal and every write route.

Every case must end in a clear error (``CliError``, ``SentenceNotUnderstood``) or a recorded refusal, never
in a stuck workflow or a charge. Examples are derandomized and few, so the sweep is fast and the same in CI.
"""

from __future__ import annotations

import base64
import json
import re
import sqlite3
import uuid
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from errand.cli import errands
from errand.cli.errands import CliError
from errand.domain.models import Rejection, SignedApproval
from errand.domain.sentence import SentenceNotUnderstood, parse_buy_sentence
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.workflows import BuyWorkflow
from tests.sandbox.helpers import quote_for
from tests.workflows.helpers import approval_for, start_buy, wait_state

SWEEP = settings(max_examples=40, derandomize=True, database=None, deadline=None,
                 suppress_health_check=list(HealthCheck))

json_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                      st.text(max_size=50), st.text(min_size=1000, max_size=3000))
json_value = st.recursive(json_leaf, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                             st.dictionaries(st.text(max_size=12), inner, max_size=4)),
                          max_leaves=10)
approval_shaped = st.fixed_dictionaries({
    "shopper_id": st.one_of(st.sampled_from(["alice", "bob", "", "ALICE", "alice\x00"]), st.text(max_size=80)),
    "quote_digest": st.one_of(st.text(alphabet="0123456789abcdef", min_size=64, max_size=64), st.text(max_size=200)),
    "signature": st.one_of(st.binary(min_size=64, max_size=64).map(lambda b: base64.b64encode(b).decode()), st.text(max_size=300)),
})
shopper_text = st.one_of(st.sampled_from(["alice/../bob", "alice?x=1", "../buyers/alice", " alice", "zed", ""]),
                         st.text(max_size=80))


def collect(strategy: st.SearchStrategy[Any]) -> list[Any]:
    """Draw the sweep's examples for ``strategy`` (a handful, the same every run)."""
    drawn: list[Any] = []

    @SWEEP
    @given(strategy)
    def draw(value: Any) -> None:
        drawn.append(value)

    draw()
    return drawn


@SWEEP
@given(sentence=st.text(max_size=400), shopper=shopper_text)
def test_any_sentence_is_understood_or_refused_with_a_reason(sentence: str, shopper: str) -> None:
    try:
        intent = parse_buy_sentence(sentence, shopper)
    except SentenceNotUnderstood as exc:
        assert str(exc).strip()
    except ValidationError as exc:  # the shopper name itself is refused (the CLI turns this into one line)
        assert [e["loc"] for e in exc.errors()] == [("shopper_id",)]
    else:
        assert intent.quantity >= 1 and intent.query.strip()


def _active_holds(db_path, checkout_ids: set[str]) -> set[str]:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10) as conn:
        rows = conn.execute("SELECT id FROM checkout WHERE hold_active = 1").fetchall()
        auths = conn.execute("SELECT checkout_id FROM wallet_authorization").fetchall()
    return {r[0] for r in rows} & checkout_ids | {r[0] for r in auths} & checkout_ids


async def test_garbage_approvals_change_nothing_and_are_recorded(ts_client, settings, worker, sandbox) -> None:
    target = await start_buy(ts_client, settings.task_queue, shopper="alice")
    other = await start_buy(ts_client, settings.task_queue, shopper="alice")
    bobs = await start_buy(ts_client, settings.task_queue, shopper="bob")
    awaiting = lambda s: s.state == "awaiting_approval"
    status, other_status, bob_status = [await wait_state(h, awaiting) for h in (target, other, bobs)]
    assert status.quote is not None and status.quote_digest is not None

    forged_by_bob = approval_for(status, sandbox, signer="bob")
    adversarial: list[Any] = [
        approval_for(other_status, sandbox).model_dump(),  # replayed from another errand
        approval_for(bob_status, sandbox).model_dump(),  # another shopper's valid approval
        forged_by_bob.model_dump(),  # right digest, signed with bob's key, claiming alice
        {**forged_by_bob.model_dump(), "shopper_id": "bob"},  # bob approving alice's quote
        {**approval_for(status, sandbox).model_dump(), "signature": "A" * 86 + "=="},
        {"shopper_id": "alice", "quote_digest": status.quote_digest, "signature": "x" * 200_000},
    ]
    structured = adversarial + collect(approval_shaped)
    garbage = collect(json_value)
    for payload in structured + garbage:
        await target.signal("approve", payload)
    for payload in collect(json_value)[:10]:
        if not isinstance(payload, dict):  # a dict may well be a valid rejection: defaults fill it
            await target.signal("reject", payload)

    valid_shapes = sum(1 for p in structured + garbage if _is_approval(p))
    status = await wait_state(target, lambda s: sum(e.what == "approval.refused" for e in s.timeline) >= valid_shapes)
    assert status.state == "awaiting_approval" and status.authorization is None

    for handle, shopper in ((target, "alice"), (other, "alice"), (bobs, "bob")):
        await handle.signal(BuyWorkflow.reject, Rejection(shopper_id=shopper, reason="sweep over"))
    results = [await handle.result() for handle in (target, other, bobs)]
    assert [r.state for r in results] == ["rejected"] * 3
    checkouts = {r.quote.checkout_id for r in results if r.quote is not None}
    assert _active_holds(sandbox.db_path, checkouts) == set()  # no hold left, no authorization ever made


def _is_approval(payload: Any) -> bool:
    try:
        SignedApproval.model_validate(payload)
    except Exception:  # noqa: BLE001 - any refusal to parse means the signal is dropped, not recorded
        return False
    return True


async def test_cli_inputs_end_in_a_clear_error_or_a_live_errand(ts_client, settings, worker) -> None:
    pairs = collect(st.tuples(st.one_of(st.text(max_size=200), st.sampled_from([
        "two packs of AA batteries under ¥40, delivered home", "a kettle to the moon", "-1 kettles",
        "999999 AA batteries", "a kettle under ¥0.001"])), st.one_of(st.just("alice"), shopper_text)))[:25]
    started = []
    for sentence, shopper in pairs:
        try:
            started.append(await errands.start_buy(ts_client, settings, sentence, shopper))
        except CliError as exc:
            assert str(exc).strip() and "\n" not in str(exc).strip()
    assert started  # some inputs were good: those errands are ordinary ones
    for errand_id in started:  # every errand that did start is a normal one the shopper can walk away from
        status = await errands.wait_for(ts_client, errand_id, lambda s: s.state == "awaiting_approval")
        if not status.finished:
            assert (await errands.reject(ts_client, errand_id, "sweep")).state == "rejected"

    for errand_id in collect(st.one_of(st.text(max_size=120), st.sampled_from(["buy-alice-00000000", "buy-", "-"])))[:10]:
        with pytest.raises(CliError):
            await errands.get_status(ts_client, errand_id)
        with pytest.raises(CliError):
            await errands.reject(ts_client, errand_id, "nothing")


async def test_the_api_refuses_garbage_without_moving_money(sandbox) -> None:
    platform = {"Authorization": f"Bearer {read_token(sandbox.home, 'platform')}"}
    async with httpx.AsyncClient(base_url=sandbox.url, timeout=10, headers=platform) as client:
        opened = await client.post("/checkout-sessions", headers=_key(), json={
            "line_items": [{"item": {"id": "prd-00002"}, "quantity": 1}], "dev.errand": {"buyer_id": "alice"}})
        checkout = (await client.put(f"/checkout-sessions/{opened.json()['id']}", headers=_key(), json={
            "fulfillment": {"methods": [{"type": "shipping", "selected_destination_id": "home"}]}})).json()
        quote = quote_for(checkout).model_dump(mode="json")
        for approval in collect(approval_shaped):
            answer = await client.post("/wallet/authorizations", headers=_key(),
                                       json={"shopper_id": "alice", "quote": quote, "approval": approval})
            assert answer.status_code in (403, 422), answer.text
        writes = ["/checkout-sessions", f"/checkout-sessions/{checkout['id']}/complete", "/wallet/authorizations",
                  "/wallet/authorizations/auth_nope/capture", "/courier/shipments"]
        for body in collect(json_value)[:15]:
            for path in writes:
                answer = await client.post(path, headers=_key(), json=body)
                assert 400 <= answer.status_code < 500, (path, body, answer.text)
        await client.post(f"/checkout-sessions/{checkout['id']}/cancel", headers=_key())
    assert _active_holds(sandbox.db_path, {checkout["id"]}) == set()


def _key() -> dict[str, str]:
    return {"Idempotency-Key": uuid.uuid4().hex}


# Every write route the sandbox serves, swept with hostile bodies: numbers past 64 bits, naive datetimes,
# values of the wrong JSON type under the fields the routes read, bodies that are not JSON or not UTF-8.
FIELDS = ["line_items", "item", "id", "quantity", "amount", "reason", "shopper_id", "buyer_id", "dev.errand",
          "quote", "approval", "total", "expires_at", "order_id", "photos", "filters", "price", "query",
          "pagination", "limit", "cursor", "payment", "instruments", "fulfillment", "methods", "destination",
          "loyalty_points", "slot_id", "steps", "public_key", "code", "url", "delivered_days_ago",
          "branch_id"]
hostile_leaf = st.one_of(
    st.integers(min_value=2**63, max_value=2**200), st.integers(min_value=-(2**200), max_value=-(2**63) - 1),
    st.sampled_from(["2030-01-01T00:00:00", "2030-01-01", "yesterday", "", "\x00", "../../etc/passwd", "-1"]),
    st.floats(allow_nan=True, allow_infinity=True), json_leaf)
hostile_json = st.recursive(
    hostile_leaf, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                          st.dictionaries(st.sampled_from(FIELDS), inner, max_size=5)),
    max_leaves=12)
hostile_raw = st.one_of(st.binary(max_size=200),
                        st.sampled_from([b"\xff\xfe\xfd", b"{", b"[" * 3000, b"nul"]))


def _encode(value: Any) -> bytes:
    try:
        return json.dumps(value, allow_nan=True).encode()
    except ValueError:
        return repr(value).encode()


@pytest.fixture(scope="module")
def sweep_sandbox(tmp_path_factory: pytest.TempPathFactory):
    """A sandbox of its own: the sweep sends operator calls too, which must not disturb other tests."""
    with SandboxProcess(tmp_path_factory.mktemp("sweep-home"), seed=7, products=300) as proc:
        yield proc


def test_every_write_route_answers_hostile_bodies_with_a_ucp_4xx_never_a_500(sweep_sandbox) -> None:
    bearer = {role: {"Authorization": f"Bearer {read_token(sweep_sandbox.home, role)}"}
              for role in ("operator", "platform")}
    with httpx.Client(base_url=sweep_sandbox.url, timeout=30) as client:
        body = {"line_items": [{"item": {"id": "prd-00002"}, "quantity": 1}],
                "dev.errand": {"buyer_id": "alice"}}
        opened = client.post("/checkout-sessions", json=body,
                             headers={**bearer["platform"], "Idempotency-Key": "sweep-1"})
        checkout = opened.json()["id"]
        paths = client.get("/openapi.json").json()["paths"]
        routes = [(method.upper(), path) for path, operations in paths.items()
                  for method in operations if method in ("post", "put", "patch", "delete")]
        assert len(routes) > 30
        bodies = [_encode(v) for v in collect(hostile_json)[:25]] + collect(hostile_raw)[:10]
        failures = []
        for method, template in routes:
            if template.startswith("/admin/faults"):
                continue  # a valid fault would break the sweep itself; its models are swept by the others
            path = template.replace("{checkout_id}", checkout)
            path = re.sub(r"\{[a-z_]+\}", "x", path)
            role = "operator" if "/admin/" in path else "platform"
            for body in bodies:
                answer = client.request(method, path, content=body, headers={
                    **bearer[role], "Idempotency-Key": uuid.uuid4().hex, "Content-Type": "application/json"})
                # OAuth routes (Identity Linking) speak OAuth: their clients read RFC 6749 errors, not UCP's.
                shaped = answer.status_code < 400 or (_oauth_error(answer) if path.startswith("/oauth/")
                                                      else _ucp_error(answer))
                if answer.status_code >= 500 or not shaped:
                    failures.append((method, path, body[:120], answer.status_code, answer.text[:200]))
        assert failures == []
        assert client.get("/admin/health").status_code == 200


def _ucp_error(answer: httpx.Response) -> bool:
    try:
        message = answer.json()["messages"][0]
    except (ValueError, KeyError, IndexError, TypeError):
        return False
    return message.get("type") == "error" and bool(message.get("code"))


OAUTH_ERRORS = {"invalid_request", "invalid_client", "invalid_grant", "unauthorized_client",
                "unsupported_grant_type", "invalid_scope", "access_denied", "unsupported_response_type",
                "server_error", "temporarily_unavailable", "unsupported_token_type"}
"""RFC 6749 sections 4.1.2.1 and 5.2, and RFC 7009's unsupported_token_type."""


def _oauth_error(answer: httpx.Response) -> bool:
    """An RFC 6749 error: a client's fault is a 4xx whose body names one of the registered error codes."""
    try:
        error = answer.json()["error"]
    except (ValueError, KeyError, TypeError):
        return False
    return 400 <= answer.status_code < 500 and error in OAUTH_ERRORS - {"server_error", "temporarily_unavailable"}
