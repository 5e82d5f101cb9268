"""Goods whose purpose is to deceive someone who relies on a count, a check or a paper, read as classes:

- a device that cheats: a covert earpiece, camera glasses or a pen camera said with an exam (考研那天用的隐形耳机,
  可以影相嘅眼鏡 考 DSE), a step shaker that fools an insurer's or employer's step count (摇步器 刷步数), dice, cards
  or lenses rigged for a gamble (遥控骰子, 透视扑克, 'marked cards'), or a gadget that slows a meter (水表慢转器);
  a calculator for an exam, a pedometer, dice for a board game or a meter box are purchases;
- a credential made to pass as real: a diploma, a degree, a language or professional certificate, a sick note or
  a health certificate said verifiable, stamped, passing a background check or for someone who did not pass
  (能查到的六级证书, 医院盖章的病假条, 学信网能查到), or said fake (假健康证); a frame for a diploma or a past-paper book
  is a purchase;
- gift cards bought to pay a prize's tax, a fee, a fine or customs (中了大奖要先交税，用礼品卡交), which only a
  scam asks for; a gift card for a niece is a purchase;
- goods brought across a border by a back route or past customs (冻品走小路过来, 不过海关, 'without going through
  customs'); frozen prawns from Vietnam are a purchase.
"""

from __future__ import annotations

import re

# An exam or a test, by its name in English, simplified or traditional Chinese (contraband.py reads it too).
EXAM = (r"(?:\b(?:exams?|examinations?|tests?|quiz(?:zes)?|finals|midterms?|dse|gaokao|ielts|toefl|gre|gmat|sat|bar exam)\b"
        r"|考试|考試|考场|考場|驾考|駕考|科目[一二三四]|高考|中考|会考|會考|四六级|四六級|考研|考公|国考|國考|笔试|筆試)")
# A device made to be worn unseen or to film: an invisible earpiece, camera glasses, a pinhole pen.
_COVERT_KIT = (r"(?:\b(?:invisible|hidden|micro|spy|pinhole|covert|camera|concealed)\s+(?:[\w-]+\s+)?(?:earpieces?|earbuds?"
               r"|earphones?|glasses|pens?|watch(?:es)?|transmitters?|receivers?)\b"
               r"|(?:隐形|隱形|针孔|針孔|微型|可以影相|可以拍照|能拍照|能影相|拍照|摄像|攝像|影相)[^，。！？,]{0,3}"
               r"(?:耳机|耳機|眼镜|眼鏡|笔|筆|手表|手錶|发射器|發射器))")
_EXAM_CHEAT = re.compile(rf"{_COVERT_KIT}[^.?!。！？]{{0,60}}{EXAM}|{EXAM}[^.?!。！？]{{0,60}}{_COVERT_KIT}",
                         re.IGNORECASE)
# A step count faked for whoever pays by it, a gamble rigged, a meter slowed.
_RIGGED = re.compile(
    r"摇步器|搖步器|刷[^，。！？]{0,10}步(?:数|數)|步数神器|步數神器|计步摇摆器|計步搖擺器|\b(?:phone |step |pedometer )(?:shakers?|swingers?|rockers?|spoofers?)\b"
    r"|\bfake (?:my )?steps\b|\b(?:insurance|insurer|employer)\b[^.?!]{0,40}\bthinks? (?:i|we) (?:walk|run)"
    r"|(?:透视|透視)(?:眼镜|眼鏡|隐形眼镜|隱形眼鏡|镜片|鏡片)[^。！？]{0,10}(?:牌|扑克|撲克|麻将|麻將|赌|賭)"
    r"|遥控骰|遙控骰|透视扑克|透視撲克|透视牌|作弊扑克|作弊撲克|作弊骰|出千|老千|千术道具|千術道具"
    r"|\b(?:remote[- ]controlled|loaded|weighted|rigged|cheating) (?:dice|die|roulette|dice cups?)\b|\bmarked cards\b"
    r"|(?:水表|电表|電表|電錶|燃气表|燃氣表|气表|氣表)[^，。！？]{0,4}(?:慢转|慢轉|减速|減速|停转|停轉)|慢转器|慢轉器"
    r"|偷电器|偷電器|窃电器|竊電器|\bmeter (?:slowers?|stoppers?)\b"
    r"|\bslow(?:s|ing)?(?: down)? (?:the |my |a )?(?:water|electric(?:ity)?|gas|power) meter", re.IGNORECASE)
