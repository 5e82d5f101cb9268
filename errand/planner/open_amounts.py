"""Amounts and conditions a purchase leaves open, read from the sentence as said:

- an amount said as 'a bit of', 'a little', 'a touch of', 'a small amount of', 适量, 少许, 若干, 一丁点, with no count
  or weight anywhere in the sentence ('get me a bit of flour', 买适量的猫粮, 'a little olive oil'); a bare 'some' stays
  the one pack the planner has always read it as ('grab me some cat litter');
- a purchase made to wait on a price that is never given ('buy the air fryer if the price is right', 空气炸锅便宜点就买,
  电视打折就买, 扫地机器人价格合适就下单): the shopper has a price in mind, and it is asked for.

'buy some socks, 3 pairs', '买5斤大米', 'a bag of sugar' and '电饭煲降到200就买' say their amount or price and keep their
action.
"""

from __future__ import annotations

import re

AMOUNT = ("How much should I get? Please give a count or a weight (for example 2 bags or 5 kg).", "quantity")
PRICE = ("At what price should I buy it? Please give the price you have in mind.", "target_price")

_MASS = (r"(?:oil|olive\s+oil|sugar|flour|salt|rice|milk|cream|water|coffee|tea|butter|honey|cheese|paint|glue|soap"
         r"|detergent|shampoo|food|cat\s+food|dog\s+food|soil|compost|sand|pepper|spice|spices|yeast|vinegar|sauce|soy\s+sauce"
         r"|noodles|pasta|cereal|oats|milk\s+powder|formula|litter|cat\s+litter|bird\s*seed|seeds|nuts|wine|juice|broth|stock)")
_VAGUE_EN = re.compile(
    r"(?:^|\b(?:buy|get|order|need|want|grab|pick\s+up|send|bring)\s+(?:me\s+|us\s+)?|[,;]\s*)"
    r"(?:a\s+(?:little\s+)?bit\s+of|a\s+touch\s+of|a\s+dash\s+of|a\s+splash\s+of|a\s+smidge\s+of|a\s+(?:small|little|fair)"
    r"\s+amount\s+of|an?\s+(?:appropriate|reasonable|suitable|decent)\s+amount\s+of)\s+(?!more\b|of\b|kind\b|sort\b|type\b|brand\b)[a-z]"
    rf"|(?:^|\b(?:buy|get|order|need|want|grab|pick\s+up|send|bring)\s+(?:me\s+|us\s+)?)a\s+little\s+(?:[\w-]+\s+)?{_MASS}\b",
    re.IGNORECASE)
_VAGUE_ZH = re.compile(r"适量|適量|少许|少許|若干|一丁点|一丢丢|一些些|(?:买|來|来|要)(?:一)?些(?=[\u4e00-\u9fff])")
# Any amount said: a digit, a number word, a measure, a container or an article before the product.
_COUNTED = re.compile(
    r"\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozen|pair|couple|half)\b"
    r"(?!\s+(?:little|bit|touch|dash|splash|smidge|small|appropriate|reasonable|suitable|decent|fair)\b)"
    r"|[一二两三四五六七八九十百千半](?:个|個|袋|包|瓶|盒|箱|斤|公斤|千克|克|升|桶|罐|条|支|件|双|台|把|根|张|份|只|块|听|提|卷)",
    re.IGNORECASE)
# A purchase waiting on a price with no price given: 便宜点就买, 打折就买, 价格合适就下单, 'if the price is right'.
_PRICE_ZH = re.compile(
    r"(?:便宜(?:点|些|一点|一些)?|打折|降价|优惠|促销|有活动|价格(?:合适|合理|好|低|划算|便宜)|价钱(?:合适|合理|好|低)|划算"
    r"|合适的价|价格到位|特价)(?:了)?(?:的话)?(?:就|再|才)(?:买|下单|入手|拍|订)")
_PRICE_EN = re.compile(
    r"\b(?:if|when|once)\s+(?:the\s+price\s+is|it'?s|it\s+is|it\s+gets|it\s+goes|the\s+price\s+gets)\s+(?:right|good|reasonable"
    r"|ok|okay|fair|low|cheap|cheaper|lower|on\s+(?:sale|offer|discount)|discounted|a\s+good\s+deal|decent)\b"
    r"|\b(?:if|when|once)\s+there'?s\s+a\s+(?:discount|deal|sale|promotion|promo)\b", re.IGNORECASE)
_PRICE_SAID = re.compile(r"\d|[¥￥$€£]|[一二两三四五六七八九十百千万]+\s*(?:块|元|折)|[一二三四五六七八九]折|半价|\bhalf\s+price\b",
                         re.IGNORECASE)


def question(text: str, kind: str) -> tuple[str, str] | None:
    """The question for a purchase whose amount or price condition is left open, or None."""
    if kind in ("buy", "bulk_order", "price_watch") and (_PRICE_ZH.search(text) or _PRICE_EN.search(text)) \
            and not _PRICE_SAID.search(text):
        return PRICE
    if kind in ("buy", "bulk_order") and (_VAGUE_EN.search(text) or _VAGUE_ZH.search(text)) and not _COUNTED.search(text):
        return AMOUNT
    return None
