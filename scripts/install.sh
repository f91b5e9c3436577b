#!/usr/bin/env bash
# Installs Quire as a systemd service (run as root on Debian with the Swift toolchain):
#   binary + resources  -> /usr/local/lib/quire/ (built with the Swift runtime linked in),
#                          /usr/local/bin/quire -> /usr/local/lib/quire/quire
#   configuration       -> /etc/quire/quire.toml (kept if it already exists)
#   unit                -> /etc/systemd/system/quire.service
#   folders             -> /srv/quire/{Inbox,Outbox,Processed,Failed}, owned by the `quire` user;
#                          Inbox is group-writable (setgid) so members of group quire can drop files
# Then enables and starts the service unless --no-start is given.
set -euo pipefail
cd "$(dirname "$0")/.."
start=1
[ "${1:-}" = "--no-start" ] && start=0
[ "$(id -u)" -eq 0 ] || { echo "install.sh: run as root (sudo $0)" >&2; exit 1; }

./scripts/ensure-deps.sh
if [ -z "${QUIRE_PREBUILT:-}" ]; then
    swift build -c release --product quire --static-swift-stdlib
    products=.build/release
else
    products=$QUIRE_PREBUILT   # a folder holding an already built quire and its resource bundles
fi

install -d -m 0755 /usr/local/lib/quire /usr/local/share/doc/quire /etc/quire
install -m 0755 "$products/quire" /usr/local/lib/quire/quire
for bundle in "$products"/*.resources; do
    [ -e "$bundle" ] && cp -R "$bundle" /usr/local/lib/quire/
done
ln -sf /usr/local/lib/quire/quire /usr/local/bin/quire
install -m 0644 README.md /usr/local/share/doc/quire/README.md
[ -e /etc/quire/quire.toml ] || install -m 0644 Config/quire.service.toml /etc/quire/quire.toml

getent group quire >/dev/null || groupadd --system quire
getent passwd quire >/dev/null || useradd --system --gid quire --home-dir /var/lib/quire --shell /usr/sbin/nologin quire
install -d -o quire -g quire -m 0755 /srv/quire /srv/quire/Outbox /srv/quire/Processed /srv/quire/Failed
install -d -o quire -g quire -m 2775 /srv/quire/Inbox

install -m 0644 systemd/quire.service /etc/systemd/system/quire.service
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload
    [ $start -eq 1 ] && systemctl enable --now quire.service
    systemctl --no-pager status quire.service || true
else
    echo "install.sh: systemd is not running here; enable later with: systemctl enable --now quire.service" >&2
fi
