"""An English purchase said the way people type or speak it, written as the plain request the readers read:

- a variety's greeting, closer or particle around the request: Caribbean 'wunna,' and 'fuh de lime' (for the party),
  Indonesian 'kak, … ya?', Fijian 'bula! … vinaka', Maltese 'mela,', Singlish '… lah', '… can or not?', Nigerian
  'abeg', Philippine 'pa-buy po … salamat po', Hinglish 'yaar, … na', Essex 'shut up, … obvs', Hawaiian 'aloha …
  mahalo', Maori 'kia ora … chur', Welsh '… diolch', Scots 'cheers pal', Thai 'sawasdee … khob khun ka' and others:
  the words are dropped, the request kept; a party said as the purpose reads 'for the …';
- a cap said with a money idiom: 'not a penny over 350', 'not one yuan more than 500' (no more than), '3,500 at the
  very most' (tops), a thousands comma ('1,500 tops' is 1500);
- a kind said after the product with a size or a compound ('glass lifters, the double-cup kind, 2', 'the 7mm
  kind'): the product is searched by its name;
- a scene or a trade said first before a dash ('tiler on site — tile spacers, 3mm, 4', 'rowing crew — 9 seat pads'):
  the scene is what the purchase is for, not the product, and is dropped when it names nothing a check must hear
  (``dropped.must_hear``) and is no person, role, order or place;
- a product taken back for another ('a hammer — no wait, a mallet, one'): the product bought is the one said last;
  the one taken back is dropped only when it names nothing a check must hear;
- 'by' typed for 'buy' before a count ('plz by 2 bath towels'), a household word's letters swapped ('towles');
- a thing broken, then new ones ('my earbuds died — new ones, under 300, one pair'): the thing broken is bought; with
  no count said, a thing worn or used as a pair ('reading glasses', 'trainers') is one.

Everything else is left as it was said, for the other readers and the gate.
"""

from __future__ import annotations

import re

from . import crime_named as cn
from . import dropped as dp
from . import goods_spelled as gs
from . import harm_purpose as hp
from . import speaker as sp
from . import stray_words as sw
from .people_words import KIN_EN

_I = re.IGNORECASE
_NUM = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|\d{1,4})"
_DASH = r"(?:\s+[—–]\s+|\s+--?\s+|\s*[—–]\s*)"

# Greetings, address words and particles said before the request, each closed by a mark.
_OPENERS = (r"wunna|unnu|oi|oi\s+oi|ey|eh|ay|ayy|yo|bro|brah|bredren|bruv|fam|sis|boss|oga|madam|aunty|auntie|uncle"
            r"|kak|kakak|mas|mbak|bang|bula|mela|shut\s+up|babes|babe|hun|aloha|kia\s+ora|howzit|yaar|arre|bhai|ji"
            r"|grand\s+so|grand|sure\s+look|right\s+so|now\s+then|ay\s+up|sawasdee|sawadee|habibi|yalla|wagwan"
            r"|wah\s+gwaan|g'?day|mate|och|aye|lads|you\s+lot|oi\s+you\s+lot|hiya|heya|salam|namaste|vanakkam|talofa"
            r"|malo\s+e\s+lelei|ni\s+hao|eish|hawe|bestie|bestiee|girl|gurl|ah\s+beg|abeg|biko|tidy|lush|ja|yebo")
_OPENER = re.compile(rf"^\s*(?:(?:{_OPENERS})(?:\s+(?:{_OPENERS}))*\s*(?:[,!.:;]+|\s[—–]\s)\s*)+", _I)
# 'abeg' and 'biko' ask by themselves: 'abeg get me …'; 'pa-buy' is Philippine 'please buy'.
_ASKS = re.compile(r"^\s*(?:abeg|ah\s+beg|biko)\s+(?=(?:get|buy|order|help|send|grab|bring|one|two|\d|a\b|an\b))", _I)
_PABUY = re.compile(r"^\s*pa-?\s?(?:buy|order|bili)(?:\s+(?:po|naman|nga))*\s+", _I)
# Closers said after the request: a thanks or an address word after a mark; a particle after a space too.
_CLOSERS = (r"vinaka(?:\s+vakalevu)?|mahalo(?:\s+nui)?|lekker|shot|chur|sweet\s+as|salamat(?:\s+po)?"
            r"|diolch(?:\s+yn\s+fawr)?|cheers\s+(?:pal|mate|bro|hen|love|babe|bruv)|ta\s+(?:love|pal|mate)"
            r"|khob\s*khun\s*(?:ka|krap|khrap)?|kop\s*khun\s*(?:ka|krap)?|shukran|grazzi|terima\s+kasih|makasih"
            r"|thank\s+you\s+(?:leh|lah|lor|ya|po|o|sha)|thanks\s+(?:leh|lah|lor|ya|po|o|sha)|sharp\s+sharp|abeg"
            r"|dhanyavaad|shukriya|asante|go\s+raibh\s+maith\s+agat|thanks\s+a\s+million|ngl|tbh|fr|periodt|sis|bro"
            r"|fam|mate|yaar|bhai|babes|hun|ok\s+ya|okay\s+ya")
