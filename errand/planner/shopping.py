"""The offline planner's purchases of one product (price watches are in ``watch``, drinks orders in
``drinks``).

Each reads its slots with ``slots`` (quantity, cap) and ``phrases`` (address, chain, options) wherever they
sit in the sentence, and takes what is left as the product. Whatever an errand needs and the sentence does
not say becomes a question.
"""

from __future__ import annotations

import re

from errand.domain.intents import (
    BuyAction,
    Clarification,
    Plan,
)
from errand.domain.models import BuyIntent

from . import around as ar
from . import asides as asd
from . import buy_clauses as bc
from . import clauses as cl
from . import everyday_goods as eg
from . import gate
from . import lexicon as lx
from . import noise as nz
from . import parts as pc
from . import phrases as ph
from . import quoted as qt
from . import segment as sg
from . import slots as sl
from . import titles as tl
from . import told_first as tf
from . import zh_attributes as za
from . import zh_clauses as zc
from . import zh_speech as zs
from .context import PlanRequest


def ask(question: str, *missing: str) -> Plan:
    return Plan(action=Clarification(question=question, missing=list(missing)))


ZH_BUY = re.compile(r"^(?:请|麻烦|能不能|可以)?(?:你)?(?:(?:帮|给|替)[^，。买订]{0,3}|帮忙|给)?(?:买|购买|下单|订(?!书[机钉])|来|拿|要)(?:个|点|一下)?[：:]?"
                     r"|^我(?:想要|需要|要|想)(?:买|购买|订)?"
                     # buying said as slang: '帮我入一个…' (入手)
                     r"|(?:帮|给|替)我\s*入手?\s*(?=[一二两三四五六七八九十\d个台部只支把件袋包盒瓶])")
_ZH_VAGUE = re.compile(r"^(?:东西|点东西|什么|点什么|这个|那个|一些|随便|点啥|啥)|随便|什么都行")
# An aside in brackets that names nothing to buy: a count repeated in words ('1 (one)'), a remark ("(that's the
# shop)", '(i.e. the office)').
_ASIDE = re.compile(r"\(\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*\)"
                    r"|\(\s*(?:that'?s|it'?s|i\.e\.?|which is|=)[^)]*\)", re.IGNORECASE)
# A pack named by its size before the product: 'pack of 100 cotton pads' is one pack of 'cotton pads 100' when said
# first, and one pack of 'cotton pads' when said after the verb.
_PACK_OF = re.compile(r"^(?:a |one )?(?:pack|box|bag|set|tub|roll|bottle) of (?P<n>\d+) (?P<what>[^,;]+)", re.IGNORECASE)
_TIME_WORDS = re.compile(r"\b(?:today|tomorrow|tonight|this (?:morning|afternoon|evening)|asap|right now"
                         r"|by (?:(?:this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|the weekend)"
                         # the day it should come, said with 'on', 'next' or 'this': a purchase has no delivery day
                         r"|(?:on |next |this |coming )(?:(?:this|next|the) )?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                         r"|(?:on|this|next) (?:the )?weekend)\b",
                         re.IGNORECASE)


def buy(text: str, request: PlanRequest) -> Plan:
    if qt.unendorsed(text):
        return ask("That request is quoted from someone else; should I buy it for you? Please say what to buy.", "query")
    text = ar.plain(nz.clean(qt.endorsed(text)))  # 'for the crew', 'nothing fancy', 'two of the pillows'
    intent = _zh_buy(text, request) if ph.CJK.search(text) else _en_buy(text, request)
    if not isinstance(intent, BuyIntent):
        return intent
    if intent.address_label not in request.context.address_labels:
        return ask(f"You have no “{intent.address_label}” address; where should it go?", "address_label")
    return Plan(action=BuyAction(intent=intent))


