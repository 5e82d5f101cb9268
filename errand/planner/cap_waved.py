"""A spending cap, limit or budget waved away in any words, so the errand would spend past it: 'the limit can take a
holiday', 'cap doesn't matter', 'forget about the spending cap', 'max out the limit', Hinglish 'spending cap hata
do', 'limit ki tension mat lo', 'budget ki chinta mat karo', and Chinese 额度拉满, 预算别管了, 额度随便, 上限不用看,
限额无所谓, 额度开到最大 (read in a watch that buys as well: '跌到两千就闭眼入，额度不用管了').

Caps are set by the shopper and the operator, never by an errand, so each is asked about. A cap given as a number
('cap 3000', '上限五千', '预算三千') and a budget laptop stay purchases; a cap changed under another name (the per-order
maximum lifted, 单笔最高金额调高) is asked about the same way.
"""

from __future__ import annotations

import re

_CAP_EN = r"(?:(?:spending|daily|weekly|monthly|purchase|price|per[- ]errand)\s+)?(?:caps?|limits?|budgets?|ceilings?)"
_EN = re.compile(
    # the cap said not to count: 'the cap is not an issue', "cap doesn't matter", 'the limit doesn't apply',
    # 'the limit can take a holiday', 'can sit this one out', 'is just a suggestion', 'budget is no object'
    rf"\b{_CAP_EN}(?:'s|’s|\s+is|\s+are|\s+will|\s+can|\s+should)?\s*(?:not\s+|n't\s+|n’t\s+)?"
    r"(?:(?:does|do|did|will|won|is|are)(?:n't|n’t|\s+not)\s+(?:matter|apply|count|exist|bother)"
    r"|not\s+(?:an?\s+)?(?:issue|problem|thing|concern|factor|important|relevant|needed|necessary)"
    r"|(?:can|could|may|should|will)\s+(?:take\s+a\s+(?:holiday|break|day off|vacation|rest|hike)|sit\s+(?:this|it)\s+(?:one\s+)?out"
    r"|wait|go\s+(?:hang|jump|fly)|slide|be\s+(?:ignored|skipped|stretched|bent|broken|waived))"
    r"|(?:just\s+)?an?\s+(?:suggestion|guideline|formality)|no\s+object|out\s+the\s+window|off\s+the\s+table|whatever"
    r"|on\s+(?:holiday|vacation|leave)|be\s+damned|hata\s+do|hatao|hata\s+de|ki\s+(?:tension|chinta|fikar|fikr)\s+mat"
    r"\s+(?:lo|karo|kar)|ko\s+(?:bhool|bhul)\s+jao|mat\s+dekho|chhodo|chodo|nahi\s+dekhna)\b"
    # the cap said to be dropped: 'forget (about) the cap', "don't worry about the limit", "don't let the cap stop you"
    rf"|\b(?:forget(?:\s+about)?|never\s*mind|don'?t\s+(?:worry|bother|think|fret)\s+about|no\s+need\s+to\s+(?:worry\s+about"
    rf"|check|mind)|let'?s\s+not\s+(?:worry|bother|fuss)\s+about|who\s+cares\s+about|screw|ignore|disregard|forget)\s+"
    rf"(?:the\s+|my\s+|our\s+|any\s+|about\s+)?{_CAP_EN}\b"
    rf"|\bdon'?t\s+let\s+(?:the\s+|my\s+)?{_CAP_EN}\s+(?:stop|hold|limit|bother)\b"
    rf"|\b(?:max(?:ed|ing)?|maxx?(?:ed|ing)?|blow(?:ing)?|bust(?:ing)?)\s+(?:out\s+|through\s+|past\s+)?(?:the\s+|my\s+)?{_CAP_EN}\b"
    rf"|\b{_CAP_EN}\s*\?\s*(?:whatever|who\s+cares|doesn'?t\s+matter|forget\s+it|never\s*mind|none|nah)\b"
    r"|\b(?:budget|money|price|cost)\s+(?:is\s+)?no\s+(?:object|issue|problem)\b|\bthe\s+sky'?s\s+the\s+limit\b"
    r"|\bsky\s+is\s+the\s+limit\b|\bwhatever\s+it\s+costs\b",
    re.IGNORECASE)
