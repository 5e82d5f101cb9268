"""The bulk plan rule and the bulk sentence reader."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from errand.domain.bulk import BranchOffer, plan_bulk_order, shortfall_reason
from errand.domain.bulk_sentence import SHANGHAI, BulkSentenceNotUnderstood, parse_bulk_sentence

MORNING = datetime(2026, 11, 20, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai


def _offer(branch: str, km: float, available: int) -> BranchOffer:
    return BranchOffer(branch_id=branch, chain_id="chagee", chain="Chagee", name=f"Chagee {branch}", distance_km=km,
                       item_id="chagee:brown-sugar-milk-tea", item_name="Brown Sugar Boba Milk Tea", unit_price=1800,
                       available=available)


def test_nearest_branch_that_can_make_everything_wins() -> None:
    plan = plan_bulk_order([_offer("far", 3.0, 80), _offer("near", 1.0, 10), _offer("mid", 2.0, 50)], 40)
    assert plan is not None and not plan.split
    assert [a.branch_id for a in plan.allocations] == ["mid"]
    assert "nearer Chagee near (10) cannot make them all" in plan.reason


def test_split_takes_the_nearest_branches_and_says_why() -> None:
    plan = plan_bulk_order([_offer("a", 1.0, 25), _offer("b", 2.0, 10), _offer("c", 3.0, 30)], 40)
    assert plan is not None and plan.split
    assert [(a.branch_id, a.quantity) for a in plan.allocations] == [("a", 25), ("b", 10), ("c", 5)]
    assert plan.reason.startswith("no single branch can make 40 cups")


def test_no_plan_when_the_nearest_branches_cannot_cover_it() -> None:
    offers = [_offer(str(i), float(i), 10) for i in range(6)]
    assert plan_bulk_order(offers, 45) is None
    assert "can make only 40 of 45" in shortfall_reason(offers, 45, None)


def test_reads_the_bubble_tea_sentence() -> None:
    intent = parse_bulk_sentence("forty cups of brown-sugar milk tea, half sugar, from the nearest Chagee to the "
                                 "office at 15:00", "alice", MORNING)
    assert (intent.quantity, intent.item, intent.chain, intent.address_label) == (
        40, "brown-sugar milk tea", "chagee", "office")
    assert intent.options.sugar == "half"
    assert intent.deliver_by == datetime(2026, 11, 20, 15, 0, tzinfo=SHANGHAI)


@pytest.mark.parametrize("said,hour", [("at three", 15), ("at 3pm", 15), ("by 11am", 11), ("at 17:30", 17)])
def test_times_are_shanghai_afternoons_unless_said(said: str, hour: int) -> None:
    intent = parse_bulk_sentence(f"twelve cups of jasmine milk tea {said}", "alice", MORNING)
    assert intent.deliver_by is not None and intent.deliver_by.hour == hour


def test_options_tomorrow_home_and_cap() -> None:
    intent = parse_bulk_sentence("25 large cups of bubble tea, no ice, less sugar, from HeyTea to home tomorrow "
                                 "at four under ¥600", "bob", MORNING)
    assert intent.options.model_dump() == {"size": "large", "sugar": "less", "ice": "none"}
    assert (intent.chain, intent.address_label, intent.max_total) == ("heytea", "home", 60000)
    assert intent.deliver_by == datetime(2026, 11, 21, 16, 0, tzinfo=SHANGHAI)


@pytest.mark.parametrize("sentence", ["", "some milk tea please", "forty cups", "ten cups of tea at 8am",
                                      "ten cups of tea at teatime", "600 cups of milk tea"])
def test_refuses_what_it_cannot_read(sentence: str) -> None:
    with pytest.raises(BulkSentenceNotUnderstood):
        parse_bulk_sentence(sentence, "alice", MORNING)
