"""The offline planner's drinks orders: many cups of one drink from a tea or coffee chain, by a time, to a saved
address. The drink, its count (before or after it, in digits, words or Chinese), the chain, the options,
the budget and the deadline are each read where they are said; whatever is missing becomes a question.
"""

from __future__ import annotations

import itertools
import re
from datetime import datetime
from zoneinfo import ZoneInfo

from errand.domain.intents import BulkOrderIntent, DrinkOptions, Plan

from . import any_shop as ash
from . import drinks_named as dn
from . import formats as fm
from . import lexicon as lx
from . import notation as nt
from . import phrases as ph
from . import segment as sg
from . import slots as sl
from . import times as tm
from . import uncarried as cu
from .context import PlanRequest
from .shopping import ask

# ---- drinks for many ---------------------------------------------------------------------------------

DRINK = re.compile(
    r"\b(?:(?:bubble|milk|boba|fruit|brown sugar|lemon|iced|green|black|oolong|jasmine) ?teas?|teas|coffees?|lattes?"
    r"|americanos?|cappuccinos?|flat whites?|mochas?|espressos?|smoothies?|frappuccinos?|lemonades?|juices?|cups? of"
    r"|macchiatos?|cortados?|cold brews?|affogatos?|ristrettos?"
    rf"|(?:{dn.FLAVOUR})\s+(?:drinks?|beverages)"  # 'grape drinks', 'cheese grape drinks'
    # what a tea shop's menu holds besides tea: desserts in a cup, toppings said as the drink
    r"|sundaes?|sagos?|(?:cream )?mousses?|boba|bobas|bobo|milkshakes?|shakes|slush(?:ies|es)?|hot chocolates?"
    r"|cocoas?|matcha(?: lattes?)?|frappes?|yog(?:h)?urt drinks?|cheese teas?)\b"
    # a coffee machine, pot, beans or mug is a thing to buy, not a coffee
    r"|奶茶|咖啡(?![壶机豆粉杯具器勺滤])|拿铁|美式|果茶|柠檬茶|奶盖|鲜奶|圣代|冰淇淋|多肉|芝芝|杨枝甘露|[0-9一二两三四五六七八九十百]+杯", re.IGNORECASE)


def bulk(text: str, request: PlanRequest) -> Plan:
    zh = bool(ph.CJK.search(text))
    said = text
    text = ash.without(text)  # '随便哪家都行，…', 'any shop is fine, …': no chain chosen (and 都可以 is no CoCo)
    text = _day_first(nt.spoken_clock(_office(nt.respelt_chains(nt.spoken_punctuation(text)))))  # 'comma' → ',', 'starbuks', 'by three thirty' → 'by 3:30'
    text = _evening_hour(_roman_count(_SLASHES.sub(" , ", text)))  # 'bulk / tea / 50 / office', 'XXX sundaes'
    text = corrected(text.replace("の", "的"))  # '老虎堂の黑糖拿铁' is 老虎堂's; '20... no wait, 30 teas' is 30
    if cu.foreign_amount(text):
        return ask("How much at most, in yuan? I can't convert other currencies.", "max_total")
    cap = sl.zh_cap(text) if zh else sl.en_cap(text)
    # the count is read with the budget and any refused chain taken out: 'under 400 total, 20 teas', 'not HeyTea'
    counted = nt.without_negated(text[: cap.start] + " , " + text[cap.end:] if cap and not zh else text)
    quantity, item = _zh_count_item(counted) if zh else _en_count_item(counted)
    item = nt.without_options(" ".join(re.sub(r"\b(?:large|regular|medium)\b", "", item, flags=re.IGNORECASE).split()))
    if quantity is not None and not item:
        item = _drink_clause(counted)
    if quantity is None:
        return ask("How many should I order?", "quantity")
    if quantity > 500:
        return ask(f"{quantity} is more than one order can take (at most 500); how many do you need?", "quantity")
    if not item or dn.unnamed(item):  # 十杯饮料, 'ten cups of anything': no drink named
        return ask("Which drink should I order?", "item")
    label = ph.address_label(_home_said(text), request.context.address_labels, default="office")
    if label is None or label not in request.context.address_labels:
        return ask("Where should it go? Your saved addresses are " + ", ".join(request.context.address_labels) + ".",
                   "address_label")
    max_total = None
    if cap:
        if cap.amount is None:
            return ask("I could not read the budget; how much at most?", "max_total")
        max_total = cap.amount * quantity if cap.per_unit else cap.amount
    return Plan(action=BulkOrderIntent(
        shopper_id=request.context.shopper_id, item=item[:120], quantity=quantity,
        options=DrinkOptions.model_validate(nt.drink_options(text)), chain=nt.chosen_chain(text), address_label=label,
        deliver_by=_deadline(_without_count(text, quantity), request), max_total=max_total, sentence=said))


