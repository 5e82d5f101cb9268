"""The shopper's own scene said before an English request, said plainly so the readers see only the request:

- the shopper's trade or workplace as a heading: 'bike shop restock, …', 'salon top-up: …', "a florist's order: …",
  "the dentist's order —" (a role's order with its article is the shopper's own list, not an order placed; 'my mum's
  order', "bob's order" and an order id are left for the readers that ask whose it is);
- a workplace said to be a saved address: "the bakery's back room is my office address: …", 'School nurse's room
  is my office address —' (whose room it is is a role, not kin and not a lone name), 'the gym (same address as home)
  needs …', 'the lab (= my office) needs …': the request, delivered to that label;
- a thing broken, cracked or dead, then a purchase that names what to buy: "the mop's head is ripped — a new mop
  head, one" (the purchase alone), 'the chairs are knackered, 3 ergonomic ones' (the ones said as the thing broken:
  '3 ergonomic chairs'). A purchase that sends back, refunds, repairs or dates the broken thing is no purchase; it
  is left as said.

Nothing that names what the safety checks must hear is dropped (``dropped.must_hear``).
"""

from __future__ import annotations

import re

from . import dropped as dp
from .people_words import KIN_EN

_I = re.IGNORECASE
_MARK = r"\s*(?:[:,;—–]|\s-)\s*"
_COUNTED = r"(?=(?:a|an|one|some|\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a\s+pair|a\s+set)\b)"

# A trade's heading: 'bike shop restock,' (no order: 'the kettle order' is an order placed).
_RESTOCK = re.compile(
    rf"^\s*(?:the\s+|our\s+)?(?P<who>[a-z][\w'&-]*(?:\s+[a-z][\w'&-]*){{0,2}}?)\s+(?:restock|re-stock|top-up"
    rf"|top\s+up|supply\s+run|supplies|shopping\s+list|stock\s+list|order\s+list){_MARK}",
    _I,
)
# A role's order with its article: "a florist's order:", "the dentist's order —", "an orchestra librarian's order:".
_ROLE_ORDER = re.compile(
    rf"^\s*(?:a|an|the|our)\s+(?P<who>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?)'s\s+(?:order|list|request"
    rf"|restock){_MARK}",
    _I,
)
# A workplace said to be a saved address: "the bakery's back room is my office address:".
_PLACE_IS = re.compile(
    rf"^\s*(?P<article>the\s+|our\s+|a\s+)?(?P<who>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?)'s\s+(?P<place>[a-z][\w-]*"
    rf"(?:\s+[a-z][\w-]*)?)\s+(?:is|=)\s+(?:my|our|the)\s+(?P<label>office|home)\s+address{_MARK}",
    _I,
)
# A workplace with the label it stands for in brackets, then what it needs: 'the gym (same address as home) needs …'
# ('bookshop (office): …' is read by the readers of a place said first).
_BRACKETED = re.compile(
    r"^\s*(?:the\s+|our\s+)?(?P<place>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)\s*\(\s*(?:(?:the\s+)?same"
    r"(?:\s+address)?\s+as|at|=|i\.e\.?|that'?s|it'?s|aka)?\s*(?:my\s+|our\s+|the\s+)?(?P<label>office|home)"
    r"(?:\s+address)?\s*\)\s*(?:needs|wants|could\s+use|is\s+after|requires|will\s+need)\s+",
    _I,
)
# Who a workplace belongs to that is a person: kin, or a lone word that may be a name ("bob's flat").
_PERSON = re.compile(rf"\b{KIN_EN}\b|^(?:my|his|her|their|your)\b", _I)
# Whose order is another's, or a role that claims a say: 'a customer's order', "the admin's order".
_OTHERS = re.compile(
    r"\b(?:customers?|clients?|guests?|patients?|members?|students?|pupils?|residents?|visitors?"
    r"|passengers?|users?|buyers?|shoppers?|someone|somebody|other|another|previous|last|same|wrong|admin\w*"
    r"|system|support|developer|operator|security|staff|agent|assistant|bot|seller|merchant|courier|owner)\b",
    _I,
)

