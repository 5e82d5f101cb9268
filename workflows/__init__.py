"""Errand's workflows: one module per shopping intent, plus what they share."""

from .buy import BuyRequest, BuyWorkflow
from .conversation import ConversationWorkflow
from .chat_models import ChatEnd, ChatMessage, ChatStatus, ConversationRequest
from .returns import ReturnRequest, ReturnWorkflow
from .price_watch import PriceWatchRequest, PriceWatchWorkflow, WatchCancel
from .bulk_order import BulkOrderRequest, BulkOrderWorkflow
from .reschedule import RescheduleDeliveryWorkflow, RescheduleRequest

__all__ = ["BuyRequest", "BuyWorkflow", "ALL_WORKFLOWS"]
__all__ += ["ReturnRequest", "ReturnWorkflow"]
__all__ += ["PriceWatchRequest", "PriceWatchWorkflow", "WatchCancel"]
__all__ += ["BulkOrderRequest", "BulkOrderWorkflow"]
__all__ += ["RescheduleDeliveryWorkflow", "RescheduleRequest"]

ALL_WORKFLOWS = [BuyWorkflow]
ALL_WORKFLOWS += [ReturnWorkflow]
ALL_WORKFLOWS += [PriceWatchWorkflow]
ALL_WORKFLOWS += [BulkOrderWorkflow]
ALL_WORKFLOWS += [RescheduleDeliveryWorkflow]
__all__ += ["ChatEnd", "ChatMessage", "ChatStatus", "ConversationRequest", "ConversationWorkflow"]
ALL_WORKFLOWS += [ConversationWorkflow]
