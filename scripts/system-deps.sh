#!/usr/bin/env bash
# Installs the Debian packages faultline's tests and optional parts use, when run as
# root on Debian and when any is missing. As another user it only says what is missing.
set -euo pipefail
packages=$( (grep -v "^#" "$(dirname "$0")/system-packages.txt" || true) | xargs)
[ -n "$packages" ] || exit 0
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -n "$missing" ] || exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing Debian packages:$missing"
  apt-get update -qq
  mkdir -p /usr/share/man/man1  # slim images drop it, and the JRE's post-install needs it
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "note: missing Debian packages (install them as root):$missing" >&2
fi
