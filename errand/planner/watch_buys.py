"""A price watch that buys, said as a condition and a buy clause, and the product's span inside a watch.

A watch that ends in a purchase is said in many forms the watch reader's words do not hold:

- the buy as its own clause after the condition: 'if under 4,000 buy 1', 'below 2,200 get two', 'under 1,400
  order one', '— below 3,200 grab two';
- the goods sent rather than bought: 'send one my way', 'have one delivered', 'let it come to me';
- Chinese verbs of buying with their adverbs after the price: 跌到两千就闭眼入, 直接拿下, 就冲, 给我拍一套, 入一台, 拿两个;
- a condition said first ('when the Kindle falls to 800, send one my way'): an instruction, not a question of when.

The product is what the watch verb takes ('keep an eye on the Garmin Forerunner 265'), not a remark beside it
('heaps of races coming up'); it ends at the condition words ('till it hits', 'ever dips below'), and a wish to
know said first ("I'd quite like to know if", 'I wonder whether') is a frame, not the product.
"""

from __future__ import annotations

import re

from . import lexicon as lx

_AMOUNT = r"(?:rmb\s*|[¥￥]\s*)?\d[\d,]*(?:\.\d+)?k?"
_ZH_AMOUNT = rf"(?:\d[\d,]*|{lx.ZH_NUMBER})"
# A price condition: 'under 4,000', 'below 2,200', 'falls to 800', 'dips below 1,500', '跌到两千', '低于一千'.
_CONDITION = re.compile(
    rf"\b(?:under|below|beneath|less than|at or below)\s*{_AMOUNT}"
    rf"|\b(?:falls?|drops?|dips?|sinks?|slides?|hits?|reaches?|gets?|comes?|goes?|go|get|come)(?: down)?"
    rf" (?:to|below|under|beneath)\s*{_AMOUNT}|\b(?:falls?|drops?|dips?|sinks?|hits?|reaches?)\s*{_AMOUNT}"
    rf"|(?:跌到|降到|跌破|降至|低于|掉到|便宜到)\s*{_ZH_AMOUNT}"
    # '到四千就给我买一台', '价钱到两千': 到 said first in its clause or after the price, then the amount
    rf"|(?:^|(?<=[，,\s])|(?<=价钱)|(?<=价格)|(?<=价))(?:一|等)?到\s*{_ZH_AMOUNT}(?=\s*(?:元|块|蚊)?\s*(?:就|再|了|的时候|时|，|,|$))",
    re.IGNORECASE)
# A price moving, not a cap: 'falls to 800', 'hits 2,000', '跌到两千'.
_MOVING = re.compile(r"\b(?:falls?|drops?|dips?|sinks?|slides?|hits?|reaches?|gets?|comes?|goes?|go|get|come)\b|跌|降|掉|便宜到",
                     re.IGNORECASE)
# A cap said as a condition, right before it: 'if under 4,000', 'should it go below', 'once it's under'.
_IF = re.compile(r"\b(?:if|when|once|as soon as|whenever|should)\b(?:\s+(?:it'?s|it is|they'?re|they are|the price is"
                 r"|its price is|priced|it|they))?\s*$|如果|要是|一旦", re.IGNORECASE)
# The buy once the price is met, said as its own clause: 'buy 1', 'get two', 'grab two', 'order one', 'send one my
# way', 'have one delivered', 'let it come to me'.
_SENT = (rf"\bsend (?:me )?(?:it|them|one|{lx.EN_NUMBER}) (?:my way|over|to me|along)\b|\bhave (?:it|them|one|{lx.EN_NUMBER})"
         r" (?:sent|delivered|shipped|brought)\b|\blet (?:it|them|one) (?:come|be sent) to me\b")
_EN_BUY = re.compile(
    rf"\b(?:buy|get|grab|order|snag|nab|pick up|purchase|cop)\s+(?:me\s+|us\s+)?(?:it|them|one|a pair|{lx.EN_NUMBER})\b|"
    + _SENT, re.IGNORECASE)
