"""The nearest-offer rules: what did not fit is said in the shopper's words, one word answers, honest reasons."""

from __future__ import annotations

from errand.domain.models import BuyIntent, Product
from errand.domain.nearest import (
    DECLINED,
    chosen_reason,
    is_one_word_answer,
    nearest_offers,
    read_choice,
    read_yes,
    waives_cap,
)


def _case(pid: str, price: int, fits: str, rating: float = 4.5, stock: int = 10) -> Product:
    return Product(product_id=pid, title=f"Phone Case for {fits}", brand="Spigen", category="phone cases",
                   price=price, stock=stock, rating=rating, review_count=100, seller="s",
                   attributes={"compatible": fits, "color": "black"})


INTENT = BuyIntent(shopper_id="alice", query="phone case for an iPhone 17", quantity=1, max_unit_price=6000)


def test_a_case_for_another_model_says_which_and_what_was_asked() -> None:
    offers = nearest_offers([_case("p1", 3900, "iPhone 16")], {"/p1": ["for iphone 17"]}, INTENT)
    assert [o.misses for o in offers] == [["for iPhone 16, not iphone 17"]]


def test_over_the_cap_says_by_how_much() -> None:
    intent = INTENT.model_copy(update={"query": "phone case for an iPhone 16", "max_unit_price": 3000})
    offers = nearest_offers([_case("p1", 3990, "iPhone 16")], {}, intent)
    assert offers[0].misses == ["over your ¥30.00 cap by ¥9.90"] and waives_cap(offers[0])


def test_colour_and_rating_misses_and_fewest_misses_first() -> None:
    products = [_case("p1", 2000, "iPhone 16", rating=3.0), _case("p2", 5000, "iPhone 16")]
    offers = nearest_offers(products, {"/p1": ["color red"], "/p2": ["color red"]}, INTENT)
    assert [o.product.product_id for o in offers] == ["p2", "p1"]
    assert offers[0].misses == ["color black, not red"]
    assert offers[1].misses[1].startswith("rated 3.0★") and not waives_cap(offers[1])


def test_what_fits_or_cannot_be_had_is_not_offered_as_a_near_miss() -> None:
    # A product that fits is the ranking's to choose; one short of stock is no offer at all.
    assert nearest_offers([_case("p1", 2000, "iPhone 17")], {}, INTENT) == []
    assert nearest_offers([_case("p1", 2000, "iPhone 16", stock=0)], {"/p1": ["for iphone 17"]}, INTENT) == []


def test_at_most_three_offers() -> None:
    products = [_case(f"p{i}", 1000 + i, "iPhone 16") for i in range(6)]
    assert len(nearest_offers(products, {f"/p{i}": ["for iphone 17"] for i in range(6)}, INTENT)) == 3


def test_one_word_answers() -> None:
    assert [read_choice(w, 3) for w in ("1", "#2", "3.", "yes", "好", "第二个", "no", "不要")] == [
        0, 1, 2, 0, 0, 1, DECLINED, DECLINED]
    # Out of range, or not an answer: nothing is picked.
    assert [read_choice(w, 3) for w in ("4", "0", "maybe", "", "1 2")] == [None] * 5
    assert read_yes("yes") == 0 and read_yes("no") == DECLINED and read_yes("2") is None
    assert is_one_word_answer("1") and is_one_word_answer("yes")
    assert not is_one_word_answer("buy 1 phone case") and not is_one_word_answer("hello")


def test_the_reason_for_a_chosen_near_miss_says_it_is_not_exact() -> None:
    offer = nearest_offers([_case("p1", 3900, "iPhone 16")], {"/p1": ["for iphone 17"]}, INTENT)[0]
    reason = chosen_reason(offer, INTENT)
    assert "not an exact match" in reason and "for iPhone 16, not iphone 17" in reason and "¥39.00" in reason
