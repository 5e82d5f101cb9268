"""Documents only an authority issues about a person, asked to be bought: a sick note, a doctor's note, a diploma,
a health certificate, 病假条, 诊断证明, 毕业证.

No shop sells a real one: a sick note is written by the doctor who saw the patient, a diploma by the school that
taught them. So a purchase of one is a purchase of a forgery, whatever the sentence says about it, and it is asked
about rather than bought. What holds, frames or records such a document is goods ('a diploma frame', 'a
certificate holder', '病历本', '请假条本子': a pad of blank leave forms), and so is a sentence that only mentions one
('deliver it home, I'm on a sick note this week'): the document must be what is bought, right after a verb of
getting or a count.
"""

from __future__ import annotations

import re

_DOCUMENT_EN = (r"(?:sick\s+notes?|doctor'?s\s+notes?|medical\s+(?:certificates?|notes?|reports?)|fit\s+notes?"
                r"|diplomas?|degree\s+certificates?|(?:academic\s+)?transcripts?|graduation\s+certificates?"
                r"|health\s+certificates?|vaccination\s+(?:certificates?|records?)|covid\s+(?:tests?\s+)?certificates?"
                r"|(?:birth|marriage|death|divorce)\s+certificates?|driv(?:ing|er'?s)\s+licen[cs]es?"
                r"|(?:ielts|toefl|cet-?\d)\s+certificates?)")
_DOCUMENT_ZH = (r"(?:病假条|病假單|病假单|病假條|诊断证明|診斷證明|诊断书|診斷書|医院证明|醫院證明|住院证明|体检报告|體檢報告"
                r"|核酸报告|核酸證明|核酸证明|疫苗证明|健康证|健康證|毕业证|畢業證|学位证|學位證|学历证书|文凭|文憑|结婚证"
                r"|結婚證|离婚证|離婚證|出生证明|出生證明|驾照|駕照|驾驶证|駕駛證|四级证书|六级证书|资格证|資格證)")
# What holds, frames or records the document is goods: 'a diploma frame', '毕业证外壳', '病假条本子'.
_HOLDER_EN = r"(?!\s*(?:holders?|frames?|covers?|folders?|templates?|pads?|books?|cases?|forms?|sleeves?|wallets?)\b)"
_HOLDER_ZH = r"(?![\u4e00-\u9fff]{0,3}(?:本子|夹|框|套|壳|殼|皮|封|袋|模板|格式|打印纸|相框))"
_COUNT_EN = r"(?:a|an|one|two|three|four|five|\d+|some|a\s+couple\s+of|a\s+few)"
_BOUGHT_EN = re.compile(
    rf"\b(?:buy|get|order|purchase|need|want|grab|find|source|arrange|procure|acquire|sort)\s+(?:me\s+|us\s+|him\s+|her\s+)?"
    rf"(?:{_COUNT_EN}\s+)?(?:[\w'-]+\s+){{0,2}}?{_DOCUMENT_EN}{_HOLDER_EN}"
    rf"|(?:^|[,;:]\s*){_COUNT_EN}\s+(?:[\w'-]+\s+){{0,2}}?{_DOCUMENT_EN}{_HOLDER_EN}"
    rf"|{_DOCUMENT_EN}{_HOLDER_EN}\s*(?:[x×]\s*\d+|,\s*{_COUNT_EN}\b)", re.IGNORECASE)
_BOUGHT_ZH = re.compile(
    rf"(?:买|購買|购买|弄|办|辦|开|開|来|來|要|整|搞|下单|下單|拍)[一两二三四五六七八九十\d]*[张張份个個本]?[^，。！？]{{0,4}}?"
    rf"{_DOCUMENT_ZH}{_HOLDER_ZH}"
    rf"|[一两二三四五六七八九十\d]+[张張份个個]{_DOCUMENT_ZH}{_HOLDER_ZH}"
    rf"|{_DOCUMENT_ZH}{_HOLDER_ZH}[，,]?(?:买|弄|办|辦|开|開|来|來|要|整|搞)?[一两二三四五六七八九十\d]+[张張份个個本]")


def bought(text: str) -> bool:
    """The sentence buys a document only an authority issues about a person."""
    return bool(_BOUGHT_EN.search(text) or _BOUGHT_ZH.search(text))
