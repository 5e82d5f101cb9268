"""The operator's levers: fault injection (one-shot and profiles) and the loopback-only admin listener."""
