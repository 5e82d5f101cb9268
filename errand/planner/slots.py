"""A small grammar of slots for shoppers' sentences: how many (with classifiers), a price cap (per unit or
in total), and the product words left when every other slot and the polite framing around it are taken out.

Each reader finds its slot anywhere in the sentence and returns the text without it, so the product is what
remains rather than what sits in one fixed position: "let me know if <product> gets cheaper than ¥50" and
"keep an eye on <product> prices for two weeks" leave the same product.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import everyday_goods as eg
from . import lexicon as lx

# Classifiers that count packages of the product: "three boxes of tea bags" is three boxes.
_CONTAINER = (r"packs?|packets?|boxes|box|bottles?|bags?|cans?|cartons?|rolls?|tubes?|jars?|tins?|bars?|sets?"
              r"|pieces?|pcs|units?|cups?|loaves|loaf|sheets?|reams?|cases?|crates?|bunch(?:es)?|cop(?:y|ies)")
CONTAINER = _CONTAINER
# A pair is one thing of its kind: "a pair of running shoes" is one pair, "two pairs of socks" two.
_PAIR = r"pairs?"
_DOZEN = r"dozens?"
# A weight sold by the unit: '5 kg of beef brisket' is five kilos.
_WEIGHT = r"kg|kilos?|kilograms?|lbs?|pounds?"

EN_QUANTITY = re.compile(
    rf"^(?:(?P<half>(?:a\s+)?half(?:\s+a)?\s+dozen)|(?P<n>{lx.EN_NUMBER}|a|an)(?:\s*(?:x|×)\s+|\s*×\s*|\s+)(?:(?P<dozen>{_DOZEN})\s+(?:of\s+)?)?"
    r"(?:(?P<measure>\d+(?:\.\d+)?\s*(?:kg|g|l|ml|lb|litres?|liters?))\s+(?=(?:" + _CONTAINER + r")\s+of\b))?"
    rf"(?:(?P<pair>{_PAIR})\s+of\s+|(?P<container>{_CONTAINER}|{_WEIGHT}|(?!lots\b|kinds\b|sorts\b|types\b)[a-z]+s)\s+of\s+)?)",
    re.IGNORECASE,
)


def en_quantity(text: str) -> tuple[int | None, str]:
    """The count a product phrase starts with and the phrase without it; (None, text) when none is said.

    'a pair of shoes' → 1, 'two pairs of socks' → 2, 'a dozen eggs' → 12, 'half a dozen' → 6, '2 x AA' → 2.
    """
    match = EN_QUANTITY.match(text)
    if not match or match.end() == 0:
        return None, text
    rest = text[match.end():]
    if match.group("measure"):
        rest = f"{match.group('measure')} {rest}"  # 'a 5kg bag of dog food': the measure is the product's
    if match.group("half"):
        return 6, re.sub(r"^(?:of\s+)", "", rest.lstrip())
    raw = match.group("n").lower()
    if raw in ("a", "an") and not (match.group("dozen") or match.group("pair") or match.group("container")):
        return 1, rest
    if raw == "a pair of":
        return 1, rest
    number = 1 if raw in ("a", "an") else lx.en_number(raw)
    if number is None:
        return None, text
    if match.group("dozen"):
        number *= 12
    return number, rest


_ZH_MEASURE = r"(?:包|盒|瓶|个|件|台|副|对|袋|箱|杯|支|节|只|双|套|份|罐|桶|条|根|本|张|把|卷|打(?!印)|斤|块|片|听|板|部|枝|款|串|提|盏|枚|顶(?!天|级|端|部|层|尖|多|住|替)|饼(?!干)|筒(?!子)|捆)"
ZH_MEASURE = _ZH_MEASURE
ZH_QUANTITY = re.compile(rf"(?P<n>{lx.ZH_NUMBER}|半)(?P<m>{_ZH_MEASURE})|(?P<short>俩|仨)(?:{_ZH_MEASURE}(?![\u4e00-\u9fff]))?")  # '仨桶' at a clause's end


def zh_quantity(text: str) -> tuple[int | None, str]:
    """'两包' → 2, '俩' → 2, '一打' → 12, '半打' → 6, '一双' → 1 (a pair), at the start of a phrase."""
    match = ZH_QUANTITY.match(text) or ZH_QUANTITY.search(text)  # '下单：防晒霜 1支': a count said after it
    if not match:
        return None, text
    rest = text[match.end():] if match.start() == 0 else text[: match.start()] + text[match.end():]
    if match.group("short"):
        return (2 if match.group("short") == "俩" else 3), re.sub(r"^个", "", rest)
    number = 0.5 if match.group("n") == "半" else lx.zh_number(match.group("n"))
    if number is None:
        return None, text
    if match.group("m") == "打":
        number *= 12
    return int(number), rest


@dataclass
class Cap:
    amount: int | None
    per_unit: bool
    total: bool
    start: int
    end: int


NUMBER_WORD = _NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b")
# Money said in words: 'two hundred', 'eighty', 'one thousand five hundred'.
_AMOUNT_WORDS = rf"(?P<words>{_NUMBER_WORD}(?:[\s-](?:and\s)?(?:{_NUMBER_WORD}|hundred|thousand))*)"
_AMOUNT = rf"(?P<amount>\d(?:[\d,]*\d)?(?:\.\d+)?|{_AMOUNT_WORDS})\s*(?P<k>k\b)?"
_CUR = r"(?:¥|￥|rmb\s*|cny\s*)"
_UNIT = r"(?:yuan|rmb|cny|元|块|bucks|kuai)"
_TOTAL = (r"(?P<total>\s*,?\s*(?:in total|total|altogether|all in|for all(?: of them)?|overall|combined|for (?:both|all))"
          rf"(?:\s+(?:{lx.EN_NUMBER}|\d+)(?=\s*[:,;—–-]))?\b)")  # 'for all three: …'
# A roll, a tin or a set is a unit a cap is said per as much as a bottle: 'under 40 per roll', 'under 8 a roll'.
_PER = r"(?:cup|item|pack|unit|piece|one|bottle|box|can|bag|pair|roll|tin|tube|jar|set|ream|reel|tub|case|carton|kit)"
_EACH = (rf"(?P<each>\s*,?\s*(?:each|apiece|a piece|per {_PER}"
         rf"|a (?!piece){_PER}|each one)\b)")
# What a cap can end on: 'under 30 each', '¥80 tops', '150 rmb max', '2000 or lower'.
_AFTER = r"(?P<after>\s*(?:tops|max(?:imum)?|at most|or (?:less|under|lower|below|cheaper))\b)"
EN_CAP = re.compile(
    r"(?:\b(?P<lead>(?:total|in total|altogether)\s*:?\s*)?(?:(?:spend(?:ing)?|pay(?:ing)?|costing)\s+)?(?P<word>under|below|less than|nothing (?:over|above|more than)|not above|not exceeding|not to exceed|no higher than|sub-|no more than|not more than|no more then|not over|at most|max(?:imum)?(?: of)?|up to"
    r"|within|budget(?: total| in total)?(?: of| is)?|(?:price )?ceiling(?: of| is)?|(?:(?<=,\s)|(?<=^)|(?<=total\s))(?:price )?cap(?:ped)?(?: of| at| is)?|cheaper than|for under|for less than|for|target(?: price)?(?: of| is)?)\s*:?\s*"
    r"(?:(?:about|around|roughly|approximately)\s+)?"
    rf"|(?P<sign>≤|<=|<)\s*)?(?P<cur>{_CUR})?{_AMOUNT}\s*(?P<unit>{_UNIT})?{_AFTER}?(?:{_TOTAL}|{_EACH})?",
    re.IGNORECASE,
)


# 'Max' as a model's name: capitalised, right after a capitalised word or 'pro'/'air' ('Air Max 90', 'Pro Max').
_NAMED_MAX = re.compile(r"(?:\b[A-Z][\w-]*|\b(?i:pro|air))\s+(?-i:Max)$")


def en_cap(text: str) -> Cap | None:
    """The shopper's price cap: 'under ¥40', 'max 20 rmb each', '150 yuan total', 'budget 120'.

    A bare 'for N' is a cap only when N is money (a currency sign or word), so 'for 2 weeks' is not one.
    """
    for match in EN_CAP.finditer(text):
        word = (match.group("word") or "").lower()
        money = bool(match.group("cur") or match.group("unit"))
        marked = bool(match.group("total") or match.group("each"))
        if match.group("after"):
            word = word or "at most"
        trailing = re.match(r"\s*(?:max(?:imum)?|tops|at most|or less)\b", text[match.end():], re.IGNORECASE) \
            if match.group("each") else None  # '30 each max'
        if trailing and not word:
            word = "at most"
        if not (word or match.group("sign")) and not (money and marked):
            continue
        if word.startswith("max") and not money and _NAMED_MAX.search(text[: match.start("word") + 3]):
            at = match.start("word")  # 'Nike Air Max 90', 'iPhone 16 Pro Max': a model's name, not a cap
            return en_cap(text[:at] + "M~x" + text[at + 3:])
        if match.group("words") and not money and not re.match(r"\s*(?:$|[,.;!?])", text[match.end():]):
            continue  # "under two kids' hands": a count in words, not money
        if word == "for" and not money:
            continue
        if not money and re.match(r"\s*(?:days?|weeks?|months?|cups?|am|pm|o'?clock|:\d)", text[match.end():],
                                  re.IGNORECASE):
            continue
        if not money and re.match(r"(?:g|kg|mg|mm|cm|ml|l|m|hz|w|mah|gb|tb|inch(?:es)?|\")(?![a-z])", text[match.end():],
                                  re.IGNORECASE):
            continue  # 'lightweight under 60g': a measure of the product, not money
        raw = match.group("amount")
        amount = lx.amount_minor(raw)
        if amount is not None and match.group("k"):
            amount *= 1000
        budget = word.startswith("budget")
        each_before = bool(re.search(r"\b(?:each|per (?:cup|item|piece|one))\s*,?\s*$", text[: match.start()], re.IGNORECASE))
        return Cap(amount=amount, per_unit=bool(match.group("each")) or each_before,
                   total=bool(match.group("total") or match.group("lead")) or budget,
                   start=match.start(), end=match.end() + (trailing.end() if trailing else 0))
    return None


ZH_EACH = re.compile(rf"(?:每|一){_ZH_MEASURE}\s*$")
ZH_TOTAL = re.compile(r"总共|一共|总价|总计|合计|加起来")


def zh_cap(text: str) -> Cap | None:
    match = lx.zh_cap(text)
    if not match:
        return None
    before = text[max(0, match.start() - 6): match.start()]
    each = bool(match.group("each") or ZH_EACH.search(before))
    total = bool(ZH_TOTAL.search(text[max(0, match.start() - 6): match.end()]))
    start = match.start()
    lead = ZH_EACH.search(before)
    if lead:
        start -= len(before) - lead.start()
    return Cap(amount=lx.amount_minor(match.group("amount")), per_unit=each, total=total and not each,
               start=start, end=match.end())


# ---- what is left: the product -----------------------------------------------------------------------

_EN_LEAD = re.compile(
    r"^(?:(?:hey|hi|hello|ok|okay|so|um|yo)\b(?!-)[,!]?\s*|(?:please|pls|plz|kindly)\b[,]?\s*"
    r"|(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:please\s+|pls\s+)?(?:also\s+)?"
    r"|(?:i|we)\s*(?:'d|would)\s+(?:like|love)\s+(?:to\s+)?|(?:i|we)\s+(?:really\s+|also\s+)?(?:need|want|wanna)\s+(?:to\s+)?"
    r"|(?:i'm|im|i am) (?:looking for|after)\s+|(?:need|want)\s+(?:to\s+)?"
    r"|(?:(?:i'm|i am|we're|we are|(?:the|my|our) \w+ (?:is|are)) (?:out of|running (?:low on|out of))"
    r"|(?:i|we|(?:the|my|our) \w+) (?:ran|have run|'ve run|has run) out of)\s+"
    r"|(?:i|we) (?:wish|intend|hope|mean) to\s+"
    r"|(?:is it possible|would it be possible) (?:for you )?to\s+)",
    re.IGNORECASE,
)
EN_BUY_VERB = re.compile(r"^(?:(?:can|could|may) (?:i|we) (?:get|have|order)|(?:could|can|may) (?:i|we) (?:trouble|bother|ask)"
                         r" you for|buy|get|order|purchase|pick up|grab|snag|nab|cop|find|fetch|bring|send|re-?stock(?: up on)?|stock up on|procure|source"
                         r"|arrange (?:the |a )?(?:purchase|order) of"
                         # 'I'll take two dozen eggs' (not 'I'll take a refund')
                         r"|(?:i'?ll|i will|we'?ll|we will) take(?=\s+(?:\d|a |an |one |two |three |four |five |six |ten |a dozen)"
                         r"(?!.*\b(?:refund|credit|voucher|replacement|exchange|discount|look|photo|picture|note)\b)))\b(?:\s+(?:me|us)\b)?\s*[:：]?\s*",
                         re.IGNORECASE)


def strip_lead(text: str) -> tuple[str, bool, bool]:
    """Polite framing and the buying verb off the front: (rest, a verb was said, a want was said)."""
    rest, verb, want = text.strip(), False, False
    for _ in range(6):
        lead = _EN_LEAD.match(rest)
        if lead and lead.end():
            want = want or bool(re.search(r"need|want|like|love|looking|after|out of|low on", lead.group(0),
                                          re.IGNORECASE))
            rest = rest[lead.end():]
            continue
        buy = EN_BUY_VERB.match(rest)
        if buy and buy.end():
            verb = True
            rest = rest[buy.end():]
            continue
        break
    return rest, verb, want


# A buying verb or a need said after some framing: 'I should like to purchase …', 'may I ask you to buy …',
# 'the office needs …', 'my grandson says you can shop for me. I need …'. The product follows it.
_INNER_BUY = re.compile(
    r"(?<!\bmy )(?<!\bthe )(?<!\bthis )(?<!\byour )(?<!\ban )\b(?:buy|purchase|order|get (?:me|us)|pick up|grab|snag|nab|fetch"
    r"|(?:trouble|bother) you for"
    r"|needs?|wants?|(?:would|'d|should) (?:love|like)(?: to (?:buy|get|order|purchase|have))?)\b(?!-)(?:\s+(?:me|us)\b)?\s*",
    re.IGNORECASE)


def inner_request(text: str) -> str | None:
    """What follows a buying verb or a need said inside the sentence, or None when there is none."""
    match = _INNER_BUY.search(text)
    return text[match.end():] if match and match.end() < len(text) else None


# Counts and packs glued to their number ('3pcs', '6pk', '2x500ml'): written apart so the count is read.
_GLUED_PACK = re.compile(r"\b(\d+)\s*(?:pcs|pc|pieces|pk|pks|packs?)\b(?!\s+of\b)(\s+(?=(?!(?:please|pls|plz|thanks|home|office)\b)[a-z]))?",
                         re.IGNORECASE)
_GLUED_TIMES = re.compile(r"\b(\d{1,3})\s*[x×]\s*(?=\d+(?:\.\d+)?\s*(?:ml|l|g|kg|oz|lb|cm|mm|m|w|mah|gb|tb)\b)",
                          re.IGNORECASE)
# A count said anywhere as 'x2' or '×3' (a lower-case x, so model names like 'X90' stay).
_TIMES_COUNT = re.compile(r"(?:(?<=\s)|^)[x×]\s?(\d{1,3})(?=\s|$|[,.;!?])")
# A promotion code is for the checkout, not a product word: 'use code SAVE10'.
PROMO_CODE = re.compile(r"[,;]?\s*\b(?:use|apply|with)\s+(?:the\s+|my\s+)?(?:promo\s+|discount\s+|coupon\s+|voucher\s+)?"
                        r"code\s+(?P<code>[A-Za-z0-9_-]+)\b"
                        # said bare when the code is written as one: 'code WINTER15', 'promo SAVE10'
                        r"|[,;]?\s*\b(?:promo |discount |coupon |voucher )?(?:code|promo)\s*:?\s+"
                        r"(?P<bare>(?-i:[A-Z][A-Z0-9_-]*\d[A-Z0-9_-]*))\b", re.IGNORECASE)


def unglue(text: str) -> str:
    """'3pcs microfiber cloths' → '3 pieces of microfiber cloths', 'baby wipes 6pk' → 'baby wipes 6 packs',
    '2x500ml olive oil' → '2 x 500ml olive oil'."""
    text = _GLUED_PACK.sub(lambda m: f"{m.group(1)} pieces of " if m.group(2) else f"{m.group(1)} packs", text)
    return _GLUED_TIMES.sub(lambda m: f"{m.group(1)} x ", text)


def times_count(text: str) -> tuple[int | None, str]:
    """A count said as 'x2' anywhere in the phrase, and the phrase without it."""
    match = _TIMES_COUNT.search(text)
    if match is None:
        return None, text
    return int(match.group(1)), text[: match.start()] + text[match.end():]


# Politeness and time words after a product's name ('new' alone, not the 'new' of 'new-arrivals').
_EN_TAIL = re.compile(
    r"\b(?:please|pls|plz|thanks|thank you|thx|for me|now|asap|right now|today|tomorrow|tonight|if possible"
    r"|if you can|when you can|lol)\b|(?<![\w-])new(?![\w-])|(?:[?!,;:]|\.(?!\d)|(?<!\d)\.)+|\s-\s|—", re.IGNORECASE)
VAGUE_WORDS = re.compile(
    # 'a gift' names nothing; 'a gift card' does: a vague word before another noun is that noun's modifier.
    r"\b(?:something|anything|stuff|things?|whatever|everything|items?"
    r"|gifts?(?!\s+(?!for\b|to\b|from\b|that\b|which\b|ideas?\b|under\b|below\b)[a-z])|some more|more of (?:these|those|them)"
    r"|these|those|them|it|this|that|the usual|one of these)\b", re.IGNORECASE)


def tidy_product(text: str) -> str:
    """Product words as the catalogue reads them: no punctuation, no politeness, no leading article."""
    text = _EN_TAIL.sub(" ", text)
    text = re.sub(r"^\s*(?:(?:the|a|an|some|any|my|of|for)\s+)+", "", text, flags=re.IGNORECASE)
    # "a case for a Galaxy S24" reads as the catalogue's "case for Galaxy S24".
    text = re.sub(r"\b(for|with|to)\s+(?:a|an|the|my)\s+", r"\1 ", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+(?:for|to|and|with|at|by|in|of|from|on)\s*$", "", text.strip(), flags=re.IGNORECASE)
    return " ".join(text.split())


def is_vague(query: str) -> bool:
    """'something nice', 'the cheapest thing you can find', 'stuff for the party': no product named."""
    words = query.lower().split()
    if not words or len(query) < 2 and query not in eg.ONE_CHARACTER_GOODS \
            or re.fullmatch(rf"(?:{_CONTAINER}|pairs?)", query, re.IGNORECASE):  # 两瓶水: water is named
        return True  # 'twenty cups': cups of what?
    return bool(VAGUE_WORDS.search(" ".join(words[:3]))) and not re.search(r"\d|[A-Z]{2}", query)
