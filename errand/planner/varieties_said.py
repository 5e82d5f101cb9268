"""More Englishes and registers said around a request, as the plain words the readers know: a lexicon by variety of
openers, tags and words, and the shapes of a few registers, each said plainly only where it stands as that word.

Varieties (openers said first, tags said after a comma or at the end, words said plainly where they stand):
- Mancunian: 'our kid' (my brother), "X's buzzin' for" (wants), 'mither' (worry), ', ta', ', cheers', ', mint' and
  ', sound' as praise after a comma only when another Mancunian word is there ('mint sauce', 'mint tea' stay);
- West Country: 'alright my lover', 'my lover', 'my bird', 'me 'ansum' as address, 'proper job' before a noun or
  as a tag (praise), 'gert lush …' and 'lush …' as a remark said first;
- Pittsburghese: 'yinz' said first or as 'you', "n'at" (and that), 'gumbands' (rubber bands), 'redd up' (tidy);
- Philly: 'jawn' (thing), 'youse' (you), 'wooder' (water); Minnesotan: 'uff da', 'ope', 'oh ya', 'you betcha',
  'dontcha know';
- Ulster: 'bout ye', 'what about ye', 'well', ', so it is' (and 'so I am', 'so we do'), ', dead on', ', wee buns',
  'wee' before a noun (small, dropped as it sizes nothing);
- Spanglish: 'porfa', 'por favor', 'oye', 'ahorita', 'compra', 'cómprame', 'necesito', 'un'/'una', 'bolsas de',
  'cajas de', "pa' la casa", 'para la oficina', ', gracias';
- Dutch and German English: 'I would like to become two …' (get); Pidgin: 'abeg', 'I beg', 'make e no cost pass N'
  and 'e no pass N' (a cap), ', o', 'oga', 'sha'; Ugandan and East African English: 'I am (kindly) requesting for'
  (I need), 'kindly assist me with'; pirate: 'arr', 'ahoy', 'avast', 'fer' (for), 'matey', 'me hearty'.

Registers and shapes:
- radio procedure: 'Errand, this is <the shopper>, request …, over (and out)': the call signs and 'over' dropped,
  'request' a request (only when the name is the shopper's; another's stays for the speaker's checks);
- a recipe: "… you'll need: 1 paella pan, 40cm. Just buy that." — the list is what to buy;
- an auction bid: "I'll go up to 450 for X, no higher" (X, nothing over 450);
- a long story, then 'what I (actually|really) need is X': X is the request (the story stays when it must be heard);
- a remark that leaves the brand open ("don't worry about the brand, just …"), ', a good one', ', and that's it';
- a trade or a place said first or after ('dog walker here —', 'the tutoring centre (it's the office address) —',
  'paper round tomorrow —', "— the bakery's at my office address"), a place run out of something then how many ("the
  cafe's run out of napkins — 6 packs"), a cap per unit said with 'a' ('under 45 a pad'), 'twenty of 'em for …';
- a child's spelling passed on ("a 'unicon lamp' (her spelling)"): folded by a small table of phonetic spellings,
  else kept as written;
- how it was typed (``typed``, read before caps and packs): keycap digits ('4️⃣'), a telegram's STOPs (twice or
  more, one last), a word taken back after '...' ('Sponges... no, scouring pads'), chat filler ('ok so umm,,, …??').

Words that can be a product's ('mint sauce', 'a proper job' as a noun, 'over' in 'overnight bag', 'a STOP sign') are
left where they name one; harm and another person stay for the checks (``dropped.must_hear``).
"""

from __future__ import annotations

import re

from . import dropped as dp
from .people_words import KIN_EN

_I = re.IGNORECASE
_END = r"(?=\s*(?:[,.;!?—–]|$))"
_MARK = r"\s*(?:[,!.:;—–]|\s-)\s*"

