#!/bin/sh
# Start-up of the installed app against a bare JavaFX window started the same way, in the Debian chroot that
# check-deb.sh made: the .deb installed there by apt (postinst makes the class-data archive), both started under
# the same X display with the installed runtime and the launcher's JVM options, interleaved round by round.
# Wall clock from just before the start to the child's PK-MARK lines (same machine clock, milliseconds).
# Run as root after `./mvnw -Pinstaller package -DskipTests` and `test-compile`, and check-deb.sh.
# Usage: XNUM=N src/packaging/linux/bench-installed.sh [CHROOT_DIR] [ROUNDS]   (an Xvfb must be running on :N)
set -eu
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
CHROOT="${1:-/tmp/physiokiosk-deb-chroot}"
ROUNDS="${2:-5}"
XNUM="${XNUM:-5}"
OUT="$ROOT/target/bench-installed"
mkdir -p "$OUT"
in_chroot() { chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }

mountpoint -q "$CHROOT/proc" || mount -t proc proc "$CHROOT/proc"
trap 'umount "$CHROOT/proc" 2>/dev/null || true' EXIT
cp "$(ls "$ROOT"/target/installer/physiokiosk_*.deb | head -n 1)" "$CHROOT/tmp/physiokiosk.deb"
in_chroot sh -c 'if dpkg -s physiokiosk >/dev/null 2>&1; then apt-get purge -y -qq physiokiosk >/dev/null; fi;
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/physiokiosk.deb >/dev/null'
rm -rf "$CHROOT/tmp/bare" && mkdir -p "$CHROOT/tmp/bare/org/physiokiosk/bench"
cp "$ROOT"/target/test-classes/org/physiokiosk/bench/BareWindow*.class "$CHROOT/tmp/bare/org/physiokiosk/bench/"
# The kiosk starts in kiosk mode (full screen, as in a clinic); a placeholder PIN skips the first-start setup.
in_chroot sh -c 'mkdir -p /tmp/pk-bench && echo placeholder > /tmp/pk-bench/therapist-pin'
JAVA=/opt/physiokiosk/lib/runtime/bin/java
OPTS="-Xss1m -XX:TieredStopAtLevel=1"
# What a stock JDK gives any program: its default class-data archive (the JDK's own class list, no app classes).
in_chroot sh -c "$JAVA $OPTS -Xshare:dump -XX:SharedArchiveFile=/tmp/bare/jdk-default.jsa >/dev/null"

run() { # $1: name, rest: command in the chroot; appends "name window_ms home_ms cpu_ms" to $OUT/times
    name=$1; shift
    # Wall clock to each mark, and the process's CPU time (user + system, all threads) until it exits just
    # after the home mark: on a machine shared with other builds the CPU time is the steadier figure.
    in_chroot sh -c "export DISPLAY=:$XNUM PHYSIOKIOSK_HOME=/tmp/pk-bench; T0=\$(date +%s%3N);
      JAVA_TOOL_OPTIONS='-Dphysiokiosk.bench.marks=true -Dphysiokiosk.bench.exitAfterHome=true' $* >/tmp/marks 2>/dev/null;
      times >/tmp/times; CPU=\$(tail -n 1 /tmp/times);
      awk -v t0=\$T0 -v n=$name -v cpu=\"\$CPU\" '/^PK-MARK first-window/ {w=\$3-t0} /^PK-MARK home-painted/ {h=\$3-t0}
        END {split(cpu, c, /[ms]+/); print n, w, h, int((c[1] + c[3]) * 60000 + (c[2] + c[4]) * 1000)}' /tmp/marks" \
        >>"$OUT/times"
    tail -n 1 "$OUT/times"
}
: >"$OUT/times"
i=0
while [ $i -lt "$ROUNDS" ]; do
    # The order rotates each round, so no variant always follows the same one.
    for v in $(echo "installed bare installed-no-archive bare-jdk-cds installed bare installed-no-archive" | cut -d' ' -f$((i % 4 + 1))-$((i % 4 + 4))); do
        case $v in
            installed) run $v /opt/physiokiosk/bin/physiokiosk --kiosk ;;
            installed-no-archive) in_chroot mv /opt/physiokiosk/lib/app/physiokiosk.jsa /tmp/kept.jsa
                run $v /opt/physiokiosk/bin/physiokiosk --kiosk
                in_chroot mv /tmp/kept.jsa /opt/physiokiosk/lib/app/physiokiosk.jsa ;;
            bare) run $v "$JAVA $OPTS -cp /tmp/bare org.physiokiosk.bench.BareWindow" ;;
            bare-jdk-cds) run $v "$JAVA $OPTS -XX:SharedArchiveFile=/tmp/bare/jdk-default.jsa -Xshare:on -cp /tmp/bare org.physiokiosk.bench.BareWindow" ;;
        esac
    done
    i=$((i + 1))
done
# Per round: each variant's time over the bare window's of that round; then median (min-max) over the rounds.
awk -v rounds="$ROUNDS" '
  { n[$1]++; w[$1, n[$1]] = $2; h[$1, n[$1]] = $3; c[$1, n[$1]] = $4 }
  function sort(a, k,   i, j, t) { for (i = 2; i <= k; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t } }
  function med(a, k) { sort(a, k); return k % 2 ? a[(k+1)/2] : (a[k/2] + a[k/2+1]) / 2 }
  function line(v, base, what, arr,   r, k, a) { k = 0
      for (r = 1; r <= rounds; r++) { k++; a[k] = (what == "w" ? w[v, r] / w[base, r] : what == "h" ? h[v, r] / h[base, r] : c[v, r] / c[base, r]) }
      m = med(a, k); printf "%-22s / %-13s %-14s %.2fx (%.2fx-%.2fx)\n", v, base, what == "w" ? "first window" : what == "h" ? "home painted" : "CPU to the end", m, a[1], a[k] }
  function ms(v, what,   r, a) { for (r = 1; r <= rounds; r++) a[r] = (what == "w" ? w[v, r] : what == "h" ? h[v, r] : c[v, r]); return med(a, rounds) }
  END {
    for (v in n) printf "%-22s median first window %5d ms, home painted %5d ms, CPU %5d ms\n", v, ms(v, "w"), ms(v, "h"), ms(v, "c")
    split("installed installed-no-archive", vs, " ")
    for (i = 1; i <= 2; i++) for (b = 0; b < 2; b++) { base = b ? "bare-jdk-cds" : "bare"; line(vs[i], base, "w"); line(vs[i], base, "h"); line(vs[i], base, "c") }
  }' "$OUT/times" | tee "$OUT/summary"
