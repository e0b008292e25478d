#!/bin/sh
# Pictures of the example report for a person to look at (issue 9 "Done
# when"): in id and en, the first screen on a phone (390×844) and on a
# desktop (1280×800), and PDF pages 1, 2 and the last (50 dpi); both pages
# of the Indonesian brief.pdf (60 dpi).
#   scripts/screenshots.sh [OUT=docs/screenshots] [PROJECT=data/example]
# Needs bin/rapor (make build), Chromium and pdftoppm (poppler-utils).
set -eu
out=${1:-docs/screenshots}
project=${2:-data/example}
browser=${RAPOR_BROWSER:-chromium}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
rm -f "$out"/id-*.png "$out"/en-*.png "$out"/brief-pdf-page*.png
shot() { # html width height png
	"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
		--host-resolver-rules='MAP * ~NOTFOUND' --virtual-time-budget=5000 \
		--window-size="$2,$3" --screenshot="$4" "file://$1" 2>/dev/null
}
for lang in id en; do
	./bin/rapor build "$project" -o "$tmp/$lang" --lang "$lang" --pdf -q 2>/dev/null
	html=$(cd "$tmp/$lang" && pwd)/report.html
	shot "$html" 390 844 "$out/$lang-phone-390x844.png"
	shot "$html" 1280 800 "$out/$lang-desktop-1280x800.png"
	pdf="$tmp/$lang/report.pdf"
	last=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
	for p in 1 2 "$last"; do
		name=$p
		[ "$p" = "$last" ] && name=last
		pdftoppm -png -r 50 -f "$p" -l "$p" -singlefile "$pdf" "$out/$lang-pdf-page-$name"
	done
	if [ "$lang" = id ]; then
		for p in 1 2; do
			pdftoppm -png -r 60 -f "$p" -l "$p" -singlefile "$tmp/$lang/brief.pdf" "$out/brief-pdf-page$p"
		done
	fi
done
du -ch "$out"/*.png | tail -1
