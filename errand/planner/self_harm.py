"""Harm to oneself said as an intention, in any verb of hurting: "I'm going to hurt myself tonight", 'gonna cut
myself', 'I want to burn myself', 'about to poison myself', "I'll end myself", 我要伤害自己, 今晚就割自己. The phrases despair_said lists are
the ones people use most; this reads the shape instead: a word of intent (going to, gonna, will, 'll, want to,
wanna, about to, planning to, need to), a verb whose lemma is one of the verbs of hurting the harm readers use
(leftover_harm's, by lemminflect), and 'myself' as its object. A past accident ('I hurt myself at the gym, buy an
ice pack') and a verb with something given after 'myself' ('going to cut myself a slice of cake', 'treat myself to')
say no such thing.
"""

from __future__ import annotations

import re

import lemminflect  # type: ignore[import-untyped]

_HURTING = frozenset((
    "hurt", "harm", "injure", "wound", "kill", "murder", "stab", "slash", "cut", "slit", "burn", "scald", "poison",
    "drown", "hang", "strangle", "choke", "suffocate", "smother", "starve", "overdose", "shoot", "electrocute",
    "destroy", "end", "punish", "beat", "hit", "bleed", "scar", "mutilate", "bruise", "break", "jump", "drug", "sedate"))
_INTENT = (r"(?:(?:am|'m|im|i\s+am)\s+)?(?:going\s+to|gonna|will|'ll|shall|want\s+to|wanna|about\s+to|planning\s+to"
           r"|plan\s+to|need\s+to|have\s+to|tonight\s+i(?:'ll|\s+will)?|i\s+might|might|may)")
_SHAPE = re.compile(rf"\b{_INTENT}\s+(?:just\s+|finally\s+|really\s+|probably\s+|go\s+(?:and\s+)?)?(?P<verb>[a-z]+)\s+myself\b"
                    r"(?!\s+(?:a|an|some|to|with|another|one|the)\b)", re.IGNORECASE)


def _hurting(word: str) -> bool:
    lemmas = lemminflect.getAllLemmas(word.lower(), upos="VERB").get("VERB", ())
    return any(lemma in _HURTING for lemma in lemmas) or word.lower() in _HURTING


# Chinese: intent, then a verb of hurting with 自己 as its object (我要伤害自己, 今晚就割自己); not a warning against it
# (别伤到自己, 以免伤到自己, 防止割到自己).
_ZH_SHAPE = re.compile(r"(?<!别)(?<!不要)(?<!以免)(?<!免得)(?<!防止)(?<!避免)(?<!小心)(?<!怕)(?:要|想|会|准备|打算|今晚|今天|马上|就)"
                       r"[^，。！？,.!?]{0,3}?(?:伤害|伤|割|杀|弄死|了结|结束|毒死|毒|烧|刺|捅|打|惩罚|饿死|淹死|吊死|勒死|划)"
                       r"(?:掉|死|伤|破|了)?自己")


def intends(text: str) -> bool:
    """The text says the shopper means to hurt themselves."""
    return bool(_ZH_SHAPE.search(text)) or any(_hurting(match.group("verb")) for match in _SHAPE.finditer(text))
