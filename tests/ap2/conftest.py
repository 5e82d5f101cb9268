"""AP2 mandates on the real stack: the session sandbox as the merchant, the Temporal dev server, a real
worker; Errand's platform profile served over HTTP (so the merchant can read that it declares the extension
and negotiates it), and a proxy in front of the merchant that changes its answers on the way."""

from __future__ import annotations

import json
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from aiohttp import ClientSession, web
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment

from errand.connectors.ucp import platform_profile
from errand.sandbox.process import SandboxProcess, free_port
from errand.worker.settings import ErrandSettings
from tests.keys import enrol_shoppers

Rewrite = Callable[[str, dict[str, Any]], dict[str, Any]]


@pytest.fixture
def dev_client(dev_server_env: WorkflowEnvironment) -> Client:
    return dev_server_env.client


@pytest.fixture
def ap2_settings(settings: ErrandSettings, dev_client: Client) -> ErrandSettings:
    enrol_shoppers(settings, "alice")
    return settings.model_copy(update={"temporal_address": dev_client.service_client.config.target_host})


async def _serve(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner, f"http://127.0.0.1:{port}"


@pytest.fixture
def served_profile() -> Iterator[str]:
    """Errand's platform profile (which declares dev.ucp.shopping.ap2_mandate) at an HTTP URL, served from a
    thread so that a test blocked in a synchronous call still answers the merchant."""
    document = json.dumps(platform_profile()).encode()

    class Profile(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200 if self.path == "/profile.json" else 404)
            self.send_header("content-type", "application/json")
            self.end_headers()
            self.wfile.write(document if self.path == "/profile.json" else b"{}")

        def log_message(self, *_: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Profile)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/profile.json"
    server.shutdown()
    server.server_close()


@dataclass
class Proxy:
    """A proxy in front of the merchant: every request forwarded, JSON answers passed through ``rewrite``."""

    url: str
    checkout_ids: list[str] = field(default_factory=list)


async def proxy(target: str, rewrite: Rewrite) -> tuple[web.AppRunner, Proxy]:
    session = ClientSession()
    seen = Proxy(url="")

    async def forward(request: web.Request) -> web.Response:
        # The Host header goes through: the merchant names the proxy as its address (discovery's endpoint, the
        # links in the checkouts it signs), so the platform keeps talking through it.
        headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
        async with session.request(request.method, f"{target}{request.rel_url}", headers=headers,
                                   data=await request.read(), allow_redirects=False) as answer:
            body = await answer.read()
            kind = answer.headers.get("content-type", "")
        if kind.startswith("application/json") and body:
            document = json.loads(body)
            if isinstance(document, dict):
                if request.path.startswith("/checkout-sessions") and isinstance(document.get("id"), str):
                    seen.checkout_ids.append(document["id"])
                body = json.dumps(rewrite(request.path, document)).encode()
        return web.Response(status=answer.status, body=body, content_type=kind.split(";")[0] or None)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", forward)
    app.on_cleanup.append(lambda _: session.close())
    runner, url = await _serve(app)
    seen.url = url
    return runner, seen


@pytest.fixture
async def proxied(sandbox: SandboxProcess) -> AsyncIterator[Callable[[Rewrite], Any]]:
    """Start proxies in front of the session sandbox; each is stopped after the test."""
    runners: list[web.AppRunner] = []

    async def start(rewrite: Rewrite) -> Proxy:
        runner, seen = await proxy(sandbox.url, rewrite)
        runners.append(runner)
        return seen

    yield start
    for runner in runners:
        await runner.cleanup()
