"""DNS rebinding against what the sandbox fetches or posts to for someone else: a name that answers a public
address to the address guard's check and a loopback address when the HTTP client connects, or that answers
a public and a private address at once. The connection must never reach the private address: the resolver
here is the process's own ``socket.getaddrinfo``, swapped for one that answers what an attacker's DNS would;
the "internal service" is a real listener on 127.0.0.1 that counts who reached it."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import socket
import ssl
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpcore
import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from errand.sandbox.admin.faults import FaultBook
from errand.sandbox.common.outbound import WebhookSettings, address_guard, new_secret
from errand.sandbox.common.pinned import PinnedBackend, PinnedTransport, RefusedAddress
from errand.sandbox.courier.webhooks import Dispatcher, WebhookOutbox
from errand.sandbox.merchant.order_events import OrderEventDispatcher, ProfileUnavailable

PUBLIC = "93.184.215.14"  # a global unicast address; never connected to by these tests
REMOTE = WebhookSettings(allow_loopback=False)
LOCAL = WebhookSettings(allow_loopback=True)


@dataclass
class Internal:
    """A service on loopback that must not be reached from outside: counts connections, answers a profile."""

    port: int = 0
    connections: int = 0
    requests: list[bytes] = field(default_factory=list)


async def _serve(internal: Internal, tls: ssl.SSLContext | None = None) -> asyncio.Server:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        internal.connections += 1
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError):
            writer.close()
            return
        internal.requests.append(head)
        body = b'{"ucp": {"capabilities": {}}, "secret": "internal"}'
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
                     + str(len(body)).encode() + b"\r\nconnection: close\r\n\r\n" + body)
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=tls)
    internal.port = server.sockets[0].getsockname()[1]
    return server


@pytest.fixture
async def internal() -> AsyncIterator[Internal]:
    found = Internal()
    server = await _serve(found)
    yield found
    server.close()
    await server.wait_closed()


Answers = list[list[str]]


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, Answers], list[str]]]:
    """``dns(name, [[first answer], [second answer], ...])``: what ``name`` resolves to on each lookup (the
    last answer repeats); returns the log of lookups of that name. Other names resolve as usual."""
    real = socket.getaddrinfo
    plans: dict[str, tuple[Answers, list[str]]] = {}

    def fake(host: Any, port: Any, family: int = 0, type: int = 0, proto: int = 0,
             flags: int = 0) -> list[Any]:
        name = host.decode() if isinstance(host, bytes) else host
        if name not in plans:
            return real(host, port, family, type, proto, flags)
        answers, log = plans[name]
        answer = answers[min(len(log), len(answers) - 1)]
        log.append(",".join(answer))
        out = []
        for address in answer:
            ip = ipaddress.ip_address(address)
            fam = socket.AF_INET6 if ip.version == 6 else socket.AF_INET
            sockaddr = (address, int(port or 0), 0, 0) if ip.version == 6 else (address, int(port or 0))
            out.append((fam, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", sockaddr))
        return out

    def plan(name: str, answers: Answers) -> list[str]:
        plans[name] = (answers, [])
        return plans[name][1]

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    yield plan


class Recording(httpcore.AsyncNetworkBackend):
    """The real backend, noting which host each connection was opened to."""

    def __init__(self) -> None:
        self.real = httpcore.AnyIOBackend()
        self.hosts: list[str] = []

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                          socket_options: Any = None) -> httpcore.AsyncNetworkStream:
        self.hosts.append(host)
        return await self.real.connect_tcp(host, port, timeout=timeout, local_address=local_address,
                                           socket_options=socket_options)

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Any = None) -> httpcore.AsyncNetworkStream:
        raise AssertionError("no unix sockets here")

    async def sleep(self, seconds: float) -> None:
        await self.real.sleep(seconds)


# -- through the fetches the sandbox makes ------------------------------------------------------------------

async def test_a_profile_name_that_rebinds_to_loopback_after_the_check_is_never_fetched(
        internal: Internal, dns: Callable[[str, Answers], list[str]]) -> None:
    """Outside local mode, a trusted profile's name answers a public address to the check, then loopback."""
    url = f"http://profile.rebind.example:{internal.port}/profile.json"
    lookups = dns("profile.rebind.example", [[PUBLIC], ["127.0.0.1"]])
    merchant = OrderEventDispatcher(None, None, "", REMOTE, trusted=(url,))  # type: ignore[arg-type]
    try:
        with pytest.raises(ProfileUnavailable):
            await merchant.profiles.document(url)
    finally:
        await merchant.client.aclose()
    assert len(lookups) == 2  # the check's lookup and the connection's own
    assert internal.connections == 0


async def test_a_profile_name_that_adds_a_private_address_after_the_check_is_never_fetched(
        internal: Internal, dns: Callable[[str, Answers], list[str]]) -> None:
    url = f"http://mixed.rebind.example:{internal.port}/profile.json"
    dns("mixed.rebind.example", [[PUBLIC], [PUBLIC, "127.0.0.1"]])
    merchant = OrderEventDispatcher(None, None, "", REMOTE, trusted=(url,))  # type: ignore[arg-type]
    try:
        with pytest.raises(ProfileUnavailable, match="ConnectError"):
            await merchant.profiles.document(url)
    finally:
        await merchant.client.aclose()
    assert internal.connections == 0


