"""``python -m sandbox``: seed the sandbox database if needed, then serve it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from errand.sandbox.admin.listener import serve
from errand.sandbox.app import create_app
from errand.sandbox.common.auth import _private_dir as private_dir
from errand.sandbox.common.observability import configure_logging, configure_tracing
from errand.sandbox.seed import ensure_seeded
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
    parser.add_argument("--log-level", default="warning")
    args = parser.parse_args(argv)
    overrides = {k: v for k, v in vars(args).items() if v is not None and k != "log_level"}
    settings = SandboxSettings(**overrides)
    private_dir(settings.home)  # the database and the credentials under it are the user's alone
    configure_logging()
    configure_tracing()
    seeded = ensure_seeded(settings.db_path, settings.seed, settings.products)
    print(f"sandbox: {'seeded' if seeded else 'reusing'} {settings.db_path} (seed {settings.seed}); "
          f"serving {settings.public_base_url}", file=sys.stderr, flush=True)
    serve(create_app(settings), settings, args.log_level)
    return 0


if __name__ == "__main__":
    sys.exit(main())
