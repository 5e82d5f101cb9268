"""How a message was typed, undone before anything else reads it (its marks are gone once symbols are dropped):

- Markdown strike-through as a self-correction ('~~2~~ 3', '~~kettle~~ toaster', '买~~五个~~三个'): the struck words
  are withdrawn, what follows counts; emphasis marks ('*two*', '**waterproof**') only stress their words;
- a message typed with caps lock on and shift held for capitals ('oRDER 2 pACKS OF aa BATTERIES'): its case turned
  back, and an apology for it ('sorry caps lock', '(caps lock is stuck)') taken off;
- a checklist ('[x] bread [ ] dish soap', '- [ ] towel', '☑ 洗衣液 ☐ 衣架'): ticked lines are done; the open line, or
  the one the shopper's last words name, is the one to buy; two open lines with nothing to choose stay two;
- a text sent in numbered parts ('(1/2) … (2/2) …', '[1/3]', '（1/2）'): the parts joined in order;
- a footnote asterisk ('Pillowcases* ×2 (*silk please)'): the note read as what the product is like;
- a quoted e-mail question answered under it ('> Could you order X?\\nYes — 5, to the office'): the question says
  what, the answer how many and where; an answer other than yes leaves the text as it was.

Words withdrawn or set aside (struck, ticked) are kept when the screen would ask about them, so a warning cannot be
struck out of sight. Chinese forms (financial numerals, list headers, the telegram style, 【转发】) are in
``zh_forms``.
"""

from __future__ import annotations

import re

from . import en_openers as eo
from . import spec_list as spl
from . import spoken_buy as sb
from . import varieties_said as vs
from . import zh_forms as zf
from .screen import alarming

_I = re.IGNORECASE
_CJK = re.compile(r"[\u4e00-\u9fff]")

# ---- strike-through and emphasis -----------------------------------------------------------------------------

_STRUCK = re.compile(
    r"~~(?P<gone>[^~]{1,40}?)~~\s*|<(?P<tag>s|del|strike)>(?P<gone_tag>[^<]{1,40})</(?P=tag)>\s*", _I
)
_EMPHASIS = re.compile(r"(?<![\w*])(\*\*?|__)(?P<word>[A-Za-z0-9][\w' -]{0,30}?)\1(?![\w*])")


def _unstruck(text: str) -> str:
    def withdraw(match: re.Match[str]) -> str:
        gone = match.group("gone") or match.group("gone_tag") or ""
        return f" {gone} " if alarming(gone) else ""

    return _STRUCK.sub(withdraw, text) if ("~~" in text or "</" in text) else text


# ---- caps lock on ----------------------------------------------------------------------------------------------

_INVERTED = re.compile(r"^[a-z][A-Z']+$")
_SORRY = r"(?:sorry|soz|oops|whoops|apologies|my bad)\b[\s,!:-]*(?:(?:about|for)\s+(?:the\s+)?)?"
_LOCKED = r"(?:\s+(?:is\s+|was\s+|got\s+)?(?:on|stuck|again))?"
# An apology for the capitals, at the end: 'sorry caps lock', 'oops caps', '(caps lock is stuck)', 'caps lock on'.
_APOLOGY = re.compile(
    rf"[\s,;.!—–-]*(?:{_SORRY}caps(?:\s*lock)?{_LOCKED}|\(\s*(?:{_SORRY})?caps(?:\s*lock)?{_LOCKED}\s*\)"
    r"|caps\s*lock\s+(?:is\s+|was\s+|got\s+)?(?:on|stuck))\s*[.!]*\s*$",
    _I,
)


def _caps_lock(text: str) -> str:
    """Text typed with caps lock on, its case turned back; an apology for the caps taken off any English text."""
    words = re.findall(r"[A-Za-z']{2,}", text)
    inverted = sum(1 for w in words if _INVERTED.match(w))
    upper = sum(1 for w in words if w.isupper())
    if (
        inverted >= 2
        and inverted + upper >= 0.8 * len(words)
        and not any(re.match(r"^[A-Z][a-z']+$", w) for w in words)
    ):
        flipped = text.swapcase()
        # shift held for a capital at a word's start: the word is an ordinary one, written in small letters
        text = re.sub(r"\b[A-Z][a-z']+\b", lambda m: m.group(0).lower(), flipped)
        text = re.sub(r"\bi\b", "I", text)
    if _APOLOGY.search(text) and re.search(r"\bcaps\b", text, _I):
        rest = _APOLOGY.sub("", text)
        return rest if re.search(r"[A-Za-z]{2}", rest) else text
    return text


# ---- a checklist -----------------------------------------------------------------------------------------------

