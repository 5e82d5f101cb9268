"""A return whose stated reason the sentence itself denies, or that claims a fault the shopper caused: 'mark it wrong item
even though it's what I ordered', 'stating it was defective, notwithstanding that it is not', 'call it damaged though
nothing's wrong', 'bol do damaged, actually I broke it myself', 'as damaged … I already used them all', 'I dropped
them myself', 'my kid broke it last week', 用完了也说是质量问题, 说是发错货，其实就是我要的.

The reason goes to the merchant as a fact, so a return that says it is not so, or that claims a fault ('as damaged',
'as defective', 理由写质量问题) for goods the shopper broke or used up, would tell the shop what is false; it is asked about whichever reader planned the sentence (a return, or a
purchase when the return was misread). An honest reason stays a return, even with 'even though' ('too small even
though I ordered my usual size'), and so does damage that came with the parcel ('the box was crushed when it
arrived', 收到就是坏的), and damage the shopper owns up to with no fault claimed ('I dropped them and the left side
stopped working', 我不小心摔坏了，能退吗): the shop judges those.
"""

from __future__ import annotations

import re

# A return said: return, refund, send back, 退.
_RETURN = re.compile(r"\b(?:return(?:s|ing|ed)?|refund(?:ed)?|(?:ord_\w+|it|them)\s+back|send(?:ing)?\s+(?:\w+\s+)?back|ship(?:ping)?\s+(?:\w+\s+)?back)\b"
                     r"|退|换货", re.IGNORECASE)
# The reason stated: wrong item or size, a fault, damage, not as described; 质量问题, 发错货, 破损, 坏, 尺码不对.
_REASON_EN = (r"(?:wrong\s+(?:item|size|colou?r|model|one|thing)|defect(?:ive)?|faulty|broken|damaged|not\s+working|doesn'?t\s+work"
              r"|dead\s+on\s+arrival|doa|not\s+as\s+described|arrived\s+(?:broken|damaged|cracked)|cracked|missing\s+parts?|fake"
              r"|counterfeit|poor\s+quality|quality\s+issue)")
_REASON_ZH = r"(?:质量问题|发错|错发|破损|坏|尺码不对|尺寸不对|不合适|描述不符|与描述不符|假货|瑕疵|故障|少件|漏发)"
# The reason taken back: 'even though it's what I ordered', 'though honestly they work perfectly', 'notwithstanding that
# it is not', 'actually it's exactly as described', 'though nothing's wrong', 其实挺合脚的, 其实就是我要的.
_DENIED_EN = re.compile(
    rf"{_REASON_EN}[^.!?]{{0,60}}?\b(?:even\s+though|even\s+if|though|although|notwithstanding|despite|but|actually|honestly|tbh"
    r"|in\s+fact|truth\s+is|to\s+be\s+honest|really)\b[^.!?]{0,30}?\b(?:it'?s|it\s+is|they'?re|they\s+are|it\s+was|they\s+were"
    r"|that\s+(?:it|they)|it|they|i\s+ordered|nothing'?s?|there'?s\s+nothing|is|are)\b[^.!?]{0,25}?"
    r"\b(?:not|n't|fine|ok|okay|perfect(?:ly)?|works?|working|what\s+i\s+ordered|exactly|as\s+described|the\s+right|right"
    r"|correct|fits?|wrong|nothing|new|intact|undamaged|good)\b",
    re.IGNORECASE)
_DENIED_ZH = re.compile(
    rf"(?:说|写|填|报|标|选|理由|原因|就说|也说)[^。！？]{{0,8}}?{_REASON_ZH}[^。！？]{{0,12}}?(?:其实|实际上|但其实|明明|说实话|老实说"
    r"|但是?)[^。！？]{0,10}?(?:没|挺|很|就是|是我|好|正常|能用|合脚|合身|正品|对的|我要的|我订的|我买的|一样|没问题)"
    rf"|(?:其实|实际上|明明)[^。！？]{{0,10}}?(?:没(?:有)?(?:问题|坏|毛病)|挺好|好好的|正常|能用|合脚|合身|是正品|就是我要的)[^。！？]{{0,12}}?"
    rf"(?:说|写|填|报|理由|原因)[^。！？]{{0,6}}?{_REASON_ZH}"
    rf"|(?:也|还|就|照样)(?:说|写|填|报|标)(?:成|是|为)?[^。！？]{{0,4}}?{_REASON_ZH}")
