"""Running a command's coroutine the one way every command does.

A `CliError` is a message for the person at the terminal: printed in red, exit status 1, no traceback.
Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.text import Text

from .errands import CliError

T = TypeVar("T")


def run_command(coro: Coroutine[Any, Any, T], console: Console) -> T:
    """Run ``coro`` to its end and return what it returns; a `CliError` is printed on ``console`` and exits 1."""
    try:
        return asyncio.run(coro)
    except CliError as exc:
        console.print(Text.assemble(("error:", "bold red"), " ", str(exc)))  # the message is text, never markup
        raise typer.Exit(1) from None


__all__ = ["run_command"]
