#!/usr/bin/env bash
# Installs the three test browsers from Debian's packages when they are missing:
# Chromium, Firefox ESR and WebKitGTK's MiniBrowser (driven by WebKitWebDriver on Xvfb).
# npm never downloads a browser in this project.
set -euo pipefail

pkgs=(chromium firefox-esr webkit2gtk-driver xvfb fonts-dejavu-core)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "${missing[@]}"
fi
chromium --version 2>/dev/null | head -n 1
firefox-esr --version
echo "WebKitGTK $(dpkg-query -W -f='${Version}' webkit2gtk-driver)"
test -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser
command -v WebKitWebDriver Xvfb >/dev/null