_PARTICLES = r"obvs|innit|init|na|lah|leh|lor|hor|meh|ya|yah|dong|deh|po|o|sha|can|boleh|oh"
# 'can buy 3 packs … or not?': a Singlish request, said as the request.
_CAN_OR_NOT = re.compile(r"^\s*can\s+(?:(?:u|you)\s+)?(?=(?:buy|order|get)\b)(?P<ask>.+?)\s*,?\s+(?:can\s+)?or\s+not\s*\?*\s*$", _I)
# Only a purchase's particles are taken off: a question about an order keeps its words ('approved or not?', ', po?').
_NOT_BUYING = re.compile(r"\bord_|\b(?:return\w*|refund\w*|approved|delivered|arriv\w*|reach|where|status|track\w*|has|have|did"
                         r"|cancel\w*|when|why|what|how|is|are|was|were|watch\w*|price|cheaper|move|reschedule)\b", _I)
_CLOSER = re.compile(rf"(?:\s*[,!.]\s*(?:{_CLOSERS}|{_PARTICLES})|\s+(?:{_PARTICLES}))\s*[?!.]*\s*$", _I)
# Particles inside the request: 'kecap manis ya? for home', 'pa-buy po 2 fans'.
_INNER = re.compile(r"\s+(?:ya|lah|leh|lor|hor|dong|deh|na)\s*\?+(?=\s)", _I)
_PO = re.compile(r"(?<=\S)\s+po\s+(?=(?:\d|one|two|three|four|five|a\b|an\b))", _I)
_SINGLISH = re.compile(r"\b(?:lah|leh|lor|hor|meh|can\s+or\s+not)\b", _I)
# A party or a purpose said in a variety: 'fuh de beach lime' is 'for the beach party'.
_FOR_THE = re.compile(r"\b(?:fuh|fah|fi|fo|foh)\s+(?:de|di|da|the)\b", _I)

# A cap said with a money idiom.
_NOT_A_PENNY = re.compile(r"\bnot\s+(?:a|one|a\s+single|1)\s+(?:penny|pence|cent|kuai|yuan|rmb|dime|rupee|peso|fen|jiao"
                          r"|mao|shilling|kobo|naira|rand|ringgit|baht|dollar|pound|quid|buck)\s+(?:over|more\s+than|above"
                          r"|past|higher\s+than)\b", _I)
_AT_MOST = re.compile(r"(?P<pre>,\s*)(?P<n>\d[\d,.]*k?)\s+at\s+(?:the\s+)?(?:very\s+)?most\b(?=\s*(?:[,.!]|$))", _I)
_A_COUNT_FIRST = re.compile(rf"(?:^|,)\s*(?:(?:buy|get|order)\s+)?(?:{_NUM})\b", _I)
_THOUSANDS = re.compile(r"(?<![\d,.])(\d{1,3}),(\d{3})(?!\d|,\d)")

# A kind said after the product: 'suction lifters, the double-cup kind', 'baking trays, the big ones'.
_KIND = re.compile(r"(?P<prod>^\s*|[,—–:]\s*)(?P<lead>(?:(?:buy|get|order|grab)\s+(?:me\s+|us\s+)?)?"
                   rf"(?:{_NUM}\s+)?)(?P<name>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){{0,5}}),\s*the\s+(?P<kind>[\w-]+(?:\s+[\w-]+)?)"
                   rf"\s+(?:kind|type|sort|style|variety|version)(?=\s*,\s*(?:{_NUM})\b)", _I)
_NOT_A_KIND = re.compile(r"^(?:same|usual|last|other|old|previous|first|second|original|ones?|one|cheapest|best|right|wrong"
                         r"|ones\s+you|what)\b", _I)

