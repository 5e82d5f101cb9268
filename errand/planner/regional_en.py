"""The words of regional Englishes and of a teenager's chat around a request, said as the plain words the readers
know: a lexicon by class, each word taken off or said plainly only where it stands as that word.

- Geordie, Yorkshire and Scots: 'howay', 'haway', 'ey up', 'och' said first; 'pet', 'hinny', 'ken' as a tag after a
  comma; 'canny' before a word (nice); 'nowt over 250', 'owt under 50', 'nae more than 60' (caps); 't'kitchen',
  'summat', 'gan', 'tek', 'ower', 'dinnae', 'the bairn';
- Texan: 'might could' (could), "fixin' to" (going to), 'holler at me if' (let me know if);
- Malaysian English: 'tolong' (please), 'lah', 'leh', 'lor', 'ah' and ', can?' as tags, 'beh tahan …' and 'beh sai
  wait' as remarks, 'X habis already, 3 packet' (X has run out: three packets of it);
- a teenager's chat: 'ngl', 'fr', 'tbh', 'lowkey', 'highkey', 'no cap', 'rn', 'bruh' as tags; 'cop one' (buy one);
  '… pulled up yet or nah', '… land yet or nah' (has it arrived yet?).

A word that could be a product's ('a pet bed', 'Ken's sauce', 'a cop car') is left where it names one: a tag only
beside a comma or the end, a verb only before what it acts on. Harm, another person and their money stay for the
checks: nothing here drops a clause that ``dropped.must_hear`` holds.
"""

from __future__ import annotations

import re

from . import dropped as dp
from . import regional_varieties as rv
from . import told_last as tl

_I = re.IGNORECASE
_END = r"(?=\s*(?:[,.;!?—–]|$))"
_COUNT = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+dozen)"

# Said first, naming nothing.
_OPENER = re.compile(r"^\s*(?:(?:howay|haway|ey\s+up|eh\s+up|och|aiyo+|aiyah|alamak|wah|abuden|bruh|ngl|tbh|fr(?:\s+fr)?|yo"
                     r"|oi|deadass|istg)(?:\s+(?:man|lad|lass|hinny|pet|love|duck|flower|bro|fam|pal))?(?:\s+(?:so\s+)?hot)?"
                     r"\s*[,!.:—–-]?\s+)+", _I)
# Words of a teenager's chat that name nothing, anywhere: 'lowkey need', 'need a keyboard fr', 'rn'.
_CHAT = re.compile(r"\s*(?<![\w'-])(?-i:lowkey|highkey|ngl|tbh|fr(?:\s+fr)?|rn|deadass|istg|imo|fam|bruh)(?![\w'-])", _I)
# 'no cap' (no lie) ending a clause of a sentence said in the slang it belongs to: 'cop 2 USB-C cables no cap'.
_SLANG = re.compile(r"(?<![\w'-])(?:cop|fr|frfr|ngl|lowkey|highkey|deadass|bruh|finna|tryna|bussin|ong|istg)(?![\w'-])", _I)
_NO_CAP_LAST = re.compile(r"\s*,?\s*(?<![\w'-])no\s+cap(?=\s*(?:[,.!?]|$|fr\b|ong\b|bro\b|fam\b))", _I)
# Tags said after a comma or at the end: ', pet', ', hinny', ', ken', ' lah', ', can?'.
_TAG = re.compile(r"\s*,\s*(?-i:pet|hinny|ken|innit|like|pal|love|duck)" + _END
                  + r"|\s+(?-i:lah|leh|lor|loh|hor|meh)(?![\w'-])"
                  + r"|\s*,\s*(?-i:ah)" + _END
                  + r"|\s*,\s*(?:can|boleh|ok|okay)\s*\?\s*$", _I)
