"""English requests written in a structured or unusual form, said as the plain sentence they stand for.

Shoppers who live in tools write a request the way they write code: as a commit message (``git commit -m 'buy 3
monitor risers'``), behind a conventional commit prefix (``feat(team):``, ``fix:``, ``chore:``) or a comment mark
(``#``, ``//``), as a command line with flags (``buy --qty 4 --item '…' --max-each 30``, read as a form of fields
so the form reader's checks run on every flag), with ``key=value`` pairs, arrows (``-> office``), ``@ Chagee``,
``ETA 15:00``, ``14d`` and comparisons (``alert < 700``, ``budget <= 200``). Others write in bullets or numbered
points (``• thermal socks • 3 pairs • home``, ``1) bath mat 2) just one 3) under 60``) or telegraphically
(``metronome. 1. home.``, ``ice scraper 1 office``); count with ``2x`` or ``half a dozen``; speak Singaporean and
Malaysian English (``alamak``, ``lah``, ``can … or not``, ``below 40 can already``, ``spoil``, ``tapau``); or slip on
the keyboard in the words around the product (``offcie``, ``undr``, ``resked``): these colloquial ones are said
plainly by ``colloquial``.

Each form is a closed set of marks and function words, so it is rewritten by its shape: product words, numbers
and anything the planner does not recognise are left as they were, and the planner reads the result like any
other sentence, with every safety check. Chinese text is left alone. ``frame.peel`` says a sentence plainly with
``plain``; ``fields_form.read`` reads a command line, a call or bare key=value pairs as a form with ``command``.
"""

from __future__ import annotations

import re

from . import colloquial as cq

_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
_NUM_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|a couple)"
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"

# ---- code and tool forms ------------------------------------------------------------------------------

# A commit message: "git commit -m 'buy 3 monitor risers'", 'commit -am "order 20 lattes"'.
_COMMIT = re.compile(r"^\s*(?:git\s+)?commit\s+(?:-a\s+)?(?:-am|-m|--message)[\s=]*(?P<q>['\"‘“])(?P<body>.+?)['\"’”]\s*$",
                     re.IGNORECASE)
# A conventional commit prefix or a to-do tag before the request: 'feat(team): …', 'fix: …', 'TODO: …'.
_PREFIX = re.compile(r"^\s*(?:feat|feature|fix|hotfix|chore|docs|refactor|perf|build|ci|style|todo|wip|task|commit|tl;?dr)"
                     r"(?:\([\w .,/-]{0,24}\))?!?\s*:\s*", re.IGNORECASE)
# A code comment's mark at the start, or a block comment's close at the end: '# …', '// …', '/* … */'.
_COMMENT = re.compile(r"^\s*(?:#+|//+|/\*+|>+(?=\s+[A-Za-z])|\$(?=\s+[A-Za-z])|[/!](?=(?:buy|order|get|watch|track|alert|move|reschedule|return)\b)"
                      r"|(?:[-*]\s*)?\[[ xX✓✔]?\]|[-*+](?=\s))\s*(?=\S)", re.IGNORECASE)
_COMMENT_END = re.compile(r"\s*\*+/\s*$|(?:\s+#[A-Za-z]{2,}(?![\w-]))+\s*$")  # '*/', trailing hashtags ('#urgent')
# Words a hashtag glues together that the screen reads (screen._CODE_SHAPE): approval, caps, instructions, the system.
_TAG_SAYS = re.compile(r"approv|confirm|ignore|instruct|override|bypass|admin|system|prompt|nocap|nolimit", re.IGNORECASE)
# Markdown emphasis and code marks around words: '**buy**', '`desk mat`', '__now__'.
_MARKDOWN = re.compile(r"\*\*|__|`")
# A call written as code: 'buy(qty=2, item="desk mat")', 'ord_k1.reschedule(date="2026-11-26", slot="evening")'.
_CALL = re.compile(r"^\s*(?:(?P<order>ord_\w+)\.)?(?P<verb>buy|order|get|purchase|watch|track|alert|move|reschedule|return)"
                   r"\((?P<args>[^()]*)\)\s*;?\s*$", re.IGNORECASE)
