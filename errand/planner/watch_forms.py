"""Price watches said in forms the watch reader's own words do not hold, rewritten into those words:

- how long said as a noun: 'Theragun Mini: 45 days of watching, buy 2 at …' (→ 'watch for 45 days'), 'a 30-day
  watch';
- the buy said as auto-buy, snap up or scoop up ('auto-buy one at 260 or under', 'snap up three if it drops to 250',
  'when it dips to 3,800, snap one up'),
  'the moment it hits' for 'when it hits', and a per-unit 'each' after the target ('at 1,100 each or less');
- the name of a list before a colon ('camping wish list:', 'watchlist:'): where the product is kept, not the product;
- a forecast the shopper wants to be told of once it comes true ('预计未来十天，X价格有望回落至两千，届时请提醒';
  'the X may fall to 800 within 10 days — alert me then'; 'analysts expect the X to dip to 3,800');
- Chinese verbs of buying after the price said with their count: '降到三千就下一台', '就下一单' (→ 就买);

and, once the watch is read, what it reads back as said:

- a brand whose name begins with a number word ('三只松鼠', '六个核桃', '361度', '两面针', '7 For All Mankind'): the
  number is part of the name, not a count (the span model's query keeps it too).

Only sentences with one of these forms are rewritten; a watch without a product or a target still asks.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_EN_COUNT = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty|thirty|forty|sixty|ninety)"
_UNIT = r"(?:days?|weeks?|months?|fortnights?)"
# How long, said as a noun: '45 days of watching', 'two weeks of tracking', 'a 30-day watch'.
_PERIOD_OF = re.compile(rf"\b(?P<n>{_EN_COUNT})[ -](?P<unit>{_UNIT}) of (?:price[- ])?(?:watching|tracking|monitoring|lookout)\b", _I)
_PERIOD_WATCH = re.compile(r"\b(?:an? |one )?(?P<n>\d{1,3})-(?P<unit>day|week|month) (?:price[- ])?watch\b(?: (?:on|for|of)\b)?", _I)
# The buy said as auto-buy, snap up, scoop up (snap up only where a price or a condition follows).
_AUTO_BUY = re.compile(r"\bauto[- ]?(?:buy|purchase|order)\b", _I)
_SNAP = re.compile(r"\b(?:snap|scoop|snatch) up\b(?=[^.;!?]*\b(?:at|when|if|once|the moment|as soon as|hits?|drops?|falls?"
                   r"|dips?|under|below)\b)", _I)
# The buy said 'snap one up', 'scoop two up', 'snap it up' after a price condition: 'when it dips to 3,800, snap one up'.
_SNAP_COUNT = re.compile(r"(?<=\d)(?P<gap>[^.;!?\d]{0,12}?)\b(?:snap|scoop|snatch|hoover)\s+(?P<n>it|them|one|two|three|four|five"
                         r"|a pair|\d{1,2})\s+up\b", _I)
_PRICED = re.compile(r"\b(?:at|hits?|to|under|below|reach(?:es)?|is|of)\s+(?:rmb\s*|[¥￥$€£]\s*)?\d", _I)
_MOMENT = re.compile(r"\b(?:the (?:moment|minute|second|instant)|the day)\b(?= (?:it|they|the price)\b)", _I)
_EACH = re.compile(r"(?<=\d)\s+(?:each|apiece|a piece|per unit|a unit)\b(?=\s+or\s+(?:less|under|lower|below|cheaper)\b|\s*(?:[,;.!—–-]|$))", _I)
# A list's name before a colon: 'bonsai wish list:', 'watchlist:', 'my wishlist -'.
_LIST = re.compile(r"^\s*(?:(?:my|our|the)\s+)?(?:[\w'-]+\s+){0,2}(?:wish\s?list|watch\s?list|wants list)\s*[:：—–-]\s*", _I)
# An English forecast: 'Forecast:', 'analysts expect the X to dip to', 'the X may fall to', 'is expected to drop to'.
_FORECAST_LEAD = re.compile(r"^\s*(?:forecast|prediction|heads[- ]up|rumou?r)\s*[:：—–-]\s*"
                            r"|^\s*(?:(?:analysts|experts|reviewers|people|they|reports?|rumou?rs?)\s+(?:expect|predict|say|think|reckon|suggest)s?"
                            r"|(?:i|we) (?:expect|reckon|predict))\s+(?:that\s+)?", _I)
_FORECAST_MOVE = re.compile(r"\b(?:may|might|could|should|will|(?:is|are) (?:expected|predicted|forecast|tipped|likely|set) to|to)"
                            r"\s+(?:fall|drop|dip|slide|come down|go down|sink|be cut)\s+(?P<to>to|below|under)\b(?=\s*(?:rmb\s*|[¥￥]\s*)?\d)", _I)
_FORECAST_THEN = re.compile(r"(?:[,;—–-]\s*)?\bwhen (?:it|they|that) (?:does|do|happens)\b\s*,?|(?<=\bme) then\b|(?<=\bus) then\b", _I)
# A Chinese forecast: '预计未来七天', '据预测', '有望回落至五百', '届时请提醒'.
_ZH_FORECAST = re.compile(r"(?:预计|预期|据预测|据说|预测|听说)(?=.{0,40}(?:有望|可能|会|将)?(?:回落|回调|下探|跌|降))")
_ZH_LIKELY = re.compile(r"(?:有望|可能会?|或将|将会?|会)(?=\s*(?:回落|回调|下探|跌|降))")
_ZH_FALL = re.compile(r"(?:回落|回调|下探|跌|降)(?:至|到)")
_ZH_TO_AMOUNT = re.compile(r"(?:回落|回调|下探|跌|降)(?:至|到)\s*[零一二两三四五六七八九十百千万\d]")
_ZH_THEN = re.compile(r"(?:届时|到时候?|那时候?)\s*(?:请|麻烦)?\s*(?:提醒|通知|告诉|叫|喊)(?:一下)?(?:我)?")
# A buy said after the price with its count, '就下一台', '就下一单', '就下两件'.
_ZH_PLACE = re.compile(r"(?<=[就再])\s*(?:直接)?下(?=\s*(?:[一两二三四五六七八九十\d]+|俩|仨)\s*[台个件部双只套瓶盒箱袋支把副条本张对罐包]|\s*一?单)")
# A price said to move before the buy: 'when it dips to', 'if they drop to', 'once it hits', 降到.
_WATCHED_PRICE = re.compile(r"\b(?:when|if|once|as soon as|whenever|should)\b[^.;!?]{0,30}\b(?:falls?|drops?|dips?|sinks?|hits?"
                            r"|reach(?:es)?|gets? (?:to|down to)|comes? down to|goes? (?:down )?to|is|are|under|below)\b", _I)
_WATCHED = re.compile(r"\b(?:watch|track|monitor|keep (?:an |a close )?eye on|buy|get|grab|order|tell|let|alert|notify|ping)\b"
                      r"|盯|关注|提醒|通知|告诉|买|拍|入|下单", _I)


# The price's moment said as 'the moment', 'the minute', 'the second', 'as soon as' before an amount: 'buy it the
# moment it's 2,500', 'the minute they hit 300' read as 'when'.
_THE_MOMENT = re.compile(r"\b(?:the (?:very )?(?:moment|minute|second|instant)|(?:as )?soon as|right when|straight away when)"
                         r"(?=\s+(?:it|they|the price|its price)(?:'s|'re| is| are|\s+(?:hits?|gets? to|drops? to|falls? to"
                         r"|reaches|goes to|dips? to|comes? down to))\s*(?:rmb\s*|[¥￥]\s*)?\d)", re.IGNORECASE)


def plain(text: str) -> str:
    """A watch said in one of these forms, in the watch reader's words; other text as it was."""
    text = _THE_MOMENT.sub("when", text)
    said = text
    if (_ZH_FORECAST.search(text) or _ZH_THEN.search(text)) and _ZH_TO_AMOUNT.search(text):
        text = _ZH_THEN.sub("提醒我", _ZH_FALL.sub("降到", _ZH_LIKELY.sub("", _ZH_FORECAST.sub("", text))))
        text = re.sub(r"未来\s*((?:[一两二三四五六七八九十\d]+)\s*(?:天|周|个?星期|个?礼拜|个月))(?:内|之内|以内)?", r"\1内", text)
        text = re.sub(r"(?<![一两二三四五六七八九十\d])下个?(?:月|周|星期|礼拜)", lambda m: "一个月内" if m.group(0).endswith("月") else "一周内", text)
    text = _ZH_PLACE.sub("买", text).replace("就买一单", "就下单").replace("就买单", "就下单")
    lead = _FORECAST_LEAD.search(text)
    if lead is not None or _FORECAST_MOVE.search(text):
        moved = _FORECAST_MOVE.sub(r"drops \g<to>", text[lead.end():] if lead else text)
        if moved != (text[lead.end():] if lead else text) or lead is not None and _WATCHED.search(moved):
            text = _FORECAST_THEN.sub(" ", moved)
    marked = False
    for pattern in (_PERIOD_OF, _PERIOD_WATCH):
        if pattern.search(text):
            text, marked = pattern.sub(lambda m: f"watch for {_span(m)}"
                                       + (" ," if m.group(0).endswith(("on", "for", "of")) else ""), text), True
    # a buy that waits for its price; said without one ('auto-buy the X') it is a watch that asks the price
    buy = "buy" if _PRICED.search(text) else "watch and buy"
    if _AUTO_BUY.search(text):
        text, marked = _AUTO_BUY.sub(buy, text), True
    if _SNAP_COUNT.search(text) and _WATCHED_PRICE.search(text):
        text, marked = _SNAP_COUNT.sub(lambda m: f"{m.group('gap')}buy {m.group('n')}", text), True
    if _SNAP.search(text):
        text, marked = _SNAP.sub(buy, text), True
    if (listed := _LIST.match(text)) is not None and _WATCHED.search(text[listed.end():]):
        text, marked = "watch: " + text[listed.end():], True
    if marked:
        text = _EACH.sub("", _MOMENT.sub("when", text))
    return text if text.strip() else said


