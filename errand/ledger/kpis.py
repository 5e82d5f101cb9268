"""Key figures for operators, computed from the ledger's rows alone.

Every errand writes ``errand.started`` (or some first row) and, once it ends, ``errand.<state>``; in between the
rows say what was offered, approved, paid, compensated and who took part. The figures here are counted per
errand over those rows (an errand's kind is the prefix of its id: ``buy-alice-1a2b3c4d``):

- conversion: errands that offered a quote (``quote.offered``) → whose quote the shopper approved
  (``approval.accepted``) → that ended delivered (``errand.delivered``, or ``errand.rescheduled`` for a paid
  reschedule);
- first-contact resolution: finished errands in which no person took part: no row by an operator and no row
  asking for one (``…needs_human``, ``…needs_attention``);
- handle time per kind: first row to the ``errand.<state>`` row of finished errands (average, p50, p95);
- action precision: quotes the shopper approved out of those they answered (approved or rejected); a quote
  left to expire is counted apart, and an approval the workflow refused (a bad signature) is no verdict;
- returns processing time: a return errand's first row to its ``payment.refunded`` row;
- failed-delivery rate: ``delivery.failed_attempt`` rows out of all delivery attempts (those plus the errands
  that ended delivered);
- compensation (rollback) rate: errands with a payment (``payment.authorized`` or ``payment.captured``) that
  also voided, released, cancelled or refunded something (or tried to: ``compensation.*``).

Pure: it reads rows through `Ledger.entries` and computes; it writes nothing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from pydantic import BaseModel, ConfigDict

from errand.ledger.models import LedgerEntry
from errand.ledger.store import Ledger

KINDS = ("buy", "bulk", "return", "watch", "resched", "chat")
"""Errand kinds by id prefix; any other prefix counts as ``other`` (an id is whatever its starter chose)."""

KIND_ALIASES = {"reschedule": "resched", "price_watch": "watch", "price-watch": "watch", "conversation": "chat"}
"""Other names ``--kind`` accepts for an errand kind, besides its id prefix."""

DELIVERED_STATES = frozenset({"delivered", "rescheduled"})
"""End states that close the conversion funnel: the goods (or the paid redelivery) arrived."""

COMPENSATIONS = frozenset({"payment.voided", "stock.released", "capacity.released", "order.cancelled",
                           "branch.cancelled", "payment.refunded"})
"""Rows that undo part of a purchase; ``compensation.*`` rows (a compensation that failed) count too."""

PAYMENTS = frozenset({"payment.authorized", "payment.captured"})
PERSON_MARKERS = ("needs_human", "needs_attention")

_RELATIVE = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


class Ratio(BaseModel):
    """``part`` out of ``whole``; ``rate`` is None when there is nothing to divide by."""

    model_config = ConfigDict(frozen=True)

    part: int
    whole: int

    @property
    def rate(self) -> float | None:
        return None if self.whole == 0 else self.part / self.whole


class Durations(BaseModel):
    """Seconds over ``count`` errands; None when there are none."""

    model_config = ConfigDict(frozen=True)

    count: int = 0
    average: float | None = None
    p50: float | None = None
    p95: float | None = None


class Funnel(BaseModel):
    model_config = ConfigDict(frozen=True)

    offered: int
    approved: int
    delivered: int

    @property
    def approval(self) -> Ratio:
        return Ratio(part=self.approved, whole=self.offered)

    @property
    def delivery(self) -> Ratio:
        return Ratio(part=self.delivered, whole=self.offered)


class KpiReport(BaseModel):
    """What ``errand kpis`` shows."""

    model_config = ConfigDict(frozen=True)

    since: datetime | None
    kind: str | None
    errands: int
    finished: int
    conversion: Funnel
    first_contact_resolution: Ratio
    handle_time: dict[str, Durations]
    action_precision: Ratio
    quotes_expired: int
    returns_processing: Durations
    failed_delivery: Ratio
    compensation: Ratio

    def as_json(self) -> dict[str, object]:
        """The report as plain JSON values, rates included (None where undefined)."""

        def ratio(value: Ratio) -> dict[str, object]:
            return {"part": value.part, "whole": value.whole, "rate": value.rate}

        return {
            "since": self.since.isoformat() if self.since else None,
            "kind": self.kind,
            "errands": self.errands,
            "finished": self.finished,
            "conversion": {**self.conversion.model_dump(), "approval_rate": self.conversion.approval.rate,
                           "delivery_rate": self.conversion.delivery.rate},
            "first_contact_resolution": ratio(self.first_contact_resolution),
            "handle_time_seconds": {kind: d.model_dump() for kind, d in self.handle_time.items()},
            "action_precision": ratio(self.action_precision),
            "quotes_expired": self.quotes_expired,
            "returns_processing_seconds": self.returns_processing.model_dump(),
            "failed_delivery": ratio(self.failed_delivery),
            "compensation": ratio(self.compensation),
        }


class _Errand:
    """What the KPIs need to know about one errand, gathered from its rows in seq order."""

    def __init__(self, errand_id: str, first: LedgerEntry) -> None:
        self.errand_id = errand_id
        self.kind = kind_of(errand_id)
        self.started = first.created_at_utc()
        self.ended: datetime | None = None
        self.end_state: str | None = None
        self.whats: set[str] = set()
        self.person = False
        self.failed_attempts = 0
        self.refunded: datetime | None = None

    def add(self, entry: LedgerEntry) -> None:
        self.whats.add(entry.what)
        if entry.who == "operator" or any(marker in entry.what for marker in PERSON_MARKERS):
            self.person = True
        if entry.what == "delivery.failed_attempt":
            self.failed_attempts += 1
        if entry.what == "payment.refunded" and self.refunded is None:
            self.refunded = entry.created_at_utc()
        if entry.what.startswith("errand.") and entry.what != "errand.started" and self.end_state is None:
            self.end_state = entry.what.removeprefix("errand.")
            self.ended = entry.created_at_utc()

    @property
    def paid(self) -> bool:
        return bool(self.whats & PAYMENTS)

    @property
    def compensated(self) -> bool:
        return bool(self.whats & COMPENSATIONS) or any(w.startswith("compensation.") for w in self.whats)


def kind_of(errand_id: str) -> str:
    """An errand's kind: its id's prefix when it is one of `KINDS`, else ``other``.

    Never the raw prefix: an id is chosen by whoever started the workflow, and a kind is shown to operators.
    """
    prefix = errand_id.split("-", 1)[0]
    return prefix if prefix in KINDS else "other"


def normalize_kind(kind: str | None) -> str | None:
    """The kind a ``--kind`` value names (``reschedule`` → ``resched``).

    Raises:
        ValueError: If it names no kind.
    """
    if kind is None or not kind.strip():
        return None
    name = kind.strip().lower()
    name = KIND_ALIASES.get(name, name)
    if name not in (*KINDS, "other"):
        raise ValueError(f"--kind takes one of {', '.join(KINDS)}, other (or reschedule, price_watch), not {kind!r}")
    return name


def parse_since(text: str | None, now: datetime | None = None) -> datetime | None:
    """``7d``, ``12h``, ``30m``, ``2w`` before ``now``, or an ISO date or date-time (UTC when it names no zone).

    Raises:
        ValueError: If the text is neither.
    """
    if text is None or not text.strip():
        return None
    relative = _RELATIVE.match(text)
    if relative:
        amount, unit = int(relative.group(1)), _UNITS[relative.group(2)]
        return (now or datetime.now(UTC)) - timedelta(**{unit: amount})
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"--since takes 7d, 12h, 30m, 2w or an ISO date, not {text!r}") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile of a non-empty list: a value that was observed, never an interpolation."""
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def durations(seconds: list[float]) -> Durations:
    if not seconds:
        return Durations()
    return Durations(count=len(seconds), average=sum(seconds) / len(seconds), p50=percentile(seconds, 50),
                     p95=percentile(seconds, 95))


