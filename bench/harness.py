"""A disposable local stack for the chaos and load runs: a persistent Temporal dev server, the sandbox and
worker subprocesses, each of which can be killed and started again.

Everything lives in one fresh home directory and listens on free loopback ports, so a run never touches
the demo's ports or anyone's ``~/.errand``.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from temporalio.api.enums.v1 import TaskQueueType
from temporalio.api.taskqueue.v1 import TaskQueue
from temporalio.api.workflowservice.v1 import DescribeTaskQueueRequest
from temporalio.client import Client
from temporalio.contrib.pydantic import pydantic_data_converter

from errand.cli.enrolment import enrol_seeded_shoppers
from errand.cli.keystore import KeyStore
from errand.sandbox.process import SandboxProcess, free_port
from errand.worker.settings import ErrandSettings
from errand.worker.stack import port_open, temporal_binary

ROOT = Path(__file__).resolve().parent.parent


def _wait_port(port: int, proc: subprocess.Popen[bytes], what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with code {proc.returncode}")
        if port_open("127.0.0.1", port):
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not open port {port} within {timeout:.0f}s")


class HarnessStack:
    """Temporal (file-backed), the sandbox and ``workers`` worker processes in ``home``.

    Args:
        home: a fresh directory for every database, key and log of the run.
        products: catalogue size the sandbox seeds.
        courier_step_seconds: simulated courier speed (0 delivers at once).
        workers: how many worker processes to keep running.
        max_concurrent_activities: per worker.
        persistent: keep Temporal's state in ``home/temporal.db`` (as ``errand up`` does) rather than in
            memory; a restart needs it.
        sqlite_pragmas: ``name=value`` pragmas for Temporal's SQLite store (``--sqlite-pragma``).
    """

    def __init__(self, home: Path, *, products: int = 2000, courier_step_seconds: float = 0.3,
                 workers: int = 1, max_concurrent_activities: int = 200, persistent: bool = True,
                 sqlite_pragmas: tuple[str, ...] = ()) -> None:
        self.home = home
        self.logs = home / "logs"
        self.temporal_port = free_port()
        self.http_port = free_port()
        self.metrics_port = free_port()
        self.sandbox = SandboxProcess(home, products=products, courier_step_seconds=courier_step_seconds,
                                      log_path=self.logs / "sandbox.log", startup_timeout=300)
        self.settings = ErrandSettings(
            home=home, temporal_address=f"127.0.0.1:{self.temporal_port}", task_queue="harness",
            sandbox_url="", database_url=f"sqlite:///{home / 'ledger.db'}", shipment_poll_seconds=1)
        self.persistent = persistent
        self.sqlite_pragmas = sqlite_pragmas
        self.worker_count = workers
        self.max_concurrent_activities = max_concurrent_activities
        self.temporal: subprocess.Popen[bytes] | None = None
        self.workers: list[subprocess.Popen[bytes] | None] = [None] * workers
        self.kills = 0
        self.temporal_restarts = 0

    @property
    def sandbox_db(self) -> Path:
        return self.sandbox.db_path

    def start(self) -> None:
        self.logs.mkdir(parents=True, exist_ok=True)
        self.start_temporal()
        self.sandbox.start()
        self.settings = self.settings.model_copy(update={"sandbox_url": self.sandbox.url})
        # The shoppers' keys, made here and registered before any errand starts (as `errand up` does).
        enrol_seeded_shoppers(KeyStore(self.home), self.sandbox.url, self.settings.admin_token)

    def start_temporal(self) -> None:
        log = (self.logs / "temporal.log").open("ab")
        self.temporal = subprocess.Popen(
            [temporal_binary(), "server", "start-dev", "--ip", "127.0.0.1", "--port", str(self.temporal_port),
             "--http-port", str(self.http_port), "--metrics-port", str(self.metrics_port), "--headless",
             *(["--db-filename", str(self.home / "temporal.db")] if self.persistent else []),
             *[arg for pragma in self.sqlite_pragmas for arg in ("--sqlite-pragma", pragma)],
             "--log-level", "error"],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        _wait_port(self.temporal_port, self.temporal, "Temporal dev server")

    def restart_temporal(self) -> None:
        """Stop the server (SIGTERM, as an operator would) and start it again on the same file and port."""
        assert self.temporal is not None
        self.temporal.send_signal(signal.SIGTERM)
        try:
            self.temporal.wait(30)
        except subprocess.TimeoutExpired:
            self.temporal.kill()
            self.temporal.wait(10)
        self.start_temporal()
        self.temporal_restarts += 1

    def start_worker(self, index: int) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
               "ERRAND_HOME": str(self.home), "ERRAND_TEMPORAL_ADDRESS": self.settings.temporal_address,
               "ERRAND_SANDBOX_URL": self.settings.sandbox_url, "ERRAND_TASK_QUEUE": self.settings.task_queue,
               "ERRAND_DATABASE_URL": self.settings.database_url}
        log = (self.logs / f"worker-{index}.log").open("ab")
        self.workers[index] = subprocess.Popen([sys.executable, "-m", "errand.worker"], stdout=log,
                                               stderr=subprocess.STDOUT, env=env, cwd=str(ROOT),
                                               start_new_session=True)

    def start_workers(self) -> None:
        for index in range(self.worker_count):
            self.start_worker(index)

    def kill_worker(self, rng: random.Random) -> int:
        """SIGKILL one running worker (no chance to finish anything); returns its index."""
        alive = [i for i, w in enumerate(self.workers) if w is not None and w.poll() is None]
        index = rng.choice(alive)
        proc = self.workers[index]
        assert proc is not None
        proc.kill()
        proc.wait(10)
        self.workers[index] = None
        self.kills += 1
        return index

    def revive_workers(self) -> int:
        """Start every worker slot that is empty or whose process has exited; returns how many."""
        revived = 0
        for index, proc in enumerate(self.workers):
            if proc is None or proc.poll() is not None:
                self.start_worker(index)
                revived += 1
        return revived

    def stop(self) -> None:
        for proc in self.workers:
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.workers:
            if proc is not None:
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(5)
        self.sandbox.stop()
        if self.temporal is not None and self.temporal.poll() is None:
            self.temporal.send_signal(signal.SIGTERM)
            try:
                self.temporal.wait(30)
            except subprocess.TimeoutExpired:
                self.temporal.kill()
                self.temporal.wait(5)


async def connect(address: str, attempts: int = 60) -> Client:
    """A client, retrying while the server starts."""
    for attempt in range(attempts):
        try:
            return await Client.connect(address, data_converter=pydantic_data_converter)
        except RuntimeError:
            if attempt == attempts - 1:
                raise
            await asyncio.sleep(0.5)
    raise AssertionError("unreachable")


async def wait_for_pollers(client: Client, task_queue: str, timeout: float = 120.0) -> None:
    """Wait until a worker polls ``task_queue``, so a measurement does not include the worker's boot."""
    request = DescribeTaskQueueRequest(namespace=client.namespace, task_queue=TaskQueue(name=task_queue),
                                       task_queue_type=TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW)
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        if (await client.workflow_service.describe_task_queue(request)).pollers:
            return
        await asyncio.sleep(0.2)
    raise RuntimeError(f"no worker polled {task_queue} within {timeout:.0f}s")
