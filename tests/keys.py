"""The shoppers' signing keys in tests: enrolled against the running sandbox the way `errand enroll` does.

A key is generated in the shopper-side key store under the sandbox's home (the same ``ERRAND_HOME`` the
tests' CLI runs use) and its public half registered with the wallet using a one-time enrolment code issued
with the operator token the sandbox keeps there. Nothing derives a key from the world seed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from errand.cli.enrolment import local_key
from errand.cli.keystore import KeyStore
from errand.sandbox.common.auth import read_token
from errand.worker.settings import ErrandSettings


class _Sandbox(Protocol):
    @property
    def home(self) -> Path: ...

    @property
    def url(self) -> str: ...


def shopper_key(sandbox: _Sandbox, shopper: str) -> Ed25519PrivateKey:
    """``shopper``'s private key, enrolled with the running sandbox's wallet on first use."""
    operator = read_token(sandbox.home, "operator")
    return local_key(KeyStore(sandbox.home), sandbox.url, shopper, operator).private_key


def enrol_shoppers(settings: ErrandSettings, *shoppers: str) -> None:
    """Make sure each shopper has a key in the CLI's key store under ``settings.home`` (as `errand up`)."""
    for shopper in shoppers:
        local_key(KeyStore(settings.home), settings.sandbox_url, shopper, settings.admin_token)


__all__ = ["enrol_shoppers", "shopper_key"]
