"""Attacks on the sandbox's telemetry, over real HTTP against a real sandbox subprocess writing JSON logs.

- reading ``/metrics`` without the operator's credential (it tells request volumes per route and status);
- filing log lines under another shopper's errand by sending its id as W3C baggage from outside;
- forging whole log lines by putting a newline and a JSON object into the request path;
- blowing up the metrics' label sets (and the sandbox's memory) with requests to endless distinct paths.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess

VICTIM = "buy-victim-0000"


@pytest.fixture(scope="module")
def logged_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    home = tmp_path_factory.mktemp("observability-attacks")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("ERRAND_LOG_FORMAT", "json")
        proc = SandboxProcess(home, seed=7, products=200, log_path=home / "sandbox.log").start()
    try:
        yield proc
    finally:
        proc.stop()


def _log_lines(proc: SandboxProcess) -> list[str]:
    log = Path(proc.home / "sandbox.log").read_text(encoding="utf-8")
    return [line for line in log.splitlines() if line.startswith("{")]


def _settled_log(proc: SandboxProcess, count: int) -> list[dict]:
    """The JSON log lines once there are at least ``count`` (each is written just after its answer)."""
    deadline = time.monotonic() + 10
    while len(lines := _log_lines(proc)) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return [json.loads(line) for line in lines]


def _auth(proc: SandboxProcess, role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {read_token(proc.home, role)}"}  # type: ignore[arg-type]


def test_metrics_are_not_readable_without_the_operators_credential(logged_sandbox: SandboxProcess) -> None:
    url = f"{logged_sandbox.url}/metrics"
    assert httpx.get(url).status_code == 401
    for role in ("merchant", "platform"):
        answer = httpx.get(url, headers=_auth(logged_sandbox, role))
        assert answer.status_code == 403 and "sandbox_requests" not in answer.text
    assert httpx.get(url, headers=_auth(logged_sandbox, "operator")).status_code == 200


def test_an_outsiders_baggage_cannot_file_log_lines_under_another_errand(logged_sandbox: SandboxProcess) -> None:
    marker = uuid.uuid4().hex
    before = len(_log_lines(logged_sandbox))
    forged = {"baggage": f"errand.id={VICTIM}", "traceparent": f"00-{marker}-{'1' * 16}-01"}
    for headers in (forged, {**forged, **_auth(logged_sandbox, "merchant")}):
        assert httpx.get(f"{logged_sandbox.url}/orders/ord_{marker}", headers=headers).status_code >= 400
    # The platform (a trusted caller) is believed: the same log field is filled in for it.
    trusted = {"baggage": "errand.id=buy-alice-trusted", **_auth(logged_sandbox, "platform")}
    assert httpx.get(f"{logged_sandbox.url}/admin/faults", headers=trusted).status_code == 403

    lines = _settled_log(logged_sandbox, before + 3)
    assert any(line.get("errand_id") == "buy-alice-trusted" for line in lines)
    assert sum(1 for line in lines if line.get("route") == "/orders/{order_id}") >= 2
    assert not [line for line in lines if line.get("errand_id") == VICTIM]


def test_a_newline_in_the_path_cannot_forge_a_log_line(logged_sandbox: SandboxProcess) -> None:
    fake = json.dumps({"level": "error", "message": "refund approved", "errand_id": VICTIM})
    before = len(_log_lines(logged_sandbox))
    path = "/orders/x%0A" + httpx.URL(fake).raw_path.decode().replace("/", "%2F")
    answer = httpx.get(f"{logged_sandbox.url}{path}", headers=_auth(logged_sandbox, "platform"))
    assert answer.status_code == 404
    logged = _settled_log(logged_sandbox, before + 1)  # each JSON line parses whole
    raw = Path(logged_sandbox.home / "sandbox.log").read_text(encoding="utf-8").splitlines()
    assert len(logged) == before + 1 and logged[-1]["route"] == "/orders/{order_id}"
    assert not [line for line in logged if line.get("message") == "refund approved"]
    assert not [line for line in raw if "refund approved" in line]


def test_endless_distinct_paths_do_not_grow_the_metrics(logged_sandbox: SandboxProcess) -> None:
    markers = [uuid.uuid4().hex for _ in range(60)]
    with httpx.Client(base_url=logged_sandbox.url) as client:
        for marker in markers:
            assert client.get(f"/no-such-route/{marker}").status_code == 404
            client.get(f"/orders/ord_{marker}", headers=_auth(logged_sandbox, "platform"))
    metrics = httpx.get(f"{logged_sandbox.url}/metrics", headers=_auth(logged_sandbox, "operator")).text
    assert not [marker for marker in markers if marker in metrics]
    routes = {line.split('route="')[1].split('"')[0] for line in metrics.splitlines()
              if line.startswith("sandbox_requests_total{")}
    assert "unmatched" in routes and "/orders/{order_id}" in routes and len(routes) < 20