# ---- openers said first, naming nothing ------------------------------------------------------------------------
_OPENER = re.compile(
    r"^\s*(?:(?:alright|awright|hiya|ey\s+up|now\s+then)\s+(?:my\s+lover|my\s+bird|me\s+'?ansum|me\s+duck|our\s+kid)"
    r"|bout\s+ye|what\s+about\s+ye|well\s+big\s+lad|uff\s+da|ope|oh\s+ya|oh\s+for\s+cute|yinz|yunz|arr+|ahoy(?:\s+there)?"
    r"|avast(?:\s+ye)?|yo\s+ho(?:\s+ho)?|porfa(?:vor)?|porfis|por\s+favor|oye|mira|abeg|i\s+beg|biko|oga"
    r"|ssebo|nnyabo|my\s+lover|me\s+'?ansum|alright\s+our\s+kid|now\s+then\s+our\s+kid|sure\s+look|no\s+vex|shiver\s+me"
    r"\s+timbers|[oó]rale|[aá]ndale|oh\s+ya\s+you\s+betcha|roger(?:\s+that)?)" + _MARK,
    _I,
)
# A remark said first in the West Country about how good something is: 'gert lush apples this year —'.
_LUSH_REMARK = re.compile(r"^\s*(?:(?:gert|proper)\s+)?lush\b[^,—–:;]{0,40}(?:[,:;—–]|\s-)\s*", _I)
# A trade or a place said first, before a dash: 'dog walker here —', 'window round on Monday —'.
_HERE_LEAD = re.compile(r"^\s*(?:the\s+)?(?-i:[a-z]+\s+)?(?-i:[a-z]+(?:er|ist|or|ian|ant|smith|wright))\s+here\s*(?:[:—–]|\s-)\s*", _I)
# Who is no trade: kin, another person, the shop's or the account's people, the system's.
_NOT_A_TRADE = re.compile(
    rf"\b(?:{KIN_EN}|owner|holder|user|member|customer|manager|officer|controller|provider|partner|seller|dealer|reseller"
    r"|courier|admin\w*|administrator|system|support|security|errand|developer|operator|moderator|staff|police|bank\w*"
    r"|lawyer|solicitor|director|supervisor|minister|inspector|auditor|investigator|representative|other|another)\b",
    _I,
)
# The place's own words with the saved label said after them: 'the tutoring centre (it's the office address) —'.
_PLACE_LABEL_LEAD = re.compile(
    r"^\s*(?:the\s+)?(?-i:[a-z][a-z ]{2,30}?)\s*\(\s*(?:it'?s|that'?s|=)\s*(?:the|my)\s+(?P<label>home|office)"
    r"(?:\s+address)?\s*\)\s*(?:[:—–]|\s-)\s*",
    _I,
)
# A place said after with the saved label it is at: '— the dairy's at my home address' (sent home).
_PLACE_AT_LABEL = re.compile(
    r"\s*(?:[,;—–]|\s-)\s*(?:the\s+)?(?-i:[a-z][a-z ]{2,30}?)(?:'s|\s+is)\s+at\s+(?:my|the|our)\s+"
    r"(?P<label>home|office)(?:\s+address)?\s*[.!]?\s*$",
    _I,
)