# Chinese verbs of buying after the price, with their adverbs: '就闭眼入', '直接拿下', '就冲', '给我拍一套', '入一台'.
_ZH_BUY = re.compile(
    r"(?:就|直接|闭眼|果断|立马|马上|立刻|赶紧|给我|帮我)+(?:入手?|拿下|拿|冲|拍下?|下单|买|抢|收了?|上车|剁手)"
    rf"|(?:入|拿|冲|拍|收)\s*{lx.ZH_NUMBER}\s*[个台部套件只副双瓶盒箱包支把本张条对]")
# A buy put off or denied: 'don't buy', '别买', '先不要入'.
_DENIED = re.compile(r"\b(?:don'?t|do not|never|no need to|not)\s+(?:\w+\s+)?(?:buy|get|order|grab|send)\b"
                     r"|(?:别|不要|不用|先别|先不要|勿)(?:帮我|给我)?(?:直接)?(?:买|入|拿|冲|拍|下单|抢)", re.IGNORECASE)
# Telling the shopper: 'tell me', 'let me know', 'ping me'.
_TELL = re.compile(r"\b(?:tell|let|ping|notify|alert|text|message|inform|remind) (?:me|us)\b|告诉我|通知我|提醒我|跟我说", re.IGNORECASE)
# A condition said first: 'when the Kindle Paperwhite falls to 800, …', 'once it hits 2,000, …'.
_FIRST = re.compile(r"^\s*(?:when|once|if|as soon as|whenever|should)\b[^?？]{1,80}?\b(?:falls?|drops?|dips?|sinks?|hits?|reaches?"
                    r"|gets?|comes? down|goes?|go)\b[^?？]*$", re.IGNORECASE)
# The count the buy clause names: 'get two', 'send one my way', '拿两个', '冲一台', '拍一套'.
_EN_COUNT = re.compile(rf"\b(?:buy|get|grab|order|snag|nab|pick up|purchase|send|have)\s+(?:me\s+|us\s+)?(?P<n>{lx.EN_NUMBER})\b",
                       re.IGNORECASE)
_ZH_COUNT = re.compile(rf"(?:入手?|拿下?|冲|拍下?|收|买|下单)\s*(?P<n>{lx.ZH_NUMBER}|俩|仨)\s*[个台部套件只副双瓶盒箱包支把本张条对]?")


# A count said with the price it is wanted at: 'two at 2,600 or under', 'one at 1,500 or less' (that many, bought
# once the price is met).
_COUNT_AT = re.compile(r"(?:^|[,;:—–-]\s*)(?P<n>one|two|three|four|five|six|\d{1,2})\s+at\s+[¥￥]?\d[\d,]*(?:\.\d+)?k?"
                       r"\s*(?:yuan|rmb|kuai)?\s+(?:or (?:under|less|lower|below|cheaper)|tops|max)\b", re.IGNORECASE)


# Within a price, a buying verb and a count, in a watch: '一百以内拍三个', '两千以下入一台'.
_CAPPED_COUNT = re.compile(rf"{_ZH_AMOUNT}\s*(?:元|块|蚊)?\s*(?:以内|以下|之内)\s*(?:就\s*)?(?:帮我\s*)?"
                           rf"(?:买|入手?|拍下?|抢|拿下?|冲|收|下单)\s*(?:{lx.ZH_NUMBER}|俩|仨)")


# The product said first in its own clause, then a price and a count bought below it and nothing after:
# '佳能R50，四千五以下买一台' (the buy waits for the price). With the product after the count ('三百以内买个暖风机') or
# said with 以内 (a budget) it is a purchase, and so it is with anything after but how long or often to look
# ('…买两箱，送家里').
_NAMED_THEN_BELOW = re.compile(
    rf"^[^，,。；;]*?(?:[\u4e00-\u9fff]{{2}}|[A-Za-z]{{2}})[^，,。；;]*[，,]\s*{_ZH_AMOUNT}\s*(?:元|块|蚊)?\s*以下\s*"
    rf"(?:就\s*)?(?:买|入|拍|下单|抢|收)\s*(?:{lx.ZH_NUMBER}|俩|仨)\s*[个台部套件只副双瓶盒箱包支把本张条对]?\s*"
    r"(?:[。！!]?\s*$|[，,；;]\s*(?=[^，,；;]*(?:盯|看|查|瞅|守)))")


