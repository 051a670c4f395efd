#!/bin/sh
# Builds the parse + evaluate fuzz target (Tests/ShoalFuzz) with libFuzzer
# and runs it on one core. Not run by CI; see bench/README.md.
#
#   bench/fuzz.sh              1,000,000 executions
#   bench/fuzz.sh 10000000     that many executions
#   bench/fuzz.sh 90m          for a time (s, m or h)
#   bench/fuzz.sh 1h -only_ascii=1    more arguments go to libFuzzer
#
# Environment: FUZZ_DIR (default <repo>/.build-fuzz) holds the build and,
# in fuzz/, the seed corpus, the growing corpus, the working directory the
# inputs run in and the artifacts (crash-*, timeout-*, oom-*).
# SHOAL_FUZZ_TIME_LIMIT_MS (default 200) is when an input is stopped.
# NO_BUILD=1 skips the build. FORK=1 keeps fuzzing after a crash, timeout
# or out-of-memory (libFuzzer's fork mode with one worker; time limits only).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
scratch=${FUZZ_DIR:-$root/.build-fuzz}
swift=${SWIFT:-swift}
limit=${1:-1000000}
[ $# -gt 0 ] && shift

if [ "${NO_BUILD:-0}" != 1 ]; then
    (cd "$root" && nice -n 19 "$swift" build -c release -j 1 --scratch-path "$scratch" --product shoal-fuzz \
        -Xswiftc -sanitize=fuzzer -Xswiftc -DSHOAL_LIBFUZZER)
fi
binary=$scratch/release/shoal-fuzz

dir=$scratch/fuzz
mkdir -p "$dir/seed" "$dir/corpus" "$dir/artifacts" "$dir/work"
# The seeds: every end-to-end script and example.
for file in "$root"/Tests/ShoalEndToEndTests/Scripts/*.ps1 "$root"/Tests/ShoalEndToEndTests/Scripts/lib/*.ps1 \
            "$root"/Tests/ShoalEndToEndTests/Examples/*.ps1 "$root"/examples/*.ps1; do
    [ -f "$file" ] || continue
    cp "$file" "$dir/seed/$(echo "${file#"$root"/}" | tr / _)"
done
# Inputs run in a copy of the end-to-end scripts' directory, so that their
# relative paths find files (they only read: nothing in the fuzz build writes).
cp -R "$root"/Tests/ShoalEndToEndTests/Scripts/. "$dir/work/"

case $limit in
    *s) budget="-max_total_time=${limit%s}" ;;
    *m) budget="-max_total_time=$(( ${limit%m} * 60 ))" ;;
    *h) budget="-max_total_time=$(( ${limit%h} * 3600 ))" ;;
    *) budget="-runs=$limit" ;;
esac
fork=""
if [ "${FORK:-0}" = 1 ]; then
    fork="-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1"
fi

cd "$dir/work"
# Swift's own crash backtracer would take the signals from libFuzzer, which
# then writes no crash-* file; replaying the file shows Swift's backtrace.
export SWIFT_BACKTRACE=enable=no
# shellcheck disable=SC2086
exec nice -n 19 "$binary" $budget $fork -dict="$root/Tests/ShoalFuzz/powershell.dict" \
    -max_len=4096 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$dir/artifacts/" "$@" "$dir/corpus" "$dir/seed" </dev/null
