#!/usr/bin/env bash
# Sets everything up, builds tandem and runs its main job on the bundled sample:
# a review of the German translation against its English source.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product tandem 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\]' || true
test -x .build/release/tandem || { echo "demo: the build failed" >&2; exit 1; }
status=0
.build/release/tandem review Locales/samples/customer-service-representative.en.md \
                             Locales/samples/customer-service-representative.de.md || status=$?
# Exit status 1 means findings at or above the failing severity: expected for this sample.
if [[ $status -gt 1 ]]; then exit "$status"; fi
echo
echo "An HTML report of the same review: Reports/sample-report.html (bash scripts/make-reports.sh regenerates it)."
