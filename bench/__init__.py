"""Benchmarks and the chaos harness: scripts run from the repository root (see bench/README.md)."""
