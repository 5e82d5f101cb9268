"""What each pack, box or case holds, said in a Chinese purchase beside the number of packs bought, read out of the
product's way so that the contents are never bought as the count nor kept in the product words:

- before the product with 的: '每包一百个的垃圾袋买两包', '十支装的笔买两盒', '八片装的卫生巾', '十二瓶一箱的苏打水';
- in a clause of its own after it: '买两箱纯牛奶，每箱十二盒'.

Only when the packs bought are counted elsewhere in the sentence ('买两包', '三盒', '来两提'): one pack said with what
it holds and no other count ('一箱24瓶的矿泉水') keeps its reading. With no product left, the purchase reader asks.
"""

from __future__ import annotations

import re

_N = r"[零〇一二两三四五六七八九十百千\d]+"
_PACK = r"(?:包|盒|袋|卷|箱|瓶|提|桶|板|条|排|罐|扎|打|筒|套)"
_UNIT = r"(?:[个只张片支根抽粒双条枚卷瓶罐盒包袋块颗听枝贴米]|公斤|千克|斤|克|升|毫升|kg|g|L|ml)"
# '每包一百个的', '每箱装二十四瓶的', '十支装的', '十二瓶一箱的', '二十四罐一箱的' right before what they are.
_BEFORE = re.compile(rf"(?:每{_PACK}装?\s*{_N}\s*{_UNIT}|{_N}\s*{_UNIT}\s*装|{_N}\s*{_UNIT}\s*[一每]{_PACK})的"
                     rf"(?=\s*[\u4e00-\u9fffA-Za-z])", re.IGNORECASE)
# '，每箱十二盒' as a clause of its own after the product.
_AFTER = re.compile(rf"[，,]\s*每{_PACK}装?\s*{_N}\s*{_UNIT}\s*(?=[，,。！!]|$)", re.IGNORECASE)
# The packs bought: '买两包', '三盒', '来两提', '要三箱'.
_PACKS_BOUGHT = re.compile(rf"{_N}\s*{_PACK}")


def read(text: str) -> str:
    """``text`` with what each pack holds read away, when the packs bought are counted apart from it."""
    kept = _AFTER.sub("", _BEFORE.sub("", text))
    if kept == text or not _PACKS_BOUGHT.search(kept):
        return text
    return kept
