"""Pictures of a price watch: a terminal sparkline, a status view, and a small PNG chart (stdlib only)."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from errand.domain.money import format_minor
from errand.domain.watch import PriceWatchStatus

from .render import timeline_table

_BARS = "▁▂▃▄▅▆▇█"


def _resample(prices: list[int], width: int) -> list[int]:
    """At most ``width`` values: the mean of each consecutive slice (integer fen)."""
    if len(prices) <= width:
        return prices
    out = []
    for i in range(width):
        chunk = prices[i * len(prices) // width:(i + 1) * len(prices) // width]
        out.append(sum(chunk) // len(chunk))
    return out


def sparkline(prices: list[int], width: int = 60) -> str:
    """One character per (resampled) sample, from ▁ (the lowest) to █ (the highest)."""
    values = _resample(prices, width)
    if not values:
        return ""
    low, high = min(values), max(values)
    span = high - low
    return "".join(_BARS[0 if span == 0 else (v - low) * (len(_BARS) - 1) // span] for v in values)


def watch_view(status: PriceWatchStatus) -> Group:
    """The watch for people: state, target, the running figures, the sparkline and the timeline."""
    intent, track = status.intent, status.track

    def money(v: int | None) -> str:
        return format_minor(v, track.currency) if v is not None else "—"

    parts: list[RenderableType] = [
        Text.assemble(("Price watch ", "bold"), status.errand_id, "  ", (status.state.replace("_", " "), "bold cyan")),
        Text(f"{status.product_title or intent.query} ({status.product_id or '?'}) — target ≤ "
             f"{format_minor(intent.target_price)}, every {intent.interval_hours:g} h for {intent.days} days"
             + (", buys under a mandate" if status.mandate_id else ", asks before buying"), style="dim"),
    ]
    if status.outcome:
        parts.append(Text(status.outcome))
    figures = Table.grid(padding=(0, 2))
    for name, value in (("now", money(track.current)), ("lowest", money(track.min)), ("median", money(track.median)),
                        ("30-day low", money(track.low_30d)), ("samples", str(track.samples)),
                        ("until", f"{status.deadline:%Y-%m-%d %H:%M} UTC" if status.deadline else "—")):
        figures.add_row(Text(name, style="dim"), value)
    parts.append(figures)
    prices = [p.price for p in track.recent]
    if prices:
        parts.append(Text.assemble((sparkline(prices), "cyan"), "  ", (f"{money(min(prices))} – {money(max(prices))}",
                                                                      "dim")))
    if status.buy_errand_id:
        parts.append(Text(f"buy errand {status.buy_errand_id}: approve with `errand approve {status.buy_errand_id}`"))
    if status.order is not None:
        parts.append(Text(f"order {status.order.order_id}  ·  {money(status.order.total)}"))
    parts.append(timeline_table(status))
    return Group(*parts)


def _png(width: int, height: int, rows: list[bytearray]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(row) for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def price_chart_png(prices: list[int], target: int, path: Path, width: int = 480, height: int = 160) -> None:
    """A line chart of the prices with the target as a dashed red line, written as an RGB PNG."""
    rows = [bytearray(b"\xff" * (width * 3)) for _ in range(height)]
    values = _resample(prices, width) or [target]
    low, high = min([*values, target]), max([*values, target])
    span = max(1, high - low)

    def y_of(value: int) -> int:
        return height - 6 - (value - low) * (height - 12) // span

    def dot(x: int, y: int, rgb: tuple[int, int, int]) -> None:
        if 0 <= x < width and 0 <= y < height:
            rows[y][x * 3:x * 3 + 3] = bytes(rgb)

    for x in range(0, width, 6):
        for dx in range(3):
            dot(x + dx, y_of(target), (220, 40, 40))
    step = (width - 1) / max(1, len(values) - 1)
    previous = None
    for i, value in enumerate(values):
        x, y = round(i * step), y_of(value)
        if previous is not None:
            (px, py) = previous
            for t in range(max(abs(x - px), abs(y - py)) + 1):
                frac = t / max(1, max(abs(x - px), abs(y - py)))
                dot(round(px + (x - px) * frac), round(py + (y - py) * frac), (30, 90, 200))
        previous = (x, y)
    path.write_bytes(_png(width, height, rows))


__all__ = ["price_chart_png", "sparkline", "watch_view"]
