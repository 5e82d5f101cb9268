"""The offline rule planner: a shopper's sentence (English or simple Chinese) to one planned action.

It serves when no model is configured, so everything runs with no network. It reads quantities in digits
or words, caps in yuan, dates and times, stores and drink options, order references. Whenever a fact an
errand needs is missing or the sentence could mean two things it answers with a ``Clarification``.
"""

from __future__ import annotations

import re

from pydantic import ValidationError

from errand.domain.intents import (
    BuyAction,
    Plan,
)

from . import address_aside as aa
from . import aftersales, gate
from . import amounts_said as ams
from . import asides as asd
from . import asked_of_many as ao
from . import bought_again as ba
from . import buy_clauses as bc
from . import called_off as co
from . import days_ahead as da
from . import dialect as dl
from . import doses as ds
from . import drink_goods as dg
from . import drink_heads as dh
from . import drinks as dr
from . import drinks_unnamed as du
from . import everyday_goods as eg
from . import facts_fit as ff_
from . import fields_form as ff
from . import formats as fm
from . import frame as fr
from . import gift_said as gs
from . import guessed_price as gp
from . import how_it_works as hw
from . import intensifiers as it
from . import lexicon as lx
from . import named_day as nd
from . import noise as nz
from . import order_asked as oa
from . import parts as pc
from . import payment as pm
from . import phrases as ph
from . import placed as pl
from . import placed_openers as po
from . import product_titles as pt
from . import ranker as rk
from . import sent_back as sb
from . import shopping as sh
from . import slots as sl
from . import span_model as sm
from . import speaker as sp
from . import stretched as st
from . import terse_said as tsd
from . import times as tm
from . import told_first as tf
from . import toy_guns as tg
from . import typed_commands as tcm
from . import typed_forms as ty
from . import unread_script as us
from . import vetting as vt
from . import watch as wt
from . import watch_buys as wy
from . import watch_forms as wf
from . import weekday_day as wd
from . import works as wk
from . import wrapped as wp
from . import written as wr
from . import written_bounds as wb
from . import zh_asked as za
from . import zh_clauses as zc
from . import zh_documents as zd
from .context import PlanRequest
from .scope import refusal

_ask = sh.ask


_GREETING = re.compile(r"^(?:hi|hello|hey|thanks|thank you|ok|okay|good (?:morning|evening)|你好|谢谢|嗨)[!.。！ ]*$",
                       re.IGNORECASE)
_PRICE_WORDS = re.compile(r"\b(?:cheaper|price|prices|on sale|discount(?:ed)?|deal)\b|便宜|降价|打折", re.IGNORECASE)
# Sending an order somewhere else: no errand does it, asked about or not.
_REDIRECT = re.compile(r"\b(?:redirect|re-?route|forward (?:it|them|my|the)|(?:change|update|switch|amend|edit|modify)"
                       r" (?:the |my |your |our )?(?:delivery |shipping |postal |receiving )?address)\b|改地址|改收货地址|换个地址"
                       r"|(?:收货|收貨|快递|快遞|送货|送貨|配送|寄送|邮寄|郵寄)地址[^，。！？,]{0,6}(?:改成|改为|改為|改做|换成|換成"
                       r"|改到|更改|变更|變更|改一下|改下)", re.IGNORECASE)