_ARG = re.compile(r"\s*(?:(?P<key>[a-z_]\w*)\s*[=:]\s*)?(?:'(?P<q1>[^']*)'|\"(?P<q2>[^\"]*)\"|(?P<v>[^,]+?))\s*(?:,|$)",
                  re.IGNORECASE)
# A command line: a verb, then only flags with values: 'buy --qty 4 --item "cat6 cable" --max-each 30'.
_CLI = re.compile(r"^\s*(?P<verb>buy|order|get|purchase|watch|track|alert|move|reschedule|return)"
                  r"(?P<flags>(?:\s+--?[a-z][\w-]*(?:[= ](?:'[^']*'|\"[^\"]*\"|(?!-)\S+))?)+)\s*$", re.IGNORECASE)
_FLAG = re.compile(r"--?(?P<key>[a-z][\w-]*)(?:[= ](?:'(?P<q1>[^']*)'|\"(?P<q2>[^\"]*)\"|(?P<v>(?!-)\S+)))?", re.IGNORECASE)
# the errand a command's verb names; a purchase's is left to the fields (an item with a chain is a drinks order)
_CLI_KIND = {"buy": "", "order": "", "get": "", "purchase": "", "watch": "price watch",
             "track": "price watch", "alert": "price watch", "move": "reschedule", "reschedule": "reschedule",
             "return": "return"}
# 'key=value' in prose: where it goes and how many ('deliver=office', 'qty=1', 'ship_to=home').
_KEY_PLACE = re.compile(r"\b(?:deliver(?:[_ -]?to)?|ship(?:[_ -]?to)?|send(?:[_ -]?to)?|to|dest(?:ination)?|address|addr)"
                        r"\s*=\s*(?=\w)", re.IGNORECASE)
_KEY_COUNT = re.compile(r"\b(?:qty|quantity|count|pcs|units|n)\s*[=:]\s*(?P<n>\d{1,4})\b", re.IGNORECASE)
# An arrow between two parts: a verb after it goes on the request ('-> get 2 packs'), else it is where or when.
_ARROW = re.compile(r"\s*(?:-+>|→|=>|⇒|⟶)\s*")
_VERB_AFTER = re.compile(r"(?:get|buy|order|grab|pick up|restock|send|deliver|ship)\b", re.IGNORECASE)
_WATCH_BEFORE = re.compile(r"\b(?:watch|price watch|price alert|alert|track|monitor)\s*:?\s*$", re.IGNORECASE)
# '@ Chagee' is the shop; '@ 3pm' / '@ 15:00' the time ('@ 399' stays: a watch's target).
_AT_SHOP = re.compile(r"(?<=\S)\s*@\s*(?=[A-Za-z])")
_AT_TIME = re.compile(r"(?<=\S)\s*@\s*(?=\d{1,2}(?::\d{2}|\s?[ap]\.?m\b))", re.IGNORECASE)
_ETA = re.compile(r"\b(?:ETA|ETD|due)\s*:?\s*(?=\d{1,2}(?::\d{2}|\s?[ap]\.?m\b)|(?:today|tonight|tomorrow)\b)", re.IGNORECASE)
# '14d', '2w', '3 weeks' for how long, as a clause of its own ('65W' in capitals is a charger's watts).
_DAYS = re.compile(r"(?:(?<=^)|(?<=[,;]\s)|(?<=[,;]))\s*(?P<n>\d{1,3})\s?(?P<u>d|days?|(?-i:w)|wks?|weeks?)\s*(?=[,;.]|$)",
                   re.IGNORECASE)
# 'honey extractor price: alert < 700': the product, then what to do about its price.
_PRICE_ALERT = re.compile(r"^(?P<what>[^:,]{2,40}?)(?:\s+price)?\s*:\s*(?:alert|notify|tell me|ping me|ping)\s*(?:me\s+)?"
                          r"(?:if\s+|when\s+)?(?:it'?s\s+)?(?=below|under)", re.IGNORECASE)
