"""``errand audit checkpoint`` and ``errand audit verify`` as the CLI runs them: settings in, lines and a code out."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from errand.ledger import Ledger
from errand.ledger.checkpoint import read_published
from errand.ledger.cli_support import run_checkpoint, run_verify
from errand.sandbox.process import free_port
from errand.worker.settings import ErrandSettings
from tests.ledger.helpers import drop_triggers, record, truncate_tail


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[dict]]]:
    """An HTTP endpoint that keeps what is POSTed to it (a stand-in for a remote checkpoint log)."""
    received: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(201)
            self.end_headers()

        def log_message(self, *_args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/checkpoints", received
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def cli_settings(tmp_path: Path, sqlite_url: str) -> ErrandSettings:
    return ErrandSettings(home=tmp_path / "home", database_url=sqlite_url,
                          sandbox_url=f"http://127.0.0.1:{free_port()}")


def test_checkpoint_then_verify(cli_settings: ErrandSettings, sqlite_url: str,
                                receiver: tuple[str, list[dict]]) -> None:
    url, received = receiver
    settings = cli_settings.model_copy(update={"checkpoint_url": url})
    with Ledger(sqlite_url) as ledger:
        for key in ("a", "b", "c"):
            ledger.append(record(key))
    line, code = run_checkpoint(settings)
    assert code == 0 and line.startswith("checkpoint signed: 3 rows"), line
    published = read_published(settings.checkpoint_path)
    assert [item.note for item in published] == [entry["note"] for entry in received]
    assert run_checkpoint(settings) == ("checkpoint unchanged: 3 rows, nothing appended since the latest", 0)

    lines, code = run_verify(settings)
    assert code == 0 and lines[0].startswith("ledger ok: 3 rows, chain intact, consistent with 1 signed"), lines
    lines, code = run_verify(settings, as_json=True)
    assert code == 0 and json.loads(lines[0])["latest_checkpoint"]["size"] == 3


def test_findings_are_one_line_each_and_fail(cli_settings: ErrandSettings, sqlite_url: str) -> None:
    with Ledger(sqlite_url) as ledger:
        for key in ("a", "b", "c"):
            ledger.append(record(key))
    assert run_checkpoint(cli_settings)[1] == 0
    drop_triggers(sqlite_url)
    truncate_tail(sqlite_url, 1)
    lines, code = run_verify(cli_settings)
    assert code == 1
    assert lines == ["ledger FINDING (truncated): truncated: checkpoint 1 signed 3 rows, the ledger has 1"]
    line, code = run_checkpoint(cli_settings)
    assert code == 1 and line.startswith("checkpoint refused: truncated"), line
