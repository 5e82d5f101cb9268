"""Two products joined in words the segment reader does not cut at: one errand carries one product, so a
sentence that names two, each with a count or a verb of its own, is asked about.

It cuts where a second product begins, and reads each piece with the segment reader of second_item.py:
- a spoken or regional 'and' right before a count ('两瓶酱油共一包盐' in 潮汕, '一支牙膏佮两条毛巾' in 闽南, 仲有,
  同埋 and 同 in Cantonese, 和, 跟, 加, 兼, 连带, 外加 and the rest), so '牛奶共两箱' (two boxes in all), '红加白的毛巾'
  (a colour pair) and '美式加一份浓缩' (a drink's extra shot) stay one product;
- a second 'count + classifier + product' group after a first one ('两盒鸡蛋三斤土豆', '三杯拿铁两杯摩卡');
- the lines of a list, one product a line behind a bullet, a dash or a number, and '+', '/' or '、' between
  counted products ('🧻 x4 + 🧼 x2', 'pens x10 + notebooks x5');
- English 'and', '&', 'n', 'then' or 'plus' between two products that each have a count, written before the
  product or after it ('soap three bars, towels two', 'tissues (2), hand soap (1)');
- two clauses each getting a product for its own person ('给爸买双拖鞋，给妈买把梳子', 'a scarf for my mum, then
  gloves for my dad', 'buy my dad a wallet, then my brother a belt').
A count that shares out the one before it ('两瓶酒，一瓶自己喝', '两杯拿铁，一杯热一杯冰'), a headcount ('给30个小朋友买
30盒彩笔'), a count said again ('like 3 tubes'), a model number ('SPF 50') and what is said before a correction
('a kettle and a toaster... no, just the kettle') name no second product.
"""

from __future__ import annotations

import re

from errand.domain.intents import Clarification, Plan

from . import lexicon as lx
from . import second_item as si

_ZH = re.compile(r"[\u4e00-\u9fff]")
_HAN_NUMBER = r"[一二两三四五六七八九十百半\d]+"
_MEASURE = si._ZH_MEASURE + "斤串把束瓶樽罐"
_ZH_NUMBERED = rf"(?:{_HAN_NUMBER}|几)\s*[{_MEASURE}]|俩|仨"
_ZH_COUNTED = rf"{_ZH_NUMBERED}|(?<=[买来拿弄整要订带])[个只件把双台条支盒包瓶束套本张袋箱]"
# A spoken 'and' right before the second product's count; 一共, 总共, 合共 say 'in total', 加一份 is an extra shot.
_ZH_JOINER = r"(?:共|佮|仲有|同埋|同|和|跟|与|及|以及|加|兼|连带|外加|还要|还有|顺便|另外|再来|再要|再买|加上|又)"
_ZH_JOINED = re.compile(rf"(?<![一总合])(?!加\s*一?份)(?:{_ZH_JOINER})\s*"
                        rf"(?=(?:买|来|要|拿|整)?(?:{_ZH_NUMBERED}|(?<=[买来要拿整])[个只件把双台条支盒包瓶束套本张袋箱])(?!\s*(?:[，,。的]|$)))")
# A second counted group after a first: '两盒鸡蛋|三斤土豆', '一杯红茶|一杯绿茶' (not '一箱24瓶的矿泉水' or
# '兼容两个接口的充电器': a count before 的 says what the product is like).
_ZH_SECOND_GROUP = re.compile(rf"(?<=[\u4e00-\u9fff])(?=(?:{_ZH_NUMBERED})[\u4e00-\u9fff][^的]*$)")
_ZH_BREAK = re.compile(r"[,，;；。!！?？:：、+＋/\n]|(?<=\S)\s+(?=\S)")
# A description of what each unit holds ('每包一百个的垃圾袋'), read as the product after it.
_ZH_EACH = re.compile(rf"每[{_MEASURE}]?[^，,。的]{{0,8}}的|(?<=加)\s*[一两二三四五\d]?份")  # and a drink's add-on (加一份浓缩)
# One character names a product after a count only when it is a thing or a fruit or vegetable ('一箱橙', '一捆葱').
_ONE_CHAR = si._ZH_ONE_CHAR | frozenset("橙梨桃枣李杏柚葱蒜姜")

