"""Activities that reach the local stores: find branches that can make an order, quote, place, cancel.

Thin wrappers over ``connectors.stores.StoresClient``; errors map like ``errand.activities.commerce`` does (a 4xx is
non-retryable with the store's code as its type, a 5xx or timeout is left to the workflow's retry policy).
"""

from __future__ import annotations

from temporalio import activity

from errand.connectors.stores import BranchOrderView, StoresClient
from errand.domain.bulk import BranchOffer, BranchOrder, BranchQuote
from errand.domain.models import Adjustment, Quote, QuoteLine

from .calls import call_backend
from .store_messages import (
    BulkQuoteRequest,
    BulkQuoteResult,
    CancelBranchRequest,
    EarliestRequest,
    EarliestResult,
    FindBranchesRequest,
    FindBranchesResult,
    PlaceBranchRequest,
    ReleaseBulkRequest,
    ReleaseBulkResult,
)


def _order(view: BranchOrderView) -> BranchOrder:
    return BranchOrder(branch_order_id=view.branch_order_id, branch_id=view.branch_id,
                       branch_name=view.branch_name, status=view.status, total=view.total,
                       shipment_id=view.shipment_id)


class StoreActivities:
    """Bound to one stores client; register ``all()`` with a worker."""

    def __init__(self, stores: StoresClient) -> None:
        self._stores = stores

    @activity.defn(name="find_branches")
    async def find_branches(self, request: FindBranchesRequest) -> FindBranchesResult:
        branches = await call_backend(self._stores.search(
            shopper_id=request.shopper_id, address_label=request.address_label, item=request.item,
            chain=request.chain, deliver_by=request.deliver_by, limit=request.limit))
        offers = [BranchOffer(
            branch_id=b.branch_id, chain_id=b.chain_id, chain=b.chain, name=b.name, distance_km=b.distance_km,
            item_id=b.item.item_id, item_name=b.item.name,
            unit_price=b.item.price_large if request.size == "large" else b.item.price_regular,
            available=b.capacity.available if b.capacity else 0,
            delivery_minutes=b.capacity.delivery_minutes if b.capacity else 0)
            for b in branches if b.item is not None]
        return FindBranchesResult(offers=offers)

    @activity.defn(name="earliest_delivery")
    async def earliest_delivery(self, request: EarliestRequest) -> EarliestResult:
        """The earliest time the nearest branches can make every cup, from the stores' slot capacity."""
        view = await call_backend(self._stores.earliest(
            shopper_id=request.shopper_id, address_label=request.address_label, item=request.item,
            cups=request.quantity, after=request.after, chain=request.chain, limit=request.limit,
            max_branches=request.max_branches))
        return EarliestResult(deliver_by=view.deliver_by)

    @activity.defn(name="reserve_bulk_quote")
    async def reserve_bulk_quote(self, request: BulkQuoteRequest) -> BulkQuoteResult:
        view = await call_backend(self._stores.create_quote(
            request.idempotency_key, shopper_id=request.shopper_id, address_label=request.address_label,
            item=request.item, options=request.options.model_dump(), deliver_by=request.deliver_by,
            allocations=[(a.branch_id, a.quantity) for a in request.allocations],
            use_loyalty_points=request.use_loyalty_points))
        lines, adjustments, branches = [], [], []
        for bo in view.branch_orders:
            where = bo.branch_name or bo.branch_id
            lines.append(QuoteLine(product_id=f"{bo.branch_id}/{bo.item_id}", title=f"{bo.title} — {where}",
                                   quantity=bo.quantity, unit_price=bo.unit_price, line_total=bo.line_total))
            if bo.discount:
                adjustments.append(Adjustment(kind="discount", label=f"{bo.discount_label} — {where}",
                                              amount=-bo.discount))
            if bo.points_used:
                adjustments.append(Adjustment(kind="loyalty", label=f"{bo.points_used} points — {where}",
                                              amount=-bo.points_used))
            if bo.delivery_fee:
                adjustments.append(Adjustment(kind="shipping", label=f"delivery from {where}",
                                              amount=bo.delivery_fee))
            branches.append(BranchQuote(
                branch_order_id=bo.branch_order_id, branch_id=bo.branch_id, branch_name=where, title=bo.title,
                quantity=bo.quantity, unit_price=bo.unit_price, line_total=bo.line_total, discount=bo.discount,
                discount_label=bo.discount_label, points_used=bo.points_used, delivery_fee=bo.delivery_fee,
                total=bo.total, ready_at=bo.ready_at))
        chains = sorted({bo.chain_id for bo in view.branch_orders})
        quote = Quote(
            quote_id=f"q-{view.quote_id}", errand_id=request.errand_id, shopper_id=request.shopper_id,
            merchant="stores:" + ",".join(chains), checkout_id=view.quote_id, lines=lines,
            subtotal=sum(line.line_total for line in lines), adjustments=adjustments, total=view.total,
            currency=view.currency, loyalty_points_used=sum(b.points_used for b in branches),
            address=view.address, expires_at=min(view.expires_at, request.approve_by))
        return BulkQuoteResult(quote=quote, branches=branches)

    @activity.defn(name="release_bulk_quote")
    async def release_bulk_quote(self, request: ReleaseBulkRequest) -> ReleaseBulkResult:
        view = await call_backend(self._stores.release_quote(request.idempotency_key, request.quote_id))
        return ReleaseBulkResult(quote_id=view.quote_id, status=view.status)

    @activity.defn(name="place_branch_order")
    async def place_branch_order(self, request: PlaceBranchRequest) -> BranchOrder:
        return _order(await call_backend(self._stores.place(request.idempotency_key, request.branch_order_id,
                                                        request.authorization_id)))

    @activity.defn(name="cancel_branch_order")
    async def cancel_branch_order(self, request: CancelBranchRequest) -> BranchOrder:
        return _order(await call_backend(self._stores.cancel(request.idempotency_key, request.branch_order_id)))

    def all(self) -> list[object]:
        """Every activity of this class, for ``Worker(activities=...)``."""
        return [self.find_branches, self.earliest_delivery, self.reserve_bulk_quote, self.release_bulk_quote, self.place_branch_order,
                self.cancel_branch_order]
