"""Catalog lookup per UCP 2026-04-08 (``catalog_lookup.json``): every variant in a lookup answer carries
``inputs``, the request ids that resolved to it and how, so a platform that asked for many ids can tell which
found what; ids that found nothing are warnings, and ``ids`` itself is required and non-empty."""

from __future__ import annotations

import httpx
import pytest

from errand.sandbox.process import SandboxProcess


@pytest.fixture
def merchant(sandbox: SandboxProcess) -> SandboxProcess:
    """The session's sandbox (seed 7): lookups and searches only read its catalogue."""
    return sandbox


def _lookup(merchant: SandboxProcess, body: object) -> httpx.Response:
    return httpx.post(f"{merchant.url}/catalog/lookup", json=body, timeout=10)


def test_every_variant_says_which_request_id_resolved_to_it(merchant: SandboxProcess) -> None:
    answer = _lookup(merchant, {"ids": ["prd-00003", "nope", "prd-00001", "prd-00003"]})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert [p["id"] for p in body["products"]] == ["prd-00003", "prd-00001"]  # in the order asked, once each
    for product in body["products"]:
        for variant in product["variants"]:
            # lookup_variant: inputs required, at least one input_correlation with its id
            assert variant["inputs"] == [{"id": product["id"], "match": "exact"}]
    [missing] = body["messages"]
    assert missing["type"] == "warning" and missing["code"] == "not_found" and missing["path"] == "$.ids[1]"


def test_search_variants_carry_no_lookup_correlation(merchant: SandboxProcess) -> None:
    found = httpx.post(f"{merchant.url}/catalog/search", json={"query": "", "pagination": {"limit": 3}}, timeout=10)
    assert found.status_code == 200
    assert all("inputs" not in v for p in found.json()["products"] for v in p["variants"])


@pytest.mark.parametrize("body", [{}, {"ids": []}, {"ids": "prd-00001"}, {"ids": [1, 2]}, {"ids": [""]},
                                  {"ids": [None]}])
def test_ids_must_be_a_non_empty_list_of_ids(merchant: SandboxProcess, body: object) -> None:
    answer = _lookup(merchant, body)
    assert answer.status_code == 422, answer.text
    assert answer.json()["messages"][0]["code"] == "invalid_request"
