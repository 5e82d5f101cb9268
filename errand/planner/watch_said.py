"""Price watches said in ways the watch reader's own words do not cover, rewritten into those words:

- the target said as the shopper's yes: "800 and I'm in", "4.5k and it's mine" (→ 'target 800'), where a watch is said;
- 'period' said for a full stop between two clauses ("the Kindle Scribe period tell me when …");
- English of a learner: "when less of 500 you buy one" (less of → less than, the "you" after the price
  dropped), "You watch for me the kettle Bear", "Please you look the price of the toaster";
- a shop's pack word after the product, said of the price: "农夫山泉整箱低于三十", "卫生纸整提…" (the product is
  农夫山泉; 整箱 says the price is for a case, and the count to buy keeps its own measure word, "进二十箱");
- the verb of buying said as a shop stocks up or as slang, right after the price: "以内拿三箱", "以内入一个",
  "以下买一个" (each → 就买…);
- classical buying once the price is met: "则购之" (→ 就买); the rest of a classical watch ("吾欲观望X之价",
  "至N则告之") is read as Mandarin before this, for every errand (zh_speech);
- how often to look said first ("每天看一次X的价"), which only a watch says; "每两天看一次" is how often, as
  "两天看一次" is, not a watch two days long.
"""

from __future__ import annotations

import re

_LEARNER = (
    # 'period' dictated mid-sentence, before the next clause: 'the Kindle Scribe period tell me when …'
    (re.compile(r"\s+period\s+(?=(?:tell|let|notify|alert|ping|message|text|if|when|once|and|then|buy|get|please)\b)",
                re.IGNORECASE), ", "),
    (re.compile(r"\b(less|more|cheaper|lower) of\b", re.IGNORECASE), r"\1 than"),
    (re.compile(r"(?<=\d )you (?=(?:buy|get|order|tell|let|notify|ping|alert|message|text|inform)\b)", re.IGNORECASE), ""),
    (re.compile(r"^(?:for me,? )?(?:please,? )?you (?:please )?(?:watch|look|check|follow)(?: for me)?(?: at)?"
                r"(?= the\b)", re.IGNORECASE), "please watch"),
    (re.compile(r"^(?:for me,? )?please,? look(?: at)? (?=the price\b)", re.IGNORECASE), "please watch "),
)
# A pack word after the product and before the price: '整箱', '整提', '整件'.
_PACK = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9])整(?:箱|提|件|盒|包|袋|桶|打|条)(?=\s*(?:低于|跌|降|到|不超过|不到|在|[，,：:]))")
_ZH_COUNT = r"(?:[一二两三四五六七八九十百\d]+|俩|仨)"
# The buy said right after the price: '以内拿三箱', '以内入一个', '以下买一个', '以下进五箱'.
_BUY_AFTER_PRICE = re.compile(rf"(以下|以内|之内|或以下)\s*(?:就)?(?:拿|入|进|买)(?=\s*{_ZH_COUNT})")
# Classical buying once the price is met ('则购之'); the rest of a classical watch ('观望…之价', '至N', '告之') is
# read as Mandarin for every errand (zh_speech).
_CLASSICAL_BUY = re.compile(r"则(?:购|買|买|购入|购买)之|即购之|则购入")
# How often to look, said only of a watch: '每天看一次', '每两天查一次', '每6小时看一下'.
HOW_OFTEN = re.compile(r"每隔?\s*[一二两三四五六七八九十\d]*\s*(?:个)?(?:天|日|小时|钟头?|周|礼拜|星期)\s*(?:看|查|瞄)\s*一\s*(?:次|下|眼)")

# Every N days, said before the look: '每两天看一次' (how often, the same as '两天看一次'; not a watch of two days).
_EVERY_N_DAYS = re.compile(r"每隔?\s*(?=[一二两三四五六七八九十\d]+\s*天\s*[看查瞄]\s*一)")
# The target said as the shopper's yes in a watch: '800 and I'm in', '4.5k and it's mine', '2k and I'm sold' (→ 'target
# 800'); only where a watch is said, so a purchase's words stay.
_YES = re.compile(r"(?<![\w.])(?P<amount>[¥￥]?\s*\d[\d,]*(?:\.\d+)?\s*k?)\s*(?:yuan|rmb|元|块)?\s*(?:and|&|n)\s+"
                  r"(?:(?:i'?m|im|i am)\s+(?:in|sold|down|game)|(?:it'?s|its|it is) mine)\b", re.IGNORECASE)
_EN_WATCH = re.compile(r"\b(?:watch|track|monitor|keep (?:an |a close )?eye on|keep tabs on|lmk|let me know|tell me|ping me"
                       r"|notify me|alert me)\b", re.IGNORECASE)
# A Chinese sentence that is a watch: only there is '以内入一个' the buy once the price is met (elsewhere it is a cap).
_ZH_WATCH = re.compile(HOW_OFTEN.pattern + r"|盯|蹲|关注|留意|观望|降价|降到|降至|跌到|跌破|价格提醒|提醒我|低于[^，。]{0,8}就")


def plain(text: str) -> str:
    """The watch in the words its reader knows; other sentences as they were."""
    for pattern, plain_words in _LEARNER:
        text = pattern.sub(plain_words, text)
    if _EN_WATCH.search(text):
        text = _YES.sub(lambda m: "target " + m.group("amount").strip(), text)
    if _ZH_WATCH.search(text):
        text = _PACK.sub("", _EVERY_N_DAYS.sub("", text))
        text = _BUY_AFTER_PRICE.sub(r"\1就买", text)
        text = _CLASSICAL_BUY.sub("就买", text)
    return text
