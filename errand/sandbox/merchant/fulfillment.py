"""Fulfillment: the destinations a platform supplies, and the shipping options the data set's rates offer.

The platform sends ``fulfillment.methods`` whole on every update (UCP's full replacement); the merchant keeps
what it may keep (ids, type, line ids, destinations, the selected destination and options) and ignores what
is only ever in a response (``options``, ``totals``). Options are computed on every read from the shipping
rates and the free-shipping promotions, so a price change or a new quantity is reflected at once.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import PromotionRow, ShippingRateRow

ADDRESS_FIELDS = ("full_name", "first_name", "last_name", "street_address", "extended_address",
                  "address_locality", "address_region", "postal_code", "address_country", "phone_number")
MAX_METHODS = 10
MAX_DESTINATIONS = 20


@dataclass(frozen=True)
class Option:
    id: str
    title: str
    amount: int

    def to_ucp(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title,
                "totals": [{"type": "subtotal", "amount": self.amount}, {"type": "total", "amount": self.amount}]}


def _text(value: Any, what: str, limit: int = 300) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise UCPError(422, "invalid_request", f"{what} must be a string of at most {limit} characters")
    return value


def destination_from(raw: Any, path: str) -> dict[str, Any]:
    """A platform-supplied shipping destination, kept as the postal address fields UCP names (others dropped);
    one without an id gets one."""
    if not isinstance(raw, dict):
        raise UCPError(422, "invalid_request", f"{path} must be an object")
    kept = {name: _text(raw[name], f"{path}.{name}") for name in ADDRESS_FIELDS if raw.get(name) is not None}
    country = kept.get("address_country", "")
    if len(country) != 2 or not country.isalpha():
        raise UCPError(422, "invalid_request", f"{path}.address_country must be an ISO 3166-1 alpha-2 code")
    kept["address_country"] = country.upper()
    ident = raw.get("id")
    kept = {"id": _text(ident, f"{path}.id", 100) if ident else f"dest_{secrets.token_hex(4)}", **kept}
    return kept


def methods_from(raw: Any, line_ids: list[str]) -> list[dict[str, Any]]:
    """``fulfillment.methods`` as sent, reduced to what the merchant stores. Line ids it does not know fall
    back to every line (a platform may not know the ids the merchant gave)."""
    if raw is None:
        return []
    if not isinstance(raw, list) or len(raw) > MAX_METHODS:
        raise UCPError(422, "invalid_request", f"fulfillment.methods must be a list of at most {MAX_METHODS}")
    methods = []
    for m, method in enumerate(raw):
        path = f"$.fulfillment.methods[{m}]"
        if not isinstance(method, dict):
            raise UCPError(422, "invalid_request", f"{path} must be an object")
        kind = method.get("type", "shipping")
        if kind != "shipping":
            raise UCPError(422, "invalid_request", f"{path}.type: only shipping is offered")
        dests_raw = method.get("destinations") or []
        if not isinstance(dests_raw, list) or len(dests_raw) > MAX_DESTINATIONS:
            raise UCPError(422, "invalid_request", f"{path}.destinations must be a list of at most {MAX_DESTINATIONS}")
        destinations = [destination_from(d, f"{path}.destinations[{i}]") for i, d in enumerate(dests_raw)]
        selected = method.get("selected_destination_id")
        groups = []
        for g, group in enumerate(method.get("groups") or []):
            if not isinstance(group, dict):
                raise UCPError(422, "invalid_request", f"{path}.groups[{g}] must be an object")
            option = group.get("selected_option_id")
            groups.append({"id": _text(group.get("id") or f"group_{g + 1}", f"{path}.groups[{g}].id", 100),
                           "selected_option_id": _text(option, "selected_option_id", 100) if option else None})
        methods.append({
            "id": _text(method.get("id") or f"method_{m + 1}", f"{path}.id", 100),
            "type": "shipping",
            "line_item_ids": _known(method.get("line_item_ids"), line_ids),
            "destinations": destinations,
            "selected_destination_id": _text(selected, f"{path}.selected_destination_id", 100) if selected else None,
            "groups": groups,
        })
    return methods


def _known(ids: Any, line_ids: list[str]) -> list[str]:
    if not isinstance(ids, list):
        return list(line_ids)
    known = [i for i in ids if i in line_ids]
    return known or list(line_ids)


@dataclass(frozen=True)
class Rules:
    """The data set's shipping rates and free-shipping promotions, read once per request."""

    rates: list[ShippingRateRow]
    free_shipping: list[PromotionRow]

    @classmethod
    def load(cls, session: Session) -> Rules:
        kept = session.info.get("fulfillment_rules")
        if isinstance(kept, Rules):
            return kept
        rules = cls(list(session.exec(select(ShippingRateRow)).all()),
                    list(session.exec(select(PromotionRow).where(PromotionRow.kind == "free_shipping")).all()))
        session.info["fulfillment_rules"] = rules
        return rules

    def options(self, country: str, items_total: int, product_ids: list[str]) -> list[Option]:
        """The options for a destination country, cheapest first: per service level the country's own rate,
        else the default one; the standard level free when a promotion applies."""
        by_level = {r.service_level: r for r in self.rates if r.country_code == "default"}
        by_level.update({r.service_level: r for r in self.rates if r.country_code.upper() == country})
        free = self._free_shipping(items_total, product_ids)
        out = []
        for level, rate in by_level.items():
            if level == "standard" and free:
                out.append(Option(rate.id, f"{rate.title} (Free)", 0))
            else:
                out.append(Option(rate.id, rate.title, rate.price))
        return sorted(out, key=lambda o: (o.amount, o.id))

    def _free_shipping(self, items_total: int, product_ids: list[str]) -> bool:
        for promo in self.free_shipping:
            eligible = json.loads(promo.eligible_item_ids)
            if promo.min_subtotal is not None and items_total >= promo.min_subtotal:
                return True
            if eligible and any(p in eligible for p in product_ids):
                return True
        return False


