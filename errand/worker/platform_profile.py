"""Errand's UCP platform profile, written where the ``UCP-Agent`` header every merchant call carries points.

A merchant reads it to learn what Errand speaks and where order events go; when no URL is configured the
profile is a file under home (a ``file:`` URL), rewritten at every worker start so it follows the settings.
"""

from __future__ import annotations

import json

from errand.connectors.ucp import platform_profile

from .settings import ErrandSettings


def write_platform_profile(settings: ErrandSettings) -> None:
    """Write the profile file unless the profile is served elsewhere (``ERRAND_PLATFORM_PROFILE_URL``)."""
    if settings.platform_profile_url:
        return
    path = settings.platform_profile_path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(platform_profile(settings.platform_webhook_url), indent=2) + "\n")
