"""Errand's front door: the HTTP API and the web app (``create_app``), served by ``errand serve`` and ``errand up``."""

from .app import create_app

__all__ = ["create_app"]