_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "twelve": 12, "fourteen": 14, "twenty": 20, "thirty": 30, "forty": 40, "sixty": 60, "ninety": 90}


def _span(match: re.Match[str]) -> str:
    """'45 days', 'a fortnight' (→ '14 days'), 'two weeks' (→ '2 weeks'): how long, in figures."""
    said = match.group("n").lower()
    count = int(said) if said.isdigit() else _WORDS[said]
    unit = match.group("unit").lower().rstrip("s")
    if unit == "fortnight":
        count, unit = count * 14, "day"
    return f"{count} {unit}{'' if count == 1 else 's'}"


# A watch stopped or called off: 'stop watching the X', 'cancel the watch on', '别盯了', 'X不用盯了', '取消…价格提醒'.
_STOPPED = re.compile(
    r"\b(?:stop|quit|cancel|end|drop|kill|turn off|switch off|delete|remove|no need to keep|don'?t (?:keep|bother))\s+"
    r"(?:the |my |that |this )?(?:price[- ])?(?:watch(?:ing|es)?|track(?:ing)?|monitor(?:ing)?|alerts?|auto[- ]?buy)\b"
    r"|\bno (?:longer|more) (?:need to )?(?:watch|track|monitor)\b|\b(?:un-?watch|unfollow)\b"
    # '别盯了', '不用再盯了', '别帮我盯着了', '不用盯', said to end its clause ('不用盯太久，三天就行' is still a watch)
    r"|(?:别|不用|不要|不必|甭|莫|无需|用不着|不)(?:再|继续)?(?:帮我)?(?:盯|关注|监控|蹲|看着|追踪)(?:着|住|价格?)?(?:了|啦|啊|哈)?(?=\s*(?:[，,。.!！；;]|$))"
    r"|(?:取消|停止|停掉|关掉|关闭|撤销|删掉|删除)(?:[^，。,.]{0,20}?)(?:价格)?(?:提醒|监控|盯价|关注|追踪|盯)", _I)


