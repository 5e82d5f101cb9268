"""The after-sales tables: the retail data set's shoppers, catalogue (products and their variants) and
orders, and the change quotes shoppers sign.

Orders keep their lines, fulfilments, transaction log and what was asked of them as JSON in the data set's
own shape (``datasets.retail.Order``): an order is read and written whole, under the request's transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class RetailShopperRow(SQLModel, table=True):
    """A shopper's identity as after-sales looks it up: e-mail, or first and last name with the zip."""

    __tablename__ = "aftersales_shopper"
    id: str = Field(primary_key=True)
    first_name: str
    last_name: str
    email: str
    email_key: str = Field(index=True)  # casefolded
    name_key: str = Field(index=True)  # "first\x1flast", casefolded
    address: str  # the default shipping address, JSON (datasets.retail.Address)


class RetailProductRow(SQLModel, table=True):
    __tablename__ = "aftersales_product"
    id: str = Field(primary_key=True)
    name: str


class RetailItemRow(SQLModel, table=True):
    """A variant of a product: the item id an order line names."""

    __tablename__ = "aftersales_item"
    id: str = Field(primary_key=True)
    product_id: str = Field(index=True)
    options: str = "{}"  # JSON object, e.g. {"size": "M", "color": "red"}
    available: bool
    price: int  # minor units


class RetailOrderRow(SQLModel, table=True):
    __tablename__ = "aftersales_order"
    id: str = Field(primary_key=True)
    shopper_id: str = Field(index=True)
    status: str
    body: str  # the whole order, JSON (datasets.retail.Order)


class ChangeQuoteRow(SQLModel, table=True):
    """A change as quoted to the shopper: the body they sign, its digest, and whether an approval spent it."""

    __tablename__ = "aftersales_quote"
    id: str = Field(primary_key=True)
    shopper_id: str = Field(index=True)
    order_id: str | None = None
    operation: str
    body: str  # the quote as signed (canonical JSON)
    digest: str
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None
    key_id: str | None = None  # the key whose approval applied it


__all__ = ["ChangeQuoteRow", "RetailItemRow", "RetailOrderRow", "RetailProductRow", "RetailShopperRow"]