_BOX = re.compile(
    r"(?:(?<=\s)|^)[-*]?\s*(?:\[(?P<mark>\s?[xX✓✔✗√]?\s?)\]|(?P<glyph>[☐☑☒✅⬜□■✔✓]\ufe0f?))\s*"
)
_TICKED = set("xX✓✔✗√") | set("☑☒✅✔■")
_REMARK = re.compile(
    r"\s*(?:——|—|–|\s-\s|--)\s*|\s+(?=(?:can|could|would|please|pls|just|only|so|get|buy|order|grab|"
    r"all|that'?s)\b)|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|[，,](?=\s*(?:就|只|先|帮|请|麻烦|都|全))",
    _I,
)
_ASKS_TO_BUY = re.compile(r"\b(?:buy|get|order|grab|pick up|purchase)\b|买|下单|要", _I)
_NOT = re.compile(r"\b(?:don'?t|do not|no need|not|never|skip|hold off|already)\b|不|别|甭|免|都|全", _I)
_FILLER_ZH = re.compile(r"[就只先再帮我请麻烦了吧呗一下个那]|一|下单|买")


def _named(item: str, remark: str) -> int:
    """How much of ``item`` the shopper's remark names: shared words (by their first four letters) or characters."""
    if _CJK.search(item):
        said = set(_FILLER_ZH.sub("", remark))
        return sum(1 for c in set(item) if _CJK.match(c) and c in said)
    stems = {w[:4] for w in re.findall(r"[a-z]{3,}", remark.lower())}
    return sum(1 for w in re.findall(r"[a-z]{3,}", item.lower()) if w[:4] in stems)


def _checklist(text: str) -> str:
    boxes = list(_BOX.finditer(text))
    if len(boxes) < 2:
        return text
    label = text[: boxes[0].start()].strip()
    lines = [
        (
            m.group("mark").strip() in _TICKED
            if m.group("mark") is not None
            else m.group("glyph")[0] in _TICKED,
            text[m.end() : (boxes[i + 1].start() if i + 1 < len(boxes) else len(text))].strip(" ,;，；"),
        )
        for i, m in enumerate(boxes)
    ]
    ticked, last = lines[-1]
    split = _REMARK.search(last)
    remark = ""
    if split is not None and split.start() > 0:
        lines[-1], remark = (ticked, last[: split.start()].strip(" ,;，")), last[split.end() :].strip()
    if label and not label.endswith((":", "：")):
        remark = f"{label} {remark}".strip()
    done = [line for tick, line in lines if tick]
    open_ = [line for tick, line in lines if not tick and line]
    if not open_ or any(alarming(line) for line in done):
        return text
    zh = bool(_CJK.search(text))
    if len(open_) > 1:
        scores = [_named(line, remark) for line in open_]
        best = max(scores)
        if best == 0 or scores.count(best) > 1 or _NOT.search(remark):
            return ("和" if zh else " and ").join(open_) + (f"，{remark}" if zh else f" — {remark}") * bool(
                remark
            )
        open_ = [open_[scores.index(best)]]
    chosen = open_[0]
    if not remark:
        return chosen
    if _ASKS_TO_BUY.search(remark) and not _NOT.search(remark):
        counted = re.search(r"(?:买|要)\s*(?P<rest>.+)$", remark) if zh else None
        if (
            counted
            and re.search(r"[一二两三四五六七八九十\d]", counted.group("rest"))
            and not re.search(r"[一二两三四五六七八九十\d]", chosen)
        ):
            return f"买{counted.group('rest')}"  # '先买酱油两瓶': the remark gives the count
        return f"买{chosen}" if zh else f"buy {chosen}"
    return f"{chosen}，{remark}" if zh else f"{chosen} — {remark}"


# ---- parts, footnotes, a quoted question ---------------------------------------------------------------------

_PART = re.compile(r"\s*[(\[（【]\s*(?P<n>\d)\s*(?:/|of)\s*(?P<total>\d)\s*[)\]）】]\s*")


def _parts(text: str) -> str:
    marks = list(_PART.finditer(text))
    if (
        len(marks) < 2
        or [int(m.group("n")) for m in marks] != list(range(1, len(marks) + 1))
        or len({m.group("total") for m in marks}) != 1
        or marks[0].start() != 0
    ):
        return text
    joint = "，" if _CJK.search(text) else ", "
    pieces = [
        text[m.end() : (marks[i + 1].start() if i + 1 < len(marks) else len(text))].strip(" ,，")
        for i, m in enumerate(marks)
    ]
    return joint.join(p for p in pieces if p)


_STARRED = re.compile(r"(?<=[A-Za-z])\*(?=[\s,×x\d]|$)")
_FOOTNOTE = re.compile(r"\s*\(\s*\*\s*(?P<note>[^()*]{2,60}?)\s*\)|\s+\*\s*(?P<tail>[^*()]{2,60})$")
_COURTESY = re.compile(r"\s*\b(?:please|pls|if possible|thanks|thank you)\b[.!]*\s*$|^\s*(?:the|a|an)\s+", _I)