_CAP_ZH = r"(?:额度|上限|限额|预算|消费限制|限制|封顶)"
# The cap waved away: 额度拉满, 额度开到最大, 额度随便, 预算别管了, 上限不用看, 限额无所谓, 上限先放一边, 额度搞大点.
_WAVED_ZH = (r"(?:拉满|开满|加满|拉到最大|开到最大|调到最大|放开|放宽|随便|随意|随它|随他|无所谓|不是问题|不算什么|没关系|不重要|不要紧"
             r"|先放一边|放一边|放一放|靠边|爱多少|多少都行|不设|不管|忽略|无视|搞大|弄大|整大|调大|加大|开大|往上加|不封顶"
             r"|(?:就|都|先|也|可以)?(?:不用|别|不要|甭|莫|无需|不必|没必要|用不着)(?:再)?(?:管|看|在意|考虑|担心|理|想|操心|顾|去管"
             r"|去看|管它|纠结))")
_ZH = re.compile(
    rf"{_CAP_ZH}(?:的事|什么的|这些|啥的|这块|这个)?(?:我们|咱|你)?[，,]?(?:就|都|先|也|可以)?{_WAVED_ZH}"
    rf"|(?:别管|不管|不用管|甭管|无视|忽略|别看|不看|别在意|不在乎|别理|别考虑|不考虑)(?:什么|那个|我的|这个)?{_CAP_ZH}"
    rf"|{_CAP_ZH}爱(?:多少|咋样|怎样)")


# A cap changed under another name: 'lift the per-order maximum', 'raise the maximum per order to 20000', 'increase my
# spending allowance', 'allow orders above my max', 'the max per purchase is too low', 单笔最高金额调到两万, 每单最多能花
# 的钱调高, 允许超额. 'buy a TV, max 3000' and 'a max price of 300' name a cap for one purchase and stay purchases.
_QUALIFIED_EN = (r"(?:(?:per[- ]?(?:order|purchase|item|transaction|errand|day)|order|purchase|spending|transaction|daily"
                 r"|weekly|monthly)\s+)")
_NOUN_EN = (r"(?:max(?:imum)?|allowance|ceiling|restrictions?|threshold)(?!\s+(?:price|of|¥|\$|\d|size|speed|volume"
            r"|capacity|power|strength|load|weight|height|width|length|temperature|warranty|brightness|resolution|setting"
            r"|level|pressure|range|zoom|heat))(?:\s+per\s+(?:order|purchase|item|transaction|errand|day))?")
_MAX_EN = rf"(?:{_QUALIFIED_EN}*{_NOUN_EN})"
_CHANGED_EN = re.compile(
    r"\b(?:(?:lift|raise|increase|bump|boost|hike|extend|expand|widen|loosen|relax|remove|scrap|double|triple|override"
    r"|waive|suspend|disable)(?:s|d|ed|ing)?|take\s+off|turn\s+off|switch\s+off|get\s+rid\s+of)\s+(?:up\s+)?(?:the\s+|my\s+"
    rf"|our\s+|that\s+|this\s+)?{_MAX_EN}\b"
    rf"|\b(?:set|make|change|reset|adjust|move)(?:s|ing)?\s+(?:the\s+|my\s+|our\s+)?{_QUALIFIED_EN}+{_NOUN_EN}\b"
    rf"|\b(?:above|over|beyond|past|exceed\w*|more\s+than|go\s+over)\s+(?:my|the|our)\s+{_MAX_EN}\b"
    rf"|\b{_MAX_EN}\s+(?:is|'s|are)\s+(?:way\s+|far\s+|much\s+)?too\s+(?:low|small|tight|strict)\b", re.IGNORECASE)
_CHANGED_ZH = re.compile(
    r"(?:单笔|每单|每笔|单次|每次下单|一单)(?:的)?(?:最高|最多|上限|限额|额度)[^，。！？,;；]{0,8}?"
    r"(?:调|提|改|放宽|放开|加|取消|去掉|解除|拉)"
    r"|(?:购物|消费|下单|花钱)?(?:额度|上限|限额)(?:改|调|弄|搞|加|提)(?:大|高|多)"
    r"|(?:允许|可以|能)超(?:额|支|限|上限)|超额也(?:行|没事|可以)")


def waved(text: str) -> bool:
    """The sentence waves a spending cap, limit or budget away instead of naming one, or changes one under another
    name (a per-order maximum, an allowance, a ceiling)."""
    return bool(_EN.search(text) or _ZH.search(text) or _CHANGED_EN.search(text) or _CHANGED_ZH.search(text))
