"""After-sales at the merchant: cancel, change and exchange orders under docs/after-sales-policy.md.

Each change is quoted first (what changes, the money that moves, a digest to sign) and applied only with the
shopper's signed approval of that quote, once. The merchant enforces every rule of the policy itself and
refuses by rule id (``rules``); planning is pure (``plans``), quotes and approvals are in ``quotes``, the
retail state's load, export and reset in ``state``, the routes in ``api``.
"""

from errand.sandbox.aftersales.api import aftersales_admin_router, aftersales_router
from errand.sandbox.aftersales.rules import POLICY_VERSION, RULES, Refusal

__all__ = ["POLICY_VERSION", "RULES", "Refusal", "aftersales_admin_router", "aftersales_router"]
