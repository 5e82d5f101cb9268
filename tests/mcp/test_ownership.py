"""Which shopper an errand id names: the MCP server shows and lists only its own shopper's errands."""

from __future__ import annotations

from errand.mcp_server import owner_of


def test_the_shopper_is_read_from_the_errand_id() -> None:
    assert owner_of("buy-alice-1a2b3c4d") == "alice"
    assert owner_of("resched-mary-jane-1a2b3c4d") == "mary-jane"  # shopper ids may hold hyphens
    assert owner_of("watch-alice-bob-1a2b3c4d") != "alice"  # not a prefix match
    for not_an_errand in ("buy-alice", "alice", "buy--1a2b3c4d", "-alice-1a2b3c4d", ""):
        assert owner_of(not_an_errand) is None
