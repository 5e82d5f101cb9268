"""`errand api-token issue|revoke`: the token is printed once and kept only as its hash."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from errand.api.store import ApiStore
from errand.cli.main import app


def test_issue_prints_a_token_the_api_accepts_and_revoke_ends_it(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ERRAND_HOME", str(tmp_path))
    runner = CliRunner()
    issued = runner.invoke(app, ["api-token", "issue", "--shopper", "alice", "--label", "flower shop app"])
    assert issued.exit_code == 0, issued.output
    token = issued.output.strip()
    assert token.startswith("errand_st_") and len(token) > 40
    assert token not in (tmp_path / "api.db").read_bytes().decode("latin-1")  # only its hash is stored
    store = ApiStore.under(tmp_path)
    try:
        assert store.token_shopper(token) == "alice"
        revoked = runner.invoke(app, ["api-token", "revoke", "--shopper", "alice"])
        assert revoked.exit_code == 0 and "revoked 1" in revoked.output
        assert store.token_shopper(token) is None
    finally:
        store.close()
    refused = runner.invoke(app, ["api-token", "issue", "--shopper", ""])
    assert refused.exit_code == 1 and "--shopper" in refused.output
