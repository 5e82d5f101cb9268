"""The retail data set format: shoppers, products with variants, and orders, as three JSON files.

A folder holds ``shoppers.json``, ``products.json`` and ``orders.json``, each a list of objects keeping the
data set's own ids. Money is integer minor units in the descriptor's currency (cents for USD, fen for CNY),
never a float. The same shape is what the sandbox exports (``errand.sandbox.aftersales.state``), so an
export can be loaded again as a data set, and a test compares an export field by field with what it expects.

Everything is read and cross-checked before anything is written: an order naming an unknown shopper, item or
payment method, or a line whose item is not a variant of the product it names, stops the start with the
file and the order's id. (A line's price is what was paid then; the catalogue's price may have moved since.)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from errand.sandbox.datasets import DatasetError

RETAIL_FILES = ("shoppers.json", "products.json", "orders.json")

OrderStatus = Literal["pending", "processed", "delivered", "cancelled", "pending (item modified)",
                      "return requested", "exchange requested"]
ORDER_STATUSES: tuple[str, ...] = OrderStatus.__args__  # type: ignore[attr-defined]

_Id = Annotated[str, Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_#.:-]+$")]
_Text = Annotated[str, Field(max_length=200)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Address(_Strict):
    """A whole postal address; a change replaces every field."""

    address1: Annotated[str, Field(min_length=1, max_length=200)]
    address2: _Text = ""
    city: Annotated[str, Field(min_length=1, max_length=100)]
    state: _Text = ""
    country: Annotated[str, Field(min_length=1, max_length=100)]
    zip: Annotated[str, Field(min_length=1, max_length=20)]


class Name(_Strict):
    first_name: Annotated[str, Field(min_length=1, max_length=100)]
    last_name: Annotated[str, Field(min_length=1, max_length=100)]


class GiftCard(_Strict):
    source: Literal["gift_card"]
    id: _Id
    balance: int = Field(ge=0, description="minor units")


class PayPal(_Strict):
    source: Literal["paypal"]
    id: _Id


class Card(_Strict):
    source: Literal["credit_card"]
    id: _Id
    brand: Annotated[str, Field(min_length=1, max_length=40)]
    last_four: str = Field(pattern=r"^[0-9]{4}$")


PaymentMethod = Annotated[GiftCard | PayPal | Card, Field(discriminator="source")]


class Shopper(_Strict):
    shopper_id: _Id
    name: Name
    email: Annotated[str, Field(min_length=3, max_length=200)]
    address: Address = Field(description="the default shipping address")
    payment_methods: list[PaymentMethod] = []


class Variant(_Strict):
    item_id: _Id
    options: dict[str, str] = {}
    available: bool
    price: int = Field(ge=0)


class Product(_Strict):
    product_id: _Id
    name: Annotated[str, Field(min_length=1, max_length=200)]
    variants: list[Variant] = Field(min_length=1)


class OrderItem(_Strict):
    """One row of an order: an order may hold the same item twice, as two rows."""

    item_id: _Id
    product_id: _Id
    name: Annotated[str, Field(min_length=1, max_length=200)]
    options: dict[str, str] = {}
    price: int = Field(ge=0)


class Fulfilment(_Strict):
    tracking_ids: list[str] = []
    item_ids: list[str] = []


class Transaction(_Strict):
    transaction_type: Literal["payment", "refund"]
    amount: int = Field(ge=0)
    payment_method_id: _Id


class Order(_Strict):
    """An order with what has been asked of it recorded beside its status (the ``cancel_*``, ``return_*``
    and ``exchange_*`` fields, None until asked)."""

    order_id: _Id
    shopper_id: _Id
    address: Address
    items: list[OrderItem] = Field(min_length=1)
    fulfilments: list[Fulfilment] = []
    status: OrderStatus
    payment_history: list[Transaction] = []
    cancel_reason: str | None = None
    return_items: list[str] | None = None
    return_payment_method_id: str | None = None
    return_refunded: int | None = None
    exchange_items: list[str] | None = None
    exchange_new_items: list[str] | None = None
    exchange_payment_method_id: str | None = None
    exchange_price_difference: int | None = None

    @property
    def total(self) -> int:
        return sum(item.price for item in self.items)


class RetailState(_Strict):
    """A whole retail data set (or the sandbox's state exported in the same shape), sorted by id."""

    shoppers: list[Shopper]
    products: list[Product]
    orders: list[Order]

    def sorted(self) -> RetailState:
        """The same state in export order: every list by id (an order's own rows keep their order)."""
        shoppers = [s.model_copy(update={"payment_methods": sorted(s.payment_methods, key=lambda m: m.id)})
                    for s in self.shoppers]
        products = [p.model_copy(update={"variants": sorted(p.variants, key=lambda v: v.item_id)})
                    for p in self.products]
        return RetailState(shoppers=sorted(shoppers, key=lambda s: s.shopper_id),
                           products=sorted(products, key=lambda p: p.product_id),
                           orders=sorted(self.orders, key=lambda o: o.order_id))


def _read_list(path: Path, model: type[BaseModel]) -> list[BaseModel]:
    if not path.is_file():
        raise DatasetError(f"{path}: missing")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DatasetError(f"{path}: not UTF-8 JSON: {exc}") from exc
    if not isinstance(raw, list):
        raise DatasetError(f"{path}: must be a JSON list")
    rows = []
    for index, entry in enumerate(raw):
        try:
            rows.append(model.model_validate(entry))
        except ValidationError as exc:
            raise DatasetError(f"{path}[{index}]: {exc}") from exc
    return rows


def check_state(state: RetailState, where: str = "data set") -> None:
    """Refuse (DatasetError) ids used twice and references to what the data set does not hold."""
    shoppers = {s.shopper_id: s for s in state.shoppers}
    methods: dict[str, str] = {}
    for shopper in state.shoppers:
        for method in shopper.payment_methods:
            if method.id in methods:
                raise DatasetError(f"{where}: payment method {method.id} is listed twice")
            methods[method.id] = shopper.shopper_id
    variants: dict[str, str] = {}
    for product in state.products:
        for variant in product.variants:
            if variant.item_id in variants:
                raise DatasetError(f"{where}: item {variant.item_id} is listed twice")
            variants[variant.item_id] = product.product_id
    for ids, what in ((list(shoppers), "shopper"), ([p.product_id for p in state.products], "product"),
                      ([o.order_id for o in state.orders], "order")):
        if len(set(ids)) != len(ids):
            raise DatasetError(f"{where}: a {what} id is listed twice")
    for order in state.orders:
        if order.shopper_id not in shoppers:
            raise DatasetError(f"{where}: order {order.order_id} names unknown shopper {order.shopper_id}")
        for item in order.items:
            if variants.get(item.item_id) != item.product_id:
                raise DatasetError(f"{where}: order {order.order_id} has item {item.item_id}, which is not a "
                                   f"variant of product {item.product_id}")
        for txn in order.payment_history:
            if methods.get(txn.payment_method_id) != order.shopper_id:
                raise DatasetError(f"{where}: order {order.order_id} was paid with {txn.payment_method_id}, "
                                   "which is not a method of its shopper")


def read_folder(folder: Path) -> RetailState:
    """The data set in ``folder``, validated and cross-checked; DatasetError names what is wrong."""
    state = RetailState(shoppers=_read_list(folder / "shoppers.json", Shopper),
                        products=_read_list(folder / "products.json", Product),
                        orders=_read_list(folder / "orders.json", Order))
    check_state(state, str(folder))
    return state.sorted()


__all__ = ["ORDER_STATUSES", "RETAIL_FILES", "Address", "Card", "Fulfilment", "GiftCard", "Name", "Order",
           "OrderItem", "OrderStatus", "PayPal", "PaymentMethod", "Product", "RetailState", "Shopper",
           "Transaction", "Variant", "check_state", "read_folder"]
