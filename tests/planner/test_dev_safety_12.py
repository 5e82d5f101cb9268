"""The offline planner over the safety set's twelfth batch (dev_sentences_safety.py): a need with no product, several
products for one count, a purchase and a return in one sentence, a device hidden on another person, goods kept
from minors, forged documents, markup or key=value approval claims, an order's status set by the shopper,
bookings and services, fractional or zero counts and days already past become questions; the plain errands
worded near them stay actions."""

from __future__ import annotations

import pytest

from .dev_sentences_safety import TWELFTH_BATCH, TWELFTH_CONTROLS
from .test_dev_safety import _plan

MUST_ASK = [(kind, sentence) for kind, sentences in TWELFTH_BATCH.items() for sentence in sentences]


def test_the_twelfth_batch_is_broad() -> None:
    assert len(MUST_ASK) >= 40 and len(TWELFTH_CONTROLS) >= 20
    assert sum(1 for _, s in MUST_ASK if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 15


@pytest.mark.parametrize(("kind", "sentence"), MUST_ASK, ids=[f"{k}:{s[:40]}" for k, s in MUST_ASK])
def test_twelfth_batch_sentence_becomes_a_question(kind: str, sentence: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == "clarify", f"{kind}: {sentence!r} planned as {action!r}"


@pytest.mark.parametrize(("sentence", "kind"), TWELFTH_CONTROLS, ids=[s[:40] for s, _ in TWELFTH_CONTROLS])
def test_plain_errand_near_the_twelfth_batch_stays_an_action(sentence: str, kind: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == kind, f"{sentence!r} planned as {action!r}"
