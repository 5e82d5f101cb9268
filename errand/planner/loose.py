"""Purchases a sentence leaves loose: the product left to the planner, a second errand tacked on, a count alone.

- the product left to be worked out: "figure out what to buy for the office", "decide what to get for …",
  "get what you think is best", 看着挑一个买了, 随便买点 — the planner buys only what the shopper names;
- a second errand joined loosely to the first: "restock the ink, and oh, send the headphones back too",
  "stock up on rice, and btw return ord_h3", "囤两箱纸巾，还有耳机那单退掉" — one errand per sentence, so which first;
- a count with nothing counted: "buy 2x", "get three", "get me a dozen" — a count is not a product.
"""

from __future__ import annotations

import re

from errand.domain.intents import BulkOrderIntent, BuyAction, Plan, PriceWatchIntent

_LEFT_TO_PLANNER = re.compile(
    r"\b(?:figure out|work out|decide(?: on)?|find out|think (?:about|of)|come up with|sort out|determine|choose|pick|see)"
    r"\s+what\s+(?:(?:to|i should|we should|you should)\s+)?(?:buy|get|order|purchase|gift|bring|send)\b"
    r"|\b(?:find out|figure out|work out|see) what (?:my|our|the|his|her|their) [\w' -]{1,30}?"
    r" (?:needs?|wants?|would like|likes?)\b[^.?!]{0,30}\b(?:buy|get|order)\b"
    r"|\b(?:buy|get|order|grab)\s+(?:me\s+|us\s+)?what(?:ever)?\s+(?:you\s+(?:think|reckon|feel|like)|seems?|looks?|sounds?"
    r"|is (?:best|right|good|nice|suitable))\b"
    r"|看着(?:挑|选|买|办|整|弄|来)|随便(?:买|来|整|挑|选|订|弄)|买(?:什么|啥)都(?:行|可以)|缺(?:什么|啥)就?买(?:什么|啥)"
    r"|(?:想想|想一下|琢磨|决定|定一下|看看)(?:给[^，。！？]{0,6})?(?:买|送|订)(?:点|些)?(?:什么|啥)",
    re.IGNORECASE)

# A clause's first words that only lead in: fillers, joining words, polite openers.
_LEAD = (r"^\s*(?:(?:and|also|plus|oh|ah|um|yeah|yes|ok|okay|btw|by the way|while you'?re at it|too|then|please|pls"
         r"|can you|could you|would you|i want to|i'd like to|i need to|don'?t forget to|remember to|噢|哦|喔|对了|还有"
         r"|另外|顺便|顺带|然后|再|也|帮我|给我|麻烦你?|记得)[\s,，]*)*")
_BUY = re.compile(
    _LEAD + r"(?:buy|order|purchase|get|grab|restock|re-?order|stock up on|top off|replenish|pick up|fetch)\s+"
    r"(?!it\b|them\b|one\b|if\b|when\b|once\b|at\b|under\b|below\b|for me\b|me one\b|rid\b|back\b|delivered\b|here\b"
    r"|there\b|ready\b|to\b|from\b|status\b|id\b|number\b|ord_|(?:me |us )?(?:a |my |the |your )?(?:refund|replacement"
    r"|exchange|money back|credit|receipt|invoice|fapiao|tracking)\b)(?:me\s+|us\s+)?(?:a|an|some|the|\d+|[a-z][a-z-]{2,})\b"
    r"|" + _LEAD + r"(?:买|购买|下单|订(?!单)|囤|补|来|整|拿)(?!的|错|了吗)\s*(?:[\d一二两三四五六七八九十几俩仨]|[个只台件把支张瓶双盒部箱包袋卷桶])",
    re.IGNORECASE)
_RETURN = re.compile(
    _LEAD + r"(?:return|refund|send (?:[\w'-]+ ){0,4}back|take (?:[\w'-]+ ){0,4}back)\b"
    r"|退货|退款|退了|退掉|退回|把.{1,12}退", re.IGNORECASE)
