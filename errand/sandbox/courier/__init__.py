"""The courier: shipments and their journeys, delivery changes, return pickups, tracking webhooks."""
