"""A small learned span chooser: which words of a purchase or price-watch sentence are the product query.

Every contiguous span of the planner's text (English words, Chinese jieba words; never across punctuation) and
every part of the rules' query is scored by a logistic regression over sparse features: the span's words, its
first and last word and head's last characters, the words just outside it, its length and place, how it stands
to the rules' query, a count or a verb of buying before it. ``better`` gives the top span when it differs from
the rules' query, reaches ``threshold`` and is within ``reach`` (both chosen from leave-one-set-out figures).
Weights: ``data/span_model.json`` by ``scripts/train_span_model.py`` (no scikit-learn here). The offline
planner calls ``refine`` on the plan its rules made once the vetting and the gate passed it, and the new plan must
pass them again (else the rules' plan stands), so the final query passes the same checks; ``ERRAND_SPAN_MODEL=off`` turns it off (``ENABLED``).

What it may do: change the query of a purchase or a price watch the rules already decided on, never the kind; to
a span inside the rules' query or in the clause they read it from; keeping every word of the rules' query that
says a model, size, capacity or what it fits (``kept``); in the query's own script; and never to words the
planner's refusals would stop.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from errand.domain.intents import BuyAction, Plan, PlannedAction, PriceWatchIntent

from . import watch_forms as wf
from .scope import refusal

ENABLED = os.environ.get("ERRAND_SPAN_MODEL", "on").strip().casefold() not in ("off", "0", "false", "no")

MODEL_PATH = Path(__file__).with_name("data") / "span_model.json"
THRESHOLD, REACH = 0.5, "clause"  # when the JSON names none (reach "anywhere": a span from any clause)
_UNIT = re.compile(r"^(?:k?g|mg|kgs|ml|l|cl|oz|lbs?|mah|wh?|kw|v|hz|gb|tb|mb|mm|cm|m|in|inch(?:es)?|ft|\"|'|mp|x"
                   r"|毫升|升|克|千克|公斤|斤|两|毫安|毫安时|寸|英寸|瓦|伏|米|厘米|毫米|码|号|匹|档|核|位)$", re.IGNORECASE)
_FITS = re.compile(r"^(?:for|fits?|fitting|compatible|with)$", re.IGNORECASE)
# Colours said of the product: an attribute the shopper chose and the search ranks by, kept like a size.
_COLOUR = re.compile(r"(?:white|black|red|blue|green|gr[ae]y|pink|purple|yellow|orange|brown|beige|navy|silver|gold"
                     r"|cream|khaki|ivory|teal|turquoise|lavender|lilac|violet|indigo|maroon|burgundy|olive|coral"
                     r"|charcoal|magenta|cyan|mint|mustard|[白黑红蓝绿灰粉紫黄橙棕米金银]色)$", re.IGNORECASE)
MAX_WORDS = 8  # words in a span (jieba's words in Chinese)

_CJK = re.compile(r"[\u3400-\u9fff]")
_PUNCT = set("，。！？；：、,.!?;:…~～（）()「」“”\"|/") | {"——", "--"}
_MARKS = " ,.!?，。！？、"
_FILLER = {"a", "an", "the", "of", "some", "my", "for", "please"}
_EDGE = "\"'“”‘’()[]（）【】<>《》"
_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万俩仨半几]+[个只件双对包袋盒瓶箱罐桶斤支条台副本张块套把根卷片打枚]?"
                     r"|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|couple|pair|few|some)$")
_VERB = re.compile(r"^(?:buy|get|order|grab|need|want|pick|purchase|watch|track|买|要|来|购买|下单|整|带|拿|订|盯|关注|需要)$")


@dataclass(frozen=True)
class Span:
    text: str
    start: int  # token index in the sentence, -1 when the span is not in it (the rules' own words)
    end: int


def key(text: str) -> str:
    """Text compared loosely: case, spacing and (in Chinese) punctuation set aside."""
    text = " ".join(text.casefold().split())
    return re.sub(r"[\s，。、,.!！?？]+", "", text) if _CJK.search(text) else text


def tokens(text: str) -> list[str]:
    """English: words with edge punctuation split off; Chinese (any CJK): jieba's words, no spaces."""
    if _CJK.search(text):
        import jieba  # type: ignore[import-untyped]  # loaded only for Chinese text (~1 s the first time)

        jieba.setLogLevel(30)  # warnings only
        return [t for t in jieba.cut(text, HMM=False) if t.strip()]
    found: list[str] = []
    for raw in text.split():
        core = raw.strip(_EDGE)
        tail = re.search(r"[,.!?;:…]+$", core)
        split = tail and not re.search(r"\d[.,]\d*$", core[:tail.start() + 1])
        found += [t for t in ((core[:tail.start()], tail.group()) if tail and split else (core,)) if t]
    return found


