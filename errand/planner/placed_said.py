"""How shoppers word a sentence about an order already placed, written plainly for the placed-order readers.

A return, a new delivery time or a question about an order arrives in more shapes than the readers' words
cover: as a commit message or a tool's arrow ('chore: move ord_b2 delivery -> 2026-11-25 morning'), with the
verb misspelt ('resked', 'reskedual', 'postphone'), with a word a voice keyboard heard wrong (电吃 for 电池,
下吴 for 下午), with 改 and the new day and no 到 ('ord_b2改周四上午'). ``plain`` writes these out in the words the
readers key on; ``written_date`` reads a date written with its year ('2026-11-25', '2026/11/25',
'2026年11月25日'), so a year already gone is not taken for the same day next year. A question asking why an
errand chose what it did ('why did buy-… pick a different seller') is about the errand's reasons: ``why_chosen``.
Pure functions over text.
"""

from __future__ import annotations

import re
from datetime import date

from . import payer_said as py
from . import phrases as ph

# Words a voice keyboard writes for an order's product or a part of the day: the sound is right, the
# character is not.
_HOMOPHONES = {
    "电吃": "电池",
    "电迟": "电池",
    "水虎": "水壶",
    "水湖": "水壶",
    "耳鸡": "耳机",
    "下吴": "下午",
    "上吴": "上午",
    "晚尚": "晚上",
    "早尚": "早上",
}
_HOMOPHONE = re.compile("|".join(_HOMOPHONES))

# 'reschedule' as it is misspelt: resked, reskedual, reschedual, rescedule, reshedule, re-sked.
_RESCHEDULE_TYPO = re.compile(
    r"\bre-?s(?:ch|sh|sk|ck|c|k)?h?[ea]d(?:ju|yu|u)?(?:al|el|le|l|ule|ual)?"
    r"(?:s|d|ed|ing)?\b",
    re.IGNORECASE,
)
_POSTPONE_TYPO = re.compile(r"\bpost-?(?:ph|p)h?one?(?:d|s)?\b|\bpospone\b|\bpostpon\b", re.IGNORECASE)

# A sentence about a placed order: an id, or a word of returning, moving or delivering.
_ABOUT_ORDER = re.compile(
    r"\b(?:deliver\w*|reschedule|resched|return|refund|postpone)\b|退货|改期|改到", re.IGNORECASE
)
# A commit message's or a code comment's head: 'chore:', 'fix(delivery):', 'feat(home)!:', '// ', '# ', 'TODO:'.
_CODE_HEAD = re.compile(
    r"^\s*(?:(?:chore|fix|feat|refactor|ops|task|todo|note)(?:\([\w -]{1,20}\))?!?\s*:|//+|#+)\s*",
    re.IGNORECASE,
)
# A delivery's new time given as a field: 'delivery: 2026/11/30 afternoon', 'delivery = friday'.
_DELIVERY_FIELD = re.compile(r"\bdelivery\s*[:=]\s*(?=\S)", re.IGNORECASE)
# An order's id, an arrow and a time: 'ord_k1 -> 2026-11-21 evening', 'ord_b2 => sat am'.
_ORDER_TO_TIME = re.compile(
    r"(?<![\w-])(?P<order>ord[_-]\w+)\s*(?:-{1,2}>|=>|→|⇒)\s*(?=(?:next |this |on )?(?:\d|(?:mon|tue|wed|thu|fri|sat|sun)"
    r"|tomorrow|today|tonight|morning|afternoon|evening|the day after|[a-z]{3,9} \d))",
    re.IGNORECASE,
)
# An arrow from a thing to its new value: '->', '=>', '-->', '→'.
_ARROW = re.compile(r"\s*(?:-{1,2}>|=>|→|⇒)\s*")
# 改 with the new day or part of day straight after it, and no 到 ('改周四上午', '改明天下午'): 改到.
_ZH_CHANGE_TO = re.compile(
    r"改(?=(?:下个?|这个?|本)?(?:周|星期|礼拜)[一二三四五六日天]|明天|后天|大后天|今天|今晚|明早|明晚"
    r"|[上下]午|晚上|早上|中午|傍晚|\d{1,2}(?:月\d{1,2})?[号日]|(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[号日])"
)


