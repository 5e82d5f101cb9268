"""A purchase or a watch read segment by segment: shoppers name the product once and then add to it in segments
set apart by commas, dashes, semicolons or brackets ('one bamboo steamer, 3 tier, 30cm', 'a light bulb — E27, warm
white — three of those', 'gel pens, black as crows, a dozen', '（急）数据线两根，一米的'). Each segment is the
product, an attribute of it, a count, a cap, where or what it is for, or a comment to us ('anyway', 'pls revert
once ordered', 'no rush'); only a segment that names another thing is a second product for the gate to ask about.

The readers before this one (``shopping.product_phrase``, ``clauses.describe``) read the commonest kinds (a size
with its unit, a colour, one plain word); this module reads the other kinds by their form, not by a list of
products: a count of parts said as a compound ('4 tier', '2 door'), a spec code ('E14', 'USB-C', 'type G'), a size
label ("women's S", 'EU 43'), a colour said in an image, a part of the product described ('the black handles'), a
quality made of adjective words ('anti-fog', 'memory foam', 'dishwasher safe'), and fillers and comments.

The query keeps the product phrase and at most one attribute, a quality before a measure ('two leashes, 1.5m,
reflective' → 'leashes reflective'): a search for every spec said narrows the catalogue to nothing, and the
product with its most telling attribute is what a shopper would type.
"""

from __future__ import annotations

import re

from . import asides as asd
from . import clauses as cl
from . import slots as sl
from . import zh_attributes as za

# Where a segment ends: a comma, a semicolon, a bracket, a dash between words (not a hyphen inside one).
_BREAK = re.compile(r"\s*(?:[,;()\[\]，、；（）【】]|\s[-–—]\s|[—–]+)\s*")

_COLOURS = (r"black|white|red|blue|green|grey|gray|pink|yellow|purple|silver|gold|golden|brown|orange|beige|navy|teal"
            r"|ivory|cream|khaki|maroon|burgundy|charcoal|tan|turquoise|lilac|violet|mint|olive|coral|clear|transparent"
            r"|rose gold|off-white|natural")
# A colour: plain, toned ('navy blue', 'warm white', 'light grey'), mixed, or said in an image ('black as crows',
# 'white as snow', 'red as a post box'): the colour word is kept, the image dropped.
_COLOUR = re.compile(rf"^(?:in\s+)?(?P<tone>(?:(?:dark|light|pale|deep|bright|warm|cool|cold|daylight|matte?|glossy|navy|sky|baby"
                     rf"|jet|pure|off)\s+)?(?:{_COLOURS})(?:\s+(?:{_COLOURS}))?)(?:\s+colou?r(?:ed)?)?"
                     r"(?:\s+as\s+(?:a\s+|an\s+|the\s+)?[a-z' -]{2,25})?$"
                     r"|^(?P<mixed>(?:mixed|assorted|multi|various|rainbow)\s*-?\s*colou?r(?:s|ed)?)$", re.IGNORECASE)
# A count of parts or a rating said as a compound before a singular unit: '3 tier', '2 door', '4 gang', '10.5 tog',
# '1000 piece'; or a measure with a unit the older readers lack ('35x25cm', '1.5 metre').
_PARTS = (r"tiers?|layers?|ply|gang|burners?|doors?|drawers?|shel(?:f|ves)|steps?|speeds?|ports?|seaters?|slices?"
          r"|compartments?|blades?|settings?|zones?|rings?|holes?|wicks?|pockets?|tog|piece|pc|way|cup|quart|pin|core"
          r"|person|people|man|berth|player|hp|bar|gsm|denier|tpi|thread count|watts?|volts?|amps?|mp|hz|fps|k")
_COMPOUND = re.compile(rf"^(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s*-?\s*(?:{_PARTS})$"
                       r"|^\d+(?:\.\d+)?\s*[x×*]\s*\d+(?:\.\d+)?(?:\s*[x×*]\s*\d+(?:\.\d+)?)?\s*(?:cm|mm|m|in|inch(?:es)?|\")?$"
                       r"|^(?:\d+(?:\.\d+)?\s*[-–~]\s*)?\d+(?:\.\d+)?\s*(?:cm|mm|m|km|kg|g|mg|l|ml|cl|oz|lb|gb|tb|mb|mah|wh|w|kw|v|hz|inch(?:es)?|in|ft|\"|'"
                       r"|litres?|liters?|met(?:re|er)s?|(?:centi|milli)met(?:re|er)s?|kilos?|grams?|feet|foot)"
                       r"(?:\s+(?:long|wide|tall|high|deep|thick|each))?$"
                       # a pack's size: 'box of 50', 'pack of 6', '8-pack', '3 pack'
                       r"|^(?:(?:a\s+)?(?:box|pack|packet|bag|set|tub|roll|tin|case|carton|bottle)\s+of\s+\d+|\d+\s*-?\s*(?:pack|pk|count|ct))$",
                       re.IGNORECASE)
