# Sourced by scripts/test-windows.sh and scripts/test-packages.sh: a Wine prefix of their own in
# a temporary folder ($WORK), removed on exit, with the test-only stand-in for
# bcryptprimitives.dll, which Wine 8 lacks and Rust's standard library needs (real Windows 10
# and 11 have it; it never ships). Sets WINE, WORK and WINEPREFIX.
WINE=/usr/lib/wine/wine64
for tool in x86_64-w64-mingw32-gcc "$WINE"; do
    command -v "$tool" >/dev/null || {
        echo "$0: $tool not found (apt-get install mingw-w64 wine64)" >&2
        exit 1
    }
done
WORK=$(mktemp -d)
export WINEPREFIX="$WORK/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
cleanup_wine_prefix() {
    /usr/lib/wine/wineserver -k 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup_wine_prefix EXIT
# Said in full when it fails; a prefix that cannot run a program stops here, not in a test.
if ! "$WINE" wineboot --init >"$WORK/wineboot.log" 2>&1; then
    echo "$0: wineboot --init failed:" >&2
    cat "$WORK/wineboot.log" >&2
    exit 1
fi
/usr/lib/wine/wineserver -w
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
    "$(dirname "${BASH_SOURCE[0]}")/bcryptprimitives.c"
answer=$("$WINE" cmd /c echo wine-ok 2>&1 | tr -d '\r') || true
[[ "$answer" == *wine-ok* ]] || {
    echo "$0: Wine cannot run a program in its new prefix: $answer" >&2
    exit 1
}
