"""Who may call what, without Temporal behind the app: credentials, cross-site writes, sessions, bad input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
from fastapi import FastAPI

from errand.api.auth import SESSION_COOKIE
from errand.api.store import ApiStore, digest, sessions
from tests.api.conftest import OPERATOR, bearer

ORIGIN = {"Origin": "http://127.0.0.1:8800"}


def jar(session_id: str, headers: dict[str, str] | None = None) -> dict[str, str]:
    """The session cookie as the browser sends it (a header: the client keeps no cookie jar here)."""
    return {**(headers or {}), "Cookie": f"{SESSION_COOKIE}={session_id}"}
START = {"sentence": "two packs of AA batteries under ¥40, delivered home"}


def let_in(answer: httpx.Response) -> bool:
    """The credential was accepted: the list went on to Temporal, which this app has none of (503)."""
    return answer.status_code == 503 and answer.json()["error"]["code"] == "temporal_unavailable"


async def test_no_credential_is_401_everywhere(offline: httpx.AsyncClient) -> None:
    for method, path in (("GET", "/errands"), ("GET", "/errands/buy-alice-12345678"), ("POST", "/errands"),
                         ("GET", "/errands/buy-alice-12345678/events"), ("POST", "/chats"),
                         ("GET", "/operator/needs-human"), ("GET", "/operator/kpis")):
        answer = await offline.request(method, path, json={}, headers={"Idempotency-Key": "k1"})
        assert answer.status_code == 401, (method, path, answer.text)
        assert answer.json()["error"]["code"] == "unauthenticated"
    assert (await offline.get("/errands", headers=bearer("errand_st_made-up-token"))).status_code == 401


async def test_operator_endpoints_refuse_a_shopper_and_shopper_routes_refuse_the_operator(
        offline: httpx.AsyncClient, api_store: ApiStore) -> None:
    alice = api_store.issue_token("alice")
    for path in ("/operator/needs-human", "/operator/kpis", "/operator/errands/buy-alice-12345678"):
        answer = await offline.get(path, headers=bearer(alice))
        assert answer.status_code == 403, (path, answer.text)
    kill = await offline.post("/operator/kill-switch", json={"on": True}, headers={**bearer(alice),
                                                                                   "Idempotency-Key": "k"})
    assert kill.status_code == 403
    session = api_store.create_session("alice")
    answer = await offline.get("/operator/kpis", headers=jar(session))
    assert answer.status_code == 403
    answer = await offline.get("/errands", headers=bearer(OPERATOR))
    assert answer.status_code == 403 and "operator token" in answer.json()["error"]["message"]
    answer = await offline.get("/operator/kpis", headers=bearer(OPERATOR))
    assert answer.status_code == 200  # an empty ledger's KPIs


async def test_a_revoked_token_stops_working(offline: httpx.AsyncClient, api_store: ApiStore) -> None:
    token = api_store.issue_token("alice")
    assert let_in(await offline.get("/errands", headers=bearer(token)))
    assert api_store.revoke_tokens("alice") == 1
    assert (await offline.get("/errands", headers=bearer(token))).status_code == 401


async def test_cookie_writes_must_come_from_this_origin(offline: httpx.AsyncClient, api_store: ApiStore) -> None:
    session = api_store.create_session("alice")
    key = {"Idempotency-Key": "cross-1"}
    for headers in ({}, {"Origin": "https://evil.example"}, {"Origin": "http://127.0.0.1:8801"},
                    {"Referer": "https://evil.example/page"}, {"Origin": "null"}):
        answer = await offline.post("/errands", json=START, headers=jar(session, {**key, **headers}))
        assert answer.status_code == 403, (headers, answer.text)
        assert answer.json()["error"]["code"] == "cross_origin"
    for path in ("/session/end", "/session"):
        answer = await offline.post(path, json={"token": "x" * 20}, headers=jar(session, {"Origin": "https://evil.example"}))
        assert answer.status_code == 403
    # Reads are fine from anywhere that holds the cookie (SameSite=Strict keeps other sites from sending it).
    assert let_in(await offline.get("/errands", headers=jar(session)))


async def test_sign_in_with_a_token_sets_a_strict_http_only_cookie(offline: httpx.AsyncClient,
                                                                  api_store: ApiStore) -> None:
    token = api_store.issue_token("alice")
    wrong = await offline.post("/session", json={"token": "errand_st_not-a-token"}, headers=ORIGIN)
    assert wrong.status_code == 401
    old = api_store.create_session("alice")
    answer = await offline.post("/session", json={"token": token}, headers=jar(old, ORIGIN))
    assert answer.status_code == 200 and answer.json() == {"shopper_id": "alice"}
    cookie = answer.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # plain http on a loopback address
    session_id = answer.cookies[SESSION_COOKIE]
    assert session_id != old and api_store.session(old) is None  # the id set before the sign-in is gone
    assert api_store.session(session_id) is not None
    assert let_in(await offline.get("/errands", headers=jar(session_id)))
    out = await offline.post("/session/end", headers=jar(session_id, ORIGIN))
    assert out.status_code == 200 and api_store.session(session_id) is None
    assert (await offline.get("/errands", headers=jar(session_id))).status_code == 401


async def test_the_cookie_is_secure_off_loopback(offline_app: FastAPI, api_store: ApiStore) -> None:
    token = api_store.issue_token("alice")
    transport = httpx.ASGITransport(app=offline_app)
    async with httpx.AsyncClient(transport=transport, base_url="https://shop.example") as client:
        answer = await client.post("/session", json={"token": token}, headers={"Origin": "https://shop.example"})
    assert answer.status_code == 200 and "Secure" in answer.headers["set-cookie"]


async def test_sessions_expire_and_rotate(offline: httpx.AsyncClient, api_store: ApiStore) -> None:
    now = datetime.now(UTC)
    expired = api_store.create_session("alice", now - timedelta(hours=13), expires_at=now - timedelta(hours=1))
    assert (await offline.get("/errands", headers=jar(expired))).status_code == 401

    old = api_store.create_session("alice")
    with api_store.engine.begin() as conn:  # issued 20 minutes ago: due for a new id
        conn.execute(sessions.update().where(sessions.c.id_hash == digest(old))
                     .values(issued_at=now - timedelta(minutes=20)))
    answer = await offline.get("/errands", headers=jar(old))
    assert let_in(answer)
    fresh = answer.cookies[SESSION_COOKIE]
    assert fresh != old and "HttpOnly" in answer.headers["set-cookie"]
    assert let_in(await offline.get("/errands", headers=jar(fresh)))
    lapsed = api_store.session(old)
    assert lapsed is not None and lapsed.expires_at <= now + timedelta(minutes=1)  # only a short grace left


async def test_bad_input_is_a_clear_4xx(offline: httpx.AsyncClient, api_store: ApiStore) -> None:
    auth = {**bearer(api_store.issue_token("alice")), "Idempotency-Key": "bad-1"}
    cases = [
        ({}, "exactly one"),
        ({"sentence": "x", "intent": {"query": "AA batteries"}}, "exactly one"),
        ({"sentence": ""}, "sentence"),
        ({"sentence": "y" * 501}, "sentence"),
        ({"intent": {"query": "AA", "quantity": 0}}, "quantity"),
        ({"intent": {"query": "AA", "max_unit_price": -5}}, "max_unit_price"),
        ({"sentence": "x", "shopper_id": "bob"}, "shopper_id"),
        ({"sentence": "forty milk teas to the office", "kind": "bulk_order"}, "kind"),
    ]
    for body, says in cases:
        answer = await offline.post("/errands", json=body, headers=auth)
        assert answer.status_code == 422, (body, answer.text)
        assert says in answer.json()["error"]["message"], (body, answer.text)
    answer = await offline.post("/errands", content=b"{not json", headers={**auth, "Content-Type": "application/json"})
    assert answer.status_code == 422
    no_key = await offline.post("/errands", json=START, headers=bearer(api_store.issue_token("alice")))
    assert no_key.status_code in (400, 422) and "Idempotency-Key" in no_key.text
    for errand_id in ("../etc/passwd", "buy-" + "a" * 300, "BUY-alice-1"):
        answer = await offline.get(f"/errands/{errand_id}", headers=auth)
        assert answer.status_code == 404, errand_id
    answer = await offline.post("/returns", data={"order_id": "o-1", "reason": "because"}, headers=auth)
    assert answer.status_code == 422 and "reason must be one of" in answer.json()["error"]["message"]
    answer = await offline.post("/returns", data={"order_id": "o-1", "reason": "damaged"},
                                files={"photos": ("p.png", b"not an image", "image/png")},
                                headers={**auth, "Idempotency-Key": "bad-2"})
    assert answer.status_code == 422 and "not usable" in answer.json()["error"]["message"]
    answer = await offline.get("/operator/kpis?since=yesterday-ish", headers=bearer(OPERATOR))
    assert answer.status_code == 422
    huge = await offline.post("/returns", content=b"x", headers={**auth, "Content-Length": str(200 * 1024 * 1024)})
    assert huge.status_code == 413 and huge.json()["error"]["code"] == "too_large"


async def test_pages_send_a_strict_csp_and_metrics_count_requests(offline: httpx.AsyncClient) -> None:
    page = await offline.get("/signin")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    for needed in ('id="passkey-signin"', 'id="passkey-register"', 'id="shopper-id"', "/static/passkey.js"):
        assert needed in page.text
    assert "<script>" not in page.text and " style=" not in page.text and "onclick" not in page.text
    assert (await offline.get("/app/chat", follow_redirects=False)).headers["location"] == "/signin"
    metrics = await offline.get("/metrics")
    assert 'errand_api_requests_total{method="GET",route="/signin",status="200"}' in metrics.text
    schema = (await offline.get("/openapi.json")).json()
    assert {"/errands", "/errands/{errand_id}/approval", "/errands/{errand_id}/events", "/chats/{chat_id}/events",
            "/returns", "/watches", "/operator/kill-switch"} <= set(schema["paths"])
