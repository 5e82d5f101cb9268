"""A drinks order that names a chain and a count but no drink: 'Order 40 Heytea drinks by 3pm', 'Luckin, 15 drinks,
whatever they have', '20 cups from CoCo, anything is fine', 瑞幸下午两点前来二十五杯，随便什么, 订四十杯饮料.

The chain makes many drinks and the order must say which, so it is asked about, whatever else it says. A word that
only says 'a drink' ('drinks', 'beverages', 饮料) or leaves the choice open ('whatever', 'anything', 随便, 都行) is no
drink's name, and a chain's 'drinks' asked for with no count ('order drinks for the meeting from Heytea') names
none either. An order naming its drink ('30 iced lattes from Luckin', 三十杯多肉葡萄, a flavour before 'drinks': '20
Heytea grape drinks') is left to the drinks reader, and so is a count of drinks with no chain (whose item the drinks
reader asks about when it names none: 十杯饮料, drinks_named.py).
"""

from __future__ import annotations

import re

from . import drinks as dr
from . import drinks_named as dn
from . import lexicon as lx
from . import phrases as ph

_I = re.IGNORECASE
_OPEN_EN = re.compile(r"\b(?:drinks?|beverages?|whatever(?: they have| you like| is fine| works)?|anything(?: is fine| goes"
                      r"| will do| works)?|any(?: kind| drink| flavou?r)s?|(?:your|their) choice|surprise (?:me|us)"
                      r"|doesn'?t matter|don'?t care|cups?)\b", _I)
_OPEN_ZH = re.compile(r"随便(?:什么|啥|点|来|吧)?|什么都(?:行|可以|好)|喝什么都(?:行|可以|好)|都行|都可以|都好|饮料|饮品|看着(?:办|点)"
                      r"|你们定|无所谓")
_GENERIC = re.compile(r"\b(?:drinks|beverages)\b|饮料|饮品", _I)
_COUNTED = re.compile(rf"\b\d+\b|\b{lx.EN_NUMBER}\b|(?:{lx.ZH_NUMBER}|\d+)\s*[杯份]", _I)
# What a drinks order may say besides its drink: chain, count, time, place and the open words, all taken off below.
_ASIDE_ZH = re.compile(r"(?:上午|下午|中午|晚上|今天|明天|早上)?(?:[\d一二两三四五六七八九十]+\s*[点點](?:半|[\d一二三四五六七八九十]+分?)?)?(?:之?前|以前)?"
                       r"|送(?:到)?(?:公司|办公室|家)|[来订要点送买帮我给从的了，,。！\s]")


def question(text: str) -> tuple[str, str] | None:
    """(question, 'item') for a chain's drinks order that names no drink; else None."""
    chain = ph.chain(text)
    # No count is no drink either: 'order drinks for the meeting from Heytea', 喜茶订点饮料.
    said = _COUNTED.search(text) or _GENERIC.search(text)
    if chain is None or not said or not (_OPEN_EN.search(text) or _OPEN_ZH.search(text) or re.search(r"[杯份]", text)):
        return None
    if re.search(r"[\u4e00-\u9fff]", text):
        rest = _OPEN_ZH.sub("", text)
        for word in [w for w in ph.CHAINS if not w.isascii()]:
            rest = rest.replace(word, "")
        rest = re.sub(rf"(?:{lx.ZH_NUMBER}|\d+)\s*[杯份]", "", rest)
        rest = _ASIDE_ZH.sub("", rest)
        if re.search(r"[\u4e00-\u9fffA-Za-z]", rest):
            return None
    else:
        if dr.DRINK.search(_OPEN_EN.sub(" ", text)) or dn.flavoured(text) or not _OPEN_EN.search(text):
            return None
    return (f"Which drink should I order from {chain}? Please name it (and the size, sugar and ice if it matters).",
            "item")
