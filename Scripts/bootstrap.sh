#!/usr/bin/env bash
# Installs what Siar needs from the system and is not a Swift package: the C library cmark
# (Debian package libcmark-dev, found through pkg-config). Does nothing when it is already there.
set -euo pipefail

if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libcmark; then
    exit 0
fi

echo "bootstrap: libcmark-dev (and pkg-config) missing; installing them with apt-get" >&2
if ! command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: error: apt-get not found; install the cmark C library and its headers (Debian/Ubuntu: libcmark-dev, macOS: brew install cmark pkg-config)" >&2
    exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq libcmark-dev pkg-config >/dev/null
pkg-config --exists libcmark || { echo "bootstrap: error: libcmark still not found by pkg-config after installing libcmark-dev" >&2; exit 1; }
echo "bootstrap: installed libcmark $(pkg-config --modversion libcmark)" >&2
