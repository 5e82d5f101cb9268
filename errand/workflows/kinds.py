"""The errand workflows a conversation can start: one per shopping intent.

``ALL_WORKFLOWS`` (the package's list, which the worker registers) is these plus the conversation itself;
kept apart so the conversation can read it without importing itself through the package.
"""

from __future__ import annotations

from .aftersales import AftersalesWorkflow
from .bulk_order import BulkOrderWorkflow
from .buy import BuyWorkflow
from .price_watch import PriceWatchWorkflow
from .reschedule import RescheduleDeliveryWorkflow
from .returns import ReturnWorkflow

ERRAND_WORKFLOWS: list[type] = [BuyWorkflow, ReturnWorkflow, PriceWatchWorkflow, BulkOrderWorkflow,
                                RescheduleDeliveryWorkflow, AftersalesWorkflow]
