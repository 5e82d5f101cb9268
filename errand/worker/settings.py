"""Errand's settings: read once at the edge (CLI, worker entry point), passed down explicitly."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class ErrandSettings(BaseSettings):
    """Every knob, from ``ERRAND_*`` environment variables, with embedded defaults for one machine."""

    model_config = SettingsConfigDict(env_prefix="ERRAND_", extra="ignore")

    home: Path = Field(default=Path.home() / ".errand", description="local state: databases, keys, logs")
    temporal_address: str = "127.0.0.1:7233"
    temporal_namespace: str = "default"
    task_queue: str = "errand"
    web_ui_url: str = "http://127.0.0.1:8233"
    sandbox_url: str = "http://127.0.0.1:8700"
    sandbox_token: str = Field(default="", repr=False,
                               description="the platform's credential at the sandbox; read from home when empty")
    operator_token: str = Field(default="", repr=False,
                                description="an operator's credential at the sandbox; read from home when empty")
    database_url: str = Field(default="", description="ledger database; SQLite file under home when empty")
    payload_key: str = Field(default="", repr=False,
                             description="32 bytes in base64: encrypt workflow payloads (AES-GCM); empty: off")
    payload_key_file: Path | None = Field(default=None, description="a file holding the payload key instead")
    payload_old_keys: str = Field(default="", repr=False, description="retired payload keys that still decrypt")
    ledger_log_id: str = Field(default="errand.ledger", description="the ledger's name in its signed checkpoints")
    witness_key: str = Field(default="", repr=False,
                             description="checkpoint signing key (base64 Ed25519); from home/witness when empty")
    witness_public_key: str = Field(default="", description="checkpoint verifier key (signed-note vkey)")
    checkpoint_file: Path | None = Field(default=None, description="published checkpoints; home/checkpoints.log")
    checkpoint_url: str = Field(default="", description="also POST every new checkpoint here when set")
    checkpoint_interval_seconds: int = Field(default=300, ge=0, description="`errand up` checkpoints; 0: off")
    shopper: str = Field(default="alice", description="who the CLI acts for")
    approval_timeout_seconds: int = Field(default=1800, ge=1)
    shipment_poll_seconds: int = Field(default=30, ge=1)
    planner: Literal["offline", "anthropic", "openai", ""] = Field(
        default="", description="offline | anthropic | openai; empty picks anthropic when a key is set, else offline")
    anthropic_api_key: str = Field(default="", repr=False)
    anthropic_model: str = "claude-sonnet-5"
    anthropic_base_url: str = ""
    openai_base_url: str = Field(default="", description="OpenAI-compatible endpoint ending in /v1 (DashScope, vLLM, Ollama)")
    openai_api_key: str = Field(default="", repr=False)
    openai_model: str = "qwen-plus"
    vision_model: str = Field(default="", description="a vision-capable model on the configured backend; empty: off")
    cap_per_errand: int = Field(default=500_000, ge=0, description="spending cap per errand, minor units; 0: none")
    cap_per_day: int = Field(default=2_000_000, ge=0, description="spending cap per shopper per day, minor units; 0: none")
    kill_switch: bool = Field(default=False, description="hold every errand before its next side effect")
    chat_messages_before_continue: int = Field(default=50, ge=4)
    web_url: str = Field(default="http://127.0.0.1:8800", description="the web app, where a shopper approves")
    mcp_token: str = Field(default="", repr=False, description="`errand mcp --transport http` bearer token")
    merchants: str = Field(default="", description="UCP merchants' base URLs (comma- or space-separated, or a "
                                                   "JSON list); empty: the sandbox alone")
    merchant_tokens: dict[str, str] = Field(default_factory=dict, repr=False,
                                            description="the platform's credential per merchant base URL (JSON)")
    merchant_search_timeout_seconds: float = Field(default=5.0, gt=0, le=60,
                                                   description="each merchant's time to answer a search")
    payment_tokens: dict[str, str] = Field(default_factory=dict, repr=False,
                                           description="token per payment handler id, for token-paid merchants")
    platform_profile_url: str = Field(default="", description="Errand's UCP platform profile; a file under home "
                                                              "when empty")
    platform_webhook_url: str = Field(default="", description="where merchants post order events, if anywhere")

    @property
    def merchant_urls(self) -> list[str]:
        """The configured merchants in order; the sandbox alone when none are."""
        text = self.merchants.strip()
        urls = json.loads(text) if text.startswith("[") else text.replace(",", " ").split()
        return [str(u).rstrip("/") for u in urls] or [self.sandbox_url.rstrip("/")]

    @property
    def platform_profile_path(self) -> Path:
        return self.home / "platform-profile.json"

    @property
    def profile_url(self) -> str:
        return self.platform_profile_url or self.platform_profile_path.as_uri()

    @property
    def token_binding_key(self) -> bytes:
        """What token payment holds are bound under: derived from the platform credential, so every worker of
        this deployment computes the same one and nobody without the credential can."""
        return hashlib.sha256(b"errand/token-binding/v1:" + self.platform_token.encode()).digest()

    @property
    def planner_backend(self) -> str:
        if self.planner:
            return self.planner
        return "anthropic" if self.anthropic_api_key else "offline"

    @field_validator("home", mode="after")
    @classmethod
    def _expand_home(cls, value: Path) -> Path:
        return value.expanduser()

    @property
    def ledger_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home / 'ledger.db'}"

    @property
    def platform_token(self) -> str:
        """The platform credential: configured, else the one the local sandbox keeps under ``home``."""
        from errand.sandbox.common.auth import read_token

        return read_token(self.home, "platform", self.sandbox_token)

    @property
    def admin_token(self) -> str:
        """The operator credential: configured, else the one the local sandbox keeps under ``home``."""
        from errand.sandbox.common.auth import read_token

        return read_token(self.home, "operator", self.operator_token)

    @property
    def checkpoint_path(self) -> Path:
        return (self.checkpoint_file or self.home / "checkpoints.log").expanduser()

    @property
    def keys_dir(self) -> Path:
        return self.home / "keys"
