"""Words of another language, or of a variety of English, said around a request, told from the request's own words by
what English knows: a word the English lexicon (lemminflect's, the one the readers already use) does not hold is a
greeting, an address word, a particle or a thanks when it stands where those are said, and nothing else:

- said first, before the first comma, '!' or dash ('machan,', 'salam joon,', 'talofa!'): a greeting or an address;
- said last, after the last comma ('…, merci', "…, fa'afetai"), or as the whole of a clause between two others
  ('2 tagines, jazakallah, under 250'): a thanks or a particle;
- said right after the product's English head noun at the end of a clause ('2 tiffin carriers na', 'one cooker da'),
  when the sentence says another such word at its edge: a particle;
- said at the start of the last clause before a cap ('— inşallah under 200'), or before the count ('nunua 3 …').

A word is none of these when it is a number, a unit or a model code, is written with a capital where a brand or a
place would be, is a word of the glossary, a brand or a chain the readers know, or names anything a check must hear
(``dropped.must_hear`` and the harm readers). What is left must still name goods, or the sentence is kept as it was:
a product word English does not know ('tiffin', 'çaydanlık') inside the product's phrase, or anywhere but an edge,
stays. A clause with English words in it stays for the other readers.

Also said plainly here: dialect spellings (t'kitchen, wi', 'fore, an apostrophe for a dropped g, 'di big wan') and
'for' dictated for four before a plural ('buy for bath towels').
"""

from __future__ import annotations

import re
from functools import lru_cache

import lemminflect  # type: ignore[import-untyped]

from . import crime_named as cn
from . import dropped as dp
from . import harm as hm
from . import harm_anywhere as ha
from . import harm_purpose as hp
from . import phrases as ph
from . import unlike as ul
from .people_words import KIN_EN

_I = re.IGNORECASE
_SEP = re.compile(r"(\s*[,!;]+\s*|\s+[—–-]{1,2}\s+|\s*[—–]\s*)")
_NUM = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a\s+dozen|a\s+couple"
        r"|\d{1,4})")
_CAP = r"(?:under|below|max|maximum|not\s+over|no\s+more\s+than|less\s+than|up\s+to|at\s+most)\b"

# English words the lexicon leaves out: its closed classes, chat shorthand, counts and times.
_ENGLISH = frozenset(["the", "a", "an", "and", "or", "for", "with", "from", "of", "at", "to", "in", "on", "by", "per", "via", "than", "then", "if", "but", "so", "as", "into", "onto", "upon", "nor", "yet", "i", "me", "my", "mine", "we", "us", "our", "you", "your", "yours", "it", "its", "he", "him", "his", "she", "her", "they", "them", "their", "this", "that", "these", "those", "some", "any", "no", "not", "each", "every", "all", "both", "either", "neither", "what", "which", "who", "whom", "whose", "where", "when", "why", "how", "pls", "plz", "thx", "ty", "u", "ur", "ok", "okay", "asap", "tmrw", "tmr", "tmw", "tonite", "nite", "arvo", "mins", "hrs", "wk", "lol", "omg", "btw", "fyi", "imo", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "dozen", "half", "x", "max", "min", "thirteen", "fourteen", "sixteen", "seventeen", "eighteen", "nineteen", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "k", "er", "erm", "um", "umm", "uh", "hmm", "nah", "naw", "nope", "yep", "yeah", "yup", "am", "pm", "noon", "midnight", "sudo", "admin", "sys", "root", "dev", "system", "override", "jailbreak"])
# Units, sizes and pack words.
_UNITS = frozenset(["ml", "l", "ltr", "kg", "g", "mg", "cm", "mm", "m", "km", "lb", "lbs", "oz", "qt", "gal", "w", "v", "kw", "gb", "tb", "mb", "hz", "pcs", "pc", "pk", "pkt", "sz", "xs", "xl", "xxl", "inch", "in", "ft", "yd", "litre", "litres", "liter", "liters", "quart", "quarts"])
_PACKS = frozenset(["pack", "packs", "box", "boxes", "bag", "bags", "bottle", "bottles", "jar", "jars", "tin", "tins", "can", "cans", "set", "sets", "pair", "pairs", "piece", "pieces", "roll", "rolls", "carton", "cartons", "unit", "units", "lot", "lots", "bundle", "bundles", "bowls", "cups", "glasses", "sachets", "tubs", "tub", "packets", "packet", "dozen"])
# Words that name no goods, read in what is left.
_NOT_GOODS = _ENGLISH | _UNITS | _PACKS | frozenset(["buy", "get", "order", "grab", "need", "want", "send", "please", "thanks", "thank", "cheers", "under", "below", "tops", "each", "only", "just", "big", "small", "new", "more", "most", "less", "over", "up", "today", "tomorrow", "tonight", "morning", "afternoon", "evening", "week", "home", "office", "me", "size", "colour", "color", "kind", "type", "style", "model", "brand", "length", "width"])
# English said with a greeting or a thanks, beside the words of another language.
_HAIL = frozenset(["hi", "hello", "hey", "oh", "ah", "ok", "okay", "so", "well", "my", "dear", "good", "morning", "evening", "yes"])
_THANKS = frozenset(["thanks", "thank", "you", "cheers", "please", "pls", "so", "much", "very", "again", "lots"])
_GOODS = frozenset(w for name in (*ph.GLOSSARY.values(), *ph.CHAINS, *ul._BRANDS) for w in name.lower().split())
# Words that set a fact of the errand (where, when, how much): a slip for one of them is that word, not a particle.
_FACTS = ("home", "office", "under", "below", "tomorrow", "today", "tonight", "morning", "afternoon", "evening",
          "please", "order", "deliver", "cancel", "return", "refund", "address", "weekend", "each", "monday", "tuesday",
          "wednesday", "thursday", "friday", "saturday", "sunday", "send", "ship", "less", "than", "most")
