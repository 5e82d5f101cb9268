"""`errand chat` shows progress while the shopper is typing: on the real dev server, with a fake input stream
that types nothing more after asking, the quote appears; an errand that ends with no match is announced,
with what was closest, exactly once."""

from __future__ import annotations

import asyncio
import io
import re

from rich.console import Console

from errand.cli.cmd_chat import run_chat
from tests.e2e.conftest import dev_client, dev_worker, e2e_settings  # noqa: F401 - re-exported fixtures


async def test_quote_and_no_match_appear_without_any_further_input(dev_client, e2e_settings, dev_worker) -> None:  # noqa: F811
    out = io.StringIO()
    console = Console(file=out, width=200)
    typed: list[str] = []

    async def shown(pattern: str, timeout: float = 60.0) -> re.Match[str]:
        """Wait, typing nothing, until the chat has printed ``pattern``."""
        deadline = asyncio.get_running_loop().time() + timeout
        while not (found := re.search(pattern, out.getvalue())):
            assert asyncio.get_running_loop().time() < deadline, f"never shown: {pattern}\n{out.getvalue()}"
            await asyncio.sleep(0.1)
        return found

    async def read_line() -> str | None:
        # The shopper asks once, then sits at the prompt: whatever appears next was printed while waiting.
        if not typed:
            typed.append("two packs of AA batteries under ¥40, delivered home")
            return typed[-1]
        if len(typed) == 1:
            await shown(r"quote ready — ¥[\d.,]+ for")
            await shown(r"Quote ")  # the quote card, not only the line
            typed.append("buy a pink USB-C cable for iPhone 99")
            return typed[-1]
        if len(typed) == 2:
            # Nothing fits exactly: the errand asks about the closest (or ends at once when nothing is near).
            await shown(r"(buy-bob-[0-9a-f]{8}): (Nothing fits .* Closest: 1\) |no match — )")
            typed.append("no")
            return typed[-1]
        if len(typed) == 3:
            await shown(r"(buy-bob-[0-9a-f]{8}): no match — ")
            await asyncio.sleep(2.0)  # long enough for a second announcement, if there were one
            typed.append("quit")
            return typed[-1]
        return None

    await asyncio.wait_for(run_chat(dev_client, e2e_settings, "bob", read_line, console, settle_seconds=0.1,
                                    poll_seconds=0.3), 150)
    text = out.getvalue()
    no_match = re.search(r"(buy-bob-[0-9a-f]{8}): no match — (.*)", text)
    assert no_match is not None, text
    assert text.count(f"{no_match.group(1)}: no match") == 1, text
    assert "Closest:" in no_match.group(2) or "Nothing in the catalogue" in no_match.group(2), text