# A date written the ISO way: '2026-11-25' → 'November 25'.
_ISO_DATE = re.compile(r"\b20\d\d-(?P<m>0?[1-9]|1[0-2])-(?P<d>0?[1-9]|[12]\d|3[01])\b")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
# A replacement bought with a count: 'replace the broken stapler, qty=1' → 'buy stapler, x1'.
_REPLACE = re.compile(r"^(?:replace|restock|top up)\s+(?:the\s+|my\s+|our\s+)?(?:(?:broken|dead|old|worn[- ]out|worn|lost"
                      r"|missing|busted|cracked|dying)\s+)?(?P<what>[a-z][a-z' -]{1,40}?)(?:\s+(?:on|in|at|by)\s+(?:my|our|the)"
                      r"\s+(?:desk|table|shelf|counter|wall|bed|car|door|window))?(?=\s*,\s*x\d)", re.IGNORECASE)
# A saved address named in brackets after the place it stands for: 'for the bakery studio (office address)'.
_PLACE_IS_LABEL = re.compile(r"(?:\s*,\s*|\s+)(?:for|at|to)\s+(?:the\s+|our\s+|my\s+)?[a-z][\w' -]{1,30}?\s*\((?:that'?s\s+|which is\s+"
                             r"|it'?s\s+|=\s*)?(?:the\s+|my\s+|our\s+)?(?P<label>office|home|work)(?:\s+address)?\)",
                             re.IGNORECASE)
# A colour said after the product it names: '8 rolls of masking tape white' → '8 rolls of white masking tape'.
_COLOUR = (r"(?:black|white|red|blue|green|grey|gray|yellow|pink|purple|orange|brown|clear|silver|gold|beige|navy"
           r"|mint|lemon|lavender|vanilla|strawberry|unscented|fragrance-free)")
_COLOUR_AFTER = re.compile(rf"(?<=\bof )(?P<what>[a-z][a-z -]{{1,30}}?) (?P<colour>{_COLOUR})"
                           rf"(?=\s*(?:[,.;]|$)|\s+(?:for|to|from|at|under|below|max|please)\b)", re.IGNORECASE)
# A comparison written with a sign: 'alert < 700', 'budget <= 200', 'each set ≤ 60', '≤ 30'.
_EACH_SIGN = re.compile(r"\beach(?:\s+(?:set|pack|box|bag|roll|pair|one|piece|unit|bottle|tin|jar|tube|can|cup))?\s*"
                        r"(?:≤|<=|=<|<|max)\s*(?P<n>[¥$]?\d[\d.,]*)", re.IGNORECASE)
_NAMED_SIGN = re.compile(r"\b(?P<w>budget|target|cap|max|limit)\s*(?:≤|<=|=<|<|:|=)\s*(?=[¥$]?\d)", re.IGNORECASE)
# A target price with no word of watching: 'Kindle Oasis, target 1500, 20 days' is a watch.
_TARGET_ONLY = re.compile(r"^(?!.*\b(?:watch|alert|track|notify|tell me|let me know|keep an eye|ping|buy|order|get|move)\b)"
                          r"(?=.*\btarget(?:\s+price)?\s*:?\s*[¥$]?\d)", re.IGNORECASE)
# ', max=50' as a clause of its own: a price cap.
_MAX_CLAUSE = re.compile(r"(?<=,)\s*max(?:imum)?(?:[ _-]?(?:each|price))?\s*=\s*(?=[¥$]?\d)", re.IGNORECASE)
_SIGN = re.compile(r"(?:(?<=^)|(?<=[\s,;:(]))(?<!\bat )(?:≤|<=|=<|<)\s*(?=[¥$]?\d)", re.IGNORECASE)

# ---- bullets, numbered points and telegraphic forms ---------------------------------------------------

_BULLET = re.compile(r"\s*[•▪◦●■►‣⁃✅☑✔✓👉]\s*")
# Fields parted by pipes or spaced dashes, two or more: 'socks | 3 pairs | home', 'socks - 3 pairs - home'.
_PARTS = re.compile(r"\s+\|\s+|\s+[-–—]\s+")
_LINE_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+", re.MULTILINE)
_NUMBERED = re.compile(r"(?:(?<=^)|(?<=\s))\(?(?P<n>[1-9a-e])(?:\)|(?<=\d)\.)\s+")
_PERIOD_PARTS = re.compile(r"\s*\.\s+|\s*\.\s*$")
_LABEL = r"(?:home|office|work|house)"
# 'ice scraper 1 office': a product, a bare count and a saved place.
_BARE_COUNT = re.compile(rf"^(?P<verb>(?:buy|get|order|grab|purchase)\s+)?(?P<what>[a-z][a-z' -]*[a-z])\s+(?P<n>\d{{1,3}})\s+(?P<where>{_LABEL})"
                         rf"(?P<rest>\s+(?:under|below|max|budget|up to|within)\s+\S+(?:\s+each)?)?\s*[.!]?$",
                         re.IGNORECASE)

