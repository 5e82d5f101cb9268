"""Spelling in catalogue searches: words the index has never seen read as the nearest ones it has.

Reads the catalogue's vocabulary (``meta`` key ``search:vocabulary``, written when the catalogue is seeded) and
probes the full-text index (``product_fts``) for a word before correcting it. An English word the catalogue
lacks is first read in its dictionary form (``lemminflect``'s bundled lexicon: "mice" -> mouse); a real English
word is never "corrected" into another one ("hair dryer" is not an "air fryer": it is something the
catalogue does not sell, and the search says so).
"""

from __future__ import annotations

import difflib
import functools
import json

from sqlalchemy import Connection, text

from errand.sandbox.merchant.query import ParsedQuery, term_expression
from errand.sandbox.merchant.readings import fts_has

_VOCABULARIES: dict[str, frozenset[str]] = {}


def _vocabulary(conn: Connection) -> frozenset[str]:
    # Written once when the catalogue is seeded; read once per database and process.
    key = str(conn.engine.url)
    if key not in _VOCABULARIES:
        row = conn.execute(text("SELECT value FROM meta WHERE key = 'search:vocabulary'")).fetchone()
        _VOCABULARIES[key] = frozenset(json.loads(row[0])) if row is not None else frozenset()
    return _VOCABULARIES[key]


def correct_spelling(conn: Connection, parsed: ParsedQuery) -> None:
    """Read words the index has never seen as the nearest it has, recording each reading in the query.

    Two words that the catalogue writes as one are joined ("ear buds" -> "earbuds"); a word that matches
    no product at all is read in its dictionary form when that form matches ("mice" -> mouse); an English
    word that still matches nothing is left as typed (the search then says what it lacks); any other word is
    split into two catalogue words ("powerbank"), else replaced by the closest one of the same length
    roughly ("blutooth" -> "bluetooth"). Words under four letters and Chinese are left as typed.
    """
    vocabulary = _vocabulary(conn)
    if not vocabulary:
        return
    terms: list[str] = []
    for term in parsed.terms:
        if terms and term.isascii() and terms[-1].isascii() and terms[-1] + term in vocabulary:
            parsed.corrected[f"{terms[-1]} {term}"] = terms[-1] + term
            terms[-1] += term
        else:
            terms.append(term)
    read: list[str] = []
    for term in terms:
        if len(term) < 4 or not term.isascii() or not term.isalpha() or term in vocabulary or _matches(conn, term):
            read.append(term)
            continue
        lemmas = _lemmas(term)
        lemma = next((form for form in lemmas if form != term and _matches(conn, form)), None)
        if lemma is not None:
            parsed.corrected[term] = lemma
            read.append(lemma)
            continue
        if lemmas:  # a word of the language, just not one this catalogue uses: not a typo of one it does
            read.append(term)
            continue
        halves = next(((term[:k], term[k:]) for k in range(3, len(term) - 2)
                       if term[:k] in vocabulary and term[k:] in vocabulary), None)
        close = list(halves) if halves else difflib.get_close_matches(term, vocabulary, n=1, cutoff=0.8)
        if close:
            parsed.corrected[term] = " ".join(close)
        read += close or [term]
    parsed.terms = list(dict.fromkeys(read))


def _matches(conn: Connection, term: str) -> bool:
    return fts_has(conn, term_expression(term))


@functools.lru_cache(maxsize=4096)
def _lemmas(word: str) -> tuple[str, ...]:
    """The dictionary forms of an English word (nouns first); empty when the word is not in the lexicon."""
    import lemminflect  # type: ignore[import-untyped]  # loaded on the first unknown word (~0.3 s, once)

    found = lemminflect.getAllLemmas(word)
    return tuple(dict.fromkeys(form for pos in ("NOUN", "ADJ", "VERB", "ADV", "PROPN") for form in found.get(pos, ())))


__all__ = ["correct_spelling"]
