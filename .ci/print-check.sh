#!/usr/bin/env bash
# Prints a handout on a real CUPS queue (cups-pdf, a printer that writes PDF files) through HandoutPrinter,
# then checks that what came out of the queue is the exported handout: same number of pages, every page
# ISO A4, and every page looks the same as the export's (rasterised, blurred, compared by RMSE).
#
# Why pixels and not pdftotext: Java's print path (PrinterJob -> PostScript -> CUPS) draws glyphs as
# outlines, so the printed PDF has no text layer to extract; the export's text is checked by the unit tests.
#
# Needs (Debian): apt-get install --no-install-recommends cups printer-driver-cups-pdf cups-bsd poppler-utils imagemagick
# Not part of ./mvnw verify: the ordinary build must not need a print system.
set -euo pipefail
cd "$(dirname "$0")/.."

QUEUE=PhysioKioskCheck
THRESHOLD=${THRESHOLD:-0.045}
WORK=target/print-check
for tool in cupsd lpadmin lpstat pdftoppm pdfinfo compare convert; do
  command -v "$tool" >/dev/null || { echo "print-check: $tool is missing (see the apt-get line in $0)"; exit 2; }
done
mkdir -p "$WORK"
rm -f "$WORK"/*.pgm "$WORK"/export.pdf "$WORK"/printed.pdf

started_cupsd=""
scheduler_up() { lpstat -r 2>/dev/null | grep -q "is running"; }
if ! scheduler_up; then
  cupsd -f >"$WORK/cupsd.log" 2>&1 &
  started_cupsd=$!
  for _ in $(seq 1 20); do scheduler_up && break; sleep 0.5; done
fi
cleanup() {
  lpadmin -x "$QUEUE" 2>/dev/null || true
  if [ -n "$started_cupsd" ]; then kill "$started_cupsd" 2>/dev/null || true; fi
}
trap cleanup EXIT

lpadmin -p "$QUEUE" -v cups-pdf:/ -E -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd -o PageSize=A4 2>/dev/null
# cups-pdf writes to ~/PDF of the job's user (see Out in /etc/cups/cups-pdf.conf).
OUT_DIR=${CUPS_PDF_OUT:-$HOME/PDF}
mkdir -p "$OUT_DIR"
marker="$WORK/.started"
touch "$marker"

./mvnw -o -q test -Dtest=PrintToCupsCheck -Dsurefire.failIfNoSpecifiedTests=false -Dphysiokiosk.printer="$QUEUE"

printed=""
for _ in $(seq 1 120); do
  printed=$(find "$OUT_DIR" -maxdepth 1 -name '*.pdf' -newer "$marker" | head -1)
  if [ -n "$printed" ] && ! lpstat -o "$QUEUE" 2>/dev/null | grep -q .; then break; fi
  sleep 0.5
done
[ -n "$printed" ] || { echo "print-check: nothing came out of the queue within 60 s"; exit 1; }
cp "$printed" "$WORK/printed.pdf"

pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }
exported_pages=$(pages "$WORK/export.pdf")
printed_pages=$(pages "$WORK/printed.pdf")
if [ "$exported_pages" != "$printed_pages" ]; then
  echo "print-check: export has $exported_pages pages, the print $printed_pages"; exit 1
fi
not_a4=$(pdfinfo -f 1 -l "$printed_pages" "$WORK/printed.pdf" | awk '/^Page +[0-9]+ size:/ && !/595\.[0-9]+ x 841\.[0-9]+/' || true)
if [ -n "$not_a4" ]; then echo "print-check: pages not on A4:"; echo "$not_a4"; exit 1; fi

pdftoppm -r 30 -gray "$WORK/export.pdf" "$WORK/e"
pdftoppm -r 30 -gray "$WORK/printed.pdf" "$WORK/p"
failed=0
for exported in "$WORK"/e-*.pgm; do
  page=${exported##*/e-}
  convert "$exported" -blur 0x3 "$WORK/eb-$page"
  convert "$WORK/p-$page" -blur 0x3 "$WORK/pb-$page"
  # compare exits 1 when the images differ at all; the number is what counts.
  rmse=$( (compare -metric RMSE "$WORK/eb-$page" "$WORK/pb-$page" null: 2>&1 || true) | sed 's/.*(\(.*\))/\1/')
  verdict=$(awk -v r="$rmse" -v t="$THRESHOLD" 'BEGIN { print (r < t) ? "same" : "DIFFERENT" }')
  echo "page ${page%.pgm}: RMSE $rmse ($verdict)"
  [ "$verdict" = same ] || failed=1
done
if [ "$failed" = 1 ]; then echo "print-check: the print differs from the export"; exit 1; fi
# The comparison must be able to fail: page 1 of the export against page 2 of the print.
if [ "$printed_pages" -ge 2 ]; then
  first_exported=$(ls "$WORK"/eb-*.pgm | sort | head -1)
  second_printed=$(ls "$WORK"/pb-*.pgm | sort | sed -n 2p)
  control=$( (compare -metric RMSE "$first_exported" "$second_printed" null: 2>&1 || true) | sed 's/.*(\(.*\))/\1/')
  if awk -v r="$control" -v t="$THRESHOLD" 'BEGIN { exit !(r < t) }'; then
    echo "print-check: page 1 and page 2 compare as the same (RMSE $control): the check is too lax"; exit 1
  fi
  echo "control: export page 1 vs printed page 2: RMSE $control (different, as it must be)"
fi
echo "print-check: $printed_pages A4 pages printed through CUPS match the export"