def stops(text: str) -> bool:
    """Whether the sentence calls a watch off ('stop watching the Theragun', '三只松鼠坚果礼盒不用盯了'): no errand here does
    that, so it is asked about, never read as a purchase or a new watch."""
    return bool(_STOPPED.search(_STOPWATCH.sub(r"\1stopwatch", text)))


# The timer a shopper buys ('a digital stop watch', '2 stop watches', 'buy stop watch'), not a watch being stopped.
_STOPWATCH = re.compile(r"\b((?:a|an|\d+|digital|sports?|new|buy|get|order|me)\s+)stop[- ]watch(?!ing)", _I)


def said_plainly(text: str) -> bool:
    """Whether the (rewritten) sentence is a watch in one of the forms above that names how long, or what to do at
    a target: the learned ranker's doubt about an unknown brand name does not outweigh it."""
    return bool(re.search(r"^watch: |\bwatch for \d+ (?:days?|weeks?|months?)\b", text, _I)) and bool(
        re.search(r"\d", re.sub(r"\bwatch for \d+ \w+", "", text)))


# ---- the product as said ----------------------------------------------------------------------------

# Brands whose names begin with a number word: the number is part of the name.
_NUMBERED_BRANDS = (
    "三只松鼠", "七匹狼", "九阳", "五粮液", "六个核桃", "361度", "3M", "两面针", "三顿半", "五芳斋", "六神", "十月稻田",
    "七彩虹", "九牧王", "九牧", "八喜", "一加", "三星", "千禾", "百雀羚", "三全", "五谷磨房", "六必居", "七度空间",
    "十八子作", "三枪", "四季沐歌", "八马", "九号", "五菱", "七喜", "百草味", "一叶子", "三棵树", "7-Eleven",
    "361 Degrees", "7 For All Mankind", "1More", "5.11 Tactical", "100 Thieves", "4711", "7Up", "3CE", "2XU",
)


def named_brand(query: str, said: str) -> str:
    """``query`` with a brand's leading number word put back when the reader took it for a count ('松鼠坚果礼盒'
    from '三只松鼠坚果礼盒…' → '三只松鼠坚果礼盒'; 'Degrees running shoes' → '361 Degrees running shoes')."""
    folded = said.casefold()
    at = folded.find(query.casefold()) if query else -1
    for brand in _NUMBERED_BRANDS:
        begins = folded.find(brand.casefold())
        if begins < 0 or brand.casefold() in query.casefold() or at < 0:
            continue
        if begins < at <= begins + len(brand):  # the query begins inside the brand's name or right after it
            return said[begins:at] + query
    return query


def keeps_brand(rules: str, span: str) -> bool:
    """Whether ``span`` keeps each brand beginning with a number word that ``rules`` names ('两面针牙膏' is not '针牙膏')."""
    return all(brand.casefold() in span.casefold() for brand in _NUMBERED_BRANDS if brand.casefold() in rules.casefold())
