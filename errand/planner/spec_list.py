"""A purchase said tersely as one product followed by its specifications, a count with its measure word and a cap,
each in a comma-separated part of its own, written as one plain request:

- 'kite line, 100lb braid, 2 spools' → 'buy 2 spools of 100lb braid kite line';
- 'a glue gun, one, eighty tops' → 'buy 1 glue gun, under 80'; 'track, 10 lengths, total under 450' keeps its total;
- a trade or a scene said before a colon or a dash is what the purchase is for, not the product's words
  ('florist: floral tape, green, 6 rolls' → 'buy 6 rolls of green floral tape for the florist');
- a count taken back is the last one said ('4 mugs — wait no, 3 mugs'); '6 of the 5kg ones' is six of the 5kg kind;
- number words with a hyphen ('twenty-four', 'one-fifty' as a price: 150);
- an age after a person in an advertisement ('LOCAL MAN, 40, SEEKS …') is no count.

Every part after the product must read as a specification (a size, a percentage, a material, a colour, 'for 8
people'), a count, a cap in yuan or a courtesy; otherwise the sentence is left as it was said, for the other readers
and the gate: two products ('3 mugs, 2 plates', 'a kettle, a toaster'), an open count, a cap in another currency.
"""

from __future__ import annotations

import re

from . import speaker as sp

_I = re.IGNORECASE
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
          "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_NUM = rf"(?:\d{{1,4}}|(?:{_WORD})(?:[- ](?:{_WORD}))?|a dozen|half a dozen)"
# The words a count is measured in when it is said after the product: '12 cubes', '3 reels', '2 sets'.
_MEASURE = (r"(?:cubes?|lengths?|spools?|rolls?|reels?|bags?|bars?|sets?|bottles?|packs?|packets?|boxe?s|box|tubes?|tubs?"
            r"|tins?|cans?|jars?|pairs?|sheets?|coils?|skeins?|balls?|hanks?|bundles?|cartons?|cases?"
            r"|sacks?|sticks?|blocks?|bolts?|loaves|loaf|bunch(?:es)?|dozens?|cards?|pads?|kits?|pots?|sachets?"
            r"|crates?|trays?|drums?|pails?|buckets?|tubs?|strips?|lots?)")
_COUNT = re.compile(rf"^(?P<n>{_NUM})(?:\s+(?P<m>{_MEASURE})(?:\s+of\s+(?:them|those|these|each))?|\s+of\s+(?:them|those|these"
                    rf"|each)|\s+of\s+the\s+(?P<spec>[\w.%-]+(?:\s+[\w.%-]+)?)\s+ones?|\s+(?:please|pls|thanks|total))?$", _I)
_AMOUNT = rf"(?:[¥￥]\s?)?(?P<amt>\d[\d,]*(?:\.\d{{1,2}})?k?|{_NUM}|a hundred|(?:{_WORD}) hundred)(?:\s*(?:yuan|rmb|kuai|元|块))?"
_EACH = r"(?P<each>each|apiece|a piece|per (?:piece|item|unit|one)|a pop|a go)"
_TOTAL = r"(?P<total>total|in total|all in|altogether|for the lot|for all|all together)"
_CAP_WORD = (r"(?:under|below|max\.?|maximum|no more than|not more than|no dearer than|not dearer than|nothing over|not over"
             r"|no higher than|up to|less than|at most|within|tops)")
_CAP = re.compile(rf"^(?:{_TOTAL.replace('total>', 'total1>')}\s+|{_EACH.replace('each>', 'each1>')}\s+)?{_CAP_WORD}\s+{_AMOUNT}"
                  rf"(?:\s+{_EACH}|\s+{_TOTAL})?$"
                  rf"|^(?:{_TOTAL.replace('total>', 'total2>')}\s+)?{_AMOUNT.replace('amt>', 'amt2>')}\s+(?:tops|max|or less"
                  rf"|or under|at most|or below)(?:\s+{_EACH.replace('each>', 'each2>')}|\s+{_TOTAL.replace('total>', 'total3>')})?$",
                  _I)
_POLITE = re.compile(r"^(?:please|pls|plz|thanks|thank you|thx|ta|cheers|cheers mate|onegaishimasu|kudasai|bitte|danke|merci"
                     r"|por favor|gracias|grazie|obrigad[oa]|xie xie|if you can|if possible|ta very much)[.!]?$", _I)
