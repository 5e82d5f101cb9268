"""When nothing fits exactly: the nearest things an errand can do, put to the shopper as a question.

A near miss is never bought as if it were what was asked for. The errand lists the closest products with
what did not fit, in the shopper's words (over the cap by how much, another model, size or colour, rated
below the bar), and the shopper answers in one word: a number from the list, "yes" for the first, "no"
for none. The reason kept with a chosen near miss says what matched and what did not.
"""

from __future__ import annotations

import re

from .models import BuyIntent, NearMiss, Product
from .money import format_minor
from .ranking import MIN_RATING, value_score

MAX_OFFERS = 3
"""A question lists at most this many products: more is a catalogue, not a question."""

YES = frozenset({"yes", "y", "ok", "okay", "sure", "yep", "yeah", "fine", "go", "是", "好", "好的", "行", "可以", "要",
                 "嗯", "对"})
NO = frozenset({"no", "n", "nope", "cancel", "stop", "none", "neither", "不", "不要", "不用", "算了", "取消", "否"})
DECLINED = -1
"""What ``read_choice`` returns for a "no"."""

_NUMBER = re.compile(r"^#?\s*(\d{1,2})\s*[.)号]?$")
_CHINESE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3}


def _lack_text(label: str, product: Product) -> str:
    """One thing of the query the product lacks, said against what the product is."""
    attrs = {k.lower(): v for k, v in product.attributes.items()}
    if label.startswith("for "):
        fits = attrs.get("compatible")
        return f"for {fits}, not {label[4:]}" if fits else f"not {label}"
    if label.startswith("brand "):
        return f"{product.brand or 'another brand'}, not {label[6:]}"
    kind, _, wanted = label.partition(" ")
    if wanted and kind in attrs:
        return f"{kind} {attrs[kind]}, not {wanted}"
    if wanted and kind in ("color", "size", "volume", "pack", "capacity"):
        return f"not {wanted}" if kind == "color" else f"not {label}"
    return f"not “{label}”"


def _cap_misses(product: Product, intent: BuyIntent) -> list[str]:
    misses = []
    if intent.max_unit_price is not None and product.price > intent.max_unit_price:
        misses.append(f"over your {format_minor(intent.max_unit_price, intent.currency)} cap by "
                      f"{format_minor(product.price - intent.max_unit_price, product.currency)}")
    elif intent.max_total is not None and product.price * intent.quantity > intent.max_total:
        misses.append(f"{intent.quantity} cost {format_minor(product.price * intent.quantity, product.currency)}, "
                      f"over your {format_minor(intent.max_total, intent.currency)} total by "
                      f"{format_minor(product.price * intent.quantity - intent.max_total, product.currency)}")
    return misses


def nearest_offers(products: list[Product], lacking: dict[str, list[str]], intent: BuyIntent,
                   limit: int = MAX_OFFERS) -> list[NearMiss]:
    """The closest products the errand could buy instead, fewest misses first, then best value.

    ``lacking`` maps ``merchant/product_id`` to the parts of the query the merchant said the product lacks.
    A product without ``intent.quantity`` in stock is left out: offering it would be offering nothing.
    """
    offers: list[tuple[tuple[int, float, int, str, str], NearMiss]] = []
    for product in products:
        if product.stock < intent.quantity:
            continue
        misses = [_lack_text(label, product) for label in lacking.get(f"{product.merchant}/{product.product_id}", [])]
        misses += _cap_misses(product, intent)
        if product.rating < MIN_RATING:
            misses.append(f"rated {product.rating:.1f}★, below the {MIN_RATING}★ I usually require")
        if not misses:
            continue  # it fits: the ranking would have chosen it
        key = (len(misses), value_score(product), -product.review_count, product.product_id, product.merchant)
        offers.append(((key[0], key[1], key[2], key[3], key[4]), NearMiss(product=product, misses=misses)))
    offers.sort(key=lambda pair: pair[0])
    return [offer for _, offer in offers[:limit]]


def describe(offer: NearMiss) -> str:
    p = offer.product
    where = f" from {p.merchant}" if p.merchant else ""
    return f"{p.title}{where} at {format_minor(p.price, p.currency)} — {'; '.join(offer.misses)}"


def choice_question(offers: list[NearMiss], intent: BuyIntent) -> str:
    """The question put to the shopper: what was asked, the closest with what did not fit, how to answer."""
    listed = " ".join(f"{n}) {describe(o)}." for n, o in enumerate(offers, start=1))
    answer = "“1”" if len(offers) == 1 else f"a number 1–{len(offers)}"
    return (f"Nothing fits “{intent.query}” exactly. Closest: {listed} Reply {answer} (or “yes” for the first) "
            f"to go on with it, or “no”.")


def read_choice(answer: str, count: int) -> int | None:
    """The 0-based index a one-word answer picks, ``DECLINED`` for a no, None when it is not an answer."""
    word = answer.strip().strip("“”\"'!.。！").lower()
    if word in YES:
        return 0
    if word in NO:
        return DECLINED
    found = _NUMBER.match(word)
    number = int(found.group(1)) if found else _CHINESE_DIGITS.get(word.removeprefix("第").removesuffix("个"))
    if number is not None and 1 <= number <= count:
        return number - 1
    return None


def read_yes(answer: str) -> int | None:
    """A yes/no question's answer: 0 for yes (the one thing offered), ``DECLINED`` for no, None otherwise."""
    return read_choice(answer, 1)


def is_one_word_answer(text: str) -> bool:
    """Whether a chat message reads as an answer to an errand's question rather than a new request."""
    return len(text.split()) == 1 and read_choice(text, 9) is not None


def chosen_reason(offer: NearMiss, intent: BuyIntent) -> str:
    """Why the errand goes on with a near miss, honest about what matched and what did not."""
    p = offer.product
    return (f"You chose {p.title} ({p.brand}){' from ' + p.merchant if p.merchant else ''} at "
            f"{format_minor(p.price, p.currency)}, {p.rating:.1f}★ from {p.review_count:,} reviews: the closest to "
            f"“{intent.query}”, though not an exact match — {'; '.join(offer.misses)}.")


def waives_cap(offer: NearMiss) -> bool:
    """Whether choosing this offer means the shopper accepted paying over the cap they named."""
    return any(m.startswith("over your") or ", over your " in m for m in offer.misses)
