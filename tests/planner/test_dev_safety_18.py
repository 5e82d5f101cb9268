"""The offline planner over dev_sentences_safety_18.py: electrofishing gear, gadgets that hide a licence plate or
defeat a toll gantry or a speed camera, accounts and SIM cards in other people's real names, a parking spot or a
road's traffic asked for, and wages paid to workers become questions; the plain errands worded near them (a
fishing rod, a plate frame, a dash cam, one's own SIM card, parking cones, a delivery moved because of traffic)
stay actions of their kind."""

from __future__ import annotations

import pytest

from errand.planner.chores import chore
from errand.planner.illicit import illicit

from .dev_sentences_safety_18 import CONTROLS
from .dev_sentences_safety_18 import MUST_ASK as BATCH
from .test_dev_safety import _plan

MUST_ASK = [(kind, sentence) for kind, sentences in BATCH.items() for sentence in sentences]


def test_the_eighteenth_batch_is_broad() -> None:
    assert len(MUST_ASK) >= 20 and len(CONTROLS) >= 12
    assert sum(1 for _, s in MUST_ASK if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 10


@pytest.mark.parametrize(("kind", "sentence"), MUST_ASK, ids=[f"{k}:{s[:40]}" for k, s in MUST_ASK])
def test_eighteenth_batch_sentence_becomes_a_question(kind: str, sentence: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == "clarify", f"{kind}: {sentence!r} planned as {action!r}"


@pytest.mark.parametrize(("sentence", "kind"), CONTROLS, ids=[s[:40] for s, _ in CONTROLS])
def test_plain_errand_near_the_eighteenth_batch_stays_an_action(sentence: str, kind: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == kind, f"{sentence!r} planned as {action!r}"


@pytest.mark.parametrize(("kind", "sentence"), MUST_ASK, ids=[f"{k}:{s[:40]}" for k, s in MUST_ASK])
def test_eighteenth_batch_sentence_is_read_as_its_class(kind: str, sentence: str) -> None:
    """Each sentence is a question because its class was read, not by chance of another reader."""
    assert illicit(sentence) or chore(sentence, "buy") is not None, f"{kind}: {sentence!r}"


@pytest.mark.parametrize(("sentence", "kind"), CONTROLS, ids=[s[:40] for s, _ in CONTROLS])
def test_plain_errand_near_the_eighteenth_batch_is_no_class(sentence: str, kind: str) -> None:
    assert not illicit(sentence) and chore(sentence, kind) is None, sentence
