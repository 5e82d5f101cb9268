"""The merchant (UCP): discovery, catalogue and search, checkout sessions and their totals, orders, moving prices."""
