"""A product found after a hesitation and said bare: '那个叫什么来着——对，充电宝', Cantonese '那個叫咩嚟㗎——係喇，
充電寶', English "what's it called… oh right, a phone stand". The shopper searched for the word and found it; with no other verb, the word found is what to buy.

A hesitation never closed ('那个叫什么来着……') or a word followed by anything but the product is left as it was.
"""

from __future__ import annotations

import re

_HESITATION = re.compile(
    r"^\s*(?:那个|那個|嗰个|嗰個|这个|這個|呢个|呢個|那|嗰)?(?:东西|東西|嘢)?(?:叫|叫做|叫作)(?:什么|什麼|啥|咩|乜嘢|乜)"
    r"(?:来着|來著|来的|來的|嚟㗎|嚟架|嚟嘅|嚟|来|來|名|名字|呀|啊|㗎|架|嘞|喎)*"
    r"(?:……|…|——|—|--|-|\.{2,}|[，,、？?！!\s])*(?:哦|噢|喔|啊|嗯)?(?:对了|對了|对|對|是了|是|係|系|就是)"
    r"(?:的|喇|啦|嘞|囉|咯)?(?:……|…|——|—|--|-|\.{2,}|[，,、：:！!\s])*(?P<product>[^，,。.！!？?]{1,12}?)[。.！!]?\s*$")
# The same in English: "what's it called… oh right, a phone stand", 'um what's the word — yes, a power bank'.
_EN_HESITATION = re.compile(
    r"^\s*(?:(?:um+|uh+|erm+|hmm+|so)[,\s]+)?(?:what'?s it called|what'?s the word|what do you call (?:it|them|those)"
    r"|what'?s (?:that|the) thing called)\??(?:……|…|——|—|--|-|\.{2,}|[,!?\s])*(?:oh\s+|ah\s+)?(?:right|yes|yeah|yep|that'?s it"
    r"|got it)[,!.:\s—–-]*(?P<product>(?:an?\s+)?[a-z][\w -]{1,40}?)[.!]?\s*$", re.IGNORECASE)
_EN_NOT_A_NAME = re.compile(r"\b(?:buy|get|order|return|move|cancel|don'?t|not|never|no|watch|forget|nevermind|never mind)\b",
                            re.IGNORECASE)
# Words that make what follows more than a product's name: a verb, a negation, a question.
_NOT_A_NAME = re.compile(r"买|買|要|订|訂|退|改|不|唔|别|別|冇|没|沒|吗|嗎|呢|几|幾|多少|送|寄")


def found_product(sentence: str) -> str | None:
    """The product a bare hesitation ends on, as said; None when the sentence is no such thing."""
    said = _HESITATION.match(sentence)
    if said is None or _NOT_A_NAME.search(said.group("product")):
        return None
    return said.group("product").strip() or None


def found_en_product(sentence: str) -> str | None:
    """The product an English hesitation ends on ('a phone stand'); None when the sentence is no such thing."""
    said = _EN_HESITATION.match(sentence)
    if said is None or _EN_NOT_A_NAME.search(said.group("product")):
        return None
    return said.group("product").strip() or None
