"""An eleventh development set, for purchases: new sentences of the kinds the seventh fresh set showed misread,
written here before the mechanisms were built, to check they read sentences they were not written from.

Kinds: fields joined by slashes ('get / AA batteries / 8 / office'); a count written in Roman numerals after a
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
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    ("烦请查询一下天气", ASK),
    ("buy / a gun / 1 / home", ASK),
    ("(^_^)", ASK),
]