_HEADCOUNT = re.compile(rf"(?:{_HAN_NUMBER}|几)\s*[个位名]?(?:小朋友|孩子|学生|同学|员工|同事|客人|老师|朋友|家人|人)")

# ---- lists ----------------------------------------------------------------------------------------------------
_BULLET = re.compile(r"^\s*(?:[•·\-*–—▪◦●○►>]|\d{1,2}[.)、]|[①-⑩]|[（(]\d{1,2}[)）])\s*")
_LINE_COUNT = re.compile(rf"\d|[x×]\s*{lx.EN_NUMBER}|{_ZH_COUNTED}|\b{lx.EN_NUMBER}\b", re.IGNORECASE)

# ---- English ----------------------------------------------------------------------------------------------------
_EN_JOINER = re.compile(r"\s(?:and|&|n|then|plus|\+)\s|\s*[+/]\s*|[,;]\s*(?:and\s+|then\s+)?", re.IGNORECASE)
# A count written after the product: 'x4', '×12', '(2)', '- 1', 'three bars', 'two', '5 reams' (not 'SPF 50',
# 'Pixel 8': a bare number after a name is its model or size).
_EN_AFTER = re.compile(r"^(?P<noun>.*?[a-z].*?)\s*(?:(?<![a-z])[x×]\s*(?P<x>\d+)|\(\s*(?P<p>\d+)\s*\)|\s[-–]\s*(?P<d>\d+)"
                       r"|\s(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|one)(?P<unit>\s+[a-z]+)?"
                       r"|\s(?P<digits>\d+)\s+(?P<counted>[a-z]+))\s*$", re.IGNORECASE)
# Words before a count said again or roughly: 'like 3 tubes', 'about 2 packs', 'so 4 in total'.
_HEDGE = re.compile(r"(?:like|about|around|maybe|say|roughly|approx\w*|just|only|so|total|in total|all|altogether|um|uh"
                    r"|make (?:it|that)|no|yes|ok|okay)\W*$", re.IGNORECASE)
# A bare 'one' after a plural counts it ('staplers one'); after a singular it points ('the grey one', 'just the one').
_PLURAL = re.compile(r"(?!.*\b(?:the|this|that|a|an|my|your|just)\b)(?:[a-z-]+\s+)*[a-z-]+s", re.IGNORECASE)
# Words that count what is before them: 'soap three bars', 'paper 5 reams' (not 'undr 20 each').
_COUNTED_UNITS = si._COUNT_UNITS - {"each", "of", "x", "count", "ct"}
# Who a clause gets its product for: 'for my mum', 'my dad a wallet', '给爸', '给老婆'.
_FOR_PERSON = re.compile(r"\bfor (?:my|our|the|his|her) (?P<en>\w+)|\b(?:buy|get|order) (?:my|our) (?P<dat>\w+) (?:a|an|some|\d)\b"
                         r"|^\s*(?:then |and |also )?(?:my|our) (?P<bare>\w+) (?:a|an|some|\d)\b"
                         r"|给(?P<zh>[^买来拿弄整订，,。\s]{1,4}?)(?:也)?(?:买|来|拿|弄|整|订|带)", re.IGNORECASE)
_CLAUSE = re.compile(r"[,，;；。!！]|\bthen\b|\band\b|然后|再(?=给)", re.IGNORECASE)
# A Chinese clause that buys a count of its own: a buying verb, then the count and its measure ('便利贴买一包').
_ZH_CLAUSE = re.compile(r"[,，;；。!！?？\n]")
_ZH_BOUGHT = re.compile(rf"(?:买|购入|下单|订|入手)\s*(?:了|上|个)?\s*(?:{_ZH_NUMBERED})")