def join(words: list[str]) -> str:
    """Words as one phrase: spaced in English, run together in Chinese (but 'Anker 充电宝' keeps 'Anker' apart)."""
    if not any(_CJK.search(w) for w in words):
        return " ".join(words)
    out = ""
    for word in words:
        out += (" " if re.search(r"[A-Za-z0-9]$", out) and re.match(r"[A-Za-z0-9]", word) else "") + word
    return out


def candidates(text: str, rules: str | None) -> tuple[list[str], list[Span]]:
    """The sentence's words and every span worth scoring: the text's, then the rules' query's own parts."""
    words = tokens(text)
    seen: dict[str, Span] = {}
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + MAX_WORDS) + 1):
            if words[j - 1] in _PUNCT:
                break
            seen.setdefault(key(join(words[i:j])), Span(join(words[i:j]), i, j))
    if rules:
        parts = tokens(rules)
        for i in range(len(parts)):
            for j in range(i + 1, len(parts) + 1):
                seen.setdefault(key(join(parts[i:j])), Span(join(parts[i:j]), -1, -1))
    return words, list(seen.values())


def _word(word: str) -> str:
    return re.sub(r"\d", "0", word.casefold())


def features(words: list[str], span: Span, rules: str | None) -> list[str]:
    """The span's features, as the trainer counts them (binary)."""
    own = (tokens(span.text) if span.start < 0 else words[span.start:span.end]) or [span.text or "?"]
    low = [_word(w) for w in own]
    found = [f"w:{w}" for w in low] + [f"first:{low[0]}", f"last:{low[-1]}", f"len:{min(len(own), 9)}"]
    found += [f"h1:{own[-1][-1:]}", f"h2:{own[-1][-2:]}"] if _CJK.search(own[-1]) else [f"h3:{low[-1][-3:]}"]
    if span.start < 0:
        found.append("ctx:none")
    else:
        before = [_word(w) for w in words[max(0, span.start - 2):span.start]]
        after = [_word(w) for w in words[span.end:span.end + 2]]
        prev, nxt = (before or ["<s>"])[-1], (after or ["</s>"])[0]
        found += [f"prev:{prev}", f"next:{nxt}", f"pf:{prev}|{low[0]}", f"ln:{low[-1]}|{nxt}",
                  f"pos:{min(3, 4 * span.start // max(1, len(words)))}"]
        found += [f"prev2:{before[0]}"] if len(before) == 2 else []
        found += ["clause_start"] * (prev == "<s>" or prev in _PUNCT) + ["clause_end"] * (nxt == "</s>" or nxt in _PUNCT)
        found += ["prev_count"] * bool(_NUMBER.match(prev)) + ["prev_verb"] * any(_VERB.match(w) for w in before)
    found += ["first_count"] * bool(_NUMBER.match(low[0])) + ["has_digit"] * any(c.isdigit() for c in span.text)
    return [*found, f"r:{(relation := _relation(span.text, rules))}", f"r:{relation}|len:{min(len(own), 4)}"]


def _relation(text: str, rules: str | None) -> str:
    mine, theirs = key(text), key(rules or "")
    if not rules or mine == theirs:
        return "eq" if rules else "none"
    if mine in theirs or theirs in mine:
        return "in" if mine in theirs else "has"
    return "overlap" if set(mine.split()) & set(theirs.split()) else "apart"


@lru_cache(maxsize=1)
def model() -> dict[str, Any] | None:
    return json.loads(MODEL_PATH.read_text(encoding="utf-8")) if MODEL_PATH.is_file() else None


def digest(chosen: dict[str, Any]) -> str:
    """The SHA-256 of a model's content (all but its own digest), as the trainer records it."""
    import hashlib

    body = json.dumps({k: v for k, v in chosen.items() if k != "sha256"}, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def probability(found: list[str], chosen: dict[str, Any]) -> float:
    score = chosen["intercept"] + sum(chosen["weights"].get(name, 0.0) for name in set(found))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))


def ranked(text: str, rules: str | None, weights: dict[str, Any] | None = None) -> list[tuple[float, Span]]:
    """Every candidate span with its probability of being the product query, best first."""
    if (chosen := weights or model()) is None:
        return []
    words, spans = candidates(text, rules)
    return sorted(((probability(features(words, s, rules), chosen), s) for s in spans),
                  key=lambda pair: (-pair[0], pair[1].start))