# Words a product phrase can end on after a comma that describe it rather than name another product.
_ATTRIBUTE = re.compile(
    r"^(?:(?:[\w']+ )?size \w+(?:/\w+)?|\w+ size|\d+(?:\.\d+)?\s*(?:cm|mm|m|kg|g|l|ml|gb|tb|mah|w|v|inch(?:es)?|\"|-pack|pack"
    r"|litres?|liters?|(?:centi|milli)?met(?:re|er)s?|kilos?|grams?|gallons?|quarts?|-?(?:person|people|seater|berth))"
    r"(?: each| per \w+| apiece| long| wide| tall| high| deep| thick)?"  # a size of each one: '10kg each', '3 metres long'
    r"|(?:LED|USB-?C?|HDMI|OLED|LCD|RGB|UV|4K|5G|wi-?fi|bluetooth|wireless|BPA-free)"  # a technology said alone
    r"|\d+(?:\.\d+)?\s*[x×*]\s*\d+(?:\.\d+)?\s*(?:cm|mm|m|in)?"  # dimensions: '90x60'

    r"|(?:in )?(?:black|white|red|blue|green|grey|gray|pink|yellow|purple|silver|gold|brown|orange|beige)(?: colou?r)?"
    r"|(?:xs|s|m|l|xl|xxl|small|medium|large)|for (?:iphone|ipad|samsung|huawei|xiaomi|pixel)\b.*)$", re.IGNORECASE)
# A clause of one or two plain lower-case words, no article, count or verb: a material, a scent, a colour or a
# variant of the product named before it ('a laptop stand, aluminium', 'candles, lavender').
_BARE_ATTRIBUTE = re.compile(r"^(?!.*\bones?$)(?!(?:and|or|plus|also|then|not|no|one|two|three|order|buy|get|grab|deliver|ship|send"
                             r"|bring|make|drop|have|need|want|like|just|only)\b)[a-z][a-z-]+(?: [a-z][a-z-]+)?$")
# A word that leaves the choice to us, or says any will do: 'cheap is fine', "whatever's good", 'any brand ok'.
_FILLER = re.compile(r"^(?:(?:something|anything|one|ideally|if possible|preferably|thanks|thank you|please|no rush"
                     r"|asap|or so|or less|around there|cheap|cheapest|cheapish|affordable|budget|not too expensive"
                     r"|good quality|decent|whatever|whatever'?s|whichever|any(?: brand| one| kind)?"
                     # 'each', 'each bag': said before a cap, of every one bought
                     r"|each(?: (?:one|bag|bottle|jar|tin|can|pack|box|tube|piece|unit|roll|pair))?)"
                     r"(?: (?:is|are|will do|would do|works))?(?: (?:fine|ok|okay|good|best|cheapest|available))?)?$",
                     re.IGNORECASE)


# A brand said alone in a clause after the product, in capitals: 'Master Kong', 'Lao Gan Ma' (not 'USB', 'LED').
_BRAND = re.compile(r"^(?!(?:LED|USB|HDMI|OLED|LCD|RGB|UV|BPA)\b)[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}$")
# The one product's container said by its size in a clause of its own: 'wood glue, the big bottle'.
_SIZED_CONTAINER = re.compile(r"^(?:the\s+|a\s+)?(?P<size>big|bigger|biggest|large|larger|small|smaller|little|wide|narrow|long|short"
                              r"|thick|thin|mini|jumbo|giant|family|travel|refill|economy|value)(?:-size[d]?)?\s+"
                              r"(?P<what>bottle|pack|packet|box|bag|tube|tub|roll|jar|tin|can|carton|pouch|size|one)$", re.IGNORECASE)
# 'trash bags the big ones': the kind said after the product's name, without a comma.
_KIND_AFTER = re.compile(r"\s+the (?P<attr>[a-z]+(?: [a-z]+)?) ones?\s*$", re.IGNORECASE)