# The words a specification may be made of besides digits: colours, materials, sizes, kinds.
_SPEC_TEXT = """
red blue green yellow black white grey gray brown pink purple orange beige cream navy teal gold silver clear bright dark
pale light natural ivory tan khaki maroon turquoise violet lilac mint charcoal transparent neon pastel matte matt gloss
glossy satin metallic aluminium aluminum steel stainless copper brass bronze iron cast cotton wool woollen linen silk
bamboo oak pine beech walnut cork rubber silicone plastic glass ceramic leather nylon polyester dyneema kevlar carbon
titanium wooden wood paper felt jute coir hemp foam canvas enamel porcelain marble granite acrylic vinyl latex nitrile
wax beeswax soy airtight insulated magnetic wireless non-stick nonstick non-slip anti-slip
braid braided mono monofilament fluorocarbon galvanised galvanized zinc chrome tin lead-free
small medium large xl xxl xs s m l mini extra heavy duty thick thin fine coarse soft hard firm narrow
double single king queen twin cordless waterproof unscented organic scented warm cold cool water indoor outdoor round
square flat oval adjustable foldable folding stackable portable rechargeable reusable disposable flexible rigid
left-handed right-handed lh rh size grade gauge no no. number cup cups person persons people seater ply strand grit
inch inches mm cm m metre metres meter meters ft feet foot kg g lb lbs oz ml l litre litres liter liters watt watts w v volt
volts mah gb tb pack unsalted salted plain sweet spicy mild hot strong decaf fresh frozen dried whole ground
refill refills spare spares replacement standard regular professional pro basic deluxe premium wide-mouth
slow fast quick shallow full half quarter uv uvb uva led hd
"""
_SPEC_WORDS = frozenset(_SPEC_TEXT.split())
_SPEC_SUFFIX = re.compile(r"(?:able|ible|proof|less|free|tier|ply|inch|weight|sized?|coloured|colored|tone|grain|shade)$", _I)
_JOINED = re.compile(r"\b(?:and|or|plus|with|also|then|n|&)\b|&|\+", _I)
_ARTICLE = re.compile(r"^(?:a|an|the|some|one)\s+", _I)
# A request's lead: courtesy, then the verb.
_LEAD = re.compile(r"^(?:(?:excuse me|hi|hello|hey|please|kindly|pls|sorry)[,!.]?\s+)*(?:(?:i(?:'d| would) like(?: that you buy"
                   r"(?: me| us)?| to buy)?|i need|i want|we need|(?:can|could|would) you (?:please )?(?:buy|get|order)"
                   r"(?: me| us)?|buy(?: me| us)?|get(?: me| us)?|order(?: me| us)?|grab(?: me| us)?)\s+)?(?:(?:please|kindly)\s+)?",
                   _I)
# A trade or a scene said first, before a colon or a dash: 'florist:', 'for the tortoise:', 'pottery studio —'.
_SCENE = re.compile(r"^(?P<scene>[A-Za-z][A-Za-z' -]{1,40}?)\s*(?::|\s[—–]\s|\s-\s|\s--\s)\s*(?P<rest>.+)$")
# A place saying it needs the thing: "the dry cleaner's counter needs 500 wire hangers".
_PLACE_NEEDS = re.compile(r"^(?P<scene>(?:the |our )?[a-z' -]{2,30}?(?:'s [a-z]+|\b(?:counter|shop|studio|salon|bar|kitchen|office"
                          r"|workshop|garage|club|stall|desk|site|room|yard|farm|school|hall|cafe|café|restaurant|store|clinic"
                          r"|lab|gym|bakery|surgery|stable|allotment)))\s+(?:needs|wants|is after|could use)\s+(?P<rest>.+)$", _I)
# A person's own place or a speaker, which a scene is not: "my sister's flat:", 'his office —'.
_SOMEONE = re.compile(r"\b(?:my|his|her|their|your|our)\b|'s\b(?!\s+(?:counter|shop|studio|salon|bar|kitchen|workshop|stall"
                      r"|desk|yard|room|club))", _I)