# A scene or a trade said first before a dash.
_SCENE = re.compile(rf"^\s*(?P<scene>[a-z][a-z' -]{{2,40}}?){_DASH}(?P<rest>.+)$", _I)
_NOT_SCENE = re.compile(r"\b(?:home|office|work|house|flat|apartment|address|dorm|place|cottage|villa|boat|warehouse|depot"
                        r"|unit|hotel|hostel|today|tomorrow|tonight|asap|monday|tuesday|wednesday|thursday|friday|saturday"
                        r"|sunday|morning|afternoon|evening|noon|weekend|week|am|pm|card|cash|pay|paid|budget|cap|limit"
                        r"|account|wallet|alipay|wechat|neighbou?rs?|friends?|colleagues?|client|guests?|teacher|boyfriend"
                        r"|girlfriend|flatmate|roommate|landlord|tenant|drugs?|job|revenge|payback|getaway|hit|raid|score|smuggl\w*|escape|rival|enemy|ex|lesson|prank"
                        r"|my|his|her|their|your|our|me|him|them|it'?s|that'?s|this|is|are|was|were|be|i|you|we"
                        r"|they|no|not|wait|sorry|actually|please|pls|plz|buy|get|order|send|deliver|return|cancel|refund"
                        r"|watch|ord_\w+|for|to|and|or|but|if|when|then|need|needs|want|wants|broke|died|dead)\b", _I)
_COUNTED = re.compile(rf"^\s*{_NUM}\s+[a-z]|,\s*(?:{_NUM})(?:\s+(?:sets?|pairs?|packs?|boxes|box|rolls?|bags?|bottles?"
                      r"|tins?|jars?|spools?|reels?|of\s+them))?\s*(?:,|$)", _I)

# A product taken back for another: 'a hammer — no wait, a mallet'.
_TAKEN_BACK = re.compile(rf"(?P<lead>^|^.*?\b(?:get|buy|order|grab|want|need)\s+(?:me\s+|us\s+)?)(?P<old>(?:{_NUM})\s+[^,—–]+?)"
                         r"\s*(?:[,—–]|\s-)\s*(?:no\s+wait|wait\s+no|wait\s*(?=,)|no|sorry|actually|scratch\s+that|i\s+mean"
                         rf"|make\s+(?:that|it)|correction|or\s+rather)\s*[,:]?\s+(?P<new>(?:{_NUM})\s+[a-z].*)$", _I)

# 'by' typed for 'buy' before what is bought (not a deadline: 'by 2 pm', 'by one o'clock').
_BY = re.compile(rf"^(?P<lead>\s*(?:(?:plz|pls|please|can\s+u|can\s+you|could\s+u|could\s+you|u|pl[sz]\s+can\s+u)\s+)?)by"
                 rf"\s+(?=(?:me\s+|us\s+)?{_NUM}\s+(?!(?:am|pm|a\.m|p\.m|o'?clock|oclock|tonight|tomorrow|today|days?|hours?"
                 r"|hrs?|mins?|minutes?|weeks?|months?|noon|midnight|latest|at|the)\b)[a-z])", _I)

# A thing broken, then new ones.
_BROKEN = re.compile(r"^\s*(?:(?:ugh|argh|ffs|omg|oh\s+no|great|typical|so|well|honestly|and|right|ok|okay)[,!.]*\s+)*my\s+(?P<thing>[a-z][a-z' -]{2,40}?)\s+"
                     r"(?:(?:have|has|just|finally|totally|completely)\s+)?(?:(?:is|are)\s+(?:now\s+)?)?(?:died|dead|broke|broken"
                     r"|snapped|split|cracked|bust|busted|burnt|burned|burnt\s+out|fell\s+apart|gave\s+up|gave\s+out"
                     r"|packed\s+(?:in|up)|wore\s+out|worn\s+out|conked\s+out|rusted(?:\s+through)?|ripped|tore|torn"
                     r"|stopped\s+working|kicked\s+the\s+bucket|bit\s+the\s+dust|give\s+up|shattered|melted)"
                     rf"(?:\s+(?:on\s+me|again|today|completely|through))?{_DASH.replace('[—–]', '[—–,:;]')}"
                     r"(?:(?:so\s+)?(?:(?:get|buy|order)\s+(?:me\s+)?|i\s+need\s+)?)(?P<new>(?:a\s+)?new\s+(?:ones?|pair))"
                     r"(?P<rest>.*)$", _I)