# A spec code said alone: letters and digits together ('E14', 'GU10', 'A5', '1TB', 'IP68', 'M.2', 'Cat6', 'USB-C'),
# or a type named by a letter ('type G', 'size L', 'grade A').
_CODE = re.compile(r"^(?:(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9.+/-]{0,9}(?:\s+|$)){1,2}$"
                   r"|^(?:USB(?:-?[AC])?|USB 3(?:\.\d)?|HDMI(?: 2\.\d)?|NVMe|SATA|LED|OLED|LCD|RGB|UV|BPA[- ]free|Qi|NFC|GPS"
                   r"|Wi-?Fi|Bluetooth|Type-?[AC]|AC|DC|PD|QC|SPF\s*\d+\+?)$"
                   r"|^(?:type|grade|class|size|cup|model)\s+(?:[A-Z0-9]{1,3}\+?|\d{1,2}(?:\.5)?)$", re.IGNORECASE)
# A size label: "men's M", "women's S", 'kids 6-8', 'EU 43', 'UK 8', 'US 10', 'king size', 'XL', '3XL', 'queen'.
_LABEL = re.compile(r"^(?:(?:men'?s|women'?s|ladies'?|boys'?|girls'?|kids'?|children'?s|unisex|adult|youth|toddler|baby)"
                    r"(?:\s+(?:size\s+)?(?:x*[sml]|xx?l|\d{1,2}(?:-\d{1,2})?|small|medium|large|one size))?"
                    r"|(?:eu|uk|us|cn|jp|au)\s*\d{1,2}(?:\.5)?|\d?x{0,3}[sml]|\d?xl|one size(?: fits all)?"
                    r"|(?:super\s+)?(?:king|queen|double|single|twin|full|cot)(?:\s+size|-size)?)$", re.IGNORECASE)
# A part of the product described: '(the) red backs', 'clear lids', 'the tall stems', 'black handles', 'soft bristles'.
_PART = re.compile(r"^(?:the\s+|with\s+(?:the\s+)?)?(?:[a-z-]+\s+){1,2}(?:backs?|lids?|handles?|stems?|straps?|covers?|caps?"
                   r"|frames?|soles?|grips?|bases?|tops?|edges?|tips?|cords?|laces?|buttons?|keys?|switches|nibs?|ink|lens(?:es)?"
                   r"|bristles|heads?|legs?|wheels?|zips?|zippers?|hoods?|sleeves?|collars?|cuffs?|linings?|trims?|faces?"
                   r"|dials?|spouts?|finish|coating|print|pattern|design|motifs?|cases?|shells?|wash|fit|cut|weave|tone"
                   r"|style|look|feel|shape|firmness)$", re.IGNORECASE)
# Words that describe and never name: qualities, materials, fits and finishes ('padded', 'anti-fog', 'memory foam').
_QUALITY_WORDS = (r"compact|quiet|silent|soft|hard|firm|light|lightweight|heavy|heavy-duty|sturdy|durable|tough|strong|thick|thin"
                  r"|slim|small|medium|large|big|mini|tall|short|long|wide|narrow|deep|shallow|round|square|flat|foldable"
                  r"|folding|portable|wireless|cordless|wired|rechargeable|reusable|disposable|washable|waterproof"
                  r"|water-resistant|organic|vegan|unscented|scented|fragrance-free|plain|dotted|lined|ruled|blank|grid"
                  r"|glossy|matte|crystal|glass|ceramic|porcelain|stainless|steel|stainless steel|cast iron|iron|copper|brass"
                  r"|aluminium|aluminum|wooden|wood|bamboo|oak|pine|walnut|cotton|linen|wool|woollen|silk|leather|suede"
                  r"|velvet|fleece|denim|canvas|nylon|polyester|plastic|silicone|rubber|cork|felt|foam|memory foam|latex"
                  r"|paper|kraft|marble|stone|titanium|carbon|bpa-free|dishwasher safe|microwave safe|oven safe|kids|adult"
                  r"|cute|simple|classic|retro|vintage|modern|basic|fancy|warm|cool|summer|winter|thermal|insulated"
                  r"|breathable|adjustable|ergonomic|electric|manual|automatic|digital|analogue|analog|smart|magnetic"
                  r"|padded|quilted|lined|polarised|polarized|reflective|non-slip|non-stick|anti-slip|anti-fog|anti-glare"
                  r"|hypoallergenic|extra|super|double|single|twin|spare|refill|travel|outdoor|indoor|candle shape")
