"""`errand kpis`: conversion, first-contact resolution, handle time and the other operator figures, from the ledger.

The figures are computed by `ledger.kpis` (their definitions are there and in the README); this module only
reads the options, shows a table and draws the chart. The chart is drawn with Pillow, which the project
already depends on for photos: a few bars do not need a plotting library and its numeric stack.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer
from PIL import Image, ImageDraw, ImageFont
from rich.console import Console
from rich.table import Table

from errand.ledger.kpis import Durations, KpiReport, Ratio, kpis_from_ledger, normalize_kind, parse_since
from errand.ledger.store import Ledger
from errand.worker.settings import ErrandSettings

console = Console()

_WIDTH, _ROW, _LEFT, _TOP = 900, 34, 300, 60
_TRACK = (235, 235, 235)
_COLOURS = {"rate": (46, 125, 186), "p50": (90, 170, 110), "p95": (230, 150, 60)}


def percent(ratio: Ratio) -> str:
    return "—" if ratio.rate is None else f"{ratio.rate:.1%} ({ratio.part}/{ratio.whole})"


def seconds(value: float | None) -> str:
    if value is None:
        return "—"
    if value < 120:
        return f"{value:.1f}s"
    if value < 7200:
        return f"{value / 60:.1f}min"
    return f"{value / 3600:.1f}h"


def _times(d: Durations) -> str:
    if not d.count:
        return "—"
    return f"avg {seconds(d.average)} · p50 {seconds(d.p50)} · p95 {seconds(d.p95)} (n={d.count})"


def kpi_table(report: KpiReport) -> Table:
    scope = ", ".join(part for part in (
        f"kind {report.kind}" if report.kind else "",
        f"since {report.since:%Y-%m-%d %H:%M} UTC" if report.since else "") if part) or "all errands"
    table = Table("KPI", "value", title="Errand KPIs",
                  caption=f"{scope}: {report.errands} errands, {report.finished} finished")
    funnel = report.conversion
    table.add_row("conversion (offered → approved → delivered)",
                  f"{funnel.offered} → {funnel.approved} → {funnel.delivered}")
    table.add_row("  quotes approved", percent(funnel.approval))
    table.add_row("  quotes delivered", percent(funnel.delivery))
    table.add_row("first-contact resolution", percent(report.first_contact_resolution))
    for kind, durations in report.handle_time.items():
        table.add_row(f"handle time: {kind}", _times(durations))
    table.add_row("action precision (approved / answered)", percent(report.action_precision))
    table.add_row("  quotes left to expire", str(report.quotes_expired))
    table.add_row("returns processing (start → refund)", _times(report.returns_processing))
    table.add_row("failed-delivery rate", percent(report.failed_delivery))
    table.add_row("compensation (rollback) rate", percent(report.compensation))
    return table


def draw_chart(report: KpiReport, path: Path) -> None:
    """A PNG with the rates as bars (0–100 %) and the handle times (p50, p95) per kind."""
    rates = [("approved / offered", report.conversion.approval), ("delivered / offered", report.conversion.delivery),
             ("first-contact resolution", report.first_contact_resolution),
             ("action precision", report.action_precision), ("failed deliveries", report.failed_delivery),
             ("compensations", report.compensation)]
    times = [(f"handle {kind}", d) for kind, d in report.handle_time.items()]
    if report.returns_processing.count:
        times.append(("returns processing", report.returns_processing))
    height = _TOP + _ROW * (len(rates) + 2 + 2 * len(times)) + 40
    image = Image.new("RGB", (_WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=16)
    # The default font has no em dash: plain ASCII punctuation in the picture.
    draw.text((20, 16), f"Errand KPIs - {report.errands} errands, {report.finished} finished", fill="black",
              font=ImageFont.load_default(size=22))
    span = _WIDTH - _LEFT - 140
    y = _TOP
    for label, ratio in rates:
        draw.text((20, y + 6), label, fill="black", font=font)
        if ratio.rate is not None:
            draw.rectangle((_LEFT, y + 4, _LEFT + span, y + _ROW - 6), fill=_TRACK)
            if ratio.part:
                draw.rectangle((_LEFT, y + 4, _LEFT + max(1, round(span * ratio.rate)), y + _ROW - 6),
                               fill=_COLOURS["rate"])
        label_text = "n/a" if ratio.rate is None else f"{ratio.rate:.0%} ({ratio.part}/{ratio.whole})"
        draw.text((_LEFT + span + 10, y + 6), label_text, fill="black", font=font)
        y += _ROW
    y += _ROW
    longest = max((d.p95 or 0.0 for _, d in times), default=0.0)
    for label, durations in times:
        for which, value in (("p50", durations.p50), ("p95", durations.p95)):
            draw.text((20, y + 6), f"{label} {which}", fill="black", font=font)
            if value is not None and longest > 0:
                draw.rectangle((_LEFT, y + 4, _LEFT + max(1, round(span * value / longest)), y + _ROW - 6),
                               fill=_COLOURS[which])
            draw.text((_LEFT + span + 10, y + 6), "n/a" if value is None else seconds(value), fill="black",
                      font=font)
            y += _ROW
    image.save(path, format="PNG")


def register(app: typer.Typer) -> None:
    @app.command("kpis")
    def kpis_command(
        since: str = typer.Option(None, help="only errands started since: 7d, 12h, 30m, 2w or an ISO date"),
        kind: str = typer.Option(None, help="only this kind: buy, bulk, return, watch, reschedule, chat"),
        as_json: bool = typer.Option(False, "--json", help="one JSON object, for machines"),
        png: str = typer.Option(None, "--png", help="also draw the KPIs as a chart in this PNG file"),
    ) -> None:
        """Conversion, first-contact resolution, handle time, precision, returns, deliveries, rollbacks."""
        settings = ErrandSettings()
        try:
            start = parse_since(since)
            wanted = normalize_kind(kind)
        except ValueError as exc:
            console.print(f"[bold red]error:[/] {exc}")
            raise typer.Exit(2) from None
        with Ledger(settings.ledger_url) as ledger:
            report = kpis_from_ledger(ledger, since=start, kind=wanted)
        if as_json:
            typer.echo(json.dumps(report.as_json(), sort_keys=True))
        else:
            console.print(kpi_table(report))
        if png is not None:
            draw_chart(report, Path(png))
            if not as_json:
                console.print(f"chart written to {png}")
