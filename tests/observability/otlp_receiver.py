"""A tiny OTLP/HTTP trace receiver for tests: what an OpenTelemetry collector would receive, in memory.

The sandbox runs as a subprocess with the production exporter (``OTLPSpanExporter``, protobuf over HTTP); this
receiver decodes exactly what that exporter sends, so the test checks the real export path rather than a
test-only file writer.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

from aiohttp import web
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)


@dataclass(frozen=True)
class ReceivedSpan:
    service: str
    name: str
    kind: int  # opentelemetry.proto Span.SpanKind: 2 server, 3 client
    trace_id: str
    span_id: str
    parent_span_id: str


class OtlpReceiver:
    def __init__(self) -> None:
        self.spans: list[ReceivedSpan] = []
        self.url = ""

    async def _export(self, request: web.Request) -> web.Response:
        export = ExportTraceServiceRequest.FromString(await request.read())
        for resource_spans in export.resource_spans:
            service = next((a.value.string_value for a in resource_spans.resource.attributes
                            if a.key == "service.name"), "")
            for scope_spans in resource_spans.scope_spans:
                for span in scope_spans.spans:
                    self.spans.append(ReceivedSpan(service, span.name, span.kind, span.trace_id.hex(),
                                                   span.span_id.hex(), span.parent_span_id.hex()))
        return web.Response(body=ExportTraceServiceResponse().SerializeToString(),
                            content_type="application/x-protobuf")

    async def wait_for(self, predicate, timeout: float = 15.0) -> list[ReceivedSpan]:
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            found = [span for span in self.spans if predicate(span)]
            if found or asyncio.get_running_loop().time() > deadline:
                return found
            await asyncio.sleep(0.1)


@contextlib.asynccontextmanager
async def otlp_receiver(port: int) -> AsyncIterator[OtlpReceiver]:
    receiver = OtlpReceiver()
    app = web.Application()
    app.router.add_post("/v1/traces", receiver._export)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    receiver.url = f"http://127.0.0.1:{port}"
    try:
        yield receiver
    finally:
        await runner.cleanup()