def product_phrase(rest: str) -> cl.Described:
    """The product from what is left of a sentence once its slots are read: the first phrase that names
    something, with the attributes said after a comma ('a frying pan, 28cm' → 'frying pan 28cm') and what
    the other clauses add (see ``clauses``). A second phrase that names something else is kept after a
    comma, so the gate asks which one is meant."""
    raw = [p for p in bc.remark_first(re.split(r"[,;?!()]|\.(?=\s|$)|\s-\s|[—–]|\b(?:but|so)\b", rest))
           if not _FILLER.match(sl.tidy_product(p)) and not bc.NEGATION.match(p.strip()) and not pc.filler(p)
           and re.search(r"[A-Za-z0-9\u4e00-\u9fff]", p)]  # '(ﾉ◕ヮ◕)ﾉ' in brackets names nothing
    while len(raw) > 1 and asd.aside_first(raw[0]):  # 'For the garden, a hose reel': said of the product, before it
        raw = raw[1:]
    if not raw or asd.names_none(raw[0]):  # "doesn't have to tick, under 200": said of a product never named
        return cl.Described("", None)
    attributes: list[tuple[str, str]] = []
    others, brands = [], []
    for piece in raw[1:]:
        if asd.aside(piece):
            continue  # 'for outdoor portraits', "doesn't have to tick", '100 per pack': said of it, not its name
        # 'the 15kg bag': the size of the one product, said with its container
        tidy = re.sub(rf"^(\d+(?:\.\d+)?\s*(?:kg|g|l|ml|lb|m|cm))\s+{_CONTAINER}$", r"\1", sl.tidy_product(piece),
                      flags=re.IGNORECASE)
        tidy = piece.strip(" .") if re.match(r"\d+\.\d", piece.strip()) and _ATTRIBUTE.match(piece.strip(" .")) else tidy  # '1.5 litre'
        sized = _SIZED_CONTAINER.match(piece.strip())
        if sized and re.search(rf"\b{sized.group('what')}", raw[0], re.IGNORECASE):
            continue  # 'a tub of googly eyes, the big tub': the size of the container already named
        if cl.count_of(piece.strip(" .")) is not None:
            others.append(piece)  # 'fifty', 'a dozen': counted by ``clauses.describe``, not a plain word describing it
        elif sized:
            attributes.append(("quality", _SIZED_CONTAINER.sub(r"\g<size> \g<what>", piece.strip())))  # 'the big bottle'
        elif _BRAND.match(piece.strip()):
            brands.append(piece.strip())  # 'instant noodles, Master Kong' → 'Master Kong instant noodles'
        elif (who := asd.person_size(piece)) is not None:
            attributes.append(("quality", who))  # "kids' size", 'adult size': the person it fits
        elif (seen := pc.attribute(piece)) is not None and not cl.PREFERENCE.search(piece):
            attributes.append(seen)  # '3 tier', 'E27', "men's M", 'black as crows', 'the red backs'
        elif (_ATTRIBUTE.match(tidy) or _BARE_ATTRIBUTE.match(piece.strip()) and not pc.plain_word_names(piece)) \
                and not cl.PREFERENCE.search(piece):
            said = re.sub(r"^in |\s+(?:each|apiece|per \w+|colou?r|long|wide|tall|high|deep|thick)$", "", tidy)
            attributes.append(("measure" if re.match(r"\d", said) else "quality", said))
        else:
            others.append(piece)
    first = re.sub(r"(?<=\w)\s+each$", "", _KIND_AFTER.sub(lambda m: "", raw[0]))  # 'hand cream 75ml each'
    kind = _KIND_AFTER.search(raw[0])
    described = cl.describe(sl.tidy_product(first), others)
    if kind:
        described = cl.Described(f"{kind.group('attr')} {described.product}", described.count)
    product, _, second = described.product.partition(",")
    kept = [] if asd.featured(product, cl.core(sl.tidy_product(first))) else pc.keep(attributes)  # one attribute
    words = " ".join([*brands, product.strip(), *kept])
    words = asd.plain_phrase(words)  # 'with a red light mode', 'adult size', 'spare battery for Canon R6'
    return cl.Described(f"{words},{second}" if second else words, described.count)


