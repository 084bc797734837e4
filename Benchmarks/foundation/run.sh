#!/usr/bin/env bash
# Foundation benchmark: NFC and sentence segmentation speed against Foundation's
# own API, and the peak memory of `tandem segment` on a 100 MB file.
#
#     Benchmarks/foundation/run.sh [MEGABYTES]      (default 100)
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-100}
data=Benchmarks/.data/foundation
mkdir -p "$data"
swift build -c release --scratch-path .build-bench --product tandem >/dev/null
swift build -c release --scratch-path .build-bench --product tandem-bench >/dev/null
bin=.build-bench/release
for language in de en; do
  file="$data/prose-$language-${size}mb.txt"
  [[ -f "$file" ]] || python3 Benchmarks/foundation/generate_prose.py "$language" "$size" > "$file"
done
for language in de en; do
  file="$data/prose-$language-${size}mb.txt"
  echo "== $language =="
  taskset -c 0 "$bin/tandem-bench" "$file" "$language"
  echo
  /usr/bin/time -f "tandem segment: %e s wall, peak memory %M KB" taskset -c 0 "$bin/tandem" segment "$file" --lang "$language" > /dev/null
  /usr/bin/time -f "tandem segment --format json: %e s wall, peak memory %M KB" taskset -c 0 "$bin/tandem" segment "$file" --lang "$language" --format json > /dev/null
  ls -l "$file" | awk '{printf "file size: %d KB\n\n", $5/1024}'
done
