"""`errand db current` and `errand db upgrade` on the databases under ERRAND_HOME."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from errand.cli.main import app
from errand.ledger import migrations as ledger_migrations
from errand.sandbox import migrations as sandbox_migrations
from tests.migrations.previous_release import make_sandbox_db


def test_upgrade_brings_a_previous_release_sandbox_to_the_newest_revision(
        previous_release: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ERRAND_HOME", str(tmp_path))
    monkeypatch.delenv("ERRAND_DATABASE_URL", raising=False)
    make_sandbox_db(previous_release, tmp_path / "sandbox.db")
    runner = CliRunner()

    before = runner.invoke(app, ["db", "current"])
    assert before.exit_code == 0, before.output
    assert f"ledger: no database at {tmp_path / 'ledger.db'}" in before.output
    assert f"sandbox: at no revision, newest is {sandbox_migrations.HEAD}" in before.output

    upgraded = runner.invoke(app, ["db", "upgrade", "--sandbox"])
    assert upgraded.exit_code == 0, upgraded.output
    assert upgraded.output.strip() == f"sandbox: at {sandbox_migrations.HEAD}"
    assert not (tmp_path / "ledger.db").exists()  # only the database named

    runner.invoke(app, ["db", "upgrade", "--ledger"])
    after = runner.invoke(app, ["db", "current"])
    assert after.output.splitlines() == [f"ledger: at {ledger_migrations.HEAD} (newest)",
                                         f"sandbox: at {sandbox_migrations.HEAD} (newest)"]
