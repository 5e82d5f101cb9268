"""Whether a drinks order's item names a drink.

An item that only says 'a drink' or leaves the choice to the shop names none: 饮料, 饮品, 喝的, 东西, 网红款, 人气款, 爆款,
最火的那款, 大家都爱喝的那种, 好喝的, 随便什么, 'drinks', 'beverages', 'anything', 'something nice', "whatever's
trending", 'the popular ones'. Such an order is asked which drink, with or without a chain.

A flavour said before 'drinks' or 'teas' does name one: 'grape drinks', 'cheese grape drinks', 'peach drinks',
'mango drinks' are what a tea shop's menu calls them, so a chain's order of them is no order of 'drinks' alone.
"""

from __future__ import annotations

import re

# Words that only say 'a drink', or leave which one to the shop; with the particles around them.
_ZH_OPEN = re.compile(
    r"饮料|饮品|飲料|飲品|喝的|东西|東西|网红|網紅|人气|人氣|爆款|热门|熱門|最火|火的|流行|好喝|大家|都爱|常点|常喝|爱喝|喜欢|随便|隨便|什么|啥"
    r"|都行|都可以|那种|那款|这种|那個|那个|款|种|的|都|些|点|杯|常|爱|喝|最|红")
_EN_OPEN = re.compile(
    r"\b(?:drinks?|beverages?|anything|something|whatever(?:'s| is)?|stuff|things?|popular|trending|trendy|hot|best"
    r"|sellers?|bestsellers?|nice|good|tasty|random|assorted|mixed|different|various|any|some|the|of|one|ones|cups?"
    r"|everyone|people|likes?|love|loves|most|usual|fine|works)\b", re.IGNORECASE)


def unnamed(item: str) -> bool:
    """The item read for a drinks order is only words that name no drink."""
    item = item.strip()
    if not item:
        return False
    if re.search(r"[\u4e00-\u9fff]", item):
        rest = _ZH_OPEN.sub("", item)
        return not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", rest)
    rest = _EN_OPEN.sub(" ", item)
    return not re.search(r"[A-Za-z0-9]", rest)


# A flavour a tea or coffee shop names its drinks by, said before 'drinks' or 'teas' (not 'milk', 'apple' or 'fruit',
# whose drinks a supermarket sells by the bottle).
FLAVOUR = (r"grape|cheese grape|peach|white peach|mango|strawberry|lychee|lemon|lime|orange|passion ?fruit|coconut|taro"
            r"|cheese|matcha|jasmine|oolong|osmanthus|brown sugar|caramel|vanilla|hazelnut|chocolate|watermelon|pineapple"
            r"|kiwi|blueberry|grapefruit|rose|melon|pearl|boba|sago")
_FLAVOURED = re.compile(rf"\b(?:{FLAVOUR})\s+(?:drinks|drink|teas|tea|beverages)\b", re.IGNORECASE)


def flavoured(text: str) -> bool:
    """'Heytea grape drinks', '8 cheese grape drinks': a flavour before 'drinks' names the drink."""
    return bool(_FLAVOURED.search(text))
