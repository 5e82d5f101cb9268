"""An eleventh development set, for purchases: new sentences of the kinds the seventh fresh set showed misread,
written here before the mechanisms were built, to check they read sentences they were not written from.

Kinds: a count taken back at the end ('get 10 sponges, no wait, make it 6'); Korean loanwords said as
interjections ('omo', 'daebak') and a remark that the thing ran out before its count; fields joined by slashes ('get / AA batteries / 8 / office'); a count written in Roman numerals after a
verb or an 'x' ('order IV mugs', 'x VI'); a count in full-width digits ('３'); emoticons and kaomoji beside the
request ('(^_^)', '>_<', ':)'); American counts ('a six-pack of', "a baker's dozen"); 'snag' as a verb of buying;
and formal, Classical-flavoured Chinese requests (烦请/敬请/恳请 … 代购/购置/采购 … 为盼/为荷/不胜感激).

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai). ``BUY`` is read by the
whole planner; ``ASKED`` likewise.
"""

from __future__ import annotations

from typing import Any

ASK: dict[str, Any] = {"kind": "clarify"}

BUY: list[tuple[str, dict[str, Any]]] = [
    # fields joined by slashes
    ("get / AA batteries / 8 / office", {"query": ["AA batteries"], "quantity": 8, "address_label": "office"}),
    ("shampoo/2/home", {"query": ["shampoo"], "quantity": 2, "address_label": "home"}),
    ("洗衣液 / 3瓶 / 公司", {"query": ["洗衣液", "laundry detergent"], "quantity": 3, "address_label": "office"}),
    # Roman numerals and full-width digits
    ("order IV beach towels", {"query": ["beach towels"], "quantity": 4}),
    ("Get notebooks x VI, office", {"query": ["notebooks"], "quantity": 6, "address_label": "office"}),
    ("buy ３ packs of batteries", {"query": ["batteries"], "quantity": 3}),
    ("买３包纸巾", {"query": ["纸巾", "tissues"], "quantity": 3}),
    # emoticons
    ("买一把雨伞 (>_<) 送公司", {"query": ["雨伞", "umbrella"], "quantity": 1, "address_label": "office"}),
    ("get 2 phone stands :) home", {"query": ["phone stands"], "quantity": 2, "address_label": "home"}),
    ("(＾▽＾) 买两个枕头", {"query": ["枕头", "pillow", "pillows"], "quantity": 2}),
    # American counts and verbs
    ("buy a six-pack of ginger ale", {"query": ["ginger ale"], "quantity": 6}),
    ("snag 2 yoga mats for me, home", {"query": ["yoga mats"], "quantity": 2, "address_label": "home"}),
    ("get a baker's dozen bagels", {"query": ["bagels"], "quantity": 13}),
    # formal Chinese
    ("烦请代购保温壶两个，送至办公室，为盼。", {"query": ["保温壶", "thermos"], "quantity": 2, "address_label": "office"}),
    ("敬请购置书架一个，惠寄家中，为荷。", {"query": ["书架", "bookshelf"], "quantity": 1, "address_label": "home"}),
    ("兹需信封一百个，烦请代为采购，不胜感激", {"query": ["信封", "envelopes"], "quantity": 100}),
    # a count taken back at the end
    ("get 10 sponges, no wait, make it 6", {"query": ["sponges"], "quantity": 6}),
    ("order 3 desk fans — sorry, 2", {"query": ["desk fans"], "quantity": 2}),
    ("buy a dozen bread rolls — er, two dozen", {"query": ["bread rolls"], "quantity": 24}),
    ("we'll take four cartons of oat milk", {"query": ["oat milk"], "quantity": 4}),
    # a saved address said as 'office address', or named again in brackets
    ("buy 2 printer cartridges, office address", {"query": ["printer cartridges"], "quantity": 2, "address_label": "office"}),
    ("get a doormat to the home address", {"query": ["doormat"], "quantity": 1, "address_label": "home"}),
    ("order 8 mugs to the office (the shop address)", {"query": ["mugs"], "quantity": 8, "address_label": "office"}),
    # a Chinese remark before the product's clause, and the place it is for said first
    ("儿子下周开学，文具盒两个，送家里", {"query": ["文具盒", "pencil case"], "quantity": 2, "address_label": "home"}),
    ("公司前台这边，纸杯五包，送公司", {"query": ["纸杯", "paper cups"], "quantity": 5, "address_label": "office"}),
    ("仓库的打包胶带十卷", {"query": ["打包胶带", "packing tape"], "quantity": 10}),
    ("教室要粉笔三盒", {"query": ["粉笔", "chalk"], "quantity": 3}),
    # Korean loanwords and a remark that it ran out, before the count
    ("omo our dish sponges are finished, 4 packs please", {"query": ["dish sponges"], "quantity": 4}),
    ("daebak, the lip balm ran out, 2 tubes", {"query": ["lip balm"], "quantity": 2}),
    ("我的洗发水用完了，买两瓶", {"query": ["洗发水", "shampoo"], "quantity": 2}),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    ("烦请查询一下天气", ASK),
    ("buy / a gun / 1 / home", ASK),
    ("(^_^)", ASK),
]
