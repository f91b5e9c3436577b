#!/usr/bin/env bash
# Installs the Debian packages Quire needs to build, if any is missing:
#   libxml2-dev (the TEI writer and RELAX NG validator), libsqlite3-dev (the duplicate index),
#   pkg-config (finds libxml2). Uses sudo when not root.
set -euo pipefail
needed=()
for package in libxml2-dev libsqlite3-dev pkg-config "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || needed+=("$package")
done
[ ${#needed[@]} -eq 0 ] && exit 0
echo "quire: installing ${needed[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
    echo "quire: please run as root: apt-get install -y ${needed[*]}" >&2
    exit 1
fi
$sudo apt-get update -qq || true
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${needed[@]}"
