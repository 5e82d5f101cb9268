from __future__ import annotations

import pytest

from errand.domain.money import Money, format_minor, parse_major


@pytest.mark.parametrize(("text", "minor"), [("40", 4000), ("39.9", 3990), ("1,999", 199900), ("0.05", 5)])
def test_parse_major_is_exact(text: str, minor: int) -> None:
    assert parse_major(text) == minor


@pytest.mark.parametrize("text", ["", "abc", "1.2.3", "0.001", "-5"])
def test_parse_major_refuses_garbage(text: str) -> None:
    with pytest.raises(ValueError):
        parse_major(text)


def test_format_and_arithmetic() -> None:
    assert format_minor(3990) == "¥39.90"
    assert format_minor(-800) == "-¥8.00"
    assert format_minor(123456789) == "¥1,234,567.89"
    assert str(Money(amount=1990).times(3) - Money(amount=70)) == "¥59.00"
    with pytest.raises(ValueError):
        Money(amount=1, currency="CNY") + Money(amount=1, currency="USD")