def _errands(entries: Iterable[LedgerEntry]) -> list[_Errand]:
    by_id: dict[str, _Errand] = {}
    for entry in sorted(entries, key=lambda e: e.seq):
        errand = by_id.get(entry.errand_id)
        if errand is None:
            errand = by_id[entry.errand_id] = _Errand(entry.errand_id, entry)
        errand.add(entry)
    return list(by_id.values())


def compute_kpis(entries: Iterable[LedgerEntry], *, since: datetime | None = None,
                 kind: str | None = None) -> KpiReport:
    """The KPIs over the errands the rows describe.

    Args:
        entries: Ledger rows (any order; they are taken in seq order).
        since: Only errands whose first row is at or after this moment.
        kind: Only errands of this kind (an id prefix or an alias such as ``reschedule``).
    """
    wanted = normalize_kind(kind)
    errands = [e for e in _errands(entries)
               if (since is None or e.started >= since) and (wanted is None or e.kind == wanted)]
    finished = [e for e in errands if e.end_state is not None]
    offered = [e for e in errands if "quote.offered" in e.whats]
    approved = [e for e in offered if "approval.accepted" in e.whats]
    rejected = [e for e in offered if "approval.accepted" not in e.whats and e.end_state == "rejected"]
    expired = [e for e in offered if "approval.accepted" not in e.whats and e.end_state == "expired"]
    delivered_goods = [e for e in errands if e.end_state in ("delivered", "partially_delivered")]
    kinds = sorted({e.kind for e in finished})
    handle = {k: durations([(e.ended - e.started).total_seconds() for e in finished
                            if e.kind == k and e.ended is not None]) for k in kinds}
    returns = [(e.refunded - e.started).total_seconds() for e in errands
               if e.kind == "return" and e.refunded is not None]
    failed_attempts = sum(e.failed_attempts for e in errands)
    paid = [e for e in errands if e.paid]
    return KpiReport(
        since=since, kind=wanted, errands=len(errands), finished=len(finished),
        conversion=Funnel(offered=len(offered), approved=len(approved),
                          delivered=sum(1 for e in approved if e.end_state in DELIVERED_STATES)),
        first_contact_resolution=Ratio(part=sum(1 for e in finished if not e.person), whole=len(finished)),
        handle_time=handle,
        action_precision=Ratio(part=len(approved), whole=len(approved) + len(rejected)),
        quotes_expired=len(expired),
        returns_processing=durations(returns),
        failed_delivery=Ratio(part=failed_attempts, whole=failed_attempts + len(delivered_goods)),
        compensation=Ratio(part=sum(1 for e in paid if e.compensated), whole=len(paid)),
    )


def kpis_from_ledger(ledger: Ledger, *, since: datetime | None = None, kind: str | None = None) -> KpiReport:
    """`compute_kpis` over every row of ``ledger``."""
    return compute_kpis(ledger.entries(), since=since, kind=kind)
