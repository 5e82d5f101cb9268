"""Choosing the best-value match, and saying why in words a shopper can check."""

from __future__ import annotations

from .models import BuyIntent, Candidate, Product, Ranking
from .money import format_minor

MIN_RATING = 3.5
"""Below this a product is not offered, however cheap: a bargain that breaks is not value."""


def _per_unit(product: Product) -> float:
    return product.price / product.units_per_pack


def _quality_weight(product: Product) -> float:
    # Each star above 4.0 is worth paying ~25 % more per unit for; each below costs as much.
    return min(1.5, max(0.5, 1.0 + 0.25 * (product.rating - 4.0)))


def value_score(product: Product) -> float:
    """Price per unit, discounted by rating. Lower is better."""
    return round(_per_unit(product) / _quality_weight(product), 4)


def _unit_name(product: Product) -> str:
    return product.attributes.get("unit_name", "unit")


def rank_candidates(products: list[Product], intent: BuyIntent) -> Ranking:
    """Filter what the shopper could buy, order by value, and explain the choice.

    Excluded: out of stock for the quantity, over the unit or total price cap, rated below MIN_RATING.
    Ties break on more reviews, then product id, so the choice is deterministic.
    """
    eligible: list[Product] = []
    excluded = 0
    for product in products:
        too_dear = intent.max_unit_price is not None and product.price > intent.max_unit_price
        over_total = intent.max_total is not None and product.price * intent.quantity > intent.max_total
        if product.stock < intent.quantity or too_dear or over_total or product.rating < MIN_RATING:
            excluded += 1
            continue
        eligible.append(product)
    eligible.sort(key=lambda p: (value_score(p), -p.review_count, p.product_id))
    considered = [
        Candidate(
            product=p,
            value_score=value_score(p),
            note=f"{format_minor(round(_per_unit(p)), p.currency)} per {_unit_name(p)}, {p.rating:.1f}★",
        )
        for p in eligible[:10]
    ]
    if not considered:
        return Ranking(chosen=None, considered=[], excluded=excluded, reason=_why_nothing(products, intent))
    chosen = considered[0]
    return Ranking(chosen=chosen, considered=considered, excluded=excluded,
                   reason=_why(chosen.product, considered, excluded, intent))


def _cap_text(intent: BuyIntent) -> str:
    parts = []
    if intent.max_unit_price is not None:
        parts.append(f"under {format_minor(intent.max_unit_price, intent.currency)} each")
    if intent.max_total is not None:
        parts.append(f"under {format_minor(intent.max_total, intent.currency)} in total")
    return " and ".join(parts)


def _why(chosen: Product, considered: list[Candidate], excluded: int, intent: BuyIntent) -> str:
    unit = _unit_name(chosen)
    cap = _cap_text(intent)
    per_unit = (f"{format_minor(round(_per_unit(chosen)), chosen.currency)} per {unit}, "
                if chosen.units_per_pack > 1 else "")
    text = (
        f"{chosen.title} ({chosen.brand}) at {format_minor(chosen.price, chosen.currency)}: {per_unit}"
        f"{chosen.rating:.1f}★ from {chosen.review_count:,} reviews — the best price per {unit} after "
        f"weighing ratings among {len(considered)} matches{' ' + cap if cap else ''}"
    )
    if excluded:
        text += f" ({excluded} left out: over the cap, short of stock or rated below {MIN_RATING})"
    if len(considered) > 1:
        runner = considered[1].product
        text += (
            f". Next best: {runner.brand} at {format_minor(round(_per_unit(runner)), runner.currency)} "
            f"per {_unit_name(runner)}, {runner.rating:.1f}★"
        )
    return text + "."


def _why_nothing(products: list[Product], intent: BuyIntent) -> str:
    if not products:
        return f"Nothing in the catalogue matches “{intent.query}”."
    cheapest = min(products, key=lambda p: p.price)
    cap = _cap_text(intent)
    if cap and cheapest.price > (intent.max_unit_price or cheapest.price) or (
        intent.max_total is not None and cheapest.price * intent.quantity > intent.max_total
    ):
        return (
            f"{len(products)} products match “{intent.query}”, but none {cap}: the cheapest is "
            f"{format_minor(cheapest.price, cheapest.currency)} ({cheapest.title})."
        )
    most = max(p.stock for p in products)
    if most < intent.quantity:
        return f"No seller has {intent.quantity} of “{intent.query}” in stock (at most {most})."
    return (
        f"{len(products)} products match “{intent.query}”, but none {cap + ', ' if cap else ''}in stock for "
        f"{intent.quantity} and rated {MIN_RATING}★ or better."
    )
