"""Payload encryption against the real Temporal dev server: what Temporal stores is ciphertext, the key
opens it again (replay, queries, the codec server), and a missing or wrong key opens nothing."""

from __future__ import annotations

import base64
import uuid

import httpx
import pytest
from aiohttp.test_utils import TestServer
from google.protobuf import json_format
from temporalio.api.common.v1 import Payloads
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Replayer

from errand.domain.models import BuyIntent, ErrandStatus
from errand.sandbox.process import SandboxProcess
from errand.worker.client import errand_data_converter
from errand.worker.codec import ENCODING, EncryptionCodec, PayloadKeyError, codec_app, new_key, parse_key
from errand.worker.run import errand_worker, workflow_runner
from errand.worker.settings import ErrandSettings
from errand.workflows import ALL_WORKFLOWS, BuyRequest, BuyWorkflow
from tests.operator import operator_token
from tests.resched.helpers import wait_for

pytestmark = pytest.mark.asyncio
UI = "http://127.0.0.1:8233"


async def test_codec_round_trip_binds_the_key_id_and_refuses_other_keys() -> None:
    key, other = new_key(), new_key()
    codec = EncryptionCodec(parse_key(key))
    plain = (await errand_data_converter(ErrandSettings(payload_key="")).encode(["an address: 1 Long Road"]))[0]
    sealed = (await codec.encode([plain]))[0]
    assert sealed.metadata["encoding"] == ENCODING and b"Long Road" not in sealed.SerializeToString()
    assert (await codec.decode([sealed]))[0] == plain
    assert (await EncryptionCodec(parse_key(other), old_keys=[parse_key(key)]).decode([sealed]))[0] == plain
    with pytest.raises(PayloadKeyError):
        await EncryptionCodec(parse_key(other)).decode([sealed])
    tampered = type(sealed)()
    tampered.CopyFrom(sealed)
    tampered.data = sealed.data[:-1] + bytes([sealed.data[-1] ^ 1])
    with pytest.raises(PayloadKeyError):
        await codec.decode([tampered])
    with pytest.raises(PayloadKeyError):
        parse_key(base64.b64encode(b"short").decode())


async def test_history_on_the_dev_server_holds_no_plaintext_address(
        dev_server_env: WorkflowEnvironment, settings: ErrandSettings, sandbox: SandboxProcess) -> None:
    sealed_settings = settings.model_copy(update={"payload_key": new_key()})
    plain_client = dev_server_env.client
    sealed_client = Client(plain_client.service_client, namespace=plain_client.namespace,
                           data_converter=errand_data_converter(sealed_settings))
    intent = BuyIntent(shopper_id="alice", query="AA batteries", quantity=1, max_unit_price=4000,
                       sentence="a pack of AA batteries")
    async with errand_worker(sealed_client, sealed_settings):
        handle = await sealed_client.start_workflow(
            BuyWorkflow.run, BuyRequest(intent=intent), id=f"buy-alice-{uuid.uuid4().hex[:8]}",
            task_queue=sealed_settings.task_queue)
        try:
            status = await wait_for(handle, lambda s: s.state == "awaiting_approval" or s.finished,
                                    model=ErrandStatus)
            assert status.quote is not None and status.quote.address is not None, status.outcome
            street = status.quote.address.line1
            history = await handle.fetch_history()
        finally:
            await handle.terminate("test over")
    stored = history.to_json()
    assert street and street not in stored and "AA batteries" not in stored
    assert base64.b64encode(ENCODING).decode() in stored  # the payloads are there, sealed
    # Replays with the key (the workflow code sees the same values it saw when it ran).
    await Replayer(workflows=ALL_WORKFLOWS, data_converter=errand_data_converter(sealed_settings),
                   workflow_runner=workflow_runner()).replay_workflow(history)
    # Without the key the converter cannot read the errand's input.
    with pytest.raises(Exception, match="encoding|decode|binary/encrypted|converter"):
        started = history.events[0].workflow_execution_started_event_attributes.input.payloads
        await plain_client.data_converter.decode(started, [BuyRequest])


async def test_the_codec_server_decodes_for_the_operator_only(sandbox: SandboxProcess) -> None:
    key = new_key()
    codec = EncryptionCodec(parse_key(key))
    converter = errand_data_converter(ErrandSettings(payload_key=key))
    sealed = await converter.encode(["1 Long Road"])
    body = json_format.MessageToJson(Payloads(payloads=sealed))
    token = operator_token(sandbox)
    server = TestServer(codec_app(codec, token=token, ui_origin=UI))
    await server.start_server()
    try:
        url = str(server.make_url(""))
        async with httpx.AsyncClient(base_url=url, timeout=10) as http:
            headers = {"content-type": "application/json", "origin": UI}
            assert (await http.post("/decode", content=body, headers=headers)).status_code == 401
            wrong = {**headers, "authorization": "Bearer not-the-operator"}
            assert (await http.post("/decode", content=body, headers=wrong)).status_code == 401
            ok = await http.post("/decode", content=body, headers={**headers, "authorization": f"Bearer {token}"})
            assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == UI
            opened = json_format.Parse(ok.content, Payloads()).payloads
            assert b"1 Long Road" in opened[0].data
            preflight = await http.options("/decode", headers={"origin": UI})
            assert "authorization" in preflight.headers["access-control-allow-headers"]
            elsewhere = await http.options("/decode", headers={"origin": "http://evil.example"})
            assert "access-control-allow-origin" not in elsewhere.headers
    finally:
        await server.close()
