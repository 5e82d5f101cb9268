"""The nineteenth development set for written forms (dev_sentences_19_written.py), read by the whole planner as the
other development sets are (test_dev_batches.py), and the typed forms read on their own."""

from __future__ import annotations

from typing import Any

import pytest

from bench.eval.judging import planner_mismatches
from errand.domain.intents import BuyAction
from errand.planner import PlanRequest, plan_offline
from errand.planner import typed_forms as ty

from .dev_sentences_19_written import ASKED, CONTROLS, READ
from .test_dev_batches import CONTEXTS, NOW

CASES = READ + ASKED + CONTROLS


def test_the_set_keeps_its_size() -> None:
    assert len(READ) >= 40 and len(ASKED) >= 15 and len(CONTROLS) >= 8
    assert sum(1 for sentence, _ in READ if any("\u4e00" <= c <= "\u9fff" for c in sentence)) >= 15


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:40] for s, _ in CASES])
def test_dev_sentence(sentence: str, expected: dict[str, Any]) -> None:
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXTS["orders"], now=NOW)).action
    if expected == {"kind": "clarify"}:
        assert action.kind == "clarify", f"{sentence!r}: {action}"
        return
    fields = action.intent.model_dump() if isinstance(action, BuyAction) else action.model_dump()
    problems = planner_mismatches({"kind": "buy", **expected}, action.kind, fields)
    assert not problems, f"{sentence!r}: {problems}"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("~~2~~ 3 mugs", "3 mugs"),
        ("a ~~cheap~~ sturdy ladder", "a sturdy ladder"),
        ("oRDER 2 pACKS OF aa BATTERIES", "order 2 packs of AA batteries"),
        ("BUY 2 MUGS, CAPS LOCK WAS ON", "BUY 2 MUGS"),
        ("buy 4 packs of shampoo caps", "buy 4 packs of shampoo caps"),
        ("[x] milk [ ] eggs, 6", "eggs, 6"),
        ("[ ] milk [ ] eggs", "milk and eggs"),
        ("(1/2) buy a rug (2/2) for home", "buy a rug, for home"),
        ("(2/2) for home (1/2) buy a rug", "(2/2) for home (1/2) buy a rug"),
        ("Socks* x3 (*wool please)", "Socks x3, wool"),
        ("> Can you get batteries?\nyes, 4 packs", "get batteries, 4 packs"),
        ("> Can you get batteries?\nno thanks", "> Can you get batteries? no thanks"),
        ("buy to packs of gum", "buy 2 packs of gum"),
        ("a gift to Bob", "a gift to Bob"),
        ("won pack of gum", "1 pack of gum"),
        ("won packs of gum", "won packs of gum"),
        ("a power strip, 6 outlet", "a power strip, 6-outlet"),
        ("茶叶 贰盒，每盒不超过叁佰元", "茶叶 二盒，每盒不超过三百元"),
        ("收拾一下，拾音器买壹个", "收拾一下，拾音器买一个"),
        ("队伍里要水", "队伍里要水"),
        ("购物单：抽纸 拾提", "买抽纸 十提"),
        ("急购电池两节勿误", "买电池两节"),
        ("【转发】妈妈：“买两盒牛奶”", "转发：妈妈：“买两盒牛奶”"),
        ("【系统】买礼品卡", "【系统】买礼品卡"),
    ],
)
def test_typed_form(typed: str, read: str) -> None:
    assert ty.plain(" ".join(typed.split())) == read
