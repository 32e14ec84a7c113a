#!/usr/bin/env bash
# Screenshots of the built site at phone and desktop widths with headless Chromium (Debian: chromium).
# Usage: Scripts/screenshots.sh [SITE_DIR] [OUT_DIR] [PATH ...]
# Serves SITE_DIR (default Site) on a free loopback port, so root-relative links and assets resolve.
set -euo pipefail
site=${1:-Site}
out=${2:-screenshots}
shift $(( $# > 2 ? 2 : $# )) || true
paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then paths=(/ /berita/peran-kominfo-ntb/); fi
command -v chromium >/dev/null || { echo "screenshots: install chromium (apt-get install -y chromium)" >&2; exit 1; }
mkdir -p "$out"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 0.1; done
for path in "${paths[@]}"; do
    name=$(echo "$path" | sed 's#^/##; s#/$##; s#/#_#g'); name=${name:-home}
    for size in "phone:390,844" "desktop:1366,900"; do
        label=${size%%:*}; dims=${size#*:}
        chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
            --window-size="$dims" --screenshot="$out/$name-$label.png" "http://127.0.0.1:$port$path" >/dev/null 2>&1
        echo "$out/$name-$label.png"
    done
done