_QUALITY = re.compile(rf"^(?:(?:very|extra|super|really|nice and|good and|\d{{1,3}}\s*%)\s*)?(?:(?:{_QUALITY_WORDS}|[a-z]+(?:less|proof|-free"
                      rf"|-resistant|-safe|-friendly|-proof)|(?:anti|non|semi|extra|double|multi|ultra)-[a-z]+)(?:,?\s+(?:and\s+)?|$))+$",
                      re.IGNORECASE)
# The older reader's plain words, refused when they add a second thing: 'toaster too', 'also some gel pens'.
_ANOTHER = re.compile(r"\b(?:too|also|as well|and|plus|another|other)\b|^(?:and|plus|also|with)\b", re.IGNORECASE)
# A thing that does something, said alone ('toaster', 'blender', 'heater'): a product's name, not how one is.
_AGENT = re.compile(r"^(?![a-z]*(?:silver|copper|leather|rubber|lavender|amber|paper|clear|water|summer|winter|other|under|over"
                    r"|cover|super|powder|feather|timber|lacquer|pewter|colou?r|flower|liter|meter|litre|metre)s?$)"
                    r"[a-z]{3,}(?:er|or)s?$", re.IGNORECASE)

# Words that say nothing about the product: discourse markers, greetings, thanks, urgency, tags ('anyway',
# 'listen', 'good pm', 'thx a lot', 'no rush', 'asap', 'urgent', '急', '加急').
_FILLER = re.compile(
    r"^(?:(?:oh|ah|um+|uh+|er+|erm|hmm+|ok(?:ay)?|right|so|well|anyway|anyways|listen|look|hey|hi|hello|yo|btw|fyi|ps"
    r"|also|basically|honestly|seriously|actually|alright|good (?:morning|afternoon|evening|day|pm|am)|morning|evening"
    r"|please|pls|plz|kindly|thanks|thank you|thx|ty|tia|cheers|ta|much appreciated|appreciate it|many thanks"
    r"|no rush|no hurry|whenever|asap|urgent(?:ly)?|quick(?:ly)?|fast|soon|soonest|the soonest(?: (?:the )?better)?"
    r"|just|only|just the|only the|that'?s (?:all|it)|nothing else|about|around|roughly|approx(?:imately)?|or so|ish"
    r"|long story(?: short)?|never mind|whatever)"
    r"(?:\s+(?:a lot|so much|very much|in advance|again|mate|all|guys|team|then|please|pls))*[.!]*)$"
    r"|^[（(]?(?:急|加急|急用|急急急|急需|在线等|速|紧急|很急|谢谢|多谢|麻烦了|辛苦了)[）)]?$", re.IGNORECASE)
# A comment on the errand once done: 'pls revert once ordered', 'confirm when placed', 'let me know once done'.
_COMMENT = re.compile(r"^(?:(?:pls|please|plz|kindly|and|then)\s+)*(?:revert|confirm|update me|keep me posted|reply|get back to me"
                      r"|let me know|lmk|tell me|ping me|message me|text me|notify me|advise)"
                      r"(?:\s+(?:once|when|after|as soon as|if)\s+(?:it'?s\s+|it is\s+|you'?ve\s+)?(?:ordered|done|placed|bought"
                      r"|shipped|sent|dispatched|booked|confirmed|finished))?(?:\s+(?:thanks|thx|pls|please))?$", re.IGNORECASE)


def split(text: str) -> list[str]:
    """``text`` cut into its segments, without the empty ones: 'a light bulb — E27, warm white — three' → three."""
    return [p for p in _BREAK.split(text) if p and p.strip(" .!?。！？")]


def filler(piece: str) -> bool:
    """A segment that says nothing about the product: 'anyway', 'good pm', 'thx a lot', 'pls revert once ordered'."""
    piece = piece.strip(" .!?。！？")
    return bool(_FILLER.match(piece) or _COMMENT.match(piece))


