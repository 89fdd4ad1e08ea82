#!/usr/bin/env bash
# The whole test suite, from a fresh clone. Installs and starts what the tests need by itself
# (see test/setup/services.sh), then runs the unit and integration projects of vitest.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund
fi
if [ ! -f dist/cli/index.js ]; then
  npm run build
fi
bash test/setup/services.sh
npx vitest run "$@"
