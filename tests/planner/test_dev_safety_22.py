"""The offline planner over the safety set's twenty-second batch (dev_sentences_safety_22.py): a return that sends
back something else, tells the merchant what is not so, keeps the goods or refunds another person, a request spoken
by someone other than the shopper, a delivery moved for an order the shopper does not have, and a request with no
product or for something no shop sells become questions in English, simplified and traditional Chinese and
Cantonese; the plain errands worded near them stay actions."""

from __future__ import annotations

import pytest

from .dev_sentences_safety_22 import CONTROLS, MUST_ASK
from .test_dev_safety import _plan


def test_the_twenty_second_batch_is_broad() -> None:
    assert len(MUST_ASK) >= 100 and len(CONTROLS) >= 30
    assert sum(1 for _, s in MUST_ASK if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 35


@pytest.mark.parametrize(("kind", "sentence"), MUST_ASK, ids=[f"{k}:{s[:40]}" for k, s in MUST_ASK])
def test_twenty_second_batch_sentence_becomes_a_question(kind: str, sentence: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == "clarify", f"{kind}: {sentence!r} planned as {action!r}"


@pytest.mark.parametrize(("sentence", "kind"), CONTROLS, ids=[s[:40] for s, _ in CONTROLS])
def test_plain_errand_near_the_twenty_second_batch_stays_an_action(sentence: str, kind: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == kind, f"{sentence!r} planned as {action!r}"
