"""Settings for the sandbox merchant/wallet/courier service."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, computed_field
from pydantic_settings import BaseSettings, SettingsConfigDict


class SandboxSettings(BaseSettings):
    """Where the sandbox listens, where it keeps its data, and which data set it serves (the generated world
    from ``seed`` and ``products`` by default).

    Every field can be set from the environment with the ``ERRAND_SANDBOX_`` prefix.
    """

    model_config = SettingsConfigDict(env_prefix="ERRAND_SANDBOX_")

    host: str = "127.0.0.1"
    port: int = 8700
    home: Path = Path.home() / ".errand"
    seed: int = 7
    products: int = 20000
    reservation_minutes: int = 45
    courier_step_seconds: float = 3.0
    merchant_id: str = Field(default="errand-sandbox", description="the merchant's identity as payee and in quotes")
    admin_port: int | None = Field(default=None, description="serve the admin routes only on this loopback port")
    hold_minutes: int = Field(default=120, gt=0, description="how long a wallet hold lasts before it lapses")
    cap_per_authorization: int = Field(default=500_000, ge=0, description="wallet cap per hold (minor); 0 none")
    cap_per_day: int = Field(default=2_000_000, ge=0, description="cap per shopper per day; 0 none")
    cap_timezone: str = Field(default="Asia/Shanghai", description="where the daily cap's day begins and ends")
    operator_token: str = Field(default="", repr=False, description="admin routes; generated under home when empty")
    platform_token: str = Field(default="", repr=False, description="the agent's calls; generated when empty")
    merchant_token: str = Field(default="", repr=False, description="the merchant's wallet credential; generated")
    dataset: str = Field(default="errand_world", description="the catalogue and fixtures served (sandbox.datasets)")
    dataset_dir: Path | None = Field(default=None, description="the data set's files, for data sets read from CSV")
    testing_hooks: bool = Field(default=False, description="mount PUT /orders/{id} (conformance testing only)")
    simulation_secret: str = Field(default="", repr=False,
                                   description="mount POST /testing/simulate-shipping/{id}, guarded by this secret")
    trusted_platform_profiles: list[str] = Field(
        default_factory=list, description="platform profile URLs fetched for order webhooks outside local mode")
    # One merchant among several (``errand up --merchants N``): who pays it, and its character.
    wallet_url: str = Field(default="", description="the payment provider's wallet (``<sandbox>/wallet``) this "
                                                    "merchant is paid through; empty: its own in-process wallet")
    wallet_merchant_token: str = Field(default="", repr=False,
                                       description="the merchant credential that wallet issued to this merchant")
    price_percent: int = Field(default=100, ge=10, le=1000, description="catalogue prices, percent of the world's")
    stock_percent: int = Field(default=100, ge=0, le=1000, description="stock on hand, percent of the world's")
    shipping_fee: int = Field(default=800, ge=0, le=10_000, description="shipping to a saved address, minor units")
    free_shipping_over: int = Field(default=9900, ge=0, description="items total from which shipping is free")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def db_path(self) -> Path:
        return self.home / "sandbox.db"

    @computed_field  # type: ignore[prop-decorator]
    @property
    def keys_dir(self) -> Path:
        return self.home / "keys"

    @computed_field  # type: ignore[prop-decorator]
    @property
    def public_base_url(self) -> str:
        return f"http://{self.host}:{self.port}"
