"""A request written in the shape an app gives it, said as the plain request it holds:

- a calendar invite, a task card or a form of labelled lines ('Event: … | When: … | Where: … | Notes: …',
  'Title: … / Due: …', '日程：周日 / 事项：… / 地点：… / 时间：…'): the labels read by their role — what, item,
  contents or 事项 the product (or the errand, when it has a verb), where, to or 地点 the address, when, due,
  日程 or 时间 the time, notes or 备注 what the product is like, how many and the most it may cost;
- a shipping label or a packing slip ('TO: HOME | CONTENTS: 1x …'), a recipe ('Ingredients: … Method: buy it.'),
  a receipt's or an invoice's line ('QTY 4 x … @ max 6.00 each');
- a voice memo or a speech-to-text transcript ('[Voice memo 0:12] uh so… buy … [end]', '[语音转文字] 嗯 那个 …'):
  its tag, its fillers and its pauses taken off, a Chinese transcript's words joined again;
- a memo app's note (【备忘录】1. …, '问：…', '盯价：…', 'X → 周四下午送', parts split by slashes);
- a leave note (请假条：因…，特请代买…，望批准): the purchase it asks for;
- hashtags and faces at the end of a post ('… under 200 #winteriscoming', '🥶').

Pure functions over text. Anything taken off that the safety checks must hear (``dropped.must_hear``) keeps the
text as it was, and the plain request is read by the same screens as any other sentence; an address that is not a
saved label stays in the request, so it is asked about as it would be in prose.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import dropped as dp
from . import phrases as ph

_I = re.IGNORECASE
_CJK = re.compile(r"[\u4e00-\u9fff]")

# ---- tags, fillers, hashtags ---------------------------------------------------------------------------------

_TAG = re.compile(r"^\s*(?:\[\s*(?:voice (?:memo|note|message)|dictation|dictated|transcript(?:ion)?|speech[- ]to[- ]text"
                  r"|audio(?: note)?|siri|memo|note|voice|语音(?:转文字|转写|备忘|消息|留言)?|录音(?:转写|转文字)?|备忘录?"
                  r"|便签|笔记)[^\]]{0,20}\]|【\s*(?:备忘录?|便签|笔记|语音(?:转文字|转写)?|待办|提醒事项|memo|note)\s*】"
                  r"|(?:voice (?:memo|note)|transcript|dictated|语音转文字|备忘录?|便签)\s*[:：])\s*", _I)
_END_TAG = re.compile(r"\s*[\[【]\s*(?:end|stop|fin|结束|完)\s*[\]】]\s*$", _I)
_FILLER_EN = re.compile(r"(?<![\w'])(?:uh+|um+|umm+|erm+|er|ah+|hmm+|mm+|yeah|yep|ok(?:ay)?|so|you know|i mean"
                        r"|anyway)(?![\w'])\s*[,.…]*", _I)
_FILLER_ZH = re.compile(r"嗯+|呃+|额+|那个|就是说|来着|就这样吧?|就这些|好吧|啊+|哦+|唉")
_PAUSE = re.compile(r"\s*(?:…+|\.{2,})\s*")
_FACE = re.compile("[\U0001F600-\U0001F64F\U0001F910-\U0001F92F\U0001F970-\U0001F97A\U0001F97D-\U0001F97F"
                   "\u2744\u2600\u2603\u26C4]+")
# A word a pause cannot end a phrase after: 'just buy… two pillowcases'.
_OPEN = re.compile(r"\b(?:buy|get|order|grab|need|want|the|a|an|some|of|for|to|just|me|my)\s*$", _I)
# Words in a hashtag the screens must hear apart: whose card, an approval, an instruction.
_HEARD = (r"(ignore|previous|instructions?|system|approve|payment|pay|card|account|address|admin|password|use|with|my|his"
          r"|her|their|dads?|mums?|moms?|boss|friends?|sisters?|brothers?|wife|husband|neighbou?rs?|批准|付款|地址|卡)")
# Stems of a setting or a rule inside a run-together tag: the tag is never dropped unheard.
_CONTROL = re.compile(r"no|not|skip|without|approv|sign|confirm|verif|limit|cap|budget|bypass|override|auto|unlimit"
                      r"|admin|rule|setting|免|不|跳过|确认|审批|签|额度|限", re.IGNORECASE)
_HASHTAGS = re.compile(r"(?:\s*#[A-Za-z_\u4e00-\u9fff]+(?![\w#]))+\s*$")  # '#W0000001' is an order, no tag


def _hashtags(text: str) -> str:
    tags = _HASHTAGS.search(text)
    if tags is None or not re.search(r"\w", text[: tags.start()]):
        return text
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", tags.group(0).replace("#", " "))
    if re.search(_HEARD, words, _I):  # '#usemydadscard': said in words, for the screens to hear
        spelt = " ".join(re.sub(_HEARD, r" \1 ", words, flags=_I).split())
        return f"{text[: tags.start()].rstrip()}, {spelt}"
    if dp.must_hear(words) or _CONTROL.search(words.replace(" ", "")):
        return text  # '#noapproval', '#skipconfirm', '#nolimit': read as typed, by the readers of settings
    return text[: tags.start()].rstrip()


def _faces(text: str) -> str:
    return re.sub(r"\s+,", ",", _FACE.sub(", ", text)) if _FACE.search(text) else text


def _transcript(text: str) -> str | None:
    tag = _TAG.match(text)
    if tag is None:
        return None
    body = _END_TAG.sub("", text[tag.end():])
    if _CJK.search(body):
        body = _FILLER_ZH.sub(" ", body)
        body = re.sub(r"(?<=[\u4e00-\u9fff\d])\s+(?=[\u4e00-\u9fff\d])", "", body.strip())
        body = _PAUSE.sub("，", body)
    else:
        body = _PAUSE.sub(lambda m: " " if _OPEN.search(body[: m.start()]) else ", ", body)
        body = _FILLER_EN.sub(" ", body)
        body = re.sub(r"\s*,(?:\s*,)+", ",", body)
        body = re.sub(r"^[\s,.]+|[\s,]+$", "", body)
        body = re.sub(r"\s+,", ",", body)
        if re.search(r"\b(?:when|where|has|have|did|is|are|how much|what)\b", body, _I) and not body.endswith("?"):
            body = body.rstrip(". ") + "?"
    return " ".join(body.split()) or None


# ---- labelled lines: an invite, a card, a label, a recipe, a schedule ----------------------------------------

_LABELS: tuple[tuple[str, str], ...] = (
    ("title", r"event|title|summary|task|to-?do|card|reminder|事项|标题|主题|任务|待办|提醒事项"),
    ("item", r"what|items?|contents?|products?|goods|ingredients?|品名|内容|物品|商品|东西"),
    ("address", r"where|location|venue|to|ship to|deliver to|destination|地点|地址|送到|送至|收货地址"),
    ("time", r"when|time|date|due|day|日程|时间|日期|截止|哪天"),
    ("notes", r"notes?|details|method|instructions|description|备注|说明|做法|要求"),
    ("count", r"qty|quantity|count|数量"),
    ("cap", r"budget|max(?: price)?|price cap|预算|上限"),
    ("question", r"q|question|ask|问"),
    ("watch", r"price watch|watch|盯价|价格提醒"),
)
# Labels a plain form of fields does not use: one of them makes the text a note, not a form (``fields_form``);
# a note or a remark alone ('item: … | note: urgent') leaves the form to be read, and asked about, as a form.
_NOTE_ONLY = re.compile(r"^(?:event|title|summary|task|to-?do|card|reminder|contents?|ingredients?|method"
                        r"|location|venue|事项|标题|主题|任务|待办|提醒事项|日程|地点|内容|做法|问|盯价)$", _I)
_LABEL = re.compile(r"(?:^|(?<=[\s|/;；,，.。】]))(?P<label>" + "|".join(p for _, p in _LABELS) + r")\s*[:：]\s*", _I)
_EN_ACT = re.compile(r"\b(?:buy|order|get|grab|pick up|purchase|reorder|restock|move|reschedule|return|refund|watch|track"
                     r"|cancel|send|need)\b", _I)
_ZH_ACT = re.compile(r"买|订|下单|购|改到|改期|退|盯|问|查|送")
_DELIVERY = re.compile(r"\b(?:delivery|parcel|package|order|shipment|drop-?off)\b|送货|配送|到货|快递", _I)
_HOME = re.compile(r"^(?:the\s+|my\s+)?(?:home|house|flat|apartment)$|^(?:家|家里|我家)$", _I)
_OFFICE = re.compile(r"^(?:the\s+|my\s+)?(?:office|work)$|^(?:公司|办公室|单位)$", _I)


# A note that only says to do it ('Method: buy it.', '做法：买'): the errand's verb, already said.
_BARE_ACT = re.compile(r"^(?:just\s+)?(?:buy|get|order|grab|pick up|purchase)(?:\s+(?:it|them|one|this|these))?\W*$|^买(?:它|一个)?$", _I)
_COUNTED = re.compile(r"\d|[一两二三四五六七八九十百]+\s*(?:杯|个|件|台|包|把|盒|瓶|支|双|条|张|袋)"
                      r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen)\b", _I)


def _role(label: str) -> str:
    return next(role for role, pattern in _LABELS if re.fullmatch(pattern, label, _I))


def _to(place: str, zh: bool) -> str:
    place = place.strip()
    if _HOME.match(place):
        return "送到家" if zh else "to home"
    if _OFFICE.match(place):
        return "送公司" if zh else "to the office"
    return f"送到{place}" if zh else f"to {place}"


# A price in a note to watch, said with what to do at it: '两千二入手一台', '1999就买', '，两千'.
_AT_PRICE = re.compile(r"(?<=[，,])\s*(?:到|降到|跌到)?(?P<amount>\d+(?:\.\d+)?|[零一二两三四五六七八九十百千万]+)\s*(?:元|块)?"
                       r"\s*(?P<act>(?:就|再)?(?:入手|买|下单|拿下|提醒我?|通知我?))?")


def _watched(value: str) -> str:
    said = _AT_PRICE.sub(lambda m: f"降到{m.group('amount')}" + ("就买" if m.group("act") and re.search(
        r"入手|买|下单|拿下", m.group("act")) else "提醒我"), value, count=1)
    return f"盯价{said}"


def _labelled(text: str) -> str | None:
    marks = list(_LABEL.finditer(text))
    if re.search(r"(?:^|(?<=[\s。？?！!]))(?:答|A|Answer)\s*[:：]", text):
        return None  # '问：送哪？答：家': a transcript, read by its questions (``statements``)
    if not marks or text[: marks[0].start()].strip(" |/;；,，.。"):
        return None
    fields: dict[str, list[str]] = {}
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        value = text[mark.end(): end].strip(" |/;；,，。").rstrip(".").strip()
        if re.search(r"(?:^|[|/;；\n])\s*[A-Za-z\u4e00-\u9fff][\w\u4e00-\u9fff' -]{0,23}(?<![\d\s])[:：](?!\d)", value):
            return None  # a field the note does not name ('For: my mum', 'Approve: yes'): read as typed
        if value:
            fields.setdefault(_role(mark.group("label")), []).append(value)
    if not any(_NOTE_ONLY.match(m.group("label").strip()) for m in marks):
        return None  # 'item: mug; qty: 2; to: office' is a form of fields, read as one
    zh = bool(_CJK.search(text))
    one = {role: ("" if zh else ", ").join(values) for role, values in fields.items()}
    if "question" in one:
        asked = one["question"]
        return asked if asked.endswith(("?", "？", "吗", "没", "么")) else asked + ("？" if zh else "?")
    if "watch" in one:
        watched = _watched(one["watch"]) if zh else f"watch the price of {one['watch']}"
        return ("，" if zh else ", ").join([watched, *fields.get("notes", []), *fields.get("cap", [])])

    act = _ZH_ACT if zh else _EN_ACT
    item, title = one.get("item", ""), one.get("title", "")
    when = "".join(fields.get("time", [])) if zh else ", ".join(fields.get("time", []))
    core = ""
    if title and act.search(title):
        core = title
        if item:
            bare = re.search(r"\b(?:it|them|this|these)\b", core, _I)
            core = core[: bare.start()] + item + core[bare.end():] if bare else f"{core}，{item}" if zh else f"{core}, {item}"
    elif item:
        if title:  # 'Event: team treat | What: …': what it is for stays heard
            fields.setdefault("notes", []).append(title if zh else f"for {title}")
        core = item if act.search(item) or (zh and ph.chain(item)) else (f"买{item}" if zh else
                                                                         f"{'order' if ph.chain(item) else 'buy'} {item}")
    elif title and when and _DELIVERY.search(title):
        core, when = (f"{title}改到{when}" if zh else f"move the {title} to {when}"), ""
    elif title and (_COUNTED.search(title) or ph.chain(title)):  # '事项：喜茶黑糖波波牛乳二十二杯': the product itself
        core = title if zh and ph.chain(title) else (f"买{title}" if zh else f"{'order' if ph.chain(title) else 'buy'} {title}")
    if not core:
        return None
    if "count" in one:
        core += f"{one['count']}个" if zh else f", {one['count']}"
    parts = [core, *(n for n in fields.get("notes", []) if not _BARE_ACT.match(n))]
    if "cap" in one:
        parts.append(one["cap"] if re.search(r"[a-z以内不超过]", one["cap"], _I) else
                     (f"不超过{one['cap']}元" if zh else f"under {one['cap']}"))
    if "address" in one:
        parts.append(_to(one["address"], zh))
    if when and not zh and core.lower().startswith(("buy", "pick up", "get", "grab", "need")) \
            and re.match(r"(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|\d)", when, _I):
        when = f"by {when}"  # a purchase's day is when it is needed by
    if when:
        parts.append(when)
    return "，".join(parts) if zh else ", ".join(parts)


# ---- a receipt's line, a leave note, an arrow, a memo's line ---------------------------------------------------

_RECEIPT = re.compile(r"^\s*(?:qty|quantity)?\s*(?P<n>\d{1,3})\s*[x×]\s*(?P<item>[^@]+?)\s*@\s*(?P<bound>max|up to|≤|<=|under)?"
                      r"\s*(?:¥|￥|rmb|cny)?\s*(?P<price>\d+(?:\.\d+)?)\s*(?:each|ea|apiece|/\s*ea)?\s*(?P<rest>.*)$", _I)
_SHIPPED_COUNT = re.compile(r"(?<![\w.])(?P<n>\d{1,3})\s*[x×]\s*(?=[A-Za-z\u4e00-\u9fff])")
_AFTERTHOUGHT = re.compile(r"^[\s—–\-,;.]*(?:(?:re-?order|restock|buy|get)(?:\s+(?:pls|plz|please|again))?|pls|please|thx|thanks)"
                           r"?[\s.!]*$", _I)


def _receipt(text: str) -> str | None:
    line = _RECEIPT.match(text)
    if line is None or not _AFTERTHOUGHT.match(line.group("rest")):
        return None
    item = line.group("item").strip(" -—:")
    item = item.lower() if item.isupper() else item
    return f"buy {line.group('n')} {item}, max {line.group('price')} each"


_LEAVE = re.compile(r"^\s*请假条\s*[:：]?\s*(?:因(?P<why>[^，,。]{0,30})[，,]\s*)?(?:特此|特)?(?:请|恳请|申请|拜托)?"
                    r"(?:代买|代购|帮忙买|帮我买|代为购买)(?P<what>[^，,。！]+)[，,。]?\s*(?:望|恳请|请)?(?:领导|老师)?(?:批准|准假|批复)?"
                    r"[。！!]*\s*(?:此致\s*敬礼)?[。！!]*\s*$")
_ARROW_WHEN = re.compile(r"(?:周|星期|礼拜|明天|后天|今天|上午|下午|晚上|早上|\d{1,2}[号日])"
                         r"|\b(?:mon|tue|wed|thu|fri|sat|sun)\w*|\btomorrow\b|\b(?:morning|afternoon|evening)\b", _I)
_ARROW_PLACE = re.compile(r"\b(?:home|office|house|work)\b|家|公司|办公室", _I)


def _leave(text: str) -> str | None:
    note = _LEAVE.match(text)
    if note is None or dp.must_hear(note.group("why") or ""):
        return None
    return f"帮我买{note.group('what').strip()}"


def _arrow(text: str) -> str | None:
    """'玻璃壶 → 周四下午送', 'glass kettle → Thu afternoon': a delivery moved to a day."""
    parts = re.split(r"\s*(?:→|->|=>)\s*", text)
    if len(parts) != 2 or not all(p.strip() for p in parts):
        return None
    what, when = parts
    if not _ARROW_WHEN.search(when) or _ARROW_PLACE.search(when) or re.search(r"\d|[一两二三四五六七八九十]+[个件台]", what):
        return None
    return f"{what}改到{when}" if _CJK.search(text) else f"move the {what} to {when}"


def _memo(text: str) -> str:
    """A memo's one numbered line and its parts split by slashes, said as one request."""
    text = re.sub(r"^\s*\d{1,2}\s*[.、)）]\s*", "", text)
    if not _CJK.search(text):
        return text
    parts = [p.strip() for p in re.split(r"\s+/\s+|\s*／\s*", text) if p.strip()]
    said = [_to(p, True) if _HOME.match(p) or _OFFICE.match(p) else p for p in parts]
    joined = "，".join(said)
    return re.sub(r"(?<=[\u4e00-\u9fff\d])\s+(?=[\u4e00-\u9fff\d×x])", "", joined)


