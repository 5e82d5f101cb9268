"""`errand mcp` driven by the SDK's own client, over stdio and over streamable HTTP, on the real stack: the
tools are listed (and none approves), a buy starts and reaches its quote with the web page's approval link,
bad input and another shopper's errand are tool errors, and an HTTP call without the token is refused."""

from __future__ import annotations

import asyncio
import socket
import subprocess
from collections.abc import Iterator
from typing import Any

import httpx
import httpx2
import pytest
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client

from .conftest import WEB_URL, errand_command

TOOLS = {"search_products", "start_errand", "start_buy", "start_bulk_order", "start_return", "start_price_watch",
         "start_reschedule", "get_errand_status", "list_errands", "cancel_watch"}


async def _call(client: Client, tool: str, arguments: dict[str, Any]) -> dict[str, Any]:
    result = await client.call_tool(tool, arguments)
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return result.structured_content


async def _error(client: Client, tool: str, arguments: dict[str, Any]) -> str:
    result = await client.call_tool(tool, arguments)
    assert result.is_error
    text = " ".join(getattr(c, "text", "") for c in result.content)
    assert "Traceback" not in text
    return text


async def _until_quoted(client: Client, errand_id: str, timeout: float = 60.0) -> dict[str, Any]:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        view = await _call(client, "get_errand_status", {"errand_id": errand_id})
        if view["state"] == "awaiting_approval" or view["finished"]:
            return view
        assert asyncio.get_running_loop().time() < deadline, view
        await asyncio.sleep(0.5)


async def test_stdio_lists_tools_starts_a_buy_and_links_to_the_web_page(server_env, dev_worker) -> None:
    command = errand_command("mcp", "--shopper", "alice")
    params = StdioServerParameters(command=command[0], args=command[1:], env=server_env)
    async with Client(params) as client:
        names = {tool.name for tool in (await client.list_tools()).tools}
        assert names == TOOLS
        assert not any("approv" in name for name in names)  # approval is the shopper's, on the web page

        found = await _call(client, "search_products", {"query": "AA batteries", "limit": 5})
        assert found["match"] == "exact" and found["products"]

        started = await _call(client, "start_buy", {"intent": {"query": "AA batteries", "quantity": 2,
                                                               "max_unit_price": 4000}})
        errand_id = started["errand_id"]
        assert errand_id.startswith("buy-alice-") and started["approval_url"] == f"{WEB_URL}/errands/{errand_id}"
        view = await _until_quoted(client, errand_id)
        assert view["state"] == "awaiting_approval", view
        assert view["approval_url"] == f"{WEB_URL}/errands/{errand_id}"
        assert view["total"] and view["total"] <= 8000 and view["quote_digest"]

        for _ in range(40):  # the server's list is eventually consistent
            listed = await _call(client, "list_errands", {"limit": 10})
            if errand_id in [e["errand_id"] for e in listed["errands"]]:
                break
            await asyncio.sleep(0.25)
        else:
            raise AssertionError(f"{errand_id} never listed: {listed}")
        assert all(e["errand_id"].startswith(("buy-alice-", "bulk-alice-", "watch-alice-", "return-alice-",
                                              "resched-alice-")) for e in listed["errands"])

        # Bad input and strangers' errands: a clear tool error, never a traceback, nothing started.
        assert "quantity" in await _error(client, "start_buy", {"intent": {"query": "AA batteries", "quantity": 0}})
        assert "no errand called" in await _error(client, "get_errand_status", {"errand_id": "buy-bob-1a2b3c4d"})
        assert "no errand called" in await _error(client, "cancel_watch", {"errand_id": "watch-bob-1a2b3c4d"})
        assert "approve" in (await client.call_tool("approve", {"errand_id": errand_id})).content[0].text.lower()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _token_from(process: subprocess.Popen[str], port: int) -> str:
    """The generated token `errand mcp` prints once, then wait for the port to answer."""
    token = ""
    assert process.stderr is not None
    while not token:
        line = await asyncio.wait_for(asyncio.to_thread(process.stderr.readline), 30)
        assert line, "errand mcp exited before printing its token"
        if "bearer token (shown once):" in line:
            token = line.split(":", 1)[1].strip()
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return token
        except OSError:
            await asyncio.sleep(0.1)
    raise AssertionError("errand mcp never listened")


@pytest.fixture
def http_server(server_env, dev_worker) -> Iterator[tuple[subprocess.Popen[str], int]]:
    """`errand mcp --transport http` on a free port, without a configured token (so it generates one)."""
    port = _free_port()
    process = subprocess.Popen(errand_command("mcp", "--transport", "http", "--port", str(port), "--shopper", "alice"),
                               env=server_env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    yield process, port
    process.terminate()
    process.wait(timeout=10)


@pytest.mark.timeout(240)
async def test_http_refuses_a_stranger_and_serves_the_token_holder(http_server) -> None:
    process, port = http_server
    token = await _token_from(process, port)
    url = f"http://127.0.0.1:{port}/mcp"
    hello = {"jsonrpc": "2.0", "id": 1, "method": "tools/call",
             "params": {"name": "start_buy", "arguments": {"intent": {"query": "AA batteries"}}}}
    async with httpx.AsyncClient(timeout=5) as http:
        for headers in ({}, {"Authorization": "Bearer not-the-token-at-all"}, {"Authorization": token}):
            refused = await http.post(url, json=hello, headers={**headers, "Accept": "application/json"})
            assert refused.status_code == 401 and refused.headers["www-authenticate"] == "Bearer"

    async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=30) as http2, \
            Client(streamable_http_client(url, http_client=http2)) as client:
        assert {tool.name for tool in (await client.list_tools()).tools} == TOOLS
        started = await _call(client, "start_errand",
                              {"sentence": "two packs of AA batteries under ¥40, delivered home"})
        assert started["kind"] == "buy" and started["approval_url"].endswith(f"/errands/{started['errand_id']}")
        view = await _until_quoted(client, started["errand_id"])
        assert view["state"] == "awaiting_approval" and view["approval_url"], view
        asked = await _call(client, "start_errand", {"sentence": "buy something"})
        assert asked["errand_id"] is None and asked["question"]
