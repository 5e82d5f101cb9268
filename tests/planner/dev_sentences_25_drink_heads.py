"""A twenty-fifth development set, for goods named with a drink's word in front ('a coffee table', 'a smoothie
blender', '4 juice glasses', 'tea towels', 咖啡桌, 茶叶罐, 奶茶粉): written here before the reader was changed, to check
that the last noun decides what is bought, and that drinks counted themselves ('12 lattes, large', '16 matcha lattes
for the team', 三十杯奶茶到公司) stay drinks orders. Not read yet: a following word the lexicon knows only as a verb ('an espresso tamper'), and a cup
after a drink ('a smoothie cup'), which stays a drinks order's measure.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from typing import Any


def _buy(query: str | list[str], quantity: int = 1) -> dict[str, Any]:
    return {"kind": "buy", "query": query, "quantity": quantity}


READ: list[tuple[str, dict[str, Any]]] = [
    ("buy a coffee table", _buy("coffee table")),
    ("I need a new coffee table, oak", _buy(["coffee table oak", "oak coffee table", "coffee table"])),
    ("buy 2 coffee tables", _buy("coffee tables", 2)),
    ("buy a smoothie blender", _buy("smoothie blender")),
    ("get me a juice glass", _buy("juice glass")),
    ("buy 6 juice glasses", _buy("juice glasses", 6)),
    ("buy a lemonade dispenser", _buy("lemonade dispenser")),
    ("buy 4 latte glasses", _buy("latte glasses", 4)),
    ("order a cocktail shaker", _buy("cocktail shaker")),
    ("buy 3 tea towels", _buy("tea towels", 3)),
    ("buy a tea chest", _buy("tea chest")),
    ("buy a wine rack", _buy("wine rack")),
    ("buy 2 beer mugs", _buy("beer mugs", 2)),
    ("buy a coffee scale", _buy("coffee scale")),
    ("buy a juice carton holder", _buy("juice carton holder")),
    ("buy 100 bubble tea straws", _buy("bubble tea straws", 100)),
    ("buy a coffee bean canister", _buy("coffee bean canister")),
    ("买一个咖啡桌", _buy("咖啡桌")),
    ("买两包奶茶粉", _buy("奶茶粉", 2)),
    ("买个茶叶罐", _buy("茶叶罐")),
    ("买一台果汁机", _buy("果汁机")),
    ("买一罐咖啡豆", _buy(["咖啡豆", "coffee beans"])),
]

DRINKS: list[tuple[str, dict[str, Any]]] = [
    ("12 lattes office 3pm", {"kind": "bulk_order"}),
    ("get 18 matcha lattes for the team, regular size, by 4pm", {"kind": "bulk_order"}),
    ("20 iced coffees, large, to the office at 3", {"kind": "bulk_order"}),
    ("15 boba lattes from Tiger Sugar, office, 2:30pm", {"kind": "bulk_order"}),
    ("下午三点前送二十杯奶茶到公司", {"kind": "bulk_order"}),
    ("明天中午送三十杯拿铁到公司，大杯", {"kind": "bulk_order"}),
    ("十五杯咖啡给公司送去，下午两点", {"kind": "bulk_order"}),
]
