#!/usr/bin/env bash
# Check the standalone app as on a machine with no Python packages: an empty environment (env -i), a home of its own.
# It answers `suggest` and `--version`, and its window starts offscreen and hears a second start.
# Prints the folder's size and how long the commands took.   Usage: packaging/check_dist.sh dist/bodymap
set -euo pipefail
app_dir=$(cd "${1:-dist/bodymap}" && pwd)
app="$app_dir/bodymap"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
clean=(env -i PATH=/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$home/run")

start=$(date +%s%N)
"${clean[@]}" "$app" suggest "right temple" --top 3 | tee "$home/suggest.txt"
suggest_ms=$(( ($(date +%s%N) - start) / 1000000 ))
grep -q "^ 1\. Temporalis (right)" "$home/suggest.txt" || { echo "check_dist: suggest did not rank temporalis first" >&2; exit 1; }
"${clean[@]}" "$app" --version

# the window, offscreen (with the UTF-8 locale any desktop session has); once it listens, a second start without a
# case ("come forward") is handed to it and ends at once
"${clean[@]}" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$app" 2>"$home/window.err" &
window=$!
for _ in $(seq 1 300); do
  [ -S "$home/run/bodymap-$(id -u).socket" ] && break
  sleep 0.1
done
if ! timeout 30 "${clean[@]}" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$app"; then
  kill "$window" 2>/dev/null || true
  echo "check_dist: the window did not answer a second start" >&2; exit 1
fi
sleep 3  # it loads the data and shows the window meanwhile: a crash would come now
if ! kill -0 "$window" 2>/dev/null; then
  echo "check_dist: the window ended by itself:" >&2; cat "$home/window.err" >&2; exit 1
fi
kill "$window"; wait "$window" 2>/dev/null || true
if grep -v "This plugin does not support" "$home/window.err" | grep -q .; then
  echo "check_dist: the window said:" >&2; cat "$home/window.err" >&2; exit 1
fi

echo "check_dist: OK. $(du -sh "$app_dir" | cut -f1) in $app_dir; suggest took ${suggest_ms} ms (first run, empty cache)."
