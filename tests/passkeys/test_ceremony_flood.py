"""Asking for sign-in options needs no account: one client opening ceremonies as fast as it can must not fill the
API's table of open ceremonies and refuse everyone else's sign-in. Each client address keeps at most
``PER_CLIENT`` open; its oldest goes when it opens one more, and another client's ceremony is untouched.
(No wallet is reached: opening and taking a ceremony are the API's own.)"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from errand.api import passkeys
from errand.api.app import create_app
from errand.api.store import ApiStore
from errand.worker.settings import ErrandSettings

WEB = "http://localhost:8800"


async def _still_open(client: httpx.AsyncClient, ceremony_id: str) -> bool:
    """A ceremony still open takes the (malformed) answer and says so (422); a dropped one is unknown (400)."""
    answer = await client.post("/passkeys/login/verify", json={"ceremony_id": ceremony_id, "credential": {}})
    assert answer.status_code in (400, 422), answer.text
    return answer.status_code == 422


async def test_one_client_flooding_sign_in_options_does_not_refuse_another(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passkeys, "MAX_CEREMONIES", 40)  # the real bound is 10,000: the same rule, fewer requests
    settings = ErrandSettings(home=tmp_path, web_url=WEB, temporal_address="127.0.0.1:1",
                              database_url=f"sqlite:///{tmp_path / 'l.db'}")
    store = ApiStore(f"sqlite:///{tmp_path / 'api.db'}")
    app = create_app(settings, store=store)

    def client(host: str) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=(host, 40000)), base_url=WEB,
                                 headers={"Origin": WEB})

    try:
        async with client("198.51.100.7") as shopper, client("203.0.113.66") as flooder:
            waiting = (await shopper.post("/passkeys/login/options", json={})).json()["ceremony_id"]
            opened = []
            for _ in range(3 * passkeys.MAX_CEREMONIES):
                answer = await flooder.post("/passkeys/login/options", json={})
                assert answer.status_code == 200, answer.text  # the flooder's own oldest make way
                opened.append(answer.json()["ceremony_id"])
            assert len(app.state.passkey_ceremonies) <= passkeys.PER_CLIENT + 1
            later = await shopper.post("/passkeys/login/options", json={})
            assert later.status_code == 200, later.text
            assert await _still_open(shopper, waiting)  # the shopper's ceremony outlived the flood
            assert not await _still_open(flooder, opened[0])  # the flooder's first went long ago
            assert await _still_open(flooder, opened[-1])
    finally:
        store.close()
