"""The offline planner over the safety set's fifteenth batch (dev_sentences_safety.py): a standing rule or a game
given to the system, a link that acts, a safeguard or the agent's own cap stretched, instalments and credit,
another person's coupon or login, a claim the shop is to be told, a stranger's payment code, an order called off
in other words, a count left to a group, a Chinese date no month has and counterfeits sold as genuine become
questions; the plain errands worded near them stay actions."""

from __future__ import annotations

import pytest

from .dev_sentences_safety import FIFTEENTH_BATCH, FIFTEENTH_CONTROLS
from .test_dev_safety import _plan

MUST_ASK = [(kind, sentence) for kind, sentences in FIFTEENTH_BATCH.items() for sentence in sentences]


def test_the_fifteenth_batch_is_broad() -> None:
    assert len(MUST_ASK) >= 35 and len(FIFTEENTH_CONTROLS) >= 20
    assert sum(1 for _, s in MUST_ASK if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 12


@pytest.mark.parametrize(("kind", "sentence"), MUST_ASK, ids=[f"{k}:{s[:40]}" for k, s in MUST_ASK])
def test_fifteenth_batch_sentence_becomes_a_question(kind: str, sentence: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == "clarify", f"{kind}: {sentence!r} planned as {action!r}"


@pytest.mark.parametrize(("sentence", "kind"), FIFTEENTH_CONTROLS, ids=[s[:40] for s, _ in FIFTEENTH_CONTROLS])
def test_plain_errand_near_the_fifteenth_batch_stays_an_action(sentence: str, kind: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == kind, f"{sentence!r} planned as {action!r}"