# ---- tags said after a comma or at the end -----------------------------------------------------------------------
_TAG = re.compile(
    r"\s*,\s*(?:ta(?:\s+very\s+much)?|ta\s+love|cheers(?:\s+(?:our\s+kid|drive|mate|love))?|my\s+lover|my\s+bird"
    r"|proper\s+job|dead\s+on|wee\s+buns|so\s+it\s+is|so\s+i\s+am|so\s+we\s+do|so\s+they\s+are|so\s+i\s+do"
    r"|you\s+betcha|dontcha\s+know|oh\s+ya|matey|me\s+hearty|me\s+hearties|cap'?n|arr+|sha|o|abeg|biko|oga"
    r"|gracias|mija|mijo|[aá]ndale|jare|nice\s+one|cheers\s+drive|so\s+i\s+will|no\s+wahala|then|a\s+good\s+one|a\s+decent\s+one|a\s+nice\s+one|a\s+proper\s+one|and\s+that'?s\s+(?:it|all)"
    r"|that'?s\s+(?:it|all)|over(?:\s+and\s+out)?|no\s+higher|not\s+a\s+penny\s+more)\s*[.!]*" + _END
    + r"|\s+n'at\b"
    + r"|\s*,?\s*(?<![\w'-])(?:matey|me\s+hearty)(?![\w'-])",
    _I,
)
# Tags that are a product's word elsewhere ('herbal tea, mint', 'speakers, sound'): only with another Mancunian word.
_MANC = re.compile(r"\b(?:our\s+kid|buzzin[g']?|mither(?:ing)?|mardy|made\s+up|sound\s+as\s+a\s+pound|dead\s+good|scran)", _I)
_MANC_TAG = re.compile(r"\s*,\s*(?:mint|sound|boss|made\s+up|buzzin[g']?)\s*[.!]*\s*$", _I)
# Radio procedure: the call signs said first, 'over' at the end.
_RADIO = re.compile(r"^\s*(?:(?:errand|agent)\s*,\s*)?this\s+is\s+(?P<name>[A-Za-z]+)\s*[,.]\s*(?P<verb>request(?:ing)?)\s+",
                    _I)
_OVER = re.compile(r"\s*,?\s*over(?:\s+and\s+out)?\s*[.!]?\s*$", _I)

# ---- words said plainly where they stand ----------------------------------------------------------------------
_NUMBER = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+dozen"
           r"|a\s+couple\s+of)")
