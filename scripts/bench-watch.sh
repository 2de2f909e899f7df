#!/bin/sh
# Measures `anthology watch` on a 200-article book (the default sources repeated): the time of
# the first, full build and of the rebuild after one article is edited, as printed by watch
# itself ("built in N s"). Issue 15 asks the rebuild to take at most a quarter of the full build.
# On Linux it also gives the CPU time the watch process spent on each (from /proc), which a
# loaded machine disturbs less than the elapsed time. EDIT=N edits the N-th article (default 1).
# Usage: scripts/bench-watch.sh
set -eu
cd "$(dirname "$0")/.."
. scripts/lib/repeat-book.sh
cargo build --release --quiet
work="$(mktemp -d)"
book="$work/book"
repeat_book "$book" 40 "Watch Benchmark"
log="$work/watch.log"
./target/release/anthology watch "$book" --out "$work/out" > /dev/null 2> "$log" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
builds() { grep -c '^built in' "$log" || true; }
wait_builds() { while [ "$(builds)" -lt "$1" ]; do sleep 0.2; done; }
# CPU seconds (user + system) the watch process has used so far, when /proc tells.
cpu() { [ -r "/proc/$pid/stat" ] && awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$pid/stat"; }
wait_builds 1
cpu_full=$(cpu || true)
edited="$(ls "$book/sources" | sed -n "${EDIT:-1}p")"
printf '\nA sentence the editor added.\n' >> "$book/sources/$edited"
wait_builds 2
cpu_both=$(cpu || true)
full=$(grep '^built in' "$log" | sed -n 1p | awk '{print $3}')
again=$(grep '^built in' "$log" | sed -n 2p | awk '{print $3}')
printf '200 articles: full build %s s, rebuild after one edit %s s (ratio %s)\n' "$full" "$again" \
  "$(echo "scale=2; $again / $full" | bc)"
if [ -n "$cpu_full" ]; then
  printf '  CPU time: full build %s s, rebuild %s s (ratio %s)\n' "$cpu_full" \
    "$(echo "$cpu_both - $cpu_full" | bc)" "$(echo "scale=2; ($cpu_both - $cpu_full) / $cpu_full" | bc)"
fi
