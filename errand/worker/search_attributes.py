"""Errand's custom search attributes, and registering them with a Temporal namespace.

``ErrandNeedsHuman`` (Bool) and ``ErrandState`` (Keyword) let operators find errands waiting for a person
in the Web UI or with ``temporal workflow list --query 'ErrandNeedsHuman = true'``. The local dev server gets
them from its command line (worker/stack.py); any other server through the operator service, here.
"""

from __future__ import annotations

from temporalio.api.enums.v1 import IndexedValueType
from temporalio.api.operatorservice.v1 import AddSearchAttributesRequest, ListSearchAttributesRequest
from temporalio.client import Client
from temporalio.common import SearchAttributeKey
from temporalio.service import RPCError, RPCStatusCode

from errand.domain.returns import SEARCH_ATTRIBUTE_NEEDS_HUMAN, SEARCH_ATTRIBUTE_STATE

NEEDS_HUMAN = SearchAttributeKey.for_bool(SEARCH_ATTRIBUTE_NEEDS_HUMAN)
ERRAND_STATE = SearchAttributeKey.for_keyword(SEARCH_ATTRIBUTE_STATE)

DEV_SERVER_FLAGS: tuple[str, ...] = (
    "--search-attribute", f"{SEARCH_ATTRIBUTE_NEEDS_HUMAN}=Bool",
    "--search-attribute", f"{SEARCH_ATTRIBUTE_STATE}=Keyword",
)
"""Arguments for ``temporal server start-dev`` that register the attributes at start."""

_TYPES = {SEARCH_ATTRIBUTE_NEEDS_HUMAN: IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
          SEARCH_ATTRIBUTE_STATE: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD}


async def register_search_attributes(client: Client, namespace: str = "default") -> bool:
    """Add the attributes the namespace lacks (one at a time: "already exists" is fine). Returns False if
    the server refused, so the caller starts errands without them rather than have them fail."""
    try:
        listed = await client.operator_service.list_search_attributes(
            ListSearchAttributesRequest(namespace=namespace))
        missing = {name: kind for name, kind in _TYPES.items() if name not in listed.custom_attributes}
    except RPCError:
        missing = dict(_TYPES)  # the time-skipping test server cannot list them, but can add them
    for name, kind in missing.items():
        try:
            await client.operator_service.add_search_attributes(
                AddSearchAttributesRequest(namespace=namespace, search_attributes={name: kind}))
        except RPCError as exc:
            if exc.status != RPCStatusCode.ALREADY_EXISTS:
                return False
    return True
