"""Attacks on what the sandbox fetches or posts to for someone else: a courier webhook subscription or a platform
profile (order webhooks) whose address is a private or metadata IPv4 address written as IPv6 (NAT64, 6to4,
IPv4-compatible), a deprecated site-local address, or a redirect. Run against the session's sandbox and its
real address guard."""

from __future__ import annotations

import uuid

import pytest

from errand.sandbox.common.outbound import RefusedTarget, WebhookSettings, check_target
from errand.sandbox.merchant.order_events import ProfileResolver
from errand.sandbox.process import SandboxProcess
from tests.operator import operator_http

# 169.254.169.254 (cloud metadata) and 10.0.0.1 in each IPv6 spelling a translator or a relay turns back into IPv4.
DISGUISED = ["http://[64:ff9b::a9fe:a9fe]/latest/meta-data/",  # NAT64 well-known prefix (RFC 6052)
             "http://[64:ff9b:1::a00:1]/events",  # local-use NAT64 prefix (RFC 8215)
             "http://[2002:a9fe:a9fe::1]/latest/meta-data/",  # 6to4 (RFC 3056)
             "http://[::a9fe:a9fe]/latest/meta-data/",  # IPv4-compatible (deprecated, RFC 4291)
             "http://[fec0::1]/events"]  # site-local (deprecated, RFC 3879)


@pytest.mark.parametrize("url", DISGUISED)
def test_a_subscription_to_a_private_ipv4_written_as_ipv6_is_refused(sandbox: SandboxProcess, url: str) -> None:
    with operator_http(sandbox) as operator:
        answer = operator.post("/courier/admin/subscriptions", json={"url": url},
                               headers={"Idempotency-Key": uuid.uuid4().hex})
        assert answer.status_code == 422, answer.text
        assert answer.json()["messages"][0]["code"] == "webhook_target_refused"
        assert all(s["url"] != url for s in operator.get("/courier/admin/subscriptions").json()["subscriptions"])


@pytest.mark.parametrize("url", [u.replace("/latest/meta-data/", "/profile.json").replace("/events", "/p.json")
                                 for u in DISGUISED])
async def test_a_guests_profile_at_a_disguised_private_address_is_never_fetched(url: str) -> None:
    """A guest names its profile itself (``UCP-Agent``); the merchant's order webhooks fetch it in local mode."""
    resolver = ProfileResolver(client=None, guard=WebhookSettings(allow_loopback=True), trusted=())  # type: ignore[arg-type]
    with pytest.raises(RefusedTarget):
        await resolver.webhook_url(url)


async def test_a_public_ipv6_address_is_still_allowed() -> None:
    await check_target("http://[2606:4700:4700::1111]/hook", WebhookSettings(allow_loopback=False))


async def test_loopback_written_as_ipv6_is_refused_outside_local_mode() -> None:
    for url in ("http://[::ffff:127.0.0.1]/hook", "http://[::7f00:1]/hook", "http://[64:ff9b::7f00:1]/hook"):
        with pytest.raises(RefusedTarget):
            await check_target(url, WebhookSettings(allow_loopback=False))
