#!/usr/bin/env bash
# The Windows build, tested on Debian: cross-compiled with mingw-w64, every test run under Wine,
# then the window exe started under Wine and Xvfb to its first frame.
#
#   bash scripts/test-windows.sh
#
# Needs (Debian): mingw-w64 wine64 xvfb xauth libgl1-mesa-dri poppler-utils qpdf, and
# `rustup target add x86_64-pc-windows-gnu`. .ci/run installs them.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET=x86_64-pc-windows-gnu
command -v xvfb-run >/dev/null || {
    echo "test-windows: xvfb-run not found (apt-get install xvfb xauth)" >&2
    exit 1
}
rustup target list --installed | grep -qx "$TARGET" || rustup target add "$TARGET"
source .ci/windows/wine-prefix.sh

# Times in the tests are Finnish local time, as on the users' PCs.
export TZ=Europe/Helsinki
export WINE CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER="$PWD/.ci/windows/wine-run.sh"

echo "== cargo test --target $TARGET (under Wine)"
cargo test --locked --target "$TARGET"

echo "== the exes: subsystems and imported DLLs"
exe="target/$TARGET/debug/terve-kunta.exe"
cli="target/$TARGET/debug/terve-kunta-cli.exe"
headers=$(x86_64-w64-mingw32-objdump -p "$exe")
[[ "$headers" == *"(Windows GUI)"* ]] || {
    echo "test-windows: $exe is not a window program (it would open a console window)" >&2
    exit 1
}
[[ "$(x86_64-w64-mingw32-objdump -p "$cli")" == *"(Windows CUI)"* ]] || {
    echo "test-windows: $cli is not a console program (scripts could not wait for it)" >&2
    exit 1
}
# Only DLLs that every Windows 10 and 11 has: nothing to install beside the exe.
SYSTEM_DLLS=" advapi32 bcrypt bcryptprimitives combase comctl32 comdlg32 crypt32 dbghelp dwmapi
    gdi32 imm32 kernel32 msvcrt ntdll ole32 oleaut32 opengl32 propsys rpcrt4 secur32 shell32
    shlwapi uiautomationcore user32 userenv uxtheme version winmm ws2_32 "
SYSTEM_DLLS=" $(echo $SYSTEM_DLLS) "
for program in "$exe" "$cli"; do
    for dll in $(x86_64-w64-mingw32-objdump -p "$program" | sed -n 's/^\s*DLL Name: //p' |
        tr 'A-Z' 'a-z' | sed 's/\.dll$//' | sort -u); do
        [[ "$dll" == api-ms-win-* || "$SYSTEM_DLLS" == *" $dll "* ]] || {
            echo "test-windows: $program imports $dll.dll, which Windows does not have" >&2
            exit 1
        }
    done
done

echo "== the window exe under Wine and Xvfb, to its first frame"
data="$WORK/data"
mkdir -p "$data"
start=$(date +%s%N)
TERVE_KUNTA_DATA_DIR="$(printf 'Z:%s' "$data" | tr / '\\')" TERVE_KUNTA_EXIT_AFTER_FIRST_FRAME=1 \
    timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$WINE" "$exe"
echo "first frame and exit: $((($(date +%s%N) - start) / 1000000)) ms (with Wine's start-up)"