_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Mancunian
    (re.compile(r"\bour\s+kid(?='s\s+buzzin|\s+(?:wants|needs|is|'s)\b)", _I), "my brother"),
    (re.compile(r"\b(?P<who>[a-z]+)'s\s+buzzin[g']?\s+for\b", _I), r"\g<who> wants"),
    (re.compile(r"\b(?:don'?t|do\s+not|no\s+need\s+to)\s+(?:mither|worry|fuss|stress|bother)\s+(?:about|over|with)\s+"
                r"(?:the\s+)?(?:brand|make|colou?r|model|style)s?\s*(?:[,;—–]|\s-)\s*(?:just\s+)?", _I), ""),
    (re.compile(r"\bmither(?:ing)?\b", _I), "bother"),
    # West Country: 'a proper job wheelbarrow' (praise before the noun)
    (re.compile(r"(?<=\ba\s)proper\s+job\s+(?=[a-z])", _I), ""),
    # Pittsburghese, Philly, Minnesotan
    (re.compile(r"\bgumbands?\b", _I), "rubber bands"),
    (re.compile(r"\b(?:yinz|yunz|youse|youze)\s+(?=(?:get|buy|order|grab|send|can|could|find|pick)\b)", _I), ""),
    (re.compile(r"\bwooder\b", _I), "water"),
    (re.compile(r"\b(?:that|this|the)\s+jawn\s+(?:for|to)\s+[^,]{2,40},\s*(?=(?:a|an|one|the|some|\d)\b)", _I), ""),
    (re.compile(r"\bjawns?\b", _I), "thing"),
    # Ulster: 'a wee electric blanket'
    (re.compile(rf"\b(?P<n>a|an|{_NUMBER})\s+wee\s+(?!bit\b)(?=[a-z]{{3}})", _I), r"\g<n> "),
    # Spanglish
    (re.compile(r"\b(?:ahorita|ahora)\s+", _I), ""),
    (re.compile(r"\b(?:c[oó]mprame|compra(?:me)?)\s+(?=(?:\d|una?\b|dos\b|tres\b))", _I), "buy "),
    (re.compile(r"\bnecesito\s+", _I), "I need "),
    (re.compile(r"(?<=\bneed\s)una?\s+", _I), "a "),
    (re.compile(r"(?<=\bbuy\s)una?\s+", _I), "a "),
    (re.compile(r"\b(?P<n>\d+)\s+bolsas\s+de\s+", _I), r"\g<n> bags of "),
    (re.compile(r"(?<=\w)\s+y\s+(?=(?:\d|una?\b))", _I), " and "),
    (re.compile(r"\b(?P<n>\d+)\s+cajas\s+de\s+", _I), r"\g<n> boxes of "),
    (re.compile(r"\b(?P<n>\d+)\s+paquetes\s+de\s+", _I), r"\g<n> packs of "),
    (re.compile(r"\bpa(?:'|ra)\s+la\s+casa\b", _I), "for home"),
    (re.compile(r"\bpa(?:'|ra)\s+la\s+oficina\b|\bpa'l\s+trabajo\b|\bpara\s+el\s+trabajo\b", _I), "for the office"),
    # Dutch and German English: 'I would like to become two new pillowcases'
    (re.compile(rf"\b(?P<ask>(?:would|'d)\s+like\s+to|want\s+to|can\s+i|could\s+i|may\s+i)\s+become\s+(?={_NUMBER}\b|a\s+new\b)",
                _I), r"\g<ask> get "),
    # Pidgin: 'make e no cost pass 120', 'e no pass 120'
    (re.compile(r"\b(?:make\s+)?(?:e|it)\s+no\s+(?:cost\s+|price\s+)?pass\s+(?=[¥￥]?\d)", _I), "nothing over "),
    (re.compile(r"\bmake\s+(?:you|u)\s+(?=(?:buy|get|order)\b)", _I), ""),
    (re.compile(r"\bi\s+wan(?:t)?\s+(?=(?:buy|get|order)\b)", _I), "I want to "),
    (re.compile(r"\bi\s+dey\s+(?:find|look\s+for)\s+", _I), "I need "),
    # Ugandan and East African English: 'I am requesting for 2 jerrycans'
    (re.compile(r"\b(?:i\s+am|i'm)\s+(?:kindly\s+)?requesting\s+(?:for\s+)?(?:you\s+to\s+(?:buy|get)\s+(?:me\s+)?)?", _I),
     "I need "),
    (re.compile(r"\bkindly\s+assist\s+(?:me\s+)?(?:with|to\s+(?:buy|get))\s+", _I), "please buy "),
    # a cap per unit said with 'a': 'under 60 a pad' (each)
    (re.compile(r"\b(?P<cap>(?:under|below|max(?:imum)?|up\s+to|no\s+more\s+than|not\s+over|nothing\s+over|less\s+than|≤)\s*"
                r"[¥￥]?\d[\d.,]*)\s+a\s+(?:pad|pack|box|bag|bottle|roll|tin|jar|pair|set|kit|piece|tube|can|unit|item"
                r"|ream|carton|packet|sheet|bar)\b", _I), r"\g<cap> each"),
    # 'six of 'em for the gig' after a comma: the count, then what they are for
    (re.compile(rf",\s*(?P<n>{_NUMBER})\s+of\s+(?:'em|them)\s+(?=for\b)(?!.*\b(?:return|back|refund)\b)", _I), r", \g<n>, "),
    # pirate
    (re.compile(r"(?<![\w'-])fer(?=\s+(?:the|me|my|ye|a|an|\d)\b)", _I), "for"),
    (re.compile(r"(?<![\w'-])ye\s+(?=(?:fetch|get|buy|bring)\b)", _I), ""),
)

