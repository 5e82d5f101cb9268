"""Run the sandbox as a child process (tests, the CLI and ``errand up`` use this)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Self

import httpx

_PROJECT_ROOT = Path(__file__).resolve().parents[2]  # the folder holding the ``errand`` package


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nothing is listening on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


class SandboxProcess:
    """``python -m sandbox`` in a subprocess, ready once ``/admin/health`` answers.

    Args:
        home: directory for the database and credentials (``home/sandbox.db``, ``home/credentials``).
        port: port to listen on; a free one is picked when omitted.
        host: loopback address to bind.
        seed: world seed.
        products: number of catalog products.
        courier_step_seconds: simulated courier speed.
        reservation_minutes: checkout hold lifetime.
        startup_timeout: seconds to wait for health before giving up.
        dataset: the data set served (``errand_world`` when omitted).
        dataset_dir: the data set's files, for data sets read from CSV.
        testing_hooks: mount the conformance suite's ``PUT /orders/{id}``.
        simulation_secret: mount ``POST /testing/simulate-shipping/{id}`` behind this secret.
        trusted_platform_profiles: platform profile URLs order webhooks may be sent for.
        env: further ``ERRAND_SANDBOX_*`` settings (a merchant's character, its wallet and credential there),
            through the environment so that no credential is on a command line.
    """

    def __init__(self, home: Path, port: int | None = None, *, host: str = "127.0.0.1", seed: int = 7,
                 products: int = 20000, courier_step_seconds: float | None = None,
                 reservation_minutes: int | None = None, startup_timeout: float = 60.0,
                 log_path: Path | None = None, dataset: str | None = None, dataset_dir: Path | None = None,
                 testing_hooks: bool = False, simulation_secret: str | None = None,
                 trusted_platform_profiles: list[str] | None = None, env: dict[str, str] | None = None) -> None:
        self.home = Path(home)
        self.host = host
        self.port = port or free_port(host)
        self.seed = seed
        self.products = products
        self.courier_step_seconds = courier_step_seconds
        self.reservation_minutes = reservation_minutes
        self.startup_timeout = startup_timeout
        self.dataset = dataset
        self.dataset_dir = dataset_dir
        self.testing_hooks = testing_hooks
        self.simulation_secret = simulation_secret
        self.trusted_platform_profiles = list(trusted_platform_profiles or [])
        self.env = dict(env or {})
        self._proc: subprocess.Popen[bytes] | None = None
        self._stderr_path: Path | None = None
        self._log_path = log_path

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def db_path(self) -> Path:
        return self.home / "sandbox.db"

    def start(self) -> Self:
        """Start the child and block until healthy; raises RuntimeError with its stderr tail otherwise."""
        self.home.mkdir(parents=True, exist_ok=True)
        cmd = [sys.executable, "-m", "errand.sandbox", "--host", self.host, "--port", str(self.port),
               "--home", str(self.home), "--seed", str(self.seed), "--products", str(self.products)]
        if self.courier_step_seconds is not None:
            cmd += ["--courier-step-seconds", str(self.courier_step_seconds)]
        if self.reservation_minutes is not None:
            cmd += ["--reservation-minutes", str(self.reservation_minutes)]
        if self.dataset is not None:
            cmd += ["--dataset", self.dataset]
        if self.dataset_dir is not None:
            cmd += ["--dataset-dir", str(self.dataset_dir)]
        if self.testing_hooks:
            cmd += ["--testing-hooks"]
        for profile in self.trusted_platform_profiles:
            cmd += ["--trusted-platform-profile", profile]
        env = {**os.environ, **self.env}
        if self.simulation_secret:
            # Through the environment, not argv: other local users can read a process's command line.
            env["ERRAND_SANDBOX_SIMULATION_SECRET"] = self.simulation_secret
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(_PROJECT_ROOT), env.get("PYTHONPATH")]))
        if self._log_path is not None:
            self._log_path.parent.mkdir(parents=True, exist_ok=True)
            self._stderr_path = self._log_path
            stderr_file = self._log_path.open("ab")
        else:
            fd, name = tempfile.mkstemp(prefix="errand-sandbox-", suffix=".log")
            self._stderr_path = Path(name)
            stderr_file = os.fdopen(fd, "wb")
        # stderr goes to a file, not a pipe: a chatty child must never block on a full pipe.
        with stderr_file as stderr:
            self._proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=stderr, env=env,
                                          cwd=str(_PROJECT_ROOT))
        self._wait_healthy()
        return self

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        with httpx.Client(timeout=2.0) as client:
            while time.monotonic() < deadline:
                assert self._proc is not None
                if self._proc.poll() is not None:
                    raise RuntimeError(f"sandbox exited with {self._proc.returncode}:\n{self.stderr_tail()}")
                try:
                    if client.get(f"{self.url}/admin/health").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"sandbox not healthy at {self.url} after {self.startup_timeout}s:\n"
                           f"{self.stderr_tail()}")

    def stderr_tail(self, lines: int = 40) -> str:
        if self._stderr_path is None or not self._stderr_path.exists():
            return ""
        return "\n".join(self._stderr_path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM, then SIGKILL if it does not exit within ``timeout`` seconds."""
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout)
        if self._stderr_path is not None and self._stderr_path != self._log_path:
            self._stderr_path.unlink(missing_ok=True)
            self._stderr_path = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
