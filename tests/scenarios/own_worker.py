"""A worker of a scenario's own, for errands that need settings the recorder's worker does not have (other
merchants, a platform profile served over HTTP): it serves a task queue of its own on the recorder's client
and sandbox, with a ledger of its own, and stops when the scenario leaves it. A scenario using it waits for
its errand's result inside, since no worker serves that queue afterwards."""

from __future__ import annotations

import json
import tempfile
import threading
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from temporalio.client import Client

from errand.connectors.ucp import platform_profile
from errand.sandbox.process import SandboxProcess
from errand.worker.run import errand_worker
from errand.worker.settings import ErrandSettings


@asynccontextmanager
async def own_worker(client: Client, sandbox: SandboxProcess, **changes: Any) -> AsyncIterator[ErrandSettings]:
    """Settings with ``changes`` on a fresh task queue, and a worker serving it while the block runs."""
    with tempfile.TemporaryDirectory(prefix="errand-rec-") as ledger_dir:
        settings = ErrandSettings(home=sandbox.home, sandbox_url=sandbox.url,
                                  task_queue=f"rec-own-{uuid.uuid4().hex[:8]}",
                                  database_url=f"sqlite:///{Path(ledger_dir) / 'ledger.db'}", **changes)
        async with errand_worker(client, settings):
            yield settings


@contextmanager
def served_platform_profile() -> Iterator[str]:
    """Errand's platform profile (declaring the AP2 mandate extension) at an HTTP URL a merchant can read, so
    that it negotiates the extension; served from a thread, so a blocked caller still answers."""
    document = json.dumps(platform_profile()).encode()

    class Profile(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            found = self.path == "/profile.json"
            self.send_response(200 if found else 404)
            self.send_header("content-type", "application/json")
            self.end_headers()
            self.wfile.write(document if found else b"{}")

        def log_message(self, *_: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Profile)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/profile.json"
    finally:
        server.shutdown()
        server.server_close()
