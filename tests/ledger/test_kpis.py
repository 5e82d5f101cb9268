"""The KPIs over synthetic ledger rows: each definition, the edge cases (empty ledger, no payments), the filters
and the command's output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from rich.console import Console
from typer.testing import CliRunner, Result

from errand.ledger import Ledger, LedgerRecord
from errand.ledger.kpis import compute_kpis, parse_since, percentile
from errand.ledger.models import LedgerEntry

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


class Rows:
    """Builds ledger rows with chosen times (the store stamps its own, so these are built directly)."""

    def __init__(self) -> None:
        self.rows: list[LedgerEntry] = []

    def add(self, errand_id: str, what: str, minutes: float, who: str = "system") -> Rows:
        seq = len(self.rows) + 1
        self.rows.append(LedgerEntry(
            seq=seq, idempotency_key=f"{errand_id}/ledger/{seq}", errand_id=errand_id, who=who, what=what,
            evidence_json="{}", outcome="", created_at=(T0 + timedelta(minutes=minutes)).isoformat(),
            prev_hash="0" * 64, row_hash="0" * 64))
        return self

    def buy(self, errand_id: str, start: float, *whats: str, end: str | None = None,
            took: float = 10) -> Rows:
        self.add(errand_id, "errand.started", start, who="agent")
        for offset, what in enumerate(whats, start=1):
            self.add(errand_id, what, start + offset * 0.1, who="shopper" if what == "approval.accepted" else "system")
        if end is not None:
            self.add(errand_id, f"errand.{end}", start + took)
        return self


def test_an_empty_ledger_has_no_rates_and_no_times() -> None:
    report = compute_kpis([])
    assert report.errands == report.finished == 0
    assert report.conversion.approval.rate is None and report.first_contact_resolution.rate is None
    assert report.action_precision.rate is None and report.failed_delivery.rate is None
    assert report.compensation.rate is None and report.handle_time == {}
    assert report.returns_processing.count == 0 and report.returns_processing.p50 is None
    assert json.loads(json.dumps(report.as_json()))["compensation"] == {"part": 0, "whole": 0, "rate": None}


def test_conversion_precision_and_expiry_count_per_errand() -> None:
    rows = (Rows()
            .buy("buy-a-1", 0, "quote.offered", "approval.accepted", "payment.authorized", "payment.captured",
                 end="delivered")
            .buy("buy-a-2", 1, "quote.offered", "approval.accepted", "payment.authorized", "payment.voided",
                 end="failed")
            .buy("buy-a-3", 2, "quote.offered", "stock.released", end="rejected")
            .buy("buy-a-4", 3, "quote.offered", "approval.refused", "stock.released", end="expired")
            .buy("buy-a-5", 4, end="no_match"))
    report = compute_kpis(rows.rows)
    assert (report.conversion.offered, report.conversion.approved, report.conversion.delivered) == (4, 2, 1)
    assert report.conversion.approval.rate == 0.5 and report.conversion.delivery.rate == 0.25
    # Approved 2 of the 3 the shopper answered; the refused signature on the expired quote is no verdict.
    assert (report.action_precision.part, report.action_precision.whole) == (2, 3)
    assert report.quotes_expired == 1
    # Two errands paid; the failed one voided its hold. Stock released after a rejection is no rollback of a
    # payment.
    assert (report.compensation.part, report.compensation.whole) == (1, 2)


def test_no_payments_leave_the_compensation_rate_undefined() -> None:
    rows = Rows().buy("buy-a-1", 0, "quote.offered", "stock.released", end="rejected")
    report = compute_kpis(rows.rows)
    assert report.compensation.whole == 0 and report.compensation.rate is None
    assert report.action_precision.rate == 0.0


def test_a_person_in_the_errand_breaks_first_contact_resolution() -> None:
    rows = (Rows()
            .buy("return-a-1", 0, "policy.approve", "payment.refunded", end="refunded", took=30)
            .buy("return-a-2", 1, "escalated.needs_human", end="expired")
            .buy("return-a-3", 2, end="refused")
            .add("return-a-3", "decision.refused", 2.5, who="operator")
            .buy("buy-a-4", 3, "payment.authorized", "payment.needs_attention", end="failed")
            .buy("buy-a-5", 4, "quote.offered"))  # still waiting: not finished, not counted
    report = compute_kpis(rows.rows)
    assert report.finished == 4 and report.errands == 5
    assert (report.first_contact_resolution.part, report.first_contact_resolution.whole) == (1, 4)


def test_handle_time_per_kind_and_returns_processing() -> None:
    rows = Rows()
    for n, took in enumerate([10, 20, 30, 40, 100]):
        rows.buy(f"buy-a-{n}", n, "quote.offered", end="rejected", took=took)
    rows.buy("return-a-1", 0, "payment.refunded", end="refunded", took=60)
    rows.buy("return-a-2", 1, "payment.refunded", end="refunded", took=120)
    rows.buy("resched-a-1", 0, end="kept", took=5)
    report = compute_kpis(rows.rows)
    buy = report.handle_time["buy"]
    assert buy.count == 5 and buy.average == 40 * 60 and buy.p50 == 30 * 60 and buy.p95 == 100 * 60
    assert report.handle_time["resched"].average == 5 * 60
    # Start to the refund row (written just before errand.refunded): 0.1 min after the start here.
    returns = report.returns_processing
    assert returns.count == 2 and returns.p50 == pytest.approx(6) and returns.p95 == pytest.approx(6)
    assert set(report.handle_time) == {"buy", "return", "resched"}


def test_failed_deliveries_count_attempts() -> None:
    rows = (Rows()
            .buy("buy-a-1", 0, "delivery.failed_attempt", "delivery.failed_attempt", end="delivered")
            .buy("buy-a-2", 1, end="delivered")
            .buy("bulk-a-3", 2, end="partially_delivered")
            .buy("buy-a-4", 3, end="rejected"))
    report = compute_kpis(rows.rows)
    assert (report.failed_delivery.part, report.failed_delivery.whole) == (2, 5)


def test_since_and_kind_filter_errands_by_their_first_row() -> None:
    rows = (Rows()
            .buy("buy-a-1", 0, end="delivered", took=120)  # started before the cut, ended after it
            .buy("buy-a-2", 60, end="rejected")
            .buy("reschedule-x-1", 61, end="kept")
            .buy("resched-a-3", 90, end="kept"))
    since = T0 + timedelta(minutes=30)
    report = compute_kpis(rows.rows, since=since)
    assert report.errands == 3 and set(report.handle_time) == {"buy", "other", "resched"}
    assert report.handle_time["buy"].count == 1
    assert compute_kpis(rows.rows, since=since, kind="reschedule").errands == 1  # alias of the resched prefix
    assert compute_kpis(rows.rows, kind="buy").errands == 2
    assert compute_kpis(rows.rows, since=T0 + timedelta(days=1)).errands == 0


def test_kinds_are_the_known_prefixes_and_nothing_else() -> None:
    rows = Rows().buy("[bold]buy[/bold]-x-1", 0, end="failed").buy("watch-a-1", 1, end="ended")
    assert set(compute_kpis(rows.rows).handle_time) == {"other", "watch"}
    assert compute_kpis(rows.rows, kind="price_watch").errands == 1
    assert compute_kpis(rows.rows, kind="other").errands == 1
    with pytest.raises(ValueError, match="--kind takes"):
        compute_kpis(rows.rows, kind="[bold]buy[/bold]")


def test_parse_since() -> None:
    now = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    assert parse_since("7d", now) == now - timedelta(days=7)
    assert parse_since("12h", now) == now - timedelta(hours=12)
    assert parse_since("2026-11-01", now) == datetime(2026, 11, 1, tzinfo=UTC)
    assert parse_since("2026-11-01T10:00:00+08:00", now) == datetime(2026, 11, 1, 2, tzinfo=UTC)
    assert parse_since(None) is None
    for bad in ("yesterday", "7", "-3d", "7y"):
        with pytest.raises(ValueError, match="--since"):
            parse_since(bad, now)


def test_percentile_is_nearest_rank() -> None:
    assert percentile([5.0], 95) == 5.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.0
    assert percentile(list(map(float, range(1, 101))), 95) == 95.0


def _cli_env(tmp_path: Path) -> dict[str, str]:
    return {"ERRAND_HOME": str(tmp_path), "ERRAND_DATABASE_URL": f"sqlite:///{tmp_path / 'ledger.db'}",
            "COLUMNS": "200"}


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "errand.cli.main", "kpis", *args], capture_output=True, text=True,
                          timeout=60, env={**os.environ, **_cli_env(tmp_path)}, check=False)


def _cli_here(tmp_path: Path, *args: str) -> Result:
    """``errand kpis`` through the same Typer app, in this process, its tables as wide as the subprocess's
    (``COLUMNS`` is read when a console is made, not when it prints)."""
    from errand.cli import cmd_kpis
    from errand.cli.main import app

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cmd_kpis, "console", Console(width=200))
        return CliRunner().invoke(app, ["kpis", *args], env=_cli_env(tmp_path))


def test_the_command_reads_the_configured_ledger(tmp_path: Path) -> None:
    with Ledger(f"sqlite:///{tmp_path / 'ledger.db'}") as ledger:
        for n, (who, what) in enumerate([("agent", "errand.started"), ("agent", "quote.offered"),
                                         ("shopper", "errand.rejected")]):
            ledger.append(LedgerRecord(idempotency_key=f"k{n}", errand_id="buy-a-1", who=who, what=what))
    chart = tmp_path / "kpis.png"
    done = _cli(tmp_path, "--json", "--png", str(chart))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["conversion"] == {"offered": 1, "approved": 0, "delivered": 0, "approval_rate": 0.0,
                                    "delivery_rate": 0.0}
    assert report["action_precision"] == {"part": 0, "whole": 1, "rate": 0.0}
    with Image.open(chart) as image:
        assert image.format == "PNG" and image.width == 900
    # The same command's options, run in this process (one interpreter start above is enough to show the
    # command reads the configured ledger; each further one costs seconds of imports).
    table = _cli_here(tmp_path, "--kind", "buy")
    assert table.exit_code == 0 and "action precision (approved / answered)" in table.stdout
    assert "0.0% (0/1)" in table.stdout and "1 errands, 1 finished" in " ".join(table.stdout.split())
    assert json.loads(_cli_here(tmp_path, "--json", "--since", "1d").stdout)["errands"] == 1
    assert json.loads(_cli_here(tmp_path, "--json", "--since", "2020-01-01", "--kind", "return").stdout)["errands"] == 0
    refused = _cli_here(tmp_path, "--since", "last week")
    assert refused.exit_code == 2 and "--since takes" in refused.stdout
    refused = _cli_here(tmp_path, "--kind", "bye")
    assert refused.exit_code == 2 and "--kind takes" in refused.stdout


def test_the_chart_draws_each_rate_to_scale(tmp_path: Path) -> None:
    from errand.cli.cmd_kpis import draw_chart

    rows = Rows().buy("buy-a-1", 0, "quote.offered", "approval.accepted", end="delivered").buy(
        "buy-a-2", 1, "quote.offered", end="rejected")
    draw_chart(compute_kpis(rows.rows), tmp_path / "half.png")
    draw_chart(compute_kpis([]), tmp_path / "empty.png")  # nothing to divide by: drawn, with no bars
    with Image.open(tmp_path / "half.png") as half, Image.open(tmp_path / "empty.png") as empty:
        first_bar_y, left, span = 60 + 17, 300, 900 - 300 - 140
        blue = (46, 125, 186)
        assert half.getpixel((left + span // 4, first_bar_y)) == blue  # approved / offered: 1 of 2
        assert half.getpixel((left + 3 * span // 4, first_bar_y)) != blue
        assert empty.getpixel((left + span // 4, first_bar_y)) == (255, 255, 255)
