"""The interactive docs served from this origin, and how a shopper's errands are found in Temporal."""

from __future__ import annotations

import httpx
import pytest

from errand.api.listing import errand_prefixes, names_shopper, visibility_query
from errand.api.service import ensure_kinds_registered


async def test_docs_load_nothing_from_another_origin(offline: httpx.AsyncClient) -> None:
    page = await offline.get("/docs")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "<script>" not in page.text and " style=" not in page.text
    assert "http://" not in page.text and "https://" not in page.text and "//cdn" not in page.text
    for asset in ("/docs/assets/swagger-ui-bundle.js", "/docs/assets/swagger-ui.css", "/static/docs.js"):
        assert asset in page.text
        answer = await offline.get(asset)
        assert answer.status_code == 200 and len(answer.content) > 100, asset
    assert (await offline.get("/docs/assets/../app.py")).status_code == 404
    assert (await offline.get("/openapi.json")).json()["info"]["title"] == "Errand"


def test_an_id_names_one_shopper_even_when_another_shoppers_id_is_a_prefix() -> None:
    assert names_shopper("buy-al-1a2b3c4d", "buy", "al")
    assert not names_shopper("buy-al-ice-1a2b3c4d", "buy", "al")  # al-ice's errand, not al's
    assert names_shopper("buy-al-ice-1a2b3c4d", "buy", "al-ice")
    assert not names_shopper("buy-alice-1a2b3c4d-x", "buy", "alice")
    assert not names_shopper("buy-alice-", "buy", "alice")


def test_the_visibility_query_holds_only_plain_names() -> None:
    ensure_kinds_registered()
    query = visibility_query("errand", "alice", ["buy", "watch"])
    assert query == ('TaskQueue = "errand" AND (WorkflowId STARTS_WITH "buy-alice-" OR '
                     'WorkflowId STARTS_WITH "watch-alice-")')
    for shopper in ('alice" OR WorkflowId STARTS_WITH "', "al ice", "", "a" * 65):
        with pytest.raises(ValueError):
            visibility_query("errand", shopper, ["buy"])
    assert "chat" not in errand_prefixes() and {"buy", "bulk", "return", "watch", "resched"} <= set(errand_prefixes())