# A credential, and the words that make a bought one pass as real.
_CREDENTIAL = (r"(?:\b(?:diplomas?|degrees?|transcripts?|sick notes?|doctor'?s notes?|medical certificates?"
               r"|(?:ielts|toefl|cet-?\d|degree|graduation|birth|marriage|health|vaccination|language|teaching"
               r"|professional|university|college|bachelor'?s|master'?s) certificates?)\b"
               r"|学历|學歷|文凭|文憑|毕业证|畢業證|学位证|學位證|[四六]级证|[四六]級證|六级证书|四级证书|假条|假條|病假[条单單條]"
               r"|诊断证明|診斷證明|健康证|健康證|资格证|資格證)")
_PASSES = (r"(?:\bverifiable\b|\bcan be (?:verified|checked)\b|\bpass(?:es)? (?:a |the )?(?:background|employer) check"
           r"|\bwith (?:a |the |an )?(?:[\w']+ )?stamp\b|\bstamped\b|\bregistered in (?:the )?(?:database|system)"
           r"|\b(?:didn'?t|did not|never) (?:pass|sit|take)\b"
           r"|能查到|可查|查得到|查得到|学信网|學信網|盖章|盖好章|蓋章|蓋好章|没考过|沒考過|没考上|没去考)")
_FORGED = re.compile(
    rf"{_CREDENTIAL}[^.?!。！？]{{0,40}}{_PASSES}|{_PASSES}[^.?!。！？]{{0,40}}{_CREDENTIAL}"
    r"|(?<![请請休放度暑寒年婚产產节節病事调調])假的?[\u4e00-\u9fff]{0,5}(?:证|證)(?![据據])", re.IGNORECASE)
# Gift cards bought to pay what no one takes in gift cards.
_GIFT_CARDS = (r"(?:\b(?:gift ?cards?|steam cards?|apple cards?|itunes cards?|google play cards?|amazon cards?)\b"
               r"|礼品卡|禮品卡|购物卡|購物卡|京东卡|京東卡|京东E卡|充值卡|点卡|點卡|苹果卡|蘋果卡)")
_DUES = (r"(?:\b(?:tax(?:es)?|fees?|fines?|customs|irs|prize|lottery|won(?!'t|t\b)|unfreeze|bail)\b"
         r"|税|稅|手续费|手續費|罚款|罰款|保证金|保證金|解冻|解凍|中奖|中獎|中了|大奖|大獎|海关|海關|公安|警察)")
_SCAM_PAYMENT = re.compile(rf"{_GIFT_CARDS}[^.?!。！？]{{0,60}}{_DUES}|{_DUES}[^.?!。！？]{{0,60}}{_GIFT_CARDS}",
                           re.IGNORECASE)
_PAID_WITH = re.compile(r"\b(?:pay|paid|paying|settle|cover)\b|交|缴|繳|付|用", re.IGNORECASE)
# A border crossed by a back route or past customs.
_SMUGGLED = re.compile(
    r"走小路(?=[^，。！？]{0,3}(?:过来|過來|运|運|进|進|入境|带|帶|送|拿))|不过海关|不過海關|绕(?:过|开)海关|繞(?:過|開)海關"
    r"|水客|走私|偷运过境|偷運過境"
    r"|\b(?:without (?:going through |clearing |passing )?customs|(?:skip|avoid|dodg|bypass)\w* customs|past customs"
    r"|across the border (?:unseen|unnoticed|quietly))\b", re.IGNORECASE)


def deceives(text: str) -> bool:
    """Goods that cheat an exam, a count or a gamble, a credential to pass as real, gift cards for a scam's
    dues, or goods brought past customs."""
    return bool(_EXAM_CHEAT.search(text) or _RIGGED.search(text) or _FORGED.search(text)
                or _SCAM_PAYMENT.search(text) and _PAID_WITH.search(text) or _SMUGGLED.search(text))