# A speaker claiming a role, or a notice, rather than a trade: 'support:', 'admin —', 'note:', 'system update:'.
_ROLE = re.compile(r"\b(?:admin\w*|system|sys|developer|dev|operator|support|security|moderator|errand|helpdesk|fraud|root"
                   r"|openai|anthropic|claude|staff|manager|boss|bank|police|customer|service|agent|assistant|bot|ai|user"
                   r"|note|notice|reminder|instructions?|orders?|task|update|warning|alert|urgent|important|ps|re|fwd?|to|from"
                   r"|subject|memo|message|reply)\b", _I)
# Another errand's words: an order, a return, a watch, a delivery; such a sentence is left to its own readers.
_OTHER_ERRAND = re.compile(r"\bord_\w+|\b(?:orders?|ordered|return\w*|refund\w*|deliver\w*|watch\w*|tracking|track (?:it|them|my|the)|cancel\w*"
                           r"|reschedul\w*|move|price|alert|if|when|once|drops?|back|send|ship\w*|by|before|tomorrow|today"
                           r"|tonight|instead|every|each time|again|same as|usual)\b", _I)
# Words no product's or trade's name is made of: a speaker's, a verb's, a pointer's, an open amount's, a filler's.
_NOT_NAMED = re.compile(
    r"\b(?:i|i'm|we|we're|you|me|us|he|she|they|it|that|this|those|these|one|ones|need|needs|want|wants|wanna|reckon|get"
    r"|got|buy|order|purchase|could|would|can|will|should|pick|please|is|are|am|was|were|be|been|keep|eye|look|find|see"
    r"|check|tell|let|know|out|up|lah|lor|leh|some|any|few|several|many|couple|lot|lots|bunch|new|which|what|who|do|does"
    r"|did|have|has|had|necessary|requesting|necesito|una|cop|grab|fetch|snag|surprise|something|anything|stuff|present"
    r"|gift|fo|da|brah|ansum|innit|mate|ngl|just|market|used|next|weather|lush|ey|uff|oh|ah|hey|yo|oi|well|so|ok|okay"
    r"|right|crikey|wow|hmm|um|er|sorry|yes|no|also|and|then|doesn't|don't|not|same|usual|again|more|other|another"
    r"|my|our|your|his|her|their|to|of|replace|qty|x\d+|\d+x|buying|ordering|getting|purchasing)\b|×", _I)
# An address said as an aside: "that's the office address", '(the office)'.
_ADDRESS_ASIDE = re.compile(r"^(?:that'?s|it'?s|which is|=)\s+(?:the|my|our)\s+(?P<label>[a-z]+)(?:\s+address)?$", _I)
# A count taken back: 'wait no', 'sorry', 'make that', 'I mean'.
_TAKEN_BACK = re.compile(r"^(?:wait,?\s+no|no,?\s+wait|sorry|actually|i mean|make (?:that|it)|scratch that|correction|no)[,:]?\s+",
                         _I)
# An advertisement's lead: 'LOCAL WOMAN, 34, URGENTLY SEEKS …' (the number is an age).
_AD = re.compile(r"^(?:[a-z]+\s+){0,3}(?:woman|man|mum|mom|dad|lady|gent|guy|girl|boy|couple|family|student|retiree|pensioner)"
                 r",\s*\d{1,3},\s*(?:[a-z]+ly\s+)?(?:seeks|wants|needs|requires)\s+(?P<rest>.+)$", _I)


def number(said: str) -> int | None:
    """'12', 'twelve', 'twenty-four', 'a dozen'; 'one-fifty' as a price is 150 (``price`` reading in ``_amount``)."""
    word = said.lower().strip()
    if word.isdigit():
        return int(word)
    fixed = {"a dozen": 12, "half a dozen": 6, "a hundred": 100}
    if word in fixed:
        return fixed[word]
    parts = re.split(r"[- ]", word)
    if len(parts) == 1:
        return _UNITS.get(word, _TENS.get(word))
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS and _UNITS[parts[1]] < 10:
        return _TENS[parts[0]] + _UNITS[parts[1]]
    if len(parts) == 2 and parts[1] == "hundred" and parts[0] in _UNITS:
        return _UNITS[parts[0]] * 100
    return None


