#!/usr/bin/env bash
# Terminology benchmark: loading the bundled occupation termbase and matching
# 100,000 segment pairs with the terminology checks, on one core.
#
#     Benchmarks/terms/run.sh [PAIRS]      (default 100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-100000}
data=Benchmarks/.data/terms
mkdir -p "$data"
pairs="$data/pairs-$count.tsv"
[[ -f "$pairs" ]] || python3 Benchmarks/terms/generate_pairs.py "$count" > "$pairs"
swift build -c release --scratch-path .build-bench --product terms-bench >/dev/null
swift build -c release --scratch-path .build-bench --product tandem >/dev/null
bin=.build-bench/release
taskset -c 0 "$bin/terms-bench" Locales/terminology "$pairs"
echo
# The whole command, as a user runs it: process start, termbase, reading, segmenting, aligning, checking.
sample=Locales/samples/customer-service-representative
for run in 1 2 3; do
  /usr/bin/time -f "tandem terms check (bundled sample, run $run): %e s wall, peak memory %M KB" \
    taskset -c 0 "$bin/tandem" terms check "$sample.en.md" "$sample.de.md" --format json -o /dev/null || true
done
/usr/bin/time -f "tandem terms lookup teller: %e s wall, peak memory %M KB" taskset -c 0 "$bin/tandem" terms lookup teller >/dev/null