def _plain(piece: str) -> str:
    return " ".join(re.sub(r"^(?:(?:and|also|but|in|with)\s+)?(?:the\s+|a\s+|an\s+)?", "", piece.strip(" .!?"),
                           flags=re.IGNORECASE).split())


def attribute(piece: str) -> tuple[str, str] | None:
    """What a segment says the product is like, as (kind, words kept), or None when it says something else.

    The kinds are 'quality' (a colour, a material, a finish, a code or label) and 'measure' (a size, a capacity,
    a count of parts); the words kept are '' when the segment only describes a part of the product ('the red
    backs'), which the query does not carry."""
    said = _plain(piece)
    if not said or _ANOTHER.search(said):
        return None
    colour = _COLOUR.match(said)
    if colour:
        return "quality", colour.group("tone") or colour.group("mixed")
    if _COMPOUND.match(said):
        return "measure", re.sub(r"\s+(?:long|wide|tall|high|deep|thick|each)$", "", said, flags=re.IGNORECASE)
    if _LABEL.match(said) or _CODE.match(said):
        return "quality", said
    if _PART.match(piece.strip(" .!?")) and not _AGENT.match(said.split()[-1]):
        return "quality", ""
    if _QUALITY.match(said):
        return "quality", re.sub(r"^\d{1,3}\s*%\s*", "", said)  # '100% cotton' → 'cotton'
    return None


def plain_word_names(piece: str) -> bool:
    """A plain word or two after the product that name another thing: 'toaster', 'toaster too', 'also gel pens'."""
    said = piece.strip(" .!?")
    return bool(_ANOTHER.search(said) or len(said.split()) == 1 and _AGENT.match(said) and not _QUALITY.match(said))


def keep(attributes: list[tuple[str, str]]) -> list[str]:
    """The attribute the query carries: the first quality said, else the only measure; none when several
    measures and no quality are said ('3 tier, 30cm')."""
    qualities = [words for kind, words in attributes if kind == "quality" and words]
    if qualities:
        return qualities[:1]
    measures = [words for kind, words in attributes if kind == "measure" and words]
    return measures if len(measures) == 1 else []


def describes(piece: str) -> bool:
    """A segment that adds to the product and names nothing else: an attribute, a count, a cap, a filler."""
    said = piece.strip(" .!?")
    return bool(attribute(said) is not None or cl.count_of(said) is not None or filler(said) or asd.aside(said)
                or sl.en_cap(said) is not None and not re.search(r"[a-z]{3,}", sl.EN_CAP.sub(" ", said), re.IGNORECASE)
                or re.fullmatch(r"(?:just |only )?(?:the )?(?:\w+\s+)?ones?", said, re.IGNORECASE))


def listed(fragment: str) -> bool:
    """A purchase said as a list of segments and no verb: a product first, then only what describes, counts or
    caps it, with at least a count or a cap among them ('chew toys — half a dozen — durable ones', 'of tea
    lights, white as snow, a hundred')."""
    pieces = [p for p in split(fragment) if not filler(p)]
    if len(pieces) < 2 or not re.search(r"[a-z]{3,}", pieces[0], re.IGNORECASE) or describes(pieces[0]):
        return False
    counted = any(cl.count_of(p.strip(" .!?")) is not None or sl.en_cap(p) is not None for p in pieces[1:])
    return counted and all(describes(p) for p in pieces[1:])


def names_nothing(rest: str) -> bool:
    """Segments that only describe, with no product among them: '4 tier, bamboo, one', 'E14, warm white, three'
    (a material alone may be the product: 'paper, 2 packs' is not asked about)."""
    pieces = [p.strip(" .!?") for p in split(rest) if not filler(p)]
    if not pieces:
        return False
    first = _plain(re.sub(rf"^(?:\d+|{sl.NUMBER_WORD})\s+(?=\d|[a-z]+$)", "", pieces[0], flags=re.IGNORECASE))
    said = _plain(pieces[0])
    shaped = any(form.match(text) for form in (_COMPOUND, _LABEL, _CODE, _COLOUR) for text in (said, first))
    return shaped and all(describes(p) for p in pieces[1:])


# Where a leading segment ends: a comma, a semicolon, '!' or '?', a dash between words.
_LEAD = re.compile(r"^\s*(?P<piece>[^,;!?—–]*?)(?:[,;!?]+|\s[-–—]\s|[—–])\s*")


