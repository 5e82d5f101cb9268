"""`errand buy --pay-with`: a method none of the shopper's (or more than one) is a one-line refusal before any
errand starts; one that fits passes."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from errand.cli import errands
from errand.cli.main import app
from errand.worker.settings import ErrandSettings


@pytest.mark.parametrize(("pay_with", "said"), [
    ("paypal_bob", "no payment method paypal_bob"),
    ("card", "more than one"),
    ("bitcoin", "names no kind of payment method"),
])
async def test_a_method_that_is_not_one_of_the_shoppers_is_refused_before_starting(
        settings: ErrandSettings, pay_with: str, said: str) -> None:
    with pytest.raises(errands.CliError) as refused:
        await errands.check_payment_method(settings, "alice", pay_with)
    message = str(refused.value)
    assert said in message and "\n" not in message and pay_with in message


async def test_a_method_of_the_shoppers_passes(settings: ErrandSettings) -> None:
    for pay_with in ("gift card", "PayPal", "card ending 4242", "credit_card_alice_5454"):
        await errands.check_payment_method(settings, "alice", pay_with)


@pytest.mark.parametrize("command", ["buy", "bulk"])
def test_the_flag_is_offered(command: str) -> None:
    shown = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0 and "--pay-with" in shown.output
