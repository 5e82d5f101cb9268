"""What a purchase is as a gift, said beside the product: 'a wallet, a present for my dad', 'a candle — a little
thank-you for the neighbour', 'a grinder, my brother's birthday present', 'a scarf as a gift for my mum', 'a lamp for my son, as a present', 买个钱包，送我爸的礼物,
买条围巾当生日礼物, 买一束鲜花，送老师的, 买本字典，给侄子当礼物.

Said after a comma or a dash the gift reads as a second product ('one product at a time'), and after 'as' it stays in
the product's name ('scarf as a gift'). It is neither: the product is what comes before it, and who receives a gift
changes nothing the errand does. So the words are taken off, and only when they say no more than that: an article, a
size word ('little', 'small'), an occasion (birthday, wedding, housewarming, 生日, 乔迁), the word for a gift, and whom
it is for in a few words with no place in them ('for my sister in Ningbo' is where it goes, 'send it to her flat'
another errand, and 送给外公 asks where it is sent). Words a safety check must hear (``dropped.must_hear``: harm, another person's card, a cap) are never
taken off, and the sentence as typed is read again by the last harm check whatever is taken off here.
"""

from __future__ import annotations

import re

from . import dropped as dp

_I = re.IGNORECASE
_OCCASION = (r"(?:birthday|b-?day|christmas|xmas|wedding|anniversary|retirement|leaving|farewell|housewarming"
             r"|house-warming|graduation|valentine'?s(?:\s+day)?|mother'?s\s+day|father'?s\s+day|new\s+year'?s?"
             r"|baby\s+shower|secret\s+santa|get[- ]well|welcome|engagement|thank[- ]you|teacher'?s|end[- ]of[- ]term"
             r"|name[- ]day|eid|diwali|hanukkah|lunar\s+new\s+year|festive)")
_GIFT = r"(?:gifts?|presents?|surprises?|thank[- ]?yous?|treats?|stocking\s+(?:fillers?|stuffers?)|keepsakes?|souvenirs?)"
# Whom for, in a few words: 'my dad', 'the nurses', 'a colleague', 'her', 'grandma', 'my father-in-law'.
_WHO = r"(?:(?:my|our|the|a|an|his|her|their)\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+"
_PLACE = re.compile(r"(?<![\w-])(?:in|at|to|on|near|from|via|c/o|care\s+of|flat|house|home|office|address|street|road"
                    r"|deliver\w*|send|ship\w*|post|card|account|pay\w*)(?![\w-])|\d", _I)  # not the -in- of 'father-in-law'
_EN_APPOSED = re.compile(
    rf"\s*(?:,|—|–|\s-\s)\s*(?:(?:a|an|some|\d+|two|three|four|five)\s+|(?:my|our)\s+(?P<whose>[\w-]+(?:\s+[\w-]+)?)'s?\s+)?"
    rf"(?:(?:little|small|tiny|nice|quick"
    rf"|last[- ]minute|belated)\s+)?(?:{_OCCASION}\s+)?{_GIFT}(?:\s+for\s+(?P<who>{_WHO}))?(?=\s*(?:[,.;!]|$))", _I)
_EN_AS = re.compile(
    rf"\s*,?\s+as\s+(?:(?:a|an|some)\s+)?(?:(?:little|small|tiny|nice|belated)\s+)?(?:{_OCCASION}\s+)?{_GIFT}"
    rf"(?:\s+for\s+(?P<who>{_WHO}))?(?=\s*(?:[,.;!]|$))", _I)
_ZH_OCCASION = r"(?:生日|圣诞|聖誕|结婚|結婚|新婚|乔迁|喬遷|开学|開學|毕业|畢業|新年|春节|春節|过年|中秋|教师节|母亲节|父亲节|情人节|七夕|满月|周岁|退休|见面|伴手)?"
_ZH_WHO = r"[\u4e00-\u9fff]{1,4}?"
_ZH_GIFT = re.compile(
    rf"(?:[，,、\s]*(?:(?:作为|作為|当作|當作|当|當)(?:{_ZH_OCCASION})(?:礼物|禮物)(?:送给|送給|给|給)?(?P<a>{_ZH_WHO})?"
    rf"|(?:作为|作為|当作|當作|当|當)(?:给|給)(?P<d>{_ZH_WHO})的(?:{_ZH_OCCASION})(?:礼物|禮物)"
    rf"|(?:送给|送給|给|給)(?P<b>{_ZH_WHO})(?:当|當|作为|作為)(?:{_ZH_OCCASION})(?:礼物|禮物))"
    rf"|[，,、\s]+(?:(?:送|送给|送給|给|給)(?P<c>{_ZH_WHO})的(?:{_ZH_OCCASION})(?:礼物|禮物)?"
    rf"|(?:{_ZH_OCCASION})(?:礼物|禮物)))(?=[，,。！!；;\s]|$)")
_ZH_PLACE = re.compile(r"家|店|公司|楼|樓|室|地址|那里|那裡|那儿|这里|门口|宿舍|单位|驿站|快递|寄|卡|付|账|钱")


def _quiet(words: str, who: str | None, place: re.Pattern[str]) -> bool:
    return not dp.must_hear(words) and (who is None or place.search(who) is None)


# A placed order, or goods already had: there a gift is the reason ('got one as a birthday present, return it').
_HAD = re.compile(r"\b(?:return\w*|send(?:ing)?\s+(?:it\s+|them\s+)?back|refund\w*|got|given|received|gifted|ord_\w+)\b"
                  r"|退|换货|換貨|收到|送了我|送我的", re.IGNORECASE)


def plain(text: str) -> str:
    """``text`` with what the purchase is as a gift taken off; as it was when there is none or it says more."""
    if _HAD.search(text):
        return text
    if re.search(r"[\u4e00-\u9fff]", text):
        def zh(match: re.Match[str]) -> str:
            who = match.group("a") or match.group("b") or match.group("c") or match.group("d")
            return "" if _quiet(match.group(0), who, _ZH_PLACE) and match.start() > 0 else match.group(0)
        return _ZH_GIFT.sub(zh, text)

    def en(match: re.Match[str]) -> str:
        if not re.search(r"[a-z]{3,}", text[:match.start()], _I):
            return match.group(0)  # 'a gift for my mum': the gift is all there is, no product named before it
        who = " ".join(w for w in (match.groupdict().get("whose"), match.group("who")) if w) or None
        return "" if _quiet(match.group(0), who, _PLACE) else match.group(0)
    return _EN_AS.sub(en, _EN_APPOSED.sub(en, text))
