"""`approve` in `errand chat`: which errand it signs for."""

from __future__ import annotations

from errand.cli.cmd_chat import decision_target


def test_approve_names_the_errand_when_more_than_one_quote_is_open() -> None:
    assert decision_target(["approve"], ["buy-alice-1"]) == ("buy-alice-1", "")
    target, why_not = decision_target(["approve"], ["buy-alice-1", "bulk-alice-2"])
    assert target is None and "2 quotes are open" in why_not and "approve <errand>" in why_not
    assert decision_target(["approve", "bulk-alice-2"], ["buy-alice-1", "bulk-alice-2"]) == ("bulk-alice-2", "")
    assert decision_target(["reject"], []) == (None, "nothing is awaiting your approval")
