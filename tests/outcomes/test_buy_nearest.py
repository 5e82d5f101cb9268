"""A buy errand that cannot do exactly what was asked asks about the nearest thing it can, and goes on with
the shopper's one-word answer; a stranger's answer, a "no" or silence never buys anything."""

from __future__ import annotations

from errand.workflows import BuyWorkflow
from errand.workflows.choice import ErrandChoice
from tests.workflows.helpers import start_buy, wait_state


def _asking(status) -> bool:  # type: ignore[no-untyped-def]
    return status.state == "awaiting_choice" or status.finished


async def test_no_exact_match_asks_with_the_closest_and_goes_on_after_1(ts_client, settings, worker) -> None:
    handle = await start_buy(ts_client, settings.task_queue, query="phone case for an iPhone 17", quantity=1,
                             max_unit_price=6000)
    asking = await wait_state(handle, _asking)
    assert asking.state == "awaiting_choice", asking.outcome
    assert asking.question.startswith("Nothing fits “phone case for an iPhone 17” exactly. Closest: 1) ")
    assert "not iphone 17" in asking.question and asking.quote is None
    offered = asking.nearest[0].product
    assert "Phone Case" in offered.title and offered.attributes["compatible"] != "iPhone 17"

    # Another shopper's answer and a word that is no answer change nothing.
    await handle.signal(BuyWorkflow.choose, ErrandChoice(answer="1", shopper_id="bob"))
    await handle.signal(BuyWorkflow.choose, ErrandChoice(answer="perhaps", shopper_id="alice"))
    await handle.signal(BuyWorkflow.choose, ErrandChoice(answer="1", shopper_id="alice"))
    quoted = await wait_state(handle, lambda s: s.state == "awaiting_approval" or s.finished)
    assert quoted.state == "awaiting_approval", quoted.outcome
    assert quoted.quote is not None and quoted.quote.lines[0].product_id == offered.product_id
    assert quoted.question == ""
    whats = [e.what for e in quoted.timeline]
    assert whats.count("choice.ignored") == 1 and whats.count("choice.unclear") == 1
    # The reason shown with the product says it is the closest, not what was asked.
    assert quoted.ranking is not None and "not an exact match" in quoted.ranking.reason
    assert "not iphone 17" in quoted.ranking.reason


async def test_over_the_cap_offers_the_cheapest_and_a_yes_waives_the_cap(ts_client, settings, worker) -> None:
    handle = await start_buy(ts_client, settings.task_queue, query="phone case for an iPhone 16", quantity=1,
                             max_unit_price=100)
    asking = await wait_state(handle, _asking)
    assert asking.state == "awaiting_choice", asking.outcome
    assert "over your ¥1.00 cap by ¥" in asking.question
    await handle.signal(BuyWorkflow.choose, ErrandChoice(answer="yes"))
    quoted = await wait_state(handle, lambda s: s.state == "awaiting_approval" or s.finished)
    assert quoted.state == "awaiting_approval", quoted.outcome
    assert quoted.quote is not None and quoted.quote.lines[0].product_id == asking.nearest[0].product.product_id
    assert quoted.intent.max_unit_price == 100  # the shopper's words are kept as they were


async def test_no_declines_and_buys_nothing(ts_client, settings, worker) -> None:
    handle = await start_buy(ts_client, settings.task_queue, query="phone case for an iPhone 17", quantity=1)
    await wait_state(handle, _asking)
    await handle.signal(BuyWorkflow.choose, ErrandChoice(answer="no"))
    result = await handle.result()
    assert result.state == "no_match" and "You declined the closest: 1) " in result.outcome
    assert result.quote is None


async def test_no_answer_ends_honestly_with_the_closest_listed(ts_client, settings, worker) -> None:
    handle = await start_buy(ts_client, settings.task_queue, query="phone case for an iPhone 17", quantity=1)
    result = await handle.result()  # the time-skipping server runs the choice timeout out
    assert result.state == "no_match" and result.quote is None
    assert "Closest: 1) " in result.outcome and "No answer came, so nothing was bought." in result.outcome


async def test_nothing_near_is_still_a_plain_no_match(ts_client, settings, worker) -> None:
    handle = await start_buy(ts_client, settings.task_queue, query="zqxv flurble", quantity=1)
    result = await handle.result()
    assert result.state == "no_match" and result.nearest == [] and "Closest" not in result.outcome
