"""`errand chat` in a pseudo-terminal (prompt_toolkit's input line): after one typed sentence the quote is
printed above the prompt while the shopper types nothing more."""

from __future__ import annotations

import asyncio
import os
import pty
import select
import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.e2e.conftest import dev_client, dev_worker, e2e_settings  # noqa: F401 - re-exported fixtures
from tests.mcp.conftest import server_env  # noqa: F401 - re-exported fixture


@pytest.fixture
def chat_terminal(server_env, dev_worker) -> Iterator[tuple[subprocess.Popen[bytes], int]]:  # noqa: F811
    leader, follower = pty.openpty()
    env = {**server_env, "TERM": "xterm", "COLUMNS": "160", "LINES": "50"}
    process = subprocess.Popen([sys.executable, "-m", "errand.cli.main", "chat", "--shopper", "bob"],
                               stdin=follower, stdout=follower, stderr=follower, env=env, start_new_session=True)
    os.close(follower)
    yield process, leader
    process.terminate()
    process.wait(timeout=10)
    os.close(leader)


async def _read_until(leader: int, seen: bytearray, needle: bytes, timeout: float) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while needle not in seen:
        assert asyncio.get_running_loop().time() < deadline, f"never shown: {needle!r}\n{seen.decode(errors='replace')}"
        if select.select([leader], [], [], 0)[0]:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            seen.extend(chunk)
            if b"\x1b[6n" in chunk:  # prompt_toolkit asks where the cursor is; a terminal answers
                os.write(leader, b"\x1b[1;1R")
        else:
            await asyncio.sleep(0.05)


@pytest.mark.timeout(120)
async def test_a_quote_appears_above_the_prompt_without_pressing_enter(chat_terminal) -> None:
    _, leader = chat_terminal
    seen = bytearray()
    await _read_until(leader, seen, b"you>", 40)
    os.write(leader, "two packs of AA batteries under ¥40, delivered home\r".encode())
    await _read_until(leader, seen, b"quote ready", 60)
    await _read_until(leader, seen, b"quote digest", 20)  # the card, printed while the prompt waits
    os.write(leader, b"quit\r")
    assert b"Traceback" not in seen and b"error:" not in seen
