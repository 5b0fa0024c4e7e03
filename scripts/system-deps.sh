#!/usr/bin/env bash
# Install the Debian/Ubuntu libraries Qt needs to open a window (xcb), Xvfb for the real-window tests, poppler's
# pdftoppm and pdftotext (the tests read the handout's PDF with them), and desktop-file-utils and shared-mime-info
# (the desktop-integration test checks the launcher and the case file type with them).
# Does nothing when they are all present.  Needs root (or sudo) only when something is missing.
set -euo pipefail
packages=(
  xvfb xauth fonts-dejavu-core libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1
  libxcb-render-util0 libxcb-image0 libxcb-shape0 poppler-utils desktop-file-utils shared-mime-info
)
command -v dpkg-query >/dev/null || { echo "system-deps: not a Debian-like system; install Xvfb and Qt's xcb libraries yourself" >&2; exit 0; }
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "system-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
