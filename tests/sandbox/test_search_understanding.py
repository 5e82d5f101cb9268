"""Catalogue search finds what a shopper means: attributes, units, Chinese words, closest matches."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from errand.connectors.merchant import MerchantClient
from errand.sandbox.merchant.query import attribute_tokens, parse_query


def _search(sandbox: Any, **body: Any) -> dict[str, Any]:
    r = httpx.post(f"{sandbox.url}/catalog/search", json=body)
    assert r.status_code == 200, r.text
    result: dict[str, Any] = r.json()
    return result


@pytest.mark.parametrize("text", ["2L kettle", "2 litre kettle", "kettle 2000ml", "2升 电热水壶"])
def test_units_written_three_ways_are_one_capacity(text: str) -> None:
    assert parse_query(text).attributes["volume"] == "2000ml"
    assert "xvolum2000ml" in attribute_tokens({"capacity": "2L"})


def test_function_words_dropped_and_attributes_recognised() -> None:
    parsed = parse_query("a phone case for an iPhone 16 under 60 yuan")
    assert parsed.terms == ["phone", "case"]
    assert parsed.attributes == {"compatible": "iphone 16"} and parsed.max_price == 6000
    parsed = parse_query("black Anta running shoes size 42, pack of 2")
    assert parsed.brand == "Anta" and parsed.terms == ["running", "shoes"]
    assert parsed.attributes == {"size": "42", "color": "black", "pack": "2"}
    # "Pro Max" is a model, not a price cap of the number after it.
    assert parse_query("iphone 16 pro max case 2 pack").max_price is None


def test_chinese_words_segmented() -> None:
    parsed = parse_query("我想买一个iPhone 16的手机壳，60元以内")
    assert parsed.terms == ["手机", "壳"] and parsed.attributes == {"compatible": "iphone 16"}
    assert parsed.max_price == 6000


def test_phone_case_for_iphone_16_under_60_yuan(sandbox: Any) -> None:
    body = _search(sandbox, query="a phone case for an iPhone 16", filters={"price": {"max": 6000}})
    assert body["dev.errand"]["match"] == "exact" and body["products"]
    for p in body["products"]:
        assert "Phone Case" in p["title"] and p["price_range"]["min"]["amount"] <= 6000
        assert p["variants"][0]["metadata"]["attributes"]["compatible"] == "iPhone 16"
        assert p["dev.errand"] == {"match": "exact", "lacking": []}


def test_chinese_query_finds_the_same_cases(sandbox: Any) -> None:
    english = _search(sandbox, query="phone case for iPhone 16 under 60 yuan")["products"]
    chinese = _search(sandbox, query="iPhone 16的手机壳 60元以内")["products"]
    assert {p["id"] for p in chinese} == {p["id"] for p in english} != set()


def test_no_exact_match_offers_the_closest_and_says_what_they_lack(sandbox: Any) -> None:
    body = _search(sandbox, query="phone case for an iPhone 17")
    assert body["dev.errand"]["match"] == "close"
    assert body["dev.errand"]["unmatched"] == ["for iphone 17"]
    assert body["messages"][0]["code"] == "closest_matches"
    assert all("Phone Case" in p["title"] and p["dev.errand"]["match"] == "close" for p in body["products"])


def test_nothing_close_is_an_honest_no_match(sandbox: Any) -> None:
    body = _search(sandbox, query="zqxv flurble")
    assert body["products"] == [] and body["dev.errand"]["match"] == "none"
    assert body["messages"][0]["code"] == "no_match"


def test_attribute_words_are_not_fts_syntax(sandbox: Any) -> None:
    # Quotes, column filters and operators in the text are words, never FTS5 syntax: 200, not 500.
    for text in ['brand : "sony" OR', 'NEAR(a b) "', "size 42 AND (", "iphone 16 pro max ^ * -"]:
        r = httpx.post(f"{sandbox.url}/catalog/search", json={"query": text})
        assert r.status_code == 200, (text, r.text)


async def test_connector_keeps_close_matches_apart(sandbox: Any) -> None:
    async with MerchantClient(sandbox.url) as merchant:
        assert await merchant.search("phone case for an iPhone 17") == []
        found = await merchant.search_matches("phone case for an iPhone 17")
        assert found.match == "close" and found.unmatched == ["for iphone 17"]
        assert all(found.lacking[p.product_id] == ["for iphone 17"] for p in found.products)
        exact = await merchant.search("phone case for an iPhone 16", max_price=6000)
        assert exact and all(p.attributes["compatible"] == "iPhone 16" for p in exact)