def _footnote(text: str) -> str:
    if not _STARRED.search(text) or not (note := _FOOTNOTE.search(text)):
        return text
    said = _COURTESY.sub("", _COURTESY.sub("", note.group("note") or note.group("tail") or "")).strip(" ,.")
    rest = _STARRED.sub("", text[: note.start()] + text[note.end() :]).strip(" ,")
    return f"{rest}, {said}" if said else rest


_QUOTED_ASK = re.compile(
    r"^\s*>\s*(?:(?:hi|hey|hello)\b[^?]{0,20}?[,!]\s*)?(?:could|can|would|will|shall|should)\s+(?:you|i|we)"
    r"\s+(?:please\s+)?(?P<verb>buy|get|order|grab|pick up|purchase)\s+(?P<what>[^?>]{2,60}?)\s*\?\s*"
    r"(?P<answer>[^>]+)$",
    _I,
)
_YES = re.compile(
    r"^(?:yes|yep|yeah|yup|sure|ok(?:ay)?|please do|go ahead|do it)\b(?:\s+please)?[\s,;:.!—–-]*", _I
)


def _answered(text: str) -> str:
    """'> Could you order X?\\nYes — 5, to the office': the question's goods with the answer's details."""
    asked = _QUOTED_ASK.match(text)
    if asked is None or not (yes := _YES.match(asked.group("answer").strip())):
        return text
    what = re.sub(r"^(?:some|more|a few|any)\s+", "", asked.group("what"), flags=_I)
    details = asked.group("answer").strip()[yes.end() :].strip()
    return f"{asked.group('verb').lower()} {what}" + (f", {details}" if details else "")


# ---- number words misheard by voice typing -------------------------------------------------------------------

_PACKS = (
    r"packs?|packets?|boxes|box|bottles?|bags?|rolls?|tins?|cans?|jars?|pairs?|sets?|cartons?|tubes?|bars?|loaves"
    r"|loaf|tubs?|sacks?|bunch(?:es)?|dozen|crates?|cases?|reams?|sheets?|bundles?|spools?"
)
_VERB = r"(?:buy|get|order|grab|need|want|add|pick up|bring|send me|fetch|purchase)"
_SLIP = re.compile(
    rf"(?P<lead>^\s*|\b{_VERB}\s+(?:me\s+|us\s+)?|\bplease\s+)(?P<word>to|too|tree|won|for|fore)\s+"
    rf"(?=(?P<unit>{_PACKS})\s+of\b)",
    _I,
)
_MEANT = {"to": "2", "too": "2", "tree": "3", "won": "1", "for": "4", "fore": "4"}


def _slips(text: str) -> str:
    """'buy to bottles of X', 'tree packs of X', 'won pack of X': a number word misheard, before a pack of something."""

    def meant(match: re.Match[str]) -> str:
        word, unit = match.group("word").lower(), match.group("unit").lower()
        if (word == "won") != (not unit.endswith("s") or unit == "dozen"):
            return match.group(0)  # 'won' counts one pack, the others several
        return match.group("lead") + _MEANT[word] + " "

    return _SLIP.sub(meant, text)


# A size said as a count before a singular noun, after a comma: '2 extension cords, 4 socket' is four-socket cords.
_SPEC_COUNT = re.compile(
    r"(?<=[,;(])(?P<sp>\s*)(?P<n>\d{1,2})\s+(?P<what>socket|outlet|port|gang|way|pin|slot|burner|seater|tier"
    r"|drawer|cup|slice|speed|blade|bay|hob|zone|door|shelf|ring|head|bit|hole)\b(?!\s+of\b|-)",
    _I,
)


def plain(text: str) -> str:
    """``text`` with the marks of how it was typed undone; as it was when none is there."""
    text = spl.plain(sb.plain(eo.spoken(text)))  # 'umm so the, the …'; 'kite line, 100lb braid, 2 spools': one product, its specs, count, cap
    rest = _parts(_unstruck(text))
    rest = _checklist(rest)
    if _CJK.search(rest):
        return zf.plain(rest)
    rest = _slips(_answered(_footnote(_caps_lock(vs.typed(rest)))))  # '3️⃣', '… STOP HOME STOP', 'X... no, Y'
    rest = _EMPHASIS.sub(lambda m: m.group("word"), rest)
    rest = _SPEC_COUNT.sub(lambda m: f"{m.group('sp')}{m.group('n')}-{m.group('what')}", rest)
    rest = " ".join(rest.split()).strip(" ,;")
    return rest if re.search(r"[A-Za-z\d]", rest) else text
