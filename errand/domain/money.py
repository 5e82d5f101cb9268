"""Money in integer minor units. Never a float."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "JPY": "¥", "GBP": "£"}
_EXPONENT = {"JPY": 0}


class Money(BaseModel):
    """An amount in minor units (fen for CNY) with its ISO 4217 currency."""

    model_config = ConfigDict(frozen=True)

    amount: int
    currency: str = Field(default="CNY", min_length=3, max_length=3)

    def __add__(self, other: Money) -> Money:
        _same_currency(self, other)
        return Money(amount=self.amount + other.amount, currency=self.currency)

    def __sub__(self, other: Money) -> Money:
        _same_currency(self, other)
        return Money(amount=self.amount - other.amount, currency=self.currency)

    def times(self, quantity: int) -> Money:
        return Money(amount=self.amount * quantity, currency=self.currency)

    def __str__(self) -> str:
        return format_minor(self.amount, self.currency)


def _same_currency(a: Money, b: Money) -> None:
    if a.currency != b.currency:
        raise ValueError(f"cannot combine {a.currency} and {b.currency}")


def minor_exponent(currency: str) -> int:
    return _EXPONENT.get(currency.upper(), 2)


def format_minor(amount: int, currency: str = "CNY") -> str:
    """Format minor units for people: 3990 CNY -> '¥39.90'."""
    exp = minor_exponent(currency)
    sign = "-" if amount < 0 else ""
    value = abs(amount)
    symbol = _SYMBOLS.get(currency.upper(), currency.upper() + " ")
    if exp == 0:
        return f"{sign}{symbol}{value:,}"
    major, minor = divmod(value, 10**exp)
    return f"{sign}{symbol}{major:,}.{minor:0{exp}d}"


def parse_major(text: str, currency: str = "CNY") -> int:
    """Parse a decimal amount in major units ('39.9', '1,999') into minor units, exactly."""
    cleaned = text.replace(",", "").strip()
    if not cleaned or cleaned.count(".") > 1 or not cleaned.replace(".", "").isdigit():
        raise ValueError(f"not an amount: {text!r}")
    exp = minor_exponent(currency)
    whole, _, frac = cleaned.partition(".")
    if len(frac) > exp:
        raise ValueError(f"too many decimal places for {currency}: {text!r}")
    scale: int = 10**exp  # int ** int is typed Any (a negative exponent gives a float); exp is never negative
    return int(whole or "0") * scale + int((frac or "0").ljust(exp, "0") or "0")
