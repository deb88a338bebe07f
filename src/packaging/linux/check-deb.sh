#!/bin/sh
# Installs the built .deb into a clean Debian 12 chroot (debootstrap, minbase) and starts the installed
# kiosk there under Xvfb: proves the package carries its own Java runtime and JavaFX and declares the
# system libraries it needs, that its postinst made the class-data archive and the kiosk maps it (and still
# starts when it is missing or stale), and that removing the package leaves nothing behind.
# Run as root after `./mvnw -Pinstaller package -DskipTests`.
# Usage: src/packaging/linux/check-deb.sh [CHROOT_DIR]   (default /tmp/physiokiosk-deb-chroot; reused if present)
# XNUM=N picks the X display number used in the chroot (default 5; the chroot shares the host's network, so
# pick one no other Xvfb on this machine uses).
set -eu
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
CHROOT="${1:-/tmp/physiokiosk-deb-chroot}"
DEB="$(ls "$ROOT"/target/installer/physiokiosk_*.deb | head -n 1)"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
XNUM="${XNUM:-5}"

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
# A chroot kept from an earlier run may hold this very version: apt would not install it again (nor run postinst).
in_chroot sh -c 'if dpkg -s physiokiosk >/dev/null 2>&1; then apt-get purge -y -qq physiokiosk >/dev/null; fi'
# apt resolves the package's declared dependencies (GTK 3 among them) from Debian, as on a clinic's PC.
in_chroot sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/physiokiosk.deb xvfb xauth x11-apps >/dev/null'
APPDIR=/opt/physiokiosk/lib/app

echo "== installed version"
in_chroot /opt/physiokiosk/bin/physiokiosk --version
echo "== bundled content validates"
in_chroot /opt/physiokiosk/bin/physiokiosk validate | tail -n 1
echo "== the kiosk window starts (25 s under Xvfb)"
in_chroot sh -c 'export PHYSIOKIOSK_HOME=/tmp/pk-home; Xvfb :'$XNUM' -screen 0 1280x800x24 >/dev/null 2>&1 & XVFB=$!; sleep 1;
  DISPLAY=:'$XNUM' /opt/physiokiosk/bin/physiokiosk --kiosk > /tmp/kiosk.out 2>&1 & APP=$!; sleep 25;
  DISPLAY=:'$XNUM' xwd -root -silent > /tmp/kiosk.xwd; kill $APP; kill $XVFB; wait $XVFB; cat /tmp/kiosk.out;
  if grep -q "Unsupported JavaFX configuration" /tmp/kiosk.out; then echo "JavaFX not on the module path"; exit 1; fi;
  grep -q "starting in kiosk mode" /tmp/pk-home/logs/physiokiosk-0.log && echo "kiosk started; log in /tmp/pk-home/logs"'
cp "$CHROOT/tmp/kiosk.xwd" /tmp/physiokiosk-deb-check.xwd
command -v convert >/dev/null && convert /tmp/physiokiosk-deb-check.xwd /tmp/physiokiosk-deb-check.png && echo "screenshot: /tmp/physiokiosk-deb-check.png"

echo "== the class-data archive (made by postinst) is used"
in_chroot test -s "$APPDIR/physiokiosk.jsa" || { echo "postinst made no $APPDIR/physiokiosk.jsa"; exit 1; }
# -Xshare:on turns 'archive missing or not matching this runtime and class path' from silence into an error.
in_chroot env JAVA_TOOL_OPTIONS=-Xshare:on /opt/physiokiosk/bin/physiokiosk --version
# One start to the home screen: nearly every class it loads must come from the archive.
home_start() { # $1: extra JVM options; prints the start's output, fails if the home screen is not painted
    # In kiosk mode, as a clinic runs it; a placeholder PIN skips the first-start setup (no PIN is checked).
    in_chroot sh -c "export PHYSIOKIOSK_HOME=/tmp/pk-home-cds; mkdir -p \$PHYSIOKIOSK_HOME; echo placeholder > \$PHYSIOKIOSK_HOME/therapist-pin;
      Xvfb :$XNUM -screen 0 1280x800x24 >/dev/null 2>&1 & XVFB=\$!; sleep 1;
      DISPLAY=:$XNUM JAVA_TOOL_OPTIONS='$1 -Dphysiokiosk.bench.marks=true -Dphysiokiosk.bench.exitAfterHome=true' \
        timeout 120 /opt/physiokiosk/bin/physiokiosk --kiosk > /tmp/home.out 2>&1; RC=\$?; kill \$XVFB; wait \$XVFB; grep -v INFO /tmp/home.out;
      grep -q 'PK-MARK home-painted' /tmp/home.out && [ \$RC -eq 0 ] || { echo 'the kiosk did not reach its home screen'; exit 1; }"
}
home_start "-Xshare:on -Xlog:class+load=info:file=/tmp/classes.log"
SHARED=$(grep -c "source: shared objects file" "$CHROOT/tmp/classes.log")
ALL=$(grep -c "\[class,load\]" "$CHROOT/tmp/classes.log")
echo "classes loaded until home: $ALL, from the archive: $SHARED"
[ $((SHARED * 100)) -ge $((ALL * 90)) ] || { echo "fewer than 90 % of the classes came from the archive"; exit 1; }

echo "== without the archive, and with a stale one, the kiosk still starts"
in_chroot mv "$APPDIR/physiokiosk.jsa" /tmp/physiokiosk.jsa.kept
home_start ""
in_chroot mv /tmp/physiokiosk.jsa.kept "$APPDIR/physiokiosk.jsa"
in_chroot cp -p "$APPDIR/physio-kiosk.jar" /tmp/physio-kiosk.jar.kept
in_chroot touch "$APPDIR/physio-kiosk.jar"   # a jar newer than the archive: the archive no longer matches
home_start ""
in_chroot cp -p /tmp/physio-kiosk.jar.kept "$APPDIR/physio-kiosk.jar"
in_chroot env JAVA_TOOL_OPTIONS=-Xshare:on /opt/physiokiosk/bin/physiokiosk --version >/dev/null

echo "== removing the package removes the archive too"
in_chroot sh -c 'DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq physiokiosk >/dev/null'
if in_chroot test -e /opt/physiokiosk; then in_chroot find /opt/physiokiosk; echo "left behind after purge"; exit 1; fi
echo "OK: the .deb installs and runs in a clean Debian 12, with its class-data archive"
