#!/usr/bin/env bash
# The AFL++ harness of docs/reliability.md. Usage (from the repository root):
#   fuzz/fuzz.sh build                 build fuzz/AdminDocs.Fuzz (Release) and instrument our three assemblies
#   fuzz/fuzz.sh seeds                 gather the seed corpora from tests/AdminDocs.TestAssets (incl. real/)
#   fuzz/fuzz.sh run TARGET [EXECS]    afl-fuzz one target (docx, html, text) for EXECS executions (default 1000000)
#   fuzz/fuzz.sh repro TARGET FILE...  run inputs once, uninstrumented, and print any exception
# Everything goes to fuzz/work/ (ignored by git): bin/, seeds/TARGET/, findings/TARGET/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/fuzz/work"
bin="$work/bin"
assets="$root/tests/AdminDocs.TestAssets"

case "${1:-}" in
  build)
    dotnet build "$root/fuzz/AdminDocs.Fuzz" -c Release
    rm -rf "$bin" && mkdir -p "$work" && cp -r "$root/fuzz/AdminDocs.Fuzz/bin/Release/net10.0" "$bin"
    # Only our code is instrumented: AFL's coverage map then follows the readers' and the recognizer's branches,
    # not those of the Open XML SDK, System.IO.Packaging or AngleSharp (which still run on every input).
    for dll in AdminDocs.dll AdminDocs.Docx.dll AdminDocs.Html.dll; do sharpfuzz "$bin/$dll"; done
    ;;
  seeds)
    rm -rf "$work/seeds" && mkdir -p "$work/seeds/docx" "$work/seeds/html" "$work/seeds/text"
    # AFL++ refuses seeds over 1 MB; small seeds fuzz faster, so the .docx seeds stop at 200 kB.
    find "$assets" -name '*.docx' -size -200k -exec cp {} "$work/seeds/docx/" \;
    find "$assets" -name '*.html' -size -200k -exec cp {} "$work/seeds/html/" \;
    find "$assets/corpus" "$assets/real/text" "$assets/samples" -name '*.txt' -size -200k -exec cp {} "$work/seeds/text/" \;
    for t in docx html text; do echo "$t: $(ls "$work/seeds/$t" | wc -l) seeds"; done
    ;;
  run)
    target="$2"; execs="${3:-1000000}"
    mkdir -p "$work/findings"
    # dotnet is not an AFL-instrumented binary (the instrumentation is in the managed assemblies); the machine is
    # shared, so no CPU pinning and no frequency check. -t: a hang is an input that takes over 10 s.
    AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
    AFL_NO_UI=1 AFL_AUTORESUME=1 \
      afl-fuzz -i "$work/seeds/$target" -o "$work/findings/$target" -t 10000 -m none -E "$execs" \
        -- dotnet "$bin/AdminDocs.Fuzz.dll" "$target"
    ;;
  repro)
    target="$2"; shift 2
    dotnet run --project "$root/fuzz/AdminDocs.Fuzz" -c Release -- "$target" "$@"
    ;;
  *)
    sed -n '2,8p' "$0"; exit 2 ;;
esac
