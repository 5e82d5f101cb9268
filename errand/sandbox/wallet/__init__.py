"""The wallet, modelled on a payment provider: shopper keys, signed approvals, holds, captures, refunds, mandates."""
