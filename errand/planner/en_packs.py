"""What each pack, box or case holds, said in an English purchase beside the number of packs bought, read out of
the product's way so that the contents are never bought as the count nor kept in the product words:

- 'two boxes of 24 crayons', '4 packs of 10 tea lights' → 'two boxes of crayons', '4 packs of tea lights';
- 'paper plates x2 packs of 50', '2 packs (100 per pack) of zip ties', '… (80 per pack)', '…, 100 sheets each';
- 'a 12-pack of AA batteries, two of them' → 'AA batteries, two of them' (the packs counted apart).

One pack said with its size ('a 6-pack of beer') or several packs said before ('three 6-packs of beer') keep
their reading; with no product left, the purchase reader asks.
"""

from __future__ import annotations

import re

_COUNT = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a couple of)"
_PACKS = r"(?:packs?|boxe?s?|cases?|bags?|rolls?|cartons?|tins?|tubs?|crates?|packets?|sleeves?|bundles?)"
# 'two boxes of 24 crayons': the number after 'of' is what each holds ('box of 50 face masks, get 3' is left as said).
_OF_N = re.compile(rf"(\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+{_PACKS} of )\d+\s+(?=[a-z])", re.IGNORECASE)
# 'packs of 50' at the end of a clause, '(100 per pack)', ', 100 sheets each'.
_OF_N_END = re.compile(rf"(\b{_PACKS}) of \d+(?=\s*(?:[,.;!]|$))", re.IGNORECASE)
_PER = re.compile(rf"\s*\(\s*\d+\s*(?:[a-z]+\s+)?(?:per|a|each|/)\s*{_PACKS}?\s*\)|\s*\(\s*\d+\s*(?:[a-z]+\s+)?each\s*\)",
                  re.IGNORECASE)
_EACH = re.compile(rf"(\b{_PACKS} of [a-z][a-z ]{{1,30}}),\s*\d+\s+[a-z]+\s+(?:each|per {_PACKS})\s*(?=[,.;!]|$)",
                   re.IGNORECASE)
# 'a 12-pack of X, two of them': a pack's size before its product when the packs are counted after it.
_N_PACK = re.compile(rf"^\s*(?:an?|one)\s+\d+[- ]?{_PACKS} of (?=[a-z].*,\s*(?:x\s*\d+|{_COUNT} of them|{_COUNT} (?:of those|please)))",
                     re.IGNORECASE)


def read(text: str) -> str:
    """``text`` with what each pack holds read away when the packs bought are counted apart from it."""
    if re.search(r"[\u4e00-\u9fff]", text):
        return text
    said = _OF_N_END.sub(r"\1", _OF_N.sub(r"\1", text))
    said = _N_PACK.sub("", _EACH.sub(r"\1", _PER.sub("", said)))
    return said if re.search(r"[a-z]{2}", said, re.IGNORECASE) else text
