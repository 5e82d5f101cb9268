"""What a search text says that only the catalogue can settle: whether "running shoes 43" names a size or a
count, and whether "512g" of a product is its weight or its storage. Each reading probes the full-text index
once, only when the text holds such a number."""

from __future__ import annotations

from sqlalchemy import Connection, text

from errand.sandbox.merchant.query import ParsedQuery, term_expression


def fts_has(conn: Connection, match: str) -> bool:
    """Whether any product matches the full-text expression ``match`` (quoted terms only: no user syntax)."""
    return conn.execute(text("SELECT 1 FROM product_fts WHERE product_fts MATCH :m LIMIT 1"),
                        {"m": match}).fetchone() is not None


def read_by_catalogue(conn: Connection, parsed: ParsedQuery) -> None:
    """Every reading below, in order."""
    read_trailing_number(conn, parsed)
    read_gram_as_gigabyte(conn, parsed)


_NUMBERED_SIZES = " OR ".join(f"xsize{digit}*" for digit in range(10))


def read_trailing_number(conn: Connection, parsed: ParsedQuery) -> None:
    """A bare number after the product's words is its size when products of that kind come in numbered sizes
    ("running shoes 43" is size 43, and a shoe without it is only close); otherwise it is a count, which the
    errand carries apart ("AA batteries 10": their sizes are AA, AAA)."""
    number = parsed.trailing_number
    if number is None or "size" in parsed.attributes or not parsed.terms:
        return
    if _kind_has(conn, parsed, _NUMBERED_SIZES):
        parsed.attributes["size"] = number


def _kind_has(conn: Connection, parsed: ParsedQuery, tokens: str) -> bool:
    kind = " AND ".join(term_expression(term) for term in parsed.terms)
    return fts_has(conn, f"{kind} AND ({tokens})")


def read_gram_as_gigabyte(conn: Connection, parsed: ParsedQuery) -> None:
    """"512g" of a kind of product that is sold by storage and never by weight is 512 GB ("512g固态硬盘")."""
    weight = parsed.attributes.get("weight")
    if weight is None or "storage" in parsed.attributes or not parsed.terms:
        return
    if not _kind_has(conn, parsed, "xweigh*") and _kind_has(conn, parsed, "xstora*"):
        del parsed.attributes["weight"]
        parsed.attributes["storage"] = weight.removesuffix("g") + "gb"
        parsed.corrected[weight] = parsed.attributes["storage"]


__all__ = ["fts_has", "read_by_catalogue", "read_gram_as_gigabyte", "read_trailing_number"]
