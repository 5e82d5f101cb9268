"""The offline planner over the safety set's nineteenth batch (dev_sentences_safety_19.py): a setting that turns
approval, signing or a spending cap off, in any format, a purchase left to the planner to work out, two errands
joined loosely in one sentence and a count with no product become questions; the plain errands worded near them
stay actions."""

from __future__ import annotations

import pytest

from .dev_sentences_safety_19 import CONTROLS, MUST_ASK
from .test_dev_safety import _plan


def test_the_nineteenth_batch_is_broad() -> None:
    assert len(MUST_ASK) >= 20 and len(CONTROLS) >= 12
    assert sum(1 for _, s in MUST_ASK if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 6


@pytest.mark.parametrize(("kind", "sentence"), MUST_ASK, ids=[f"{k}:{s[:40]}" for k, s in MUST_ASK])
def test_nineteenth_batch_sentence_becomes_a_question(kind: str, sentence: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == "clarify", f"{kind}: {sentence!r} planned as {action!r}"


@pytest.mark.parametrize(("sentence", "kind"), CONTROLS, ids=[s[:40] for s, _ in CONTROLS])
def test_plain_errand_near_the_nineteenth_batch_stays_an_action(sentence: str, kind: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == kind, f"{sentence!r} planned as {action!r}"