def check(text: str, plan: Plan, said: str = "") -> Plan:
    """``plan``, or a question when a purchase, a drinks order or a watch names two products."""
    if plan.action.kind in ("buy", "bulk_order", "price_watch") and two_items(text, said):
        question, missing = si._TWO_PRODUCTS
        return Plan(action=Clarification(question=question, missing=[missing]))
    return plan


def two_items(text: str, said: str = "") -> bool:
    """Whether the planner's text or the shopper's own words name two products, each counted or asked for on its
    own, or two products for two people."""
    text, said = (si._CORRECTED.split(r)[-1] for r in (text, said))  # '…, no, just the kettle': what is said last
    if _listed(said or text):  # the lines as the shopper wrote them
        return True
    # Chinese is read as the planner writes it out (dialect and traditional characters in Mandarin)
    for reading in dict.fromkeys(r for r in (text, "" if _ZH.search(said) else said) if r.strip()):
        if _for_two(reading) or (_zh_joined(reading) if _ZH.search(reading) else _en_joined(reading)):
            return True
        if _ZH.search(reading) and sum(1 for c in _ZH_CLAUSE.split(reading) if _ZH_BOUGHT.search(c)) >= 2:
            return True  # '笔买三盒，另外便利贴买一包': two clauses, each buying its own count
    return False


def _zh_pieces(text: str) -> list[str]:
    pieces: list[str] = []
    # 块 before a noun counts pieces ('两块抹布'); before 钱, a number or a cap it is money ('三块钱', '三块五', '100块封顶')
    text = re.sub(r"(?<![\d百千万])([一二两三四五六七八九十几]|\d)块(?=[\u4e00-\u9fff])(?![钱多半一二两三四五六七八九十封以左上内的])",
                  r"\1个", text)
    for part in _ZH_BREAK.split(_ZH_EACH.sub("", text)):
        for i, joined in enumerate(_ZH_JOINED.split(part)):
            joined = re.sub(r"^\s*(?=[个只件把双台条支盒包瓶束套本张袋箱])", "一", joined) if i else joined  # 还要个水桶
            pieces += [p for p in _ZH_SECOND_GROUP.split(joined) if p.strip()]
    return pieces


def _zh_key(piece: str, *, share: bool = False) -> str:
    """The product a Chinese piece names: the segment reader's noun, or the words a count stands before or after
    when the dictionary tags them otherwise ('两条毛巾' and '红茶' are tagged as names, '冰美式' reads as a style).
    ``share``: the piece's count may be a share of the one before it ('两瓶酒，一瓶自己喝')."""
    key = si._zh_segment(piece)[0]
    if key or si._ZH_SIZE.search(piece):
        return key if _thing(key, share=share) else ""
    said = re.search(rf"(?:{_ZH_COUNTED})\s*(?P<after>[\u4e00-\u9fff]{{1,8}})$", piece.strip()) \
        or re.fullmatch(rf"(?P<before>[\u4e00-\u9fff]{{2,8}}?)\s*(?:{_ZH_COUNTED}|[x×]\s*\d+)", piece.strip())
    word = said and (said.groupdict().get("after") or said.groupdict().get("before")) or ""
    plain = not re.search(r"[的了吧呢吗啊呀就再还也都我你他她阮买買要帮幫给給让叫]|^[多半左以上下来点一二两三四五六七八九十百千几\d]"
                          r"|(?:款|型|色|味|装|号|码|版|那种|这种|一样)$", word) and (len(word) > 1 or word in _ONE_CHAR)
    tags = [t.flag for t in si._tagger().lcut(word, HMM=False)] if word else []
    # a word that starts with what a unit is like or done with is a split of one product ('一杯少糖', '一包送妈妈')
    thing = word in _ONE_CHAR or bool(tags) and tags[0][0] not in "avdm" and tags[-1][0] in "nzxlv" and tags[-1] not in ("v", "vd")
    named = plain and thing and word not in si._ZH_NOT_NOUN and not si._ZH_NOT_A_PRODUCT.search(word + "。")
    return word if named and _thing(word, share=share) else ""


