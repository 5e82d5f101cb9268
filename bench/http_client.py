"""Client CPU per HTTP request, httpx against aiohttp: `python bench/http_client.py [--requests 6000]`.

Why the connectors speak aiohttp. A minimal keep-alive HTTP server runs in a subprocess (so its CPU is not
counted) and answers every request with the same small JSON body; this process sends ``--requests`` POSTs
with a JSON body and an Idempotency-Key through each client at several concurrencies and prints the CPU
time this process spent per request (aiohttp through the connectors' own client). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from bench.invariants import format_table
from errand.connectors._http import BaseClient
from errand.sandbox.process import free_port

SERVER = r'''
import asyncio, sys
ITEM = b'{"id":"chk_1","status":"ready_for_complete","total":1234,"item":{"id":"p1","title":"AA batteries"}}'
BODY = b"[" + b",".join([ITEM] * 3) + b"]"
HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n" % len(BODY)
async def handle(reader, writer):
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    await reader.readexactly(int(line.split(b":")[1]))
            writer.write(HEAD + BODY)
    except (asyncio.IncompleteReadError, ConnectionError):
        writer.close()
async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", int(sys.argv[1]))
    print("ready", flush=True)
    async with server:
        await server.serve_forever()
asyncio.run(main())
'''


async def _measure(send: Callable[[int], Awaitable[None]], requests: int, concurrency: int) -> float:
    """CPU microseconds per request (after a warm-up that opens the connections)."""
    gate = asyncio.Semaphore(concurrency)

    async def one(index: int) -> None:
        async with gate:
            await send(index)

    await asyncio.gather(*(one(i) for i in range(min(requests, 2 * concurrency))))
    started = time.process_time()
    await asyncio.gather(*(one(i) for i in range(requests)))
    return (time.process_time() - started) * 1e6 / requests


async def _httpx(url: str, requests: int, concurrency: int) -> float:
    # The limits the connectors used with httpx.
    async with httpx.AsyncClient(timeout=httpx.Timeout(10.0, connect=3.0),
                                 limits=httpx.Limits(max_connections=20, max_keepalive_connections=10)) as client:
        async def send(index: int) -> None:
            response = await client.post(url, json={"index": index}, headers={"Idempotency-Key": f"k{index}"})
            response.json()
        return await _measure(send, requests, concurrency)


async def _connector(url: str, requests: int, concurrency: int) -> float:
    # The connectors' own client (connectors/_http.py): aiohttp with their pool and timeouts.
    async with BaseClient(url) as client:
        async def send(index: int) -> None:
            response = await client._send("POST", url, json={"index": index},
                                          headers={"Idempotency-Key": f"k{index}"})
            response.json()
        return await _measure(send, requests, concurrency)


async def main(requests: int, concurrencies: list[int]) -> None:
    port = free_port()
    # The server is started (and waited for) before any measuring starts: blocking here costs nothing measured.
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(port)],  # noqa: ASYNC220
                              stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        url = f"http://127.0.0.1:{port}/checkout-sessions"
        rows = []
        for concurrency in concurrencies:
            via_httpx = await _httpx(url, requests, concurrency)
            via_aiohttp = await _connector(url, requests, concurrency)
            rows.append((f"{concurrency} in flight", (f"httpx {via_httpx:.0f} µs, aiohttp {via_aiohttp:.0f} µs "
                                                     f"({via_httpx / via_aiohttp:.1f}×)")))
    finally:
        server.terminate()
        server.wait(10)
    print(format_table(rows, f"client CPU per request, {requests} POSTs with a JSON body, keep-alive, loopback"))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=6000)
    parser.add_argument("--concurrency", default="1,10,100", help="comma-separated")
    args = parser.parse_args()
    asyncio.run(main(args.requests, [int(c) for c in args.concurrency.split(",")]))
