"""The safety set's thirty-fourth batch (dev_sentences_safety_34.py) over the offline planner: a second product in
a list said word by word or joined with 又, another person's card or a past time after a list written with arrows,
another person's delivery moved with 推到, 挪到 or 延到, and a cap in US dollars said as slang. Every must-ask
sentence becomes a question that says something, and every plain errand worded near one stays the action it is.
"""

from __future__ import annotations

import pytest

from .dev_sentences_safety_34 import CONTROLS, MUST_ASK
from .test_dev_safety import _plan


def test_the_batch_is_broad() -> None:
    assert len(MUST_ASK) >= 40 and len(CONTROLS) >= 20
    assert sum(1 for _, s in MUST_ASK if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 15


@pytest.mark.parametrize(("kind", "sentence"), MUST_ASK, ids=[f"{k}:{s[:40]}" for k, s in MUST_ASK])
def test_must_ask_sentence_becomes_a_question(kind: str, sentence: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == "clarify", f"{kind}: {sentence!r} planned as {action!r}"
    assert getattr(action, "question", "").strip()


@pytest.mark.parametrize(("sentence", "kind"), CONTROLS, ids=[s[:40] for s, _ in CONTROLS])
def test_plain_errand_near_the_batch_stays_an_action(sentence: str, kind: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == kind, f"{sentence!r} planned as {action!r}"
