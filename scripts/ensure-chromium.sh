#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium to drive. They use the system Chromium
# (CHROMIUM_PATH, default /usr/bin/chromium) and never download a browser.
# If it is missing and we may install packages (root, or password-less sudo), install
# Debian's chromium; otherwise say exactly how to install it and fail.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$path" ]; then
  exit 0
fi
echo "No Chromium at $path: installing Debian's chromium package for the browser tests..."
if [ "$(id -u)" = "0" ]; then
  sudo_cmd=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo_cmd="sudo -n"
else
  echo "Cannot install it without root. Run:  sudo apt-get install -y chromium" >&2
  echo "or set CHROMIUM_PATH to an existing Chromium or Chrome binary." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
if [ ! -x "$path" ]; then
  echo "Installed chromium, but there is still nothing at $path. Set CHROMIUM_PATH." >&2
  exit 1
fi
echo "Chromium installed: $("$path" --version 2>/dev/null || echo "$path")"