_PREFIXES = ("un", "non", "re", "pre", "over", "under", "anti", "mini", "multi", "super", "extra", "semi", "self")
_SUFFIXES = ("ed", "ing", "ers", "er", "es", "s", "ly", "ness", "less", "ful", "able", "proof", "ish", "ies", "ied", "y")
_CORRECTED = re.compile(r"\b(?:no|not|wait|actually|sorry|rather|instead|mean|or)\b|\?", _I)
_GLOSS = re.compile(r"^(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+){0,2}(?<!\bkind)(?<!\btype)(?<!\bsort)(?<!\bstyle)(?<!\bones)"
                    r"(?<!\bone)(?<!\bsize)(?<!\bmodel)(?<!\bversion)(?<!\bcolour)(?<!\bcolor)$", _I)
_CONTRACTION = re.compile(r"'(?:s|t|ll|re|ve|d|m)$", _I)
_PEOPLE = re.compile(rf"\b(?:{KIN_EN}|kids?|children|guests?|friends?|people|staff|students?|team|boys|girls|twins|guys"
                     r"|neighbou?rs?|colleagues?|workers?|everyone|them|him|her|us|me|my|our|his|their|the|a|an)\b", _I)


@lru_cache(maxsize=4096)
def _known(word: str) -> bool:
    """English's lexicon, or a word made of one, holds ``word``; or it is a slip for a word that sets a fact."""
    if lemminflect.getAllLemmas(word) or word in _ENGLISH or word in _UNITS or word in _GOODS:
        return True
    if _CONTRACTION.search(word) or any(_one_slip(word, fact) for fact in _FACTS) or _made(word):
        return True
    return any(lemminflect.getAllLemmas(part) or part in _ENGLISH or _made(part) for part in re.split(r"[-']", word)
               if len(part) > 2)


