"""Browser tests: Debian's Chromium driven by Playwright's Python API (the system browser, nothing downloaded),
with a CDP virtual WebAuthn authenticator standing in for the phone's fingerprint reader, against the whole
local stack (sandbox, Temporal dev server, worker, the API on a real uvicorn at http://localhost).

Skipped, with the reason, when Playwright or Chromium is not there (``scripts/browser_deps.sh`` installs the
browser where it can).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import uvicorn

from errand.api.app import create_app
from errand.api.store import ApiStore
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess, free_port
from errand.worker.settings import ErrandSettings
from tests.api.conftest import api_store, dev_client, dev_worker, e2e_settings  # noqa: F401 - fixtures

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 800}


def chromium_path() -> str | None:
    """The system Chromium: ``ERRAND_CHROMIUM`` if set, else the first on PATH."""
    named = os.environ.get("ERRAND_CHROMIUM")
    if named:
        return named if os.path.exists(named) else None
    return next((found for name in CANDIDATES if (found := shutil.which(name))), None)


@pytest.fixture(scope="session")
def chromium() -> str:
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:
        pytest.skip("Playwright's Python package is not installed (pip install playwright)")
    path = chromium_path()
    if path is None:
        pytest.skip("no Chromium on this machine (apt-get install chromium, or set ERRAND_CHROMIUM); "
                    "scripts/browser_deps.sh installs it where it can")
    return path


@pytest.fixture
async def browser(chromium: str) -> AsyncIterator[Any]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=chromium, headless=True,
                                                   args=["--no-sandbox", "--disable-dev-shm-usage"])
        try:
            yield launched
        finally:
            await launched.close()


@pytest.fixture
def web_url(e2e_settings: ErrandSettings, api_store: ApiStore, dev_worker: Any) -> Iterator[str]:  # noqa: F811
    """The API and web app on a real uvicorn at http://localhost:<port> (a passkey's rp id cannot be an IP)."""
    port = free_port()
    url = f"http://localhost:{port}"
    app = create_app(e2e_settings.model_copy(update={"web_url": url}), store=api_store)
    app.state.api.poll_seconds = 0.2
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the API did not start"
        time.sleep(0.05)
    yield url
    server.should_exit = True
    thread.join(10)


def enrolment_code(sandbox: SandboxProcess, shopper: str) -> str:
    """A one-time enrolment code, as the operator hands one to the shopper."""
    headers = {"Authorization": f"Bearer {read_token(sandbox.home, 'operator')}",
               "Idempotency-Key": f"code-{time.time_ns()}"}
    r = httpx.post(f"{sandbox.url}/admin/shoppers/{shopper}/enrolment-codes", headers=headers, timeout=10)
    r.raise_for_status()
    return str(r.json()["code"])


async def virtual_authenticator(page: Any) -> tuple[Any, str]:
    """A CDP virtual platform authenticator on ``page`` (resident keys, user verification that succeeds)."""
    cdp = await page.context.new_cdp_session(page)
    await cdp.send("WebAuthn.enable", {"enableUI": False})
    added = await cdp.send("WebAuthn.addVirtualAuthenticator", {"options": {
        "protocol": "ctap2", "transport": "internal", "hasResidentKey": True, "hasUserVerification": True,
        "isUserVerified": True, "automaticPresenceSimulation": True}})
    return cdp, str(added["authenticatorId"])
