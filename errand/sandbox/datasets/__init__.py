"""Data sets: the catalogue and fixtures one sandbox merchant serves, chosen when it starts.

A data set is a descriptor here (``<name>.toml``: currency, guest checkout, payment handlers, the pricing
rules its files do not say) and, for the ``ucp-sample-csv`` format, a folder of CSV files (the UCP sample
flower shop's layout) or, for ``retail-json``, a folder of JSON files (``datasets/retail.py``: shoppers,
products with variants, orders). ``errand_world`` is the generated world (``--seed``, ``--products``) and the default.

A database is loaded with one data set, once; it is recorded in ``meta`` (name and a digest of its files),
and a sandbox started on it with another is refused: one merchant, one catalogue.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

HERE = Path(__file__).resolve().parent
DEFAULT = "errand_world"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PaymentHandlerSpec(_Strict):
    """A payment handler the merchant offers: ``name`` is its reverse-DNS group in discovery."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
    id: str = Field(min_length=1)
    kind: Literal["wallet", "mock"]


class ShippingRate(_Strict):
    id: str = Field(min_length=1)
    country_code: str = Field(min_length=1)  # ISO 3166-1 alpha-2, or "default" for any other
    service_level: str = Field(min_length=1)
    price: int = Field(ge=0)
    title: str = Field(min_length=1)


class Promotion(_Strict):
    """An automatic promotion: ``free_shipping`` makes the standard option free when the items reach
    ``min_subtotal`` or include an eligible item; ``line_percentage`` takes ``value`` percent off a line of at
    least ``min_quantity`` of one (eligible) item."""

    id: str = Field(min_length=1)
    kind: Literal["free_shipping", "line_percentage"]
    min_subtotal: int | None = Field(default=None, ge=0)
    min_quantity: int | None = Field(default=None, ge=1)
    value: int | None = Field(default=None, ge=0, le=100)
    eligible_item_ids: tuple[str, ...] = ()
    title: str = Field(min_length=1)


class ProductDefaults(_Strict):
    category: str = "general"
    brand: str = ""
    seller: str = ""
    rating: float = Field(default=0.0, ge=0, le=5)
    review_count: int = Field(default=0, ge=0)


class Descriptor(_Strict):
    """What a data set's files do not say."""

    name: str
    format: Literal["generated", "ucp-sample-csv", "retail-json"]
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    guest_checkout: bool = False
    fulfillment_provider: Literal["courier", "manual"] = "courier"
    payment_handlers: tuple[PaymentHandlerSpec, ...] = Field(min_length=1)
    shipping_rates: tuple[ShippingRate, ...] = ()
    promotions: tuple[Promotion, ...] = ()
    defaults: ProductDefaults = ProductDefaults()

    def handler(self, handler_id: str) -> PaymentHandlerSpec | None:
        return next((h for h in self.payment_handlers if h.id == handler_id), None)


class DatasetError(RuntimeError):
    """A data set that cannot be served: an unknown name, a bad descriptor, a bad row (file:line)."""


def available() -> list[str]:
    return sorted(p.stem for p in HERE.glob("*.toml"))


def descriptor(name: str) -> Descriptor:
    """The descriptor of data set ``name`` (``<name>.toml`` beside this module)."""
    path = HERE / f"{name}.toml"
    if not name.replace("_", "").isalnum() or not path.is_file():
        raise DatasetError(f"unknown data set {name!r}; known: {', '.join(available())}")
    try:
        return Descriptor(name=name, **tomllib.loads(path.read_text(encoding="utf-8")))
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise DatasetError(f"{path}: {exc}") from exc


__all__ = ["DEFAULT", "DatasetError", "Descriptor", "PaymentHandlerSpec", "Promotion", "ShippingRate",
           "available", "descriptor"]
