#!/usr/bin/env bash
# Sets everything up, builds tandem and runs the whole test suite, then lints
# tandem's own message catalogs with tandem itself.
set -euo pipefail
cd "$(dirname "$0")/.."
# chromium: the browser tests (Tests/BrowserTests) open the HTML reports in it.
bash scripts/setup.sh chromium
swift build --build-tests
swift test --skip-build
echo "tandem lint Locales/"
.build/debug/tandem lint Locales/