def named_then_below(text: str) -> bool:
    """'科沃斯X2，两千八以下买两台': a product, then a count bought once its price is below the amount."""
    return bool(_NAMED_THEN_BELOW.search(text)) and not _DENIED.search(text)


def buys(text: str) -> bool:
    """A watch whose buy clause says to buy once the price is met ('below 2,200 get two', '跌到两千就闭眼入')."""
    if named_then_below(text):
        return True  # '佳能R50，四千五以下买一台'
    if _COUNT_AT.search(text) and not _DENIED.search(text):
        return True  # 'two at 2,600 or under'
    if _CAPPED_COUNT.search(text) and not _DENIED.search(text):
        return True  # a watch's '一百以内拍三个': three bought once it is under a hundred
    if _DENIED.search(text) or not _CONDITION.search(text):
        return False
    return bool(_EN_BUY.search(text) or _ZH_BUY.search(text))


def is_watch(text: str) -> bool:
    """A purchase that waits for a price, said as a condition and a buy clause after it ('if under 4,000 buy 1',
    'when it falls to 800, send one my way', 'twice a day check; below 2,200 get two'). A cap said plainly before a
    count ('notebooks under 20, get five') is a purchase: the price must move, be a condition, or be looked at often."""
    if named_then_below(text):
        return True  # '佳能R50，四千五以下买一台'
    condition = _CONDITION.search(text)
    if condition is None or _DENIED.search(text):
        return False
    after = text[condition.end():]
    if not (_EN_BUY.search(after) or _ZH_BUY.search(after)):
        return tells(text)
    before = text[max(0, condition.start() - 30):condition.start()]
    return bool(_MOVING.search(condition.group(0)) or _IF.search(before) or lx.check_interval(text))


def tells(text: str) -> bool:
    """A price said to move and the shopper told then, in any order: 'whether the Dyson Airwrap will ever go under
    2,500 — tell me'."""
    condition = _CONDITION.search(text)
    return bool(condition and _MOVING.search(condition.group(0)) and _TELL.search(text))


def told_when(text: str) -> bool:
    """A watch said condition first, then its buy clause: 'when the Kindle falls to 800, let it come to me — one'."""
    return bool(_FIRST.search(text)) and is_watch(text)


def quantity(text: str) -> int | None:
    """How many the buy clause names: 'get two', 'send one my way', '拿两个', '冲一台'."""
    if (at := _COUNT_AT.search(text)) is not None:
        return lx.en_number(at.group("n"))
    said = _EN_COUNT.search(text)
    if said:
        return lx.en_number(said.group("n"))
    condition = _CONDITION.search(text)
    zh = _ZH_COUNT.search(text[condition.end():] if condition else text)  # after the price: '跌到两百就拿下，拿两个'
    if zh:
        return {"俩": 2, "仨": 3}.get(zh.group("n")) or lx.zh_number(zh.group("n"))
    return None


# ---- the product's span ---------------------------------------------------------------------------------

# A wish to know said first: "I'd quite like to know if", "I'd really like to hear if", 'I wonder whether'.
_WISH = re.compile(r"^\s*(?:(?:i|we)(?:'d|'m| would| am| do)?(?:\s+(?:\w+ly|quite|so|very much|rather|just|also))?\s+(?:like|love"
                   r"|want|wish|wonder(?:ing)?|(?:be |am |'m )?curious|(?:am |'m )?keen)(?:\s+to\s+(?:know|hear|find out|be told"
                   r"|learn|see))?|it'?d be (?:nice|good|great|handy) to (?:know|hear|find out))\s+(?:if|whether)\b", re.IGNORECASE)
