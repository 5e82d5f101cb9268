"""Shared HTTP plumbing of every sandbox service: callers and tokens, errors, body limits, idempotency, ownership, telemetry."""