def _clause(words: list[str], rules: str) -> tuple[int, int] | None:
    """The token range of the clause (between punctuation) holding the rules' query, when it is in the text."""
    found = next(((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
                  if key(join(words[i:j])) == key(rules)), None)
    if found is None:
        return None
    return (max([k + 1 for k in range(found[0]) if words[k] in _PUNCT], default=0),
            min([k for k in range(found[1], len(words)) if words[k] in _PUNCT], default=len(words)))


def choice(text: str, rules: str, weights: dict[str, Any] | None = None,
           reach: str | None = None, protect: bool = True) -> tuple[float, str] | None:
    """The model's top span and its probability when it differs from the rules' query and is within reach:
    ``anywhere`` in the text, or (``clause``) inside the rules' query or in the clause they read it from."""
    if not (scored := ranked(text, rules, weights)):
        return None
    best, span = scored[0]
    if key(span.text) == key(rules):
        return None
    if protect and not kept(rules, span.text):
        return None
    if key(span.text) in key(rules) or (reach or (weights or model() or {}).get("reach", REACH)) == "anywhere":
        return best, span.text
    clause = _clause(tokens(text), rules)
    return (best, span.text) if clause and span.start >= clause[0] and span.end <= clause[1] else None


def protected(rules: str) -> set[str]:
    """The words of the rules' query that say which model, size, capacity or fit (casefolded): a word with a
    digit ('20000mAh', 'S24', '2kg'), a number with its unit after it ('2 kg', '500 毫升') or after a word with a
    capital ('Air Max 90', 'Pixel 9'), the words with a capital
    or a digit after 'for' ('for Samsung Galaxy S24', 'for iPhone 16'), a colour ('white', '红色') and a Latin word inside a Chinese
    query ('Anker')."""
    words = tokens(rules)
    chinese = bool(_CJK.search(rules))
    found: set[str] = set()
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if any(c.isdigit() for c in word) and (not word.isdigit() or _UNIT.match(nxt)):
            found |= {word, nxt} if word.isdigit() else {word}
        if word.isdigit() and i and any(c.isupper() for c in words[i - 1]):  # a model number: 'Air Max 90'
            found |= {words[i - 1], word}
        if chinese and re.search(r"[A-Za-z]", word) or _COLOUR.match(word):
            found.add(word)
    for i, word in enumerate(words):
        if _FITS.match(word) and not chinese:
            for later in words[i + 1:]:
                if later.casefold() in ("the", "a", "an", "my", "with"):
                    continue
                if not (any(c.isupper() for c in later) or any(c.isdigit() for c in later)):
                    break
                found.add(later)
    return {w.casefold() for w in found if w.strip()}


def kept(rules: str, span: str) -> bool:
    """The span keeps the rules' protected words and script (an English query stays English, a Chinese one
    Chinese)."""
    if bool(_CJK.search(rules)) != bool(_CJK.search(span)) or not wf.keeps_brand(rules, span):
        return False  # '两面针牙膏' is not '针牙膏'
    have = {w.casefold() for w in tokens(span)}
    return protected(rules) <= have or protected(rules) <= {key(w) for w in have} or all(
        w in key(span) for w in protected(rules))


def better(text: str, rules: str, weights: dict[str, Any] | None = None, threshold: float | None = None) -> str | None:
    """The span to replace the rules' query with (see the module's docstring), else None."""
    chosen = weights or model()
    found = choice(text, rules, chosen, "clause") if chosen else None  # never another clause, whatever the JSON says
    floor = threshold if threshold is not None else (chosen or {}).get("threshold", THRESHOLD)
    if not found or found[0] < floor or not kept(rules, query := _tidy(found[1])):
        return None
    return query if refusal(query) is None else None


def _tidy(text: str) -> str:
    """Edge marks and (English) filler words off, which the judge ignores too: 'Of gel pens,' -> 'gel pens'."""
    words = text.strip(_MARKS).split()
    while not _CJK.search(text) and len(words) > 1 and {words[0].casefold(), words[-1].casefold()} & _FILLER:
        del words[0 if words[0].casefold() in _FILLER else -1]
    return " ".join(words).strip(_MARKS) or text


def refine(text: str, plan: Plan, check: Callable[[Plan], Plan]) -> Plan:
    """The planner's hook, after its checks passed ``plan``: its purchase's or watch's query replaced where the model
    says so, when ``check`` (the same vetting and gate) passes the new plan as the same kind; else ``plan``."""
    if not ENABLED or (action := replaced(plan.action, text)) is plan.action:
        return plan
    checked = check(Plan(action=action))
    return checked if checked.action.kind == plan.action.kind else plan


def replaced(action: PlannedAction, text: str) -> PlannedAction:
    """``action`` with its query replaced by the model's span of ``text`` when it is a purchase or a watch."""
    if not isinstance(action, BuyAction | PriceWatchIntent):
        return action
    rules = action.intent.query if isinstance(action, BuyAction) else action.query
    if not rules or (query := better(text, rules)) is None:
        return action
    if isinstance(action, BuyAction):
        return action.model_copy(update={"intent": action.intent.model_copy(update={"query": query})})
    return action.model_copy(update={"query": query})