@dataclass
class Fulfillment:
    """The methods with their options computed, the chosen options' cost, and whether every line is covered."""

    methods: list[dict[str, Any]]
    amount: int
    ready: bool
    messages: list[dict[str, Any]]


def resolve(methods: list[dict[str, Any]], rules: Rules, items_total: int, product_ids: list[str],
            line_ids: list[str]) -> Fulfillment:
    """Options for every method whose destination is chosen; what the chosen options cost; and messages for
    a choice that is not on offer (the choice is dropped, not kept)."""
    amount, covered, messages, rendered = 0, set(), [], []
    for m, method in enumerate(methods):
        out = {**method, "groups": [dict(g) for g in method["groups"]]}
        chosen = next((d for d in method["destinations"] if d["id"] == method["selected_destination_id"]), None)
        if method["selected_destination_id"] and chosen is None:
            messages.append({"type": "warning", "code": "invalid_destination", "path":
                             f"$.fulfillment.methods[{m}].selected_destination_id",
                             "content": f"no destination {method['selected_destination_id']!r} in this method"})
            out["selected_destination_id"] = None
        if chosen is None:
            out["groups"] = []
        else:
            offered = rules.options(chosen["address_country"], items_total, product_ids)
            groups = out["groups"] or [{"id": "group_1", "selected_option_id": None}]
            for g, group in enumerate(groups):
                group["line_item_ids"] = list(method["line_item_ids"])
                group["options"] = [o.to_ucp() for o in offered]
                pick = next((o for o in offered if o.id == group["selected_option_id"]), None)
                if group["selected_option_id"] and pick is None:
                    messages.append({"type": "warning", "code": "invalid_option", "path":
                                     f"$.fulfillment.methods[{m}].groups[{g}].selected_option_id",
                                     "content": f"option {group['selected_option_id']!r} is not offered here"})
                    group["selected_option_id"] = None
                if pick is not None:
                    amount += pick.amount
                    covered.update(method["line_item_ids"])
            out["groups"] = groups
        rendered.append(out)
    return Fulfillment(rendered, amount, bool(line_ids) and covered >= set(line_ids), messages)


def summary(methods: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What an order keeps of the checkout's fulfillment: one expectation per chosen group."""
    expectations: list[dict[str, Any]] = []
    for method in methods:
        dest = next((d for d in method["destinations"] if d["id"] == method.get("selected_destination_id")), None)
        for group in method["groups"]:
            option = next((o for o in group.get("options", []) if o["id"] == group.get("selected_option_id")), None)
            if dest is None or option is None:
                continue
            expectations.append({
                "id": f"exp_{len(expectations) + 1}",
                "line_items": group["line_item_ids"],
                "method_type": method["type"],
                "destination": {k: v for k, v in dest.items() if k != "id"},
                "description": option["title"],
            })
    return expectations


__all__ = ["Fulfillment", "Option", "Rules", "destination_from", "methods_from", "resolve", "summary"]