# A terse order ending in a bare hour, its own clause or right after the place: '15 milk teas. home. 4', '18 lemon
# teas, office, 3', '32 boba lattes office 3'.
_LAST_HOUR = re.compile(r"(?:[.,;，。]|\b(?:office|home|work|house|flat)\b)\s*(?P<h>[1-9]|1[0-2])\s*[.!]?\s*$", re.IGNORECASE)


def _deadline(text: str, request: PlanRequest) -> datetime | None:
    """The deadline as the time reader finds it, or the bare hour a terse order ends with, read as 'by N'. A chain's
    name is no clock: the 一点 of 一点点 is not one o'clock."""
    found = tm.deadline(ph.without_chain(text), local_now(request)) or fm.within(text, local_now(request))
    last = _LAST_HOUR.search(text) if found is None else None
    return tm.deadline(f"by {last.group('h')}", local_now(request)) if last else found


# A clock said before its day: 'by 2pm Monday' is Monday at two, not today ('by Monday 2pm').
_CLOCK_THEN_DAY = re.compile(r"\b(?P<clock>\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s+(?P<day>(?:this |next )?(?:mon|tue|tues|wed|thu|thur"
                             r"|thurs|fri|sat|sun)(?:day)?|tomorrow)\b", re.IGNORECASE)


def _office(text: str) -> str:
    """'offise', 'ofice', 'offce' (spelt as heard) as 'office'."""
    return re.sub(r"\bof+i[sc]e?\b|\boffce\b", "office", text, flags=re.IGNORECASE)


