"""A retail shopper's profile: the data set's address book carries a region (the state), which the shared
address model keeps, so the profile read that every purchase starts with works for a retail shopper and the
region reaches a checkout's destination."""

from __future__ import annotations

from temporalio.testing import ActivityEnvironment

from errand.activities.commerce import CommerceActivities
from errand.activities.messages import ShopperRef
from errand.connectors import CourierClient, MerchantClient, WalletClient
from errand.connectors.ucp import address_of, postal_address
from errand.domain.models import Address
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess

MIA = "mia_li_3668"


async def test_a_retail_shoppers_profile_reads_with_its_region(retail_sandbox: SandboxProcess,
                                                               retail_keys: object) -> None:
    token = read_token(retail_sandbox.home, "platform")
    async with MerchantClient(retail_sandbox.url, token=token) as merchant, \
            WalletClient(f"{retail_sandbox.url}/wallet", token=token) as wallet, \
            CourierClient(f"{retail_sandbox.url}/courier", token=token) as courier:
        buyer = await merchant.get_buyer(MIA)
        assert [(a.label, a.line1, a.city, a.region, a.postal_code) for a in buyer.addresses] == [
            ("default", "975 Sunset Drive Suite 217", "Austin", "TX", "78750")]
        profile = await ActivityEnvironment().run(
            CommerceActivities(merchant, wallet, courier).get_shopper_profile, ShopperRef(shopper_id=MIA))
    assert profile.name == "Mia Li" and profile.addresses[0].region == "TX"
    assert profile.keys, "the shopper's enrolled key is part of the profile"


def test_the_region_goes_to_a_checkout_destination_and_back() -> None:
    home = Address(label="default", name="Mia Li", line1="975 Sunset Drive", city="Austin", postal_code="78750",
                   country="USA", region="TX")
    destination = postal_address(home)
    assert destination["address_region"] == "TX"
    assert address_of(destination, "default") == home.model_copy(update={"country": "USA"})


def test_an_address_without_a_region_serializes_as_before() -> None:
    """Quotes and profiles in recorded histories hold addresses without one; their digests must not move."""
    plain = Address(label="home", name="Alice", line1="1 Main St", city="Shanghai", postal_code="200000")
    assert "region" not in plain.model_dump() and "address_region" not in postal_address(plain)
    assert Address.model_validate(plain.model_dump()) == plain
