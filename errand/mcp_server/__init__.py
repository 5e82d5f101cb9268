"""Errand as an MCP server: tools to search, start errands, follow them and cancel a watch (never approve)."""

from .server import BearerTokenGate, build_server, http_app, serve_http
from .service import ErrandService, owner_of

__all__ = ["BearerTokenGate", "ErrandService", "build_server", "http_app", "owner_of", "serve_http"]