_PAIRED = re.compile(r"(?:glasses|scissors|shears|clippers|trainers|shoes|boots|wellies|jeans|trousers|headphones|earbuds"
                     r"|earphones|straighteners|tongs|pliers|gloves|socks|goggles|binoculars|tweezers|secateurs|slippers"
                     r"|sandals|leggings|shorts|pyjamas|pajamas|skis|earrings|crocs|sneakers|heels|flip[- ]flops|tights"
                     r"|curlers|airpods|buds|specs|sunnies|loppers|snips|cutters|crimpers|clogs)$", _I)
_COUNT_SAID = re.compile(rf"(?:^|,)\s*(?:{_NUM})(?:\s+(?:pairs?|sets?|of\s+them))?\s*(?=,|$)", _I)
_PAIR = re.compile(r"(?<=,)\s*(?:one|a|1)\s+pair\b", _I)
# Broken by someone at home: "our kid's wrecked the mop bucket —" is "my mop bucket broke —"; a part the new one has.
_WRECKED = re.compile(r"^\s*(?:(?:our|my)\s+(?:kid|son|daughter|brother|sister|husband|wife|partner|flatmate|dog|cat|kids)"
                      r"|the\s+(?:kids?|dog|cat))(?:'s|\s+has|\s+have|\s+just)?\s+(?:wrecked|broke|broken|smashed|trashed"
                      r"|ruined|cracked|busted|snapped)\s+(?:the|my|our)\s+(?P<thing>[a-z][a-z' -]{2,40}?)(?=\s*[—–,:;]|\s-\s)", _I)
_WITH_PART = re.compile(r"^\s*with\s+(?P<part>(?:a|an)\s+[a-z]+(?:\s+[a-z]+)?)(?=\s*(?:[,.!]|$))", _I)


def _unwrapped(text: str) -> str:
    """The variety's greeting, closer and particles taken off."""
    singlish = bool(_SINGLISH.search(text))
    text = _PABUY.sub("buy ", text)
    text = _ASKS.sub("please ", text)
    text = sw.plain(text, buying=not _NOT_BUYING.search(text))  # 'machan, … da, …, merci', "t'mop", 'buy for towels'
    if _NOT_BUYING.search(text):
        return text
    text = _CAN_OR_NOT.sub(lambda m: m.group("ask"), text)
    for _ in range(3):
        text = _OPENER.sub("", text)
        before = text
        if (closer := _CLOSER.search(text)) is not None:
            said = closer.group(0).strip(" ,!.?").lower()
            plural_can = said == "can" and re.search(r"\w+s\s*,?\s*can\s*[?!.]*\s*$", text, _I)
            if said != "can" or (singlish or re.search(r"\?\s*$", text)) and plural_can:
                text = text[:closer.start()]
        if text == before:
            break
    text = _INNER.sub("", text)
    text = _PO.sub(" ", text)
    return _FOR_THE.sub("for the", text)


def _capped(text: str) -> str:
    text = _THOUSANDS.sub(r"\1\2", text)
    text = _NOT_A_PENNY.sub("no more than", text)
    cap = _AT_MOST.search(text)  # '3,500 at the very most' after a count is a cap; with no count it may be a count
    if cap is not None and _A_COUNT_FIRST.search(text[:cap.start()]):
        text = text[:cap.start()] + f"{cap.group('pre')}{cap.group('n')} tops" + text[cap.end():]
    return text


def _kind(text: str) -> str:
    def joined(match: re.Match[str]) -> str:
        if _NOT_A_KIND.match(match.group("kind")) or not re.search(r"[\d-]", match.group("kind")):
            return match.group(0)  # 'the same ones', 'the loud kind': for the other readers (a size or a compound is kept)
        return f"{match.group('prod')}{match.group('lead')}{match.group('name')}"

    return _KIND.sub(joined, text, count=1)


def _harmless(words: str) -> bool:
    """``words`` said first or taken back name nothing a check must hear, alone or as the purchase's purpose."""
    probes = (words, f"{words}: it", f"buy it for the {words}", f"buy it for {words}")
    return not any(dp.must_hear(p) or cn.crime_named(p) or hp.harmful_purpose(p) for p in probes)