# ---- shapes ----------------------------------------------------------------------------------------------------
# A recipe's list, then the one line that asks: "For Sunday's paella you'll need: 1 paella pan. Just buy that."
_RECIPE = re.compile(
    r"^.{0,60}?\b(?:you'?ll|you\s+will|we'?ll|we\s+will|i'?ll)\s+need\s*:\s*(?P<list>[^:]+?)\s*[.;!]\s*"
    r"(?:(?:so\s+)?just\s+|please\s+)?(?:buy|get|order|grab)\s+(?:that|those|it|them|this|these)(?:\s+(?:for\s+me|please))?"
    r"\s*[.!]*\s*$",
    _I,
)
# An auction bid: "I'll go up to 450 for a sewing machine, one, no higher".
_GO_UP_TO = re.compile(
    r"^\s*(?:i'?ll|i\s+will|i\s+can|i'?d|i\s+would|we'?ll)\s+(?:go|bid|pay|stretch)\s+(?:up\s+)?(?:to|as\s+high\s+as)\s+"
    r"(?P<cap>[¥￥]?\d[\d,.]*(?:\s*(?:yuan|rmb|kuai|元|块))?)\s+(?:for|on)\s+(?P<rest>.+?)\s*(?:,\s*(?:and\s+)?"
    r"(?:no\s+higher|no\s+more|not\s+a\s+(?:penny|cent|yuan)\s+more|tops|max))?\s*[.!]?\s*$",
    _I,
)
# A long story, then what the shopper needs: '…, so what I actually need is window insulation film, two kits'.
_WHAT_I_NEED = re.compile(
    r"^(?P<story>.{20,}?)\b(?:so\s+|and\s+|but\s+)?(?:what|all)\s+(?:i|we)\s+(?:actually\s+|really\s+|just\s+)?"
    r"(?:need|want)\s+(?:is|are)\s+(?P<need>.+)$",
    _I,
)


# A child's spelling passed on as written: "a 'dinosor nite lite' (his spelling)". The quoted words are folded by a
# small table of phonetic spellings children use; a word not in it is kept as written.
_THEIR_SPELLING = re.compile(
    r"(?P<q>['\"‘“])(?P<said>[A-Za-z][A-Za-z '-]{1,40}?)['\"’”]\s*\(\s*(?:(?:his|her|their|my\s+\w+'s|the\s+kids?'s?)\s+"
    r"(?:own\s+)?spelling|sic)\s*\)",
    _I,
)
_FOLDED = {
    "nite": "night", "lite": "light", "dinosor": "dinosaur", "dinosore": "dinosaur", "dinasor": "dinosaur",
    "dinasaur": "dinosaur", "dinosaw": "dinosaur", "unicon": "unicorn", "unicorm": "unicorn", "tracter": "tractor",
    "robbot": "robot", "robat": "robot", "trane": "train", "poney": "pony", "skool": "school", "bisikel": "bicycle",
    "bycicle": "bicycle", "ruksak": "rucksack", "rucsak": "rucksack", "hoodee": "hoodie", "teddie": "teddy",
    "sparkely": "sparkly", "rocit": "rocket", "rokit": "rocket", "scoota": "scooter",
    "scooder": "scooter", "helicoptor": "helicopter", "elefant": "elephant", "jiraff": "giraffe", "giraf": "giraffe",
    "dragun": "dragon", "princes": "princess", "prinses": "princess", "castel": "castle", "pirat": "pirate",
}
# 'wants a … — get him one': the dash before the verb that asks for it is a comma.
_DASH_GET = re.compile(r"\s+[—–-]\s+(?=(?:so\s+)?(?:get|buy|order|grab)\s+(?:him|her|them|me|us)\s+(?:one|a\s+pair|some)\b)", _I)


def _spelled(text: str) -> str:
    def fold(said: re.Match[str]) -> str:
        return " ".join(_FOLDED.get(word.lower(), word) for word in said.group("said").split())

    return _DASH_GET.sub(", ", _THEIR_SPELLING.sub(fold, text))


# What a story before the need may say that the checks must still read: money, an address, a limit, a person's own.
_KEEP = re.compile(r"\b(?:card|account|pay\w*|wallet|address|flat|house|deliver\w*|send|ship\w*|cap|limit|budget|approv\w*"
                   r"|his|her|their|[a-z]+'s\s+(?:card|account|flat|house|place|home|office)|ord_\w+|return\w*|refund\w*)\b", _I)


