"""`errand mcp`: Errand's tools for any MCP client, over stdio or streamable HTTP.

The server acts for one shopper, the one it was started for; no tool takes a shopper. Approval is not a
tool: a purchase's tools answer with the web page's link, where the shopper approves with their passkey.
Over HTTP every request needs the bearer token the server was started with, so a stranger on the network
cannot start errands; over stdio the client is the process that started the server.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any, TypeVar

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from pydantic import Field, ValidationError
from starlette.types import ASGIApp, Receive, Scope, Send
from temporalio.service import RPCError

from errand.cli.errands import CliError
from errand.connectors import BackendError

from .models import (
    BulkOrderInput,
    BuyInput,
    Cancelled,
    ErrandList,
    ErrandView,
    PriceWatchInput,
    RescheduleInput,
    ReturnInput,
    SearchResult,
    Started,
)
from .service import ErrandService

T = TypeVar("T")
_log = logging.getLogger("errand.mcp")
ErrandId = Annotated[str, Field(min_length=3, max_length=120, pattern=r"^[A-Za-z0-9_.-]+$",
                                description="an errand id, e.g. buy-alice-1a2b3c4d")]

INSTRUCTIONS = """Errand runs shopping errands for one shopper: buying, returns, price watches, bulk drink
orders and delivery reschedules. Money is in integer minor units (fen: 3990 is ¥39.90). Starting a purchase
never spends anything: the errand finds the product and holds a quote, and the shopper approves that exact
quote themselves on the web page at approval_url. There is no approve tool; tell the shopper the link."""


@asynccontextmanager
async def _as_tool_errors() -> AsyncIterator[None]:
    """What a person or a client can cause becomes a tool error with one clear line, never a traceback."""
    try:
        yield
    except ToolError:
        raise
    except CliError as exc:
        raise ToolError(str(exc)) from None
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        raise ToolError(f"invalid {'.'.join(map(str, first['loc'])) or 'input'}: {first['msg']}") from None
    except BackendError as exc:
        raise ToolError(f"the merchant refused: {exc.message}") from None
    except RPCError as exc:
        raise ToolError(f"Temporal refused: {exc.message}") from None


async def _call(work: Callable[[], Awaitable[T]]) -> T:
    async with _as_tool_errors():
        return await work()


def build_server(service: ErrandService) -> MCPServer[Any]:
    """The MCP server with Errand's tools, acting for ``service.shopper``."""
    server: MCPServer[Any] = MCPServer("errand", instructions=INSTRUCTIONS, version="0.1.0")

    @server.tool()
    async def search_products(
        query: Annotated[str, Field(min_length=1, max_length=200, description="what the shopper wants")],
        max_price: Annotated[int | None, Field(gt=0, description="per-item cap, minor units")] = None,
        limit: Annotated[int, Field(ge=1, le=50)] = 10,
    ) -> SearchResult:
        """Search the merchant's catalogue. ``match`` says whether these are exact matches or only the closest
        (then ``lacking`` says what each product does not have)."""
        return await _call(lambda: service.search(query, max_price, limit))

    @server.tool()
    async def start_errand(
        sentence: Annotated[str, Field(min_length=1, max_length=2000,
                                       description="the shopper's request in their words, any errand kind")],
    ) -> Started:
        """Start whatever errand the sentence asks for (buy, bulk order, return, price watch, reschedule).
        When something is missing nothing starts and ``question`` says what to ask the shopper."""
        return await _call(lambda: service.start_from_sentence(sentence))

    @server.tool()
    async def start_buy(intent: BuyInput) -> Started:
        """Buy a product: the errand searches, picks the best value within the caps and holds a quote that
        the shopper approves at ``approval_url``."""
        return await _call(lambda: service.start_buy(intent))

    @server.tool()
    async def start_bulk_order(intent: BulkOrderInput) -> Started:
        """Order many drinks from a local chain, split across branches; approved at ``approval_url``."""
        return await _call(lambda: service.start_bulk(intent))

    @server.tool()
    async def start_return(intent: ReturnInput) -> Started:
        """Return a delivered order for a refund (photos, if the policy needs them, are added on the web)."""
        return await _call(lambda: service.start_return(intent))

    @server.tool()
    async def start_price_watch(intent: PriceWatchInput) -> Started:
        """Watch a product's price; when it is at or below the target the shopper is asked to approve a
        purchase at ``approval_url`` (never bought without them)."""
        return await _call(lambda: service.start_watch(intent))

    @server.tool()
    async def start_reschedule(intent: RescheduleInput) -> Started:
        """Move an undelivered order's delivery to another slot (a slot with a fee is approved on the web)."""
        return await _call(lambda: service.start_reschedule(intent))

    @server.tool()
    async def get_errand_status(errand_id: ErrandId) -> ErrandView:
        """An errand's state, outcome and quote; ``approval_url`` is set while a quote awaits approval."""
        return await _call(lambda: service.status(errand_id))

    @server.tool()
    async def list_errands(limit: Annotated[int, Field(ge=1, le=50)] = 20) -> ErrandList:
        """The shopper's recent errands, newest first."""
        return await _call(lambda: service.list_errands(limit))

    @server.tool()
    async def cancel_watch(
        errand_id: ErrandId,
        reason: Annotated[str, Field(max_length=200)] = "cancelled by the shopper",
    ) -> Cancelled:
        """Stop one of the shopper's price watches."""
        return await _call(lambda: service.cancel_watch(errand_id, reason))

    return server


class BearerTokenGate:
    """ASGI middleware: every HTTP request must carry ``Authorization: Bearer <token>`` (compared in
    constant time); anything else is a 401 before the MCP app sees it."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        if len(token) < 16:
            raise ValueError("the MCP bearer token must be at least 16 characters")
        self.app = app
        self._expected = f"Bearer {token}".encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope.get("headers") or []).get(b"authorization", b"")
        if hmac.compare_digest(given, self._expected):
            await self.app(scope, receive, send)
            return
        _log.info("refused an MCP request without the bearer token from %s", (scope.get("client") or ["?"])[0])
        body = b'{"error":"unauthorized","detail":"send Authorization: Bearer <the token errand mcp printed>"}'
        await send({"type": "http.response.start", "status": 401,
                    "headers": [(b"content-type", b"application/json"), (b"www-authenticate", b"Bearer"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


def http_app(server: MCPServer[Any], token: str, host: str = "127.0.0.1") -> ASGIApp:
    """The streamable HTTP app at ``/mcp`` behind the bearer-token gate."""
    return BearerTokenGate(server.streamable_http_app(host=host), token)


async def serve_http(server: MCPServer[Any], token: str, host: str, port: int) -> None:
    import uvicorn

    config = uvicorn.Config(http_app(server, token, host), host=host, port=port, log_level="warning")
    await uvicorn.Server(config).serve()


__all__ = ["BearerTokenGate", "build_server", "http_app", "serve_http"]
