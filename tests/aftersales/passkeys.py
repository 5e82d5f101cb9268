"""A shopper's passkey for after-sales changes: enrolled with the wallet (an operator's enrolment code) and the
approve body it makes for a change quote's digest, as the page sends it; the web app's settings in front of the
retail sandbox."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from temporalio.client import Client

from errand.domain.models import SignedApproval
from errand.sandbox.process import SandboxProcess
from errand.worker.settings import ErrandSettings
from tests.passkeys.authenticator import SoftAuthenticator
from tests.passkeys.test_workflow import _enrol


def enrolled_phone(sandbox: SandboxProcess, shopper: str) -> SoftAuthenticator:
    """A fresh authenticator whose passkey the wallet registered for ``shopper``."""
    phone = SoftAuthenticator(shopper)
    _enrol(sandbox, phone)
    return phone


def change_approval(phone: SoftAuthenticator, digest: str, *, claimed_digest: str | None = None,
                    **assertion: object) -> SignedApproval:
    """The approve body of ``phone``'s assertion over ``digest`` (``claimed_digest``: the quote it says it is
    for, when an attacker names another)."""
    signed = phone.approve(digest, **assertion)
    return SignedApproval(shopper_id=phone.shopper_id, quote_digest=claimed_digest or digest,
                          signature=signed.signature, key_id=phone.key_id, passkey=signed)


@pytest.fixture
def e2e_settings(retail_sandbox: SandboxProcess, dev_client: Client, tmp_path: Path) -> ErrandSettings:
    """The web app and the worker in front of the retail sandbox (the after-sales data set): overrides the API
    tests' settings where it is imported."""
    return ErrandSettings(home=retail_sandbox.home, sandbox_url=retail_sandbox.url,
                          database_url=f"sqlite:///{tmp_path / 'ledger.db'}",
                          task_queue=f"errand-test-{uuid.uuid4().hex[:8]}",
                          temporal_address=dev_client.service_client.config.target_host)