# Whom or what a recipe's opening line may name that the checks must still read: a person, a pet, another's own.
_SOMEONE = re.compile(rf"\b(?:{KIN_EN}|him|her|them|his|their|someone|somebody|dogs?|cats?|pets?|guests?|kids|children"
                      r"|baby|toddler|next\s+door|guy|bloke|man|woman|lady|person|people)\b", _I)


def _heard_before(opening: str) -> bool:
    """A recipe's opening line ('For Sunday's paella you'll need:') says what the checks must read: a person, an
    animal, money, an address, or anything they would ask about; then the list is not read apart from it."""
    return bool(dp.must_hear(opening) or _KEEP.search(opening) or _SOMEONE.search(opening))


def _shopper_call(text: str, shopper_id: str) -> str:
    """'Errand, this is Alice, request four head torches …, over': the shopper's own call, said as a request."""
    call = _RADIO.match(text)
    if call is None or call.group("name").lower() != shopper_id.lower():
        return text
    return "please buy " + _OVER.sub("", text[call.end():])


def _varieties(text: str) -> str:
    rest = text
    for _ in range(2):
        rest = _OPENER.sub("", _LUSH_REMARK.sub("", rest))
    if _MANC.search(rest):
        rest = _MANC_TAG.sub("", rest)
    for pattern, said in _WORDS:
        rest = pattern.sub(said, rest)
    for _ in range(3):
        rest = _TAG.sub("", rest)
    return rest


def _shapes(text: str) -> str:
    if (recipe := _RECIPE.match(text)) is not None and not _heard_before(text[: recipe.start("list")]):
        return "buy " + recipe.group("list")
    if (bid := _GO_UP_TO.match(text)) is not None:
        return f"{bid.group('rest')}, nothing over {bid.group('cap')}"
    need = _WHAT_I_NEED.match(text)
    if need is not None and not dp.must_hear(need.group("story")) and not _KEEP.search(need.group("story")):
        return "I need " + need.group("need")
    return text


_COUNTED = r"(?=(?:a|an|one|some|\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b)"
# The shopper's round or shift said first: 'window round on Monday —', 'market stall this Saturday:'.
_ROUND_LEAD = re.compile(
    r"^\s*(?:the\s+|my\s+|our\s+)?(?-i:[a-z]+)(?:\s+(?-i:[a-z]+))?\s+(?:round|run|shift|gig|session|class|practice|stall"
    r"|rota|fair|market|service|rehearsal|match|tournament)(?:\s+(?:on|this|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|\s+(?:today|tomorrow|tonight|this\s+week(?:end)?))?\s*(?:[:—–]|\s-)\s*" + _COUNTED,
    _I,
)
# A place run out of something, then how many: "the food truck's out of paper trays — 10 packs" (10 packs of them).
_RUN_OUT = re.compile(
    r"^\s*(?:the\s+|our\s+|my\s+)?(?:[a-z]+\s+){0,2}?(?:[a-z]+'s|[a-z]+\s+(?:is|are)|we'?re|we\s+are|i'?m|i\s+am)\s+"
    r"(?:all\s+|completely\s+|totally\s+|clean\s+)?(?:run\s+)?out\s+of\s+(?P<what>[a-z][\w -]{2,40}?)\s*(?:[:,—–]|\s-)\s*"
    r"(?P<n>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+(?P<unit>packs?|boxes|box|bags?|rolls?"
    r"|bottles?|cartons?|packets?|tubs?|tins?|cases?|sleeves?|reams?|sets?)\b",
    _I,
)

# Money and its stand-ins, never counted in packs here: 'the bank's out of cash — 10 packs' stays as said.
_MONEY = re.compile(r"\b(?:cash|money|notes|coins|banknotes|gift\s*cards?|vouchers?|credit|crypto|bitcoin|bank\w*|atm)\b", _I)


