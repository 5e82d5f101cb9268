"""``python -m errand.worker``: run one Errand worker until SIGINT/SIGTERM."""

from __future__ import annotations

import asyncio
import logging
import signal

from .run import run_worker
from .settings import ErrandSettings
from .telemetry import configure_logging, configure_tracing


async def _main() -> None:
    configure_logging("worker", logging.WARNING)  # JSON lines unless on a terminal (ERRAND_LOG_FORMAT)
    configure_tracing("errand-worker")  # on only with an OTLP endpoint
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await run_worker(ErrandSettings(), stop)


if __name__ == "__main__":
    asyncio.run(_main())