def _en_buy(text: str, request: PlanRequest) -> BuyIntent | Plan:
    if gate.unclear_amount(text):
        if gate.points_elsewhere(text):
            return ask("Which product do you mean, and how many exactly?", "query", "quantity")
        return ask("How many exactly?", "quantity")
    if re.search(r"\b(?:or|either)\b", text, re.IGNORECASE) and not re.search(r"\bor (?:less|under|below|not)\b", text):
        return ask("Which one should I buy? Please name one product.", "query")
    codes = [m.group("code") or m.group("bare") for m in sl.PROMO_CODE.finditer(text)]
    rest = sl.unglue(pc.pieces_held(sl.PROMO_CODE.sub(" , ", text)))  # 'jigsaw puzzle 1000 pieces ×2'
    max_unit = max_total = None
    cap = sl.en_cap(rest)
    if cap is not None:
        if cap.amount is None:
            return ask("A price cap must be more than zero; how much at most?", "query")
        rest = rest[: cap.start] + " , " + rest[cap.end:]
        rest = re.sub(r"\(\s*[\s,]*\)", " , ", rest)  # '(budget ¥400 per unit)' once the cap is read
        rest = re.sub(rf"^[\s,]*for\s+(?=(?:\d+|{lx.EN_NUMBER})\s)", "", rest, flags=re.IGNORECASE)  # 'total 200 for 4 …'
    if len(re.findall(r"\d+", rest)) == 1:  # the only number said
        rest = _COUNT_BEFORE_PLACE.sub(r" x\g<n> ", rest)
    rest = asd.place_apart(rest)  # 'for the office sofa': the sofa is what it is for, the office where it goes
    label = ph.address_label(rest, request.context.address_labels, default="home")
    if label is None:
        return ask("Where should it go? Your saved addresses are " + ", ".join(request.context.address_labels) + ".",
                   "address_label")
    rest = re.sub(r"[,;]?\s*\b(?:(?:delivered|delivery|deliver(?: it)?|send(?: it)?|ship(?:ped)?(?: it)?|bring(?: it)?)\s+)?"
                  r"(?:to|for|at)\s+(?:my\s+|the\s+|our\s+)?(?:home|office|work|place|flat|apartment|apt|house)\b(?!')|\bdelivered home\b|\bhome\b"
                  r"|(?:^|(?<=,))\s*(?:the\s+)?(?:office|work)\s*(?=,|$)"
                  # 'send office', 'deliver to the office'; 'dish soap x3 office': the office after a count
                  r"|\b(?:send|deliver|ship|bring)(?: it| them)?\s+(?:to\s+)?(?:the\s+)?(?:office|work)\b"
                  r"|(?<=\d)\s+(?:office|work)\s*$",
                  " , ", rest, flags=re.IGNORECASE)
    # "… and deliver them tomorrow": how it comes, not what to buy.
    rest = re.sub(r"[,;]?\s*\b(?:and )?(?:have (?:it|them) )?(?:deliver(?:ed)?|send|sent|bring|ship(?:ped)?)"
                  r"(?: (?:it|them))?\b(?=\s*(?:$|[,.;!?]|(?:today|tomorrow|tonight|this|asap|by|before|at|on)\b))",
                  " , ", rest, flags=re.IGNORECASE)
    rest = pc.untimed(_TIME_WORDS.sub(" ", _ASIDE.sub(" ", rest)))  # 'before lunch', '+ nothing else'
    rest, lead_count = bc.lead_off(bc.past_remark(tf.past_told(pc.past_filler(rest))))  # 'anyway, one wok', 'good pm! …'
    rest = _PACK_OF.sub(r"\g<what> \g<n>", rest.strip(" ,;"))
    rest, verb, want = sl.strip_lead(rest.strip(" ,;"))
    rest = _PACK_OF.sub(r"\g<what>", rest)  # 'could I get a pack of 100 cotton pads': one pack, said after the verb
    if not (verb or want) and not re.match(rf"\s*(?:{lx.EN_NUMBER}|a|an)\b", rest, re.IGNORECASE):
        inner = sl.inner_request(rest)  # 'I should like to purchase …', 'the office needs …'
        if inner is not None:
            rest, _, _ = sl.strip_lead(inner)
    if pc.names_nothing(rest):
        return ask("What exactly should I buy? Please name the product.", "query")  # '4 tier, bamboo, one'
    quantity, rest = sl.en_quantity(rest.strip(" ,;"))
    said_one = quantity == 1
    if quantity is None:
        quantity = lead_count
    if quantity is None:
        quantity, rest = trailing_count(rest)
    if quantity is None:
        quantity, rest = sl.times_count(rest)
    described = product_phrase(rest)
    query = described.product
    # a count in a clause of its own wins over 'a' or 'one' said before ('a case, 2 of them', '1 tube, 2 actually')
    # ('one pack …, 500 sheets': a count of a hundred or more after 'one' is what the pack holds)
    quantity = described.count if quantity is None or said_one and described.count and described.count < 100 else quantity
    quantity = 1 if quantity is None else quantity
    if not 1 <= quantity <= 999:
        return ask(f"How many? One errand buys between 1 and 999 (you said {quantity}).", "query", "quantity")
    if sl.is_vague(query):
        return ask("What exactly should I buy? Please name the product.", "query")
    if _STORY.search(query) or nz.NEW_ONE.search(text) and re.search(rf"\b{nz.LIVING}\b", query, re.IGNORECASE):
        return ask("Which product should I buy? Please name it.", "query")
    query = eg.product_of(query, _WHAT_FOR) or query  # 'a crowbar to open the crates in my garage': the crowbar
    if _WHAT_FOR.search(query):
        return ask(f"What is the {_WHAT_FOR.split(query)[0].strip()} for? Please say just the product and, if it "
                   "matters, what it should fit.", "query")
    if cap is not None:
        total = cap.total and not cap.per_unit and (quantity > 1 or not re.match(r"budget", text[cap.start:], re.IGNORECASE)
                                                    or _ALL_IN.search(text) is not None)  # 'budget 400 all in'
        max_unit, max_total = (None, cap.amount) if total else (cap.amount, None)
    return BuyIntent(shopper_id=request.context.shopper_id, query=query[:200], quantity=quantity,
                     max_unit_price=max_unit, max_total=max_total, address_label=label, sentence=text[:300],
                     discount_codes=codes[:5])


