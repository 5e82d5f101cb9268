"""The policy document and the merchant agree: every rule the merchant refuses by is written in
docs/after-sales-policy.md under its id, and both name the same version."""

from __future__ import annotations

import re
from pathlib import Path

from errand.sandbox.aftersales import POLICY_VERSION, RULES

POLICY = Path(__file__).resolve().parents[2] / "docs" / "after-sales-policy.md"


def test_every_rule_is_written_in_the_policy_under_its_id() -> None:
    text = POLICY.read_text(encoding="utf-8")
    written = set(re.findall(r"`([a-z_]+\.[a-z_]+)`", text))
    assert set(RULES) <= written, sorted(set(RULES) - written)
    # and the document names no rule the merchant does not know (but the agent's own hand-over)
    assert written - set(RULES) <= {"scope.person"}, sorted(written - set(RULES) - {"scope.person"})


def test_the_versions_match() -> None:
    assert re.search(rf"^Version: {re.escape(POLICY_VERSION)}$", POLICY.read_text(encoding="utf-8"), re.MULTILINE)
