#!/usr/bin/env bash
# The demo on the embedded defaults: installs what it needs into .venv, then `errand demo`.
# Extra arguments go to `errand demo` (e.g. --yes to approve without asking).
set -euo pipefail
source "$(dirname "$0")/_venv.sh" ""
exec errand demo "$@"