# ---- counts, remarks and framing words ----------------------------------------------------------------

_TIMES_BEFORE = re.compile(r"(?:(?<=^)|(?<=[\s,:]))(?P<n>\d{1,3})\s?[x×](?=\s+[A-Za-z])")
_HALF_DOZEN = re.compile(r"\b(?:an?\s+)?half(?: a)?[ -]dozen(?: of)?\b", re.IGNORECASE)
_THATS_IT = re.compile(r"\s*[,;.]?\s*(?:and\s+)?that'?s\s+(?:it|all)(?:\s+(?:thanks|thx|please))?\s*[.!]*\s*$",
                       re.IGNORECASE)
# ', and nothing over 120': a cap joined on with 'and'.
_AND_CAP = re.compile(r",\s*and\s+(?=(?:nothing|not|no more|under|below|max|budget|up to|less than)\b)", re.IGNORECASE)
# A unit before the product without 'of': '6 rolls gaffer tape' → '6 rolls of gaffer tape'.
_UNITS = (r"rolls|packs|packets|boxes|bags|bottles|tins|cans|jars|tubes|sets|pairs|cartons|reels|spools|sheets|bars"
          r"|bundles|cases|crates|sacks|coils|pots")
# A count in brackets after the product: 'socks (3 pairs)' → 'socks, 3 pairs'.
_BRACKET_COUNT = re.compile(rf"(?<=[a-z])\s*\((?P<n>\d{{1,3}}|{_NUM_WORD})(?P<u>\s*(?:{_UNITS}|pcs|pieces))?\)"
                            rf"(?=\s*(?:[,;.]|$))", re.IGNORECASE)
_UNIT_NO_OF = re.compile(rf"\b(?P<n>{_NUM})\s+(?P<u>{_UNITS})\s+(?!(?:of|each|per|for|to|at|in|from|under|below|max|a|an|the"
                         rf"|please|pls|home|office|total|only|and|or|with|by|is|are|will|should|tomorrow|today)\b)"
                         rf"(?=[a-z])", re.IGNORECASE)
# 'office is out of coffee filters, get 2 packs': the count's unit stands for the thing run out of.
_OUT_OF = re.compile(rf"(?:(?<=^)|(?<=,\s))(?:the\s+|our\s+|my\s+)?(?P<place>[a-z]+(?:\s\d{{1,3}})?)\s+(?:is|are|'s|has run"
                     rf"|ran|have run)\s+(?:all\s+)?out of\s+(?P<what>[a-z][a-z' -]{{1,40}}?)\s*(?:,\s*(?P<verb>get|buy|order|grab)"
                     rf"(?: me| us)?|:)\s+(?P<n>{_NUM})"
                     rf"\s+(?P<u>{_UNITS})\s*(?P<rest>(?:[,.].*)?)$", re.IGNORECASE)

# Counts said with a unit of no meaning or a key first: '3 nos extension cords', 'qty 2 phone stands'.
_EMPTY_UNIT = re.compile(r"(?<=\d)\s+(?:nos?|nrs?)\.?(?=\s+[a-z])|^(?:qty|quantity)\s*:?\s*(?=\d{1,3}\s+[a-z])", re.IGNORECASE)
# A request to add a counted thing somewhere: 'add 3 whiteboard erasers to the office' (a commit's verb).
_ADD = re.compile(rf"^(?:add|restock|replenish|stock up on)\s+(?={_NUM}\b)", re.IGNORECASE)
# 'key=value' pairs separated by spaces only: 'item=screen cleaner qty=2 to=office'.
_KV_SPACED = re.compile(r"\s+(?=[a-z_]{1,12}=)", re.IGNORECASE)


def _cli(match: re.Match[str]) -> str:
    """A command line as a form of fields, so an unknown flag or an approval flag is asked about."""
    kind = _CLI_KIND[match.group("verb").lower()]
    parts = [f"type: {kind}"] if kind else []
    for flag in _FLAG.finditer(match.group("flags")):
        value = flag.group("q1") or flag.group("q2") or flag.group("v") or "yes"
        parts.append(f"{flag.group('key').replace('-', ' ').replace('_', ' ')}: {value}")
    return "; ".join(parts)


