"""How the evaluation sets are scored: the meaning of an expected field and of a relevance judgment.

Kept next to the data so the sets say what "right" means once, whoever writes the bench. Nothing here
knows how the planner or the search work; it only compares their output with the judged answer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

TEXT_FIELDS = frozenset({"query", "item", "chain"})
"""Fields that carry a product or shop as words: compared loosely (see ``same_words``)."""

_FILLER = frozenset({"a", "an", "the", "of", "some", "my", "me", "for", "pack", "packs", "please", "x"})


@functools.cache
def _simplified() -> Any:
    import opencc  # the planner's own tables (a dependency of the errand package)

    return opencc.OpenCC("t2s")


def _words(text: str) -> list[str]:
    if re.search(r"[\u4e00-\u9fff]", text):
        # One script on both sides: the catalogue is written in simplified characters and the planner searches
        # with them, so 保溫瓶 asked and 保温瓶 searched are the same product. A different word stays different.
        return [re.sub(r"[\s，。、,.!！?？的]+", "", str(_simplified().convert(text)))]
    out = []
    for word in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text.casefold().replace("‑", "-")):
        if word in _FILLER:
            continue
        if len(word) > 3 and word.endswith("ies"):
            word = word[:-3] + "y"
        elif len(word) > 3 and word.endswith("es") and word[-3] in "sxh":
            word = word[:-2]
        elif len(word) > 2 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.append(word)
    return sorted(out)


def same_words(got: str, expected: str | list[str]) -> bool:
    """Equal after case, plurals, word order and filler words are set aside; a list means any one of them.

    "aa battery" matches "AA batteries"; "phone case" matches "case phone"; "running shoes" does not match
    "shoes" (a word more or less is a different product as far as the shopper is concerned). Chinese is
    compared in simplified characters: "保溫瓶" matches "保温瓶", "襪仔" matches "袜仔" but not "袜子".
    """
    options = expected if isinstance(expected, list) else [expected]
    return any(_words(got) == _words(option) for option in options)


def planner_mismatches(expected: Mapping[str, Any], kind: str, fields: Mapping[str, Any]) -> list[str]:
    """What differs between a planned action and a held-out case; empty when the plan is right.

    ``fields`` is the action's fields (for a buy, its intent's). The expected ``kind`` must be equal; for
    ``clarify`` nothing else is checked (any question back is right, any action is wrong). ``None`` means
    the field must be absent or None; a dict (drink options) is compared on the keys it names; datetimes are
    compared as ISO text, dates as dates.
    """
    if kind != expected["kind"]:
        return [f"kind {kind!r}, expected {expected['kind']!r}"]
    if kind == "clarify":
        return []
    wrong = []
    for name, want in expected.items():
        if name == "kind":
            continue
        got = fields.get(name)
        if isinstance(got, datetime):
            got = got.isoformat()
        if isinstance(want, date) and isinstance(got, str):
            got = date.fromisoformat(got)
        if name in TEXT_FIELDS and want is not None:
            ok = isinstance(got, str) and same_words(got, want)
        elif isinstance(want, dict):
            ok = isinstance(got, Mapping) and all(got.get(k) == v for k, v in want.items())
        else:
            ok = got == want
        if not ok:
            wrong.append(f"{name} {got!r}, expected {want!r}")
    return wrong


def relevance(product: Mapping[str, Any], judgment: Mapping[str, Any]) -> int:
    """2 when a product meets the judgment, 1 when it meets its ``near`` predicate only, else 0.

    ``product`` has the catalogue's fields (title, brand, category, price in fen, units_per_pack,
    attributes). A predicate's keys: ``category`` (one or a list), ``title_any`` / ``title_all`` /
    ``title_none`` (case-insensitive substrings of the title), ``brand_any``, ``attrs`` (key → value or list
    of values, case-insensitive), ``min_price`` / ``max_price`` (unit price, fen, inclusive), ``pack``
    (exact units per pack) and ``min_pack``.
    """
    if judgment.get("relevant") and _meets(product, judgment["relevant"]):
        return 2
    if judgment.get("near") and _meets(product, judgment["near"]):
        return 1
    return 0


def _meets(product: Mapping[str, Any], rule: Mapping[str, Any]) -> bool:
    title = str(product["title"]).casefold()
    category = rule.get("category")
    if category is not None and product["category"] not in ([category] if isinstance(category, str) else category):
        return False
    if "title_any" in rule and not any(t.casefold() in title for t in rule["title_any"]):
        return False
    if not all(t.casefold() in title for t in rule.get("title_all", [])):
        return False
    if any(t.casefold() in title for t in rule.get("title_none", [])):
        return False
    if "brand_any" in rule and str(product["brand"]).casefold() not in {b.casefold() for b in rule["brand_any"]}:
        return False
    attributes = {str(k).casefold(): str(v).casefold() for k, v in dict(product.get("attributes") or {}).items()}
    for key, want in rule.get("attrs", {}).items():
        options = {w.casefold() for w in ([want] if isinstance(want, str) else want)}
        if attributes.get(key.casefold()) not in options:
            return False
    price = int(product["price"])
    if "max_price" in rule and price > rule["max_price"]:
        return False
    if "min_price" in rule and price < rule["min_price"]:
        return False
    pack = int(product.get("units_per_pack") or 1)
    if "pack" in rule and pack != rule["pack"]:
        return False
    return not ("min_pack" in rule and pack < rule["min_pack"])


__all__ = ["TEXT_FIELDS", "planner_mismatches", "relevance", "same_words"]
