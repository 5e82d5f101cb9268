"""A household product's word typed with two letters swapped or a doubled letter typed once, written as the word:
'shwoer curtians' → 'shower curtains', 'bath towles' → 'bath towels', 'kitchen scisors' → 'kitchen scissors'.

Only a word of five letters or more that is no word of the table below is mended, and only into one of them, by one
swap of two neighbouring letters or one doubled letter; a plural's 's' or 'es' is kept. Nothing else is changed, so a
brand or a word the table does not know is searched as it was typed.
"""

from __future__ import annotations

import re

_GOODS = frozenset(re.findall(r"[a-z]+", """
adapter alarm apron backpack bandage basket bathmat battery beaker bedding bedsheet blanket blender blind bolster
bottle bowl bracket broom brush bucket bulb cable candle canister carpet casserole chair charger chisel cleaner
clipboard clock coaster colander container cooker cooler cord cotton cupboard curtain cushion cutlery cutter
diffuser dishcloth doormat drawer drill duster duvet earphone earplug envelope eraser extension fabric faucet filter
flask folder footstool freezer funnel garden glove goggle grater grinder hairbrush hairdryer hammer hamper handle
hanger headphone heater helmet holder hoover jacket kettle keyboard kitchen knife ladder ladle lamp lantern laptop
laundry lighter liner lotion marker mattress microwave mirror mitten monitor mouse napkin necklace notebook organiser
organizer ottoman oven padlock paintbrush pan pencil pillow pillowcase pitcher planter plaster plate pliers plunger
pocket polish printer protector purifier radiator rucksack ruler sandal saucepan scale scarf scissors scooter screen
screwdriver serum shampoo shaver sheet shelf shoe shower skillet slipper soap sock socket spatula speaker sponge
spoon sprayer stapler steamer sticker stool storage strainer strap sweater switch table tablet teapot thermometer
thermos tissue toaster toilet toothbrush toothpaste torch towel tracing trainer tray trimmer trolley trouser tumbler
umbrella vacuum vase wallet wardrobe washer whisk window wiper wrench yoga zipper
"""))
_WORD = re.compile(r"(?<![\w'-])(?P<word>[a-z]{5,})(?![\w'-])")


def _stem(word: str) -> str | None:
    """The table's word ``word`` is, itself or with a plural's 's' or 'es'."""
    for stem in (word, word[:-2] if word.endswith("es") else "", word[:-1] if word.endswith("s") else ""):
        if stem in _GOODS:
            return stem
    return None


def _mend(word: str) -> str:
    if _stem(word) is not None:
        return word
    for at in range(len(word) - 1):  # the swap inside the word's stem: 'mousse' is no 'mouses'
        swapped = word[:at] + word[at + 1] + word[at] + word[at + 2:]
        stem = _stem(swapped)
        if word[at] != word[at + 1] and stem is not None and at + 1 < len(stem):
            return swapped
    for at in range(1, len(word)):
        doubled = word[:at] + word[at - 1] + word[at:]
        stem = _stem(doubled)
        if stem is not None and at < len(stem):
            return doubled
    return word


def plain(text: str) -> str:
    """``text`` with the household words typed with a swap or a lost double letter mended."""
    return _WORD.sub(lambda m: _mend(m.group("word")), text)
