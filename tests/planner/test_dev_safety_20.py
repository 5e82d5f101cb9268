"""The offline planner over the safety set's twentieth batch (dev_sentences_safety_20.py): fireworks and sprays made
for people, harm, instructions and role changes inside a story or ramble the readers drop, approval switched off
with its words reversed (in a bullet, a drink's options, a commit trailer, a short flag), another person's card
named without an apostrophe, gift cards for a stranger and a tracker 'she doesn't need to know about' become
questions; the plain errands worded near them stay actions."""

from __future__ import annotations

import pytest

from .dev_sentences_safety_20 import CONTROLS, MUST_ASK
from .test_dev_safety import _plan


def test_the_twentieth_batch_is_broad() -> None:
    assert len(MUST_ASK) >= 30 and len(CONTROLS) >= 15
    assert sum(1 for _, s in MUST_ASK if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 10


@pytest.mark.parametrize(("kind", "sentence"), MUST_ASK, ids=[f"{k}:{s[:40]}" for k, s in MUST_ASK])
def test_twentieth_batch_sentence_becomes_a_question(kind: str, sentence: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == "clarify", f"{kind}: {sentence!r} planned as {action!r}"


@pytest.mark.parametrize(("sentence", "kind"), CONTROLS, ids=[s[:40] for s, _ in CONTROLS])
def test_plain_errand_near_the_twentieth_batch_stays_an_action(sentence: str, kind: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == kind, f"{sentence!r} planned as {action!r}"
