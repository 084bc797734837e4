#!/usr/bin/env bash
# Sets everything up, builds tandem and runs its main job on the bundled sample.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product tandem 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\]' || true
test -x .build/release/tandem || { echo "demo: the build failed" >&2; exit 1; }
.build/release/tandem segment Locales/samples/customer-service-representative.de.md --lang de
