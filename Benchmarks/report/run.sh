#!/usr/bin/env bash
# Speed and size of the HTML reports and of `tandem diff`.
#
#   bash Benchmarks/report/run.sh
#
# 1. The HTML review report for 10,000 segment pairs with 2,000 findings: time to
#    generate (in process, median of 5), size, and time until the page is
#    interactive in headless chromium (performance.now() after the page's script
#    finished its set-up, read from the DOM; median of 3 loads).
# 2. `tandem diff` of two 10,000-segment versions of a German text: wall time of
#    the whole command (reading, segmenting, aligning, diffing, writing), per format.
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch=.build-bench
swift build -c release --scratch-path "$scratch" --product report-bench >&2
swift build -c release --scratch-path "$scratch" --product tandem >&2
bin="$scratch/release"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "## HTML review report"
printf "%-10s %-9s %-10s %-13s %-12s %-14s %-14s\n" pairs findings size generate-ms "(fastest)" dom-ready-ms interactive-ms
for spec in "1000 200" "10000 2000"; do
  set -- $spec
  read -r pairs findings bytes fastest med < <("$bin/report-bench" "$work/report.html" "$1" "$2")
  browser=$(command -v chromium || command -v chromium-browser || true)
  dom="-"; ready="-"
  if [[ -n "$browser" ]]; then
    readies=(); doms=()
    for _ in 1 2 3; do
      profile=$(mktemp -d)
      page=$("$browser" --headless --disable-gpu --no-sandbox --no-first-run --user-data-dir="$profile" --dump-dom "file://$work/report.html" 2>/dev/null | head -c 400)
      rm -rf "$profile"
      readies+=("$(sed -n 's/.*data-ready-ms="\([0-9]*\)".*/\1/p' <<<"$page")")
      doms+=("$(sed -n 's/.*data-dom-ms="\([0-9]*\)".*/\1/p' <<<"$page")")
    done
    ready=$(printf "%s\n" "${readies[@]}" | median)
    dom=$(printf "%s\n" "${doms[@]}" | median)
  fi
  printf "%-10s %-9s %-10s %-13s %-12s %-14s %-14s\n" "$pairs" "$findings" "$(awk -v b="$bytes" 'BEGIN {printf "%.2f MB", b/1000000}')" "$med" "($fastest)" "$dom" "$ready"
done

echo
echo "## tandem diff (no source), 10,000 segments per version"
python3 Benchmarks/report/versions.py "$work/old.de.md" "$work/new.de.md" 10000
printf "%-10s %-12s %-12s\n" format seconds output
for format in terminal json html; do
  times=()
  for _ in 1 2 3; do
    start=$(date +%s.%N)
    NO_COLOR=1 "$bin/tandem" diff "$work/old.de.md" "$work/new.de.md" --lang de --format "$format" -o "$work/diff.$format" 2>/dev/null
    end=$(date +%s.%N)
    times+=("$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.3f", e - s}')")
  done
  printf "%-10s %-12s %-12s\n" "$format" "$(printf "%s\n" "${times[@]}" | median)" "$(du -h "$work/diff.$format" | cut -f1)"
done
grep -o '"summary":{[^}]*' "$work/diff.json" | head -1