async def test_an_order_webhook_post_to_a_rebinding_name_never_reaches_loopback(
        internal: Internal, dns: Callable[[str, Answers], list[str]]) -> None:
    """The merchant's order webhook client is the same pinned client: a post goes nowhere private either."""
    dns("hook.rebind.example", [["127.0.0.1"]])
    merchant = OrderEventDispatcher(None, None, "", REMOTE, trusted=())  # type: ignore[arg-type]
    try:
        with pytest.raises(httpx.ConnectError, match="127.0.0.1"):
            await merchant.client.post(f"http://hook.rebind.example:{internal.port}/webhooks/order", content=b"{}")
    finally:
        await merchant.client.aclose()
    assert internal.connections == 0


async def test_a_courier_delivery_to_a_subscriber_that_rebinds_is_never_made(
        internal: Internal, dns: Callable[[str, Answers], list[str]]) -> None:
    """The courier checks the subscriber again before each batch (public) and then posts: the post must not
    land on loopback; the delivery fails and is retried later, like any unreachable subscriber."""
    url = f"http://sub.rebind.example:{internal.port}/events"
    dns("sub.rebind.example", [[PUBLIC], ["127.0.0.1"]])
    app = SimpleNamespace(state=SimpleNamespace(webhook_settings=REMOTE))
    courier = Dispatcher(app)  # type: ignore[arg-type]
    try:
        assert await courier._still_allowed(url)
        item = WebhookOutbox(id=1, event_id="shp_1:1", type="shipment.event", shipment_id="shp_1", payload="{}",
                             created_at=datetime.datetime.now(datetime.UTC))
        assert not await courier._post(url, new_secret(), item, FaultBook())
    finally:
        await courier.client.aclose()
    assert internal.connections == 0


# -- the backend itself -------------------------------------------------------------------------------------

@pytest.mark.parametrize("answer", [[PUBLIC, "127.0.0.1"], ["127.0.0.1", PUBLIC], [PUBLIC, "::ffff:169.254.169.254"],
                                    ["2606:4700:4700::1111", "fd00::1"]])
async def test_a_name_with_a_public_and_a_private_address_is_refused_whole(
        dns: Callable[[str, Answers], list[str]], answer: list[str]) -> None:
    dns("both.rebind.example", [answer])
    inner = Recording()
    backend = PinnedBackend(address_guard(REMOTE), inner)
    with pytest.raises(RefusedAddress, match="both.rebind.example resolves to"):
        await backend.connect_tcp("both.rebind.example", 80, timeout=1.0)
    assert inner.hosts == []


async def test_the_connection_goes_to_the_checked_literal_and_the_host_header_keeps_the_name(
        internal: Internal, dns: Callable[[str, Answers], list[str]]) -> None:
    """Local mode keeps its loopback allowance: the receiver's name resolves once, at connect time, and the
    socket is opened to that literal (no second lookup by anything below)."""
    lookups = dns("receiver.local.example", [["127.0.0.1"], [PUBLIC]])
    inner = Recording()
    async with httpx.AsyncClient(transport=PinnedTransport(address_guard(LOCAL), inner=inner)) as client:
        answer = await client.get(f"http://receiver.local.example:{internal.port}/profile.json")
    assert answer.status_code == 200
    assert inner.hosts == ["127.0.0.1"]
    assert len(lookups) == 1
    assert f"host: receiver.local.example:{internal.port}".encode() in internal.requests[-1].lower()


async def test_loopback_is_refused_outside_local_mode_unless_the_host_is_let_through(
        internal: Internal, dns: Callable[[str, Answers], list[str]]) -> None:
    dns("receiver.compose", [["127.0.0.1"]])
    async with httpx.AsyncClient(transport=PinnedTransport(address_guard(REMOTE))) as client:
        with pytest.raises(httpx.ConnectError, match="loopback"):
            await client.get(f"http://receiver.compose:{internal.port}/")
    assert internal.connections == 0
    through = WebhookSettings(allow_loopback=False, allowed_hosts=["receiver.compose"])
    async with httpx.AsyncClient(transport=PinnedTransport(address_guard(through))) as client:
        assert (await client.get(f"http://receiver.compose:{internal.port}/")).status_code == 200
    assert internal.connections == 1


def _certificate(tmp: Path, name: str) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """(server context for ``name``, client context trusting only that certificate)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(hours=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    (tmp / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                    serialization.NoEncryption()))
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(tmp / "cert.pem", tmp / "key.pem")
    client = ssl.create_default_context(cafile=str(tmp / "cert.pem"))
    return server, client


async def test_tls_still_names_the_host_while_connecting_to_the_literal(
        tmp_path: Path, dns: Callable[[str, Answers], list[str]]) -> None:
    """SNI and certificate checking use the name from the URL, not the address connected to."""
    server_tls, client_tls = _certificate(tmp_path, "receiver.local.example")
    seen: list[str | None] = []
    server_tls.sni_callback = lambda _sock, name, _ctx: seen.append(name)  # type: ignore[assignment,func-returns-value]
    internal = Internal()
    server = await _serve(internal, server_tls)
    dns("receiver.local.example", [["127.0.0.1"]])
    inner = Recording()
    try:
        async with httpx.AsyncClient(transport=PinnedTransport(address_guard(LOCAL), verify=client_tls,
                                                               inner=inner)) as client:
            answer = await client.get(f"https://receiver.local.example:{internal.port}/profile.json")
    finally:
        server.close()
        await server.wait_closed()
    assert answer.status_code == 200
    assert inner.hosts == ["127.0.0.1"]
    assert seen == ["receiver.local.example"]
