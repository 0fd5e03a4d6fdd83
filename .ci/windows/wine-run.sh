#!/usr/bin/env bash
# The runner cargo uses for the Windows tests (CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER):
# runs one test exe under Wine in the prefix wine-prefix.sh made.
#
# A test that fails makes libtest exit with 101, and that is passed on as it is. Any other
# failure before the harness has printed its result line is Wine's, not a test's (seen once in
# CI: status 1 and not a line from the exe): it is said with Wine's status and the exe is run
# once more after the prefix's server has been restarted. A second such failure fails the run.
set -uo pipefail
WINE=${WINE:-/usr/lib/wine/wine64}
log=$(mktemp)
trap 'rm -f "$log"' EXIT

run() {
    "$WINE" "$@" 2>&1 | tee "$log"
    return "${PIPESTATUS[0]}"
}

run "$@"
status=$?
if [ "$status" -eq 0 ] || [ "$status" -eq 101 ] || grep -q '^test result: ' "$log"; then
    exit "$status"
fi
echo "wine-run: Wine ended $(basename "$1") with status $status before its tests reported;" \
    "restarting the Wine server and running it once more" >&2
/usr/lib/wine/wineserver -k 2>/dev/null || true
/usr/lib/wine/wineserver -w 2>/dev/null || true
run "$@"
status=$?
[ "$status" -eq 0 ] || echo "wine-run: $(basename "$1") under Wine: status $status again" >&2
exit "$status"
