#!/usr/bin/env bash
# Installs everything Newsloom needs on Debian bookworm: Debian packages with apt-get and npm
# packages from the committed lock file. Idempotent: a second run installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # toolchain
  build-essential cmake ninja-build clang libclang-rt-14-dev lld clang-format clang-tidy pkg-config
  # libraries
  libabsl-dev libcld2-dev libicu-dev libxapian-dev libsqlite3-dev libcurl4-openssl-dev
  libcpp-httplib-dev libcli11-dev libspdlog-dev libfmt-dev libsimdjson-dev libgumbo-dev
  libxml2-dev zlib1g-dev libgtest-dev libgmock-dev libbenchmark-dev libjemalloc-dev
  # data
  libgeonames-common iso-codes
  # cross-lingual dictionaries and stop words (src/resources/dictionary.cmake)
  dict-freedict-nld-eng dict-freedict-deu-eng dict-freedict-fra-eng dict-freedict-spa-eng
  dict-freedict-ita-eng dict-freedict-pol-eng dict-freedict-tur-eng dict-freedict-swe-eng
  dict-freedict-dan-eng dict-freedict-ara-eng dict-freedict-eng-nor dict-freedict-eng-rus
  liblingua-stopwords-perl
  # tests and tools
  python3 curl
  chromium  # headless browser for the web UI tests (web/test, driven by playwright-core)
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "setup: installing nodejs and npm"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi

# npm packages: reinstall only when the lock file changed since the last install.
if [ -f package-lock.json ]; then
  stamp=node_modules/.newsloom-lock.sha256
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "setup: npm ci"
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
    echo "$want" >"$stamp"
  fi
fi
