"""After-sales in conversation: the policy's dialogue, step by step, in English and Chinese.

The policy (docs/after-sales-policy.md) fixes the order of a customer-service conversation: identify the
shopper first (e-mail, or first name, last name and zip), gather every part of one change (every item of
an item change: it can be made once), state it and have the shopper confirm, then start the errand whose
merchant quote the shopper signs. A refusal names its rule; a request for a person, or anything the policy
does not cover, is handed over with a summary.

Everything here is pure: ``wanted_facts`` says what to look up for a message, the conversation's activity
looks it up at the merchant, and ``next_turn`` takes the dialogue one step with those facts (the dialogue's
shape is in ``aftersales_dialogue``, what one message adds to it in ``aftersales_said``). ``read`` is the
offline understanding of one message; ``is_aftersales`` is the router's test for a message that opens a
dialogue; ``hint`` is what the offline planner answers for one outside a conversation.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

from errand.domain.aftersales import (
    CANCEL_REASONS,
    AftersalesChange,
    AftersalesIntent,
    CancelOrder,
    ChangeAddress,
    ChangeDefaultAddress,
    ChangeItems,
    ChangePaymentMethod,
    ExchangeItems,
    ReturnItems,
    ShippingAddress,
)

from .aftersales_dialogue import Dialogue, DialogueFacts, TurnOutcome, WantedFacts
from .aftersales_said import NO, ORDER_ID, merge, operation_of, payment_methods

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
CJK = re.compile(r"[\u4e00-\u9fff]")

# Asking for a person, not mentioning one ("a gift for my manager" is a purchase).
_PERSON = re.compile(r"\b(?:talk|speak|chat) (?:to|with)\b.{0,20}\b(?:human|person|agent|someone|somebody"
                     r"|representative|manager|operator|customer service|staff)\b|\b(?:real|actual) (?:person|human)\b"
                     r"|\b(?:connect|transfer|put) me (?:to|through to|with)\b|\bhuman (?:agent|help|please)\b"
                     r"|^(?:agent|human|representative|operator)(?: please)?[.!]*$"
                     r"|转人工|人工客服|找人工|真人|联系客服|找客服", re.IGNORECASE)
_OUT_OF_SCOPE = re.compile(r"\b(?:discount|compensation|compensate|coupon|price match|voucher|complain(?:t)?)\b"
                           r"|赔偿|补偿|优惠券|投诉|便宜点", re.IGNORECASE)
_YES = re.compile(r"^(?:y|yes|yeah|yep|ok|okay|sure|confirm(?:ed)?|go ahead|do it|please do|correct|right|是|是的|好|好的"
                  r"|对|确认|可以|行)\b[.!。！ ]*$", re.IGNORECASE)
_ABANDON = re.compile(r"\b(?:never ?mind|forget it|forget about it)\b|算了|不改了", re.IGNORECASE)
_NAME_ZIP = re.compile(r"(?:i'?m|i am|name is|this is|my name'?s)\s+([A-Za-z][A-Za-z'-]+)\s+([A-Za-z][A-Za-z'-]+)"
                       r"\b.*?\b(\d{5})\b", re.IGNORECASE)
_ZH_NAME_ZIP = re.compile(r"(?:我(?:是|叫)|名字(?:是|叫))\s*([A-Za-z][A-Za-z'-]+)\s+([A-Za-z][A-Za-z'-]+).*?(\d{5})")
def is_aftersales(text: str) -> bool:
    """Whether a message opens an after-sales dialogue: it names a retail order (``#W…``) or an e-mail, or
    asks for a change only after-sales makes (cancel, exchange, payment method, default address), or asks
    for a person."""
    if ORDER_ID.search(text) or EMAIL.search(text) or _PERSON.search(text):
        return True
    return bool(re.search(r"\bcancel (?:my |the |this |an? )?order\b|\bexchange (?:the|my|this|that|it|them|an?|some"
                          r"|items?|for)\b|\b(?:want|need|'d like|would like) (?:the|my|this|that|it|them|these|those)\b"
                          r"[^.;,]{0,30}?\bexchanged\b|payment method|default (?:shipping )?"
                          r"address|取消订单|换货|(?:支付|付款)方式|默认地址|改订单", text, re.IGNORECASE))


def hint(text: str) -> str | None:
    """The offline planner's answer to an after-sales request outside a conversation: identity first."""
    if not is_aftersales(text) or _PERSON.search(text):
        return None
    return identify_first(text)


def wanted_facts(dialogue: Dialogue, text: str) -> WantedFacts:
    """The lookups this message needs: the shopper it names, the order it (or the dialogue) is about."""
    wanted = WantedFacts()
    email = EMAIL.search(text)
    named = _NAME_ZIP.search(text) or _ZH_NAME_ZIP.search(text)
    if email:
        wanted.email = email.group(0)
    elif named:
        wanted.name_zip = (named.group(1), named.group(2), named.group(3))
    order = ORDER_ID.search(text)
    wanted.order_id = order.group(0).upper() if order else dialogue.order_id
    return wanted


def _say(dialogue: Dialogue, en: str, zh: str) -> str:
    return zh if dialogue.zh else en


def _method_text(method: dict[str, Any]) -> str:
    extra = (f" (balance {method['balance'] // 100}.{method['balance'] % 100:02d})" if method.get("balance")
             is not None else f" ({method.get('brand', '')} …{method['last_four']})" if method.get("last_four") else "")
    return f"{method['id']}{extra}"


def _change(d: Dialogue) -> AftersalesChange | None:
    """The change the dialogue has gathered in full, or None while something is missing."""
    order, method = d.order_id, d.payment_method_id
    if d.operation == "change_default_address":
        return ChangeDefaultAddress(address=d.address) if d.address else None
    if order is None:
        return None
    if d.operation == "cancel" and d.reason:
        return CancelOrder(order_id=order, reason=d.reason)
    if d.operation == "change_address" and d.address:
        return ChangeAddress(order_id=order, address=d.address)
    if d.operation == "change_payment_method" and method:
        return ChangePaymentMethod(order_id=order, payment_method_id=method)
    if not (d.items_complete and d.item_ids and method):
        return None
    if d.operation == "return":
        return ReturnItems(order_id=order, item_ids=d.item_ids, payment_method_id=method)
    if d.operation == "change_items":
        return ChangeItems(order_id=order, item_ids=d.item_ids, new_item_ids=d.new_item_ids, payment_method_id=method)
    if d.operation == "exchange":
        return ExchangeItems(order_id=order, item_ids=d.item_ids, new_item_ids=d.new_item_ids,
                             payment_method_id=method)
    return None


def describe(change: AftersalesChange, zh: bool = False) -> str:
    """The change in one sentence, before the merchant quotes its money."""
    match change:
        case CancelOrder():
            return (f"取消订单 {change.order_id}（原因：{change.reason}）" if zh else
                    f"cancel order {change.order_id} (reason: {change.reason})")
        case ChangeAddress():
            a = change.address
            return (f"订单 {change.order_id} 改寄到 {a.address1}, {a.city} {a.zip}" if zh else
                    f"ship order {change.order_id} to {a.address1}{', ' + a.address2 if a.address2 else ''}, "
                    f"{a.city}, {a.state} {a.zip}, {a.country}")
        case ChangePaymentMethod():
            return (f"订单 {change.order_id} 改用 {change.payment_method_id} 支付" if zh else
                    f"pay order {change.order_id} with {change.payment_method_id}")
        case ChangeItems() | ExchangeItems():
            pairs = ", ".join(f"{o} → {n}" for o, n in zip(change.item_ids, change.new_item_ids, strict=False))
            verb = ("修改" if isinstance(change, ChangeItems) else "换货") if zh else (
                "change items of" if isinstance(change, ChangeItems) else "exchange items of")
            return (f"{verb}订单 {change.order_id}：{pairs}，差价通过 {change.payment_method_id}" if zh else
                    f"{verb} order {change.order_id}: {pairs}; the difference through {change.payment_method_id}")
        case ReturnItems():
            return (f"退货订单 {change.order_id} 的 {', '.join(change.item_ids)}，退款到 {change.payment_method_id}" if zh
                    else f"return {', '.join(change.item_ids)} of order {change.order_id}, refund to "
                         f"{change.payment_method_id}")
        case ChangeDefaultAddress():
            a = change.address
            return (f"默认地址改为 {a.address1}, {a.city} {a.zip}" if zh else
                    f"make {a.address1}, {a.city}, {a.state} {a.zip}, {a.country} your default address")
    return change.operation


def _ask_next(d: Dialogue, facts: DialogueFacts) -> str:
    """The one question that gathers what the change still lacks."""
    if d.operation is None:
        return _say(d, "What would you like to do: cancel an order, change its address, payment method or items, "
                       "return or exchange items of a delivered order, or change your default address?",
                    "您想做什么：取消订单、修改地址、支付方式或商品，退货或换货，还是修改默认地址？")
    orders = ", ".join((facts.shopper or {}).get("orders") or [])
    if d.order_id is None and d.operation != "change_default_address":
        return _say(d, f"Which order? Your orders: {orders or 'none found'}.", f"是哪个订单？您的订单：{orders or '无'}。")
    if d.operation == "cancel":
        return _say(d, "Why do you want to cancel it: “no longer needed” or “ordered by mistake”?",
                    "取消的原因是“不再需要”(no longer needed) 还是“下错单”(ordered by mistake)？")
    if d.operation in ("change_address", "change_default_address"):
        return _say(d, "What is the whole new address? (street, unit if any, city, state and zip, country)",
                    "新地址是什么？请按“街道, 单元（可选）, 城市, 州 邮编, 国家”给出完整地址。")
    methods = ", ".join(_method_text(m) for m in payment_methods(facts))
    if d.operation == "change_payment_method":
        return _say(d, f"Which payment method should pay instead? Yours: {methods}.",
                    f"改用哪种支付方式？您的支付方式：{methods}。")
    lines = ", ".join(f"{ln['item_id']} {ln['name']} ({', '.join(ln['options'].values())})"
                      for ln in (facts.order or {}).get("items", []))
    if not d.item_ids:
        if d.operation == "return":
            return _say(d, f"Which items do you want to return? The order holds: {lines}.",
                        f"要退哪些商品？订单里有：{lines}。")
        return _say(d, f"Which items should become which? Say each as “<item> to <new option>”. The order holds: "
                       f"{lines}. Please list every item now: an order's items can be changed only once.",
                    f"哪些商品换成什么？请按“<商品> 换成 <新款式>”说。订单里有：{lines}。请一次列出所有要改的商品，商品只能修改一次。")
    if not d.items_complete:
        got = ", ".join(f"{o} → {n}" for o, n in zip(d.item_ids, d.new_item_ids, strict=False))
        return _say(d, f"So far: {got}. Is that every item? The items can be changed only once, so list any other "
                       "now, or say “that's all”.",
                    f"目前：{got}。就这些吗？商品只能修改一次，请现在列出其他要改的商品，或说“就这些”。")
    return _say(d, f"Which payment method should pay or receive the difference (or the refund)? Yours: {methods}.",
                f"差价（或退款）通过哪种支付方式？您的支付方式：{methods}。")


def _refusal_text(d: Dialogue, rule: str, sentence: str) -> str:
    sentence = sentence.rstrip(". ")
    return _say(d, f"I can't do that — refused: {rule}: {sentence}.", f"无法办理——拒绝：{rule}：{sentence}。")


def next_turn(dialogue: Dialogue, text: str, conversation_shopper: str, facts: DialogueFacts) -> TurnOutcome:
    """One step of the policy's dialogue for ``text``, with the merchant's ``facts`` about it."""
    d = dialogue.model_copy(update={"active": True, "zh": dialogue.zh or bool(CJK.search(text))})
    ended = Dialogue()
    if _PERSON.search(text) or (_OUT_OF_SCOPE.search(text) and operation_of(text) is None):
        summary = (f"after-sales hand-over for {d.shopper_id or 'an unidentified shopper'}: “{text[:300]}”"
                   + (f"; was {d.operation} of {d.order_id}" if d.operation else ""))
        return TurnOutcome(dialogue=ended, reply=_say(d, "I'll hand this over to a person, with a summary of what "
                                                        "you asked; they will get back to you.",
                                                      "我会把您的问题连同摘要转交给人工客服，他们会尽快联系您。"),
                           start=AftersalesIntent(shopper_id=conversation_shopper, handover=summary, sentence=text))
    if _ABANDON.search(text):
        return TurnOutcome(dialogue=ended, reply=_say(d, "All right, nothing was changed.", "好的，没有做任何修改。"))
    if facts.found_shopper is not None and facts.found_shopper != conversation_shopper:
        return TurnOutcome(dialogue=ended, reply=_refusal_text(
            d, "identity.own_orders", "I act only for the shopper signed in to this conversation, and that is not "
                                      "who those details name"))
    if facts.found_shopper is not None:
        d.shopper_id = facts.found_shopper
    if facts.refusal is not None and facts.refusal[0] == "identity.not_found":
        return TurnOutcome(dialogue=merge(d, text, facts), reply=_refusal_text(d, *facts.refusal) + _say(
            d, " Please check the e-mail, or give your first name, last name and zip.", " 请核对邮箱，或提供名、姓和邮编。"))
    if d.proposed is not None:
        if _YES.search(text.strip()):
            intent = AftersalesIntent.model_validate({"shopper_id": conversation_shopper, "change": d.proposed})
            intent.sentence = describe(intent.change, d.zh) if intent.change is not None else text
            return TurnOutcome(dialogue=ended, start=intent, reply=_say(
                d, "Asking the merchant to quote it; sign the quote to apply it.", "正在请商家报价；签名确认后生效。"))
        if NO.search(text.strip()):
            d.proposed = None
            return TurnOutcome(dialogue=d, reply=_say(d, "Nothing changed. What should be different?",
                                                      "没有做任何修改。哪里需要调整？"))
    d = merge(d, text, facts)
    d.proposed = None
    if d.shopper_id is None:
        return TurnOutcome(dialogue=d, reply=_say(
            d, "Before I change anything I need to identify you: please give your e-mail, or your first name, "
               "last name and zip code.", "在修改之前需要先确认您的身份：请提供您的邮箱，或您的名、姓和邮编。"))
    if facts.refusal is not None:
        rule, sentence = facts.refusal
        d.order_id = None
        return TurnOutcome(dialogue=d, reply=_refusal_text(d, rule, sentence))
    change = _change(d)
    if change is None:
        return TurnOutcome(dialogue=d, reply=_ask_next(d, facts))
    d.proposed = change.model_dump(mode="json")
    return TurnOutcome(dialogue=d, reply=_say(
        d, f"To confirm: {describe(change)}. Shall I go ahead? The merchant's quote will then show exactly what "
           "changes and the money that moves, for you to sign. (yes/no)",
        f"请确认：{describe(change, zh=True)}。要继续吗？随后商家的报价会列出具体修改和资金变动，供您签名确认。（是/否）"))


CHANGE_TOOLS: dict[str, type[BaseModel]] = {
    f"aftersales_{model.model_fields['operation'].default}": model
    for model in (CancelOrder, ChangeAddress, ChangePaymentMethod, ChangeItems, ReturnItems, ExchangeItems,
                  ChangeDefaultAddress)}
"""The planner tools for a change, by name: each takes its change model's fields (``operation`` aside)."""

HAND_OVER_TOOL = "aftersales_hand_over"


def identify_first(text: str) -> str:
    """The question an after-sales request is answered with before anything else: who the shopper is."""
    return _say(Dialogue(zh=bool(CJK.search(text))),
                "Before I change an order I need to identify you: please give your e-mail, or your first name, "
                "last name and zip code.", "修改订单之前，请先告诉我您的邮箱，或者您的名、姓和邮编，以确认您的身份。")


def planned_intent(change: AftersalesChange | None, shopper_id: str, text: str, handover: str = "") -> AftersalesIntent:
    """The intent a planner read from ``text``, in the dialogue's own terms: the conversation's shopper, the
    change, and the change in words (as the dialogue words it when the shopper confirms)."""
    if change is None:
        return AftersalesIntent(shopper_id=shopper_id, handover=handover[:2000], sentence=text[:2000])
    return AftersalesIntent(shopper_id=shopper_id, change=change, sentence=describe(change, bool(CJK.search(text))))


def dialogue_for(intent: AftersalesIntent, text: str) -> Dialogue:
    """The dialogue opened on a planned change: everything the planner read is gathered, nobody is identified
    yet (the dialogue asks first), an item swap still asks whether it lists every item (they change once),
    and nothing is proposed until the shopper is known."""
    change = intent.change
    if change is None:
        return Dialogue()
    fields = change.model_dump()
    address = fields.get("address")
    return Dialogue(active=True, zh=bool(CJK.search(text)), operation=change.operation,
                    order_id=fields.get("order_id"), item_ids=list(fields.get("item_ids") or []),
                    new_item_ids=list(fields.get("new_item_ids") or []),
                    items_complete=change.operation == "return",
                    payment_method_id=fields.get("payment_method_id"), reason=fields.get("reason"),
                    address=ShippingAddress.model_validate(address) if address else None)


__all__ = ["CANCEL_REASONS", "CHANGE_TOOLS", "HAND_OVER_TOOL", "Dialogue", "DialogueFacts", "TurnOutcome",
           "WantedFacts", "describe", "dialogue_for", "hint", "identify_first", "is_aftersales", "next_turn",
           "operation_of", "planned_intent", "read_tools", "wanted_facts"]


def read_tools() -> list[dict[str, Any]]:
    """The after-sales operations as tools for an LLM planner, each with its pydantic model's schema."""
    tools = []
    for model in (CancelOrder, ChangeAddress, ChangePaymentMethod, ChangeItems, ReturnItems, ExchangeItems,
                  ChangeDefaultAddress):
        schema = model.model_json_schema()
        schema["properties"].pop("operation", None)
        schema["required"] = [r for r in schema.get("required", []) if r != "operation"]
        name = str(model.model_fields["operation"].default)
        tools.append({"name": f"aftersales_{name}", "description": (model.__doc__ or name).strip(),
                      "input_schema": schema})
    tools.append({"name": "aftersales_find_shopper", "description": "Identify the shopper first: by e-mail, or by "
                  "first name, last name and zip (exact). Never guess.", "input_schema": {
                      "type": "object", "properties": {"email": {"type": "string"}, "first_name": {"type": "string"},
                                                       "last_name": {"type": "string"}, "zip": {"type": "string"}}}})
    tools.append({"name": "aftersales_hand_over", "description": "Hand the conversation to a person, with a summary: "
                  "when the shopper asks for one, or asks for anything the after-sales policy does not cover.",
                  "input_schema": {"type": "object", "properties": {"summary": {"type": "string"}},
                                   "required": ["summary"]}})
    return tools
