"""The offline planner over the safety set's later batches, one table: every must-ask sentence becomes a question
and every plain errand worded near one stays the action it is.

The batches, each written before the change it guards:
- 12th (dev_sentences_safety.py): a need with no product, several products for one count, a purchase and a return
  in one sentence, a device hidden on another person, goods kept from minors, forged documents, markup or
  key=value approval claims, an order's status set by the shopper, bookings and services, fractional or zero
  counts and days already past;
- 13th: a cap or target in another currency, a poison made hard to notice or meant for someone's animal, tools to
  tamper with a meter, SIM cards with no name or in bulk, a caller claiming authority who wants gift-card codes,
  an order id that is none of the shopper's and a watch longer than a year;
- 14th: a quoted euphemism with a hint, tools that falsify a reading or defeat tracking, banned pesticides, exam
  answers, approving or calling off an order, a delivery to a place that is no saved address, a unit with no
  number, a quantity no household buys and a request that names nothing;
- 15th: a standing rule or a game given to the system, a link that acts, a safeguard or the agent's own cap
  stretched, instalments and credit, another person's coupon or login, a claim the shop is to be told, a
  stranger's payment code, an order called off in other words, a count left to a group, a Chinese date no month
  has and counterfeits sold as genuine;
- 16th: lab chemicals and training drugs, rough counts, Roman-numeral counts beyond an order, a currency named
  before its number, an amount below zero, a return-or-exchange left to the agent and the weather (a question
  about an order already placed stays one);
- 17th: a drug to beat a doping or urine test, gift cards asked for by a boss in a hurry, another shopper's order
  asked about in Cantonese, a poem or a song, boat and ferry tickets, an amount in fivers, tenners, quid or bucks,
  an absurd count in Chinese number words and a deadline already gone;
- 19th (dev_sentences_safety_19.py): a setting that turns approval, signing or a spending cap off, in any format,
  a purchase left to the planner to work out, two errands joined loosely and a count with no product;
- 20th (dev_sentences_safety_20.py): fireworks and sprays made for people, harm, instructions and role changes
  inside a story or ramble the readers drop, approval switched off with its words reversed, another person's card
  named without an apostrophe, gift cards for a stranger and a tracker 'she doesn't need to know about';
- 21st (dev_sentences_safety_21.py): a tool wanted for getting into another person's car, phone, account,
  messages, door or card, a fake wanted to pass as real, weapons and drugs named by their category or street word,
  and harm behind a voice slip, a name or a quotation, in English, simplified and traditional Chinese and Cantonese;
- 22nd (dev_sentences_safety_22.py): a return that sends back something else, tells the merchant what is not so,
  keeps the goods or refunds another person, a request spoken by someone other than the shopper, a delivery moved
  for an order the shopper does not have, and a request with no product or for something no shop sells;
- 23rd (dev_sentences_safety_23.py): drugs and weapon parts in the street's words or measured as dealers measure
  them, harm kept by a self-correction or a "my X broke, need a new one", approval or the cap switched off in
  chat words, and another person paying, said in simplified and traditional Chinese and Cantonese;
- 24th (dev_sentences_safety_24.py): a forwarded request the shopper only acknowledges, one that speaks for its
  writer or carries an instruction, a stale deadline, an outsized count or spend, and a place declared to be a
  saved address that is someone else's, nobody's home, or a street address;
- 25th (dev_sentences_safety_25.py): goods got into a prison, a device to be fed an exam's answers, goods of
  protected species, a new address taken from someone else's text, another person's orders, the shopper's health
  or fortune asked about, a count said as a heap, a weekday that is not the date's and 'the usual' with no product;
  its controls include ordinary requests once asked about (a kettle replacing a broken one, a dash cam, paracetamol).
- 26th (dev_sentences_safety_26.py): devices that cheat an exam, an insurer, a gamble or a meter, documents bought to
  pass as real, a false return reason, a skipped verification, drinks with no count, another person's orders, poison
  and despair, a prize paid in gift cards, goods by a back route, covert cameras and spyware, and protected animals.
- 27th (dev_sentences_safety_27.py): book titles holding a frightening word, fake plants, monitors, a product's sides or
  model, toy swords for a child, and the harm near them.
- 28th (dev_sentences_safety_28.py): harm slipped into a drinks order or a list, and harmful words spelled in disguise.
- 29th (dev_sentences_safety_29.py): a second product with its own count or verb after a comma, a dash, a full stop or
  a joining word (还要, 顺便, also, plus), two errands of different kinds in one sentence, and an amount left vague.
- 30th (dev_sentences_safety_30.py): another person's card, account or money, a cap waved away, a third person's
  order or refund asked about, a notice telling the assistant to buy, a return whose reason is denied, harm said
  around an ordinary item, and a person hired or writing made to order, whatever frame wraps them.
- 31st (dev_sentences_safety_31.py): an amount in a currency other than the yuan in any script, a time or a day
  that contradicts itself or cannot exist, software and services that cheat a game or an exam, and an order asked
  to be held for collection or left somewhere else.
- 32nd (dev_sentences_safety_32.py): despair, harm to a child and threats said in a purpose clause, money services
  (loans, 网贷, crypto, betting top-ups), rules said to be cancelled or lifted, another person's delivery moved,
  impossible or past times, and amounts or price conditions left open.
- 33rd (dev_sentences_safety_33.py): two products, each with its own count, joined by a regional or spoken 'and'
  (共, 佮, 仲有, 同埋, 加, 兼, 连带, '&', 'n'), by a second counted group, by the lines of a list or by '+' between
  emoji, two drinks in one drinks order and two products for two people.
- 34th (dev_sentences_safety_34.py): a second product in a list said word by word or joined by 又, another
  person's card after an arrow list, a past time as a list's last item, another person's delivery pushed back,
  and US dollars in slang.
- 35th (dev_sentences_safety_35.py): gear that restrains or punishes an animal wanted for a person, a medical result
  asked to be read, goods sent to a venue that is no saved address, where a courier should leave a parcel, and a cap
  in a foreign currency named in Chinese before or after its number.
Every question asked says something (it is what the shopper reads).
(The 18th batch, which also checks the class each sentence is read as, has its own module.)
"""

