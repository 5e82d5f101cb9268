"""Record workflow histories for the replay tests: `python scripts/record_histories.py [--only NAME]`.

Runs every scenario in tests/scenarios (each important branch of each workflow) on the time-skipping test
server against a fresh sandbox, and writes one JSON history per scenario into tests/histories/. Re-record
after a deliberate, versioned change to a workflow (``workflow.patched``), having first moved the
histories it changes into ``tests/histories/pre-<change>/``: they stand for errands that were running at
the upgrade and must keep replaying. The replay test fails on any change that is not versioned.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment

from errand.cli.enrolment import enrol_seeded_shoppers
from errand.cli.keystore import KeyStore
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.worker.run import errand_worker
from errand.worker.settings import ErrandSettings
from tests.scenarios import MODULES, Scenario


def scenarios() -> dict[str, Scenario]:
    found: dict[str, Scenario] = {}
    for module in MODULES:
        found.update(importlib.import_module(module).SCENARIOS)
    return found


async def record(out: Path, only: set[str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home, SandboxProcess(Path(home)) as sandbox:
        # The shoppers enrol their keys before any errand starts, as `errand up` does.
        enrol_seeded_shoppers(KeyStore(Path(home)), sandbox.url, read_token(Path(home), "operator"))
        for name, scenario in scenarios().items():
            if only and name not in only:
                continue
            # A fresh test server per scenario: each one's skipped time stays its own.
            env = await WorkflowEnvironment.start_time_skipping(
                test_server_existing_path=str(Path(sys.executable).parent / "temporal-test-server"),
                data_converter=pydantic_data_converter)
            try:
                settings = ErrandSettings(home=Path(home), sandbox_url=sandbox.url, task_queue=f"rec-{name}",
                                          database_url=f"sqlite:///{home}/ledger.db")
                async with errand_worker(env.client, settings):
                    handle = await scenario(env.client, settings.task_queue, sandbox)
                    result = await handle.result()
                    history = await handle.fetch_history()
                (out / f"{name}.json").write_text(history.to_json())
                print(f"{name}: {getattr(result, 'state', result)} ({len(history.events)} events)")
            finally:
                await env.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "histories")
    parser.add_argument("--only", action="append", default=[], help="record just this scenario (repeatable)")
    args = parser.parse_args()
    asyncio.run(record(args.out, set(args.only)))


if __name__ == "__main__":
    main()
