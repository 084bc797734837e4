#!/usr/bin/env bash
# Alignment benchmark: builds a release tandem, builds the German–English gold
# set from Debian's debian-handbook (downloaded into Benchmarks/.data/, which
# git ignores) and prints one table comparing `tandem align` with the Python
# peers galechurch and nltk.translate.gale_church on the same files.
#
#   Benchmarks/align/run.sh              # everything (about 5 minutes)
#   Benchmarks/align/run.sh --nltk-book  # also nltk on the whole book (quadratic: minutes, GBs)
#
# Needs: apt-get (debian-handbook), python3 with `pip install galechurch nltk`,
# trans-de-en for the dictionary. TANDEM_BIN=path skips the build.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ -z "${TANDEM_BIN:-}" ]]; then
    swift build -c release --scratch-path .build-bench --product tandem >&2
    TANDEM_BIN="$(swift build -c release --scratch-path .build-bench --show-bin-path)/tandem"
fi

python3 - <<'EOF' || { echo "run: pip install galechurch nltk" >&2; exit 1; }
import galechurch, nltk.translate.gale_church
EOF

exec python3 Benchmarks/align/bench.py --tandem "$TANDEM_BIN" "$@"
