#!/bin/sh
# Installs the built .deb into a clean Debian 12 chroot (debootstrap, minbase) and starts the installed
# kiosk there under Xvfb: proves the package carries its own Java runtime and JavaFX and declares the
# system libraries it needs. Run as root after `./mvnw -Pinstaller package -DskipTests`.
# Usage: packaging/linux/check-deb.sh [CHROOT_DIR]   (default /tmp/physiokiosk-deb-chroot; reused if present)
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CHROOT="${1:-/tmp/physiokiosk-deb-chroot}"
DEB="$(ls "$ROOT"/target/installer/physiokiosk_*.deb | head -n 1)"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

if [ ! -x "$CHROOT/bin/sh" ]; then
    command -v debootstrap >/dev/null || apt-get install -y debootstrap
    debootstrap --variant=minbase bookworm "$CHROOT" "$MIRROR"
fi
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
cp "$DEB" "$CHROOT/tmp/physiokiosk.deb"
mountpoint -q "$CHROOT/proc" || mount -t proc proc "$CHROOT/proc"
trap 'umount "$CHROOT/proc" 2>/dev/null || true' EXIT

in_chroot() { chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }

in_chroot apt-get update -qq
# apt resolves the package's declared dependencies (GTK 3 among them) from Debian, as on a clinic's PC.
in_chroot sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/physiokiosk.deb xvfb xauth x11-apps >/dev/null'

echo "== installed version"
in_chroot /opt/physiokiosk/bin/physiokiosk --version
echo "== bundled content validates"
in_chroot /opt/physiokiosk/bin/physiokiosk validate | tail -n 1
echo "== the kiosk window starts (25 s under Xvfb)"
in_chroot sh -c 'export PHYSIOKIOSK_HOME=/tmp/pk-home; Xvfb :5 -screen 0 1280x800x24 >/dev/null 2>&1 & XVFB=$!; sleep 1;
  DISPLAY=:5 /opt/physiokiosk/bin/physiokiosk --kiosk > /tmp/kiosk.out 2>&1 & APP=$!; sleep 25;
  DISPLAY=:5 xwd -root -silent > /tmp/kiosk.xwd; kill $APP; kill $XVFB; cat /tmp/kiosk.out;
  if grep -q "Unsupported JavaFX configuration" /tmp/kiosk.out; then echo "JavaFX not on the module path"; exit 1; fi;
  grep -q "starting in kiosk mode" /tmp/pk-home/logs/physiokiosk-0.log && echo "kiosk started; log in /tmp/pk-home/logs"'
cp "$CHROOT/tmp/kiosk.xwd" /tmp/physiokiosk-deb-check.xwd
command -v convert >/dev/null && convert /tmp/physiokiosk-deb-check.xwd /tmp/physiokiosk-deb-check.png && echo "screenshot: /tmp/physiokiosk-deb-check.png"
echo "OK: the .deb installs and runs in a clean Debian 12"