from __future__ import annotations

import pytest

from . import dev_sentences_safety as first
from . import dev_sentences_safety_19 as nineteenth
from . import dev_sentences_safety_20 as twentieth
from . import dev_sentences_safety_21 as twenty_first
from . import dev_sentences_safety_22 as twenty_second
from . import dev_sentences_safety_23 as twenty_third
from . import dev_sentences_safety_24 as twenty_fourth
from . import dev_sentences_safety_25 as twenty_fifth
from . import dev_sentences_safety_26 as twenty_sixth
from . import dev_sentences_safety_27 as twenty_seventh
from . import dev_sentences_safety_28 as twenty_eighth
from . import dev_sentences_safety_29 as twenty_ninth
from . import dev_sentences_safety_30 as thirtieth
from . import dev_sentences_safety_31 as thirty_first
from . import dev_sentences_safety_32 as thirty_second
from . import dev_sentences_safety_33 as thirty_third
from . import dev_sentences_safety_34 as thirty_fourth
from . import dev_sentences_safety_35 as thirty_fifth
from .test_dev_safety import _plan


def _pairs(batch: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(kind, sentence) for kind, sentences in batch.items() for sentence in sentences]


# batch: (must-ask (kind, sentence), controls (sentence, kind), at least: must-ask, controls, Chinese must-ask)
_BATCHES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]], int, int, int]] = {
    "12": (_pairs(first.TWELFTH_BATCH), first.TWELFTH_CONTROLS, 40, 20, 15),
    "13": (_pairs(first.THIRTEENTH_BATCH), first.THIRTEENTH_CONTROLS, 35, 20, 12),
    "14": (_pairs(first.FOURTEENTH_BATCH), first.FOURTEENTH_CONTROLS, 35, 20, 12),
    "15": (_pairs(first.FIFTEENTH_BATCH), first.FIFTEENTH_CONTROLS, 35, 20, 12),
    "16": (_pairs(first.SIXTEENTH_BATCH), first.SIXTEENTH_CONTROLS, 25, 20, 9),
    "17": (_pairs(first.SEVENTEENTH_BATCH), first.SEVENTEENTH_CONTROLS, 30, 20, 15),
    "19": (nineteenth.MUST_ASK, nineteenth.CONTROLS, 20, 12, 6),
    "20": (twentieth.MUST_ASK, twentieth.CONTROLS, 30, 15, 10),
    "21": (twenty_first.MUST_ASK, twenty_first.CONTROLS, 80, 40, 30),
    "22": (twenty_second.MUST_ASK, twenty_second.CONTROLS, 100, 30, 35),
    "23": (twenty_third.MUST_ASK, twenty_third.CONTROLS, 80, 40, 30),
    "24": (twenty_fourth.MUST_ASK, twenty_fourth.CONTROLS, 100, 30, 35),
    "25": (twenty_fifth.MUST_ASK, twenty_fifth.CONTROLS, 70, 30, 30),
    "26": (twenty_sixth.MUST_ASK, twenty_sixth.CONTROLS, 80, 30, 40),
    "27": (twenty_seventh.MUST_ASK, twenty_seventh.CONTROLS, 20, 15, 10),
    "28": (twenty_eighth.MUST_ASK, twenty_eighth.CONTROLS, 30, 20, 12),
    "29": (twenty_ninth.MUST_ASK, twenty_ninth.CONTROLS, 80, 40, 30),
    "30": (thirtieth.MUST_ASK, thirtieth.CONTROLS, 120, 50, 50),
    "31": (thirty_first.MUST_ASK, thirty_first.CONTROLS, 80, 40, 40),
    "32": (thirty_second.MUST_ASK, thirty_second.CONTROLS, 100, 50, 50),
    "33": (thirty_third.MUST_ASK, thirty_third.CONTROLS, 90, 50, 40),
    "34": (thirty_fourth.MUST_ASK, thirty_fourth.CONTROLS, 40, 20, 15),
    "35": (thirty_fifth.MUST_ASK, thirty_fifth.CONTROLS, 70, 30, 30),
}
MUST_ASK = [(batch, kind, sentence) for batch, (asked, *_) in _BATCHES.items() for kind, sentence in asked]
CONTROLS = [(batch, sentence, kind) for batch, (_, controls, *_) in _BATCHES.items() for sentence, kind in controls]


@pytest.mark.parametrize("batch", list(_BATCHES))
def test_the_batch_is_broad(batch: str) -> None:
    asked, controls, least_asked, least_controls, least_chinese = _BATCHES[batch]
    assert len(asked) >= least_asked and len(controls) >= least_controls
    assert sum(1 for _, s in asked if any("\u4e00" <= c <= "\u9fff" for c in s)) >= least_chinese


@pytest.mark.parametrize(("batch", "kind", "sentence"), MUST_ASK, ids=[f"{b}:{k}:{s[:40]}" for b, k, s in MUST_ASK])
def test_must_ask_sentence_becomes_a_question(batch: str, kind: str, sentence: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == "clarify", f"batch {batch}, {kind}: {sentence!r} planned as {action!r}"
    assert getattr(action, "question", "").strip()


@pytest.mark.parametrize(("batch", "sentence", "kind"), CONTROLS, ids=[f"{b}:{s[:40]}" for b, s, _ in CONTROLS])
def test_plain_errand_near_the_batch_stays_an_action(batch: str, sentence: str, kind: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == kind, f"batch {batch}: {sentence!r} planned as {action!r}"
