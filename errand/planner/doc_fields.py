"""A request written as a document's labelled fields, said as the plain request it holds:

- a ticket, a tracker's row or a form in any separator ('REQ-88 | Status: new | Item: … | Budget: …',
  'Case 12 / Product: … / How many: …', 'Need: … . Count: … . Where: … .', 工单号：… | 需求：… | 送到：…): each
  label read by its meaning — what, item, request, product, need, 需求 the product; qty, how many, 数量 the count;
  deliver, ship to, where, 送到 the place; watch, track, 盯价 with notify at, target, 目标价 a price watch, duration
  its days, how often its checks; return or refund with a reason a return; reschedule or move with a new slot a
  moved delivery; query or question (and the line after it) a question about the order;
- questions and answers folded into one request ('Q: Item? A: … Q: How many? A: …'), each question read as a
  label by the same meanings.

Labels that carry nothing for the errand (priority, status, type, a ticket's number, assignee, tags) are dropped
unheard only when ``dropped.must_hear`` finds nothing in them and they name no other person or place; a label read
by no meaning ('For: my mum', 'Refund to: …') leaves the text as typed, so it is asked about as typed.
"""

from __future__ import annotations

import re

from . import dropped as dp
from . import phrases as ph

_I = re.IGNORECASE
_CJK = re.compile(r"[\u4e00-\u9fff]")

# Someone else or somewhere else named in a part that would be dropped: it stays, and is asked about.
FOREIGN = re.compile(
    r"\b(?:my|his|her|their|our)\s+(?:mum|mom|mother|dad|father|sister|brother|friend|neighbou?r|boss|wife|husband|son"
    r"|daughter|gran\w*|aunt|uncle|colleague|cousin|ex|flatmate|roommate|partner|landlord|kid|child)\b"
    r"|\b(?:his|their)\b|\bher\s+(?!phone|mobile|laptop|tablet|desk|notes?|diary)\w+|\bfor\s+(?:him|her|them)\b"
    r"|(?-i:\b[A-Z][a-z]+'s\b)|\b\w+'s\s+(?:flat|house|place|home|address|card|account|order)\b|\d+\s+\w+\s+(?:street|st|road|rd"
    r"|avenue|ave|lane|ln)\b|card|account|pay|approv|ord_\w+"
    r"|(?:妈|爸|姐|哥|弟|妹|朋友|同事|邻居|老板|他|她|爷|奶|婆|公)(?:的|家)|路\d|号楼|卡|账|付", _I)

# (role, label pattern): first match wins, so the narrower meanings come first.
_ROLES: tuple[tuple[str, str], ...] = (
    ("ignore", (r"priority|severity|urgency|status|state|type|kind|category|tags?|labels?|sprint|component|assignee"
               r"|assigned to|owner|reporter|created|updated|opened|ticket(?: no| id| number)?|case(?: no| id)?|issue"
               r"|id|ref|reference|channel|board|list|column|project|优先级|紧急程度|状态|类型|分类|标签|编号|工单号?|单号"
               r"|处理人|负责人|创建时间|来源")),
    ("interval", r"how often|frequency|check every|interval|频率|检查频率"),
    ("days", r"duration|for how long|how long|period|watch for|days|时长|期限|天数"),
    ("target", (r"(?:notify|alert|tell|ping|remind)(?: me)?(?: at| below| under| when)?|target(?: price)?|trigger(?: price)?"
               r"|alert price|目标价|提醒价|到价提醒|降到")),
    ("cap", r"budget|max(?:imum)?(?: price)?|price cap|cap|spend up to|up to|预算|上限|最多|价格上限"),
    ("watch", r"watch|track|monitor|price watch|follow|关注|盯价|盯|监控|价格提醒"),
    ("return", r"return|refund|send back|退货|退款|退"),
    ("reason", r"reason|why|cause|原因|理由"),
    ("move_to", r"new (?:slot|time|date|day)|move to|reschedule to|slot|新时间|新日期|改到|改期到"),
    ("reschedule", r"reschedule|move|postpone|改期|改约|改时间"),
    ("query", r"query|question|ask|enquiry|inquiry|咨询|查询|问题|问"),
    ("count", r"qty|quantity|how many|count|number|units|pcs|数量|件数|份数|几个|几份|多少个"),
    ("place", (r"deliver(?:y)?(?: to)?|ship(?: to)?|send to|where(?: to)?|destination|location|address|to|收货地址|送货地址"
              r"|地址|送到|送至|配送地址|地点")),
    ("when", r"when|time|date|due|by|deadline|deliver(?:y)? (?:by|time|date)|日期|时间|截止|送达时间|配送时间"),
    ("notes", r"notes?|details?|specs?|size|colou?r|remarks?|sugar|ice|备注|规格|说明|甜度|冰度"),
    ("item", (r"what|items?|request(?:ed)?|products?|need(?:ed)?|goods|thing|summary|title|subject|buy|description"
             r"|需求|商品|物品|品名|内容|东西|申请|要买")),
)
# A question in a Q/A pair, read by the words it asks with.
_ASKED: tuple[tuple[str, str], ...] = (
    ("unknown", r"\b(?:whose|who|for whom|which card|pay|approv|account|password)\b"),
    ("interval", r"how often|frequen|check every"),
    ("days", r"how long|duration|for how many days"),
    ("target", r"tell me|notify|alert|ping|target|what price|at what"),
    ("cap", r"budget|how much|max|spend"),
    ("count", r"how many|quantity|qty|count"),
    ("place", r"where|deliver|ship|address"),
    ("when", r"when|what day|what time|by when"),
    ("item", r"\bwhat\b|which|item|product|need|buy"),
)
_HEADER = re.compile(r"^(?:[A-Z][A-Za-z]{1,9}[-\s]?#?\d{1,7}|(?:ticket|case|issue|req|request|task|jira|trello|notion|slack"
                     r"|asana|linear|form|row|card|bot|order form|工单|快递单|表单|申请单)\b[\w #-]{0,20}|#\d{1,7}"
                     r"|工单号?\s*[:：]?\s*\w{1,10}|[\u4e00-\u9fff]{0,4}(?:工单|单)\s*#?\d{0,7})$", _I)