# Verbs of moving a delivery said loosely, and a part of the day said short: 'bump the batteries to monday morn'.
# A part of the day misspelt: 'mornin', 'monring', 'afternon', 'evenin', 'evning'.
_PART_TYPOS = {
    "morning": re.compile(r"\b(?:mornin|mornig|mornign|monring|mroning|moring)\b", re.IGNORECASE),
    "afternoon": re.compile(
        r"\b(?:afternon|afternooon|aftrnoon|afternnon|aftenoon|afernoon|afteroon)\b", re.IGNORECASE
    ),
    "evening": re.compile(r"\b(?:evenin|evning|eveing|evenig|evenng|eveninng)\b", re.IGNORECASE),
}
_MOVE_WORDS = re.compile(
    r"\b(?:bump|shunt|punt|slide|scoot)(?= (?:it|them|ord_\w+|(?:the|my) \w+)[^.;]{0,30}\bto\b)"
    r"|\bmorn\b(?!ing)",
    re.IGNORECASE,
)
# A tool's flags for a delivery's new time after an order id: '--date 2026-11-27 --slot evening'.
_DATE_FLAG = re.compile(r"\s--(?:date|day|when|deliver(?:y)?(?:[-_]date)?)(?:\s*=\s*|\s+)", re.IGNORECASE)
_SLOT_FLAG = re.compile(r"\s--(?:slot|part|time|window)(?:\s*=\s*|\s+)", re.IGNORECASE)


