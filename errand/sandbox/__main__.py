"""``python -m sandbox``: seed the sandbox database if needed, then serve it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from errand.sandbox.admin.listener import serve
from errand.sandbox.app import create_app
from errand.sandbox.common.auth import _private_dir as private_dir
from errand.sandbox.common.observability import configure_logging, configure_tracing
from errand.sandbox.datasets import DatasetError, descriptor
from errand.sandbox.datasets.loader import ensure_loaded
from errand.sandbox.db import make_engine
from errand.sandbox.merchant.character import apply_character
from errand.sandbox.settings import SandboxSettings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sandbox", description="Run the Errand sandbox.")
    parser.add_argument("--host")
    parser.add_argument("--port", type=int)
    parser.add_argument("--home", type=Path)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--products", type=int)
    parser.add_argument("--reservation-minutes", type=int)
    parser.add_argument("--courier-step-seconds", type=float)
    parser.add_argument("--admin-port", type=int, help="serve the admin routes only on 127.0.0.1:<this port>")
    parser.add_argument("--dataset", help="the data set to serve (default errand_world, the generated world)")
    parser.add_argument("--dataset-dir", type=Path, help="the data set's files (for data sets read from CSV)")
    parser.add_argument("--testing-hooks", action="store_true", default=None,
                        help="mount PUT /orders/{id} (conformance testing only, never in production)")
    parser.add_argument("--simulation-secret",
                        help="mount POST /testing/simulate-shipping/{id}, guarded by this secret")
    parser.add_argument("--trusted-platform-profile", action="append", dest="trusted_platform_profiles",
                        help="a platform profile URL order webhooks may be sent for (repeatable)")
    parser.add_argument("--log-level", default="warning")
    args = parser.parse_args(argv)
    overrides = {k: v for k, v in vars(args).items() if v is not None and k != "log_level"}
    settings = SandboxSettings(**overrides)
    private_dir(settings.home)  # the database and the credentials under it are the user's alone
    configure_logging()
    configure_tracing()
    try:
        seeded = ensure_loaded(settings.db_path, descriptor(settings.dataset), settings.dataset_dir,
                               seed=settings.seed, products=settings.products)
        if settings.dataset == "errand_world":
            engine = make_engine(settings.db_path)
            try:
                apply_character(engine, settings)  # this merchant's prices, stock and shipping, once
            finally:
                engine.dispose()
    except (DatasetError, RuntimeError) as exc:
        print(f"sandbox: {exc}", file=sys.stderr, flush=True)
        return 2
    print(f"sandbox: {'loaded' if seeded else 'reusing'} {settings.db_path} (data set {settings.dataset}, "
          f"seed {settings.seed}); serving {settings.public_base_url}", file=sys.stderr, flush=True)
    serve(create_app(settings), settings, args.log_level)
    return 0


if __name__ == "__main__":
    sys.exit(main())
