"""Where a Chinese purchase is for and what it is for, said around the product, read as a small grammar of slots so
that neither is taken for the product's name:

- a shop or a room that wants it, before the verb: '花店再进五十个花盆', '健身房换一批哑铃', '网吧要…' (the shop; 换一批
  is buying a new batch, when no order is named);
- a saved address said in brackets after that place: '理发店（公司）要…', '工作室（就是我家那个地址）要…' (the label);
  a place in brackets said to be someone else's address ('（朋友家地址）') is where it goes, to be asked about;
- where the thing is kept, before it with 的: '书房门口的地毯', '民宿卫生间门口的地垫', '阳台的晾衣杆' (the product is
  after 的; kept at the office, it still goes to the office: '公司前台的绿萝' → '绿萝，送公司');
- what it goes with, before it: '旗袍配的耳环', '汉服配的发簪' (the earrings, the hairpin);
- a purpose said as a clause of its own: '当奖品', '给学生当奖励', '做赠品' (why, not what).

Only a purchase is read (a sentence naming an order, a return or a delivery is left as said), and a rewrite that
would change whether the sentence reads as harmful is not made.
"""

from __future__ import annotations

import re

from . import harm as hm
from . import phrases as ph

_N = r"[零〇一二两三四五六七八九十百千\d]+"
# Words that say the sentence is about an order already placed, not a purchase.
_ORDER = re.compile(r"ord_|订单|这单|那单|退|换货|换成|快递|包裹|改到|改成|送货时间|到了没|物流", re.IGNORECASE)
# A shop, a room or a workplace, by its last character or word: 花店, 健身房, 网吧, 网咖, 民宿, 宠物医院, 会议室.
_SHOP = (r"[\u4e00-\u9fff]{0,6}?(?:店|馆|铺|网吧|网咖|民宿|厅|院|诊所|工作室|室|房|厂|仓库|食堂|幼儿园|学校|摊|档口|工地|公寓)")
# The place first, then the verb: '花店再进…', '网吧要…', '健身房换一批…'.
_WANTS = re.compile(rf"^(?P<place>{_SHOP})(?:里|这边|那边)?(?:再|又|还|先|也)?(?:要|需要|得|想|该)?"
                    rf"(?=(?:买|进|补|订|来|要|换一批)\s*(?:{_N}|俩|仨|个|一批|[\u4e00-\u9fffA-Za-z]{{2}}|[，,。！!]|$))")
_BATCH = re.compile(r"(?:换|进|补|买|来)一批")
# A saved address in brackets after a place: '理发店（公司）', '工作室（就是我家那个地址）'.
_LABELLED = re.compile(r"^(?P<place>[^，,（(]{1,12}?)[（(]\s*(?:就是|也就是|即|=)?\s*(?:在)?(?P<label>我家|我们家|家里?|公司|办公室|单位)"
                       r"(?:那个|的)?(?:地址)?\s*[)）]")
# Someone else's address in brackets after a place: '民宿（朋友家地址）' (where it goes, not the product).
_ELSEWHERE = re.compile(r"^(?P<place>[^，,（(]{1,12}?)[（(]\s*(?:就是|也就是|即|在)?\s*(?P<where>[^)）]{1,10}?(?:家|地址|那儿|那里))\s*[)）]")
# Where the thing is kept, before it with 的: a room or a spot, after the home, shop or office it is in.
_ROOM = (r"(?:门口|门前|门后|卫生间|洗手间|厕所|浴室|厨房|客厅|卧室|书房|阳台|玄关|走廊|过道|楼道|楼梯间|车库|院子|花园|前台|大厅|教室|宿舍"
         r"|办公桌|工位|床头|床边|桌上|车里|车上|店里|店门口|[\u4e00-\u9fff]{1,3}(?:间|室|厅))")
_KEPT = re.compile(rf"^(?P<at>[\u4e00-\u9fff]{{0,4}}?(?:{_ROOM})(?:{_ROOM})?(?:里|外|上|边|旁边|角落|那儿)?)的(?=[\u4e00-\u9fffA-Za-z]{{2}})")
# What it goes with: '旗袍配的耳环', '西装搭的领带'.
_GOES_WITH = re.compile(r"^[\u4e00-\u9fffA-Za-z\d]{1,6}?(?:配的|搭的|搭配的|配套的)(?=[\u4e00-\u9fffA-Za-z]{2})")
# A purpose said as a clause of its own: '当奖品', '给学生当奖励', '做赠品用'.
_PURPOSE = re.compile(r"(?:^|(?<=[，,。！!]))\s*(?:给[\u4e00-\u9fff]{1,4}?)?(?:当|做|作为|用作|当做|当作)"
                      r"(?:奖品|奖励|礼物|礼品|赠品|福利|纪念品|伴手礼|道具|抽奖|年会礼物)(?:用)?\s*(?:[，,。！!]|$)")
_SAVED = {"我家": "家里", "我们家": "家里", "家": "家里", "家里": "家里", "公司": "公司", "办公室": "公司", "单位": "公司"}


def read(text: str) -> str:
    """Simplified Chinese purchase ``text`` with its place and purpose read out of the product's way; a sentence about
    an order, or one the rewrite would make read as harmful or not, comes back as said."""
    if not re.search(r"[\u4e00-\u9fff]", text) or _ORDER.search(text):
        return text
    said = text
    labelled = _LABELLED.match(text)
    if labelled:
        text = _SAVED[labelled.group("label")] + text[labelled.end():]
    elif (elsewhere := _ELSEWHERE.match(text)) is not None:
        text = text[elsewhere.end():] + f"，送到{elsewhere.group('where')}"
    text = _BATCH.sub("买", text)
    wants = _WANTS.match(text)
    # '喜茶店要二十杯' names the chain, and '办公室要…' the saved address: both are read as they are
    if wants and not ph.chain(wants.group("place")) and not re.search(r"公司|办公|单位|家", wants.group("place")):
        text = re.sub(r"^(?:进|补)", "买", text[wants.end():])  # '奶茶店要补吸管': the shop restocks
    kept = _KEPT.match(text)
    if kept:
        at = kept.group("at")
        text = text[kept.end():]
        if re.search(r"公司|办公室|单位", at) and not re.search(r"[送寄发]", text):
            text += "，送公司"  # kept at the office, and no other place said: it goes there
    text = _GOES_WITH.sub("", text)
    text = _PURPOSE.sub(lambda m: "，" if m.group(0).rstrip().endswith(("，", ",")) and m.start() > 0 else "", text)
    text = re.sub(r"[，,]\s*$", "", re.sub(r"^[，,\s]+", "", text))
    if not re.search(r"[\u4e00-\u9fffA-Za-z]", text) or hm.harmful(text) != hm.harmful(said):
        return said
    return text
