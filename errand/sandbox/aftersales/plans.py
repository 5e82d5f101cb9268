"""Each after-sales change as a plan: what the policy allows, what changes and the money that moves.

Planning is pure: it reads the order, the owner's payment methods and the catalogue (`World`) and either
refuses by a rule (`rules.Refusal`) or returns a `Plan`. The quote the shopper signs is the plan's
``changes``, ``money`` and ``summary``; applying plans the same request again over the state as it is then,
and writes only when that plan is the one signed. So a refusal, at quote or at apply, writes nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from errand.sandbox.aftersales.rules import CANCEL_REASONS, Refusal
from errand.sandbox.datasets.retail import Address, Order, OrderItem, Transaction

_Id = Annotated[str, Field(min_length=1, max_length=100)]
_Items = Annotated[list[_Id], Field(max_length=100)]


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class CancelOrder(_Request):
    operation: Literal["cancel"]
    order_id: _Id
    reason: str = Field(max_length=200)


class ChangeAddress(_Request):
    operation: Literal["change_address"]
    order_id: _Id
    address: Address


class ChangePaymentMethod(_Request):
    operation: Literal["change_payment_method"]
    order_id: _Id
    payment_method_id: _Id


class ChangeItems(_Request):
    operation: Literal["change_items"]
    order_id: _Id
    item_ids: _Items
    new_item_ids: _Items
    payment_method_id: _Id


class ReturnItems(_Request):
    operation: Literal["return"]
    order_id: _Id
    item_ids: _Items
    payment_method_id: _Id


class ExchangeItems(_Request):
    operation: Literal["exchange"]
    order_id: _Id
    item_ids: _Items
    new_item_ids: _Items
    payment_method_id: _Id


class ChangeDefaultAddress(_Request):
    operation: Literal["change_default_address"]
    address: Address


ChangeRequest = Annotated[CancelOrder | ChangeAddress | ChangePaymentMethod | ChangeItems | ReturnItems
                          | ExchangeItems | ChangeDefaultAddress, Field(discriminator="operation")]


class QuoteBody(BaseModel):
    """What a quote request's body is: one change."""

    change: ChangeRequest


@dataclass(frozen=True)
class Method:
    id: str
    source: str
    balance: int | None


@dataclass(frozen=True)
class Item:
    item_id: str
    product_id: str
    product_name: str
    options: dict[str, str]
    available: bool
    price: int


@dataclass
class World:
    """What a change reads: the order (None for the default address), the owner's methods, the variants it
    names, the owner's default address, the currency."""

    order: Order | None
    methods: dict[str, Method]
    items: dict[str, Item]
    default_address: Address
    currency: str


@dataclass
class Plan:
    changes: dict[str, Any]
    money: list[dict[str, Any]]
    summary: str
    order_after: Order | None = None
    default_address_after: Address | None = None
    balances_after: dict[str, int] = field(default_factory=dict)

    def signed_part(self) -> dict[str, Any]:
        return {"changes": self.changes, "money": self.money, "summary": self.summary}


def amount_text(amount: int, currency: str) -> str:
    return f"{currency} {amount // 100}.{amount % 100:02d}" if amount >= 0 else "-" + amount_text(-amount, currency)


def _order(world: World) -> Order:
    assert world.order is not None
    return world.order


def _status(order: Order, wanted: str, rule: str) -> None:
    if order.status != wanted:
        raise Refusal(rule, f"order {order.order_id} is {order.status}")


def _owned(world: World, method_id: str) -> Method:
    method = world.methods.get(method_id)
    if method is None:
        raise Refusal("payment.method_of_owner", f"no payment method {method_id} among the shopper's")
    return method


def _movement(method: Method, kind: str, amount: int, when: str) -> dict[str, Any]:
    """One movement of money as the quote shows it; a gift card's settles on its balance, others are recorded."""
    return {"payment_method_id": method.id, "transaction_type": kind, "amount": amount, "when": when,
            "settlement": "gift_card_balance" if method.source == "gift_card" else "recorded"}


def _lines(order: Order, item_ids: list[str]) -> list[int]:
    """The order's line indexes the named items take, row by row (an item named twice takes two rows)."""
    wanted, held = Counter(item_ids), Counter(item.item_id for item in order.items)
    missing = [f"{item} x{count}" for item, count in wanted.items() if held[item] < count]
    if not item_ids or missing:
        raise Refusal("items.in_order", f"order {order.order_id} does not hold {', '.join(missing) or 'no item'}")
    taken: list[int] = []
    for item in item_ids:
        taken.append(next(i for i, line in enumerate(order.items) if line.item_id == item and i not in taken))
    return taken


