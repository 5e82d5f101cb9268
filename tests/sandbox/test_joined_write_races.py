"""Two requests that make the same row at once (a retry sent with a new Idempotency-Key while the first is
still running, two devices of one shopper) make it once: the later answers like a request that came after the
first, never 500. A shopper's key enrolled twice; a return photo uploaded twice.

Both requests are forced to have looked for the row, and found none, before either writes: each waits for the
other just before writing, for at most a couple of seconds (the sandbox may instead let the second wait until
the first is done, which this allows).
"""

from __future__ import annotations

import asyncio
import base64
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from fastapi import FastAPI
from sqlmodel import Session, select

from errand.sandbox.app import create_app
from errand.sandbox.common.auth import read_token
from errand.sandbox.db import ShopperRow
from errand.sandbox.returns import photos
from errand.sandbox.settings import SandboxSettings
from errand.sandbox.wallet import keys
from errand.sandbox.wallet.keys import ShopperKeyRow


def _when_both_looked(real: Callable[..., Any]) -> Callable[..., Any]:
    """``real``, called once both requests reach it (or after two seconds, when the other waits for this)."""
    both_looked = threading.Barrier(2)

    def wait_then(*args: Any, **kw: Any) -> Any:
        try:
            both_looked.wait(timeout=2)
        except threading.BrokenBarrierError:
            pass  # the other request is waiting for this one to finish
        return real(*args, **kw)

    return wait_then


def _app_with_alice(home: Path) -> FastAPI:
    app = create_app(SandboxSettings(home=home))
    with Session(app.state.engine) as s:
        s.add(ShopperRow(id="alice", name="Alice", addresses="[]", loyalty_points=0, public_key=""))
        s.commit()
    return app


async def test_one_key_enrolled_twice_at_once_is_enrolled_once(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    app = _app_with_alice(tmp_path)
    operator = {"Authorization": f"Bearer {read_token(tmp_path, 'operator')}"}
    public_key = base64.b64encode(Ed25519PrivateKey.generate().public_key().public_bytes(
        Encoding.Raw, PublicFormat.Raw)).decode()
    monkeypatch.setattr(keys, "_spend_code", _when_both_looked(keys._spend_code))
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as client:
        codes = []
        for _ in range(2):
            issued = await client.post("/admin/shoppers/alice/enrolment-codes", headers=operator)
            assert issued.status_code == 201, issued.text
            codes.append(issued.json()["code"])
        answers = await asyncio.gather(*(
            client.post("/wallet/shoppers/alice/keys", headers={"Idempotency-Key": uuid.uuid4().hex},
                        json={"public_key": public_key, "code": code}) for code in codes))

    assert sorted(r.status_code for r in answers) == [200, 201], [r.text for r in answers]
    assert answers[0].json()["key_id"] == answers[1].json()["key_id"]
    with Session(app.state.engine) as s:
        assert len(s.exec(select(ShopperKeyRow)).all()) == 1


async def test_one_photo_uploaded_twice_at_once_is_stored_once(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    app = _app_with_alice(tmp_path)
    platform = {"Authorization": f"Bearer {read_token(tmp_path, 'platform')}"}
    monkeypatch.setattr(photos, "utcnow", _when_both_looked(photos.utcnow))  # read when the new row is made
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as client:
        answers = await asyncio.gather(*(
            client.post("/returns/photos", params={"shopper_id": "alice"}, content=_PNG,
                        headers={**platform, "Idempotency-Key": uuid.uuid4().hex, "Content-Type": "image/png"})
            for _ in range(2)))

    assert [r.status_code for r in answers] == [201, 201], [r.text for r in answers]
    assert answers[0].json() == answers[1].json()
    with Session(app.state.engine) as s:
        assert len(s.exec(select(photos.ReturnPhotoRow)).all()) == 1


_PNG = bytes.fromhex(  # a 1x1 PNG
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000b49444154789c6360000200000500017a5eab3f"
    "0000000049454e44ae426082")
