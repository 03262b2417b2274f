#!/bin/sh
# Rebuilds the .docx fixtures from their sources with the real producers (see README.md).
# Needs: apt-get install -y libreoffice-writer-nogui pandoc fonts-liberation
set -eu
cd "$(dirname "$0")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# LibreOffice: HTML through the Writer (not Writer/Web) import filter, then the Word 2007-365 export filter.
soffice --headless -env:UserInstallation=file://"$out"/profile --infilter="HTML (StarWriter)" \
  --convert-to 'docx:MS Word 2007 XML' --outdir "$out" sgtvt-2019-office-tables.html
# LibreOffice: flat ODF text documents.
for f in mau-nd30-layout header-tabs auto-numbered-sections tracked-changes legacy-font-vntime; do
  soffice --headless -env:UserInstallation=file://"$out"/profile \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$out" "$f.fodt"
done
# pandoc: Markdown.
pandoc --from markdown --to docx --output "$out"/pandoc-markdown.docx pandoc-markdown.md
cp "$out"/*.docx .
