"""Outbound HTTP to URLs a stranger names: courier webhook subscribers, order webhooks, platform profiles.

A target must be http(s) without credentials and must not resolve to a private, link-local (cloud metadata),
multicast or otherwise non-public address, written as IPv4 or smuggled inside IPv6 (mapped, NAT64, 6to4);
loopback passes only while the sandbox runs locally (``ERRAND_SANDBOX_WEBHOOKS_ALLOW_LOOPBACK``), named hosts
only when an operator lets them through (``ERRAND_SANDBOX_WEBHOOKS_ALLOWED_HOSTS``). Deliveries are signed as
Standard Webhooks specify.
"""

from __future__ import annotations

import asyncio
import base64
import ipaddress
import secrets
import socket
from datetime import datetime
from urllib.parse import urlsplit

import httpx
from pydantic import Field as PydanticField
from pydantic_settings import BaseSettings, SettingsConfigDict
from standardwebhooks.webhooks import Webhook

from errand.sandbox.common.pinned import AddressGuard, PinnedTransport


class WebhookSettings(BaseSettings):
    """Which subscriber addresses the courier will post to (``ERRAND_SANDBOX_WEBHOOKS_*``)."""

    model_config = SettingsConfigDict(env_prefix="ERRAND_SANDBOX_WEBHOOKS_", extra="ignore")

    allow_loopback: bool = PydanticField(
        default=True, description="local mode: the worker's receiver is on loopback; turn off in production")
    allowed_hosts: list[str] = PydanticField(
        default_factory=list, description="host names let through although they resolve to private addresses")


class RefusedTarget(ValueError):
    """A subscriber URL the courier will not post to."""


_NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))
"""NAT64 prefixes (RFC 6052, RFC 8215): a translator on the way turns the last 32 bits back into IPv4."""
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one stands for on the way (mapped, NAT64, 6to4, IPv4-compatible), if any: a
    private or metadata IPv4 address must not get through written as IPv6."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if any(ip in net for net in _NAT64) or (ip in _IPV4_COMPATIBLE and int(ip) > 1):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def _address_refused(address: str, allow_loopback: bool) -> str | None:
    """Why the courier must not post to ``address``, or None when it may."""
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.is_site_local:
            return "a site-local address"
        ip = _embedded_ipv4(ip) or ip
    if ip.is_loopback:
        return None if allow_loopback else "a loopback address (the sandbox is not in local mode)"
    if ip.is_link_local:
        return "a link-local address (cloud metadata lives there)"
    if ip.is_multicast:
        return "a multicast address"
    if not ip.is_global:
        return "a private or reserved address"
    return None


async def check_target(url: str, settings: WebhookSettings) -> None:
    """Refuse a subscriber URL that is not http(s) or whose host resolves to an address nobody outside
    should reach from the courier; raises ``RefusedTarget`` with the reason."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RefusedTarget("the URL must be http:// or https:// with a host")
    if parts.username or parts.password:
        raise RefusedTarget("the URL must not carry credentials")
    host = parts.hostname
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        found = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, ValueError) as exc:
        raise RefusedTarget(f"{host} does not resolve") from exc
    refused = address_guard(settings)
    for *_, sockaddr in found:
        why = refused(host, str(sockaddr[0]))
        if why:
            raise RefusedTarget(f"{host} resolves to {sockaddr[0]}, {why}")


def address_guard(settings: WebhookSettings) -> AddressGuard:
    """The guard as a function of (host name, one address it resolved to): hosts on ``allowed_hosts`` pass
    whatever they resolve to, loopback passes only when ``allow_loopback`` says so (local mode, tests)."""
    allowed = {h.lower() for h in settings.allowed_hosts}
    allow_loopback = settings.allow_loopback

    def refused(host: str, address: str) -> str | None:
        return None if host.lower() in allowed else _address_refused(address, allow_loopback)
    return refused


def guarded_client(settings: WebhookSettings, timeout: httpx.Timeout) -> httpx.AsyncClient:
    """An HTTP client for URLs a stranger names (subscriber URLs, platform profiles, order webhooks).

    `check_target` says early and clearly why a URL is refused, but the connection itself is what must not
    reach a private address: this client resolves the host again when it connects, refuses the connection if
    any address is refused by the same guard, and connects to the address it checked (`PinnedBackend`), so a
    name that answers differently the second time reaches nothing. It follows no redirects and reads no proxy
    from the environment (a proxy would resolve the name itself, past the guard)."""
    return httpx.AsyncClient(transport=PinnedTransport(address_guard(settings)), timeout=timeout,
                             follow_redirects=False, trust_env=False)


def new_secret() -> str:
    """A Standard Webhooks signing secret: ``whsec_`` and 32 random bytes in base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def signed_headers(secret: str, event_id: str, body: str, at: datetime) -> dict[str, str]:
    """The ``webhook-*`` headers for one delivery of ``body`` at ``at``."""
    return {"webhook-id": event_id, "webhook-timestamp": str(int(at.timestamp())),
            "webhook-signature": Webhook(secret).sign(event_id, at, body)}
