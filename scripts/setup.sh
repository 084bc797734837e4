#!/usr/bin/env bash
# Installs what tandem needs on Debian 12 (or newer): ICU, hunspell and its
# dictionaries, the Ding German-English dictionary. Idempotent: it does
# nothing when everything is there already.
set -euo pipefail

packages=(
  pkg-config
  libicu-dev
  libhunspell-dev
  hunspell-de-de
  hunspell-de-at
  hunspell-de-ch
  hunspell-en-us
  hunspell-en-gb
  trans-de-en
)
# Extra packages a caller asks for (e.g. the browser for the report tests).
packages+=("$@")

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]} > 0)); then
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v swift >/dev/null || { echo "setup: Swift 6 is needed (swift not found on PATH)" >&2; exit 1; }

# Python packages the benchmarks compare tandem with (Benchmarks/review: pofilter;
# Benchmarks/lint: compare-locales).
# Only the benchmarks need them: a failed install is reported, not fatal.
python_packages=(translate-toolkit compare-locales)
if command -v python3 >/dev/null; then
  for package in "${python_packages[@]}"; do
    python3 -m pip show -q "$package" >/dev/null 2>&1 && continue
    python3 -m pip install -q "$package" >/dev/null 2>&1 \
      || python3 -m pip install -q --break-system-packages "$package" >/dev/null 2>&1 \
      || echo "setup: could not install the Python package $package (needed only by Benchmarks/review)" >&2
  done
fi
