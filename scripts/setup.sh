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
