from __future__ import annotations

from errand.domain.models import BuyIntent, Product
from errand.domain.ranking import MIN_RATING, rank_candidates


def product(pid: str, price: int, *, pack: int = 4, rating: float = 4.5, stock: int = 50,
            reviews: int = 100) -> Product:
    return Product(product_id=pid, title=f"AA batteries ×{pack}", brand=f"Brand {pid}", category="batteries",
                   price=price, stock=stock, rating=rating, review_count=reviews, seller="s", units_per_pack=pack,
                   attributes={"unit_name": "battery"})


def intent(**kw: object) -> BuyIntent:
    return BuyIntent.model_validate({"shopper_id": "alice", "query": "AA batteries", "quantity": 2, **kw})


def test_best_value_is_price_per_unit_weighted_by_rating() -> None:
    cheap_pack = product("a", 1500, pack=4)      # ¥3.75 per battery
    bulk = product("b", 2400, pack=8)            # ¥3.00 per battery: best value
    ranking = rank_candidates([cheap_pack, bulk], intent())
    assert ranking.chosen is not None and ranking.chosen.product.product_id == "b"
    assert "¥3.00 per battery" in ranking.reason and "Next best" in ranking.reason


def test_rating_can_outweigh_a_small_price_gap() -> None:
    shaky = product("a", 2400, pack=8, rating=3.6)   # ¥3.00 but 3.6★
    solid = product("b", 2600, pack=8, rating=4.9)   # ¥3.25 and 4.9★
    ranking = rank_candidates([shaky, solid], intent())
    assert ranking.chosen is not None and ranking.chosen.product.product_id == "b"


def test_caps_stock_and_rating_exclude_and_are_counted() -> None:
    products = [
        product("over-cap", 4100), product("no-stock", 1000, stock=1), product("bad", 500, rating=MIN_RATING - 0.1),
        product("ok", 3000),
    ]
    ranking = rank_candidates(products, intent(max_unit_price=4000))
    assert ranking.chosen is not None and ranking.chosen.product.product_id == "ok"
    assert ranking.excluded == 3


def test_total_cap_applies_to_quantity() -> None:
    ranking = rank_candidates([product("a", 2100)], intent(max_total=4000))
    assert ranking.chosen is None and "none under ¥40.00 in total" in ranking.reason


def test_nothing_matches_says_why() -> None:
    assert "Nothing in the catalogue" in rank_candidates([], intent()).reason
    reason = rank_candidates([product("a", 5000)], intent(max_unit_price=1000)).reason
    assert "cheapest is ¥50.00" in reason
    reason = rank_candidates([product("a", 500, stock=1)], intent()).reason
    assert "in stock" in reason


def test_ties_break_deterministically() -> None:
    a, b = product("a", 2000, reviews=10), product("b", 2000, reviews=500)
    assert rank_candidates([a, b], intent()).chosen.product.product_id == "b"  # type: ignore[union-attr]
    assert rank_candidates([b, a], intent()).chosen.product.product_id == "b"  # type: ignore[union-attr]
