"""A place said to be a saved address in an aside: a bracket or an appositive right after the place names which saved
address it is, so the goods go there and the place's own words are no product and no other destination.

- 'funeral home (our office address): a condolence book', 'care home (the office address): 6 towels', 'the pet salon
  — that's our office address — two grooming tables', '…, which is our office address', 'my studio (that's the home
  address): 2 lamps'; 足疗店（公司地址）, 瑜伽馆（公司的地址）, 花店（家里地址）. The 'home' of 'nursing home' or
  'funeral home' is the place's name, not the home address: the aside decides.
- An aside naming another person's address ('(my sister's address)', '（我妈家地址）') is no saved address, and a place
  that is someone else's or one nobody lives at ('the hotel (my home address)', '邻居家（公司地址）') is none of the
  shopper's: asked.

``moved_last`` rewrites the aside as the saved address said last ('… to the office', '…，送公司'); ``question``
returns what to ask, or None.
"""

from __future__ import annotations

import re

from . import declared_place as dp

_PLACE_EN = r"(?P<place>(?:the |our |my )?[A-Za-z][\w'-]*(?: [A-Za-z][\w'-]*){0,3})"
# The aside: '(our office address)', '(that's the home address)', '— that's our office address —', ', which is our
# office address'.
_ASIDE_EN = re.compile(
    rf"^\s*{_PLACE_EN}\s*(?:\(\s*(?:that'?s |it'?s |which is |=\s*)?(?:our |my |the )?(?P<label>office|home) address\s*\)"
    r"|\s[—–-]+\s*(?:that'?s|it'?s|which is) (?:our |my |the )?(?P<label2>office|home) address\s*[—–-]+)\s*[:,]?\s*",
    re.IGNORECASE)
_WHICH_IS = re.compile(r",?\s*which is (?:our|my|the) (?P<label>office|home) address\b", re.IGNORECASE)
_ZH_LABELS = {"公司": "公司", "办公室": "公司", "单位": "公司", "家": "家里", "家里": "家里", "家庭": "家里"}
_ASIDE_ZH = re.compile(
    r"^\s*(?P<place>[\u4e00-\u9fff]{1,8}?)\s*[（(]\s*(?:就是|即|是)?(?:我们?的?|咱们?的?)?(?P<label>公司|办公室|单位|家里|家庭|家)"
    r"的?地址\s*[）)]\s*[：:，,]?\s*")
# An aside naming someone else's address, not right after a saved one ('to office (our agent's address)' says no more):
# "(my sister's address)", '（我妈家地址）'.
_OTHERS_ASIDE = re.compile(
    r"\(\s*(?:that'?s |it'?s |which is )?(?:my |our |the )?[a-z]+(?:'s|s') (?:home |house |flat )?"
    r"address\s*\)"
    r"|(?<![公司家里室位])\s*[（(](?P<zh>[^）)]{1,8}?)的?地址\s*[）)]", re.IGNORECASE)
_AFTER_LABEL = re.compile(r"\b(?:office|work|(?:to|at) (?:my |the )?home)\s*$", re.IGNORECASE)
# A place that is a person's or one nobody lives at: 'my neighbour's flat', 'the hotel' (not 'the tailor's shop').
_PERSONS = re.compile(r"\b(?:his|her|their|your)\b|\b(?:neighbou?rs?|friends?|sister|brother|mum|mom|mother|dad|father|parents?"
                      r"|aunt|auntie|uncle|cousin|gran|granny|grandma|grandpa|boss|landlord|landlady|colleague|ex|girlfriend"
                      r"|boyfriend|in-laws?|client|customer|tenant|flatmate|roommate|son|daughter|wife|husband|partner)(?:'s|s')?\b",
                      re.IGNORECASE)


def _others_place(place: str) -> bool:
    return bool(_PERSONS.search(place) or dp._NOT_OWN_EN.search(place))


def moved_last(text: str) -> str:
    """``text`` with a place said to be a saved address in an aside said as that saved address, last."""
    if (en := _ASIDE_EN.match(text)) is not None:
        label = (en.group("label") or en.group("label2")).lower()
        return text[en.end():].rstrip(" .") + (" to the office" if label == "office" else " to my home")
    if (zh := _ASIDE_ZH.match(text)) is not None:
        rest, label = text[zh.end():].rstrip("。"), _ZH_LABELS[zh.group("label")]
        return rest if re.search(f"送(?:到|去)?{label[0]}", rest) else rest + "，送" + label
    if (which := _WHICH_IS.search(text)) is not None:
        before = re.sub(r"\b(?:to|at) (?:the|our|my) [\w' -]{1,30}$", "", text[: which.start()]).rstrip(" ,")
        label = which.group("label").lower()
        return before + (" to the office" if label == "office" else " to my home") + text[which.end():]
    return text


def question(text: str) -> tuple[str, str] | None:
    """'funeral home (my sister's address): …': a saved address the shopper does not have; asked."""
    en, zh = _ASIDE_EN.match(text), _ASIDE_ZH.match(text)
    others = next((m for m in _OTHERS_ASIDE.finditer(text) if (dp._OTHERS_ZH.search(m.group("zh")) if m.group("zh")
                                                                else not _AFTER_LABEL.search(text[: m.start()]))), None)
    if others and not (en or zh) or en and _others_place(en.group("place")) \
            or zh and dp._others_zh(zh.group("place")):  # 'the hotel (my home address)', '邻居家（公司地址）'
        return ("I can only deliver to one of your saved addresses; which one should it go to?", "address_label")
    return None