def plan_offline(request: PlanRequest) -> Plan:
    """Plan one message without a model. Never raises for a shopper's text: unclear means a question."""
    said = " ".join(request.sentence.split()).strip()
    if (unread := us.question(said)) is not None:  # 'buy a knife, сегодня ночью': words no check here can read
        return _ask(*unread)
    request = tcm.heard(request)  # a command, a ticket, text-speak: the sentence every check of what was typed reads
    text = _read_plain(said)
    if (aside := aa.question(text)) is not None:  # 'funeral home (my sister's address): …'
        return _ask(*aside)
    text = aa.moved_last(text)  # 'funeral home (our office address): a condolence book' goes to the office
    if not text:
        return _ask("What would you like me to do? For example: “two packs of AA batteries under ¥40”.")
    if len(text) > 300:
        return _ask("That is a lot at once; please ask for one errand in one short sentence.")
    if _GREETING.match(text):
        return _ask("Hello! What can I get for you? I can buy things, order drinks for the office, return an "
                    "order, watch a price or move a delivery.")
    form = ff.read(wp.plain(request.sentence), request.context.address_labels)  # 'item: mug; qty: 2; to: office'
    if form is not None and form[0] == "ask":
        return _ask(form[1])
    if form is not None:
        text = lx.normalise(form[1])
    text, pay_with = pm.take_payment(fr.peel(dl.to_mandarin(sp.plain(text, request.context.shopper_id))))
    text = da.plain(text, dr.local_now(request).date())  # 'three days from now', 'Tuesday week', 三天后: as their dates
    text = tsd.plain(text)  # 'Sunday week, 14h15', 'tomorrow, 15.45', ', the house,': clocks and home said short
    text = wf.plain(text)  # '45 days of watching', 'auto-buy one at 260', a forecast to be told of
    text = gp.plain(text)  # 'a kettle, around 200 yuan': a guessed price in yuan is the most it may cost
    text = gs.plain(text)  # 'a wallet, a present for my dad', 买条围巾当生日礼物: the gift is no second product
    text = it.plain(text)  # 'a wicked good snow shovel', 'a proper good kettle': praise, not the product's name
    if isinstance(again := ba.read(text, request.context.recent_orders), tuple):
        return _ask(*again)  # 'reorder the kettle' with two kettles ordered: which one?
    text = again  # 'reorder the Nanfu batteries', 再买一个美的水壶，和上次一样: a purchase of that product
    text, titles = pt.masked(text)  # "a mug that says 'Ignore the haters'": a title's words are no instruction
    if (speaker_asks := sp.question(text, request.context.shopper_id)) is not None:
        return _ask(*speaker_asks)  # 'support here: …', 'Bob would like … sent to his home', 'two no three no'
    try:
        plan = gate.check(text, vt.vet(text, _second_look(text, _plan(text, request)), request), request)
        # The span model may change a checked purchase's or watch's query; the new plan must pass the same checks.
        plan = sm.refine(text, plan, lambda found: gate.check(text, vt.vet(text, found, request), request))
        if plan.action.kind in ("reschedule", "bulk_order") and (
                unclear := fm.day_question(text, dr.local_now(request).date())
                or wd.question(text, dr.local_now(request).date())) is not None:
            plan = _ask(*unclear)  # 'move it to 20/11' on 21 November, 'Wednesday 26/11', 'Saturday the 23rd' (a Monday)
        if (bounded := wb.question(text, plan, dr.local_now(request), said)) is not None:
            plan = _ask(*bounded)  # '27 o'clock', a year gone, 'by 0845h' at 10:00, a night delivery, 'RMB 0.00'
        if (clash := ff_.question(text, plan, request, dr.local_now(request).date())) is not None:
            plan = _ask(*clash)  # an item not in the order named, 'refund it twice', 'tomorrow, Monday', '2.5 kettles'
    except ValidationError as exc:
        field = str(exc.errors()[0]["loc"][-1]) if exc.errors() else "detail"
        return _ask(f"I could not use the {field} you gave; could you say it again?", field)
    plan = pt.restored(plan, titles)
    return pm.paying(_as_said(plan, said) if said != text else plan, pay_with)


def _as_said(plan: Plan, said: str) -> Plan:
    """The action records the shopper's own words, not the planner's written-out shorthand."""
    action = plan.action
    if isinstance(action, BuyAction):
        return Plan(action=action.model_copy(update={"intent": action.intent.model_copy(update={"sentence": said[:300]})}))
    if "sentence" in type(action).model_fields:
        return Plan(action=action.model_copy(update={"sentence": said}))
    return plan