def _made(word: str, depth: int = 0) -> bool:
    """``word`` is made of English the lexicon holds: a prefix or a suffix on a word it knows ('unscented'), or two
    words it knows ('hardcover')."""
    def lex(stem: str) -> bool:
        return bool(lemminflect.getAllLemmas(stem)) or depth < 1 and _made(stem, depth + 1)

    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4 and lex(word[len(prefix):]):
            return True
    for suffix in _SUFFIXES:
        stem = word[:-len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and (lex(stem) or lex(f"{stem}e") or suffix[0] == "i" and lex(f"{stem}y")
                                                         or len(stem) > 3 and stem[-1] == stem[-2] and lex(stem[:-1])):
            return True
    return any(lemminflect.getAllLemmas(word[:i]) and lemminflect.getAllLemmas(word[i:]) for i in range(4, len(word) - 3))


def _one_slip(word: str, meant: str) -> bool:
    """``word`` is ``meant`` with one letter left out, added, changed or two swapped ('offcie', 'hom', 'undr')."""
    if abs(len(word) - len(meant)) > 1 or word == meant:
        return False
    if len(word) == len(meant):
        diff = [i for i, (a, b) in enumerate(zip(word, meant)) if a != b]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == meant[diff[1]] \
            and word[diff[1]] == meant[diff[0]]
    short, long_ = sorted((word, meant), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@lru_cache(maxsize=4096)
def _harmless(word: str) -> bool:
    probes = (word, f"buy {word}", f"buy it for {word}", f"2 {word}")
    return not any(dp.must_hear(p) or cn.crime_named(p) or hp.harmful_purpose(p) or hm.harmful(p) or ha.named(p)
                   for p in probes)


def _stray(word: str, first: bool = False) -> bool:
    """``word`` is outside English and could be nothing the checks or the search need."""
    said = word.strip(".?!\"“”()")
    if not re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*'?", said):
        return False
    if any(c.isupper() for c in said[1:]) or said[0].isupper() and not first:
        return False  # a brand, a place or a name
    low = said.lower().replace("’", "'").rstrip("'")
    return len(low) > 1 and not _known(low) and _harmless(low)


def _all_stray(chunk: str, allowed: frozenset[str], first: bool = False, most: int = 4) -> bool:
    words = chunk.split()
    if not words or len(words) > most:
        return False
    strays = [_stray(w, first and i == 0) for i, w in enumerate(words)]
    return any(strays) and all(s or w.lower().strip(".?!") in allowed for s, w in zip(strays, words))


def _goods_word(word: str) -> bool:
    low = word.lower()
    return len(low) > 2 and low not in _NOT_GOODS and bool(lemminflect.getAllLemmas(low).get("NOUN") or not _known(low))


def _names_goods(text: str) -> bool:
    """What is left still asks for goods: a count or a verb of buying, then a noun or a word English does not know
    (not a pack, a unit or a size)."""
    for said in re.finditer(rf"\b(?:{_NUM}|buy|get|order|grab|need|want)\s+(?:me\s+|us\s+)?(?P<what>[^,;!—–?]+)", text, _I):
        if any(_goods_word(w) for w in re.findall(r"[^\W\d_][\w'’-]*", said.group("what"))):
            return True
    return False


def _plural_in(phrase: str) -> bool:
    """``phrase`` holds an English plural noun ('3 water jerrycans'), as a count of goods does and a model does not."""
    for word in phrase.lower().split():
        lemmas = lemminflect.getAllLemmas(word).get("NOUN")
        if lemmas and lemmas[0] != word or word.endswith("s") and not _known(word[:-1]) and len(word) > 4:
            return True
    return False


def _particle_after_noun(chunk: str) -> str:
    """'2 steel tiffin carriers na': the particle after the head noun taken off; the clause as it was otherwise."""
    said = re.match(rf"^(?P<head>(?:(?:buy|get|order|grab)\s+(?:me\s+|us\s+)?)?(?P<n>{_NUM})\s+(?:[\w'-]+\s+){{0,4}}"
                    r"(?P<noun>[a-z][a-z-]+))\s+(?P<word>\S+)$", chunk, _I)
    if said is None or not _stray(said.group("word")) or re.search(r"\b(?:of|for|with|and|or)\b", said.group("head"), _I):
        return chunk
    noun = said.group("noun").lower()
    lemmas = lemminflect.getAllLemmas(noun).get("NOUN")
    if not lemmas:
        return chunk
    plural = lemmas[0] != noun
    one = said.group("n").lower() in ("a", "an", "one", "1")
    if plural or one and len(said.group("word")) <= 4:
        return said.group("head")
    return chunk


def _edges(text: str) -> str:
    parts = _SEP.split(text)
    chunks, seps = parts[0::2], ["", *parts[1::2]]
    if len(chunks) < 2:
        return text
    keep = [True] * len(chunks)
    said = list(chunks)
    if _all_stray(chunks[0], _HAIL, first=True) and sum(1 for w in chunks[0].split() if w.lower() not in _HAIL) <= 2:
        keep[0] = False
    last = len(chunks) - 1
    for i in range(1, last + 1):
        before = " ".join(c for j, c in enumerate(chunks[:i]) if keep[j])
        if _CORRECTED.search(before) or not _names_goods(before):
            continue  # 'boots? no — wellies, 2 pairs': what follows a correction, or the goods themselves
        if _all_stray(chunks[i], _THANKS, most=2 if i < last else 3):
            keep[i] = False
    if keep[last] and (lead := re.match(rf"^(?P<w>\S+(?:\s+\S+)??)\s+(?={_CAP})", chunks[last], _I)) and _all_stray(lead.group("w"), frozenset()):
        said[last] = chunks[last][lead.end():]
    for i in range(1, last + 1):  # '2 çaydanlık — the double teapot —': the English said for a word it does not know
        prev = [c for j, c in enumerate(said[:i]) if keep[j]]
        head = prev[-1].split()[-1] if prev and prev[-1].split() else ""
        if keep[i] and _GLOSS.match(said[i]) and head[:1].islower() and not _known(head.lower()) and prev \
                and re.search(rf"\b{_NUM}\s+(?:\S+\s+){{0,2}}\S+$", prev[-1], _I) and not _CORRECTED.search(prev[-1]) \
                and all(_known(w.lower()) for w in said[i].split()) and _harmless(said[i]):
            keep[i] = False
    edge_said = not all(keep) or said != chunks
    for i, chunk in enumerate(said):
        lead = re.match(rf"^(?P<w>\S+(?:\s+\S+)??)\s+(?=(?P<n>{_NUM})\s+(?P<what>[\w'-]+)(?P<rest>[^,;!—–]*))", chunk, _I)
        if keep[i] and lead and _all_stray(lead.group("w"), frozenset(), first=i == 0) and _known(lead.group("what").lower()) \
                and lead.group("what").lower() not in _PACKS and lead.group("what").lower() not in _UNITS \
                and (lead.group("n").lower() in ("a", "an", "one", "1") or _plural_in(lead.group("what") + lead.group("rest"))):
            said[i], edge_said = chunk[lead.end():], True
    if edge_said:
        said = [_particle_after_noun(c) if keep[i] else c for i, c in enumerate(said)]
    if said == chunks and all(keep):
        return text
    out = "".join((seps[i] if any(keep[:i]) else "") + said[i] for i in range(len(chunks)) if keep[i])
    return out if _names_goods(out) else text


# Dialect spellings said plainly.
_SPELLED = (
    (re.compile(r"(?<![\w'])t'(?=[a-z]{2,})", _I), "the "),
    (re.compile(r"(?<![\w'])wi'(?=\s)", _I), "with"),
    (re.compile(r"(?<![\w'])'fore\b", _I), "before"),
    (re.compile(r"(?<![\w'])'bout\b", _I), "about"),
    (re.compile(r"\b(?:di|de|da)\s+(?P<adj>[a-z]+)\s+wan\b", _I), r"the \g<adj> one"),
    (re.compile(r"(?P<at>^\s*|[,!:;—–]\s*|\b(?:buy|get|order|grab)\s+)wan\s+(?=[a-z]+\s+[a-z]+|[a-z]+\s*(?:[,.!]|$))", _I),
     r"\g<at>one "),
)
_DROPPED_G = re.compile(r"(?<![\w'])(?P<w>[a-z]{2,}in)'(?=\s|[,.!?;:—–]|$)", _I)
# 'for' dictated for four: the verb, then 'for' and a plural that is goods, not people.
_FOR_FOUR = re.compile(r"^(?P<lead>\s*(?:(?:please|pls|plz|can\s+you|could\s+you)\s+)?(?:buy|order|get|grab)\s+(?:me\s+|us\s+)?)"
                       r"for\s+(?!ty\b|teen\b)(?P<what>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})(?=\s*(?:[,.!]|$))", _I)


def _spelled(text: str) -> str:
    for pattern, plain_word in _SPELLED:
        text = pattern.sub(plain_word, text)

    def g_said(match: re.Match[str]) -> str:
        opened = text[:match.start()].count(" '") + text[:match.start()].startswith("'")
        word = match.group("w")
        return f"{word}g" if not opened and lemminflect.getAllLemmas(f"{word}g".lower()) else match.group(0)

    return _DROPPED_G.sub(g_said, text)


def _four(text: str) -> str:
    said = _FOR_FOUR.match(text)
    if said is None or _PEOPLE.search(said.group("what")) or re.search(rf"\b{_NUM}\b(?<!\ba)(?<!\ban)", text[said.end():], _I):
        return text
    last = said.group("what").split()[-1].lower()
    lemmas = lemminflect.getAllLemmas(last).get("NOUN")
    if not lemmas or lemmas[0] == last or not _harmless(said.group("what")):
        return text
    return f"{said.group('lead')}4 {said.group('what')}{text[said.end():]}"


def plain(text: str, *, buying: bool = True) -> str:
    """``text`` with dialect spellings said plainly and, in a purchase, the words said around it taken off."""
    if re.search(r"[\u3000-\u9fff]", text) or not re.search(r"[A-Za-z]", text):
        return text
    text = _spelled(text)
    return _four(_edges(text)) if buying else text
