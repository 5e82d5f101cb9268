"""The sandbox: a loopback merchant (UCP), wallet and courier with its own SQLite world."""