# Condition words that end the product: 'till it hits', 'until it drops', 'will ever go under', 'ever dips below'.
_ENDS = re.compile(r"\b(?:until|till|til|unless)\b(?=\s+(?:it|they|the|its|their|prices?|that|this)\b)"
                   r"|\b(?:will|would|might|could|does|do|did) (?=ever\b)|\bever\b|\b(?:dips?|sinks?|slides?|slips?|tumbles?|plunges?|plummets?|lands?"
                   r"|touch(?:es)?)\b(?=\s+(?:below|under|beneath|to|at|less)\b|\s*(?:,|$))", re.IGNORECASE)
# The watch verb and what it takes: 'keep an eye on the Garmin Forerunner 265', 'track the Switch OLED'.
_OBJECT = re.compile(r"\b(?:keep (?:an |a close )?eye on|keep tabs on|watch|track|monitor|follow|check on)\s+(?P<obj>[^,;:.!?—–]+)",
                     re.IGNORECASE)


def unframed(text: str) -> str:
    """The watch without its frame and condition words around the product ("I'd quite like to know if the Le
    Creuset casserole ever dips below 1,500" → 'if the Le Creuset casserole , below 1,500'); the buy clause ('send
    one my way') is no part of the product either."""
    return _ENDS.sub(" , ", re.sub(_SENT, " , ", _WISH.sub("", text), flags=re.IGNORECASE))


def verb_object(text: str, parts: list[str]) -> str | None:
    """Of the pieces left once a watch's frame is dropped, the one the watch verb takes, when it is among them."""
    found = _OBJECT.search(text)
    if found is None or len(parts) < 2:
        return None
    taken = found.group("obj").lower()
    named = [p for p in parts if re.search(r"\w{2}", p) and p.lower() in taken]
    return max(named, key=len) if named else None


# A calming remark said as its own clause: '不着急', '甭着急' (read as 不用着急), '别急哈', '慢慢来', '不赶时间', '唔使急'.
_CALM = re.compile(r"(?:^|(?<=[，,。；;！!\s]))\s*(?:(?:不用|不|别|甭|莫|唔使|唔好|无使|勿)(?:太|那么|这么)?(?:着急|急|慌|催)"
                   r"|慢慢来|不赶时间|不赶)(?:哈|啊|呀|哦|嘛|的|哈哈)?\s*(?=[，,。；;！!]|$)")
# A brand and its model, said with letters: '德龙EC9155', '极米H6', '大疆Pocket 3' (not '双11', not '小米手环9').
_BRAND_MODEL = re.compile(r"[\u4e00-\u9fff]{1,4}\s?[A-Za-z][A-Za-z-]*\s?\d{1,5}[A-Za-z]*(?:\s?(?:Pro|Max|Ultra|Plus|mini|Slim|SE))*")


def zh_clauses(rest: str) -> list[str]:
    """A Chinese watch's clauses, without a calming remark said as one ('不着急，任天堂Switch 2帮我盯着'): the pieces of one
    clause never join those of another ('想换台意式咖啡机，德龙EC9155' is two)."""
    return [c for c in re.split(r"[，,。；;！!]+", _CALM.sub("，", rest)) if c.strip()]


# A piece that only describes: a pack's contents or a quality ending in 的 ('一套六个的', '大号的').
_DESCRIBES = re.compile(rf"^(?:{lx.ZH_NUMBER}|每)\s*[个台部套件只副双瓶盒箱包支把本张条对]|的$")


def zh_named(parts: list[str]) -> list[str]:
    """A Chinese watch's pieces that may name the product: not one that only describes it ('一套六个的'), when another
    is left."""
    return [p for p in parts if not _DESCRIBES.search(p.strip())] or parts


def zh_model(parts: list[str]) -> str | None:
    """Of a Chinese watch's pieces, the one brand and model said with letters, when one piece is just that
    ('咖啡机' and '德龙EC9155': the model is what is watched)."""
    models = [p for p in parts if _BRAND_MODEL.fullmatch(p.strip())]
    return models[0].strip() if len(models) == 1 else None
