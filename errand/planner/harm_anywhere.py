"""A crime, an act of violence or a grudge named anywhere in what the shopper typed, heard after every reader.

Readers rewrite a sentence before the screens read it (a scene before a dash, a verse line, a hashtag, a twister, a
greeting); each asks ``dropped.must_hear`` before it drops words, but a reader that keeps the purchase and lets the
rest fall out of its reading can still lose them ('cat drowning — 2 hessian sacks, 2', '买两把菜刀 #报复渣男',
'杀是杀，砍是砍，买两把菜刀'). This is the last look: the words below, in the sentence as typed, make the errand a
question whatever the readers made of it. The words are narrow on purpose (no 'kill' for weed killer, no 杀 for
杀虫剂, no 'Raid' for the insect spray, no 'bleed' for a radiator key): each names a person harmed, a crime or a
grudge, never a product.
"""

from __future__ import annotations

import re

from . import covert_harm as ch
from . import despair_said as ds
from . import doc_fields as df
from . import dropped as dp

QUESTION = "I can't help with that. If you meant something else, tell me what you need and what it is for."

_NAMED = re.compile(
    r"#?\b(?:revenge(?!\s+of\b)|payback|makehimbleed|make\s+(?:him|her|them)\s+bleed|silenc(?:e|ing)\s*the\s*witness"
    r"|spik(?:e|ing)\s*the\s*(?:punch|drinks?)|drown(?:ing)?\s+(?:the\s+)?(?:cat|dog|kittens?|puppies)|cat\s+drowning"
    r"|dogfight(?:ing)?(?:\s+ring)?|cockfight(?:ing)?|hazing|shoplifting(?:\s+spree)?|insurance\s+fire|arson"
    r"|bank\s+job|(?:for|fuh|fi)\s+(?:the|de|di)\s+(?:raid|heist|robbery|break[\s-]*in)"
    r"|hostage|ransom\s+note|(?:stolen|borrowed|nicked)\s+(?:amex|visa|mastercard|credit\s+card|card)"
    r"|(?:ski\s+masks?|balaclavas?|crowbars?)\s+for\s+(?:the\s+)?(?:job|raid|heist))\b"
    r"|报复(?!性)|复仇|此仇|杀是杀|砍是砍|仇是仇|去埋人|埋人|绑上他|绑上她|让(?:他|她)闭嘴|封上口|抢劫|撬开(?!我|自家|自己)|翻进去|盗猎|偷渡"
    r"|下毒|投毒|迷晕(?:他|她)|弄死|打死(?:他|她)|捅(?:他|她)"
    r"|\b(?:scald|burn|hurt|poison|stab|beat)\s+(?:up\s+)?(?:my\s+|the\s+)?(?:him|her|them|husband|wife|boss"
    r"|neighbou?r|ex|kid|child|son|daughter|mum|mom|dad|partner|colleague)\b",
    re.IGNORECASE)
# Other shoppers asked about beside the shopper's own errand: 'who else bought these', 还有谁买了.
_OTHERS = re.compile(r"\bwho\s+else\s+(?:bought|ordered|has|got|returned)|还有谁(?:买|下单|退)|别人买了?没", re.IGNORECASE)
OTHERS_QUESTION = "I can only look at your own orders. Which of yours do you mean?"
# A run-together tag that asks for another errand or another place ('#cancelthekettleorder', '#shiptograndmas',
# '#退掉耳机'): a tag is a remark, not an instruction, so it is asked about rather than done or dropped.
_TAG_ACTS = re.compile(r"#[\w\u4e00-\u9fff]*(?:cancel|refund|return|sendto|shipto|deliverto|sendit|shipit|redirect|reroute"
                       r"|取消|退掉|退款|退货|寄到|送到|改地址)", re.IGNORECASE)
APPROVAL_QUESTION = ("Every quote waits for your own approval; a message can't say it was approved already. "
                     "Should I prepare the quote for you to approve?")
TAG_QUESTION = "A tag can't ask me to do something; what should I do about it, apart from this errand?"


def named(sentence: str) -> bool:
    """The sentence as typed names a crime, violence or a grudge."""
    return _NAMED.search(sentence) is not None


def tag_acts(sentence: str) -> bool:
    """A tag in the sentence asks for another errand or another place."""
    return _TAG_ACTS.search(sentence) is not None


def others_asked(sentence: str) -> bool:
    """The sentence as typed asks who else bought, ordered or returned something."""
    return _OTHERS.search(sentence) is not None


def question(sentence: str) -> tuple[str, str] | None:
    """The question and the missing slot when the sentence as typed names harm, asks after other shoppers or holds a
    tag that asks for another errand; None when it does none of these."""
    if named(sentence):
        return QUESTION, "intent"
    if (hidden := ch.question(sentence, dp.must_hear)) is not None:  # a tag, a label or a scene naming harm, an ending, a waiver
        return {"care": ds.care_reply(sentence), "harm": QUESTION, "approval": APPROVAL_QUESTION}[hidden[0]], hidden[1]
    if others_asked(sentence):
        return OTHERS_QUESTION, "order_id"
    if tag_acts(sentence):
        return TAG_QUESTION, "intent"
    if df.approval_claimed(sentence):  # '状态：已审批', '领导已批准': an approval no message gives
        return APPROVAL_QUESTION, "approval"
    return None
