"""Spending limits a shopper's errands must stay within, checked before any quote is offered.

Pure rules over integer minor units: the workflow gathers the figures (the quote's total, what the
shopper's wallet has captured today) and this module says which rule, if any, the quote breaks.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .money import format_minor


class SpendingCaps(BaseModel):
    """Per-shopper caps in minor units; ``None`` means no cap of that kind."""

    model_config = ConfigDict(extra="forbid")

    per_errand: int | None = Field(default=None, gt=0)
    per_day: int | None = Field(default=None, gt=0)
    currency: str = "CNY"


class CapVerdict(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ok: bool
    rule: str = Field(default="", description="per_errand | per_day when a cap applied")
    detail: str = ""


def check_caps(total: int, spent_today: int, caps: SpendingCaps) -> CapVerdict:
    """Whether a quote of ``total`` may be offered, given what was already spent today."""
    cur = caps.currency
    if caps.per_errand is not None and total > caps.per_errand:
        return CapVerdict(ok=False, rule="per_errand",
                          detail=f"{format_minor(total, cur)} is over the per-errand cap of "
                                 f"{format_minor(caps.per_errand, cur)}")
    if caps.per_day is not None and spent_today + total > caps.per_day:
        return CapVerdict(ok=False, rule="per_day",
                          detail=f"{format_minor(total, cur)} on top of {format_minor(spent_today, cur)} spent today "
                                 f"is over the daily cap of {format_minor(caps.per_day, cur)}")
    return CapVerdict(ok=True)


def caps_from_settings(per_errand: int, per_day: int) -> SpendingCaps | None:
    """Settings use 0 for "no cap"; no caps at all means no check (and no extra workflow step)."""
    if not per_errand and not per_day:
        return None
    return SpendingCaps(per_errand=per_errand or None, per_day=per_day or None)


class KillSwitch(BaseModel):
    """The operator's hold order (the ``hold`` and ``release_hold`` signals every errand understands)."""

    model_config = ConfigDict(extra="forbid")

    reason: str = Field(default="kill switch", max_length=200)
    by: str = Field(default="operator", max_length=64)
