"""What an errand that waits for the shopper's signature shares: the `approve` and `reject` signals and
`await_signed_approval`, which verifies every approval against the exact quote and records the ones it
refuses. Buy, bulk order and reschedule (a fee) use it.
"""

from __future__ import annotations

from datetime import timedelta

from temporalio import workflow
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
    from errand.activities.commerce import CommerceActivities
    from errand.activities.messages import ShopperRef
    from errand.domain.approval import ApprovalVerdict, verify_approval
    from errand.domain.mandate_ap2 import MandateError, verify_mandate
    from errand.domain.models import Quote, Rejection, ShopperProfile, SignedApproval
    from errand.domain.passkey import passkey_evidence, verify_passkey_approval

    from .errand import Errand, StatusT
    from .policies import READ

APPROVAL_EVIDENCE_PATCH = "approval-evidence-signer-v1"
"""Accepted approvals record the shopper and public key too; older histories replay without them."""

KEY_REFRESH_PATCH = "approval-key-refresh-v1"
"""An approval naming a key the errand does not know reads the shopper's registered keys again (a key
enrolled after the errand started: a new device, a rotation); histories from before never do."""

MAX_KEY_REFRESHES = 3

KEY_CONFIRM_PATCH = "approval-key-confirm-v1"
"""A valid approval counts only if its key is still active at the wallet when it arrives (a key revoked after
the errand started is refused here too); histories from before accept it on the keys read at the start."""

AP2_MANDATE_PATCH = "ap2-mandate-v1"
"""An approval of a merchant-signed quote may carry the shopper's AP2 checkout mandate: it is verified here and
presented when the order is placed; histories from before never carried one."""

PASSKEY_APPROVAL_PATCH = "approval-passkey-v1"
"""An approval may carry a passkey's assertion instead of an Ed25519 signature; histories from before never
carried one (the marker is asked for only when one arrives)."""


