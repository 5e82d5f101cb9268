"""Databases made by the previous release's own code (the commit before the migrations' baseline changed).

The release's ``sandbox``, ``ledger`` and ``domain`` packages are extracted from git into a folder and run in
a subprocess with only that folder in front of ``PYTHONPATH``, so the files are exactly what that release
would have left on a user's disk.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PREVIOUS_RELEASE = "7d9be11"
ROOT = Path(__file__).resolve().parents[2]

SANDBOX_SCRIPT = """
import sys
from pathlib import Path
from sqlalchemy import text
from sandbox.db import make_engine
from sandbox.seed import ensure_seeded

db = Path(sys.argv[1])
ensure_seeded(db, db.parent / "keys", 7, 40)
engine = make_engine(db)
with engine.begin() as conn:
    conn.execute(text(
        "INSERT INTO wallet_authorization (id, shopper_id, amount, currency, status, captured, refunded, quote_id,"
        " checkout_id, order_id, created_at) VALUES ('auth-old', 'alice', 1234, 'CNY', 'captured', 1234, 0,"
        " 'q-old', 'chk-old', 'ord-old', '2026-11-01 08:00:00.000000')"))
    conn.execute(text(
        "INSERT INTO courier_subscription (id, url, cursor, active, failures, created_at)"
        " VALUES ('sub-old', 'http://127.0.0.1:9/hook', 3, 1, 0, '2026-11-01 08:00:00.000000')"))
engine.dispose()
"""

LEDGER_SCRIPT = """
import sys
from ledger import Ledger
from ledger.models import LedgerRecord

with Ledger(sys.argv[1]) as ledger:
    for n in range(1, 4):
        ledger.append(LedgerRecord(idempotency_key=f"old-{n}", errand_id="errand-old", who="agent",
                                   what="quote.offered", evidence={"n": n}, outcome="offered"))
"""


@pytest.fixture(scope="session")
def previous_release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the previous release's ``sandbox``, ``ledger`` and ``domain`` packages."""
    shallow = subprocess.run(["git", "rev-parse", "--is-shallow-repository"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.strip()
    if shallow == "true":
        pytest.skip(f"a shallow clone has no {PREVIOUS_RELEASE} to build the previous release's databases from")
    folder = tmp_path_factory.mktemp("previous_release")
    archive = subprocess.run(["git", "archive", PREVIOUS_RELEASE, "sandbox", "ledger", "domain"], cwd=ROOT,
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def run_previous(release: Path, script: str, *args: str) -> None:
    """Run ``script`` with the previous release's packages first on the path (from inside that folder)."""
    env = {**os.environ, "PYTHONPATH": str(release)}
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=release, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    probe = subprocess.run([sys.executable, "-c", "import sandbox, ledger; print(sandbox.__file__, ledger.__file__)"],
                           cwd=release, env=env, capture_output=True, text=True, check=True).stdout
    assert probe.count(str(release)) == 2, probe  # the old code ran, not this checkout's


def make_sandbox_db(release: Path, db: Path) -> None:
    run_previous(release, SANDBOX_SCRIPT, str(db))


def make_ledger_db(release: Path, url: str) -> None:
    run_previous(release, LEDGER_SCRIPT, url)