# A cap said to cover everything, even for one item: 'budget 400 all in', 'budget 300 total'.
_ALL_IN = re.compile(r"\b(?:all in|all-in|in total|total|altogether|overall|combined)\b", re.IGNORECASE)


# A remark's verb left in the product words ('son broke his glasses', 'dog died'): a story, not a product's
# name, so the shopper is asked what to buy.
_STORY = re.compile(r"\b(?:broke|died|lost|cracked|chewed|smashed|spilled|stole|tore|ripped|stopped|passed away"
                    r"|ran away|ate (?:my|the|his|her|our))\b", re.IGNORECASE)


# A clause of what the product is to do, left in the product words ('a tracker to hide in …'): no slot explains
# it and a product's name does not hold it, so the shopper is asked rather than the clause bought.
_WHAT_FOR = re.compile(r"\s+(?:to|so (?:i|we|he|she|they) can|so that)\s+[a-z]+\s+(?:in|on|at|into|under|behind|inside"
                       r"|from|with|my|his|her|their|our|the|a|an|it|them|someone|somebody)\b")


# A bare count between a product's plain word and where it goes: 'oat milk 2 home' (not a model: 'Pro 2 home').
_COUNT_BEFORE_PLACE = re.compile(r"(?<=[a-z]{3})\s+(?P<n>[1-9]|1[0-2])\s+(?=(?:to\s+(?:the\s+)?)?(?:home|office)\s*(?:$|[,.;!?]))")


_CONTAINER = (r"(?:bottles?|packs?|boxes|box|tubes?|bags?|pieces?|pcs|cans?|jars?|rolls?|sets?|pairs?|units?|pads?|kits?"
              r"|reams?|tins?|cartons?|packets?|tubs?|reels?|spools?|sachets?|bundles?)")


def trailing_count(rest: str) -> tuple[int | None, str]:
    """'dish soap 3 bottles', 'dog biscuits x2', 'cat treats x 3 packs': a count said after the product."""
    match = re.search(rf"\s(?:x\s*(?P<x>\d+)(?:\s+{_CONTAINER})?|(?P<n>\d+|{lx.EN_NUMBER})\s+{_CONTAINER}|(?P<m>\d+)\s*x)\s*(?=(?:please|pls)?\s*(?:$|[,.;!?]))",
                      rest, re.IGNORECASE)
    if match is None:
        return None, rest
    raw = match.group("x") or match.group("n") or match.group("m")
    return lx.en_number(raw), rest[: match.start()] + " " + rest[match.end():]