def _thing(word: str, *, share: bool) -> bool:
    """A word that names a thing, not what one unit of it is like or is for ('一瓶自己喝', '一本给儿子', '一斤多点'): it
    is no number and does not start with a pronoun, a preposition, an adverb or a number; after a share of the
    count before it, not with an adjective or a verb either ('一杯少糖', '一杯加椰果', '一把放公司'), while a product's
    name may ('插线板', '一个插线板')."""
    tags = [t.flag for t in si._tagger().lcut(word, HMM=False)]
    return bool(tags) and not re.match(r"[一二两三四五六七八九十百千万几半多\d]", word) and (len(tags) == 1 or tags[0][0] not in ("avdrpmc" if share else "drpmc"))


def _zh_joined(text: str) -> bool:
    """Two different Chinese products in the pieces, each with a count of its own."""
    counted: set[str] = set()
    measures: set[str] = set()  # the classifiers counted so far: '一瓶' after '两瓶' may be one of the two
    for piece in _zh_pieces(text):
        if _HEADCOUNT.search(piece):
            continue  # '给全班30个小朋友买30盒彩笔': the people it is for, not a product
        count = re.search(rf"{_ZH_COUNTED}|[x×]\s*\d", si._ZH_SIZE.sub(" ", piece))
        said = count.group() if count else ""
        measure = said[-1:]
        key = _zh_key(piece, share=said.startswith("一") and measure in measures)
        if key and count:
            counted.add(key)
            measures.add(measure)
    return len(counted) > 1


def _en_piece(piece: str) -> tuple[str, bool, bool]:
    """(the product's key, counted, counted after the product) for one English piece."""
    piece = piece.strip(" .!?:")
    if (emoji := re.fullmatch(r"(?P<e>[^\w\s,;:.!?+/()×-]{1,2})\s*(?:[x×]\s*\d+|\(\d+\))", piece)) is not None:
        return emoji.group("e"), True, True  # '🧻 x4'
    lead = si._EN_LEAD.match(piece)
    said, rest = (piece[:lead.end()], piece[lead.end():]) if lead else ("", piece)
    after = _EN_AFTER.match(rest)
    if after and (si._EN_NOT_A_PRODUCT.match(after.group("noun")) or si._MONEY.search(rest) or _HEDGE.match(after.group("noun"))):
        return "", False, False  # 'max 200', 'budget 300 yuan', 'like 3 tubes'
    if after and not re.search(rf"^(?:{lx.EN_NUMBER}|a|an)\s", after.group("noun"), re.IGNORECASE) \
            and all(not unit or unit.strip().lower() in _COUNTED_UNITS for unit in after.group("counted", "unit")) \
            and (after.group("unit") or (after.group("n") or "").lower() != "one" or _PLURAL.fullmatch(after.group("noun"))):
        words = re.findall(r"\b[a-z][\w'-]*", si._EN_PREPOSITION.sub("", f" {after.group('noun')}").lower())
        named = bool(words) and (si._en_noun(words[-1]) or words[-1] in si._COUNT_UNITS - si._ONLY_COUNTS)
        return " ".join(w.removesuffix("s") for w in words[-2:]) if named else "", named, named
    key, count, verb = si._en_segment(said + rest)
    return key, bool(key) and (count or verb), False


