# Shared by the bench scripts, which source it first: the paths they use
# (`here`, `root`, `workloads`), `die`, and `find_bench_tools`, which finds
# the shoal binary (SHOAL, or the release build), python3 and bash and stops
# with a clear message when one is missing.

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
workloads=$here/workloads

die() {
    printf 'bench: %s\n' "$*" >&2
    exit 1
}

find_bench_tools() {
    if [[ -n ${SHOAL:-} ]]; then
        if [[ $SHOAL != */* ]]; then
            SHOAL=$(command -v "$SHOAL") || die "SHOAL=$SHOAL: not found on PATH"
        fi
        [[ $SHOAL == /* ]] || SHOAL=$PWD/$SHOAL
        [[ -x $SHOAL ]] || die "SHOAL=$SHOAL is not an executable file"
    else
        SHOAL=$root/.build/release/shoal
        [[ -x $SHOAL ]] || die "no shoal binary at $SHOAL.
Build it first:   cd $root && swift build -c release
or point SHOAL at one:   SHOAL=/path/to/shoal $0"
    fi
    PYTHON=${PYTHON:-/usr/bin/python3}
    BASH_BIN=${BASH_BIN:-/bin/bash}
    [[ -x $PYTHON ]] || die "PYTHON=$PYTHON is not executable (python3 is needed for the comparison and the table)"
    [[ -x $BASH_BIN ]] || die "BASH_BIN=$BASH_BIN is not executable"
}