_SPLIT = re.compile(r"\s*(?:\||;|；|\n|\s/\s|／|\s[—–]\s)\s*")
_DOT_SPLIT = re.compile(r"(?<=[.。!?？])\s*(?=(?:[A-Za-z][A-Za-z ]{0,20}|[\u4e00-\u9fff]{1,6})[:：])")
_FIELD = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ?'-]{0,24}?|[\u4e00-\u9fff]{1,6})\s*[:：]\s*(?P<value>.*)$", re.DOTALL)
_QA = re.compile(r"Q\d*\s*[.:：)]?\s*(?P<q>.+?)\s*A\d*\s*[:：.)]\s*(?P<a>.+?)\s*(?=Q\d*\s*[.:：)]|$)", re.DOTALL)
_EN_VERB = re.compile(r"^(?:please\s+)?(?:buy|get|order|grab|pick up|purchase|watch|track|return|move|reschedule)\b", _I)


def _role(label: str, asked: bool = False) -> str | None:
    label = " ".join(label.lower().strip(" ?？").split())
    if asked:
        return next((role for role, p in _ASKED if re.search(p, label, _I)), None)
    return next((role for role, p in _ROLES if re.fullmatch(p, label, _I)), None)


def _quiet(words: str) -> bool:
    return not dp.must_hear(words) and not FOREIGN.search(words)


def _pieces(text: str) -> list[str]:
    parts = [p for part in _SPLIT.split(text) for p in _DOT_SPLIT.split(part)]
    return [p.strip(" .。") for p in parts if p.strip(" .。")]


def _fields(text: str, framed: bool) -> list[tuple[str, str]] | None:
    """(role, value) for each part of a labelled text, 'free' for a part without a label; None when it is not one."""
    if _QA.match(text.strip()) and text.strip()[:1] in "Qq":
        pairs = [(m.group("q"), m.group("a").strip(" .。")) for m in _QA.finditer(text.strip())]
        answered = [(_role(q, asked=True) or "unknown", a) for q, a in pairs]
        return answered if len(answered) >= 2 else None
    parts = _pieces(text)
    found: list[tuple[str, str]] = []
    labelled = 0
    for i, part in enumerate(parts):
        field = _FIELD.match(part)
        if field is None:
            found.append(("header" if i == 0 and _HEADER.match(part) else "free", part))
            continue
        role = _role(field.group("label"))
        labelled += 1
        found.append((role or "unknown", field.group("value").strip(" .。")))
    free = [v for r, v in found if r == "free"]
    if any(re.search(r"[:：=]", v) or len(v.split()) > 10 for v in free):
        return None  # a key the reader does not know ('deliver_to: …') or a letter's body: read by other readers
    headed = bool(found) and found[0][0] == "header"
    if not (headed or framed or any(r == "ignore" for r, _ in found)):
        return None  # a plain form of fields ('item: mug; qty: 2; to: office') is read by ``fields_form``
    return found if labelled >= 2 or labelled == 1 and headed and len(found) >= 2 else None


