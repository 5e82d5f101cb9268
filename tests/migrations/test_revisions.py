"""The committed revisions agree with the models, and a database at the newest revision opens cheaply."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import event

from errand.ledger import Ledger
from errand.ledger import migrations as ledger_migrations
from errand.ledger.schema import build_engine, normalize_url
from errand.sandbox import migrations as sandbox_migrations
from errand.sandbox.db import make_engine
from errand.sandbox.migrations import create_schema
from tests.migrations.schema_diff import ledger_diff, sandbox_diff


def test_head_constants_name_the_newest_revisions() -> None:
    for package in (sandbox_migrations, ledger_migrations):
        script = ScriptDirectory.from_config(package.alembic_config())
        assert script.get_heads() == [package.HEAD]


def test_a_new_sandbox_database_matches_the_models(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "sandbox.db")
    create_schema(engine)
    assert sandbox_migrations.current(engine) == sandbox_migrations.HEAD
    assert sandbox_diff(engine) == []
    engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_new_ledger_matches_the_model(tmp_path: Path, request: pytest.FixtureRequest, backend: str) -> None:
    url = f"sqlite:///{tmp_path / 'ledger.db'}" if backend == "sqlite" else str(request.getfixturevalue("pg_url"))
    Ledger(url).close()
    engine = build_engine(normalize_url(url))
    assert ledger_migrations.current(engine) == ledger_migrations.HEAD
    assert ledger_diff(engine) == []
    engine.dispose()


def test_a_sandbox_at_the_newest_revision_starts_with_one_query(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "sandbox.db")
    create_schema(engine)
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    create_schema(engine)
    engine.dispose()
    assert [s for s in statements if not s.startswith("PRAGMA")] == ["SELECT version_num FROM alembic_version"]


def test_starting_at_the_newest_revision_does_not_load_alembic(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "sandbox.db")
    create_schema(engine)
    engine.dispose()
    Ledger(f"sqlite:///{tmp_path / 'ledger.db'}").close()
    probe = (
        "import sys; from pathlib import Path; from errand.sandbox.db import make_engine;"
        "from errand.sandbox.migrations import create_schema;"
        "from errand.ledger import Ledger;"
        f"create_schema(make_engine(Path({str(tmp_path / 'sandbox.db')!r})));"
        f"Ledger({'sqlite:///' + str(tmp_path / 'ledger.db')!r}).close();"
        "print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_sandboxes_starting_together_on_a_new_file_upgrade_it_once(tmp_path: Path) -> None:
    db = tmp_path / "sandbox.db"
    start = ("import sys; from pathlib import Path; from errand.sandbox.db import make_engine;"
             "from errand.sandbox.migrations import create_schema;"
             "create_schema(make_engine(Path(sys.argv[1])))")
    starting = [subprocess.Popen([sys.executable, "-c", start, str(db)], stderr=subprocess.PIPE, text=True)
                for _ in range(3)]
    errors = [process.communicate(timeout=120)[1] for process in starting]
    assert [process.returncode for process in starting] == [0, 0, 0], errors
    engine = make_engine(db)
    assert sandbox_migrations.current(engine) == sandbox_migrations.HEAD
    assert sandbox_diff(engine) == []
    engine.dispose()
