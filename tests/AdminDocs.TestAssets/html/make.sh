#!/bin/sh
# Rebuilds the HTML fixtures (see README.md).
# Needs: apt-get install -y libreoffice-writer-nogui pandoc python3
set -eu
cd "$(dirname "$0")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# LibreOffice: the .docx fixtures saved as HTML by Writer's "HTML (StarWriter)" export filter.
soffice --headless -env:UserInstallation=file://"$out"/profile --convert-to 'html:HTML (StarWriter)' \
  --outdir "$out" ../docx/mau-nd30-layout.docx ../docx/sgtvt-2019-office-tables.docx
cp "$out"/mau-nd30-layout.html libreoffice-mau-nd30.html
cp "$out"/sgtvt-2019-office-tables.html libreoffice-sgtvt-2019.html
# pandoc: the .docx fixture and the text sample (read as Markdown, pandoc's default) as standalone HTML5.
pandoc --from docx --to html5 --standalone --metadata pagetitle="Báo cáo" --output pandoc-docx-mau-nd30.html ../docx/mau-nd30-layout.docx
pandoc --from markdown --to html5 --standalone --metadata pagetitle="Báo cáo" --output pandoc-markdown-mau-nd30.html ../samples/bao-cao-mau-nd30.txt
# Hand-written: Word's "Web Page, Filtered" dialect and a portal's table layout, from the text sample.
python3 make-handwritten.py