# A delivery moved by naming its product, then the new day: 'move the batteries to monday morning'.
_MOVED_PRODUCT = re.compile(
    r"\b(?:move|push|postpone|delay|shift|reschedule) (?:back )?(?:my|the) (?!(?:[\w'-]+ )?(?:deliv\w*|order|parcel"
    r"|package|shipment|drop-?off|slot|stuff|things?|it|them)\b)[\w'-]+(?: [\w'-]+)? (?:back )?"
    r"(?:to|till|until) (?:the (?:morning|afternoon|evening|night),? (?:of |on )?)?(?:next |this |on )?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|the day after"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|the \d{1,2}(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)


def moved_product(text: str) -> bool:
    """A delivery moved by naming its product and the new day ('move the batteries to monday morning', '… to the
    evening of November 24th', '… to the 26th')."""
    return bool(_MOVED_PRODUCT.search(text))


# Where a refund should go, said in the message: 'refund it to my friend's paypal', '钱退到我老公的卡上'. A refund goes
# back the way the order was paid, so any other place is asked about; 'the original card' and 原路 are that way.
_REFUND_TO = re.compile(
    r"\b(?:refund|money|cash|credit)\w*\b[^.;]{0,30}?\b(?:to|into|onto|on)\b[^.;]{0,25}?\b(?:card|account|paypal"
    r"|wallet|alipay|wechat|bank|venmo|iban|balance)\b"
    r"|(?:(?:钱|款|退款|余额)[^，。,；;]{0,6}?(?:退|打|转|汇|返|退回)|退款)(?:到|给|进|至)[^，。,；;]{0,12}?"
    r"(?:卡|账户|账号|支付宝|微信|钱包|银行|零钱)",
    re.IGNORECASE,
)
_SAME_WAY = re.compile(
    r"\b(?:original|same) (?:card|payment|method|account|way)\b|原路|原卡|原账户|原支付", re.IGNORECASE
)


# The refund sent to another person: 钱退给李四, 退款转给我老公, 'refund it to my sister'.
_REFUND_TO_PERSON = re.compile(
    rf"(?:钱|款|退款|余款|差价)(?:都|全)?(?:退|打|转|返|汇)(?:给|到)(?:{py.PERSON_ZH}|{py.NAME_ZH})(?!我)"
    rf"|\b(?:refund|money|cash)\b[^.;]{{0,20}}?\b(?:to|for)\s+(?:my\s+|our\s+)?{py.KIN_EN}\b(?!'s)",
    re.IGNORECASE)


def refund_elsewhere(text: str) -> bool:
    """The message says where its refund should go, other than back the way the order was paid, or to whom."""
    return bool(_REFUND_TO.search(text) or _REFUND_TO_PERSON.search(text)) and not _SAME_WAY.search(text)


def plain(text: str) -> str:
    """``text`` with a placed order's misspelt verbs, voice slips, code heads and arrows written plainly."""
    text = _HOMOPHONE.sub(lambda m: _HOMOPHONES[m.group(0)], text)
    text = _RESCHEDULE_TYPO.sub("reschedule", text)
    text = _POSTPONE_TYPO.sub("postpone", text)
    text = _ZH_CHANGE_TO.sub("改到", text)
    for part, typo in _PART_TYPOS.items():
        text = typo.sub(part, text)
    text = _MOVE_WORDS.sub(lambda m: "morning" if m.group(0).lower() == "morn" else "move", text)
    if ph.ORDER_ID.search(text):
        text = _SLOT_FLAG.sub(" ", _DATE_FLAG.sub(" delivery to ", text))  # 'ord_k1 --date … --slot evening'
        text = _DELIVERY_FIELD.sub("delivery to ", text)  # 'ord_h3 delivery: 2026/11/30 afternoon'
    if ph.ORDER_ID.search(text) or ph.ERRAND_ID.search(text) or _ABOUT_ORDER.search(text):
        text = _WITH_YEAR.sub(
            _month_day, text
        )  # '2026/11/30' → 'November 30'; the year is read off the sentence
        text = _ORDER_TO_TIME.sub(r"move \g<order> delivery to ", text)  # 'ord_k1 -> friday evening'
        if _ARROW.search(text):
            text = _CODE_HEAD.sub("", text)
            text = _ARROW.sub(" to ", text)
        elif _CODE_HEAD.match(text) and (
            ph.ORDER_ID.search(text) or re.search(r"\bdeliver", text, re.IGNORECASE)
        ):
            text = _CODE_HEAD.sub("", text)
    return text


# A date written with its year: '2026-11-25', '2026/11/25', '2026.11.25', '2026年11月25日'.
_WITH_YEAR = re.compile(
    r"(?<!\d)(?P<y>20\d\d)\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})(?!\d)"
)


def _month_day(found: re.Match[str]) -> str:
    """A date written with its year as the readers say it: 'November 30', or '11月30日' in Chinese."""
    month, day = int(found.group("m")), int(found.group("d"))
    if not 1 <= month <= 12:
        return found.group(0)
    if ph.CJK.search(found.string):
        return f"{month}月{day}日"
    return f"{date(2000, month, 1).strftime('%B')} {day}"


def written_date(text: str) -> date | None:
    """The date written with its year, or None (none, or no such day)."""
    found = _WITH_YEAR.search(text)
    if found is None:
        return None
    try:
        return date(int(found.group("y")), int(found.group("m")), int(found.group("d")))
    except ValueError:
        return None


# Asking why an errand did what it did: 'why did buy-… pick a different seller', 'how come bulk-… went to Heytea',
# 'what made buy-… go for the 24-pack', '为什么buy-…选了那家店'. Why something is late or not yet here asks where it is.
# '怎么挑了个贵的', '怎么就选了那家' (how come it chose …) ask why as well; '怎么买' alone asks how.
_WHY = re.compile(r"(?:^|[,:：\]]\s*)\s*(?:why|how come|what made)\b|为什么|为啥|怎么会|怎么(?:就|又|偏偏)?(?:挑|选|买|拍|订|找|换|去)了",
                  re.IGNORECASE)
_LATE = re.compile(
    r"\b(?:late|slow|delayed|arriv\w*|here yet|shipped|delivered|taking so long)\b|还没到|没到|慢|延误|物流",
    re.IGNORECASE,
)


# A request after the question: 'why did buy-… pick that seller? buy from the cheaper one instead'.
_THEN_ASKED = re.compile(
    r"[?？]\s*\S|(?<!not )(?<!n't )(?<!to )\b(?:buy|purchase|get me|cancel|switch|change it|tell me|give me|send me"
    r"|ignore)\b"
    r"|买(?![了的过])|取消|换成|改成|告诉我",  # '为什么买了那个牌子', '为啥买的是大包装' ask why it bought; '…？买便宜的' asks for more
    re.IGNORECASE,
)


def why_chosen(text: str) -> bool:
    """A question asking why an errand (named by its id) did what it did: its reasons, not where it is, and
    nothing asked of it after."""
    rest = ph.ERRAND_ID.sub(" ", text)
    return bool(
        ph.ERRAND_ID.search(text)
        and _WHY.search(re.sub(r"^[\s:：,，—–-]+", "", rest))  # 'buy-alice-… — why that seller?': asked after the id
        and not _LATE.search(text)
        and not _THEN_ASKED.search(rest)
    )


# Someone else's order said in Chinese: '把bob的那单改到周五', '老王的那单', '同事的快递'.
_PERSONS_ORDER = re.compile(
    r"(?P<who>[A-Za-z][A-Za-z-]{1,20}|老(?!款|板)[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}(?:哥|姐|总|叔|姨)"
    r"|他们?|她们?|别人|同事|朋友|邻居|室友|老板|领导)的(?:那|这)?(?:个|一)?(?:单|订单|快递|包裹)"
)


def someone_elses(text: str, shopper: str, titles: list[str]) -> bool:
    """The sentence names an errand or an order of someone else: an errand id carrying another shopper's id
    ('watch-bob-1a2b3c4d'), or a person's order ('bob的那单', '老王的那单'); a brand of a recent order's title is
    no person ('sony的那单')."""
    if shopper and any(
        m.group(0).split("-")[1].lower() != shopper.lower() for m in ph.ERRAND_ID.finditer(text)
    ):
        return True
    said = " ".join(titles).lower()
    for found in _PERSONS_ORDER.finditer(text):
        who = found.group("who").lower()
        if not (who.isascii() and (who == shopper.lower() or who in said)):
            return True
    return False


def unreal_date(text: str) -> bool:
    """A date written with its year that no calendar holds: '2026-13-02', '2026/2/30'."""
    found = _WITH_YEAR.search(text)
    return found is not None and written_date(text) is None
