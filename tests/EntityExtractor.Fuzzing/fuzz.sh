#!/usr/bin/env bash
# Fuzzes EntityExtractor with AFL++ (Debian's afl++ package) through SharpFuzz.
#   bash tests/EntityExtractor.Fuzzing/fuzz.sh [target] [seconds]
# target: extract (default), jsonl or model; seconds: how long to run (default 600).
# Findings land in artifacts/fuzz/<target>/default/{crashes,hangs}; replay one with
#   dotnet artifacts/fuzz/bin/EntityExtractor.Fuzzing.dll <target> < <file>
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:-extract}
seconds=${2:-600}
out=artifacts/fuzz
command -v afl-fuzz >/dev/null || { echo "afl-fuzz is missing: apt-get install afl++" >&2; exit 1; }

dotnet publish tests/EntityExtractor.Fuzzing -c Release -o "$out/bin" --nologo -v quiet
if [ ! -x "$out/tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$out/tools" >/dev/null
fi
# Instrument our own assemblies only (once per publish: sharpfuzz refuses an instrumented file).
for dll in EntityExtractor.dll entity-extractor.dll; do
  "$out/tools/sharpfuzz" "$out/bin/$dll" 2>&1 | grep -v "already instrumented" || true
done

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1
resume=tests/EntityExtractor.Fuzzing/seeds/$target
[ -d "$out/$target/default/queue" ] && resume=-
afl-fuzz -i "$resume" -o "$out/$target" -t 10000 -m none -V "$seconds" -- dotnet "$out/bin/EntityExtractor.Fuzzing.dll" "$target"