# The reason claimed to the shop: 'as damaged', 'mark it defective', 'call it faulty', 'bol do damaged', 理由写质量问题.
_CLAIMED_EN = re.compile(rf"\b(?:as|mark(?:ed)?(?:\s+it)?|call(?:ing)?\s+it|say(?:ing)?(?:\s+it)?|stat(?:e|ing)(?:\s+it)?|put"
                         rf"|claim(?:ing)?|reason|label(?:led)?|list(?:ed)?|tick|bol\s+do|likh\s+do|report(?:ing)?)\b"
                         rf"[^.!?]{{0,15}}?{_REASON_EN}", re.IGNORECASE)
_CLAIMED_ZH = re.compile(rf"(?:说|写|填|报|标|选|理由|原因|说成|当成)[^。！？]{{0,6}}?{_REASON_ZH}|收到就(?:是)?坏")
# The shopper caused it or used it up: 'I dropped them myself', 'I knocked it off the counter', 'I sat on them', 'my kid
# broke it', 'my dog chewed them', 'I've used them all up', 我自己摔坏的, 是我儿子弄坏的, 用完了, 穿了一个月了.
_CAUSED_EN = re.compile(
    r"\b(?:i|we)(?:'ve|\s+have|\s+had)?\s+(?:(?:accidentally|actually|already|just|totally|completely|basically)\s+)?(?:dropped|broke|broken|cracked|smashed"
    r"|knocked|sat\s+on|stepped\s+on|spilled|spilt|scratched|burnt|burned|ripped|tore|snapped|bent|washed|used\s+(?:it|them|\w+)"
    r"\s+(?:all\s+)?up|used\s+(?:it|them)\s+all|used\s+up|finished|wore\s+(?:it|them)\s+out)\b"
    r"|\bhaving\s+(?:dropped|broken|cracked|smashed|damaged|ripped|used\s+(?:it|them)\s+up)\b"  # the Purchaser having broken it
    r"|\b(?:dropped|broke|cracked|smashed|damaged|ripped)\s+(?:it|them)\s+myself\b|\bmyself\b[^.!?]{0,10}\b(?:broke|dropped"
    r"|damaged|cracked)\b"
    r"|\bmy\s+(?:kid|kids|son|daughter|toddler|baby|child|children|dog|puppy|cat|kitten|husband|wife|partner|brother"
    r"|sister|boyfriend|girlfriend|flatmate|roommate)\s+(?:\w+\s+)?(?:broke|chewed|ripped|smashed|dropped|cracked|sat\s+on"
    r"|stepped\s+on|tore|snapped|spilled|scratched|bit|destroyed|wrecked|damaged)\b",
    re.IGNORECASE)
_CAUSED_ZH = re.compile(
    r"(?:我|俺)(?:自己|不小心|刚|已经)?(?:摔|弄|搞|踩|碰|砸|扯|撕|压|洗|烧|烫|摔)(?:坏|碎|裂|破|烂|断)"
    r"|(?:是|被)?(?:我|俺)?(?:的)?(?:儿子|女儿|孩子|小孩|宝宝|狗|猫|老公|老婆)(?:给)?(?:弄|摔|咬|踩|搞|砸|扯|撕|压|抓)(?:坏|碎|裂|破|烂|断)"
    r"|(?:用|吃|喝|穿)(?:完|光|坏|破|烂)了?|(?:穿|用|戴)了(?:一|两|三|几|半)?(?:个)?(?:多)?(?:月|年|礼拜|星期|周)")


def denied(text: str) -> bool:
    """A return whose reason the sentence denies, or claimed as a fault when the shopper caused the damage or used it
    up (said without a claimed fault, 'I dropped them and the left side stopped working', it is for the shop to judge)."""
    if not _RETURN.search(text):
        return False
    if _DENIED_EN.search(text) or _DENIED_ZH.search(text):
        return True
    return bool(_CAUSED_EN.search(text) and _CLAIMED_EN.search(text) or _CAUSED_ZH.search(text) and _CLAIMED_ZH.search(text))
