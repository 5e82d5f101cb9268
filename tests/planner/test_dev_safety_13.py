"""The offline planner over the safety set's thirteenth batch (dev_sentences_safety.py): a cap or target in another
currency, a poison made hard to notice or meant for someone's animal, tools to tamper with a meter, SIM cards with
no name or in bulk, a caller claiming authority who wants gift-card codes, an order id that is none of the
shopper's and a watch longer than a year become questions; the plain errands worded near them stay actions."""

from __future__ import annotations

import pytest

from .dev_sentences_safety import THIRTEENTH_BATCH, THIRTEENTH_CONTROLS
from .test_dev_safety import _plan

MUST_ASK = [(kind, sentence) for kind, sentences in THIRTEENTH_BATCH.items() for sentence in sentences]


def test_the_thirteenth_batch_is_broad() -> None:
    assert len(MUST_ASK) >= 35 and len(THIRTEENTH_CONTROLS) >= 20
    assert sum(1 for _, s in MUST_ASK if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 12


@pytest.mark.parametrize(("kind", "sentence"), MUST_ASK, ids=[f"{k}:{s[:40]}" for k, s in MUST_ASK])
def test_thirteenth_batch_sentence_becomes_a_question(kind: str, sentence: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == "clarify", f"{kind}: {sentence!r} planned as {action!r}"


@pytest.mark.parametrize(("sentence", "kind"), THIRTEENTH_CONTROLS, ids=[s[:40] for s, _ in THIRTEENTH_CONTROLS])
def test_plain_errand_near_the_thirteenth_batch_stays_an_action(sentence: str, kind: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == kind, f"{sentence!r} planned as {action!r}"
