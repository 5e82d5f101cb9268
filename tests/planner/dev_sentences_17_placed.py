"""A seventeenth development set, for after-sales and conditional purchases: new sentences of the kinds the twelfth
fresh set showed misread, written here before the mechanisms were changed, to check they read sentences they were
not written from.

Kinds: a return's reason said in words no lexicon held yet: a device that gave up ('gave up the ghost', 'conked
out', 'packed up', 'stopped functioning', 'duds'), works only in part ('only the left side plays', 只有左边有声音),
sparks or smells of burning (跳火花, 焦味); a change of heart ('gone off', 'doesn't appeal any more', 'not keen
after all', stocked far too many, relocating, 搬家, 用不完, 没兴趣); a colour, size or model other than the one
chosen ('in red though I picked black', 选的白色到手是黑色); the listing's promise broken ('the page promised …
but', 'advertised as waterproof, yet'), whose claim may name a word of another order (battery) without naming that
order; a whole order sent back ('everything in ord_h3', 'all of ord_h3', 整单退, 全部退); a question by its cue
(whereabouts, location, ETA, arrival estimate → where; 是不是已经签收 → status; why that seller and not another →
other); a watch whose buy is said as its own clause ('if under 2,500 buy one', 'below 1,400 order one', 'send one my
way', 跌到…就拿下, 闭眼入, 冲一台), whose product ends at the condition words ('until', 'till', 'ever dips') and leaves
out a frame ("I'd love to know if") or a remark ('birthday coming up'); and a
service that is not goods (a stay, a room, tickets, a table, an appointment, a class, a ride), which must be asked.

The controls keep their reading: goods named like a service (a ticket holder, a booking ledger, a 民宿 the shopper
says is home), a watch that only tells, 'I'm after' a product, a reason already read.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai; ord_k1 Midea kettle,
ord_b2 Nanfu AA batteries, ord_h3 Sony WH-1000XM5 headphones and a Bear glass kettle, ord_s4 Li-Ning shoes).
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_en import _buy, _watch


def _returned(order: str, reason: str, **more: Any) -> dict[str, Any]:
    return {"kind": "return", "order_id": order, "reason": reason, **more}


def _asked(topic: str, order: str | None = None, errand: str | None = None) -> dict[str, Any]:
    expected: dict[str, Any] = {"kind": "question", "topic": topic}
    if order:
        expected["order_id"] = order
    if errand:
        expected["errand_id"] = errand
    return expected


PLACED: list[tuple[str, dict[str, Any]]] = [
    # a device that gave up, works only in part, sparks or smells of burning
    ("the Midea kettle has given up the ghost, return ord_k1", _returned("ord_k1", "damaged")),
    ("the Sony headphones conked out after a week, send them back", _returned("ord_h3", "damaged")),
    ("ord_k1 packed up on day three — return it please", _returned("ord_k1", "damaged")),
    ("the Li-Ning shoes' light-up heel has stopped functioning, return ord_s4", _returned("ord_s4", "damaged")),
    ("those Nanfu batteries are all duds, return ord_b2", _returned("ord_b2", "damaged")),
    ("only the left side of the Sony headphones plays, return them", _returned("ord_h3", "damaged")),
    ("just one earcup of the XM5s gives any sound; ord_h3 back please", _returned("ord_h3", "damaged")),
    ("索尼耳机只有左边有声音，退掉", _returned("ord_h3", "damaged")),
    ("美的水壶插上电就跳火花，退货", _returned("ord_k1", "damaged")),
    ("美的壶一烧水就有股焦味，ord_k1退了", _returned("ord_k1", "damaged")),
    ("南孚电池装进遥控器一点动静都没有，退", _returned("ord_b2", "damaged")),
    ("李宁跑鞋的鞋灯只亮一只，ord_s4退货", _returned("ord_s4", "damaged")),
    # a change of heart
    ("I've gone off the Li-Ning shoes, return ord_s4", _returned("ord_s4", "changed_mind")),
    ("the Bear kettle doesn't appeal to me any more; return it", _returned("ord_h3", "changed_mind")),
    ("not keen on the Sony headphones after all, return ord_h3", _returned("ord_h3", "changed_mind")),
    ("I've stocked up on far too many batteries, return ord_b2", _returned("ord_b2", "changed_mind")),
    ("ordered way more batteries than we'll ever use, send ord_b2 back", _returned("ord_b2", "changed_mind")),
    ("we're relocating to Canada next month, return the Midea kettle", _returned("ord_k1", "changed_mind")),
    ("emigrating in December so ord_k1 can go back", _returned("ord_k1", "changed_mind")),
    ("电池多到用不完，退ord_b2", _returned("ord_b2", "changed_mind")),
    ("要搬家了，美的壶带不走，退掉", _returned("ord_k1", "changed_mind")),
    ("对李宁鞋已经没兴趣了，ord_s4退货", _returned("ord_s4", "changed_mind")),
    ("索尼耳机看腻了，退了吧", _returned("ord_h3", "changed_mind")),
    # a colour, size or model other than the one chosen
    ("got the Li-Ning shoes in red though I picked black, return ord_s4", _returned("ord_s4", "wrong_item")),
    ("the XM5s turned up in silver rather than the black I selected — return ord_h3", _returned("ord_h3", "wrong_item")),
    ("ordered the Li-Ning shoes in 42 and a 44 arrived, return them", _returned("ord_s4", "wrong_item")),
    ("the Midea kettle arrived in blue while I'd gone for the cream one; return it", _returned("ord_k1", "wrong_item")),
    ("我拍的是黑色，到手变成白色，ord_s4退", _returned("ord_s4", "wrong_item")),
    # the listing's promise broken
    ("the page promised noise cancelling but the Sony headphones barely block anything, return ord_h3",
     _returned("ord_h3", "not_as_described")),
    ("advertised as waterproof, yet the Li-Ning shoes soak through in the rain — return ord_s4",
     _returned("ord_s4", "not_as_described")),
    ("The listing boasted 40 hours of battery life; the XM5s give me 9. Send them back.",
     _returned("ord_h3", "not_as_described")),
    ("the ad claimed a 1.7L capacity but ord_k1 takes barely a litre, return", _returned("ord_k1", "not_as_described")),
    ("宣传说续航四十小时，索尼耳机实际只撑了十小时，退", _returned("ord_h3", "not_as_described")),
    # a whole order sent back
    ("send back everything in ord_h3, we're moving abroad", _returned("ord_h3", "changed_mind", product_id=None)),
    ("return all of ord_h3, never used either of them", _returned("ord_h3", "changed_mind", product_id=None)),
    ("the entire ord_h3 order back please", _returned("ord_h3", "other", product_id=None)),
    ("everything from ord_h3 can go back to the seller", _returned("ord_h3", "other", product_id=None)),
    ("ord_h3整单退了，搬家用不上", _returned("ord_h3", "changed_mind", product_id=None)),
    ("ord_h3里的东西全部退掉，不想要了", _returned("ord_h3", "changed_mind", product_id=None)),
    # a question by its cue
    ("Kindly advise the current location of ord_b2.", _asked("where", "ord_b2")),
    ("any idea of the whereabouts of the Li-Ning shoes?", _asked("where", "ord_s4")),
    ("need an ETA for the Sony headphones", _asked("where", "ord_h3")),
    ("I'm chasing an ETA on ord_b2", _asked("where", "ord_b2")),
    ("could I get an arrival estimate for the batteries order", _asked("where", "ord_b2")),
    ("when will the Li-Ning shoes reach me?", _asked("where", "ord_s4")),
    ("南孚电池那单是不是已经签收了", _asked("status", "ord_b2")),
    ("李宁鞋那单是不是已经发货了", _asked("status", "ord_s4")),
    ("索尼耳机那单是不是已经到了", _asked("status", "ord_h3")),
    ("buy-alice-1a2b3c4d — why this shop and not the one with free shipping?", _asked("other", errand="buy-alice-1a2b3c4d")),
    ("bulk-alice-2b3c4d5e: how come you picked that store?", _asked("other", errand="bulk-alice-2b3c4d5e")),
    ("buy-alice-9f8e7d6c: why that listing when a cheaper one was there?", _asked("other", errand="buy-alice-9f8e7d6c")),
]

WATCHES: list[tuple[str, dict[str, Any]]] = [
    # the buy said as its own clause, after the condition
    ("keep an eye on the Nintendo Switch 2, if under 2,500 buy one", _watch(["Nintendo Switch 2"], 250000, buy_when_met=True)),
    ("track the DJI Osmo Pocket 3, if it goes below 3,000 get 2",
     _watch(["DJI Osmo Pocket 3"], 300000, buy_when_met=True, quantity=2)),
    ("Sonos Era 100: check daily; under 1,400 order one", _watch(["Sonos Era 100"], 140000, buy_when_met=True)),
    ("iPad mini — should it go below 3,200, grab two", _watch(["iPad mini"], 320000, buy_when_met=True, quantity=2)),
    ("when the Dyson V12 falls to 3,000, send one my way", _watch(["Dyson V12"], 300000, buy_when_met=True)),
    ("once the Kindle Scribe hits 2,000, have one delivered", _watch(["Kindle Scribe"], 200000, buy_when_met=True)),
    ("once the Kobo Clara dips to 700, let it come to me", _watch(["Kobo Clara"], 70000, buy_when_met=True)),
    ("Marshall Emberton III: check twice a day; under 1,100 pick up one", _watch(["Marshall Emberton III"], 110000, buy_when_met=True)),
    ("小米手环9跌到两百就拿下，拿两个", _watch(["小米手环9"], 20000, buy_when_met=True, quantity=2)),
    ("任天堂Switch降到一千八就闭眼入", _watch(["任天堂Switch", "Switch", "Nintendo Switch"], 180000, buy_when_met=True)),
    ("索尼A7C2跌破一万就冲，冲一台", _watch(["索尼A7C2", "A7C2", "Sony A7C2"], 1000000, buy_when_met=True)),
    ("iPhone 16降到四千以下直接拿下", _watch(["iPhone 16"], 400000, buy_when_met=True)),
    ("乐高千年隼跌到两千，给我拍一套", _watch(["乐高千年隼", "千年隼"], 200000, buy_when_met=True)),
    # the product ends at the condition words; a frame or a remark left out
    ("watch the Sony A7 IV until it drops under 12,000", _watch(["Sony A7 IV"], 1200000, buy_when_met=False)),
    ("monitor the Garmin Fenix 8 till it reaches 5,000", _watch(["Garmin Fenix 8"], 500000, buy_when_met=False)),
    ("I'd love to know if the Vitamix blender ever drops below 3,000", _watch(["Vitamix blender"], 300000)),
    ("I wonder whether the Dyson Airwrap will ever go under 2,500 — tell me", _watch(["Dyson Airwrap"], 250000)),
    ("keep an eye on the Kobo Libra Colour, birthday coming up, tell me under 1,500",
     _watch(["Kobo Libra Colour"], 150000)),
    ("track the Steam Deck OLED, long trip soon, ping me at 3,000", _watch(["Steam Deck OLED"], 300000)),
    ("keep tabs on the Bose SoundLink Max, camping season soon, alert me below 1,800", _watch(["Bose SoundLink Max"], 180000)),
    ("I'd really like to hear if the KitchenAid mixer ever falls under 2,800", _watch(["KitchenAid mixer"], 280000)),
]

# Services, not goods: a stay, a room, tickets, a table, an appointment, a class, a ride.
ASKED: list[str] = [
    "could you book me a dentist for Tuesday, the molar hurts",
    "pls arrange a haircut for my son this weekend",
    "订一间海边的民宿，住三晚",
    "帮我订个酒店房间，下周五一晚",
    "book an Airbnb in Dali for next weekend",
    "reserve a guesthouse room in Hangzhou for two nights",
    "get me two tickets to the Jay Chou concert",
    "订两张今晚七点的电影票",
    "帮我抢两张演唱会的票",
    "book a table for four at a hotpot place tonight",
    "帮我约个牙医，周三下午",
    "make me a dentist appointment for Wednesday",
    "sign me up for a yoga class on Sunday",
    "帮我报个游泳班",
    "帮我叫个车去机场",
    "get me a ride to the airport at 6",
    "帮我预约明天的体检",
    "订个包间，周六晚上六个人",
    "帮我开间房，今晚住",
    "enrol my son in swimming lessons",
    "find me a hotel in Shanghai for Friday",
    "报个吉他班",
    "book a cab for 6 to the station",
    "a hostel for two nights in Xiamen",
    # a whole order with no order named; an unknown order
    "整单退了",
    "return all of ord_x9",
    # a watch's buy sent to a place that is no saved address
    "when the Dyson V12 falls to 3,000, send one to my sister's flat",
]

CONTROLS: list[tuple[str, dict[str, Any]]] = [
    # goods named like a service
    ("a ticket holder for the car, one", _buy(["ticket holder"], 1)),
    ("buy a booking ledger for the front desk", _buy(["booking ledger"], 1)),
    ("买一个民宿风的台灯", _buy(["民宿风的台灯", "民宿风台灯", "台灯"], 1)),
    ("two yoga mats, one for the class I teach", _buy(["yoga mats", "yoga mat"], 2)),
    ("I'm after a pair of running socks", _buy(["running socks", "pair of running socks"], 1)),
    ("买一个青旅风的收纳盒", _buy(["青旅风收纳盒", "青旅风的收纳盒", "收纳盒"], 1)),
    ("a sleeping bag for the campsite, one", _buy(["sleeping bag"], 1)),
    ("buy a ticket printer for the shop", _buy(["ticket printer"], 1)),
    ("get me a cabin air filter", _buy(["cabin air filter"], 1)),
    ("a villa-style lamp, one", _buy(["villa-style lamp", "lamp"], 1)),
    # a watch that only tells, and one that buys said plainly
    ("let me know if the Vitamix blender dips below 3,000", _watch(["Vitamix blender"], 300000, buy_when_met=False)),
    ("don't buy it, just tell me when the Switch 2 falls under 2,400", _watch(["Switch 2"], 240000, buy_when_met=False)),
    ("buy the AirPods 4 once they're under 900", _watch(["AirPods 4"], 90000, buy_when_met=True)),
    # reasons already read
    ("the Midea kettle is broken, return ord_k1", _returned("ord_k1", "damaged")),
    ("changed my mind about the Li-Ning shoes, return them", _returned("ord_s4", "changed_mind")),
    ("return ord_h3, just the Sony headphones", _returned("ord_h3", "other", product_id="prd-00011")),
    # a question already read
    ("where is ord_k1?", _asked("where", "ord_k1")),
    ("has the Nanfu order been delivered yet?", _asked("status", "ord_b2")),
]
