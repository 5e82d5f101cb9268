"""``python -m worker``: run one Errand worker until SIGINT/SIGTERM."""

from __future__ import annotations

import asyncio
import logging
import signal

from .run import run_worker
from .settings import ErrandSettings


async def _main() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await run_worker(ErrandSettings(), stop)


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s worker %(levelname)s %(message)s")
    asyncio.run(_main())
