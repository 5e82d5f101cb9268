"""Errand's workflows: one module per shopping intent, plus what they share."""

from .aftersales import AftersalesRequest, AftersalesWorkflow
from .bulk_order import BulkOrderRequest, BulkOrderWorkflow
from .buy import BuyRequest, BuyWorkflow
from .chat_models import ChatEnd, ChatMessage, ChatStatus, ConversationRequest
from .conversation import ConversationWorkflow
from .kinds import ERRAND_WORKFLOWS
from .price_watch import PriceWatchRequest, PriceWatchWorkflow, WatchCancel
from .requests import ReturnRequest
from .reschedule import RescheduleDeliveryWorkflow, RescheduleRequest
from .returns import ReturnWorkflow

__all__ = ["ALL_WORKFLOWS", "BuyRequest", "BuyWorkflow"]
__all__ += ["ReturnRequest", "ReturnWorkflow"]
__all__ += ["PriceWatchRequest", "PriceWatchWorkflow", "WatchCancel"]
__all__ += ["BulkOrderRequest", "BulkOrderWorkflow"]
__all__ += ["RescheduleDeliveryWorkflow", "RescheduleRequest"]
__all__ += ["AftersalesRequest", "AftersalesWorkflow"]

ALL_WORKFLOWS: list[type] = [*ERRAND_WORKFLOWS]
__all__ += ["ChatEnd", "ChatMessage", "ChatStatus", "ConversationRequest", "ConversationWorkflow"]
ALL_WORKFLOWS += [ConversationWorkflow]
