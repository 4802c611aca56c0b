#!/usr/bin/env bash
# Makes sure the nginx test (npm run test:nginx) has an nginx binary to run: NGINX_PATH, or
# nginx on the PATH or in /usr/sbin. If it is missing and we may install packages (root, or
# password-less sudo), install Debian's nginx package; otherwise say how to install it and fail.
# The test runs its own nginx as a child process on a free port; the system service is never
# started or touched.
set -euo pipefail
if [ -n "${NGINX_PATH:-}" ] && [ -x "$NGINX_PATH" ]; then exit 0; fi
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then exit 0; fi
echo "No nginx found: installing Debian's nginx package for the nginx test..."
if [ "$(id -u)" = "0" ]; then
  sudo_cmd=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo_cmd="sudo -n"
else
  echo "Cannot install it without root. Run:  sudo apt-get install -y nginx" >&2
  echo "or set NGINX_PATH to an existing nginx binary." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
# Keep the package from starting the system nginx service while it installs (a policy-rc.d
# that refuses, removed again afterwards): the test never uses that service.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo_cmd tee "$policy" >/dev/null
  $sudo_cmd chmod +x "$policy"
  trap '$sudo_cmd rm -f "$policy"' EXIT
fi
$sudo_cmd apt-get install -y -qq nginx >/dev/null
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  echo "Installed nginx, but no nginx binary was found. Set NGINX_PATH." >&2
  exit 1
fi
echo "nginx installed: $( (nginx -v || /usr/sbin/nginx -v) 2>&1 )"
