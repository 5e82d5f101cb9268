#!/usr/bin/env bash
# The whole test suite: installs what it needs into .venv, checks the code (ruff, mypy --strict over the
# package), then pytest (extra arguments go to pytest). ERRAND_SKIP_LINT=1 skips the checks, for a quick
# run of a few tests.
# PostgreSQL tests run when ERRAND_TEST_POSTGRES_URL is set (or Docker is there for testcontainers).
set -euo pipefail
source "$(dirname "$0")/_venv.sh" "[test]"
"$(dirname "$0")/browser_deps.sh"  # Chromium for tests/browser when it can be installed; never fails
if [ "${ERRAND_SKIP_LINT:-0}" != "1" ]; then
  echo "ruff check ." && ruff check --quiet .
  echo "mypy (strict, the errand package)" && mypy
fi
# Byte-compile the package first: the suite starts the sandbox, workers and the `errand` command as
# subprocesses again and again, and where PYTHONDONTWRITEBYTECODE is set each of them would compile
# the errand modules it imports from source (a quarter of a sandbox's import time, a sixth of the CLI's).
python -m compileall -q -j 0 errand >/dev/null
# Tests in parallel processes (pytest-xdist), a file's tests kept together in one process: most of the suite
# waits on timers and subprocesses rather than on the CPU, so one more process than cores, at most 4.
# ERRAND_TEST_WORKERS sets the count (0 runs in this process alone, for a debugger or -x). Each process
# has its own sandbox, Temporal servers, temporary folders and PostgreSQL schemas.
workers="${ERRAND_TEST_WORKERS:-}"
if [ -z "$workers" ]; then
  cores="$(nproc 2>/dev/null || echo 2)"
  workers=$(( cores + 1 < 4 ? cores + 1 : 4 ))
fi
parallel=()
if [ "$workers" -gt 0 ]; then
  parallel=(-n "$workers" --dist loadfile)
fi
exec python -m pytest "${parallel[@]}" --reruns 1 --reruns-delay 2 --durations=15 "$@"
