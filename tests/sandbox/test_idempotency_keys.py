"""The key store behind the Idempotency-Key middleware: claims per caller, replay, conflict, expiry, and a
claim left by a dead process taken over."""

from __future__ import annotations

import time

from errand.sandbox.common.idempotency_store import (
    Answer,
    KeyStore,
    RequestTransaction,
    transactional_engine,
)
from errand.sandbox.db import make_engine
from errand.sandbox.migrations import create_schema


def _store(tmp_path, ttl: float = 3600) -> KeyStore:
    engine = make_engine(tmp_path / "keys.db")
    create_schema(engine)
    return KeyStore(transactional_engine(engine), ttl_seconds=ttl)


def _answer(store: KeyStore, scope: str, key: str, owner: str, body: bytes = b'{"ok":true}') -> None:
    tx = RequestTransaction(store.engine)
    try:
        assert tx.commit_with(store, scope, key, owner, Answer(201, [(b"content-type", b"application/json")],
                                                                [body]))
    finally:
        tx.close()


def test_a_key_is_claimed_once_per_caller_then_replayed(tmp_path) -> None:
    store = _store(tmp_path)
    owner = store.new_owner()
    assert store.claim("platform:errand", "buy-1/checkout", "fp", owner).kind == "claimed"
    assert store.claim("platform:errand", "buy-1/checkout", "fp", store.new_owner()).kind == "in_progress"
    assert store.claim("platform:errand", "buy-1/checkout", "other", store.new_owner()).kind == "conflict"
    assert store.claim("anonymous:", "buy-1/checkout", "fp", store.new_owner()).kind == "claimed"
    _answer(store, "platform:errand", "buy-1/checkout", owner)
    replay = store.claim("platform:errand", "buy-1/checkout", "fp", store.new_owner())
    assert (replay.kind, replay.status, replay.body) == ("replay", 201, b'{"ok":true}')
    assert store.claim("platform:errand", "buy-1/checkout", "other", store.new_owner()).kind == "conflict"


def test_a_released_claim_runs_again_and_a_stale_owner_cannot_store(tmp_path) -> None:
    store = _store(tmp_path)
    first = store.new_owner()
    assert store.claim("s", "k", "fp", first).kind == "claimed"
    store.release("s", "k", first)
    second = store.new_owner()
    assert store.claim("s", "k", "fp", second).kind == "claimed"
    tx = RequestTransaction(store.engine)
    try:
        assert not tx.commit_with(store, "s", "k", first, Answer(200, [], [b"late"]))
    finally:
        tx.close()


def test_a_claim_left_by_a_dead_process_is_taken_over(tmp_path) -> None:
    dead = _store(tmp_path)
    assert dead.claim("s", "k", "fp", dead.new_owner()).kind == "claimed"
    restarted = KeyStore(dead.engine)  # a new process: another boot id
    assert restarted.claim("s", "k", "fp", restarted.new_owner()).kind == "claimed"


def test_keys_expire(tmp_path) -> None:
    store = _store(tmp_path, ttl=0.2)
    owner = store.new_owner()
    store.claim("s", "k", "fp", owner)
    _answer(store, "s", "k", owner)
    assert store.claim("s", "k", "other", store.new_owner()).kind == "conflict"
    time.sleep(0.3)
    assert store.claim("s", "k", "other", store.new_owner()).kind == "claimed"
