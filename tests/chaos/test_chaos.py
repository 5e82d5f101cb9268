"""A small chaos run in CI: eight buy errands under injected 5xx, timeouts and dropped answers, two worker
SIGKILLs and one Temporal restart; every money and stock invariant must hold afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.chaos import ChaosOptions, run_chaos
from bench.drivers import BuyDriver


@pytest.mark.timeout(300)
async def test_buy_errands_survive_kills_restarts_and_faults(tmp_path: Path) -> None:
    options = ChaosOptions(
        errands=8, kills=2, restart_temporal=True, error_rate=0.2, timeout_rate=0.05, drop_rate=0.1,
        timeout_ms=11000, seed=7, workers=2, products=500, kill_gap_seconds=(1.5, 3.0),
        downtime_seconds=(0.3, 1.0), deadline_seconds=120, home=tmp_path / "home",
        drivers=[BuyDriver(plans={"approve": 0.75, "reject": 0.125, "expire": 0.125}, expire_after_seconds=5)],
    )
    report = await run_chaos(options)
    assert report.ok, report.table()
    summary = dict(report.summary)
    assert summary["worker SIGKILLs"] == "2" and summary["Temporal restarts"] == "1", report.table()
    assert "8 completed" in summary["workflow statuses"], report.table()
