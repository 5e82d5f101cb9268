from __future__ import annotations

import pytest

from errand.domain.sentence import SentenceNotUnderstood, parse_buy_sentence


@pytest.mark.parametrize(
    ("sentence", "query", "quantity", "max_unit", "max_total", "address"),
    [
        ("two packs of AA batteries under ¥40, delivered home", "AA batteries", 2, 4000, None, "home"),
        ("AA batteries", "AA batteries", 1, None, None, "home"),
        ("buy 3 kettles below 200 yuan to the office", "kettles", 3, 20000, None, "office"),
        ("a Sony WH-1000XM6 under ¥2,000 in total", "Sony WH-1000XM6", 1, None, 200000, "home"),
        ("please get me a dozen eggs for 30 each, deliver to work", "eggs", 12, 3000, None, "office"),
        ("2 x kettle under 99.5 yuan, ship to my office", "kettle", 2, 9950, None, "office"),
        ("forty cups of brown-sugar milk tea", "brown-sugar milk tea", 40, None, None, "home"),
    ],
)
def test_reads_buy_sentences(sentence: str, query: str, quantity: int, max_unit: int | None,
                             max_total: int | None, address: str) -> None:
    intent = parse_buy_sentence(sentence, "alice")
    assert (intent.query, intent.quantity, intent.max_unit_price, intent.max_total, intent.address_label) == (
        query, quantity, max_unit, max_total, address)
    assert intent.sentence == sentence


@pytest.mark.parametrize("sentence", ["", "   ", "under ¥40", "0 batteries", "-2 batteries", "1000 batteries",
                                      "batteries under ¥0", "x" * 400])
def test_refuses_rather_than_guesses(sentence: str) -> None:
    with pytest.raises(SentenceNotUnderstood):
        parse_buy_sentence(sentence, "alice")
