#!/usr/bin/env bash
# Runs a command where no system Chromium exists: in a private mount namespace,
# /usr/bin is replaced by a hard-linked copy without chromium*, so the tests
# must fall back to the Chromium bundled in @sparticuz/chromium.
# Needs root (or CAP_SYS_ADMIN) for unshare -m. Usage:
#   bash scripts/test/without-system-chromium.sh npm run test:browser
set -euo pipefail
copy="$(mktemp -d)/usr-bin"
cp -al /usr/bin "$copy" 2>/dev/null || cp -a /usr/bin "$copy"
rm -f "$copy"/chromium*
exec unshare -m bash -c '
  mount --bind "$0" /usr/bin
  if [ -e /usr/bin/chromium ]; then echo "could not hide /usr/bin/chromium" >&2; exit 1; fi
  echo "== /usr/bin/chromium is absent here; CHROME_PATH is unset"
  unset CHROME_PATH
  exec "$@"
' "$copy" "$@"
