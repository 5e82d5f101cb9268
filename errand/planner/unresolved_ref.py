"""A product only pointed at, with nothing in the request to resolve the pointer.

'order what we talked about', 'buy the thing I mentioned', 'get what I had last time', 'the stuff from before': the
planner keeps no earlier conversation, so 'what we discussed' names nothing it can buy. 再买一次, 再来一单 with no product
named point at the last purchase, which is only one when the shopper has exactly one recent order. A product named
with the pointer ('the kettle I got last time', 'buy the Midea kettle') is a product.
"""

from __future__ import annotations

import re

# The pointer right after the verb of buying, with no product before it: 'order what we discussed', 'get me the
# one I had last time', 'buy the stuff from before' ('a kettle like the one I got' names a kettle).
_POINTER_EN = re.compile(
    r"^\W*(?:(?:please|pls|can you|could you|would you|just|ok|okay|so)\s+)*(?:re-?)?(?:order|buy|get|grab|purchase)"
    r"\s+(?:me\s+|us\s+)?(?:again\s+)?"
    r"(?:(?:what|whatever|the (?:thing|things|stuff|item|items|one|ones|product|products|same thing)|that (?:thing|stuff"
    r"|one))\s+(?:that\s+)?(?:we|i|you)\s+(?:\w+\s+)?(?:discussed|talked about|talked of|mentioned|chatted about"
    r"|spoke about|spoke of|told you about|said|got|had|bought|ordered|agreed on|picked|looked at|saw|liked|sent you"
    r"|showed you|meant)\b|(?:the (?:thing|stuff|one|ones|same)|that (?:thing|stuff|one))\s+(?:from\s+)?(?:before|earlier"
    r"|last time|previously)\b)",
    re.IGNORECASE,
)
# A Chinese request with no product: the verb of buying again and nothing else.
_AGAIN_ZH = re.compile(
    r"^(?:请|麻烦)?(?:帮我|给我)?(?:再|重新|照旧|还是)(?:帮我|给我)?(?:买|下单|来|订|下)(?:一次|一遍|一单|一回|一下"
    r"|一份|一个)?(?:吧|呗|哈|啊|了)?[。！!.]*$"
)


def unresolved(text: str, recent_orders: int) -> bool:
    """The request points at a product it does not name, and nothing resolves the pointer."""
    return bool(_POINTER_EN.match(text) or recent_orders != 1 and _AGAIN_ZH.match(text.strip()))
