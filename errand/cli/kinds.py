"""Errand kinds the CLI knows: how to read each one's status and show it.

An errand's id starts with its kind (``buy-alice-1a2b3c4d``); `errand status`, `approve`, `reject` and
`list` find the workflow, status model and renderer here. Each errand kind registers one ``Kind``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rich.console import RenderableType

from errand.domain.models import ErrandStatus, ErrandStatusBase
from errand.workflows import BuyWorkflow

from .render import status_view


@dataclass(frozen=True)
class Kind:
    prefix: str
    workflow_type: str
    status_model: type[ErrandStatusBase]
    render: Callable[[Any], RenderableType]
    approve_signal: str | None = "approve"
    reject_signal: str | None = "reject"


KINDS: dict[str, Kind] = {
    "buy": Kind(prefix="buy", workflow_type="buy", status_model=ErrandStatus, render=status_view),
}


def register(kind: Kind) -> None:
    KINDS[kind.prefix] = kind


def kind_of(errand_id: str) -> Kind:
    """The kind named by the id's prefix; the buy kind for ids without a known prefix."""
    prefix = errand_id.split("-", 1)[0]
    return KINDS.get(prefix, KINDS["buy"])


__all__ = ["KINDS", "BuyWorkflow", "Kind", "kind_of", "register"]