_BROKEN = (
    r"(?:broken|cracked|dead|knackered|kaput|bust(?:ed)?|ripped|torn|smashed|shattered|leaking|worn\s+out|worn"
    r"|falling\s+apart|gone|not\s+working|stopped\s+working|done\s+for|shot|useless)"
)
# A thing broken, said first: 'the toaster is dead,', "my laptop's hinge is broken —", "the shop's bowls are cracked,".
_SCENE = re.compile(
    rf"^\s*(?:(?:the|my|our)\s+)?(?:(?P<owner>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)'s\s+)?(?P<what>[a-z][\w-]*"
    rf"(?:\s+[a-z][\w-]*){{0,2}}?)\s+(?:is|are|'s|'re|has|have|got|went|also)?\s*(?:(?:all|both|also|completely"
    rf"|totally|finally)\s+)?{_BROKEN}\b(?P<how>[^,;:—–]{{0,20}}?){_MARK}(?=\S)",
    _I,
)
# What no purchase says: the broken thing sent back, refunded, repaired, dated or ordered.
_NOT_BUYING = re.compile(
    r"\b(?:back|return\w*|refund\w*|exchange\w*|replace\s+it|repair\w*|fix\w*|warranty|guarantee|ord_\w+"
    r"|old|ago|since|days?|weeks?|months?|years?|times?|star|stars|complain\w*|money)\b",
    _I,
)
# What is no thing that broke: a safeguard or a setting ('the cap is gone now'), or words of another clause.
_NOT_A_THING = re.compile(
    r"\b(?:cap|caps|limits?|approvals?|budget|rules?|password|pin|2fa|verification|account|card|safeguards?|checks?"
    r"|restrictions?|settings?|polic(?:y|ies)|mode|filters?|the|a|an|my|our|your|his|her|their|fyi|btw|so|and|but|if"
    r"|when|that|this|it|order|delivery|parcel|package|refund|money)\b",
    _I,
)
_ONES = re.compile(
    r"^(?P<head>(?:(?:get|buy|order|need)\s+(?:me\s+)?)?(?:\d{1,4}|a|an|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|twelve|twenty)\s+(?:[a-z][\w-]*\s+){0,2}?)(?:new\s+)?ones?\b",
    _I,
)


def _heading(text: str) -> str:
    for pattern in (_RESTOCK, _ROLE_ORDER):
        said = pattern.match(text)
        who = said.group("who") if said is not None else ""
        if (
            said is not None
            and not _PERSON.search(who)
            and not _OTHERS.search(who)
            and not re.search(r"\bord_|\border\b", who, _I)
            and not dp.must_hear(who)
        ):
            return text[said.end() :]
    return text


def _labelled(text: str) -> str:
    said = _PLACE_IS.match(text)
    if said is not None:
        who = said.group("who")
        if (
            _PERSON.search(who)
            or _OTHERS.search(who)
            or not (said.group("article") or " " in who.strip())
            or dp.must_hear(f"{who} {said.group('place')}")
        ):
            return text  # "bob's flat is my home address": whose it is may be another person
        return f"{text[said.end() :].strip(' ,.')}, deliver to {said.group('label').lower()}"
    said = _BRACKETED.match(text)
    if (
        said is None
        or _PERSON.search(said.group("place"))
        or _OTHERS.search(said.group("place"))
        or dp.must_hear(said.group("place"))
    ):
        return text
    rest = text[said.end() :].strip(" ,.")
    return f"buy {rest}, deliver to {said.group('label').lower()}" if re.match(_COUNTED, rest, _I) else text


def _broken_first(text: str) -> str:
    said = _SCENE.match(text)
    if said is None:
        return text
    rest = text[said.end() :]
    first = re.split(r"[,;]", rest, maxsplit=1)[0]
    if (
        not re.match(rf"(?:(?:get|buy|order|need|so)\s+(?:me\s+|us\s+)?)?{_COUNTED}", rest, _I)
        or _NOT_BUYING.search(rest)
        or dp.must_hear(said.group(0))
        or _NOT_A_THING.search(f"{said.group('owner') or ''} {said.group('what')}")
        or re.fullmatch(r"\s*(?:a|one)\s+(?:new\s+|replacement\s+)?ones?\s*", first, _I)
    ):
        return (
            text  # 'the kettle is broken, 2 weeks old', '… a new one' (the readers of broken things read it)
        )
    ones = _ONES.match(rest)
    if ones is not None:  # '3 ergonomic ones' → '3 ergonomic chairs'
        rest = f"{ones.group('head')}{said.group('what')}{rest[ones.end() :]}"
    return rest


def plain(text: str) -> str:
    """English ``text`` with the shopper's scene before the request taken off; other text as it was."""
    if re.search(r"[\u4e00-\u9fff]", text):
        return text
    return _broken_first(_labelled(_heading(text)))
