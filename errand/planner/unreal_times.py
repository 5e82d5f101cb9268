"""Delivery times that cannot be, read from the sentence as said:

- a clock whose minutes pass 59, in digits or Chinese numerals ('改到下午4点70分送', '明天下午3点75分送到', '3:75pm',
  '16:70', 后天上午十点七十分);
- a purchase or a move wanted delivered at a time already gone ('ngl need one hoodie delivered 2 hours ago',
  'a kettle, arriving last night', 'yesterday arriving', 买个水壶，前天送到, 昨晚送到).

The clock checks that already exist read hours and days; these read the minutes and a delivery said in the past.
'5:30pm', '14:45', '明天下午5点30分' and 'arriving tomorrow' are real; '昨天送到的那个水壶' names an order by when it came.
"""

from __future__ import annotations

import re

from . import lexicon as lx

MINUTES = ("That time doesn't exist (an hour has 60 minutes); what time should it come?", "deliver_by")
PAST = ("That time has already passed; when should it come?", "deliver_by")

_ZH_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CLOCK_ZH = re.compile(r"[\d零〇一二两三四五六七八九十]{1,3}\s*[点點时時]\s*(?P<m>\d{1,3}|[零〇一二三四五六七八九十百]{1,4})\s*分")
_CLOCK_EN = re.compile(r"(?<![\d.:])\b\d{1,2}\s*[:：]\s*(?P<m>\d{2})\b(?!\s*[:：]\d)(?!\s*(?:ratio|odds|aspect)\b)")


def _zh_number(said: str) -> int | None:
    """A Chinese numeral under a thousand ('七十', '七十五', '十五'), or None."""
    if said.isdigit():
        return int(said)
    if "百" in said:
        return 100
    if "十" in said:
        tens, _, ones = said.partition("十")
        return (_ZH_DIGIT.get(tens, 0) if tens else 1) * 10 + (_ZH_DIGIT.get(ones, 0) if ones else 0)
    return _ZH_DIGIT.get(said) if len(said) == 1 else None


_DELIVERED = (r"(?:deliver(?:ed|y)?|arriv(?:e|ed|ing|al)|here|come|comes|came|shipped|dropped\s+off|brought|there)")
_GONE = (r"(?:yesterday|last\s+(?:night|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|month)"
         r"|the\s+day\s+before\s+yesterday|(?:\d+|an?|one|two|three|four|five|six|a\s+few|a\s+couple\s+of)\s+"
         r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|earlier\s+today|this\s+morning\s+already)")
_PAST_EN = re.compile(rf"\b{_DELIVERED}\s+(?:by\s+|on\s+|at\s+)?{_GONE}\b|\b{_GONE}\s+{_DELIVERED}\b(?!\s+(?:was|is|were))",
                      re.IGNORECASE)
# A gone time said as a field of its own at the end of a list ('🧻 x2 → home, yesterday'): when it is to come.
_PAST_FIELD = re.compile(rf"(?:[,;→]|->)\s*{_GONE}\s*[.!]*\s*$", re.IGNORECASE)
_PAST_ZH = re.compile(r"(?:昨天|昨日|昨晚|昨夜|前天|前日|大前天|上周[一二三四五六日天]?|上个?星期|上个?礼拜|[\d一二两三四五六七八九十]+(?:个)?(?:小时|钟头|天)前)"
                      r"(?:[上下中]午|早上|晚上|傍晚)?(?:[\d一二两三四五六七八九十]+\s*[点點](?:半|[\d一二三四五六七八九十]+分?)?)?"
                      r"(?:之前|以前|前)?(?:送到|送达|送货|送过来|送来|到货|到家|寄到|配送|送|到)(?![的了过])")
_ORDER_NAMED = re.compile(r"(?:送到|到货|到|送来)的|\b(?:the|my|that)\s+(?:\w+\s+){0,3}(?:i\s+got|that\s+came|which\s+came)", re.IGNORECASE)


def question(text: str, kind: str) -> tuple[str, str] | None:
    """The question for a delivery time that cannot be, or None."""
    if kind not in ("buy", "bulk_order", "reschedule", "price_watch"):
        return None
    for match in (*_CLOCK_ZH.finditer(text), *_CLOCK_EN.finditer(text)):
        minutes = _zh_number(match.group("m"))
        if minutes is not None and minutes >= 60:
            return MINUTES
    if kind != "price_watch" and (_PAST_EN.search(text) or _PAST_FIELD.search(text) or _PAST_ZH.search(lx.normalise(text))) \
            and not _ORDER_NAMED.search(text):
        return PAST
    return None
