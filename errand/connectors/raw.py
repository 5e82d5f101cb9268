"""A whole HTTP answer as the connectors see it: read in full before the connection goes back to the pool.

Its own module so ``errors`` (which reads answers) and ``_http`` (which makes them) both depend on it and not
on each other.
"""

from __future__ import annotations

import json as jsonlib
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class RawResponse:
    """A whole HTTP answer, read before the connection went back to the pool."""

    status: int
    body: bytes
    content_type: str

    def json(self) -> Any:
        return jsonlib.loads(self.body)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")
