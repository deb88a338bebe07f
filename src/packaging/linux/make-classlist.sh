#!/bin/sh
# Starts the packaged app image once under a private Xvfb, in kiosk mode, to its home screen and out again, and writes the
# classes it loaded to lib/app/physiokiosk.classlist. The .deb's postinst turns that list into the class-data
# archive (physiokiosk.jsa) with the installed runtime and class path: an archive is tied to both, so it is
# made where it is used, not here (docs/decisions/0015-class-data-sharing.md).
# Usage: src/packaging/linux/make-classlist.sh APP_IMAGE_DIR   (needs Xvfb; called by ./mvnw -Pinstaller package)
set -eu
IMAGE="$1"
LIST="$IMAGE/lib/app/physiokiosk.classlist"
HOME_DIR="$(mktemp -d)"
command -v Xvfb >/dev/null || { echo "make-classlist: Xvfb is needed (apt-get install xvfb)" >&2; exit 1; }
# -displayfd picks a free display number, so parallel builds do not collide.
exec 3>"$HOME_DIR/display"
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp >"$HOME_DIR/xvfb.log" 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true; rm -rf "$HOME_DIR"' EXIT
for _ in $(seq 1 50); do [ -s "$HOME_DIR/display" ] && break; sleep 0.2; done
DISPLAY=":$(head -n 1 "$HOME_DIR/display")"
rm -f "$LIST"
# Started as a clinic starts it: in kiosk mode, past the first-start setup (which only asks for a PIN when
# there is none: a placeholder stands in for it; no PIN is ever checked in this start).
mkdir -p "$HOME_DIR/home" && echo "placeholder-for-the-class-list-start" >"$HOME_DIR/home/therapist-pin"
# The options reach the launcher's JVM through JAVA_TOOL_OPTIONS: the image's own options and class path stay as
# installed. The archive named in the image's options does not exist yet, which the JVM ignores silently.
DISPLAY="$DISPLAY" PHYSIOKIOSK_HOME="$HOME_DIR/home" \
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$LIST -Dphysiokiosk.bench.marks=true -Dphysiokiosk.bench.exitAfterHome=true" \
    timeout 180 "$IMAGE/bin/physiokiosk" --kiosk >"$HOME_DIR/out.log" 2>&1 || { cat "$HOME_DIR/out.log" >&2; exit 1; }
if ! grep -q "PK-MARK home-painted" "$HOME_DIR/out.log" || ! grep -q "^org/physiokiosk/ui/" "$LIST"; then
    echo "make-classlist: the app did not reach its home screen" >&2; cat "$HOME_DIR/out.log" >&2; exit 1
fi
echo "make-classlist: $(grep -c -v '^@' "$LIST") classes in $LIST"