def _pairs(world: World, item_ids: list[str], new_item_ids: list[str]) -> list[tuple[int, Item]]:
    """Each named line with the variant it becomes, checked: same product, available (unless unchanged)."""
    order = _order(world)
    if len(item_ids) != len(new_item_ids):
        raise Refusal("items.pairs", f"{len(item_ids)} items to change, {len(new_item_ids)} new ones")
    pairs = []
    for index, new_id in zip(_lines(order, item_ids), new_item_ids, strict=True):
        line = order.items[index]
        new = world.items.get(new_id)
        if new is None or new.product_id != line.product_id:
            raise Refusal("items.same_product", f"{new_id} is not a variant of {line.name} ({line.product_id})")
        if new.item_id != line.item_id and not new.available:
            raise Refusal("items.available", f"{new_id} ({_options(new.options)}) is not available")
        pairs.append((index, new))
    return pairs


def _options(options: dict[str, str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(options.items())) or "no options"


def _covers(method: Method, amount: int) -> None:
    if method.source == "gift_card" and amount > (method.balance or 0):
        raise Refusal("payment.gift_card_covers", f"gift card {method.id} holds {method.balance}, {amount} is due")


def _swapped(order: Order, pairs: list[tuple[int, Item]]) -> tuple[list[OrderItem], list[dict[str, Any]], int]:
    items = list(order.items)
    shown, difference = [], 0
    for index, new in pairs:
        old = items[index]
        items[index] = OrderItem(item_id=new.item_id, product_id=new.product_id, name=new.product_name,
                                 options=new.options, price=new.price)
        difference += new.price - old.price
        shown.append({"line": index, "from": {"item_id": old.item_id, "options": old.options, "price": old.price},
                      "to": {"item_id": new.item_id, "options": new.options, "price": new.price}})
    return items, shown, difference


def plan_cancel(request: CancelOrder, world: World) -> Plan:
    order = _order(world)
    _status(order, "pending", "cancel.status_pending")
    if request.reason not in CANCEL_REASONS:
        raise Refusal("cancel.reason", f"{request.reason!r} is neither")
    net: dict[str, int] = {}
    for txn in order.payment_history:
        net[txn.payment_method_id] = net.get(txn.payment_method_id, 0) + (
            txn.amount if txn.transaction_type == "payment" else -txn.amount)
    refunds = [(world.methods.get(mid) or Method(mid, "unknown", None), amount)
               for mid, amount in net.items() if amount > 0]
    money = [_movement(method, "refund", amount, "now") for method, amount in refunds]
    balances = {m.id: (m.balance or 0) + amount for m, amount in refunds if m.source == "gift_card"}
    after = order.model_copy(update={
        "status": "cancelled", "cancel_reason": request.reason,
        "payment_history": order.payment_history + [Transaction(transaction_type="refund", amount=amount,
                                                                payment_method_id=m.id) for m, amount in refunds]})
    refunded = "; ".join(f"refund {amount_text(a, world.currency)} to {m.id}" for m, a in refunds) or "nothing to refund"
    return Plan(changes={"status": {"from": order.status, "to": "cancelled"}, "cancel_reason": request.reason},
                money=money, summary=f"Cancel order {order.order_id} ({request.reason}); {refunded}.",
                order_after=after, balances_after=balances)


def plan_change_address(request: ChangeAddress, world: World) -> Plan:
    order = _order(world)
    _status(order, "pending", "address.status_pending")
    to = request.address
    return Plan(changes={"address": {"from": order.address.model_dump(), "to": to.model_dump()}}, money=[],
                summary=f"Ship order {order.order_id} to {to.address1}, {to.city} {to.zip}, {to.country}; "
                        "no money moves.",
                order_after=order.model_copy(update={"address": to}))


def plan_change_payment(request: ChangePaymentMethod, world: World) -> Plan:
    order = _order(world)
    _status(order, "pending", "payment.status_pending")
    history = order.payment_history
    if len(history) != 1 or history[0].transaction_type != "payment":
        raise Refusal("payment.single_payment", f"order {order.order_id} has {len(history)} transactions")
    paid = history[0]
    new = _owned(world, request.payment_method_id)
    if new.id == paid.payment_method_id:
        raise Refusal("payment.other_method", f"{new.id} already pays order {order.order_id}")
    _covers(new, paid.amount)
    old = world.methods.get(paid.payment_method_id) or Method(paid.payment_method_id, "unknown", None)
    balances = {}
    if new.source == "gift_card":
        balances[new.id] = (new.balance or 0) - paid.amount
    if old.source == "gift_card":
        balances[old.id] = (old.balance or 0) + paid.amount
    after = order.model_copy(update={"payment_history": history + [
        Transaction(transaction_type="payment", amount=paid.amount, payment_method_id=new.id),
        Transaction(transaction_type="refund", amount=paid.amount, payment_method_id=old.id)]})
    text = amount_text(paid.amount, world.currency)
    return Plan(changes={"payment_method": {"from": old.id, "to": new.id}},
                money=[_movement(new, "payment", paid.amount, "now"), _movement(old, "refund", paid.amount, "now")],
                summary=f"Pay order {order.order_id} with {new.id} instead of {old.id}: {text} paid by {new.id}, "
                        f"{text} refunded to {old.id}.",
                order_after=after, balances_after=balances)


def _difference_money(method: Method, difference: int, when: str) -> list[dict[str, Any]]:
    if difference == 0:
        return []
    return [_movement(method, "payment" if difference > 0 else "refund", abs(difference), when)]


def plan_change_items(request: ChangeItems, world: World) -> Plan:
    order = _order(world)
    if order.status == "pending (item modified)":
        raise Refusal("items.once", f"order {order.order_id} was already modified")
    _status(order, "pending", "items.status_pending")
    pairs = _pairs(world, request.item_ids, request.new_item_ids)
    method = _owned(world, request.payment_method_id)
    items, shown, difference = _swapped(order, pairs)
    _covers(method, difference)
    history = list(order.payment_history)
    if difference:
        history.append(Transaction(transaction_type="payment" if difference > 0 else "refund",
                                   amount=abs(difference), payment_method_id=method.id))
    balances = {method.id: (method.balance or 0) - difference} if method.source == "gift_card" and difference else {}
    after = order.model_copy(update={"items": items, "status": "pending (item modified)",
                                     "payment_history": history})
    moves = ("no money moves" if not difference else
             f"{amount_text(abs(difference), world.currency)} {'paid by' if difference > 0 else 'refunded to'} "
             f"{method.id}")
    return Plan(changes={"items": shown, "status": {"from": order.status, "to": "pending (item modified)"},
                         "price_difference": difference},
                money=_difference_money(method, difference, "now"),
                summary=f"Change {len(shown)} item(s) of order {order.order_id}; {moves}. The order cannot be "
                        "changed or cancelled afterwards.",
                order_after=after, balances_after=balances)


def plan_return(request: ReturnItems, world: World) -> Plan:
    order = _order(world)
    _status(order, "delivered", "return.status_delivered")
    lines = _lines(order, request.item_ids)
    method = _owned(world, request.payment_method_id)
    original = {t.payment_method_id for t in order.payment_history if t.transaction_type == "payment"}
    if method.id not in original and method.source != "gift_card":
        raise Refusal("return.refund_method", f"{method.id} did not pay order {order.order_id} and is no gift card")
    amount = sum(order.items[i].price for i in lines)
    after = order.model_copy(update={"status": "return requested", "return_items": sorted(request.item_ids),
                                     "return_payment_method_id": method.id})
    return Plan(changes={"status": {"from": order.status, "to": "return requested"},
                         "return_items": sorted(request.item_ids), "return_payment_method_id": method.id},
                money=[_movement(method, "refund", amount, "on_receipt")],
                summary=f"Return {len(lines)} item(s) of order {order.order_id}; "
                        f"{amount_text(amount, world.currency)} refunded to {method.id} when they are received.",
                order_after=after)


def plan_exchange(request: ExchangeItems, world: World) -> Plan:
    order = _order(world)
    _status(order, "delivered", "exchange.status_delivered")
    pairs = _pairs(world, request.item_ids, request.new_item_ids)
    method = _owned(world, request.payment_method_id)
    _, shown, difference = _swapped(order, pairs)
    _covers(method, difference)
    after = order.model_copy(update={
        "status": "exchange requested", "exchange_items": sorted(request.item_ids),
        "exchange_new_items": sorted(request.new_item_ids), "exchange_payment_method_id": method.id,
        "exchange_price_difference": difference})
    return Plan(changes={"items": shown, "status": {"from": order.status, "to": "exchange requested"},
                         "price_difference": difference, "exchange_payment_method_id": method.id},
                money=_difference_money(method, difference, "on_exchange"),
                summary=f"Exchange {len(shown)} item(s) of order {order.order_id}; a difference of "
                        f"{amount_text(difference, world.currency)} through {method.id}, nothing charged now.",
                order_after=after)


def plan_default_address(request: ChangeDefaultAddress, world: World) -> Plan:
    to = request.address
    return Plan(changes={"default_address": {"from": world.default_address.model_dump(), "to": to.model_dump()}},
                money=[], summary=f"Make {to.address1}, {to.city} {to.zip}, {to.country} the default address; "
                                  "pending orders keep theirs; no money moves.",
                default_address_after=to)


def plan(request: BaseModel, world: World) -> Plan:
    """The plan for ``request`` over ``world``, or the Refusal of the rule it breaks."""
    match request:
        case CancelOrder():
            return plan_cancel(request, world)
        case ChangeAddress():
            return plan_change_address(request, world)
        case ChangePaymentMethod():
            return plan_change_payment(request, world)
        case ChangeItems():
            return plan_change_items(request, world)
        case ReturnItems():
            return plan_return(request, world)
        case ExchangeItems():
            return plan_exchange(request, world)
        case ChangeDefaultAddress():
            return plan_default_address(request, world)
    raise TypeError(f"no plan for {type(request).__name__}")


__all__ = ["CancelOrder", "ChangeAddress", "ChangeDefaultAddress", "ChangeItems", "ChangePaymentMethod",
           "ChangeRequest", "ExchangeItems", "Item", "Method", "Plan", "QuoteBody", "ReturnItems", "World",
           "amount_text", "plan"]
