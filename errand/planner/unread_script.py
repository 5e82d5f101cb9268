"""Words in a script the planner does not read. The planner reads English and Chinese (simplified, traditional,
Cantonese); every safety check it has is written in those. Words in Cyrillic, Japanese kana, Hangul, Arabic, Hebrew,
an Indian script, Thai, Greek, Mongolian or any other script it has no reader for may say what the goods are for, whom they are
for, where they go or that an order is called off, and no check can hear them: a reader would either keep them in the
product's name or drop them as a greeting it cannot recognise. So a message holding them becomes a question asking
for the errand in English or Chinese, before any reader runs.

What is not words stays readable: a Japanese product name in katakana (ユニクロのヒートテック, with の between names), a
single letter used as a symbol or unit (10μF, 100Ω, α-lipoic), kaomoji built from stray letters ((´-ω-`),
(๑•̀ㅂ•́)و✧). The line is two letters of unread script in words: a word of them has two, or two one-letter ones.
"""

from __future__ import annotations

import unicodedata

QUESTION = ("I can read English and Chinese, but part of your message is in a language I can't read ({words}). Could "
            "you say the whole errand in English or Chinese?")

# Blocks of letters the planner has no reader for (katakana, used for product names, is read as a name).
_UNREAD = ((0x0370, 0x03FF), (0x0400, 0x052F), (0x0530, 0x058F), (0x0590, 0x05FF), (0x0600, 0x06FF),
           (0x0700, 0x08FF), (0x0900, 0x0DFF), (0x0E00, 0x0EFF), (0x0F00, 0x0FFF), (0x1000, 0x109F),
           (0x10A0, 0x10FF), (0x1100, 0x11FF), (0x1200, 0x139F), (0x1780, 0x17FF), (0x1800, 0x18AF),
           (0x1F00, 0x1FFF),
           (0x2D30, 0x2D7F), (0x3040, 0x309F), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7AF),
           (0xD7B0, 0xD7FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))
_NAME_PARTICLE = "の"  # 'ユニクロのヒートテック': the possessive between katakana or Chinese names


def _unread(char: str) -> bool:
    if char == _NAME_PARTICLE or not unicodedata.category(char).startswith("L"):
        return False
    point = ord(char)
    return any(low <= point <= high for low, high in _UNREAD)


def unread_words(sentence: str) -> list[str]:
    """The words in ``sentence`` written in a script the planner does not read, in order. A lone letter counts only
    inside a word (next to another letter, as Japanese particles and endings stand: を, う); one among symbols is a
    kaomoji's eye or mouth (ಠ_ಠ, (ง •̀_•́)ง)."""
    runs: list[tuple[int, int]] = []
    start = None
    for at, char in enumerate(sentence):
        if _unread(char) or (start is not None and unicodedata.category(char).startswith("M")):
            start = at if start is None else start  # combining marks (vowel signs, tones) belong to their letter
            continue
        if start is not None:
            runs.append((start, at))
        start = None
    if start is not None:
        runs.append((start, len(sentence)))

    def in_a_word(start: int, end: int) -> bool:
        before = sentence[start - 1] if start else ""
        after = sentence[end] if end < len(sentence) else ""
        return any(unicodedata.category(c).startswith("L") for c in (before, after) if c)

    return [sentence[start:end] for start, end in runs if end - start > 1 or in_a_word(start, end)]


def question(sentence: str) -> tuple[str, str] | None:
    """A question when ``sentence`` holds words in a script the planner does not read; None otherwise."""
    runs = unread_words(sentence)
    if sum(len(run) for run in runs) < 2:
        return None
    shown = " ".join(runs)
    return QUESTION.format(words=shown if len(shown) <= 40 else shown[:40] + "…"), "intent"
