#!/bin/sh
# Builds whole books from every page of the benchmarks (../shared/bench-clean/html and pages,
# ../shared/bench-readability/html): `anthology init --from` then `anthology build` on each set,
# as a stranger would. Any exit other than 0 is a finding (a panic exits 101); the last lines
# of each log are printed. Slow (a few minutes a set): run before closing input work.
# Usage: scripts/sweep-bench.sh [SHARED_DIR]   (ANTHOLOGY=path/to/binary to use another build)
set -eu
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${1:-$here/../shared}"
if [ -z "${ANTHOLOGY:-}" ]; then
  cargo build --release --quiet --manifest-path "$here/Cargo.toml"
fi
bin="${ANTHOLOGY:-$here/target/release/anthology}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for set in readability-html clean-html clean-txt; do
  mkdir -p "$work/$set/src"
  case $set in
    readability-html) for f in "$shared"/bench-readability/html/*.gz; do gzip -dc "$f" > "$work/$set/src/$(basename "$f" .gz)"; done ;;
    clean-html) for f in "$shared"/bench-clean/html/*.gz; do gzip -dc "$f" > "$work/$set/src/$(basename "$f" .gz)"; done ;;
    clean-txt) cp "$shared"/bench-clean/pages/*.txt "$work/$set/src/" ;;
  esac
  if "$bin" init "$work/$set/book" --from "$work/$set/src" > "$work/$set/init.log" 2>&1 \
    && "$bin" build "$work/$set/book" --out "$work/$set/out" > "$work/$set/build.log" 2>&1; then
    echo "$set: ok, $(tail -n 1 "$work/$set/build.log")"
  else
    status=1
    echo "$set: FAILED"
    tail -n 20 "$work/$set/init.log" "$work/$set/build.log" 2>/dev/null || true
  fi
done
exit $status
