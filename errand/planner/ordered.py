"""Which placed order, and which of its items, a return sentence points at.

It reads the shopper's recent orders (``ShopperContext.recent_orders``) against the words of the sentence:
an item named by the words of its title, an attribute that tells two alike apart ("the glass kettle",
玻璃水壶 → the Bear glass kettle, not the Midea stainless one), a model code said short ("the XM5s" →
WH-1000XM5), and leaves out an item the shopper keeps ("not the kettle", 水壶留着). "Both" or 两件都 of one
order is the whole order. Pure functions over text and the orders.
"""

from __future__ import annotations

import re

from . import came_instead as ci
from . import phrases as ph
from . import sent_back as sb
from .context import OrderSummary

# Attribute and everyday words the shared translation leaves in Chinese: materials, colours, Cantonese names, a
# bare 壶 ('那个壶'), and katakana product words.
_ATTRIBUTES = {"玻璃": "glass", "不锈钢": "stainless", "塑料": "plastic", "陶瓷": "ceramic", "黑色": "black",
               "白色": "white", "银色": "silver", "红色": "red", "蓝色": "blue", "粉色": "pink", "无线": "wireless",
               "水煲": "kettle", "耳筒": "headphones", "波鞋": "shoes", "壶": "kettle",
               # katakana and Japanese forms a Japanese-influenced writer uses: ヘッドホン, ケトル, 電池
               "ヘッドホン": "headphones", "ヘッドフォン": "headphones", "イヤホン": "earphones",
               "ケトル": "kettle", "電池": "batteries", "バッテリー": "batteries", "ソニー": "sony", "シューズ": "shoes"}
# A clause that keeps an item rather than returning it: 'not the kettle', 'I'm keeping the headphones', '水壶留着',
# 'the headphones stay'.
# 'no point keeping them', '留着也是浪费': keeping called pointless is no keeping; 'not keeping the Bear kettle' sends it.
_KEPT = re.compile(r"\b(?:(?<!point )(?<!point in )(?<!pointless )(?<!worth )(?<!not )(?<!never )(?<!n't be )(?<!no longer )"
                   r"keep(?:ing)?(?![-\u2010]|\s+(?:warm|hot|cool|cold|fresh|fit)\b|\s+(?!everything|anything|something|nothing)\w+ing\b)|not the|except(?: for)?|but not"
                   # a part that will not stay as it should is a fault, not an item kept: "the lid won't stay shut"
                   r"|stays?(?! (?:shut|closed?|open|on|off|put|lit|cold|hot|warm|together|charged|connected|attached"
                   r"|sealed|locked|tight|fastened|in place|upright)\b)|staying)\b|留着(?!也是浪费|也没用|没用)|留下|不退|不用退|保留|除了", re.IGNORECASE)
# The whole order: 'both the headphones and the kettle', 'everything', '两件都退', '全部'.
WHOLE = re.compile(r"\b(?:both(?!\s+(?:of us|bought|ordered|got|have|had|own|use|liked?|wanted?|need(?:ed)?|agreed|decided)\b)|everything|all (?:of )?(?:it|them|the items)|the whole (?:order|thing))\b"
                   r"|两件|两样|全部|整单|都退|一起退|统统|通通|全都|" + sb.WHOLE_ORDER, re.IGNORECASE)  # 'the entire ord_h3 order', 'all of ord_h3'
# Clause boundaries: commas, semicolons, dashes and 'but'.
_CLAUSES = re.compile(r"[,;，；。]|\s[—–-]+\s|—|\bbut\b", re.IGNORECASE)


def _with_attributes(text: str) -> str:
    """``text`` with its attribute words in English after it: '玻璃水壶' → '玻璃水壶 glass kettle', and a
    singular in -y with its plural: 'the battery order' → '… batteries'."""
    extra = [english for chinese, english in _ATTRIBUTES.items() if chinese in text]
    plurals = [word[:-1] + "ies" for word in re.findall(r"[A-Za-z]{3,}y\b", text) if word[-2].lower() not in "aeiou"]
    return " ".join([text, *extra, *plurals])


def _model_codes(text: str, orders: list[OrderSummary]) -> str:
    """A title's model code said by its end: 'the XM5s' names 'WH-1000XM5', so the code is added to the text."""
    said = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z0-9]+", text)
            if re.search(r"\d", w) and re.search(r"[A-Za-z]", w) and len(w) >= 3}
    codes = {code for order in orders for item in order.items
             for code in re.findall(r"[a-z0-9]+", item.title.lower())
             if re.search(r"\d", code) and re.search(r"[a-z]", code)}
    found = [code for code in codes for word in said if code != word and code.endswith(word)]
    return " ".join([text, *found])


def _returned_part(text: str) -> str:
    """The sentence without the clauses that keep an item, when some clause is left."""
    clauses = [c for c in _CLAUSES.split(text) if c.strip()]
    kept = [c for c in clauses if not _KEPT.search(c)]
    return " ".join(kept) if kept and len(kept) < len(clauses) else text


def named_items(text: str, orders: list[OrderSummary]) -> list[tuple[OrderSummary, str | None]]:
    """The orders and items the sentence names for returning, best matches only (see ``phrases.match_orders``)."""
    said = _model_codes(_with_attributes(_returned_part(text)), orders)
    hits = ph.match_orders(said, orders)
    if len({o.order_id for o, _ in hits}) > 1 and (unclaimed := sb.without_claim(text)) != text:
        # 'The listing promised 30 hours of battery; the Sony cans last 8': the claim names no order
        fewer = ph.match_orders(_model_codes(_with_attributes(_returned_part(unclaimed)), orders), orders)
        hits = fewer if len({o.order_id for o, _ in fewer}) == 1 else hits
    if len({o.order_id for o, _ in hits}) > 1 and (ordered := ci.without(text)) != text:
        # 'the Midea kettle came as a Bear one instead': the goods that came name no order
        fewer = ph.match_orders(_model_codes(_with_attributes(_returned_part(ordered)), orders), orders)
        hits = fewer if len({o.order_id for o, _ in fewer}) == 1 else hits
    return hits
