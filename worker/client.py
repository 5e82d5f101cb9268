"""The Temporal client, with the pydantic data converter every Errand model travels through."""

from __future__ import annotations

from temporalio.client import Client
from temporalio.contrib.pydantic import pydantic_data_converter

from .settings import ErrandSettings


async def connect(settings: ErrandSettings) -> Client:
    return await Client.connect(
        settings.temporal_address, namespace=settings.temporal_namespace, data_converter=pydantic_data_converter
    )