# Fields said one or two words at a time between slashes: 'bulk / pearl milk tea / 50 / mixue / office / 4pm'.
_SLASHES = re.compile(r"\s+/\s+|^\s*/\s*|\s*/\s*$")
# A count of cups in Roman numerals, capitals only, before what is counted: 'XXX sundaes', 'XX cups of', 'order XV
# lattes' (a lone 'I', 'V', 'X', 'L', 'C' or 'M' names a pronoun or a size, never a count).
_ROMAN = re.compile(r"(?<![\w-])(?P<r>(?:C{1,3})?(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?=\s+(?:cups?\b|[a-z]))")
_ROMAN_VALUES = {"C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def _roman_count(text: str) -> str:
    """'XXX vanilla sundaes' as '30 vanilla sundaes'."""
    def value(m: re.Match[str]) -> str:
        r = m.group("r")
        if len(r) < 2 or r == "XL":  # "XL" is a cup size
            return r
        total = sum(-_ROMAN_VALUES[a] if _ROMAN_VALUES[a] < _ROMAN_VALUES[b] else _ROMAN_VALUES[a] for a, b in itertools.pairwise(r))
        return str(total + _ROMAN_VALUES[r[-1]])
    return _ROMAN.sub(value, text)


# An hour tonight without am/pm: 'tonight 8', 'tonight at 9' is in the evening (20:00, 21:00).
_TONIGHT_HOUR = re.compile(r"\b(?P<w>tonight(?: at| by)?) (?P<h>[1-9]|1[01])\b(?!\s*(?:[:.]\d|[ap]\.?m\b|o'?clock))", re.IGNORECASE)


# An hour tonight in Chinese: '今晚八点前' is 20:00, as '晚上八点' is.
_ZH_TONIGHT_HOUR = re.compile(r"今晚(?=\s*(?:[一二三四五六七八九十]{1,2}|\d{1,2})\s*[点點])")


def _evening_hour(text: str) -> str:
    return _ZH_TONIGHT_HOUR.sub("今天晚上", _TONIGHT_HOUR.sub(lambda m: f"{m.group('w')} {m.group('h')}pm", text))


def _day_first(text: str) -> str:
    return _CLOCK_THEN_DAY.sub(lambda m: f"{m.group('day')} {m.group('clock')}", text)


def _home_said(text: str) -> str:
    """屋企, 屋头, 屋里 and 家裡 as 家里, and '送返'/'送回' home as '送到家': 'home' as the address reader knows it."""
    text = re.sub("屋企|屋头|屋頭|家裡|屋里(?!厢)|屋裡(?!廂)", "家里", text)
    text = re.sub(r"(?:送|寄|拿)\s*[返回去]?\s*(?=家里)", "送到", text)
    return re.sub(r"(?<![送寄拿])到家(?![里裡])", "送到家里", text)  # '晚上八点到家': delivered home


def _without_count(text: str, quantity: int) -> str:
    """The sentence without its count of cups, so '16 teas … by 11am' is not read as a clock of 16:00."""
    return re.sub(rf"(?<![\d:.])\b{quantity}\b(?!\s*(?::|[ap]\.?m\b|点|點|时|時|号|號|o'?clock))(?=\s+[A-Za-z])", " ",
                  text, count=1, flags=re.IGNORECASE)


# a count of cups said in Chinese: '二十杯', '三十个', '两打' (two dozen)
_ZH_COUNT = rf"(?P<n>{lx.ZH_NUMBER})\s*(?P<unit>杯|个(?!人)|打)"  # '19个人' counts people, not cups


def _before(item: str, text: str) -> re.Match[str] | None:
    """A drink (matching ``item``) said before its count, after what asks for it ('要求订', '请求订购')."""
    return re.search(r"(?:^|[，。,：:])\s*(?:[^，。,：:]*?(?:要求|请求|恳求)?(?:开会|订购|要|订|点|来|帮我|购买|购|买))?(?P<item>" + item + r")\s*"
                     rf"(?:{_ZH_COUNT}|[x×]\s*(?P<x>\d+))", text)


def _zh_count(match: re.Match[str]) -> int | None:
    n = lx.zh_number(match.group("n"))
    return n * 12 if n is not None and match.group("unit") == "打" else n


def _zh_count_item(text: str) -> tuple[int | None, str]:
    """The count and the drink of a Chinese order, the drink after its count ('二十杯奶茶', '两打多肉葡萄',
    '40杯lemon tea') or before it ('霸王茶姬桂花乌龙奶茶十五杯', 'Mixue 圣代 x20')."""
    quantity, item = None, ""
    # a chain said between the count and the drink: '26杯 Tiger Sugar 黑糖波波鲜奶', '18杯 HeyTea 的 jasmine milk tea'
    text = re.sub(rf"(?<=[杯打])\s*(?:{_CHAIN_WORDS}|{_ZH_CHAINS})\s*(?:的\s*)?(?=[\u4e00-\u9fffA-Za-z])", "", text,
                  flags=re.IGNORECASE)
    m = re.search(rf"(?P<n>{lx.ZH_NUMBER})\s*(?P<unit>杯|打)(?![送到去前给])(?P<item>[A-Za-z][A-Za-z ]*[A-Za-z]|[^，。,\s]+?)(?=\s|，|。|,|从|到|送|去|要|下午|上午|晚上|中午|早上|傍晚|明天|今天|周|星期|礼拜"
                  rf"|{lx.ZH_NUMBER}[点时]|$)",
                  text)
    # the drink before its count: '霸王茶姬桂花乌龙奶茶十五杯', 'Mixue 圣代 x20', '圣代三十个'
    before = _before(r"[^，。,：:\d零〇一二两三四五六七八九十]+?", text)
    # else a numeral inside the name ('一点点四季春十杯'), though never a name that is only the count's first numerals
    before = before or _before(r"(?![零〇一二两三四五六七八九十百\d]*\s*(?:杯|个|打|[x×]))[^，。,：:\d]+?", text)
    crossed = re.search(r"(?<![A-Za-z0-9])[x×]\s*(?P<x>\d+)\s+(?P<words>[^，。,]+)", text)
    if m:
        quantity = _zh_count(m)
        item = m.group("item")
    elif crossed and not before:
        quantity, item = int(crossed.group("x")), _first_drink(crossed.group("words"))
    elif before:
        quantity = _zh_count(before) if before.group("n") else int(before.group("x"))
        item = before.group("item")
    elif apart := _count_apart(text):  # '霸王茶姬伯牙绝弦，四十杯，大杯': the count a clause of its own after the drink
        quantity, item = _zh_count(apart), apart.group("item")
    if quantity is not None:
        item = re.sub(r"(大杯|中杯|少糖|半糖|无糖|微糖|全糖|去冰|少冰|正常冰|热的?|的)", "", item)
        item = re.sub(r"(?:整|来|要|订|点|弄|搞)+$", "", item)  # '柠檬水整40杯': the verb said before the count
        item = ph.without_chain(item)
        item = re.sub(r"^(?:请|麻烦|帮我|给我|帮忙|在|从|去|到|跟|向|\s)+$", "", item)  # '在喜茶订二十杯': no drink named
        item = sg.product(item) if ph.CJK.search(item) else item.strip()  # none said: read from its clause
    return quantity, item


# The count as a clause of its own, right after the clause naming the drink with its chain or a drink word:
# '霸王茶姬伯牙绝弦，四十杯，大杯，少冰', '奈雪霸气橙子，十八杯'; a time or a place before the count names no drink.
_APART = re.compile(rf"(?:^|[，。,：:；;])\s*(?P<item>[^，。,：:；;]+?)\s*[，,]\s*(?:共|一共|总共)?{_ZH_COUNT}\s*(?=[，。,；;]|$)")


def _count_apart(text: str) -> re.Match[str] | None:
    """The count clause after a drink clause: one naming a drink word, or the chain and then its drink
    ('霸王茶姬伯牙绝弦'); a chain alone ('合唱团要喜茶，二十杯') names no drink."""
    found = _APART.search(text)
    if found is None:
        return None
    clause = found.group("item")
    after_chain = re.search(rf"(?:{_ZH_CHAINS}|\b(?:{_CHAIN_WORDS})\b)\s*的?\s*[\u4e00-\u9fffA-Za-z]{{2,}}", clause, re.IGNORECASE)
    return found if DRINK.search(clause) or after_chain else None


# the chains' English names: in a terse '12 jasmine milk tea heytea office 3pm' the drink ends where one starts
_CHAIN_WORDS = "|".join(sorted((re.escape(w) for w in ph.CHAINS if w.isascii()), key=len, reverse=True))
_ZH_CHAINS = "|".join(sorted((re.escape(w) for w in ph.CHAINS if not w.isascii()), key=len, reverse=True))


def _first_drink(words: str) -> str:
    """The drink among the terse words after an 'x15' count: '蜜雪 珍珠奶茶 大杯 公司 2点' → 珍珠奶茶."""
    kept = [w for w in words.split() if not nt.OPTION_WORDS.fullmatch(w) and ph.without_chain(w).strip() == w
            and nt.chosen_chain(w) is None]
    drinks = [w for w in kept if DRINK.search(w)]
    return (drinks or kept or [""])[0]


def _en_count_item(text: str) -> tuple[int | None, str]:
    """The count and the drink of an English order: '20 lemon teas from …', 'bubble tea: 16 cups',
    'taro milk tea ×12', '🥤x20 jasmine milk tea heytea office'."""
    text = re.sub(r"(?<![A-Za-z0-9])[x×]\s*(\d+)\s+(?=[A-Za-z])" + _NOT_A_DRINK, r" \1 ", text, flags=re.IGNORECASE)
    # a number after 'at'/'by'/'until' is a clock, one after a colon its minutes: 'shift ends at 7 - 22 lemon teas',
    # 'recess at 2:15 — 18 milk teas', '…, 17:30 today'
    m = re.search(rf"(?<!\bat )(?<!\bby )(?<!\buntil )(?<![:：])\b(?P<n>{lx.EN_NUMBER})(?<!,)\s+{_NOT_A_DRINK}(?P<dozen>dozen\s+)?(?:x\s*)?(?:(?:large|regular|medium|hot(?!\s+(?:chocolates?|cocoas?)\b))\s+)?"
                  r"(?:cups?\s+(?:of\s+)?|x\s+)?" + _NOT_A_DRINK +
                  r"(?P<item>.+?)(?=\s+(?:from|for|to|at|by|with|before|delivered|under|below|,|less|no|not|half|light"
                  r"|tomorrow|today|tonight|large|hot|around|in|on|office|home|off\s+(?:" + _CHAIN_WORDS + r")|" + _CHAIN_WORDS
                  # Spanglish 'de Mixue', Italian 'di', German 'von' before the chain; a telegram's STOP
                  + r"|(?:de|del|di|von|du)\s+(?:" + _CHAIN_WORDS + r")|stop)\b"
                  r"|\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\s*[—–]|[,.?!]|$)", text, re.IGNORECASE)
    if m:
        quantity, item = lx.en_number(m.group("n")), ""
        if quantity is not None and m.group("dozen"):
            quantity *= 12
        item = sl.tidy_product(ph.without_chain(m.group("item")))
        if re.fullmatch(r"(?:cups?|each|(?:of )?(?:them|those|these)|ones)?", item, re.IGNORECASE):
            item = _right_before(text[: m.start()])  # 'HeyTea very berry cheese tea 14 cups, office': the drink said first
        return quantity, item
    # 'taro milk tea ×12': the drink right before its count
    before = re.search(r"(?:^|[,:;—])\s*(?P<item>[A-Za-z][A-Za-z' -]*?)\s*[x×]\s*(?P<x>\d+)\b", text)
    if before:
        item = sl.tidy_product(ph.without_chain(before.group("item")))
        return int(before.group("x")), "" if re.fullmatch(r"cups?", item, re.IGNORECASE) else item  # 'cups x 40'
    # 'luckin coconut latte 16 office 3pm', 'boba latte 14 cups to the office': the drink, then its bare count
    terse = re.search(r"(?:^|[,:;—])\s*(?:(?:please|pls|order|get)\s+)?(?P<item>[A-Za-z][A-Za-z' -]*?)\s+(?P<n>\d{1,3})"
                      r"\s+(?:cups?\s+)?(?=(?:to|for|by|office|home|at)\b)", text, re.IGNORECASE)
    if terse:
        item = sl.tidy_product(ph.without_chain(terse.group("item")))
        return (int(terse.group("n")), item) if item else (None, "")
    # 'I want from HeyTea the mango sago, twenty, to the office': the count as a clause of its own after the drink
    apart = re.search(rf"(?P<item>(?:[A-Za-z'-]+\s+){{0,4}}[A-Za-z'-]+)\s*,\s*(?P<n>{lx.EN_NUMBER})\s*(?:cups?)?\s*"
                      r"(?:[,.;]|$|(?=(?:to|for|by|at)\b))", text, re.IGNORECASE)
    if apart and DRINK.search(apart.group("item")):
        named = re.sub(r"^.*\b(?:the|some|an?|from)\s+", "", apart.group("item"), flags=re.IGNORECASE)  # after the article
        item = sl.tidy_product(ph.without_chain(named))
        return (lx.en_number(apart.group("n")), item) if item else (None, "")
    return None, ""


def _right_before(text: str) -> str:
    """The drink said right before its count in the same clause ('Office to, Luckin coconut latte' → 'coconut latte'),
    or nothing (the drink is then read from its own clause: 'bubble tea: 16 cups')."""
    found = re.search(r"(?:^|[,:;—])\s*(?:(?:please|pls|kindly|order|get|send|bring|deliver|buy)\s+)*"
                      r"(?P<item>[A-Za-z][A-Za-z' -]*?)\s*$", text, re.IGNORECASE)
    item = sl.tidy_product(ph.without_chain(found.group("item"))) if found else ""
    return item if DRINK.search(item) else ""


# What follows a count that is no drink: '… x 24 to the office', '… 15 office 3pm', "… ×25, office, 4 o'clock".
_NOT_A_DRINK = r"(?!(?:cups?\s+)?(?:to|for|by|from|at|before|office|home|until|o'?clock|[ap]\.?m|hours|hrs)\b)"


# A count taken back and said again: '二十杯... 不对，三十杯', 'twenty lattes... no wait, thirty'.
_CORRECTION = re.compile(r"(?:不对|说错了|哦不|\bno wait\b|\bsorry,? (?:make (?:that|it)|i mean)\b|\bi mean\b"
                         r"|\bscratch that\b|\bmake (?:that|it)\b)[,，:]?\s*", re.IGNORECASE)
_ZH_CUPS = rf"(?:整|共|一共)?{lx.ZH_NUMBER}\s*[杯个打]"  # '整二十杯'
_EN_CUPS = rf"\b{lx.EN_NUMBER}\b(?=\s+(?!(?:[ap]\.?m|o'?clock|hours?|minutes?)\b)[A-Za-z])"  # 'twenty lattes'


def corrected(text: str) -> str:
    """The sentence with a count taken back dropped, when a new count follows the correction."""
    said = list(_CORRECTION.finditer(text))
    if not said:
        return text
    before, after = text[: said[-1].start()], text[said[-1].end():]
    if not re.search(f"{_ZH_CUPS}|{_EN_CUPS}", after, re.IGNORECASE):
        return text
    before = re.sub(f"{_ZH_CUPS}|{_EN_CUPS}", "", before, flags=re.IGNORECASE)
    return before.rstrip(" .…,，") + (" , " if before.strip(" .…,，") else "") + after


def _drink_clause(text: str) -> str:
    """The drink named apart from its count, as its whole clause says it: 'brown sugar milk tea, 33 cups'."""
    for clause in re.split(r"[,，。:;—–]", text):
        if DRINK.search(clause) and not re.search(r"\d|[零一二两三四五六七八九十百]+\s*[杯个打]", clause):
            words = nt.without_options(ph.without_chain(clause))
            # who wants it is no part of the drink: 'the interns want bubble tea', '实习生想喝奶茶'
            words = re.sub(r"^.*?\b(?:wants?|needs?|would like|fancy|fancies|craving)\s+|^.*?(?:想喝|要喝|想要|喝|要|点)",
                           "", words, flags=re.IGNORECASE)
            words = re.sub(r"^\s*(?:(?:please|pls|errand|order|get)\s+)+", "", words, flags=re.IGNORECASE)
            words = re.sub(r"\s+for (?:the|our|my) [a-z]+(?: [a-z]+)?\s*$", "", words, flags=re.IGNORECASE)  # 'for the ward'
            return sl.tidy_product(words) if not ph.CJK.search(words) else sg.product(words)
    drink = DRINK.search(re.sub(rf"{lx.ZH_NUMBER}\s*[杯个打]", "", text))
    return sl.tidy_product(ph.without_chain(drink.group(0))) if drink else ""


def local_now(request: PlanRequest) -> datetime:
    try:
        return request.now.astimezone(ZoneInfo(request.context.timezone))
    except (KeyError, ValueError):
        return request.now
