"""The price chart of a watch, drawn on the server as SVG (no script, no external asset): the daily lows and
recent samples as a line, the target as a dashed line. Every text is escaped."""

from __future__ import annotations

from datetime import UTC, datetime, time
from html import escape

from errand.domain.money import format_minor
from errand.domain.watch import PriceWatchStatus

WIDTH, HEIGHT, PAD = 640, 240, 40


def _points(status: PriceWatchStatus) -> list[tuple[datetime, int]]:
    track = status.track
    points = [(datetime.combine(d.day, time(12), tzinfo=UTC), d.low) for d in track.daily_lows]
    points += [(p.at, p.price) for p in track.recent]
    points.sort(key=lambda point: point[0])
    return points


def price_chart_svg(status: PriceWatchStatus) -> str:
    points = _points(status)
    target = status.intent.target_price
    currency = status.track.currency
    title = escape(f"Price of {status.product_title or status.intent.query}")
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
            f'aria-label="{title}" class="price-chart" data-test="price-chart"><title>{title}</title>')
    if not points:
        return head + (f'<text x="{WIDTH // 2}" y="{HEIGHT // 2}" text-anchor="middle" class="muted">'
                       "no prices yet</text></svg>")
    prices = [price for _, price in points] + [target]
    low, high = min(prices), max(prices)
    span = max(high - low, 1)
    start, end = points[0][0].timestamp(), points[-1][0].timestamp()
    width = max(end - start, 1.0)

    def x(at: datetime) -> float:
        return PAD + (at.timestamp() - start) / width * (WIDTH - 2 * PAD)

    def y(price: int) -> float:
        return HEIGHT - PAD - (price - low) / span * (HEIGHT - 2 * PAD)

    line = " ".join(f"{x(at):.1f},{y(price):.1f}" for at, price in points)
    parts = [head,
             (f'<line x1="{PAD}" x2="{WIDTH - PAD}" y1="{y(target):.1f}" y2="{y(target):.1f}" class="target" '
             'stroke-dasharray="6 4"/>'),
             (f'<text x="{WIDTH - PAD}" y="{y(target) - 6:.1f}" text-anchor="end" class="label">target '
             f'{escape(format_minor(target, currency))}</text>'),
             f'<polyline points="{line}" fill="none" class="price"/>']
    last_at, last = points[-1]
    parts.append(f'<circle cx="{x(last_at):.1f}" cy="{y(last):.1f}" r="4" class="now"/>')
    parts.append(f'<text x="{PAD}" y="{PAD - 14}" class="label">high {escape(format_minor(high, currency))}</text>')
    parts.append(f'<text x="{PAD}" y="{HEIGHT - 12}" class="label">low {escape(format_minor(low, currency))} · '
                 f'{escape(points[0][0].strftime("%d %b"))} – {escape(last_at.strftime("%d %b"))}</text>')
    return "".join(parts) + "</svg>"
