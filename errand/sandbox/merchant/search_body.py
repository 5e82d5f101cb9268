"""The parts of a catalogue search body (UCP's filters and pagination, the ``dev.errand`` extension), each
validated by pydantic so that wrong types and out-of-range numbers are refused before any SQL runs."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_PRICE = 2**53


class _Loose(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class _Price(_Loose):
    min: int | None = Field(default=None, ge=0, le=MAX_PRICE)
    max: int | None = Field(default=None, ge=0, le=MAX_PRICE)


class _Filters(_Loose):
    categories: list[str] | None = Field(default=None, max_length=50)
    price: _Price | None = None


class _Extension(_Loose):
    sort: Literal["relevance", "price_asc", "price_desc", "rating"] = "relevance"
    min_rating: float | None = Field(default=None, ge=0, le=5, allow_inf_nan=False)
    in_stock: bool = False


class _Pagination(_Loose):
    limit: int = Field(default=50, ge=-(2**31), le=2**31)
    cursor: int | None = Field(default=None, ge=0, le=2**31)

    @field_validator("cursor", mode="before")
    @classmethod
    def _empty_cursor(cls, value: object) -> object:
        return None if value == "" else value


__all__ = ["MAX_PRICE"]
