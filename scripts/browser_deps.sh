#!/usr/bin/env bash
# What the browser tests (tests/browser) need besides the Python packages: the system's Chromium. Installed
# with apt-get when it is missing and this runs as root on a Debian-like machine; otherwise it says why and
# the browser tests skip with that reason. Never fails the caller. ERRAND_SKIP_BROWSER_DEPS=1 skips it.
set -u
if [ "${ERRAND_SKIP_BROWSER_DEPS:-0}" = "1" ]; then exit 0; fi
if [ -n "${ERRAND_CHROMIUM:-}" ] || command -v chromium >/dev/null 2>&1 \
    || command -v chromium-browser >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "browser tests: no Chromium, and no root apt-get to install it; they will skip"
  exit 0
fi
echo "browser tests: installing Debian's chromium (apt-get)"
if ! { timeout 900 apt-get update -qq \
       && DEBIAN_FRONTEND=noninteractive timeout 1800 apt-get install -y -qq --no-install-recommends chromium; } \
       >/tmp/errand-chromium-install.log 2>&1; then
  echo "browser tests: chromium could not be installed (see /tmp/errand-chromium-install.log); they will skip"
fi
exit 0
