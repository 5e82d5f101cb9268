"""Returns at the merchant: policy, RMAs, photos, the support desk and operators' decisions."""
