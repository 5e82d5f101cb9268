"""Letters, digits and signs typed full-width by a Chinese keyboard, read as the ASCII the readers know: 'ＨＤＭＩ线两根'
is 'HDMI线两根', 'ｉＰａｄ Ａｉｒ' is 'iPad Air', '买２个' is '买2个' (NFKC for those characters only).

The full-width punctuation Chinese is written with (，！？：；（）～) stays as it is: every Chinese reader expects it,
so it is read once here, before any of them, and changes nothing else.
"""

from __future__ import annotations

import re
import unicodedata

# The full-width forms block (U+FF01..U+FF5E) and the ideographic space.
_WIDE = re.compile(r"[\uff01-\uff5e\u3000]")
_CHINESE_PUNCTUATION = frozenset("，！？：；（）～")


def narrowed(text: str) -> str:
    """``text`` with full-width letters, digits and signs as ASCII, Chinese punctuation kept."""
    if not _WIDE.search(text):
        return text
    return _WIDE.sub(lambda m: m.group(0) if m.group(0) in _CHINESE_PUNCTUATION
                     else unicodedata.normalize("NFKC", m.group(0)), text)
