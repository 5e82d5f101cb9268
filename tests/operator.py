"""The operator's side of tests: the token the sandbox generated, sent on its admin paths only."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess


def operator_token(sandbox: SandboxProcess) -> str:
    """The operator credential the sandbox keeps under its home."""
    token = read_token(sandbox.home, "operator")
    assert token, f"the sandbox at {sandbox.url} wrote no operator token"
    return token


def platform_token(sandbox: SandboxProcess) -> str:
    """The platform credential (Errand's own worker) the sandbox keeps under its home."""
    token = read_token(sandbox.home, "platform")
    assert token, f"the sandbox at {sandbox.url} wrote no platform token"
    return token


_BUYER_DATA = ("/buyers/", "/stores/", "/checkout-sessions", "/orders/", "/courier/shipments/",
               "/courier/pickups", "/returns", "/support/")


class OperatorOnAdmin(httpx.Auth):
    """Sends the operator's bearer token on the sandbox's admin paths and the platform's on buyer data, as
    the operator's tools and the worker would; nothing on any other call (a request that sets its own
    ``Authorization`` keeps it)."""

    def __init__(self, operator: str, platform: str) -> None:
        self.operator, self.platform = operator, platform

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        path = request.url.path
        if "authorization" not in request.headers:
            if "/admin/" in path and path != "/admin/health":
                request.headers["Authorization"] = f"Bearer {self.operator}"
            elif path.startswith(_BUYER_DATA):
                request.headers["Authorization"] = f"Bearer {self.platform}"
        yield request


class PlatformAtHand(httpx.Auth):
    """Sends nothing by itself: the helpers that act for a shopper (``tests.sandbox.helpers``) name the
    platform's token they find here, as the worker would; a bare call stays a stranger's."""

    def __init__(self, platform: str) -> None:
        self.platform = platform


def stranger_http(sandbox: SandboxProcess, timeout: float = 20) -> httpx.Client:
    """A client that sends no credential unless a call (or a helper acting for a shopper) names one."""
    return httpx.Client(base_url=sandbox.url, timeout=timeout, auth=PlatformAtHand(platform_token(sandbox)))


def operator_http(sandbox: SandboxProcess, timeout: float = 10) -> httpx.Client:
    """An HTTP client to the sandbox whose admin calls carry the operator's token."""
    return httpx.Client(base_url=sandbox.url, timeout=timeout,
                        auth=OperatorOnAdmin(operator_token(sandbox), platform_token(sandbox)))


def record_decision(sandbox: SandboxProcess, order_id: str, *, approve: bool, note: str = "",
                    operator: str = "olga") -> dict:
    """Record an operator's decision on a return at the returns desk (the only grant of an exception)."""
    with operator_http(sandbox) as client:
        r = client.post("/admin/returns/decisions",
                        json={"order_id": order_id, "approve": approve, "note": note, "operator": operator})
        assert r.status_code == 201, r.text
        return r.json()