def _amount(said: str) -> str | None:
    """A cap's amount as digits; 'one-fifty' and 'two-twenty' are said prices (150, 220)."""
    said = said.lower().strip()
    if re.fullmatch(r"\d[\d,]*(?:\.\d{1,2})?k?", said):
        return said
    parts = re.split(r"[- ]", said)
    if len(parts) == 2 and parts[0] in _UNITS and _UNITS[parts[0]] < 10 and (parts[1] in _TENS or parts[1] in _UNITS
                                                                               and _UNITS[parts[1]] >= 10):
        return str(_UNITS[parts[0]] * 100 + _TENS.get(parts[1], _UNITS.get(parts[1], 0)))
    value = number(said)
    return None if value is None else str(value)


def _spec(part: str) -> bool:
    """A specification: a few words, each a digit-bearing size, a known kind word or an adjective's ending."""
    if re.match(r"^for\s+", part, _I):  # 'for 8 persons', 'for the goats'; not a person's ('for my ex') or a doing
        return len(part.split()) <= 6 and not _JOINED.search(part) and not re.search(
            r"\b(?:my|his|her|their|your|our|him|them|someone|somebody|\w+'s|\w+ing)\b", part, _I)
    words = part.split()
    if not 1 <= len(words) <= 4 or _JOINED.search(part) or _ARTICLE.match(part):
        return False
    if re.match(r"^\d+\s+[a-z]+s$", part, _I) and words[1].lower() not in _SPEC_WORDS:
        return False  # '2 plates': a second product counted
    if any(not re.fullmatch(r"[\w.%/+'-]+", w) or re.search(r"\d\s*(?:am|pm)$|\d:\d|^x\d", w, _I) for w in words):
        return False  # '≤150', 'qty=1', '6pm': no specification
    return all(re.search(r"\d", w) or w.lower().strip(".%") in _SPEC_WORDS or _SPEC_SUFFIX.search(w)
               or re.fullmatch(rf"(?:{_WORD})-[a-z]+", w, _I) for w in words)


