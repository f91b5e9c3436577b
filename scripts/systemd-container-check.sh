#!/usr/bin/env bash
# End-to-end check under a real systemd: boots Debian bookworm in systemd-nspawn (DESIGN.md),
# installs Quire there the way scripts/install.sh lays it out (static Swift runtime, unit,
# /etc/quire/quire.toml, the quire user, /srv/quire folders), and shows the unit reaching
# active (running), turning a dropped file into TEI, reloading, and stopping cleanly.
# Run as root on the host: needs debootstrap, systemd-container (systemd-nspawn) and nsenter.
set -euo pipefail
cd "$(dirname "$0")/.."
root=${QUIRE_CONTAINER_ROOT:-/var/tmp/quire-bookworm}
log=$(mktemp)

if [ ! -x "$root/lib/systemd/systemd" ]; then
    debootstrap --variant=minbase --include=systemd,systemd-sysv,dbus,procps,libxml2,libsqlite3-0 \
        bookworm "$root" http://deb.debian.org/debian
fi
if [ -z "${QUIRE_PREBUILT:-}" ]; then
    swift build -c release --product quire --static-swift-stdlib
    products=.build/release
else
    products=$QUIRE_PREBUILT
fi

# Install into the container's file system, as scripts/install.sh does on a host.
install -d "$root/usr/local/lib/quire" "$root/etc/quire" "$root/etc/systemd/system/multi-user.target.wants"
install -m 0755 "$products/quire" "$root/usr/local/lib/quire/quire"
for bundle in "$products"/*.resources; do [ -e "$bundle" ] && cp -R "$bundle" "$root/usr/local/lib/quire/"; done
install -m 0644 Config/quire.service.toml "$root/etc/quire/quire.toml"
install -m 0644 systemd/quire.service "$root/etc/systemd/system/quire.service"
ln -sf ../quire.service "$root/etc/systemd/system/multi-user.target.wants/quire.service"
chroot "$root" sh -c 'getent group quire >/dev/null || groupadd --system quire;
    getent passwd quire >/dev/null || useradd --system --gid quire --home-dir /var/lib/quire --shell /usr/sbin/nologin quire;
    install -d -o quire -g quire -m 0755 /srv/quire /srv/quire/Outbox /srv/quire/Processed /srv/quire/Failed;
    install -d -o quire -g quire -m 2775 /srv/quire/Inbox'
rm -f "$root"/srv/quire/*/* 2>/dev/null || true

# QUIRE_NSPAWN_ARGS adds options, e.g. --bind-ro=/opt/swift for a dynamically linked debug build.
systemd-nspawn ${QUIRE_NSPAWN_ARGS:-} -D "$root" --boot --register=no --keep-unit --machine=quire-check > "$log" 2>&1 &
nspawn=$!
cleanup() { kill "$nspawn" 2>/dev/null || true; wait "$nspawn" 2>/dev/null || true; }
trap cleanup EXIT

# The container's PID 1 is nspawn's child; run commands there with nsenter.
init=""
for _ in $(seq 100); do init=$(pgrep -P "$nspawn" | head -n 1 || true); [ -n "$init" ] && break; sleep 0.2; done
[ -n "$init" ] || { cat "$log"; echo "container did not start" >&2; exit 1; }
inside() { nsenter -t "$init" -a "$@"; }

state=""
for _ in $(seq 150); do
    state=$(inside systemctl is-active quire.service 2>/dev/null || true)
    [ "$state" = active ] && break
    sleep 0.2
done
inside systemctl --no-pager status quire.service | head -n 12
[ "$state" = active ] || { inside journalctl -u quire --no-pager | tail -n 30; echo "quire.service is $state" >&2; exit 1; }

cp Tests/QuireServiceTests/Fixtures/traditional-utf8.txt "$root/srv/quire/Inbox/check.txt"
for _ in $(seq 150); do [ -e "$root/srv/quire/Outbox/check.tei.xml" ] && break; sleep 0.2; done
[ -e "$root/srv/quire/Outbox/check.tei.xml" ] || { inside journalctl -u quire --no-pager | tail -n 30; exit 1; }
[ -e "$root/srv/quire/Processed/check.txt" ] || sleep 1
ls -l "$root/srv/quire/Outbox" "$root/srv/quire/Processed"

inside systemctl reload quire.service
inside systemctl stop quire.service
inside systemctl show quire.service -p ActiveState -p Result -p ExecMainStatus
result=$(inside systemctl show quire.service -p Result --value)
inside journalctl -u quire --no-pager -o short-precise | tail -n 12
inside systemctl poweroff || true
[ "$result" = success ] && echo "systemd check: active (running), processed a dropped file, stopped cleanly"
