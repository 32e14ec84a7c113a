#!/usr/bin/env bash
# Installs what Siar and its tests need from the system and are not Swift packages: the C library cmark
# (Debian package libcmark-dev, found through pkg-config) and Node.js (`node` on PATH, which runs the
# tests of the search script). Installs only what is missing; does nothing when everything is there.
set -euo pipefail

missing=()
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark; then
    missing+=(libcmark-dev pkg-config)
fi
if ! command -v node >/dev/null 2>&1; then
    missing+=(nodejs)
fi
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "bootstrap: installing ${missing[*]} with apt-get" >&2
if ! command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: error: apt-get not found; install ${missing[*]} yourself (macOS: brew install cmark pkg-config node)" >&2
    exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
pkg-config --exists libcmark || { echo "bootstrap: error: libcmark still not found by pkg-config after installing libcmark-dev" >&2; exit 1; }
command -v node >/dev/null 2>&1 || { echo "bootstrap: error: node still not on PATH after installing nodejs" >&2; exit 1; }
echo "bootstrap: installed ${missing[*]}" >&2
