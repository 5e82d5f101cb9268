"""An order sent back as a whole, and an order said to go back with no verb of returning.

Shoppers send a whole order back in words the item reader does not weigh: 'the whole of ord_h3', 'the entire
ord_h3 order', 'everything in ord_h3', 'all of ord_h3', 整单, 全部; and they often drop the verb: 'ord_h3 back
please', 'the entire order back'. A return of the whole order names no single item.

A return may also set the listing's claim against what came ('The listing promised 30 hours of battery; the Sony
headphones last 8'): the claim's words (battery) are a property of the product, not another order, so when the
sentence names two orders the claim's clause is weighed without.
"""

from __future__ import annotations

import re

# The whole order: 'the whole of ord_h3', 'the entire ord_h3 order', 'everything in ord_h3', 'all of ord_h3', '整单'.
WHOLE_ORDER = (r"\b(?:the )?(?:whole|entire|complete) (?:of )?(?:the )?(?:ord_\w+|order|lot|parcel|package)\b"
               r"|\ball (?:of )?(?:ord_\w+|the order|that order|my order)\b|\beverything (?:in|from|of|inside) (?:ord_\w+|the order"
               r"|that order|my order)\b|\b(?:all|every) (?:the )?items? (?:in|of|from) (?:ord_\w+|the order)\b"
               r"|整单|整个订单|全部|里的东西都|一整单")
# An order said to go back with no verb: 'ord_h3 back please', 'the entire ord_h3 order back', 'whole of ord_h3 back'.
# Not a time it is put back to: 'ord_k1 back to monday' (a reschedule), only back to the seller.
_BACK = re.compile(
    rf"(?:\bord_\w+|{WHOLE_ORDER})(?: order)?\s+back\b(?!\s+(?:to|till|until|by)\b(?!\s+(?:the )?(?:seller|shop|store|merchant"
    r"|vendor|warehouse|sender)\b))", re.IGNORECASE)
# A moving of a delivery said before: 'push ord_k1 back', 'put the whole order back a day'.
_MOVED = re.compile(r"\b(?:push(?:ed|ing)?|put|set|move[ds]?|bump(?:ed)?|hold)\b[^.;]{0,30}\bback\b", re.IGNORECASE)
# The listing's claim: 'The listing promised 30 hours of battery', '页面写的是两节电池'.
_CLAIM = re.compile(r"\b(?:listing|description|product page|page|ad|advert|advertisement|seller|photos?|pictures?|box|label)"
                    r" (?:promised|promises|boasted|boasts|claimed|claims|said|says|touted|guaranteed|stated|showed|shows|advertised)\b"
                    r"|\b(?:advertised|billed|marketed|described|listed) as\b|(?:页面|详情|描述|宣传|广告|商品页)[^，,；;。]{0,4}"
                    r"(?:写|说|标|号称|承诺)", re.IGNORECASE)
_CLAUSES = re.compile(r"[;；。]|[,，]\s*|\s[—–-]+\s|\bbut\b|\byet\b", re.IGNORECASE)


# Going back said of the thing, with no verb of returning, or one's own said in its place ('send mine back'): 'back it goes', 'back they go', 'the XM5s are going straight
# back', 'it goes back'; and kept no longer: 'not keeping them', "won't be keeping ord_k1". Not back to a time or a place
# other than the seller ('it goes back to Monday', 'they're going back home').
_THING = r"(?:it|they|them|this|these|those|ord_\w+|(?:the|my|those|these) [\w' -]{1,30}?)"
_GOES_BACK = re.compile(
    rf"\bback (?:it|they|this|these|those|she) goes?\b|\b(?:send|ship|post|mail|take) (?:mine|ours|my one|my pair) back\b|\bback (?:they|these|those) go\b"
    rf"|\b{_THING}(?:'s|'re| is| are| goes| go| will go| can go| has to go| have to go| needs? to go| must go)"
    r"(?: going)? (?:straight|right|all the way) back\b"
    rf"|\b{_THING} goes back\b"
    r"(?!\s+(?:to|till|until|by|home|in|on)\b(?!\s+(?:the )?(?:seller|shop|store|merchant|vendor|warehouse|sender)\b))"
    rf"|\b(?:i|we)(?:'d| would)? (?:want|wants|need|'d like|would like|like) {_THING} (?:refunded|returned|sent back|taken back"
    r"|collected|picked up)\b"
    rf"|\b(?:not|never|no longer|won'?t be|will not be|am not|'m not|i'?m not) keeping {_THING}(?=\s*(?:[,.;:!?—–-]|$|\b(?:either|after all|anymore|any more)\b))",
    re.IGNORECASE)


def sent_back(text: str) -> bool:
    """'ord_h3 back please', 'the whole of ord_h3 back', 'back it goes', 'not keeping them': an order said to go back,
    with no verb of returning."""
    return bool(_BACK.search(text) or _GOES_BACK.search(text)) and not _MOVED.search(text)


def whole(text: str) -> bool:
    """The sentence returns the whole order ('everything in ord_h3', 'the entire order', '整单退')."""
    return bool(re.search(WHOLE_ORDER, text, re.IGNORECASE))


def without_claim(text: str) -> str:
    """``text`` without the clauses that state the listing's claim, when any other clause is left."""
    clauses = [c for c in _CLAUSES.split(text) if c and c.strip()]
    kept = [c for c in clauses if not _CLAIM.search(c)]
    return " , ".join(kept) if kept and len(kept) < len(clauses) else text
