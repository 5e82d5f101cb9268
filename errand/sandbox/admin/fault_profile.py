"""What faults the sandbox injects on its own, and how an operator configures them.

A ``FaultProfile`` gives, per route pattern, the probability of each kind of fault:

- ``error``: a 5xx before the handler touches the database (nothing is applied);
- ``timeout``: the request is held past the client's timeout, *then* applied (the client gave up, the change
  happened anyway, and its retry must find it through the Idempotency-Key);
- ``drop``: the change is applied and the answer stored, but the client gets a 502 instead of the answer;

plus a fixed added latency, and for webhook deliveries the probability of a duplicate and of an
out-of-order (held back) delivery. Every decision is a pure function of the seed, the route, the request's
Idempotency-Key and how many times that key has been seen, so a run is reproducible under a seed however
the requests interleave.

Set it with ``ERRAND_SANDBOX_FAULTS_*`` variables (or ``ERRAND_SANDBOX_FAULTS_FILE`` naming a JSON profile),
or at run time with ``PUT /admin/faults/profile``.
"""

from __future__ import annotations

import fnmatch
import hashlib
from pathlib import Path

from pydantic import BaseModel, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class RouteFaults(BaseModel):
    """Fault rates for the routes one pattern matches (probabilities in [0, 1], summing to at most 1)."""

    error_rate: float = Field(default=0.0, ge=0, le=1)
    error_status: int = Field(default=503, ge=500, le=599)
    timeout_rate: float = Field(default=0.0, ge=0, le=1)
    timeout_ms: int = Field(default=11000, ge=0, le=120000,
                            description="how long a timed-out request is held before it is applied; set it "
                                        "above the client's read timeout (the connectors use 10 s)")
    drop_rate: float = Field(default=0.0, ge=0, le=1)
    latency_ms: int = Field(default=0, ge=0, le=60000, description="added to every call")

    @model_validator(mode="after")
    def _rates_fit(self) -> RouteFaults:
        if self.error_rate + self.timeout_rate + self.drop_rate > 1.0 + 1e-9:
            raise ValueError("error_rate + timeout_rate + drop_rate must be at most 1")
        return self


class WebhookFaults(BaseModel):
    """Fault rates for outgoing webhook deliveries."""

    duplicate_rate: float = Field(default=0.0, ge=0, le=1)
    reorder_rate: float = Field(default=0.0, ge=0, le=1)
    reorder_delay_ms: int = Field(default=2000, ge=0, le=600000,
                                  description="how long a reordered delivery is held back")


class FaultProfile(BaseModel):
    """The sandbox's standing faults: rates by route pattern (first matching pattern wins)."""

    seed: int = 0
    routes: dict[str, RouteFaults] = Field(
        default_factory=dict, description="glob over route names, e.g. 'wallet.*', 'checkout.complete', '*'")
    webhooks: WebhookFaults = Field(default_factory=WebhookFaults)

    def for_route(self, route: str) -> RouteFaults | None:
        for pattern, faults in self.routes.items():
            if fnmatch.fnmatchcase(route, pattern):
                return faults
        return None

    @property
    def active(self) -> bool:
        return bool(self.routes) or self.webhooks.duplicate_rate > 0 or self.webhooks.reorder_rate > 0


class FaultSettings(BaseSettings):
    """``ERRAND_SANDBOX_FAULTS_*``: one set of rates applied to the routes in ``routes`` (comma-separated
    globs), or a whole profile from the JSON file ``file``."""

    model_config = SettingsConfigDict(env_prefix="ERRAND_SANDBOX_FAULTS_", extra="ignore")

    file: Path | None = None
    seed: int = 0
    routes: str = "*"
    error_rate: float = 0.0
    error_status: int = 503
    timeout_rate: float = 0.0
    timeout_ms: int = 11000
    drop_rate: float = 0.0
    latency_ms: int = 0
    webhook_duplicate_rate: float = 0.0
    webhook_reorder_rate: float = 0.0
    webhook_reorder_delay_ms: int = 2000

    def profile(self) -> FaultProfile:
        """The profile these settings describe (empty when every rate is zero)."""
        if self.file is not None:
            return FaultProfile.model_validate_json(self.file.read_text())
        rates = RouteFaults(error_rate=self.error_rate, error_status=self.error_status,
                            timeout_rate=self.timeout_rate, timeout_ms=self.timeout_ms, drop_rate=self.drop_rate,
                            latency_ms=self.latency_ms)
        routes = {}
        if rates.error_rate or rates.timeout_rate or rates.drop_rate or rates.latency_ms:
            routes = {pattern.strip(): rates for pattern in self.routes.split(",") if pattern.strip()}
        return FaultProfile(seed=self.seed, routes=routes, webhooks=WebhookFaults(
            duplicate_rate=self.webhook_duplicate_rate, reorder_rate=self.webhook_reorder_rate,
            reorder_delay_ms=self.webhook_reorder_delay_ms))


def unit_draw(seed: int, *parts: object) -> float:
    """A uniform number in [0, 1) from the seed and the parts: the same inputs always give the same draw."""
    text = "\x1f".join([str(seed), *map(str, parts)])
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big") / 2**64
