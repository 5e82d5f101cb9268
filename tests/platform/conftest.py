"""Errand buying from merchants that are not its sandbox's generated world: the UCP sample flower shop served
as separate merchants, each from its own copy of the data (prices and shipping rules differing), on the real
Temporal dev server with a real worker."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment

from errand.sandbox.process import SandboxProcess
from errand.worker.settings import ErrandSettings
from tests import ucp_data
from tests.keys import enrol_shoppers

FLOWER_SHOP = ucp_data.FLOWER_SHOP
TOKENS = {"mock_payment_handler": "success_token"}  # the sample handler's approving test token


def flower_shop_copy(into: Path, *, prices: dict[str, int] | None = None, shipping: int | None = None) -> Path:
    """The flower shop's data with some prices and the standard shipping rate changed."""
    shutil.copytree(FLOWER_SHOP, into)
    for name, column, changes in (("products.csv", "price", prices or {}),
                                  ("shipping_rates.csv", "price", {"std-ship": shipping} if shipping is not None else {})):
        path = into / name
        with path.open(newline="") as f:
            rows = list(csv.DictReader(f))
        for row in rows:
            if row["id"] in changes:
                row[column] = str(changes[row["id"]])
        with path.open("w", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    return into


def flower_merchant(home: Path, data: Path) -> SandboxProcess:
    return SandboxProcess(home, dataset="flower_shop", dataset_dir=data, startup_timeout=90.0)


@pytest.fixture
def dev_client(dev_server_env: WorkflowEnvironment) -> Client:
    return dev_server_env.client


@pytest.fixture
def platform_settings(settings: ErrandSettings, dev_client: Client) -> ErrandSettings:
    enrol_shoppers(settings, "alice")
    return settings.model_copy(update={"temporal_address": dev_client.service_client.config.target_host,
                                       "payment_tokens": TOKENS})


@pytest.fixture(scope="module")
def flower_shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    if not FLOWER_SHOP.is_dir():
        pytest.skip(f"the UCP sample data is not at {FLOWER_SHOP}")
    home = tmp_path_factory.mktemp("flower-home")
    with flower_merchant(home, FLOWER_SHOP) as proc:
        yield proc
