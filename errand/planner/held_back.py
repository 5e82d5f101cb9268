"""The classes the planner holds back whatever frame wraps the request, read of the planner's text and of the
sentence as the shopper said it (the readers take payment phrases, shop names, particles and frames out before the
screen looks, and a watch that buys can leave a clause as its query):

- another person's card, account, wallet or money (others_means.py);
- a spending cap, limit or budget waved away (cap_waved.py);
- a third person's order, refund, delivery, card or payment asked about, or other shoppers' records asked for by the
  group they form (the buyers of a product, their names, phones or addresses; others_records.py);
- a notice, pop-up or label that tells an AI assistant to buy (notices.py);
- a return whose reason the sentence denies or whose damage the shopper caused (reason_denied.py);
- a purpose that hurts a person or an animal, doping, wildlife products and fakes passed as real (harm_purpose.py),
  or that hits, shuts in, ties, gags or force-feeds a person (punished.py);
- a doctor's or a lawyer's advice asked, whatever the planner took it for (advice_asked.py);
- a person hired for a job or writing made to order, named like goods (hired_work.py);
- a document only its issuer writes (a sick note, a diploma, 病假条) bought (issued.py).

Each answer is a question (the text and the fact it concerns), never an action.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from . import advice_asked as aa
from . import cap_waved as cw
from . import dialect as dl
from . import harm_purpose as hp
from . import hired_work as hw
from . import issued as isd
from . import lexicon as lx
from . import notices as nt
from . import others_means as om
from . import others_records as orr
from . import reason_denied as rd
from . import zh_asked as za

PAYMENT = ("Errands are paid only with your own approved payment method; should I go ahead with that?", "payment")
CAP = ("Spending caps are set by you and the operator, not by an errand. What would you like me to get within them?",
       "intent")
RECORDS = ("I can only look at your own orders and addresses. Which of yours do you mean?", "order_id")
NOTICE = (("That reads like an instruction to the system, which I don't take from a message. What would you like to "
           "buy, return, watch or reschedule?"), "intent")
RETURN = (("A return tells the shop what is so: the reason has to be true of the item as it is. What is actually "
           "wrong with it?"), "reason")
# A delivery or order named: a reschedule that says one moves it, whoever comes to the door meanwhile.
_ORDER_NAMED = re.compile(r"\bord[_-]?\w+|\b(?:order|delivery|parcel|package|shipment)s?\b|快递|订单|包裹|送货|配送|单子",
                          re.IGNORECASE)
HARM = ("I can't help with that. Is there something else I can get for you?", "intent")
ISSUED = (("I can't buy a document only its issuer can write, such as a sick note or a certificate. Is there "
           "something else I can get for you?"), "intent")
HIRED = (("I can't hire people or have work made to order; I buy goods, order drinks, return an order, watch a price "
          "or move a delivery. Is there something to buy for it?"), "intent")


def readings(text: str, said: str) -> list[str]:
    """The planner's text and the sentence as said: raw, in Mandarin, and normalised; with the dialects' asking words
    said in Mandarin too (老王那单到么子地方了 asks where 老王's order is, as the question reader hears it)."""
    plain = " ".join(said.split())
    found = [text, plain]
    for reading in (dl.to_mandarin(plain), dl.to_mandarin(lx.normalise(plain)), za.plain(text),
                    za.plain(dl.to_mandarin(plain))):
        if reading not in found:
            found.append(reading)
    return found


def question(text: str, said: str, kind: str, titles: Sequence[str] = ()) -> tuple[str, str] | None:
    """(question, missing fact) when the sentence belongs to a class held back for an action of ``kind``; ``titles``
    are the shopper's recent orders' item titles (a brand among them names no person)."""
    seen = readings(text, said)

    def any_of(check: Callable[[str], bool]) -> bool:
        return any(check(reading) for reading in seen)

    acting = kind in ("buy", "bulk_order", "price_watch")
    if any_of(nt.addressed_notice):
        return NOTICE
    if kind != "question" and any_of(om.others_means):
        return PAYMENT
    if kind != "question" and any_of(cw.waved):
        return CAP
    if kind in ("question", "return", "reschedule") and any(orr.asked_of_another(reading, titles) for reading in seen):
        return RECORDS
    if any_of(orr.others_data):
        return RECORDS
    if any_of(rd.denied):
        return RETURN
    if kind != "question" and any_of(hp.harmful_purpose):
        return HARM
    if (advised := aa.advice(said)) is not None:
        return advised
    if acting and any_of(isd.bought):
        return ISSUED
    # 'a nanny, Monday to Friday' read as a delivery moved: no order named, a person asked for
    moved = kind == "reschedule" and not any(_ORDER_NAMED.search(reading) for reading in seen)
    if (acting or moved) and any_of(hw.hired):
        return HIRED
    return None
