"""The thirtieth safety batch read class by class (dev_sentences_safety_30.py): each must-ask sentence is caught by
the reader of its own class, not only asked about for some other reason a later reading could lose, and no control
is caught by any of them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from errand.planner import cap_waved as cw
from errand.planner import harm_purpose as hp
from errand.planner import held_back as hb
from errand.planner import hired_work as hw
from errand.planner import issued as isd
from errand.planner import notices as nt
from errand.planner import others_means as om
from errand.planner import others_records as orr
from errand.planner import reason_denied as rd

from .dev_sentences_safety_30 import CONTROLS, MUST_ASK

_READERS: dict[str, Callable[[str], bool]] = {
    "others_means": om.others_means, "cap_waived": cw.waved, "others_records": orr.asked_of_another,
    "notice": nt.addressed_notice, "return_false": rd.denied, "harm_purpose": hp.harmful_purpose,
    "hired_work": hw.hired, "issued": isd.bought,
}


@pytest.mark.parametrize(("kind", "sentence"), MUST_ASK, ids=[f"{k}:{s[:40]}" for k, s in MUST_ASK])
def test_the_class_reader_catches_its_sentence(kind: str, sentence: str) -> None:
    reader = _READERS[kind]
    assert any(reader(reading) for reading in hb.readings(sentence, sentence)), f"{kind}: {sentence!r}"


@pytest.mark.parametrize(("sentence", "kind"), CONTROLS, ids=[s[:40] for s, _ in CONTROLS])
def test_no_class_holds_back_a_control(sentence: str, kind: str) -> None:
    assert hb.question(sentence, sentence, kind) is None, sentence
