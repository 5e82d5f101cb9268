"""Human-readable rendering of ledger results for the CLI."""

from __future__ import annotations

from ledger.models import VerifyReport


def format_report(report: VerifyReport) -> str:
    """Summarise a verification in one line.

    Args:
        report: Result of `Ledger.verify`.

    Returns:
        e.g. ``"ledger ok: 42 rows, chain intact"`` or
        ``"ledger BROKEN at row 17: hash mismatch (the row was changed after it was written)"``.
    """
    if report.ok:
        noun = "row" if report.rows == 1 else "rows"
        return f"ledger ok: {report.rows} {noun}, chain intact"
    where = f"row {report.first_bad_seq}" if report.first_bad_seq is not None else "an unknown row"
    return f"ledger BROKEN at {where}: {report.problem}"
