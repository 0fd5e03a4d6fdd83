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
"$WINE" wineboot --init >/dev/null 2>&1
/usr/lib/wine/wineserver -w
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
    "$(dirname "${BASH_SOURCE[0]}")/bcryptprimitives.c"