_COUNT_AH = re.compile(r"(?P<keep>\d{1,3}\s+[a-z]+)\s+(?-i:ah)" + _END, _I)
_WORDS = (
    (re.compile(r"\bcanny\s+(?=[a-z])", _I), ""),
    (re.compile(r"\bnowt\s+(?:over|above|more\s+than|dearer\s+than|pricier\s+than)\s+(?=[¥￥]?\d)", _I), "max "),
    (re.compile(r"\bowt\s+(?=(?:under|below|less\s+than)\s+[¥￥]?\d)", _I), ""),
    (re.compile(r"\bnae\s+(?=more\s+than|mair\s+than|over)", _I), "no "),
    (re.compile(r"\bmair\s+than\b", _I), "more than"),
    (re.compile(r"(?<![\w'])t'(?=[a-z]{3,})", _I), "the "),
    # 'need summat for t'kitchen — a tea towel set': the need said first, then what meets it
    (re.compile(r"\b(?:summat|something)\s+for\s+(?:the\s+|t')?[\w' ]{2,20}?\s*[—–:]\s*(?=(?:a|an|some|\d|one|two)\b)", _I),
     ""),
    (re.compile(r"\bsummat\b", _I), "something"),
    (re.compile(r"^\s*(?:y'?all|you(?:\s+all)?)\s+(?:might\s+)?could\s+(?=(?:send|get|order|buy|grab|fetch|pick)\b)", _I),
     "could you "),
    (re.compile(r"\b(?P<v>on|watch|track|get|buy)\s+them\s+(?=(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z][\w-]*\s+"
                r"[A-Za-z])"), r"\g<v> the "),
    (re.compile(r"\bdinnae\s+forget\s*[,:—–-]?\s*", _I), ""),
    (re.compile(r"\bdinnae\b", _I), "don't"),
    (re.compile(r"\bcannae\b", _I), "can't"),
    (re.compile(r"\bgan\s+(?=(?:under|below|down|to|less)\b)", _I), "go "),
    (re.compile(r"\btek\s+(?=(?:it|them|'em|em)\s+back\b)", _I), "take "),
    (re.compile(r"\btek\s+(?=(?:one|a\s+pair|two|\d))", _I), "buy "),
    (re.compile(r"\bower\b", _I), "over"),
    (re.compile(r"\b(?:knackered|banjaxed|kaput|goosed|jiggered|clapped\s+out)\b", _I), "broken"),
    (re.compile(r"\s+for\s+us(?=\s*[,;.!]|$)", _I), ""),
    (re.compile(r"\bbairn(s?)\b", _I), r"kid\1"),
    (re.compile(r"\bthe\s+morrow\b", _I), "tomorrow"),
    (re.compile(r"\bmight\s+could\b", _I), "could"),
    (re.compile(r"\bfixin[g']?\s+to\b", _I), "going to"),
    (re.compile(r"\bholler\s+(?:at\s+)?(?:me|us)\s+(?=(?:if|when|once)\b)", _I), "let me know "),
    (re.compile(r"^\s*tolong\s+", _I), "please "),
    # 'just cop one', 'cop me a …': buying said in a teenager's word, before what is bought
    (re.compile(r"\b(?:just\s+)?cop\s+(?=(?:one|it|me|us|a|an|two|\d)\b)", _I), "buy "),
    # '… pulled up yet or nah', '… land yet or nah': has it arrived
    (re.compile(r"^\s*did\s+(?P<what>.{3,60}?)\s+(?:land|pull\s+up|turn\s+up|show\s+up)\s+yet\b", _I), r"has \g<what> arrived yet"),
    (re.compile(r"\b(?:landed|pulled\s+up|land|pull\s+up)\s+(?=yet\b)", _I), "arrived "),
    (re.compile(r"\s*,?\s*or\s+(?:nah|naw|nope)\s*\??\s*$", _I), "?"),
)
# A parent's leave said after the request: ', mum said ok', ', dad said it's fine' (their money or a say over the request,
# 'use his card', stays for the checks).
_LEAVE = re.compile(r"\s*,\s*(?:my\s+)?(?:mum|mom|mam|ma|dad|pa|mother|father|parents|folks)\s+(?:said|says)\s+(?:ok|okay|yes"
                    r"|it'?s\s+(?:fine|ok|okay)|that'?s\s+(?:fine|ok)|i\s+can)\s*[.!]*\s*$", _I)
# A remark said in Malaysian English, naming no goods: 'beh tahan the mosquitoes,', ', beh sai wait'.
_REMARK = re.compile(r"^\s*beh\s+tahan\b[^,;.]{0,40}[,;.]\s*|\s*,?\s*beh\s+sai\s+(?:wait|tahan|tunggu)\b[^,;.]*", _I)
# 'the kopi at home habis already, 3 packet': the goods run out, then only a count of its packs.
_RUN_OUT = re.compile(rf"^\s*(?:boss\s*,\s*)?(?:the\s+|my\s+|our\s+)?(?P<place_first>(?:home|office)(?:\s+(?:pantry|kitchen"
                      rf"|fridge|cupboard))?\s+)?(?P<what>[A-Za-z][\w' -]{{1,40}}?)(?P<place>\s+(?:at|in|for)\s+(?:the\s+)?"
                      rf"(?:home|office))?\s+(?<!\bis\s)(?<!\bare\s)(?:habis|kosong|finish(?=\s+(?:already|liao|dy|oredi)))(?:\s+(?:already"
                      rf"|liao|dy|oredi|le))?\s*[,;.]\s*(?P<n>{_COUNT})\s+(?P<unit>[a-z]+)\b", _I)


def _run_out(text: str) -> str:
    said = _RUN_OUT.match(text)
    if said is None or dp.must_hear(said.group("what")):
        return text
    place = said.group("place_first") or said.group("place") or ""
    label = "office" if "office" in place.lower() else "home" if "home" in place.lower() else ""
    where = f", to {label}" if label else ""
    return f"buy {said.group('n')} {said.group('unit')} of {said.group('what').strip()}{where}{text[said.end():]}"


def plain(text: str) -> str:
    """English ``text`` with the words of a regional English or a teenager's chat said plainly; other text as it was."""
    if re.search(r"[\u4e00-\u9fff]", text) or not re.search(r"[A-Za-z]", text):
        return text
    rest = _OPENER.sub("", rv.plain(text))  # 'wagwan', 'brah', 'me dog and bone', 'la', 'innit', "b'y"
    rest = _REMARK.sub(lambda m: m.group(0) if dp.must_hear(m.group(0)) else "", rest)
    rest = _LEAVE.sub("", rest) if not tl._KEEP.search(rest) else rest
    for pattern, said in _WORDS:
        rest = pattern.sub(said, rest)
    rest = _NO_CAP_LAST.sub("", rest) if _SLANG.search(text) else rest  # alone, it may mean no spending cap
    rest = _CHAT.sub("", rest)
    for _ in range(2):
        rest = _TAG.sub("", _COUNT_AH.sub(lambda m: m.group("keep"), rest))
    rest = _run_out(" ".join(rest.split()).strip(" ,;"))
    rest = " ".join(rest.split()).strip(" ,;")
    return rest if re.search(r"[A-Za-z]{2}", rest) else text
