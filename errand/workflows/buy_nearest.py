"""Offering the closest products when nothing fits exactly: the buy errand's question and what follows it.

Rather than a bare "no match", the closest products, each with what did not fit, become a question the shopper
answers in one word (``choice.AsksShopper``); the pick becomes the chosen product, and a "no" or no answer in
time finishes the errand saying so. The words are ``domain.nearest``'s; this is the workflow side of them.
"""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from errand.domain.models import BuyIntent, Candidate, ErrandStatus, Product
    from errand.domain.nearest import (
        DECLINED,
        choice_question,
        chosen_reason,
        describe,
        nearest_offers,
        read_choice,
        waives_cap,
    )
    from errand.domain.ranking import value_score

    from .choice import AsksShopper


class NearestOffer(AsksShopper[ErrandStatus]):
    """Mixin for ``BuyWorkflow``: the closest products offered as a question, and the shopper's pick taken."""

    async def offer_nearest(self, intent: BuyIntent, products: list[Product], lacking: dict[str, list[str]],
                            timeout_seconds: int) -> BuyIntent | None:
        """Offer the closest products, with what did not fit, and go on with the one the shopper picks.

        Returns the intent to go on with (without the cap the shopper agreed to pass, if they did: the quote
        is still theirs to sign, and the spending caps still bind), or None once the errand has finished: no
        near miss, a "no", or no answer in time, each said as it was.
        """
        ranking = self._status.ranking
        assert ranking is not None
        offers = nearest_offers(products, lacking, intent)
        self._status.nearest = offers
        if not offers:
            await self.finish("no_match", ranking.reason)
            return None
        picked = await self.ask(choice_question(offers, intent), lambda text: read_choice(text, len(offers)),
                                timeout_seconds)
        closest = "; ".join(f"{n}) {describe(o)}" for n, o in enumerate(offers, start=1))
        if picked is None:
            await self.finish("no_match", f"{ranking.reason} Closest: {closest}. No answer came, so nothing was "
                                          "bought.")
            return None
        if picked == DECLINED:
            await self.finish("no_match", f"{ranking.reason} You declined the closest: {closest}.", who="shopper")
            return None
        offer = offers[picked]
        product = offer.product
        reason = chosen_reason(offer, intent)
        ranking.chosen = Candidate(product=product, value_score=value_score(product),
                                   note=f"closest match: {'; '.join(offer.misses)}")
        ranking.considered, ranking.reason = [ranking.chosen], reason
        await self.note("agent", "product.chosen", reason,
                        evidence={"product_id": product.product_id, "merchant": product.merchant,
                                  "nearest": True, "misses": offer.misses})
        if waives_cap(offer):
            return intent.model_copy(update={"max_unit_price": None, "max_total": None})
        return intent
