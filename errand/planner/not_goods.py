"""A purchase whose product is no product: a filler or 'the usual' where the name should be ('get me one b4 fri',
'buy sth for the house', 'qty 2, ≤ 30 ea', 'abeg buy am', '来三个，老规格'), or a thing no shop sells, often after 'X
broke, need a new one' (a passport, a visa, a licence, a heart, a tooth, a marriage, a house, a car).

The buy reader keeps whatever words are left as the product; these say what to ask instead.
"""

from __future__ import annotations

import re

NAME_IT = "What should I buy? Please name the product (and how many, if more than one)."
NOT_SOLD = ("That is not something I can buy in a shop; a document comes from the office that issues it, and a home, a "
            "car or your health need more than an errand. Is there a product I can get for you?")

# Words that hold no product: pointers, fillers, times, places, counts and chat.
_FILLER = frozenset((
    "one", "ones", "sth", "smth", "something", "stuff", "thing", "things", "it", "am", "dem", "them", "this",
    "that", "these", "those", "item", "items", "qty", "quantity", "each", "ea", "pcs", "pc", "before", "by", "b4",
    "until", "till", "asap", "today", "tomorrow", "tonight", "for", "the", "a", "an", "house", "home", "office",
    "nice", "good", "quick", "sharp", "pls", "plz", "please", "thx", "thanks", "some", "any", "anything",
    "whatever", "me", "us", "my", "of", "to", "in", "on", "at", "under", "below", "max", "mon", "tue", "tues",
    "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "week", "weekend", "next", "and", "x", "per", "cap", "budget", "yuan", "rmb", "kuai",
    "lol", "abeg", "now", "soon", "later", "pronto", "new", "dis", "dat", "dese", "dose", "sumtin", "somethin",
    "sumthin", "smthn", "anythin", "ting", "tings", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "dozen", "couple", "pair", "few", "more", "another", "again"))
_ZH_FILLER = re.compile(r"^(?:东西|東西|啲嘢|嘢|一些|一点|点|些|物品|那个|这个|一个|个|(?:星期|周|週)[一二三四五六日天]|今天|明天"
                        r"|后天|之前|以前|前|，|,|\s"
                        # the usual spec, pointed at with no product: '来三个，老规格', '老样子，来两包'
                        r"|老规格|老規格|老样子|老樣子|照旧|照舊|老款|老的|的|同款|一样的|一樣的|上次的|上次那个|上次那個"
                        r"|(?:跟|和|同)上次一样|(?:跟|和|同)上次一樣)+$")
_NOT_SOLD = re.compile(
    r"^(?:(?:a|an|the|my|new|a new)\s+)*(?:visa|passports?|(?:driving |driver'?s )?licen[cs]es?|id|id cards?|identity cards?"
    r"|(?:residence |work )?permits?|birth certificates?|hearts?|tooth|teeth|legs?|arms?|bones?|knees?|hips?|noses?"
    r"|fingers?|eyes?|li(?:fe|ves)|marriages?|relationships?|family|jobs?|house|houses|home|flat|apartment|cars?)$"
    r"|^(?:新的)?(?:护照|護照|身份证|身份證|签证|簽證|驾照|駕照|驾驶证|駕駛證|户口本|戶口本|结婚证|結婚證|心|牙|牙齿|牙齒|腿"
    r"|房子|屋|屋企|间屋|間屋|房|车|車|汽车|汽車)$",
    re.IGNORECASE)


def names_nothing(query: str) -> bool:
    """``query`` holds only fillers, pointers, times and places: no product."""
    said = query.strip()
    if re.search(r"[\u4e00-\u9fff]", said):
        return bool(_ZH_FILLER.match(said))
    return all(word in _FILLER for word in re.findall(r"[^\W\d_]+", said.casefold()))


def question(query: str) -> tuple[str, str] | None:
    """What to ask when a purchase's product names nothing, or nothing a shop sells; else None."""
    if _NOT_SOLD.match(query.strip()):
        return NOT_SOLD, "query"
    return (NAME_IT, "query") if names_nothing(query) else None
