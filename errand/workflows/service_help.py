"""What the agent answers when the shopper asks how one of its services works ("how do returns work?",
退货怎么退？) rather than about an errand: a short explanation of that service, in the shopper's language.

The planner plans such a sentence as a question with no errand or order named and topic ``other``
(errand/planner/how_it_works.py); the conversation answers it here instead of reporting the last errand's
state. Pure: it only chooses text, so answering it adds no command to a conversation's history.
"""

from __future__ import annotations

import re

from errand.domain.intents import ErrandQuestion

# (service, words that name it in English, in Chinese), the more particular first: "refund for an exchange"
# is about exchanges.
_SERVICES: tuple[tuple[str, str, str], ...] = (
    ("exchange", r"exchang", r"换货|调换|换个"),
    ("return", r"return|refund", r"退货|退款|退换|退钱"),
    ("delivery", r"deliver|shipping|reschedul|courier", r"配送|送货|改期|快递|改时间"),
    ("watch", r"price (?:watch|alert)|watch(?:es|ing)? (?:a )?price", r"盯价|降价提醒|价格提醒"),
    ("drinks", r"drinks?|bulk", r"奶茶|饮品|团购|拼单"),
    ("approval", r"approv|quote|sign", r"确认|报价|签名|授权"),
)
_EN = {
    "exchange": "To exchange an item for another size or colour, tell me the order and what you want instead "
                "(“exchange ord_… for a size 42”). The shop's after-sales desk decides under its policy, and "
                "any price difference is charged only after you approve it with your signature.",
    "return": "To return something, tell me the order and what is wrong (“return ord_… — it arrived cracked”; "
              "a photo helps when it is damaged). I check the shop's return policy for that kind of item (the "
              "window, what cannot be returned, the evidence damage needs), you pick a pickup slot, and the "
              "refund goes back to how you paid once the shop has the item back.",
    "delivery": "To move a delivery, tell me the order and when suits you (“move ord_… to Friday afternoon”). I "
                "ask the courier which slots it has and you choose one; a fee, if the courier charges one, "
                "needs your approval first.",
    "watch": "To watch a price, name the product and the price (“tell me when the Sony WH-1000XM5 is under "
             "¥2,000”), and for how long if you like. I check it at intervals and tell you when it is met; add "
             "“and buy one” to have it bought then, under a limit you sign in advance.",
    "drinks": "For drinks for a group, say what, how many, where and by when (“40 brown-sugar milk teas to the "
              "office at 3pm”). I find the nearest branches that can make them in time, split the order between "
              "them if one cannot, and show you one quote to sign.",
    "approval": "Nothing is bought until you approve it: every purchase ends in a quote with the exact items and "
                "total, and you sign that quote. A signature covers that quote only, once; a changed quote needs "
                "a new one.",
}
_ZH = {
    "exchange": "换货请告诉我订单号和想换成什么（如“ord_… 换成42码”）。商家售后按其政策处理，如有差价，需要您签名确认后才会扣款。",
    "return": "退货请告诉我订单号和问题（如“退掉 ord_…，到货就裂了”；有损坏时附张照片更好）。我会按该类商品的退货政策"
              "（退货期限、不可退商品、损坏所需凭证）办理，您选一个上门取件时段，商家收到退货后原路退款。",
    "delivery": "改配送时间请告诉我订单号和方便的时间（如“ord_… 改到周五下午”）。我向快递查询可选时段由您选择；如快递收费，"
                "需要您先确认。",
    "watch": "盯价请告诉我商品和目标价（如“索尼 WH-1000XM5 低于2000告诉我”），也可以说盯多久。我定时查看，到价就告诉您；"
             "说“到价就买一个”则在您事先签名的额度内下单。",
    "drinks": "团体饮品请说清品名、杯数、送到哪里和几点前（如“四十杯黑糖奶茶，三点送公司”）。我找能按时做出的最近门店，"
              "一家做不完就分给几家，最后给您一张报价签名确认。",
    "approval": "没有您的确认就不会购买：每笔购买都会给出包含具体商品和总价的报价，由您签名。一个签名只对这一张报价有效一次；"
                "报价变了需要重新签名。",
}


def service_help(question: ErrandQuestion) -> str | None:
    """The explanation for a question about how a service works, or None when the question is about an
    errand or order (or names no service this knows)."""
    if question.errand_id or question.order_id or question.topic != "other":
        return None
    text = question.sentence
    chinese = re.search(r"[\u4e00-\u9fff]", text) is not None
    for service, english, zh in _SERVICES:
        if re.search(english, text, re.IGNORECASE) or re.search(zh, text):
            return (_ZH if chinese else _EN)[service]
    return None
