#!/usr/bin/env bash
# The whole test suite: installs what it needs into .venv, then pytest (extra arguments go to pytest).
# PostgreSQL tests run when ERRAND_TEST_POSTGRES_URL is set (or Docker is there for testcontainers).
set -euo pipefail
source "$(dirname "$0")/_venv.sh" "[test]"
exec python -m pytest "$@"
