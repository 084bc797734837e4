#!/usr/bin/env bash
# Regenerates Reports/: the HTML review report and the revision report of the
# bundled sample, and screenshots of both (headless chromium).
#
#   bash scripts/make-reports.sh
#
# The end-to-end test SampleReportsTests fails when the HTML files differ from
# what tandem writes now; the screenshots are for people to look at.
set -euo pipefail
cd "$(dirname "$0")/.."

sample=Locales/samples/customer-service-representative
scratch="${TANDEM_SCRATCH:-.build}"
swift build --scratch-path "$scratch" --product tandem >&2
tandem="$scratch/debug/tandem"

# The same commands as Tests/EndToEndTests/SampleReportsTests.swift (English UI, paths relative to the root).
status=0
"$tandem" review "$sample.en.md" "$sample.de.md" --ui-lang en --format html -o Reports/sample-report.html || status=$?
# The sample has planted errors: status 1 (findings) is expected.
if [[ $status -ne 0 && $status -ne 1 ]]; then echo "make-reports: tandem review failed ($status)" >&2; exit 1; fi
"$tandem" diff "$sample.de.md" Reports/sample-revision.de.md --source "$sample.en.md" --ui-lang en --format html -o Reports/sample-diff.html

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [[ -z "$browser" ]]; then
  echo "make-reports: no chromium; screenshots not updated (bash scripts/setup.sh chromium installs it)" >&2
  exit 0
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
shoot() {
  "$browser" --headless --disable-gpu --no-sandbox --no-first-run --hide-scrollbars --user-data-dir="$profile" \
    --window-size="$3" --virtual-time-budget=3000 --screenshot="$2" "file://$PWD/$1" 2>/dev/null
}
shoot Reports/sample-report.html Reports/sample-report.png 1400,1800
shoot Reports/sample-diff.html Reports/sample-diff.png 1400,1800
echo "make-reports: wrote Reports/sample-report.html, Reports/sample-diff.html and their screenshots" >&2