def _plan(text: str, request: PlanRequest) -> Plan:
    if (how := hw.question(text, request.context.shopper_id)) is not None:
        return how  # 'how do returns work?', '退货怎么退？': a question about the service, no order to name
    identify_first = aftersales.hint(text)  # a change to a placed order: the conversation's after-sales dialogue
    if identify_first is not None:
        return _ask(identify_first, "shopper_identity")
    if wf.stops(text):  # 'stop watching the X', 'X不用盯了': calling a watch off is not a purchase
        return _ask("I can't stop or change a price watch from here; you can end it in your watch list. "
                    "Is there something else I can do?", "intent")
    if tm.impossible_date(text):
        return _ask("There is no such date; which day do you mean?", "preferred_date")
    if (unclear := fm.question(text)) is not None:  # '2500h', 'move it to 3/12' (March 12 or December 3)
        return _ask(*unclear)
    if _REDIRECT.search(text):
        return _ask("I can't change where an order goes once it is placed; the merchant or courier can. "
                    "Shall I do something else for it?", "address_label")
    refused = refusal(text)
    if refused is not None and not pl.is_question(text, request):
        return _ask(*refused)
    if (unnamed_errand := co.question(text) or ao.question(text, request)) is not None:
        return _ask(*unnamed_errand)  # '退货别办了', 'list every order to flat 5C', 'what did the kettle cost' (two kettles)
    if (unnamed := du.question(text)) is not None:  # '40 Heytea drinks by 3pm', 瑞幸来二十五杯，随便什么
        return _ask(*unnamed)
    drink_order = bool(dr.DRINK.search(text) or ph.chain(text)) and pl.counts_something(text) and not re.search(
        r"\b(?:box(?:es)?|packs?|bags?|tins?|bottles?|cans?) of\b", text, re.IGNORECASE) and not asd.counted_in_packs(text)
    placed = po.plain(za.plain(text), request.context.recent_orders)  # '到么子地方哒', '好多钱', 'yalla, did … ship?'
    if pl.is_reschedule(placed, drink_order) or not drink_order and (
            nd.order_of(placed, request.context.recent_orders) or nd.own_parcel(placed)):  # 'my parcel, Friday'
        return pl.reschedule(placed, request)
    if (asked := oa.question(placed, request)) is not None:  # 'which day does the glass kettle arrive?', 还要几天才到
        return asked
    if pl.is_question(placed, request) and not (wt.told_when(text) or wy.told_when(text)):
        text = placed
        about_watch = re.search(r"\bprice (?:watch|alert)|提醒", text, re.IGNORECASE) or pl.ZH_STATUS.search(text)
        if _PRICE_WORDS.search(text) and not about_watch and not (ph.ERRAND_ID.search(text) or ph.ORDER_ID.search(text)
                                              or ph.match_orders(text, request.context.recent_orders)):
            return _ask("Which product's price do you mean? I can watch it and tell you when it drops.", "query")
        return pl.question(text, request.context.shopper_id, request.context.recent_orders)
    if pl.RETURN.search(text) or sb.sent_back(text):  # 'ord_h3 back please', 'the whole of ord_h3 back'
        return pl.return_of(text, request)
    if wt.WATCH.search(text) or _conditional_buy(text) or wy.is_watch(text):  # '… below 2,200 get two'
        return wt.watch(text, request)
    if dg.goods(text):
        return sh.buy(text, request)  # '2 coffee pots for Arabic coffee', 'a milk frother for lattes': goods, not drinks
    if dr.DRINK.search(text) and not dh.goods(text) and not re.search(rf"\b(?:box(?:es)?|packs?|bags?|tins?|bottles?|cans?) of\b"
                                               rf"|{lx.ZH_NUMBER}\s*[包袋盒瓶箱罐桶斤]", text, re.IGNORECASE) \
            and not asd.counted_in_packs(text):  # 'green tea, 3 tins': goods
        return dr.bulk(text, request)
    if _wants_to_buy(text):
        return sh.buy(text, request)
    return _ranked(text, request)


def _ranked(text: str, request: PlanRequest) -> Plan:
    """No rule placed the sentence: the learned ranker picks a reader when it is sure, else we ask."""
    kind = rk.choose(text)
    if kind == "buy":
        return sh.buy(text, request)
    if kind == "bulk_order":
        return dr.bulk(text, request)
    if kind == "price_watch":
        return wt.watch(text, request)
    if kind == "return":
        return pl.return_of(text, request)
    if kind == "reschedule":
        return pl.reschedule(text, request)
    if kind == "question":
        return pl.question(text, request.context.shopper_id, request.context.recent_orders)
    return _ask("I'm not sure what you'd like me to do. I can buy something, order drinks, return an order, "
                "watch a price or reschedule a delivery.", "intent")


def _second_look(text: str, plan: Plan) -> Plan:
    """The rules chose an action but the ranker is all but certain the sentence is one to ask about: ask.

    A work's title said as one is weighed as 'title' ('a copy of To Kill a Mockingbird'): its words are not the errand.
    """
    if plan.action.kind == "clarify" or not rk.doubts(wk.neutral(text)) or plan.action.kind == "price_watch" and wf.said_plainly(text) \
            or isinstance(plan.action, BuyAction) and (eg.vouched(text) or tg.vouched(text)):  # a plain purchase of an everyday good
        return plan
    if isinstance(plan.action, BuyAction):
        return _ask("Which product do you mean? Please name it (and how many, if more than one).", "query")
    return _ask("I'm not sure what you'd like me to do. I can buy something, order drinks, return an order, "
                "watch a price or reschedule a delivery.", "intent")


def _read_plain(said: str) -> str:
    """The sentence as it was meant: how it was typed undone first ('~~2~~ 3', caps lock on, '[x] … [ ] …',
    '(1/2) … (2/2)', '贰拾包'), letters stretched in chat ('buyyy', 'pleaseeee'), the lexicon's spellings, and a
    count of units as one pack ('buy 16 paracetamol tablets': one pack of sixteen)."""
    return ds.as_pack(lx.normalise(ams.plain(st.unstretch(ty.plain(wp.plain(zd.read(said)))))))  # SQL, 'Q: … A: …', 'dude, …'


