"""Rich renderings of an errand for people: the quote card, the ranking, the timeline."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from errand.domain.models import ErrandStatus, ErrandStatusBase, Quote
from errand.domain.money import format_minor

_STATE_STYLE = {
    "delivered": "bold green", "awaiting_approval": "bold yellow", "rejected": "red", "expired": "red",
    "failed": "bold red", "no_match": "red",
}


def quote_card(quote: Quote, digest: str) -> Panel:
    table = Table.grid(padding=(0, 2))
    table.add_column(justify="left")
    table.add_column(justify="right")
    for line in quote.lines:
        # Text, not markup: a title is the merchant's words and a brand the wallet's, shown as the quote says.
        table.add_row(Text(f"{line.quantity}× {line.title}"), format_minor(line.line_total, quote.currency))
        if line.quantity > 1:
            table.add_row(Text(f"   {format_minor(line.unit_price, quote.currency)} each", style="dim"), "")
    table.add_row(Text("subtotal", style="dim"), format_minor(quote.subtotal, quote.currency))
    for adj in quote.adjustments:
        table.add_row(Text(adj.label, style="green" if adj.amount < 0 else ""),
                      format_minor(adj.amount, quote.currency))
    table.add_row(Text("total", style="bold"), Text(format_minor(quote.total, quote.currency), style="bold"))
    if quote.payment_method is not None:
        table.add_row(Text("paid with", style="dim"), Text(quote.payment_method.display))
    address = quote.address
    footer = Text.assemble(
        ("deliver to ", "dim"), f"{address.name}, {address.line1}, {address.city} ({address.label})\n",
        ("merchant ", "dim"), f"{quote.merchant}  ", ("expires ", "dim"),
        quote.expires_at.strftime("%Y-%m-%d %H:%M:%S UTC"), "\n", ("quote digest ", "dim"), (digest, "dim"),
    )
    return Panel(Group(table, Text(""), footer), title=f"Quote {quote.quote_id}", border_style="cyan",
                 expand=False)


def status_view(status: ErrandStatus) -> Group:
    parts: list[RenderableType] = []
    state_text = Text.assemble(("Errand ", "bold"), status.errand_id, "  ",
                               (status.state.replace("_", " "), _STATE_STYLE.get(status.state, "bold cyan")))
    parts.append(state_text)
    parts.append(Text(f"“{status.intent.sentence or status.intent.query}” — for {status.shopper_id}", style="dim"))
    if status.outcome:
        parts.append(Text(status.outcome))
    if status.ranking is not None and status.ranking.chosen is not None:
        parts.append(Text("\nWhy this product: ", style="bold") + Text(status.ranking.reason))
    if status.quote is not None and status.quote_digest is not None:
        parts.append(quote_card(status.quote, status.quote_digest))
    if status.order is not None:
        parts.append(Text(f"order {status.order.order_id}  ·  shipment {status.order.shipment_id or '—'}"
                          + (f" ({status.shipment.status.replace('_', ' ')})" if status.shipment else "")))
    parts.append(timeline_table(status))
    return Group(*parts)


def timeline_table(status: ErrandStatusBase) -> Table:
    table = Table(title="timeline", title_justify="left", show_edge=False, pad_edge=False)
    table.add_column("at (UTC)", style="dim", no_wrap=True)
    table.add_column("who")
    table.add_column("what")
    table.add_column("detail", overflow="fold")
    for entry in status.timeline:
        table.add_row(entry.at.strftime("%H:%M:%S"), entry.who, entry.what, Text(entry.detail))
    return table
