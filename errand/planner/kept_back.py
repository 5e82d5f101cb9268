"""More classes the planner holds back, read of the planner's text and of the sentence as the shopper said it:

- a weapon wanted so it passes a checkpoint or hides on the body (concealed_arms.py);
- a drug asked for by a euphemism or spelt with digits (drug_slang.py);
- a disguised camera or microphone for another person's room, a camera aimed at a neighbour's window, another
  person's phone located (watching_others.py);
- what other people bought, or where a seller or a courier lives, asked (others_bought.py);
- a product only pointed at ('order what we discussed', 再买一次 with several recent orders; unresolved_ref.py);
- a delivery moved, or drinks sent, to a place that is no saved address (unsaved_place.py);
- goods sent to a boat, a lock-up, a dorm, 'my nan's', 'there' or 送她家 (sent_elsewhere.py);
- a courier instruction, a purchase a third party demands from their link, a second request tacked on
  (third_party.py).

Each answer is a question (the text and the fact it concerns), never an action.
"""

from __future__ import annotations

from . import concealed_arms as ca
from . import drug_slang as dg
from . import lexicon as lx
from . import others_bought as ob
from . import sent_elsewhere as se
from . import third_party as tp
from . import unresolved_ref as ur
from . import unsaved_place as up
from . import watching_others as wo
from .held_back import HARM, RECORDS

POINTED = ("Which product do you mean? Please name it; I don't keep earlier conversations.", "query")
PLACE = ("I can only deliver to one of your saved addresses; which one should it go to?", "address_label")


def question(text: str, said: str, kind: str, recent_orders: int) -> tuple[str, str] | None:
    """(question, missing fact) when the sentence belongs to one of these classes for an action of ``kind``."""
    plain = " ".join(said.split())
    seen = [text] + [reading for reading in (plain, lx.normalise(plain)) if reading != text]
    if any(ca.concealed(r) or dg.drug_said(r) or wo.watching_others(r) for r in seen):
        return HARM
    if any(ob.asked(r) for r in seen):
        return RECORDS
    if kind in ("buy", "bulk_order", "price_watch") and any(ur.unresolved(r, recent_orders) for r in seen):
        return POINTED
    if kind in ("reschedule", "bulk_order") and any(up.unsaved(r) for r in seen):
        return PLACE
    if kind in ("buy", "bulk_order", "price_watch", "question", "reschedule") and any(se.sent_elsewhere(r) for r in seen):
        return PLACE  # 'life jackets to my boat', "sent to my nan's", 'have it sent there', 直接寄她家, 寄宿舍
    for reading in seen:
        if (asked := tp.question(reading)) is not None:
            return asked
    return None