def plain(said: str) -> str:
    """``said`` as one plain request when it is a product, its specifications, a count and a cap; else as it was."""
    if re.search(r"[\u3000-\u9fff]", said) or "," not in said and ":" not in said or len(said) > 160:
        return said
    if _OTHER_ERRAND.search(said):
        return said
    text = " ".join(said.split()).strip().rstrip(".!")
    if text.isupper():
        text = text.lower()
    if (ad := _AD.match(text)) is not None:
        text = ad.group("rest")
    lead = _LEAD.match(text)
    text = text[lead.end():] if lead else text
    scene = ""
    if (first := _SCENE.match(text)) is not None and not re.search(r"\d", first.group("scene")) \
            and len(first.group("scene").split()) <= 4:
        scene, text = first.group("scene").strip(), first.group("rest")
        if _ARTICLE.match(scene) or re.match(rf"(?:{_NUM})\b", scene, _I) or sp.claims_system_role(f"{scene}: {text}") or _SOMEONE.search(scene) or _ROLE.search(scene) or re.fullmatch(r"[A-Z][a-z]+", scene):
            return said  # 'support: …', "my sister's flat: …", 'Bob: …' are no trade or scene
    parts = [p.strip() for p in re.split(r"\s*,\s*|\s+[—–]\s+|\s+--?\s+", text) if p.strip()]
    for at in range(len(parts) - 2, 0, -1):  # 'wait no, 2 mugs': the taking back and what it says
        if _TAKEN_BACK.match(parts[at] + " "):
            parts[at:at + 2] = [f"{parts[at]} {parts[at + 1]}"]
    if len(parts) < 2:
        return f"buy {text}" if ad is not None and not _JOINED.search(text) else said
    label = ""
    if scene and parts and (aside := _ADDRESS_ASIDE.match(parts[0])) is not None:
        label, parts = aside.group("label"), parts[1:]
    product = parts[0]
    if (needs := _PLACE_NEEDS.match(product)) is not None and not scene and not _SOMEONE.search(needs.group("scene")):
        scene, product = needs.group("scene"), needs.group("rest")
    count: int | None = None
    measure = ""
    lead_count = re.match(rf"^(?P<n>{_NUM})\s+(?:(?P<m>{_MEASURE})\s+of\s+)?(?=[a-z])", product, _I)
    if lead_count is not None and number(lead_count.group("n")) is not None:
        count, measure = number(lead_count.group("n")), lead_count.group("m") or ""
        product = product[lead_count.end():]
    product = _ARTICLE.sub("", product)
    if not product or _JOINED.search(product) or len(product.split()) > 9 or re.match(r"^(?:for|to|of)\b", product, _I) \
            or _NOT_NAMED.search(product) or re.search(r"[^\w\s'./%-]", product) or _NOT_NAMED.search(scene) \
            or re.fullmatch(_MEASURE, product, _I) or not any(len(w) >= 3 and w.lower() not in _SPEC_WORDS and not re.search(r"\d", w) for w in product.split()):
        return said  # no product named plainly: 'size XL', 'the blue one', 'keep an eye out for …', "a few cushions"
    specs: list[str] = []
    caps: list[str] = []
    said_count: int | None = None
    for part in parts[1:]:
        if (back := _TAKEN_BACK.match(part)) is not None:
            part = part[back.end():]
            again = re.match(rf"^(?P<n>{_NUM})\s+(?P<what>.+)$", part, _I)
            if again is None or number(again.group("n")) is None or again.group("what").lower() != product.lower():
                return said  # only the same product's count is taken back
            count = number(again.group("n"))
            continue
        if (aside := _ADDRESS_ASIDE.match(part)) is not None:
            label = aside.group("label")
        elif _POLITE.match(part):
            continue
        elif (counted := _COUNT.match(part)) is not None and number(counted.group("n")) is not None:
            if said_count is not None:
                return said
            said_count = number(counted.group("n"))
            measure = measure or (counted.group("m") or "")
            if counted.group("spec"):
                specs.append(counted.group("spec"))
        elif (cap := _CAP.match(part)) is not None:
            amount = _amount(cap.group("amt") or cap.group("amt2") or "")
            if amount is None or float(amount.rstrip("k").replace(",", "") or 0) < 1:
                return said  # 'max ¥0', 'under 0.3': left for the gate to ask about
            total = any(cap.group(g) for g in ("total", "total1", "total2", "total3"))
            each = any(cap.group(g) for g in ("each", "each1", "each2"))
            caps.append(f"total under {amount}" if total else f"under {amount} each" if each else f"under {amount}")
        elif _spec(part):
            specs.append(re.sub(r"^(\d+)\s+size$", r"\1", part, flags=_I))  # '260 size' balloons are 260s
        else:
            return said
    if said_count is not None and count is not None and said_count != count:
        return said  # two counts: which one?
    count = said_count if said_count is not None else count
    if count is None and not caps and not specs or count == 0 or len(caps) > 1:
        return said
    # the first specification is the product's; a measure said with a space ('240 grit', '12 litre', 'size 4') and
    # a purpose ('for 6 people') follow the product's name, a word or a size in one ('2mm', 'two-tier') leads it
    # the first specification follows the product's name ('frying pan 28cm'), then its purpose ('for 6 people'); a
    # name with a trade's possessive ("builder's line", "farrier's apron") is searched by that name alone
    named = next((s for s in specs if not s.lower().startswith("for ")), "")
    named = "" if re.search(r"\w's\b", product) else named
    name, _, purpose = product.partition(" for ")
    after = " ".join([named, f"for {purpose}" if purpose else ""] + [s for s in specs if s.lower().startswith("for ")])
    words = [f"buy {count if count is not None else 1}", f"{measure} of" if measure else "", name, after]
    if scene:
        scene = scene if scene.lower().startswith("for ") else f"for the {re.sub(r'^(?:the|our|my) ', '', scene, flags=_I)}"
        words.append(scene)
    out = " ".join(w for w in words if w)
    if label:
        out += f", to the {label}"
    if caps:
        out += f", {caps[0]}"
    return out


def two_counted(said: str) -> bool:
    """Two products, each with a count of its own after it: 'tea towels, 3 packs, oven gloves, 2 pairs'."""
    if re.search(r"[\u3000-\u9fff]", said):
        return False
    parts = [p.strip() for p in re.split(r"\s*[,;]\s*|\s+[—–]\s+", " ".join(said.split())) if p.strip()]
    counted = [at for at, part in enumerate(parts) if (found := _COUNT.match(part)) and number(found.group("n"))]
    return len(counted) > 1 and any(not (_spec(part) or _POLITE.match(part) or _CAP.match(part) or _COUNT.match(part))
                                    for part in parts[counted[0] + 1:counted[-1]])
