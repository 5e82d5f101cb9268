"""Where the protocol's conformance suite and its sample data are: ``ERRAND_UCP_CONFORMANCE_DIR``, else
``../shared/ucp-conformance`` beside the repository. Tests that need them skip with the reason when absent."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUITE_DIR = Path(os.environ.get("ERRAND_UCP_CONFORMANCE_DIR") or ROOT.parent / "shared" / "ucp-conformance").resolve()
FLOWER_SHOP = SUITE_DIR / "test_data" / "flower_shop"
