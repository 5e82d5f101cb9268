"""A twenty-second development set, for returns: written here before the readers were changed, to check they read
sentences they were not written from.

Kinds: a change of mind told as the same thing already at hand — handed out by an employer, a school, a gym or a
lucky draw (单位发了, 年会抽中了, 公司福利发了), given as a wedding or housewarming gift, provided by a landlord or a new flat
(房东配了), owned by the people the shopper moved in with, a stockpile at home (囤了好几盒, 家里还有一抽屉, 'a drawer full'),
a thing now surplus or one too many (多余, 重样, 撞款), a move abroad or a course of study elsewhere (留学, 回国, 'off to
study abroad'); a fault told as smoke on first use (冒白烟, 一通电就冒烟); a wrong item told as the size sent against
the size chosen (下单时选的…，到手是…), or as another brand that came instead of the one ordered ('the Midea kettle came
as a Bear one instead', 熊的玻璃壶发来的却是美的的); a function the listing promised and the goods lack ('keep-warm
mode'); a whole two-item order returned in any words (两件东西都退, 'everything in ord_h3').

The controls stay questions: a return of an order that is not the shopper's or not known, a refund to another
person's card, goods kept with the refund, a product two orders share ('the kettle'), another brand claimed as ordered
when the shopper's order holds the brand that came, an item the named order does not hold, a second refund.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_formats import ASK

K1, B2, S4, SONY, BEAR = "prd-00012", "prd-00001", "prd-00031", "prd-00011", "prd-00014"


def _ret(order: str, reason: str, product: str | None = "any") -> dict[str, Any]:
    found: dict[str, Any] = {"kind": "return", "order_id": order, "reason": reason}
    if product != "any":
        found["product_id"] = product
    return found


def _mind(order: str, product: str | None = "any") -> dict[str, Any]:
    return _ret(order, "changed_mind", product)


READ: list[tuple[str, dict[str, Any]]] = [
    # the same thing at hand: handed out, won, given, provided
    ("the office handed out Nanfu batteries to all of us at the year-end party, so return ord_b2", _mind("ord_b2")),
    ("my employer gave each of us a pair of Sony headphones, send mine back", _mind("ord_h3", SONY)),
    ("won a Midea kettle in the lucky draw at work, return the one I bought", _mind("ord_k1")),
    ("got Li-Ning running shoes free from my gym, return ord_s4", _mind("ord_s4")),
    ("the school gave my son a pair of Li-Ning running shoes, return ord_s4", _mind("ord_s4")),
    ("we were given a Bear kettle as a housewarming gift, return the Bear kettle", _mind("ord_h3", BEAR)),
    ("we got a kettle among our wedding presents, return the Midea one", _mind("ord_k1")),
    ("the landlord provides a kettle in the flat, so return the Midea kettle", _mind("ord_k1")),
    ("the new flat came with a kettle, return ord_k1", _mind("ord_k1")),
    ("turns out my wife ordered the same Nanfu pack, so return ord_b2", _mind("ord_b2")),
    ("my partner and I both bought the Sony headphones, return mine", _mind("ord_h3", SONY)),
    # owned by the people moved in with
    ("we've moved in with my parents and they already own a kettle, return the Midea kettle", _mind("ord_k1")),
    ("moving in with my girlfriend, she has the same headphones, return the Sony ones", _mind("ord_h3", SONY)),
    ("my flatmate's got a kettle already, send the Bear kettle back", _mind("ord_h3", BEAR)),
    ("there's already a kettle in the flat we moved into, return the Midea kettle", _mind("ord_k1")),
    # a stockpile, a surplus, one too many
    ("we have a whole drawer full of AA batteries at home, return ord_b2", _mind("ord_b2")),
    ("turns out I stocked up on batteries last month, return the Nanfu ones", _mind("ord_b2")),
    ("the Nanfu batteries are surplus to needs now, send them back", _mind("ord_b2")),
    ("these Li-Ning shoes are redundant, I've two pairs at home, return them", _mind("ord_s4")),
    ("two pairs of headphones is one too many, return the Sony headphones", _mind("ord_h3", SONY)),
    # a move abroad, study elsewhere
    ("off to study abroad next month, return the Midea kettle", _mind("ord_k1")),
    ("heading overseas for a year, return ord_h3", _mind("ord_h3", None)),
    ("I'm going back to my home country, return the running shoes", _mind("ord_s4")),
    ("return everything in ord_h3, we're emigrating next spring", _mind("ord_h3", None)),
    ("send both items in ord_h3 back, we're moving overseas", _mind("ord_h3", None)),
    # Chinese: handed out, won, given, provided, moved in with, a stockpile, surplus, study abroad
    ("单位发了两盒南孚电池，我买的这单退了", _mind("ord_b2")),
    ("年会抽奖抽中了一个美的水壶，ord_k1退掉", _mind("ord_k1")),
    ("公司中秋发了一模一样的索尼耳机，退掉我买的", _mind("ord_h3", SONY)),
    ("公司福利发了一箱南孚电池，这单退", _mind("ord_b2")),
    ("我们搬进了新家，房东配了水壶，美的这个退掉", _mind("ord_k1")),
    ("朋友婚礼回礼送了个熊的玻璃壶，ord_h3里的水壶退掉", _mind("ord_h3", BEAR)),
    ("搬去和爸妈一起住，他们家水壶耳机都有，ord_h3全部退", _mind("ord_h3", None)),
    ("家里电池囤了好几盒，南孚这单退了吧", _mind("ord_b2")),
    ("南孚电池家里还有一抽屉，退货", _mind("ord_b2")),
    ("跑鞋多余了，李宁这双退掉", _mind("ord_s4")),
    ("美的水壶跟室友的重样了，退", _mind("ord_k1")),
    ("索尼耳机和老公买的撞款了，我的退了", _mind("ord_h3", SONY)),
    ("下个月去英国留学，美的水壶退了", _mind("ord_k1")),
    ("准备回国了，李宁跑鞋退掉", _mind("ord_s4")),
    ("ord_h3里两件东西都退了吧，家里都有", _mind("ord_h3", None)),
    ("ord_h3里的东西统统退掉，用不上了", _mind("ord_h3", None)),
    ("ord_h3两样一起退，出国用不上", _mind("ord_h3", None)),
    # smoke on first use
    ("the Midea kettle gives off smoke the first time I switched it on, return", _ret("ord_k1", "damaged")),
    ("插上电美的水壶就冒白烟，退了吧", _ret("ord_k1", "damaged")),
    ("熊玻璃壶烧了两次就冒烟，ord_h3里的水壶退掉", _ret("ord_h3", "damaged", BEAR)),
    ("索尼耳机充电的时候冒烟，退货", _ret("ord_h3", "damaged", SONY)),
    ("美的水壶一通电就冒烟，退", _ret("ord_k1", "damaged")),
    # the size sent against the size chosen
    ("南孚电池寄来的是七号，我要的是五号，退货", _ret("ord_b2", "wrong_item")),
    ("订的是五号电池，发来一盒七号的，ord_b2退了", _ret("ord_b2", "wrong_item")),
    ("the Nanfu pack I got is AAA but I picked AA, return it", _ret("ord_b2", "wrong_item")),
    ("南孚这单收到的是AAA，下单选的是AA，退掉", _ret("ord_b2", "wrong_item")),
    ("下单时选的李宁42码，到手是40码，退货", _ret("ord_s4", "wrong_item")),
    # another brand came instead
    ("the Bear kettle turned up as a Philips one instead, return it", _ret("ord_h3", "wrong_item", BEAR)),
    ("the Midea kettle came as a Bear one instead, wrong brand, return it", _ret("ord_k1", "wrong_item")),
    ("the Nanfu batteries were delivered as some Sony ones instead - return", _ret("ord_b2", "wrong_item")),
    ("熊的玻璃壶发来的却是美的的，牌子不对，退", _ret("ord_h3", "wrong_item", BEAR)),
    ("美的水壶寄过来的是小熊牌的，发错牌子了，退掉", _ret("ord_k1", "wrong_item")),
    ("李宁跑鞋发来的是安踏，退货", _ret("ord_s4", "wrong_item")),
    # a function the listing promised is not there
    ("the Bear kettle listing promised an auto shut-off, it has none, return", _ret("ord_h3", "not_as_described", BEAR)),
    ("the Sony headphones page said noise cancelling, there's none at all. return", _ret("ord_h3", "not_as_described", SONY)),
    ("Midea kettle description says keep-warm mode, mine doesn't have it, return please", _ret("ord_k1", "not_as_described")),
    ("return ord_k1, the page says keep warm function and the kettle has no such setting", _ret("ord_k1", "not_as_described")),
    ("美的水壶详情页写着有保温功能，收到的根本没有，退", _ret("ord_k1", "not_as_described")),
    ("索尼耳机宣传有降噪，结果完全没有，退了", _ret("ord_h3", "not_as_described", SONY)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # an order that is not the shopper's, or not known
    ("return my neighbour's order ord_x9, she got the same kettle as a gift", ASK),
    ("return ord_k9, we moved in with friends who have one", ASK),
    ("帮我朋友把她的ord_b7退了，她家里囤了很多", ASK),
    # a refund to another person
    ("return ord_b2, we've got a stockpile, and refund the money to my husband's card", ASK),
    ("南孚电池家里囤了很多，退款打到我老婆的支付宝", ASK),
    # the goods kept
    ("I already have a kettle, keep the Midea one and just refund me", ASK),
    ("公司年会发了一样的耳机，钱退我，耳机我自己留着", ASK),
    ("退了ord_b2，电池我留着，钱退给我", ASK),
    ("return ord_h3 but I keep both items, we're going abroad", ASK),
    # a product two orders share
    ("return the kettle, my office gave me one already", ASK),
    ("退水壶，家里已经有一个了", ASK),
    ("the kettle gives off smoke when plugged in, return it", ASK),
    ("水壶一插电就冒白烟，退货", ASK),
    ("send back the kettle, we moved in with people who already have one", ASK),
    ("the kettle came as a Philips one instead, wrong brand, return it", ASK),
    # another brand claimed as ordered, the shopper's order holding the brand that came
    ("the Philips headphones came as Sony ones instead — wrong brand, return", ASK),
    ("my Dyson fan arrived as a Midea one instead, wrong brand, return it", ASK),
    ("飞利浦耳机发来的是索尼的，牌子发错了，退货", ASK),
    ("戴森吹风机寄来的是美的的，退", ASK),
    # an item the named order does not hold, a second refund
    ("ord_h3里的平板电脑退掉，出国用不上", ASK),
    ("return the batteries in ord_k1, we have loads", ASK),
    ("refund ord_b2 twice, we stocked up already", ASK),
]