_INTEGER = re.compile(r"-?\d+")


def _call(match: re.Match[str]) -> str:
    """A call as a form of fields: keyword arguments by name; a quoted argument is the item, a bare number the count."""
    kind = _CLI_KIND[match.group("verb").lower()]
    parts = [f"type: {kind}"] if kind else []
    if match.group("order"):
        parts.append(f"order: {match.group('order')}")
    for arg in _ARG.finditer(match.group("args")):
        value = (arg.group("q1") or arg.group("q2") or arg.group("v") or "").strip()
        if arg.group("key"):
            parts.append(f"{arg.group('key').replace('_', ' ')}: {value}")
        elif value:
            parts.append(f"{'qty' if _INTEGER.fullmatch(value) else 'item'}: {value}")
    return "; ".join(parts)


def _arrow(text: str) -> str:
    out = []
    pieces = _ARROW.split(text)
    for i, piece in enumerate(pieces):
        if i == 0:
            out.append(piece)
        elif _VERB_AFTER.match(piece) and len(piece.split()) == 1:  # 'under 3000 → buy': the watch's action
            out.append(" → " + piece)
        elif _VERB_AFTER.match(piece):
            out.append(", " + piece)
        elif _WATCH_BEFORE.search(out[-1]):
            out.append(" " + piece)
        else:
            out.append(" to " + piece)
    return "".join(out)


def _fields(parts: list[str]) -> str:
    """Fields joined as a clause; a bare count right after the product goes before it: 'metronome, 1' → '1 metronome'."""
    parts = [p.strip(" ,;") for p in parts if p.strip(" ,;")]
    if len(parts) >= 2 and re.fullmatch(r"[A-Za-z][A-Za-z' -]*", parts[0]):
        if re.fullmatch(rf"\d{{1,3}}|{_NUM_WORD}", parts[1], re.IGNORECASE):
            parts = [f"{parts[1]} {parts[0]}", *parts[2:]]
        elif re.fullmatch(rf"(?:\d{{1,3}}|{_NUM_WORD})\s+(?:{_UNITS})", parts[1], re.IGNORECASE):
            parts = [f"{parts[1]} of {parts[0]}", *parts[2:]]
    return ", ".join(parts)


def _points(text: str) -> str:
    """'1) bath mat 2) just one 3) under 60' → 'bath mat, just one, under 60' (numbers 1, 2, … in order)."""
    marks = list(_NUMBERED.finditer(text))
    order = "123456789" if marks and marks[0].group("n").isdigit() else "abcde"
    if len(marks) < 2 or "".join(m.group("n") for m in marks) != order[: len(marks)] or marks[0].start() > 0:
        return text
    return _fields(_NUMBERED.split(text)[::2])


def _telegraphic(text: str) -> str:
    """'metronome. 1. home.' → 'metronome, 1, home': short fragments ended by full stops are fields."""
    parts = [p for p in _PERIOD_PARTS.split(text) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > 4 for p in parts) or re.search(r"\d\.\d", text):
        return text
    return _fields(parts)


def _out_of(match: re.Match[str]) -> str:
    place = match.group("place").lower()
    where = f", to {place}" if place in ("office", "home", "house") else ""
    return f"{match.group('verb') or 'buy'} {match.group('n')} {match.group('u')} of {match.group('what')}{where}{match.group('rest')}"


def wrapped(text: str) -> bool:
    """Whether ``text`` is wrapped as code: a commit message, a commit prefix or a comment mark before it."""
    return bool(_COMMIT.match(text) or _PREFIX.match(text) or _COMMENT.match(text))


def _unwrapped(text: str) -> str:
    """The request inside a commit message, behind a commit prefix or a comment mark."""
    commit = _COMMIT.match(text)
    if commit:
        text = commit.group("body")
    text = _COMMENT.sub("", _PREFIX.sub("", _COMMENT.sub("", text)))
    tags = _COMMENT_END.search(text)  # '#urgent' goes; '#approvaloff', '#ignorepreviousinstructions' stay to be read
    return text if tags and _TAG_SAYS.search(tags.group(0)) else _COMMENT_END.sub("", text)