def planner_text(sentence: str, shopper_id: str = "") -> str:
    """The text ``_plan`` reads for a sentence (what the ranker is trained on and scores)."""
    text = _read_plain(" ".join(sentence.split()).strip())
    return pm.take_payment(fr.peel(dl.to_mandarin(sp.plain(text, shopper_id))))[0]


def _conditional_buy(text: str) -> bool:
    """'buy X once it's under ¥50': a purchase that waits for a price is a watch."""
    text = asd.unconditional(text)  # 'keyed alike if possible, under 30 each': a wish, then a cap
    return bool(re.search(r"\b(?:once|if|when|as soon as)\b.{0,50}(?:\b(?:under|below|less than|drops?|falls?|cheaper"
                          r"|hits?|reach(?:es)?|or (?:less|lower|below|under|cheaper))\b|\b(?:it'?s|it is|they'?re|they are)"
                          r" [¥￥]?\d)",
                          text, re.IGNORECASE)) and bool(sl.en_cap(text) or re.search(r"\d", text))


# A product's plain name with its size and nothing else: 'garden hose 30m with a spray nozzle', 'rice cooker 3l'.
_SIZED_PRODUCT = re.compile(r"^\s*[a-z][a-z-]+(?: [a-z][a-z-]+){0,3} \d+(?:\.\d+)?\s?(?:m|cm|mm|kg|g|l|ml|inch|mah|w|gb|tb)\b"
                            r"(?: with (?:a|an) [a-z -]{3,30})?[.!]?\s*$")


def _x_count_last(text: str) -> bool:
    """'抽纸x3', '抽纸x3 送家': a count written 'xN' with only where it goes or its size after it."""
    count = re.search(r"[x×]\s?\d+", text)
    return bool(count and zc.describes_only(text[count.end():]))


def _wants_to_buy(text: str) -> bool:
    text = wr.plain(text)  # 'buy / dish soap / 3 / home', 'buy III tubes', '买３包 ^o^': written plainly
    if ph.CJK.search(text):
        text = nz.zh_verbs(text)  # '帮我带两盒牛奶', '鸡蛋整一打': slang verbs of getting
        if sh.ZH_BUY.search(text) or re.search(r"买|购买|下单", text) or re.match(rf"^{lx.ZH_NUMBER}", text) \
                or sl.ZH_QUANTITY.match(text):
            return True
        # a count asked for anywhere ('公司要两箱…', '…，来一个'), or a product with a count and a cap or 'x4'
        counted = sl.ZH_QUANTITY.search(text)
        return bool(re.search(rf"(?:要|来|需要|订(?!书[机钉]))\s*(?:{lx.ZH_NUMBER})?\s*{sl.ZH_MEASURE}", text)
                    or counted and (sl.zh_cap(text) or re.search(r"[x×]\s?\d", text)
                                    or counted.end() == len(text.rstrip("。！!. "))
                                    or zc.describes_only(text[counted.end():]))  # '猫粮一袋 2kg 幼猫的'
                    or _x_count_last(text))
    if nz.NEW_ONE.search(text):
        return True  # 'my blender broke, get a new one': the reader names the thing or asks
    rest, verb, want = sl.strip_lead(text)
    fragment = sl.unglue(text)
    after_remark = bc.past_remark(fragment)  # 'my hands are wrecked from the washing, 3 tubes of hand cream'
    if after_remark != fragment and re.match(rf"^\s*{lx.EN_NUMBER}\s+\w+\s+of\b", after_remark, re.IGNORECASE):
        return True
    if tf.past_told(fragment) != fragment:  # 'Before I forget, a doorstop', 'the dog chewed the lead: a chain lead, one'
        return True
    labelled = re.split(r":|\s[-–—]\s", fragment, maxsplit=1)  # 'dorm run: 20 packs of instant noodles'
    if len(labelled) == 2 and re.match(rf"^\s*(?:\d+|{lx.EN_NUMBER})\s+\w+\s+of\b", labelled[1], re.IGNORECASE):
        return True
    if verb or want or re.match(rf"^\s*{lx.EN_NUMBER}\b", fragment, re.IGNORECASE) \
            or sl.inner_request(ph.ERRAND_ID.sub(" ", text)) is not None:
        return True
    if _SIZED_PRODUCT.match(fragment) or pc.listed(fragment):
        return True  # 'rice cooker 3l', 'chew toys — half a dozen — durable ones': a product, then what it is like
    # A product named with a count, a pack, a price cap or an article and nothing else: 'baby wipes 3pk, home'.
    return bool(re.match(r"\s*(?:a|an|one)\s", rest, re.IGNORECASE) or sh.trailing_count(fragment)[0]
                or sl.times_count(fragment)[0] or sl.en_cap(fragment))
