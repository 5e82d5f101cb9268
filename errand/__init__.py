"""Errand: durable agentic commerce. Every purchase a Temporal workflow, every approval a signature.

The distribution installs one top-level package, ``errand``; its parts are the folders the design names
(``errand.domain``, ``errand.workflows``, ``errand.activities``, ``errand.connectors``, ``errand.worker``,
``errand.sandbox``, ``errand.ledger``, ``errand.cli``, ``errand.planner``).
"""
