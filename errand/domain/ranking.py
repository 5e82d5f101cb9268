"""Choosing the best-value match, and saying why in words a shopper can check."""

from __future__ import annotations

from typing import Protocol

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
    eligible.sort(key=lambda p: (value_score(p), -p.review_count, p.product_id, p.merchant))
    shortlist = eligible[:10]
    for merchant in dict.fromkeys(p.merchant for p in eligible):
        # Every merchant's best stays in the running, so the delivered prices can be compared across them.
        if not any(p.merchant == merchant for p in shortlist):
            shortlist.append(next(p for p in eligible if p.merchant == merchant))
    considered = [
        Candidate(
            product=p,
            value_score=value_score(p),
            note=(f"{format_minor(round(_per_unit(p)), p.currency)} per {_unit_name(p)}, {p.rating:.1f}★"
                  + (f" at {p.merchant}" if p.merchant else "")),
        )
        for p in shortlist
    ]
    if not considered:
        return Ranking(chosen=None, considered=[], excluded=excluded, reason=_why_nothing(products, intent))
    chosen = considered[0]
    return Ranking(chosen=chosen, considered=considered, excluded=excluded,
                   reason=_why(chosen.product, considered, excluded, intent))


def best_per_merchant(ranking: Ranking, limit: int = 3) -> list[Candidate]:
    """The best-value candidate of each merchant, best first, at most ``limit`` merchants."""
    seen: dict[str, Candidate] = {}
    for candidate in ranking.considered:
        seen.setdefault(candidate.product.merchant, candidate)
    return list(seen.values())[:limit]


class PricedOffer(Protocol):
    """One merchant's offer priced to the door by the merchant itself (a checkout's answer)."""

    merchant: str
    title: str
    total: int
    currency: str
    shipping: int
    discounts: int
    rating: float
    failed: str


def delivered_reason(chosen: PricedOffer, compared: list[PricedOffer]) -> str:
    """Why one merchant's offer won: its delivered total (shipping and discounts as that merchant applied
    them), against each other merchant's, naming them."""
    parts = [f"shipping {format_minor(chosen.shipping, chosen.currency)}" if chosen.shipping else "free shipping"]
    if chosen.discounts:
        parts.append(f"discounts {format_minor(chosen.discounts, chosen.currency)}")
    standing = [o for o in compared if not o.failed]
    why = ("the cheapest delivered" if all(o.total >= chosen.total for o in standing)
           else "the best value delivered")
    if sum(1 for o in standing if o.total == chosen.total) > 1:
        why += f", rated {chosen.rating:.1f}★"
    text = (f"Buying from {chosen.merchant}: {chosen.title} at {format_minor(chosen.total, chosen.currency)} "
            f"delivered ({', '.join(parts)}), {why} of {len(compared)} merchants")
    others = [f"{o.merchant}: {o.failed}" if o.failed else
              f"{o.merchant}: {format_minor(o.total, o.currency)} for {o.title}"
              for o in compared if o is not chosen]
    return text + (f"; {'; '.join(others)}" if others else "") + "."


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
        f"{chosen.title} ({chosen.brand}){' from ' + chosen.merchant if chosen.merchant else ''} at "
        f"{format_minor(chosen.price, chosen.currency)}: {per_unit}"
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
