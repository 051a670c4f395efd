#!/usr/bin/env bash
# Get-FileHash against coreutils (sha1sum, sha256sum, sha384sum, sha512sum,
# md5sum) on one file of random bytes, in one run: best-of-RUNS wall time of
# each, the ratio, and a check that both give the same hash. Builds nothing.
#
#   bench/filehash.sh                 100 MB, .build/release/shoal, best of 3
#   SIZE_MB=1000 RUNS=5 SHOAL=path bench/filehash.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shoal=${SHOAL:-$root/.build/release/shoal}
[ -x "$shoal" ] || { echo "filehash: no $shoal (swift build -c release)" >&2; exit 1; }
runs=${RUNS:-3}
file=$(mktemp /tmp/shoal-filehash.XXXXXX)
trap 'rm -f "$file"' EXIT
head -c "$(( ${SIZE_MB:-100} * 1000000 ))" /dev/urandom > "$file"

best() {  # best wall seconds of "$@" over $runs runs
    local best=999999 start end t
    for _ in $(seq "$runs"); do
        start=$(date +%s.%N); "$@" > /dev/null; end=$(date +%s.%N)
        t=$(echo "$end - $start" | bc); (( $(echo "$t < $best" | bc) )) && best=$t
    done
    echo "$best"
}

echo "shoal $("$shoal" --version | cut -d' ' -f2), ${SIZE_MB:-100} MB, $(nproc) CPUs, best of $runs, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "| algorithm | Get-FileHash s | coreutils s | shoal / coreutils |"
echo "| --- | ---: | ---: | ---: |"
for pair in SHA1:sha1sum SHA256:sha256sum SHA384:sha384sum SHA512:sha512sum MD5:md5sum; do
    algorithm=${pair%%:*} tool=${pair#*:}
    command="(Get-FileHash -LiteralPath '$file' -Algorithm $algorithm).Hash"
    mine_hash=$("$shoal" -NoProfile -c "$command")
    theirs_hash=$("$tool" "$file" | cut -d' ' -f1 | tr a-f A-F)
    mine=$(best "$shoal" -NoProfile -c "$command")
    theirs=$(best "$tool" "$file")
    [ "$mine_hash" = "$theirs_hash" ] || { echo "filehash: $algorithm differs: $mine_hash vs $theirs_hash" >&2; exit 1; }
    printf '| %s | %.2f | %.2f | %.1f |\n' "$algorithm" "$mine" "$theirs" "$(echo "$mine / $theirs" | bc -l)"
done
