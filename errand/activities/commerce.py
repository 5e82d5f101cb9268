"""Activities that reach the commerce backends: marketplace (UCP merchant), wallet and courier.

Each is a thin wrapper over a connector call. Money moves only at its payee: the merchant captures when it
completes a checkout, so ``capture_payment``, ``void_authorization`` and ``refund_payment`` (in
``settlement``) confirm (or ask the payee for) the wallet state rather than move money with the platform's
credential. Backend errors
become ``ApplicationError`` with the backend's code as the type; a permanent failure (a 4xx, a refused signature) is non-retryable, a transient
one (timeouts, 5xx, 429) is left to the workflow's retry policy. Every write passes the workflow's
idempotency key through, so a retried or replayed call never acts twice.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from temporalio import activity
from temporalio.exceptions import ApplicationError

from errand.connectors import BackendError, CheckoutView, CourierClient, MerchantClient, WalletClient
from errand.connectors.ap2 import MerchantTerms, merchant_terms
from errand.connectors.delivery import DeliveryClient
from errand.connectors.directory import MerchantDirectory
from errand.connectors.errors import BackendRejected
from errand.connectors.identity import ERRAND_SCOPES, LinkError, ShopperLinks
from errand.connectors.merchant_shapes import CatalogueMatches, LinkExpired
from errand.connectors.payment_tokens import TokenSource, is_token_hold
from errand.connectors.stores import StoresClient
from errand.domain.mandate_ap2 import MandateError
from errand.domain.models import Address, Order, Product, Quote, Shipment, ShopperProfile
from errand.ledger import Ledger, LedgerRecord

from .calls import T, call_backend, errand_shopper, last_attempt, refused
from .messages import (
    BestOffer,
    BestOfferRequest,
    OfferQuote,
    PlaceOrderRequest,
    QuoteRequest,
    ReleaseRequest,
    ReleaseResult,
    SearchRequest,
    SearchResult,
    ShipmentRef,
    ShopperRef,
    SkippedMerchant,
)
from .settlement import SettlementActivities

CLOSEST_PER_MERCHANT = 10
"""Closest matches asked of each merchant when nothing matched exactly (the errand offers at most three)."""
LINK_EXPIRED_NOTE = "link expired: run errand link"


def _signed_terms(merchant: MerchantClient, priced: CheckoutView) -> MerchantTerms | None:
    """The checkout's terms as the merchant signed them, when it offers AP2 mandates; a missing or tampered
    signature is refused here, before any quote is built, so no quote the shopper sees is unsigned."""
    try:
        return merchant_terms(merchant, priced)
    except MandateError as exc:
        raise refused(f"{merchant.key}'s signature over its checkout does not hold ({exc.message}): no quote "
                      "shown, the checkout released", exc.code) from exc


class CommerceActivities(SettlementActivities):
    """Bound to one set of connector clients; register the methods with a worker.

    ``merchant`` is Errand's home sandbox (the shopper's saved addresses, loyalty and wallet keys);
    ``directory`` holds the merchants errands buy from (by default the home one alone), and ``tokens`` the
    token sources for merchants paid through a token handler rather than the wallet. ``links`` holds the
    accounts shoppers linked at merchants (UCP Identity Linking): an errand whose shopper linked the merchant
    checks out as that account, and ``ledger`` is told when a link it would have used has lapsed.
    """

    def __init__(self, merchant: MerchantClient, wallet: WalletClient, courier: CourierClient, *,
                 stores: StoresClient | None = None, delivery: DeliveryClient | None = None,
                 directory: MerchantDirectory | None = None, tokens: TokenSource | None = None,
                 links: ShopperLinks | None = None, ledger: Ledger | None = None) -> None:
        self._merchant = merchant
        self._links = links
        self._ledger = ledger
        self._directory = directory or MerchantDirectory([merchant])
        self._tokens = tokens
        self._wallet = wallet
        self._courier = courier
        self._stores = stores  # the payees besides the merchant, asked to settle or release their holds
        self._delivery = delivery

    @activity.defn(name="get_shopper_profile")
    async def get_shopper_profile(self, ref: ShopperRef) -> ShopperProfile:
        buyer = await call_backend(self._merchant.get_buyer(ref.shopper_id))
        keys = await call_backend(self._wallet.get_public_keys(ref.shopper_id))
        return ShopperProfile(
            shopper_id=ref.shopper_id, name=buyer.name, addresses=buyer.addresses,
            loyalty_points=buyer.loyalty_points, keys=keys,
        )

    @activity.defn(name="search_products")
    async def search_products(self, request: SearchRequest) -> SearchResult:
        """Every configured merchant at once; one that is slow or failing is skipped and named, not fatal."""
        found = await call_backend(self._directory.search(
            request.query, category=request.category, max_price=request.max_price, limit=request.limit))
        result = SearchResult(products=found.products,
                              skipped=[SkippedMerchant(**s.model_dump()) for s in found.skipped])
        if not found.products:
            result.closest, result.lacking = await self._closest(request)
        return result

    async def _closest(self, request: SearchRequest) -> tuple[list[Product], dict[str, list[str]]]:
        """Each merchant's closest matches (under the cap, else the cheapest over it) and what each lacks,
        keyed ``merchant/product_id``. Best effort: a merchant that fails here was named by the search."""
        several = self._directory.several

        async def one(merchant: MerchantClient) -> CatalogueMatches:
            found = await merchant.search_matches(request.query, category=request.category,
                                                  max_price=request.max_price, limit=CLOSEST_PER_MERCHANT)
            if not found.products and request.max_price is not None:
                found = await merchant.search_matches(request.query, category=request.category,
                                                      limit=CLOSEST_PER_MERCHANT, sort="price_asc")
            return found

        answers = await asyncio.gather(
            *(asyncio.wait_for(one(m), self._directory.search_timeout) for m in self._directory.merchants),
            return_exceptions=True)
        products: list[Product] = []
        lacking: dict[str, list[str]] = {}
        for merchant, answer in zip(self._directory.merchants, answers, strict=True):
            if isinstance(answer, (BackendError, TimeoutError)):
                continue
            if isinstance(answer, BaseException):
                raise answer
            if answer.match not in ("close", "exact"):
                continue
            key = merchant.key if several else ""
            for product in answer.products:
                products.append(product.model_copy(update={"merchant": key}))
                lacking[f"{key}/{product.product_id}"] = answer.lacking.get(product.product_id, [])
        return products, lacking

    async def _merchant_for(self, key: str) -> MerchantClient:
        merchant = await call_backend(self._directory.client(key))
        await call_backend(merchant.ensure_discovered())
        return merchant

    def _linked(self, merchant: MerchantClient, shopper: str | None = None) -> MerchantClient | None:
        """``merchant`` acting for the errand's shopper's linked account, when they keep one there granting
        what an errand needs (`ERRAND_SCOPES`); None otherwise. Only the errand's own shopper's link is
        looked up: tokens are filed by shopper, and ``shopper`` (a request's) must name the same one."""
        running_for = errand_shopper()
        if self._links is None or running_for is None or shopper not in (None, running_for):
            return None
        account = self._links.account(running_for, merchant.base_url)
        try:
            if account is None or not ERRAND_SCOPES <= account.scopes:
                return None
        except LinkError:  # unlinked meanwhile
            return None
        return merchant.acting_for(account)

    async def _note_link_expired(self, merchant: MerchantClient, request: QuoteRequest, reason: str) -> None:
        """Say in the errand's ledger that the shopper's link was not used and why (once per quote step)."""
        record = LedgerRecord(idempotency_key=f"{request.idempotency_key}/link-expired", errand_id=request.errand_id,
                              who="system", what="merchant.link_expired", outcome=LINK_EXPIRED_NOTE,
                              evidence={"merchant": merchant.key, "reason": reason[:200]})
        activity.logger.warning("%s: %s (%s)", merchant.key, LINK_EXPIRED_NOTE, reason[:200])
        if self._ledger is not None:
            await asyncio.to_thread(self._ledger.append, record)

    async def _at_checkout(self, key: str, call: Callable[[MerchantClient], Awaitable[T]]) -> T:
        """``call`` made as whoever opened the checkout: a checkout opened through the errand's shopper's
        linked account exists for that account alone, one the platform opened for the platform alone; so the
        link is tried first when one is kept, the platform when the merchant knows no such checkout there."""
        merchant = await self._merchant_for(key)
        linked = self._linked(merchant)
        if linked is None:
            return await call_backend(call(merchant))
        try:
            return await call(linked)
        except LinkExpired as exc:
            lapsed: LinkExpired | None = exc
        except BackendRejected as exc:
            if exc.status != 404:
                raise refused(str(exc), exc.code) from exc
            lapsed = None
        except BackendError as exc:
            raise ApplicationError(str(exc), type=exc.code, non_retryable=not exc.retryable) from exc
        try:
            return await call(merchant)
        except BackendError as exc:
            if lapsed is not None and exc.status == 404:
                raise refused(f"{merchant.key}: the checkout was opened through the shopper's linked account, "
                              f"which no longer answers ({lapsed.message}); {LINK_EXPIRED_NOTE}",
                              "link_expired") from exc
            raise ApplicationError(str(exc), type=exc.code, non_retryable=not exc.retryable) from exc

    @activity.defn(name="reserve_and_quote")
    async def reserve_and_quote(self, request: QuoteRequest) -> Quote:
        """Open and price the checkout: as the shopper's linked account when they linked this merchant (their
        saved address label and points, which the merchant keeps), else as the platform acting for them, or
        as a guest sending the address. A link that has lapsed is noted in the ledger and not used."""
        merchant = await self._merchant_for(request.merchant)
        if merchant.payment_handler is None:
            raise refused(f"{merchant.key} offers no payment handler Errand supports", "no_payment_handler")
        linked = self._linked(merchant, request.shopper_id)
        if linked is not None:
            try:
                return await self._quote_for_buyer(linked, request)
            except ApplicationError as err:
                if err.type == "link_expired":
                    await self._note_link_expired(merchant, request, err.message)
                elif err.type != "identity_required":  # a merchant that keeps no buyer accounts
                    raise
        elif errand_shopper() == request.shopper_id and self._links is not None \
                and self._links.revoked(request.shopper_id, merchant.base_url):
            await self._note_link_expired(merchant, request, "the link was revoked")
        if not merchant.speaks_errand_buyers:
            return await self._quote_with_destination(merchant, request)
        return await self._quote_for_buyer(merchant, request)

    async def _quote_for_buyer(self, merchant: MerchantClient, request: QuoteRequest) -> Quote:
        """A checkout for a buyer the merchant knows: the saved address chosen by its label, the points
        redeemed; nothing of the address is sent."""
        created = await call_backend(
            merchant.create_checkout(
                f"{request.idempotency_key}/create", shopper_id=request.shopper_id,
                product_id=request.product_id, quantity=request.quantity,
            )
        )
        try:
            priced = await call_backend(
                merchant.update_checkout(
                    f"{request.idempotency_key}/update", created.checkout_id,
                    address_label=request.address_label, loyalty_points=request.loyalty_points,
                )
            )
            if priced.address is None:
                raise ApplicationError("merchant did not accept the delivery address", type="address_rejected",
                                       non_retryable=True)
            terms = _signed_terms(merchant, priced)
        except ApplicationError as err:
            # The workflow only learns the checkout's id from this activity's result: when this is the last
            # attempt, release the hold here, or the stock stays reserved until the reservation lapses.
            if err.non_retryable or last_attempt():
                await self._abandon_checkout(merchant, f"{request.idempotency_key}/abandon", created.checkout_id)
            raise
        assert priced.address is not None
        return self._quote(merchant, request, priced, priced.address, terms)

    async def _quote_with_destination(self, merchant: MerchantClient, request: QuoteRequest) -> Quote:
        """A merchant without Errand's buyer extension: the shopper's address is sent as the destination,
        the shipping option chosen, the named codes offered; the quote is what the merchant answered."""
        buyer = await call_backend(self._merchant.get_buyer(request.shopper_id))
        address = next((a for a in buyer.addresses if a.label == request.address_label), None)
        if address is None:
            raise refused(f"{request.shopper_id} has no address called {request.address_label!r}", "address_unknown")
        priced = await call_backend(merchant.open_checkout(
            request.idempotency_key, shopper_id=request.shopper_id, product_id=request.product_id,
            quantity=request.quantity, address=address, discount_codes=request.discount_codes))
        if sum(line.quantity for line in priced.lines) != request.quantity:
            # A quantity the merchant adjusted is not what the shopper asked for: say so rather than quote it.
            await self._abandon_checkout(merchant, f"{request.idempotency_key}/abandon", priced.checkout_id)
            raise refused(f"{merchant.key} can sell {sum(li.quantity for li in priced.lines)}, not {request.quantity}"
                          + (f" ({'; '.join(priced.warnings)})" if priced.warnings else ""), "out_of_stock")
        try:
            terms = _signed_terms(merchant, priced)
        except ApplicationError:
            await self._abandon_checkout(merchant, f"{request.idempotency_key}/abandon", priced.checkout_id)
            raise
        return self._quote(merchant, request, priced, priced.address or address, terms)

    @staticmethod
    def _quote(merchant: MerchantClient, request: QuoteRequest, priced: CheckoutView, address: Address,
               terms: MerchantTerms | None = None) -> Quote:
        return Quote(
            quote_id=f"q-{priced.checkout_id}",
            errand_id=request.errand_id,
            shopper_id=request.shopper_id,
            merchant=merchant.key,
            checkout_id=priced.checkout_id,
            lines=priced.lines,
            subtotal=priced.subtotal,
            adjustments=priced.adjustments,
            total=priced.total,
            currency=priced.currency,
            loyalty_points_used=priced.loyalty_points_used,
            address=address,
            expires_at=min(priced.expires_at, request.approve_by),
            merchant_terms=terms,
        )

    @activity.defn(name="reserve_best_offer")
    async def reserve_best_offer(self, request: BestOfferRequest) -> BestOffer:
        """Price each merchant's best candidate as a real checkout (shipping, discounts and loyalty as that
        merchant applies them), keep the cheapest delivered, release the others.

        Ties go to the better rated, then to the order given. A merchant whose checkout fails is compared
        as failed, not fatal, unless every one failed: then the first failure is raised as it was."""
        async def priced(offer: QuoteRequest) -> Quote | ApplicationError:
            try:
                return await self.reserve_and_quote(offer)
            except ApplicationError as err:
                return err

        answers = await asyncio.gather(*(priced(offer) for offer in request.offers))
        compared: list[OfferQuote] = []
        for i, (offer, answer) in enumerate(zip(request.offers, answers, strict=True)):
            rating = request.ratings[i] if i < len(request.ratings) else 0.0
            if isinstance(answer, ApplicationError):
                compared.append(OfferQuote(merchant=offer.merchant, product_id=offer.product_id, title="", total=0,
                                           currency="", rating=rating, failed=answer.message[:200]))
                continue
            compared.append(OfferQuote(
                merchant=answer.merchant, product_id=offer.product_id, title=answer.lines[0].title,
                total=answer.total, currency=answer.currency, rating=rating, quote=answer,
                shipping=sum(a.amount for a in answer.adjustments if a.kind == "shipping"),
                discounts=sum(a.amount for a in answer.adjustments if a.kind in ("discount", "loyalty"))))
        standing = [o for o in compared if o.quote is not None]
        if not standing:
            first = next(a for a in answers if isinstance(a, ApplicationError))
            raise first
        chosen = min(standing, key=lambda o: (o.total, -o.rating, compared.index(o)))
        for other in standing:
            if other is not chosen and other.quote is not None:
                merchant = await self._merchant_for(other.quote.merchant)
                await self._abandon_checkout(self._linked(merchant) or merchant,
                                             f"{request.offers[compared.index(other)].idempotency_key}/not-chosen",
                                             other.quote.checkout_id)
        return BestOffer(chosen=chosen, compared=compared)

    async def _abandon_checkout(self, merchant: MerchantClient, idempotency_key: str, checkout_id: str) -> None:
        """Best effort: cancel a checkout the workflow will never hear of (a few tries, then give up)."""
        for attempt in range(3):
            try:
                await merchant.cancel_checkout(idempotency_key, checkout_id)
                return
            except BackendError as exc:
                if not exc.retryable:
                    return
                await asyncio.sleep(0.5 * (attempt + 1))

    @activity.defn(name="release_stock")
    async def release_stock(self, request: ReleaseRequest) -> ReleaseResult:
        view = await self._at_checkout(request.merchant, lambda merchant: merchant.cancel_checkout(
            request.idempotency_key, request.checkout_id))
        return ReleaseResult(checkout_id=view.checkout_id, status=view.status)

    @activity.defn(name="place_order")
    async def place_order(self, request: PlaceOrderRequest) -> Order:
        if not is_token_hold(request.authorization_id):
            return await self._at_checkout(request.merchant, lambda merchant: merchant.complete_checkout(
                request.idempotency_key, request.checkout_id, authorization_id=request.authorization_id,
                checkout_mandate=request.checkout_mandate))
        merchant = await self._merchant_for(request.merchant)
        handler = merchant.payment_handler
        if self._tokens is None or handler is None or handler.kind != "token" or request.amount is None:
            raise refused("a token hold needs the merchant's token handler and the signed amount", "hold_mismatch")
        try:
            token = self._tokens.token_for(handler.handler_id, request.authorization_id, merchant=merchant.key,
                                           checkout_id=request.checkout_id, amount=request.amount,
                                           currency=request.currency)
        except BackendError as exc:
            raise refused(exc.message, exc.code) from exc
        amount = request.amount
        return await self._at_checkout(request.merchant, lambda merchant: merchant.complete_with_token(
            request.idempotency_key, request.checkout_id, handler_id=handler.handler_id, token=token,
            amount=amount, currency=request.currency, checkout_mandate=request.checkout_mandate))

    @activity.defn(name="get_shipment")
    async def get_shipment(self, ref: ShipmentRef) -> Shipment:
        """The shipment as the courier tracks it. One carrying an order placed through the shopper's linked
        account at the home merchant is that account's: asked as it when the platform is told of no such
        shipment."""
        try:
            return await self._courier.get_shipment(ref.shipment_id)
        except BackendError as exc:
            linked = self._linked(self._merchant) if exc.status == 404 else None
            if linked is None or linked.account is None:
                raise ApplicationError(str(exc), type=exc.code, non_retryable=not exc.retryable) from exc
        try:
            token = await linked.account.access_token()
        except LinkError as exc:
            raise refused(f"{exc}; {LINK_EXPIRED_NOTE}", "link_expired") from exc
        async with CourierClient(self._courier.base_url, token=token) as courier:
            return await call_backend(courier.get_shipment(ref.shipment_id))

    def all(self) -> list[object]:
        """Every activity of this class, for ``Worker(activities=...)``."""
        return [
            self.get_shopper_profile, self.search_products, self.reserve_and_quote, self.reserve_best_offer,
            self.release_stock,
            self.authorize_payment, self.place_order, self.capture_payment, self.void_authorization,
            self.refund_payment, self.get_shipment,
        ]