def _en_joined(text: str) -> bool:
    """Two different English products joined by 'and', '&', '+', 'then' or a comma, each with its own count."""
    text = re.sub(r"^(?:home|office|work)\s+to\b|\b(?:send|deliver)\s+please(?:\s+do)?\b|\bplease\s+do\b|→.*$", ",",
                  text, flags=re.IGNORECASE)
    split = _EN_JOINER.split(text)
    pieces = [_en_piece(piece) for piece in split]
    if any(after for _, owned, after in pieces if owned):  # 'towel two pieces, soap one': 'one' counts here too
        pieces += [(_en_piece(f"{m.group(1)}s one")[0].removesuffix("s"), True, True) for piece in split
                   if (m := re.fullmatch(r"\s*([a-z][a-z-]*(?: [a-z][a-z-]*)?) one[\s.!]*", piece, re.IGNORECASE))]
    counted = {key for key, owned, _ in pieces if owned}
    # a list the segment reader cuts the same way ('2 umbrellas, plus 3 raincoats') is its to read
    new = re.search(r"\s(?:&|n)\s|[+/]", text) is not None or any(after for _, owned, after in pieces if owned)
    return len(counted) > 1 and new


def _listed(text: str) -> bool:
    """Two lines of a list, each naming a product with a count ('• 牙膏，2\n• 牙刷，4', '- batteries, 4')."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    products: set[str] = set()
    for line in lines:
        body = _BULLET.sub("", line)
        if _LINE_COUNT.search(body):
            products |= {_line_product(body)} - {""}
    return len(products) > 1


def _line_product(body: str) -> str:
    """The product one line of a list counts: one with its own count ('鸡蛋两盒', 'bread x1'), or the one it names
    with a count said apart ('牙膏，2', 'mouse - 1'); '' for a line that counts none ('deliver by 5pm', '送到3楼')."""
    parts = [p for p in re.split(r"[,，;；:：]|\s[-–]\s" + (r"|\s+" if _ZH.search(body) else ""), body) if p.strip()]
    if _ZH.search(body):
        owned = [k for p in _zh_pieces(body) if (k := _zh_key(p)) and re.search(rf"{_ZH_COUNTED}|[x×]\s*\d", p)]
        named = next((k for p in parts if (k := _zh_key(p))), "")
        alone = any(re.fullmatch(rf"\s*(?:[x×]\s*)?\d+\s*[{_MEASURE}]?\s*|\s*(?:{_ZH_NUMBERED})\s*", p) for p in parts)
    else:
        read = [_en_piece(p) for p in parts]
        owned = [k for k, counted, _ in read if k and counted]
        named = next((k for k, _, _ in read if k), "")
        alone = any(not si._en_segment(p.strip())[0] and si._en_segment(p.strip())[1] for p in parts)
    found = owned[0] if owned else named if alone else ""
    if not found and _ZH.search(body) and alone:  # a drink or a word the product reader keeps no key for ('可乐，1箱')
        rest = re.sub(rf"[x×]?\s*\d+\s*[{_MEASURE}]?|{_ZH_NUMBERED}|[,，;；:：\s]", "", body)
        if len(rest) >= 2 and not _NOT_GOODS_LINE.search(rest):
            found = rest
    return found


# A list line about the delivery, not a product: a time, a day, a place ('送到公司，1楼', '明天，3点').
_NOT_GOODS_LINE = re.compile(r"[点号时分]|天|送|到|寄|公司|家|楼|室|门|周|礼拜|星期|上午|下午|晚上|早上")


def _for_two(text: str) -> bool:
    """Two clauses, each getting its own product for a different person."""
    people: dict[str, str] = {}
    for clause in _CLAUSE.split(text):
        if not clause or not (person := _FOR_PERSON.search(clause)):
            continue
        who = next(g for g in person.groups() if g)
        rest = clause[:person.start()] + " " + clause[person.end():]
        if _ZH.search(clause):
            key = _zh_key(clause[person.end() - 1:])
        else:
            key = si._en_segment(re.sub(r"^\s*(?:then|and|also)\s+", "", rest).strip())[0] or \
                si._en_segment("a " + clause[person.end():].strip())[0]
        if key and who not in people and key not in people.values():
            people[who] = key
    return len(people) > 1