_RESCHEDULE = re.compile(
    _LEAD + r"(?:reschedule|postpone|(?:move|push|delay|shift|bring)\s+(?:back\s+|forward\s+)?(?:ord_\w+|(?:my|the|our|that)"
    r"\s+(?:[\w-]+\s+){0,2}(?:delivery|order|parcel|package)))\b"
    r"|(?:ord_\w+|那单|订单|快递|包裹|送货|配送)[^，。！？]{0,6}(?:改到|改成|改为|改期|推迟|延后|提前到)", re.IGNORECASE)
_WATCH = re.compile(_LEAD + r"(?:watch|track|monitor|keep (?:an )?eye on) (?:the )?price\b|盯(?:一下|着)?[^，。！？]{0,12}价",
                    re.IGNORECASE)
_CLAUSES = re.compile(r"[,;.!?，；。！？—–]|\band\b|\bplus\b|\bthen\b|然后|另外|还有|顺便|顺带|对了|并且", re.IGNORECASE)

# A product phrase that is only a count: "2x", "three", "a dozen", "x4", "5 pcs".
_COUNT_ONLY = re.compile(
    r"^(?:(?:a|an|one|just|only)\s+)?(?:[x×]\s*)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|twenty|thirty|fifty|hundred|dozen|half a dozen|couple|pair|few|[一二两三四五六七八九十俩仨几]+)?\s*"
    r"(?:[x×]|pcs?|pieces?|units?|items?|ones?|dozens?|pairs?|sets?|of them|more|each|个|件|份|只|台)?$", re.IGNORECASE)


def _errand_kinds(text: str, planned: str) -> set[str]:
    """The kinds of errand the sentence's clauses start, read one clause at a time after any filler. A purchase
    said with a price watch ("should it fall to 150, purchase two") is what the watch does when the price is met."""
    kinds = set()
    for clause in _CLAUSES.split(text):
        for kind, verb in (("reschedule", _RESCHEDULE), ("watch", _WATCH), ("return", _RETURN), ("buy", _BUY)):
            if verb.search(clause) if kind != "buy" else verb.match(clause):
                kinds.add(kind)
                break
    return kinds - {"buy"} if planned == "price_watch" else kinds


def _product(plan: Plan) -> str | None:
    action = plan.action
    if isinstance(action, BuyAction):
        return action.intent.query
    if isinstance(action, BulkOrderIntent):
        return action.item
    if isinstance(action, PriceWatchIntent):
        return action.query
    return None


def loose(text: str, plan: Plan) -> tuple[str, str] | None:
    """A question when the product is left to the planner, a second errand is joined on, or only a count is said."""
    kind = plan.action.kind
    if kind == "clarify":
        return None
    if _LEFT_TO_PLANNER.search(text):
        return "Which product exactly should I get? I only buy what you name.", "query"
    if kind == "question":
        return None
    if len(_errand_kinds(text, kind)) > 1:
        return "That is two errands at once; which should I do first?", "intent"
    product = _product(plan)
    if product is not None and _COUNT_ONLY.match(product.strip()) and _nothing_counted(text, product.strip()):
        return "How many of what? Please name the product.", "query"
    return None


# What may follow a count that counts nothing: the end, or where, when and how much ("buy 2x, to the office").
_SLOTS_AFTER = re.compile(r"\s*(?:$|[,.;!?，。；！？、]|(?:for|to|by|under|below|each|please|pls|at|before|tomorrow|today"
                          r"|tonight|asap|max|cap|budget|within|thanks)\b|[送寄到每]|以内|以下)", re.IGNORECASE)


def _nothing_counted(text: str, product: str) -> bool:
    """The count said is followed by nothing a product could be (a product the reader missed is not its query)."""
    at = text.lower().find(product.lower()) if product else -1
    return at < 0 or bool(_SLOTS_AFTER.match(text[at + len(product):]))
