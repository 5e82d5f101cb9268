"""The words of Chinese dialects that ask after an order or name its new delivery time, written as Mandarin for the
placed-order readers: a lexicon of question words and time words, each read only where its context makes it that word.

- asking words of Hunan, Hubei, Sichuan and Jiangxi: 么子, 么个, 么事, 啥子 (什么; not 这么个, 那么个, 怎么个);
  到么子地方 / 到什么地方 (到哪里);
- 好多钱 (多少钱) where it is asked: after 是, 一共, 总共 or 花了, at the end of the sentence or before a question mark;
  elsewhere 好多 is 'a lot' ('买了好多电池', '花了好多钱买的耳机');
- a yes-or-no tail after a step of delivery: '送到冇得', '到没有', '签收冇', '发货没得' (送到了没有, 签收了没有);
- 哪天, 哪一天, 哪日, 几号, Beijing 多会儿, Dongbei 多咱 and 啥时 before an arrival ('哪天能送到', '几号能送来',
  '多会儿能到'): when (什么时候);
- Chaoshan and Hokkien time words: 明旦 (明天), 暗暝 (晚上), and 早起 right after a day and before the delivery
  ('后日早起送', '改到明旦早起'): 早上; '明天要早起' (getting up early) stays.

Pure functions over text; a sentence with no Chinese comes back as it was.
"""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u4e00-\u9fff]")
_WHAT = re.compile(r"(?<![这那怎多什])么(?:子|个|事)|啥子")
_WHAT_PLACE = re.compile(r"(?<=到|在|去)(?:了)?什么地方")
# 好多钱 asked: after 是, 一共, 总共, 花了 or 要, and nothing but a question mark or a particle after it; 花了 and 要 need the
# question mark ('电池那单花了好多钱？'), since 'spent a lot' is said the same way.
_HOW_MUCH = re.compile(r"(?<=[是共])好多钱(?=\s*[？?]*\s*$)|(?:(?<=花了)|(?<=付了)|(?<=要))好多钱(?=\s*[？?]+\s*$)")
# A step of delivery, then 'not' as a yes-or-no tail: '送到冇得', '签收没有', '发货冇'.
_STEP_NOT = re.compile(r"(?P<step>送到|到货|签收|收到|发货|发出|寄出|到)(?:了)?(?:冇得|没得|冇|没有)(?=\s*[？?]*\s*$)")
_WHICH_DAY = re.compile(r"(?:哪一?天|哪日|几号|多会儿?|多咱|啥时(?!候))(?=[^，。,；;]{0,3}?(?:送到|到|发货|发出|寄出|送来|送过来|寄来"
                        r"|寄过来|送达|来(?=[吗呢啊呀？?]|$)))")
# 早起 as 'in the morning' right after a day and before the delivery or at the end.
_DAY = r"(?:今天|明天|后天|大后天|明旦|后日|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|\d{1,2}[号日])"
_EARLY = re.compile(rf"(?P<day>{_DAY})早起(?=送|派送|配送|来|到|再送|\s*[。！!]?\s*$)")
_TIME_WORDS = {"明旦": "明天", "暗暝": "晚上"}


def plain(text: str) -> str:
    """``text`` with the dialects' question and time words written as Mandarin where they ask after an order or name
    a delivery time."""
    if not _CJK.search(text):
        return text
    for word, said in _TIME_WORDS.items():
        text = text.replace(word, said)
    text = _EARLY.sub(r"\g<day>早上", text)
    text = _WHAT_PLACE.sub("哪里", _WHAT.sub("什么", text))
    text = _HOW_MUCH.sub("多少钱", text)
    text = _STEP_NOT.sub(lambda m: ("送到" if m.group("step") == "到" else m.group("step")) + "了没有", text)
    return _WHICH_DAY.sub("什么时候", text)