def _to(place: str, zh: bool) -> str:
    place = place.strip()
    if re.fullmatch(r"(?:the\s+|my\s+)?(?:home|house|flat)|家|家里|我家", place, _I):
        return "送到家" if zh else "to home"
    if re.fullmatch(r"(?:the\s+|my\s+)?(?:office|work)|公司|办公室|单位", place, _I):
        return "送公司" if zh else "to the office"
    return f"送到{place}" if zh else f"to {place}"


def _one(found: list[tuple[str, str]], role: str) -> str:
    return ", ".join(v for r, v in found if r == role and v)


def _compose(found: list[tuple[str, str]], zh: bool) -> str | None:
    roles = {r for r, _ in found}
    if "unknown" in roles:
        return None
    for role, value in found:
        if role in ("ignore", "header") and not _quiet(value):
            return None
    free = [v for r, v in found if r == "free"]
    item, count, place, when = _one(found, "item"), _one(found, "count"), _one(found, "place"), _one(found, "when")
    notes, cap = [v for r, v in found if r == "notes"], _one(found, "cap")
    sep = "，" if zh else ", "
    if "query" in roles:
        asked = _one(found, "query")
        said = (asked + "".join(free)) if zh else ": ".join([asked, *free]) if free else asked
        return said if said.endswith(("?", "？", "吗", "没有", "么")) or zh else said + "?"
    if "return" in roles:
        reason = [v for r, v in found if r in ("reason", "notes", "free")]
        return sep.join([f"{_one(found, 'return')}退货" if zh else f"return {_one(found, 'return')}", *reason])
    if "reschedule" in roles or "move_to" in roles:
        what, to = _one(found, "reschedule") or item or "".join(free), _one(found, "move_to") or when
        if not what or not to:
            return None
        return f"{what}改到{to}" if zh else f"move {what} to {to}"
    if "watch" in roles or "target" in roles:
        what, target = _one(found, "watch") or item or (free[0] if free else ""), _one(found, "target")
        if not what or not target:
            return None
        if zh:
            watched = [f"盯一下{what}的价格，降到{target}提醒我"]
        else:
            watched = [f"watch the price of {what}", target if re.match(r"(?:below|under|at)\b", target, _I)
                    else f"tell me at {target}"]
        days, interval = _one(found, "days"), _one(found, "interval")
        watched += [f"{days}" if zh else f"for {days}"] if days else []
        watched += [interval] if interval else []
        return sep.join(watched)
    item = item or (free.pop(0) if free else "")
    if not item:
        return None
    drinks = ph.chain(item) is not None
    if zh:
        core = item if re.match(r"(?:帮我|请)?(?:买|订购|下单|购买)", item) or drinks else f"买{item}"
        core += f"{count}{'杯' if drinks else '个'}" if count and count.isdigit() else count
        parts = [core, *notes, *free, *([f"不超过{cap}元"] if cap and cap.isdigit() else [cap] if cap else [])]
        parts += [_to(place, True)] if place else []
        parts += [when] if when else []
        return "，".join(p for p in parts if p)
    core = item if _EN_VERB.match(item) else f"{'order' if drinks else 'buy'} {item}"
    parts = [core, *([count] if count else []), *notes, *free]
    if cap:
        parts.append(cap if re.search(r"[a-z]", cap, _I) else f"under {cap}")
    if place:
        parts.append(_to(place, False))
    if when:
        parts.append(when if drinks or not re.match(r"(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|\d)", when, _I)
                     else f"by {when}")
    return ", ".join(parts)


# An approval said to have been given already, as a status or a remark ('状态：已审批', '领导已批准'): a claim the
# shopper's own approval step is not replaced by, whatever the shape it is written in.
_APPROVED = re.compile(r"(?:已经?|业已|都已)(?:被)?(?:审批|批准|审核|批复)(?:通过|过了?|了)?(?!的订单)|审批(?:已经?)?通过|(?:领导|老板|经理)"
                       r"(?:已经?|都)?批(?:了|过|准)")


def approval_claimed(text: str) -> bool:
    """The text says its approval was given already."""
    return _APPROVED.search(text) is not None


def read(text: str, framed: bool = False) -> str | None:
    """The plain request a labelled text holds; None when ``text`` is not one or holds a part that must stay."""
    found = _fields(text, framed)
    if found is None:
        return None
    said = _compose(found, bool(_CJK.search(text)))
    if said is None or not re.search(r"\w", said):
        return None
    if any(r not in ("ignore", "header") and v and v not in said for r, v in found):
        return None  # a field the request would leave unsaid ('Reason: …' beside a purchase) keeps the text as typed
    return " ".join(said.split())
