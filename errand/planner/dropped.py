"""What a reader may drop from a message before it reads the request: a story before 'anyway', a Chinese ramble
before '你帮我买', a reason after the request. Words are dropped only when they name nothing an errand must hear:
no goods or purpose the planner refuses or the screen asks about (harm, an instruction or a role given to the
system, a setting or cap changed, another person's card, money or records, a parcel for someone else). Every
reader that drops text asks this one question of it, so a rule added to the screen guards the dropped words too.
"""

from __future__ import annotations

from . import screen as sc
from .scope import refusal, restricted


def must_hear(words: str) -> bool:
    """``words`` hold something the safety checks would ask about, so they may not be dropped."""
    return refusal(words) is not None or sc.alarming(words)


def reason_must_stay(words: str) -> bool:
    """A reason or an apology said after the request ('because money's tight', 'sorry for the essay') stays when it
    names refused goods or anything the screen asks about; a word for another chore in it ('essay') asks nothing."""
    return restricted(words) or sc.alarming(words)