def _bare_places(text: str) -> str:
    """', the house,' said alone in a transcript: where it goes."""
    return re.sub(r"(?:(?<=,\s)|^)(?:the\s+)?(house|home|office)(?=\s*,|\s*$)",
                  lambda m: _to(m.group(1), False), text, flags=_I)


@lru_cache(maxsize=4096)
def plain(text: str) -> str:
    """``text`` with the app's format taken off; as it was when it has none."""
    rest = _END_TAG.sub("", text)
    tagged = _TAG.match(rest) is not None
    if tagged:
        rest = _transcript(rest) or rest
        rest = _bare_places(rest) if not _CJK.search(rest) else rest
    rest = _faces(_hashtags(rest)).strip(" ,")
    said = _labelled(rest) or _receipt(rest) or _leave(rest) or (_arrow(rest) if tagged else None)
    if said is None and tagged:
        said = _memo(rest)
    said = said if said is not None else rest
    said = _SHIPPED_COUNT.sub(lambda m: m.group("n") + " ", said) if said != text else said
    said = " ".join(said.split())
    if said == " ".join(text.split()) or not re.search(r"\w", said):
        return text  # nothing taken off: the lines of a form stay as they were typed
    kept = _LEAVE_END.sub("", _TAG.sub("", _END_TAG.sub("", text), count=1)).replace("#", " ")
    if dp.must_hear(kept) and not dp.must_hear(said):
        return text  # something the screens ask about was in the wrapper: the text stays as it was
    return said


_LEAVE_END = re.compile(r"(?:望|恳请|请)?(?:领导|老师)?(?:批准|准假|批复)[。！!]*\s*(?:此致\s*敬礼)?[。！!]*\s*$")