def past_filler(rest: str) -> str:
    """``rest`` without the fillers said before the product: 'anyway, one wok' → 'one wok', 'good pm! one
    rice cooker' → 'one rice cooker', 'listen, one air fryer' → 'one air fryer'."""
    for _ in range(4):
        lead = _LEAD.match(rest)
        if lead is None or not filler(lead.group("piece")) or not rest[lead.end():].strip():
            break
        rest = rest[lead.end():]
    return rest


# A Chinese aside in brackets that says nothing of the product ('（急）', '【加急】'), or brackets left empty once
# the address in them was read ('宠物医院（公司）' → '宠物医院（）'); a size word between a count and its
# classifier ('一大罐', '两小包'): a count all the same.
_ZH_ASIDE = re.compile(r"[（(【\[]\s*(?:急|加急|急用|急急急|急需|在线等|速|紧急|很急|谢谢|多谢)?\s*[）)】\]]")
_ZH_SIZED_COUNT = re.compile(rf"(?<=[一二两三四五六七八九十\d])[大小](?={sl.ZH_MEASURE})")
# A feature said 'with X' in a clause of its own ('，带USB的', '，带盖的'): X is what it has, 带 is no product word
# (带鱼, 胶带 and 腰带 are not clauses of their own).
_ZH_WITH = re.compile(r"(?<=[，,；;])\s*带(?=[\u4e00-\u9fffA-Za-z\d-]{1,6}的?\s*(?:[，,；;。]|$))")


def zh_plain(text: str) -> str:
    """A Chinese purchase without bracketed asides and with its counts plain: '（急）数据线两根' → '数据线两根',
    '坚果一大罐' → '坚果一罐', '插线板两个，带USB的' → '插线板两个，USB的'."""
    return _ZH_WITH.sub("", _ZH_SIZED_COUNT.sub("", _ZH_ASIDE.sub("", text)))


def zh_undescribed(text: str) -> str:
    """A Chinese watch without the segments after the first that only say what the product is like: '盯着跑步机，
    折叠的，降到两千' → '盯着跑步机，降到两千'."""
    pieces = re.split(r"([，,；;])", text)
    kept = [p for i, p in enumerate(pieces) if i < 2 or not za.is_attribute(p.strip())]
    return "".join(kept)


# When it should come, said in a segment of its own or after the place: a purchase carries no deadline, so it is no
# product word ('before lunch', 'b4 lunch', 'by noon', 'by end of day', 'before 5pm'). 'today', 'tomorrow' and
# 'by Friday' are read by the purchase reader already.
_WHEN = re.compile(r"\b(?:before|b4|by|until|till|ahead of|around)\s+(?:the\s+)?(?:lunch(?:time)?|noon|midday|dinner(?:time)?"
                   r"|breakfast|tea ?time|the meeting|end of (?:the )?(?:day|week)|eod|cob|close of business|the weekend"
                   r"|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h)\b|\d{1,2}\s*o'?clock)(?=\s*(?:$|[,.;!?—–-]|\s))", re.IGNORECASE)
# 'nothing else', '+ nothing more': the shopper says this is all; it adds no product.
_NOTHING_ELSE = re.compile(r"\s*(?:\+|&|\band\b|[,;—–])?\s*\b(?:nothing|none|no)\s+(?:else|more|other)\b(?:\s+(?:please|pls|thanks))?",
                           re.IGNORECASE)
# A count of pieces said with another count of the product ('jigsaw puzzle 1000 pieces ×2'): the pieces are what one
# holds ('a 1000 piece puzzle'), not how many to buy.
_PIECES = re.compile(r"\b(?P<n>\d{2,5})\s*(?:pieces|pcs|pc)\b(?!\s+of\b)(?=.*(?:[x×]\s*\d|\d\s*[x×](?!\s*\d)))", re.IGNORECASE)


def untimed(rest: str) -> str:
    """``rest`` without a deadline and an 'and nothing else' said with the purchase: '6 boxes of tissue to the
    office before lunch' → '6 boxes of tissue to the office', 'power bank x1 + nothing else' → 'power bank x1'."""
    return _NOTHING_ELSE.sub(" ", _WHEN.sub(" , ", rest))


def pieces_held(text: str) -> str:
    """'jigsaw puzzle 1000 pieces ×2' → 'jigsaw puzzle 1000 piece ×2': the pieces one holds, with the count
    said apart."""
    return _PIECES.sub(r"\g<n> piece", text)