def _scene(text: str) -> str:
    """A trade or a place said first or after, with no product in it: taken off (a label it names kept)."""
    out = _RUN_OUT.match(text)
    if out is not None and not dp.must_hear(out.group(0)) and not _MONEY.search(out.group(0)):
        text = f"{out.group('n')} {out.group('unit')} of {out.group('what')}{text[out.end():]}"
    if (round_lead := _ROUND_LEAD.match(text)) is not None and not dp.must_hear(round_lead.group(0)):
        text = text[round_lead.end():]
    place = _PLACE_LABEL_LEAD.match(text)
    if place is not None and not dp.must_hear(place.group(0)) and not _NOT_A_TRADE.search(place.group(0)):
        return f"{text[place.end():]}, to {place.group('label').lower()}"
    lead = _HERE_LEAD.match(text)
    if lead is not None and not dp.must_hear(lead.group(0)) and not _NOT_A_TRADE.search(lead.group(0)):
        text = text[lead.end():]
    if (after := _PLACE_AT_LABEL.search(text)) is not None and not _NOT_A_TRADE.search(after.group(0)):
        text = f"{text[:after.start()]}, to {after.group('label').lower()}"
    return text


def plain(text: str, shopper_id: str = "") -> str:
    """English ``text`` with these varieties' and registers' words said plainly; other text as it was."""
    if re.search(r"[\u4e00-\u9fff]", text) or not re.search(r"[A-Za-z]", text):
        return text
    rest = _shopper_call(text, shopper_id)
    rest = _shapes(_scene(_varieties(_spelled(rest))))
    rest = re.sub(r"\s*,(?:\s*,)+", ",", " ".join(rest.split())).strip(" ,;")
    return rest if re.search(r"[A-Za-z]{2}", rest) else text


# ---- how it was typed (read before caps and packs are) -----------------------------------------------------------
# Emoji keycap digits: '3️⃣ pairs' (3), '🔟' (10).
_KEYCAP = re.compile(r"(?P<d>[0-9])\ufe0f?\u20e3")
# A telegram: 'NEED TWO SLEEPING BAGS STOP … STOP HOME STOP' — 'STOP' as its full stop, said at least twice and last.
_STOP = re.compile(r"\s+STOP(?=\s|$)")
# A word typed, then taken back: 'Bin bags... no, compostable caddy liners' (the second is the one meant).
_TAKEN_BACK = re.compile(
    r"^\s*(?P<old>[A-Za-z][A-Za-z' -]{1,40}?)\s*(?:\.{2,}|…)\s*(?:no|nah|wait|sorry|scratch\s+that|i\s+mean)\s*[,!—–]\s*"
    r"(?P<new>[A-Za-z].+)$",
    _I,
)
# Chat filler said first and marks doubled: 'ok so uhh,,, 3 ice cube trays?? silicone ones'.
_FILLER = re.compile(r"^\s*(?:(?:ok(?:ay)?|so|um+|uh+|erm+|er+|like|hmm+)\s*[,.]*\s+)+(?=\S)", _I)
_DOUBLED = re.compile(r"(?<=[A-Za-z])\s*(?:,{2,}|\?{2,}|!{2,}\?*)\s*(?=[A-Za-z0-9])")


def typed(text: str) -> str:
    """``text`` with keycap digits, a telegram's STOPs, a word taken back after '...' and chat filler undone."""
    rest = _KEYCAP.sub(lambda m: m.group("d"), text).replace("\U0001f51f", "10")
    if len(_STOP.findall(rest)) >= 2 and re.search(r"\sSTOP\s*$", rest):
        rest = _STOP.sub(",", rest).rstrip(" ,")
    back = _TAKEN_BACK.match(rest)
    if back is not None and not re.search(r"\d|\b(?:and|or|plus)\b", back.group("old"), _I) \
            and not re.match(r"(?:just|only)\b", back.group("new"), _I) and not dp.must_hear(back.group("old")):
        rest = back.group("new")  # 'X and Y... no, just X' is left to the readers of a product taken back
    if _DOUBLED.search(rest):
        rest = _DOUBLED.sub(", ", _FILLER.sub("", rest))
    return rest
