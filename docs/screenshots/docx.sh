#!/usr/bin/env bash
# Screenshots of the Word documents: builds the example, converts
# report.docx and brief.docx to PDF with LibreOffice and renders report
# pages 1-3 and brief pages 1-2 at 60 dpi into docs/screenshots/.
# Needs soffice (libreoffice-writer-nogui) and pdftoppm (poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/../.."
shots=docs/screenshots
work=bin/docx-shots
rm -rf "$work"
mkdir -p "$work"
go run ./cmd/rapor build data/example -o "$work" -q
soffice -env:UserInstallation="file://$PWD/$work/profile" --headless \
  --convert-to pdf --outdir "$work" "$work/report.docx" "$work/brief.docx" >/dev/null
for i in 1 2 3; do
  pdftoppm -r 60 -png -singlefile -f "$i" -l "$i" "$work/report.pdf" "$shots/docx-report-page$i"
done
for i in 1 2; do
  pdftoppm -r 60 -png -singlefile -f "$i" -l "$i" "$work/brief.pdf" "$shots/docx-brief-page$i"
done
echo "wrote $shots/docx-report-page{1,2,3}.png and $shots/docx-brief-page{1,2}.png"
