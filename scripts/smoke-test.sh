#!/usr/bin/env bash
# A short check of a built regq binary, meant for the release binary that `make run` starts
# (`make smoke` builds it and runs this on it). From an empty folder, so that nothing but
# the binary is used: it answers from its embedded register, in the table and CSV formats,
# from -e and from standard input; refuses a bad query with exit status 1 and a diagnostic;
# checks the saved queries; reconciles the embedded summary; makes the monthly pack; prints
# its help.
#
#   scripts/smoke-test.sh BINARY
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: $0 BINARY" >&2; exit 2; }
[ -f "$1" ] && [ -x "$1" ] || { echo "smoke: $1 is not an executable file" >&2; exit 2; }
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export NO_COLOR=1
unset COLUMNS
failures=0

# run INPUT ARGS...: runs the binary on ARGS with INPUT as standard input, for at most
# 10 seconds; leaves its output in `out` and `err` and its exit status in $status.
run() {
    printf '%s' "$1" > in
    shift
    status=0
    timeout 10 "$binary" "$@" < in > out 2> err || status=$?
}

# check DESCRIPTION CONDITION...: records the case as passed when CONDITION succeeds.
check() {
    local description=$1
    shift
    if "$@"; then
        echo "smoke: ok    $description"
    else
        failures=$((failures + 1))
        echo "smoke: FAIL  $description (exit status $status)"
        echo "  standard output:"; sed 's/^/    | /' out
        echo "  standard error:"; sed 's/^/    | /' err
    fi
}

# is STATUS EXPECTED_STDOUT: the exit status, and standard output byte for byte.
is() { [ "$status" -eq "$1" ] && printf '%s' "$2" | cmp -s - out; }

run '' -e 'select count(*) from IF'
check "a count in the table format" \
    is 0 $'count\n─────\n   40\n(1 row)\n'

run '' -f csv -e 'select count(*) from IF'
check "a count in CSV" \
    is 0 $'count\n40\n'

run '' -f csv -e 'select * from BP limit 2'
check "register rows in CSV, with the register file's header" \
    eval '[ "$status" -eq 0 ] && [ "$(wc -l < out)" -eq 3 ] &&
          [ "$(head -n 1 out)" = kind,ref,name,wg,subgroups,status,blocker,sg,review,dag ] &&
          [ ! -s err ]'

run 'select count(*) from BP' -f csv
check "a statement from standard input" \
    is 0 $'count\n24\n'

run '' -e 'select * wher status = blocked'
check "a bad query: exit status 1, a diagnostic on standard error, no results" \
    eval '[ "$status" -eq 1 ] && [ ! -s out ] &&
          grep -q "^<query>:1:10: error: " err'

run '' --check -p month=May-22 "$root"/Queries/*.rq
check "every saved query checks" \
    eval '[ "$status" -eq 0 ] && [ ! -s err ]'

run '' reconcile -f csv
check "reconcile on the embedded summary" \
    eval '[ "$status" -eq 0 ] && [ "$(head -n 1 out)" = table,row,column,published,computed,difference ] &&
          grep -q "^note: 64 of 115 published figures differ from the register" err'

run '' --history "$root"/Tests/Fixtures/history -f csv -e 'select report, count(*) from * @all where status = blocked group by report'
check "a history: the blocked count report by report" \
    is 0 $'report,count\nJan-22,36\nFeb-22,35\nMar-22,35\n'

run '' --history "$root"/Tests/Fixtures/history -f csv -e 'diff'
check "a history: diff of the last two reports, with its summary" \
    eval '[ "$status" -eq 0 ] && [ "$(head -n 1 out)" = change,kind,ref,name,status,blocker,sg,review,dag ] &&
          grep -q "^note: 4 changed, 4 new, 4 removed (Feb-22 → Mar-22)" err'

run '' sql --dialect postgres -e 'select ref from IF where status = blocked'
check "regq sql" \
    eval '[ "$status" -eq 0 ] && grep -q "^SELECT r.\"ref\" AS \"ref\"" out'

run '' report --history "$root"/Tests/Fixtures/history -o pack.html
check "regq report: the standard pack as one HTML page" \
    eval '[ "$status" -eq 0 ] && [ ! -s out ] && head -n 1 pack.html | grep -q "^<!DOCTYPE html>" &&
          grep -q "<h2>Trend of what slipped since Feb-22</h2>" pack.html && ! grep -q "<script" pack.html'

run '' --help
check "--help" \
    eval '[ "$status" -eq 0 ] && grep -q "^USAGE: regq " out'

if command -v ldd > /dev/null && ldd "$binary" > /dev/null 2>&1; then
    echo "smoke: note: $binary is linked dynamically, not the one static executable make release links where it can"
fi
if [ "$failures" -ne 0 ]; then
    echo "smoke: $failures check(s) failed for $binary"
    exit 1
fi
echo "smoke: every check passed for $binary"
