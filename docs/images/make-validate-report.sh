#!/usr/bin/env bash
# Regenerates docs/images/validate-report.png: the HTML report of the real 2019 report (.docx, office tables),
# rendered by headless Chromium (Debian's chromium). Run from the repository root.
set -euo pipefail
out=$(mktemp -d)
dotnet run --project src/AdminDocs.Cli -- validate --format html -o "$out/report.html" \
  tests/AdminDocs.TestAssets/docx/sgtvt-2019-office-tables.docx || [ $? -eq 1 ]
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size=1000,1500 --screenshot="docs/images/validate-report.png" "file://$out/report.html" 2>/dev/null
rm -rf "$out"