def _scene_dropped(text: str) -> str:
    scene = _SCENE.match(text)
    if scene is None:
        return text
    said, rest = scene.group("scene").strip(), scene.group("rest").strip()
    if re.match(rf"(?:{_NUM})\s", said) or re.search(rf"\d|'s\b(?!\s+(?:shop|studio|salon|workshop|office|kitchen|surgery|clinic|stall|yard|garage))|\b{KIN_EN}\b", said, _I) \
            or len(said.split()) > 5 or _NOT_SCENE.search(said) or re.fullmatch(r"[A-Z][a-z]+", said):
        return text
    if re.search(r"(?<!^)\b[A-Z]", said) or re.search(r"\bwatch\w*|\b\d{1,2}(?::\d\d)?\s*(?:am|pm|h\d\d)\b", rest, _I):
        return text  # 'Tiger Sugar — 12 lattes': a chain or a brand named first; a watch or a time is for the other readers
    if not _COUNTED.search(rest) or not _harmless(said) or sp.claims_system_role(f"{said}: {rest}"):
        return text
    first = re.split(r"\s*[,;—–]\s*|\s-\s", rest)[0]
    named = re.sub(rf"^(?:{_NUM}\s+)?(?:(?:dozen|pairs?|sets?|packs?|boxes|box|rolls?|bags?|lots)(?:\s+of)?(?:\s+|$))?", "", first, flags=_I)
    if re.search(r"\b(?:should|if|when|once|below|under|drops?|go(?:es)?|is|are|will|can|could|would|grab|buy|get|order)\b"
                 r"|\?", named, _I):
        return text  # 'iPad mini — should it go below 3,200': the product said first, then what to do
    if not re.search(r"[a-z]{3,}", named, _I) or re.fullmatch(r"(?:ones?|of|more|each|only)\b.*", named, _I):
        return text  # 'squeaky toys — a dozen', 'bulbs — 6 of the E27 ones': the product first, its count after
    if re.match(r"\s*(?:it'?s|that'?s|which\s+is|=)\b", rest, _I):
        return text  # an address said as an aside: the readers of a scene's address read it
    return rest


def _taken_back(text: str) -> str:
    said = _TAKEN_BACK.match(text)
    if said is None or not _harmless(said.group("old")):
        return text
    old, new = (re.match(rf"({_NUM})\s+(.*)", said.group(g), _I) for g in ("old", "new"))
    ones = {"a": "1", "an": "1", "one": "1"}
    if old is not None and new is not None and ones.get(old.group(1).lower(), old.group(1).lower()) \
            != ones.get(new.group(1).lower(), new.group(1).lower()) and old.group(2).lower() != new.group(2).lower():
        return text  # '4 baskets — wait no, 3 boards': the count and the product both changed, which is meant?
    return f"{said.group('lead')}{said.group('new')}"


def _broken(text: str) -> str:
    wrecked = _WRECKED.sub(lambda m: f"my {m.group('thing')} broke", text) \
        if _WRECKED.search(text) and _harmless(text.split("—")[0]) else text
    said = _BROKEN.match(wrecked)
    if said is None:
        return text
    thing, rest = said.group("thing").strip(), said.group("rest")
    if not _harmless(thing) or re.search(r"\b(?:and|or|plus|return|refund|repair|fix)\b", rest, _I):
        return text
    if (part := _WITH_PART.match(rest)) is not None and _harmless(part.group("part")):
        thing, rest = f"{thing} with {part.group('part')}", rest[part.end():]  # 'a new one with a wringer'
    if re.search(r"\bwith\b", rest, _I):
        return text
    rest = _PAIR.sub(" one", rest)
    if not _COUNT_SAID.search(rest):
        if said.group("new").lower().endswith("ones") and not _PAIRED.search(thing):
            return text  # how many new ones?
        rest = f", one{rest}"
    return f"buy {thing}{rest}"


def plain(text: str) -> str:
    """``text`` said as the plain request; as it was when none of these shapes is there."""
    if re.search(r"[\u3000-\u9fff]", text):
        return text
    out = _capped(_unwrapped(text))
    out = _BY.sub(lambda m: f"{m.group('lead')}buy ", out)
    out = _broken(_taken_back(_scene_dropped(out)))
    out = gs.plain(_kind(out))  # 'shwoer curtians': a household word typed with two letters swapped
    out = " ".join(out.split()).strip(" ,")
    return out if re.search(r"[A-Za-z]", out) else text
