"""The Temporal client, with the pydantic data converter every Errand model travels through (its payloads
sealed with AES-GCM when a payload key is configured: see ``errand.worker.codec``)."""

from __future__ import annotations

from temporalio.client import Client
from temporalio.converter import DataConverter
from temporalio.runtime import Runtime

from .codec import codec_from, data_converter
from .settings import ErrandSettings
from .telemetry import tracing_interceptors


def errand_data_converter(settings: ErrandSettings) -> DataConverter:
    """The data converter for these settings: encrypting when ``payload_key`` (or its file) is set."""
    return data_converter(codec_from(settings.payload_key, settings.payload_key_file, settings.payload_old_keys))


async def connect(settings: ErrandSettings, *, runtime: Runtime | None = None) -> Client:
    """A client; traced (Temporal's tracing interceptor, for it and its workers) when tracing is on."""
    return await Client.connect(
        settings.temporal_address, namespace=settings.temporal_namespace,
        data_converter=errand_data_converter(settings), interceptors=tracing_interceptors(), runtime=runtime,
    )