def _notation(text: str) -> str:
    """Arrows, '@', 'ETA', '14d', signs and 'key=value' said in words."""
    text = _ISO_DATE.sub(lambda m: f"{_MONTHS[int(m.group('m')) - 1]} {int(m.group('d'))}", text)
    text = _AT_TIME.sub(" at ", _AT_SHOP.sub(" from ", _arrow(_PLACE_IS_LABEL.sub(r", to \g<label>", text))))
    text = _ETA.sub("by ", text)
    text = _DAYS.sub(lambda m: f" for {m.group('n')} {'days' if m.group('u')[0].lower() == 'd' else 'weeks'}", text)
    text = _TARGET_ONLY.sub("watch ", _EACH_SIGN.sub(r"under \g<n> each", text))
    text = _NAMED_SIGN.sub(r"\g<w> ", _MAX_CLAUSE.sub(" under ", text))
    text = _PRICE_ALERT.sub(r"tell me when \g<what> is ", _SIGN.sub("below ", text))
    return _REPLACE.sub(r"buy \g<what>", _KEY_COUNT.sub(r"x\g<n>", _KEY_PLACE.sub("deliver to ", text)))


def _counted(text: str) -> str:
    """Counts and units written short ('2x', 'half a dozen', '6 rolls gaffer tape'), a remark after the product cut."""
    text = _TIMES_BEFORE.sub(r"\g<n>", _HALF_DOZEN.sub("6", _EMPTY_UNIT.sub("", text)))
    text = _OUT_OF.sub(_out_of, _AND_CAP.sub(", ", _THATS_IT.sub("", text)))
    text = _COLOUR_AFTER.sub(r"\g<colour> \g<what>", _UNIT_NO_OF.sub(r"\g<n> \g<u> of ", text))
    bare = _BARE_COUNT.match(text)
    if bare:
        rest = f",{bare.group('rest')}" if bare.group("rest") else ""
        text = f"{bare.group('verb') or ''}{bare.group('n')} {bare.group('what')}, {bare.group('where')}{rest}"
    return text


def command(text: str) -> str | None:
    """A command line, a call or bare key=value pairs, unwrapped and written as a form of fields; None for
    anything else. A request wrapped as code with no command in it comes back unwrapped."""
    if _CJK.search(text) or "\n" in text:
        return None
    inner = _unwrapped(text) if wrapped(text) else text
    if re.match(r"[a-z_]{1,12}=\S", inner, re.IGNORECASE) and len(_KV_SPACED.split(inner)) >= 2:
        return "; ".join(part.replace("=", ": ", 1) for part in _KV_SPACED.split(inner))
    cli, call = _CLI.match(inner), _CALL.match(inner)
    if cli or call:
        return _cli(cli) if cli else _call(call) if call else inner
    return inner if inner != text else None


def plain(text: str) -> str:
    """``text`` with its structured or unusual English form said plainly; Chinese and plain text as they were."""
    if _CJK.search(text) or not re.search(r"[A-Za-z]", text):
        return text
    if "\n" in text:
        if not _LINE_BULLET.search(text) and not _BULLET.search(text):
            return text
        text = ", ".join(_LINE_BULLET.sub("", line).strip() for line in text.splitlines() if line.strip())
    coded = wrapped(text)
    text = _unwrapped(text)
    if re.match(r"[a-z_]{1,12}=\S", text, re.IGNORECASE) and len(_KV_SPACED.split(text)) >= 2:
        return "; ".join(part.replace("=", ": ", 1) for part in _KV_SPACED.split(text))  # read as a form
    cli, call = _CLI.match(text), _CALL.match(text)
    if cli or call:
        return _cli(cli) if cli else _call(call) if call else text
    text = _BRACKET_COUNT.sub(r", \g<n>\g<u>,", _MARKDOWN.sub("", text))
    if _BULLET.search(text):
        text = _fields(_BULLET.split(text))
    elif len(_PARTS.findall(text)) >= 2:
        text = _fields(_PARTS.split(text))
    text = _telegraphic(_points(text))
    text = cq.plain(text)  # Singlish, a story before the request, typos around the product
    text = _ADD.sub("buy ", text) if coded else text
    return " ".join(_counted(_notation(text)).split()).strip(" ,")
