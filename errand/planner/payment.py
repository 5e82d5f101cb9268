"""How the shopper says which payment method pays: "pay with my gift card", "use PayPal", "card ending 4242",
"用礼品卡付". The phrase is taken out of the sentence (so the rest is read as if it were not there) and put
on a purchase or bulk order as ``pay_with``, in the words ``errand.domain.payment.resolve_method`` reads; the
errand finds which of the shopper's own methods it names, or says why none does.
"""

from __future__ import annotations

import re

from errand.domain.intents import BulkOrderIntent, BuyAction, Plan
from errand.planner import payer_said as py

_BRAND = r"visa|master\s*card|amex|american\s+express|discover|jcb|union\s*pay"


def _ending(group: str) -> str:
    return (r"(?:\s+card)?\s+(?:ending\s+in|ending\s+with|ending|ends\s+in|last\s+four|no\.?|number|#)?\s*"
            rf"(?P<{group}>\d{{4}})")


_METHOD = (rf"(?P<gift>gift\s*card)|(?P<paypal>pay\s*pal)|(?P<brand>{_BRAND})(?:{_ending('brand_digits')})?"
           rf"|(?:credit\s+|debit\s+)?card(?:{_ending('digits')})?")
_EN = re.compile(
    rf"(?:^|[\s,;]+)(?:and\s+|then\s+)?(?:"
    rf"(?:pay|paying|paid|charge\s+it|charge)\s+(?:it\s+|this\s+|them\s+)?(?:with|by|using|via|on|to|from)\s+"
    rf"|(?:use|using)\s+"
    rf"|(?:with|by|on)\s+(?=(?:my\s+|the\s+)?(?:gift\s*card|pay\s*pal|{_BRAND}|(?:credit\s+|debit\s+)?card\s+ending)))"
    rf"(?:my\s+|the\s+|a\s+|our\s+)?(?:{_METHOD})(?:\s+to\s+pay)?\b",
    re.IGNORECASE)
_ZH_METHOD = r"(?P<gift>礼品卡|礼物卡|购物卡)|(?P<paypal>paypal|贝宝)|尾号\s*(?P<digits>\d{4})\s*的?(?:信用卡|银行卡|卡)|信用卡|银行卡"
_ZH_USE = re.compile(rf"[，,\s]*(?:用|使用|拿)\s*(?:我的)?\s*(?:{_ZH_METHOD})\s*(?:来)?\s*(?:付款|支付|付钱|结账|付)?",
                     re.IGNORECASE)
_ZH_PAY = re.compile(rf"[，,\s]*(?:{_ZH_METHOD})\s*(?:付款|支付)", re.IGNORECASE)


# The method said as another person's: '用我妈的信用卡付款' (their 的 before it), 'the card on file for my dad'.
_SOMEONE_ELSES = re.compile(r"(?<!我)(?<!我们)(?<!自己)的\s*$|(?<![我一两二三四五六七八九十几这那每])张\s*$")
_FOR_SOMEONE = re.compile(r"\s*(?:on file\s+)?(?:for|of|belonging to|that belongs to|registered to|in the name of)\s+"
                          r"(?!me\b|myself\b|us\b|(?:this|the|that|it|a|an|one)\b)", re.IGNORECASE)


def _reference(match: re.Match[str]) -> str:
    """What the shopper named, in the words the resolution reads."""
    found = match.groupdict()
    digits = found.get("digits") or found.get("brand_digits")
    if found.get("gift"):
        return "gift card"
    if found.get("paypal"):
        return "PayPal"
    brand = " ".join((found.get("brand") or "").split()).lower()
    if brand:
        return f"{brand} ending {digits}" if digits else brand
    return f"card ending {digits}" if digits else "card"


def take_payment(text: str) -> tuple[str, str | None]:
    """The sentence without its payment phrase, and the method the phrase names (None: no phrase)."""
    for pattern in (_EN, _ZH_USE, _ZH_PAY):
        match = pattern.search(text)
        if match is not None:
            if _SOMEONE_ELSES.search(text[:match.start()]) or _FOR_SOMEONE.match(text[match.end():]) \
                    or py.other_payer(text):  # 'the card ending 4417 (it's my boss's)'
                return text, None  # another person's method is not taken: the screen asks about it
            rest = (text[:match.start()] + text[match.end():]).strip()
            if match.start() == 0:  # "use PayPal to pay for a kettle": what is left asks for the kettle
                rest = re.sub(r"^(?:for|to\s+buy)\s+", "buy ", rest, flags=re.IGNORECASE)
            return re.sub(r"^[,，;\s]+|[,，;\s]+$", "", rest), _reference(match)
    return text, None


def paying(plan: Plan, pay_with: str | None) -> Plan:
    """``plan`` with the method on the purchase or bulk order it asks for; any other plan is unchanged."""
    action = plan.action
    if pay_with is None:
        return plan
    if isinstance(action, BuyAction):
        return Plan(action=action.model_copy(update={"intent": action.intent.model_copy(update={"pay_with": pay_with})}))
    if isinstance(action, BulkOrderIntent):
        return Plan(action=action.model_copy(update={"pay_with": pay_with}))
    return plan


__all__ = ["paying", "take_payment"]
