"""Clocks and saved places said the short way in a list of fields, written as the readers read them:

- a clock with an h between hour and minutes, before a comma or the end ('Sunday week, 14h15, no ice' → '14:15');
- a clock with a dot after a day or a word that leads to a time, on a quarter hour, in a sentence with no word of
  money ('tomorrow, 15.45', 'at 9.30' → '15:45'); a dot elsewhere may be a price ('a lamp, 15.45') and stays;
- the shopper's own house, flat or place named alone between commas ('12 lattes, the house, Monday, 3pm',
  '…, my place, …') → 'home': one's own home said with no 'to' before it.

``days_ahead`` has already written the days as dates ('November 29th'), so a clock after a date is read as one.
Pure functions over text.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY = (rf"(?:today|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?"
        r"|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + ")")
# What may lead to a clock: a day and a comma, or 'at', 'by', 'before', 'around', 'until', 'from'.
_LEAD = rf"(?:\b{_DAY}\s*,?\s*(?:at\s+|by\s+|before\s+|around\s+)?|\b(?:at|by|before|around|until|till|from)\s+)"
# '14h15', '9h30' before a comma, a full stop or the end.
_H_CLOCK = re.compile(r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])h(?P<m>[0-5]\d)(?=\s*(?:[,;.!]|$|\s+(?:no|less|half|with|please|pls)\b))", _I)
# '15.45' after a day or a word that leads to a time; not money ('15.45 yuan') or a size ('2.50 kg').
# Only a quarter hour of the day's working hours is read so ('15.45', '9.30'); '12.50' or '15.00' may be a price.
_DOT_CLOCK = re.compile(rf"(?P<lead>{_LEAD})(?P<h>[7-9]|1\d|2[01])\.(?P<m>15|30|45)(?![\d.]|\s*(?:yuan|rmb|元|块|kuai|bucks"
                        r"|each|%|[a-z]))", _I)
# Words of money: a sentence that says them may mean a price by a dotted figure.
_MONEY = re.compile(r"[¥￥$]|\b(?:yuan|rmb|kuai|bucks|max|under|below|budget|cap|price|cost|each|total)\b", _I)
# One's own house, flat or place named alone as a field: ', the house,', ', my place,', ', our flat.'
_HOME_ALONE = re.compile(r"(?P<lead>(?:^|[,;]|\s[-–—])\s*)(?:the|my|our)\s+(?:house|flat|apartment|apt|place|pad|gaff)"
                         r"(?=\s*(?:[,;.!]|$))", _I)


def _clock(hour: int, minute: int) -> str:
    return f"{hour or 12}:{minute:02d}am" if hour < 12 else f"{hour}:{minute:02d}"


def plain(text: str) -> str:
    """``text`` with short clocks written with a colon and one's own home said alone written as 'home'."""
    if re.search(r"[\u4e00-\u9fff]", text):
        return text
    text = _H_CLOCK.sub(lambda m: _clock(int(m.group("h")), int(m.group("m"))), text)
    if not _MONEY.search(text):
        text = _DOT_CLOCK.sub(lambda m: m.group("lead") + _clock(int(m.group("h")), int(m.group("m"))), text)
    return _HOME_ALONE.sub(lambda m: f"{m.group('lead')}home", text)
