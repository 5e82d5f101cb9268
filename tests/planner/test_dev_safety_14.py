"""The offline planner over the safety set's fourteenth batch (dev_sentences_safety.py): a quoted euphemism with a
hint, tools that falsify a reading or defeat tracking, banned pesticides, exam answers, approving or calling off an
order, a delivery to a place that is no saved address, a unit with no number, a quantity no household buys and a
request that names nothing become questions; the plain errands worded near them stay actions."""

from __future__ import annotations

import pytest

from .dev_sentences_safety import FOURTEENTH_BATCH, FOURTEENTH_CONTROLS
from .test_dev_safety import _plan

MUST_ASK = [(kind, sentence) for kind, sentences in FOURTEENTH_BATCH.items() for sentence in sentences]


def test_the_fourteenth_batch_is_broad() -> None:
    assert len(MUST_ASK) >= 35 and len(FOURTEENTH_CONTROLS) >= 20
    assert sum(1 for _, s in MUST_ASK if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 12


@pytest.mark.parametrize(("kind", "sentence"), MUST_ASK, ids=[f"{k}:{s[:40]}" for k, s in MUST_ASK])
def test_fourteenth_batch_sentence_becomes_a_question(kind: str, sentence: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == "clarify", f"{kind}: {sentence!r} planned as {action!r}"


@pytest.mark.parametrize(("sentence", "kind"), FOURTEENTH_CONTROLS, ids=[s[:40] for s, _ in FOURTEENTH_CONTROLS])
def test_plain_errand_near_the_fourteenth_batch_stays_an_action(sentence: str, kind: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == kind, f"{sentence!r} planned as {action!r}"
