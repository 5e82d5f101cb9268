"""The offline planner over the safety set's seventeenth batch (dev_sentences_safety.py): a drug to beat a doping
or urine test, gift cards asked for by a boss in a hurry, another shopper's order asked about in Cantonese, a poem
or a song (a chore, not shopping), boat and ferry tickets, an amount in fivers, tenners, quid or bucks, an absurd
count in Chinese number words and a deadline already gone become questions; the plain errands worded near them
stay actions."""

from __future__ import annotations

import pytest

from .dev_sentences_safety import SEVENTEENTH_BATCH, SEVENTEENTH_CONTROLS
from .test_dev_safety import _plan

MUST_ASK = [(kind, sentence) for kind, sentences in SEVENTEENTH_BATCH.items() for sentence in sentences]


def test_the_seventeenth_batch_is_broad() -> None:
    assert len(MUST_ASK) >= 30 and len(SEVENTEENTH_CONTROLS) >= 20
    assert sum(1 for _, s in MUST_ASK if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 15


@pytest.mark.parametrize(("kind", "sentence"), MUST_ASK, ids=[f"{k}:{s[:40]}" for k, s in MUST_ASK])
def test_seventeenth_batch_sentence_becomes_a_question(kind: str, sentence: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == "clarify", f"{kind}: {sentence!r} planned as {action!r}"


@pytest.mark.parametrize(("sentence", "kind"), SEVENTEENTH_CONTROLS, ids=[s[:40] for s, _ in SEVENTEENTH_CONTROLS])
def test_plain_errand_near_the_seventeenth_batch_stays_an_action(sentence: str, kind: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == kind, f"{sentence!r} planned as {action!r}"
