"""Shared pytest fixture: one real sandbox subprocess per test session (seed 7, full catalog), its seeded
shoppers enrolled with keys in the session home's key store (tests/keys.py reads them)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from errand.cli.enrolment import enrol_seeded_shoppers
from errand.cli.keystore import KeyStore
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess, free_port

__all__ = ["free_port", "sandbox"]


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    """A running sandbox in a fresh temporary home; stopped at the end of the session."""
    home = tmp_path_factory.mktemp("errand-home")
    with SandboxProcess(home, seed=7, products=20000) as proc:
        # Every seeded shopper enrols a key first, as `errand up` does: an errand reads the registered keys
        # when it starts, so a key enrolled later would not count for errands already running.
        enrol_seeded_shoppers(KeyStore(home), proc.url, read_token(home, "operator"))
        yield proc