class SignedQuoteErrand(Errand[StatusT]):
    """An errand whose money moves only after a valid approval of one quote (Ed25519 or a passkey)."""

    def __init__(self, status: StatusT) -> None:
        super().__init__(status)
        self._approvals: list[SignedApproval] = []
        self._rejection: Rejection | None = None
        self._keys_looked_up: set[str] = set()

    @workflow.signal
    def approve(self, approval: SignedApproval) -> None:
        self._approvals.append(approval)

    @workflow.signal
    def reject(self, rejection: Rejection) -> None:
        if rejection.shopper_id and rejection.shopper_id != self._status.shopper_id:
            # Only the errand's own shopper (or an unnamed caller with Temporal access) may decline it.
            self.timeline("system", "rejection.refused", f"a rejection from {rejection.shopper_id[:64]} was ignored")
            return
        if self._rejection is None:
            self._rejection = rejection

    async def await_signed_approval(self, quote: Quote, profile: ShopperProfile, *,
                                    timeout_summary: str = "approval deadline",
                                    accepted: str = "signature verified against the quote",
                                    ) -> SignedApproval | Rejection | None:
        """Wait until a valid signature over ``quote`` arrives, the shopper rejects, or the quote expires.

        Returns the approval, the rejection, or None on expiry. Every invalid approval (bad signature, another
        quote, another shopper, an unknown or revoked key, malformed, late) changes nothing and is written to
        the timeline and ledger. ``profile`` carries the shopper's active keys when the errand started; they
        are read again before a valid approval counts (a key revoked since is refused) and when one names a
        key the errand does not know (a key enrolled since counts).
        """
        while True:
            remaining = (quote.expires_at - workflow.now()).total_seconds()
            if remaining > 0 and not self._approvals and self._rejection is None:
                try:
                    await workflow.wait_condition(lambda: bool(self._approvals) or self._rejection is not None,
                                                  timeout=timedelta(seconds=remaining),
                                                  timeout_summary=timeout_summary)
                except TimeoutError:
                    pass
            while self._approvals:
                candidate = self._approvals.pop(0)
                # Only an active key the wallet registered for this shopper counts; an approval naming an
                # unknown or revoked key is refused as unknown_key.
                public_key, verdict = self._verdict(quote, candidate, profile)
                if (verdict == "ok" and workflow.patched(KEY_CONFIRM_PATCH)) or (
                        verdict == "unknown_key" and self._may_look_up(candidate.key_id)):
                    profile = await self._registered_keys(profile)
                    public_key, verdict = self._verdict(quote, candidate, profile)
                if verdict == "ok" and candidate.checkout_mandate is not None and quote.merchant_terms is not None \
                        and workflow.patched(AP2_MANDATE_PATCH):
                    verdict = self._mandate_verdict(quote, candidate.checkout_mandate, profile)
                if verdict == "ok":
                    if candidate.checkout_mandate is not None and quote.merchant_terms is not None:
                        self.checkout_mandate = candidate.checkout_mandate
                    evidence: dict[str, str | None] = {"quote_digest": candidate.quote_digest,
                                                       "signature": candidate.signature}
                    if workflow.patched(APPROVAL_EVIDENCE_PATCH):
                        # Whose key signed: `errand audit verify` re-checks the signature from the row alone.
                        evidence |= {"shopper_id": candidate.shopper_id, "public_key": public_key}
                    # A passkey's: what the authenticator signed, so the assertion can be checked again from the row.
                    evidence |= passkey_evidence(candidate)
                    await self.note("shopper", "approval.accepted", accepted, evidence=evidence)
                    return candidate
                await self.note("system", "approval.refused", f"approval ignored: {verdict.replace('_', ' ')}",
                                evidence={"verdict": verdict, "claimed_shopper": candidate.shopper_id[:64],
                                          "claimed_digest": candidate.quote_digest[:64]}, outcome=verdict)
            if self._rejection is not None:
                return self._rejection
            if workflow.now() >= quote.expires_at:
                return None

    @staticmethod
    def _verdict(quote: Quote, candidate: SignedApproval,
                 profile: ShopperProfile) -> tuple[str | None, ApprovalVerdict]:
        """The public key the approval names and the verdict on it: a passkey's assertion or an Ed25519
        signature."""
        if candidate.passkey is None:
            public_key = profile.key_for(candidate.key_id)
            return public_key, verify_approval(quote, candidate, public_key, workflow.now())
        if not workflow.patched(PASSKEY_APPROVAL_PATCH):
            return None, "malformed"
        registered = profile.passkey_for(candidate.key_id)
        verdict = verify_passkey_approval(quote, candidate, registered, workflow.now())
        return (registered[0] if registered else None), verdict

    @staticmethod
    def _mandate_verdict(quote: Quote, mandate: str, profile: ShopperProfile) -> ApprovalVerdict:
        """Whether the checkout mandate is the shopper's (issued by one of their active Ed25519 keys, bound by
        its P-256 key to this merchant and checkout) for exactly the terms the merchant signed and the quote
        showed."""
        def trusted(kid: str, public_key: str) -> bool:
            return any(k.key_id == kid and k.public_key == public_key and k.passkey is None for k in profile.keys)

        assert quote.merchant_terms is not None
        try:
            authorized = verify_mandate(mandate, merchant=quote.merchant, checkout_id=quote.checkout_id,
                                        trusted=trusted, now=workflow.now())
        except MandateError:
            return "bad_mandate"
        return "ok" if authorized == quote.merchant_terms.checkout else "bad_mandate"

    def _may_look_up(self, key_id: str) -> bool:
        """Whether an unknown key id is worth asking the wallet about: a few distinct ones per errand."""
        if not key_id or key_id in self._keys_looked_up or len(self._keys_looked_up) >= MAX_KEY_REFRESHES:
            return False
        if not workflow.patched(KEY_REFRESH_PATCH):
            return False
        self._keys_looked_up.add(key_id)
        return True

    async def _registered_keys(self, profile: ShopperProfile) -> ShopperProfile:
        """The profile with the shopper's active keys as the wallet lists them now (unchanged if it cannot
        answer: the approval then stays refused, and the shopper can send it again)."""
        try:
            return await workflow.execute_activity_method(
                CommerceActivities.get_shopper_profile, ShopperRef(shopper_id=profile.shopper_id), **READ)
        except ActivityError:
            return profile
