"""Shared pytest fixture: one real sandbox subprocess per test session (seed 7, full catalog)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sandbox.process import SandboxProcess, free_port

__all__ = ["free_port", "sandbox"]


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    """A running sandbox in a fresh temporary home; stopped at the end of the session."""
    home = tmp_path_factory.mktemp("errand-home")
    with SandboxProcess(home, seed=7, products=20000) as proc:
        yield proc
