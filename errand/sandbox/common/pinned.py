"""Outbound connections pinned to the address that was checked.

Checking a URL's host and then letting the HTTP client connect to it resolves the name twice: a name that
answers a public address to the check and a loopback or metadata address to the connect (DNS rebinding)
would reach a service nobody outside should. `PinnedBackend` is an httpcore network backend that resolves
the host itself when it opens a connection, refuses the whole connection when ANY address the name
resolves to is refused by the guard, and connects to the checked IP literal. Only the TCP connect uses the
literal: httpcore still sends the name as TLS SNI (``server_hostname`` comes from the request's origin) and
httpx still sends it in ``Host``, so certificates and virtual hosts work as before. `PinnedTransport` is
httpx's own transport on a pool built with that backend.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Callable, Iterable

import httpcore
import httpx

AddressGuard = Callable[[str, str], "str | None"]
"""(host name as written in the URL, one address it resolved to) → why it is refused, or None when allowed."""

SocketOption = (tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int])


LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
"""httpx's own default pool limits."""


class RefusedAddress(httpcore.ConnectError):
    """The host resolved to an address the guard refuses: no connection was made (httpx raises it as
    ``httpx.ConnectError``)."""


class PinnedBackend(httpcore.AsyncNetworkBackend):
    """Resolves, checks every address with ``guard``, then connects ``inner`` to the checked literal."""

    def __init__(self, guard: AddressGuard, inner: httpcore.AsyncNetworkBackend | None = None) -> None:
        self.guard = guard
        self.inner = inner or httpcore.AnyIOBackend()

    async def resolve(self, host: str, port: int, timeout: float | None) -> list[str]:
        """Every address ``host`` resolves to now, in the resolver's order, without repeats."""
        try:
            found = await asyncio.wait_for(
                asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM), timeout)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(f"resolving {host} timed out") from exc
        except (OSError, UnicodeError) as exc:
            raise httpcore.ConnectError(f"{host} does not resolve") from exc
        addresses: list[str] = []
        for *_, sockaddr in found:
            address = str(sockaddr[0])
            if address not in addresses:
                addresses.append(address)
        if not addresses:
            raise httpcore.ConnectError(f"{host} does not resolve")
        return addresses

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: Iterable[SocketOption] | None = None) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        addresses = await self.resolve(host, port, timeout)
        for address in addresses:  # all of them first: a public answer must not vouch for a private one
            why = self.guard(host, address)
            if why:
                raise RefusedAddress(f"{host} resolves to {address}, {why}")
        options = list(socket_options) if socket_options is not None else None
        failure: Exception | None = None
        for address in addresses:
            left = None if deadline is None else max(0.0, deadline - loop.time())
            try:
                return await self.inner.connect_tcp(address, port, timeout=left, local_address=local_address,
                                                    socket_options=options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable[SocketOption] | None = None
                                  ) -> httpcore.AsyncNetworkStream:
        raise RefusedAddress("a unix socket is not an outbound target")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


class PinnedTransport(httpx.AsyncHTTPTransport):
    """httpx's transport with its connection pool built on `PinnedBackend` (no proxy, no unix socket)."""

    def __init__(self, guard: AddressGuard, verify: ssl.SSLContext | str | bool = True,
                 limits: httpx.Limits = LIMITS,
                 inner: httpcore.AsyncNetworkBackend | None = None) -> None:
        super().__init__(verify=verify, limits=limits)
        self.backend = PinnedBackend(guard, inner)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=self.backend)