# Words to the system inside a Chinese sentence, in English: 'ignore之前的rules'.
_INSTRUCTION = re.compile(r"(?<![a-z])(?:ignore|forget|disregard|pretend|override|bypass|system|rules|instructions?|prompt)"
                          r"(?![a-z])", re.IGNORECASE)


# A pointing word before a product's name, and praise after it: '这个空气炸锅', '这款电饭煲不错'.
_POINTED = re.compile(r"^(?:这|那)(?:个|款|种|台|只|把)(?=[\u4e00-\u9fffA-Za-z]{2})|(?<=[\u4e00-\u9fffA-Za-z]{2})(?:(?:真|很|挺)?"
                      r"(?:不错|好用|好看|香)|(?:很|挺|特别|真(?![丝皮]))[\u4e00-\u9fff]{1,2})(?:啊|呀)?$")  # '…很亮


def _zh_buy(text: str, request: PlanRequest) -> BuyIntent | Plan:
    text = zs.shop_talk(pc.zh_plain(text))  # the shop it is for, 'towards home' in Cantonese, a thing lacking said first
    if "卖" in text and "买" not in text:
        return ask("你是想买，还是想卖？我只能帮你买东西。", "intent")  # selling is no errand; a slip for 买 is asked about
    listed = tl.ZH_TITLE.sub("《》", text)  # a list inside title marks is a title: 《枪炮、病菌与钢铁》
    if re.search(r"[\u4e00-\u9fffA-Za-z]、[\u4e00-\u9fffA-Za-z]", listed) or re.search(rf"各\s*{lx.ZH_NUMBER}", text):
        return ask("一次买一样东西：先买哪一样？", "query")  # '牙膏、洗发水各一瓶': a list of products
    if zc.asks_twice(text):
        return ask("一次买一样东西：先买哪一样？", "query")
    rest, corrected = zc.correction(text)
    max_unit = max_total = None
    cap = sl.zh_cap(rest)
    if cap:
        if cap.amount is None:
            return ask("我没看懂价格上限，请再说一次。", "max_unit_price")
        max_total, max_unit = (cap.amount, None) if cap.total else (None, cap.amount)
        rest = rest[: cap.start] + "，" + rest[cap.end:]
    label = ph.address_label(rest, request.context.address_labels, default="home")
    if label is None:
        return ask("送到哪里？你保存的地址有：" + "、".join(request.context.address_labels) + "。", "address_label")
    rest = re.sub(r"(?:家庭|公司|部门|朋友)?(?:聚会|派对|年会|团建)(?:用|上)?(?=订|买|要)", "", rest)  # the party it is for
    rest = pc.zh_plain(re.sub(r"(?:送到|送回|寄到|寄去|寄回|寄|发到|送去|送)?(?:家里?|公司|办公室|单位)", "", rest))  # '（公司）' read
    rest = re.sub(r"总共|一共|总价|合计|[吧呀啊呢哦]|一下|谢谢|今天|明天|(?:下|这|本)?(?:周|星期|礼拜)[一二三四五六日天末]", "", rest)  # the day it comes
    if gate.unclear_amount(text):
        return ask("买多少？请说一个确切的数量。", "quantity")
    rest = zc.past_label(zc.past_remark(rest.strip("，, ")))
    rest = ZH_BUY.sub("", rest.strip("，,： "))
    rest = zc.past_measure(re.sub(r"^(?:[买购]|订(?!书[机钉]))", "", rest))  # 订书机 is a stapler
    # who wants it, said before 要 ('小朋友要个保温饭盒', '公司要两箱…'): the person, not the product
    # ('喜糖盒要一百五十个，红色的': when nothing is named after the count, what came before 要 is the product)
    unsaid = re.sub(rf"^[\u4e00-\u9fff]{{1,5}}?(?:想要|需要|要)(?=\s*(?:{lx.ZH_NUMBER}|{sl.ZH_MEASURE}))", "", rest)
    named_after = re.search(r"[\u4e00-\u9fffA-Za-z]{2}", re.split(r"[，,。]", sl.zh_quantity(unsaid)[1])[0])
    rest = unsaid if unsaid == rest or named_after else re.sub(r"(?:想要|需要|要)(?=\s*(?:\d|[一二两三四五六七八九十百]))", "", rest, count=1)
    # an amount said as 'about' is no cap and no product word: '二百块左右'
    rest = re.sub(rf"(?:{lx.ZH_NUMBER}|\d+)\s*(?:块|元)?\s*(?:左右|上下)", "，", rest)
    x_count = re.search(rf"[x×]\s?(\d{{1,3}})\s*(?:{sl.ZH_MEASURE}(?=\s))?\s*(?=[，。,]|$|\s)", rest)  # 'x24 盒 纯牛奶'
    glued = re.search(r"(\d{1,3})\s*[x×]\s*(?=\d+(?:\.\d+)?\s*(?:ml|l|g|kg|L))", rest)
    if x_count or glued:
        found = x_count or glued
        assert found is not None
        rest = rest[: found.start()] + f"{found.group(1)}个" + rest[found.end():] if glued else \
            f"{found.group(1)}个" + rest[: found.start()] + rest[found.end():]
    quantity, rest = sl.zh_quantity(rest)
    if corrected is not None:
        quantity = sl.zh_quantity(corrected)[0]
    quantity = 1 if quantity is None else quantity
    if not 1 <= quantity <= 999:
        return ask("买多少？数量需要在 1 到 999 之间。", "quantity")
    parts = [zc.plain(re.sub(r"[吗呢嘛]$", "", p)) for p in zc.clauses(rest)]
    kept = [p for p in parts if p and not zc.is_spec(p) and not zc.is_delivery(p) and not zc.is_when(p) and not zc.is_purpose(p)
            and not eg.ailment(p)]  # '，我花粉过敏': why, not what
    if not kept and any(zc.is_purpose(p) for p in parts):
        return ask("要买什么？请说出商品名称。", "query")  # '买两个，挂厨房墙上': where it goes, nothing named
    parts = kept or parts
    # '这个空气炸锅' names the product after the pointing word; '这个' alone names nothing and is asked about
    parts = [_POINTED.sub("", p) for p in parts]
    if any(_INSTRUCTION.search(p) for p in parts):
        return ask("我没完全看懂；请用一句话说要买什么。", "query")  # words to the system, not a product's name
    colours = [c for c in parts[1:] if re.fullmatch(r"要?(?:[红黑白蓝绿灰粉黄紫银金]色|透明)的?", c.strip())]
    parts = [p for p in parts if p not in colours]
    # what it is like, said in a clause of its own ('，M码的', '，柠檬味', '，充电款', '，cos用'): not its name
    if za.names_nothing(parts):
        return ask("要买什么？请说出商品名称。", "query")
    parts = [p for i, p in enumerate(parts) if not za.kept_out(p, first=i == 0)] or parts
    phrase = max(zc.naming(parts), key=lambda p: len(ph.CJK.findall(p)) + len(re.findall(r"\w", p)), default="") \
        if parts else ""
    phrase = za.past_spec(phrase)  # '砂纸240目的，来五包': the grit is how it is, the sandpaper what it is
    if len(parts) > 1 and re.search(r"\w+\s*\d*的$", parts[-1]):
        phrase = parts[-1][:-1] + " " + parts[0]
    if len(parts) > 1 and re.search(r"的$", parts[-1]) and not re.search(r"[\dA-Za-z]|[一二两三四五六七八九十百千万]"
                                                                   r"(?:毫安|升|毫升|克|公斤|寸|瓦|码)", parts[-1]):
        phrase = max(parts[:-1], key=len)  # '要结实点的': a quality wished for, not the product's name
    query = eg.zh_product(sg.product("".join(c.strip().lstrip("要").rstrip("的") for c in colours) + phrase))  # '撬棍开木箱'
    if not query.strip() or _ZH_VAGUE.search(phrase.strip()) or sg.vague(phrase) or sl.is_vague(query):
        return ask("要买什么？请说出商品名称。", "query")
    return BuyIntent(shopper_id=request.context.shopper_id, query=query[:200], quantity=quantity,
                     max_unit_price=max_unit, max_total=max_total, address_label=label, sentence=text[:300])
