#!/usr/bin/env bash
# Builds what users install, into dist/, with a SHA256SUMS file:
#   terve-kunta-VERSION-windows-x64.zip   portable: runs from Downloads or a USB stick, no admin
#   terve-kunta-VERSION-x64.msi           for IT departments: Program Files, Start menu, upgrades
#   terve-kunta_VERSION_amd64.deb         Debian/Ubuntu: menu entry, icon, opens assessments
#
#   bash scripts/dist.sh
#
# Signing: with TK_SIGN_PKCS12 (a .pfx/.p12 code-signing certificate) and TK_SIGN_PASSWORD set,
# the exes and the MSI are signed with osslsigncode (and time-stamped if TK_SIGN_TIMESTAMP_URL
# is set); without them everything is built unsigned and the script says so.
# PROFILE=dev builds quickly from debug binaries (CI checks the packaging that way); the
# packages to hand out are built with the default, PROFILE=release. DIST_DIR (default dist) and
# TK_VERSION (default: Cargo.toml's) let scripts/test-packages.sh build an "upgrade".
#
# Needs (Debian): mingw-w64 wixl dpkg-dev zip python3, osslsigncode for signing, and
# `rustup target add x86_64-pc-windows-gnu`.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

PROFILE=${PROFILE:-release}
WIN=x86_64-pc-windows-gnu
case "$PROFILE" in
    dev) bin_dir=debug ;;
    *) bin_dir=$PROFILE ;;
esac
for tool in x86_64-w64-mingw32-gcc wixl dpkg-deb zip python3; do
    command -v "$tool" >/dev/null || {
        echo "dist: $tool not found (apt-get install mingw-w64 wixl dpkg-dev zip python3)" >&2
        exit 1
    }
done
VERSION=${TK_VERSION:-$(cargo metadata --locked --no-deps --format-version 1 |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["packages"][0]["version"])')}
DIST=${DIST_DIR:-dist}

echo "== building $VERSION ($PROFILE) for Linux and Windows"
rustup target list --installed | grep -qx "$WIN" || rustup target add "$WIN"
cargo build --locked --profile "$PROFILE" --bins
cargo build --locked --profile "$PROFILE" --bins --target "$WIN"
linux_bin="target/$bin_dir"
win_bin="target/$WIN/$bin_dir"

mkdir -p "$DIST"
DIST=$(cd "$DIST" && pwd)
# Only what this script makes is replaced; nothing else in the folder is touched.
rm -f "$DIST"/terve-kunta-*.zip "$DIST"/terve-kunta-*.msi "$DIST"/terve-kunta_*.deb "$DIST/SHA256SUMS"
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT

# Licenses: the app's own, and every crate and font compiled into it.
mkdir -p "$STAGE/licenses"
cp LICENSE-MIT "$STAGE/licenses/LICENSE-MIT.txt"
cp LICENSE-APACHE "$STAGE/licenses/LICENSE-APACHE.txt"
python3 scripts/third_party.py >"$STAGE/licenses/THIRD-PARTY.txt"
sed "s/@VERSION@/$VERSION/" packaging/LUEMINUT.txt >"$STAGE/LUEMINUT.txt"

# Signing, when a certificate is given.
sign() {
    local file=$1
    if [ -z "${TK_SIGN_PKCS12:-}" ]; then
        return
    fi
    local timestamp=()
    if [ -n "${TK_SIGN_TIMESTAMP_URL:-}" ]; then timestamp=(-ts "$TK_SIGN_TIMESTAMP_URL"); fi
    osslsigncode sign -pkcs12 "$TK_SIGN_PKCS12" -pass "${TK_SIGN_PASSWORD:-}" \
        -n "Terve Kunta -itsearviointi" -h sha256 "${timestamp[@]}" \
        -in "$file" -out "$file.signed" >/dev/null
    mv "$file.signed" "$file"
    echo "   signed $(basename "$file")"
}
if [ -n "${TK_SIGN_PKCS12:-}" ]; then
    command -v osslsigncode >/dev/null || {
        echo "dist: TK_SIGN_PKCS12 is set but osslsigncode is missing (apt-get install osslsigncode)" >&2
        exit 1
    }
    echo "== signing with $TK_SIGN_PKCS12"
else
    echo "== NOT SIGNED: set TK_SIGN_PKCS12 and TK_SIGN_PASSWORD to sign the exes and the MSI"
fi

echo "== Windows: portable zip"
win="$STAGE/terve-kunta-$VERSION"
mkdir -p "$win"
cp "$win_bin/terve-kunta.exe" "$win_bin/terve-kunta-cli.exe" "$win/"
sign "$win/terve-kunta.exe"
sign "$win/terve-kunta-cli.exe"
cp "$STAGE/LUEMINUT.txt" "$STAGE"/licenses/*.txt "$win/"
zip_name="terve-kunta-$VERSION-windows-x64.zip"
level=-9
if [ "$PROFILE" = dev ]; then level=-1; fi
(cd "$STAGE" && zip -q "$level" -r -X "$DIST/$zip_name" "terve-kunta-$VERSION")

echo "== Windows: MSI"
# wixl takes sources relative to where it runs: the staging folder.
cp assets/icons/terve-kunta.ico "$STAGE/"
sed -e "s|@VERSION@|$VERSION|g" -e "s|@BIN@|terve-kunta-$VERSION|g" -e "s|@STAGE@|.|g" \
    -e "s|@ICON@|terve-kunta.ico|g" \
    packaging/windows/terve-kunta.wxs >"$STAGE/terve-kunta.wxs"
msi_name="terve-kunta-$VERSION-x64.msi"
(cd "$STAGE" && wixl -a x64 -o "$DIST/$msi_name" terve-kunta.wxs)
sign "$DIST/$msi_name"

echo "== Linux: .deb"
deb="$STAGE/deb"
install -Dm755 "$linux_bin/terve-kunta" "$deb/usr/bin/terve-kunta"
install -Dm755 "$linux_bin/terve-kunta-cli" "$deb/usr/bin/terve-kunta-cli"
if [ "$PROFILE" != dev ]; then strip "$deb/usr/bin/terve-kunta" "$deb/usr/bin/terve-kunta-cli"; fi
install -Dm644 packaging/linux/terve-kunta.desktop "$deb/usr/share/applications/terve-kunta.desktop"
install -Dm644 packaging/linux/terve-kunta-mime.xml "$deb/usr/share/mime/packages/terve-kunta.xml"
install -Dm644 assets/icons/terve-kunta-256.png "$deb/usr/share/icons/hicolor/256x256/apps/terve-kunta.png"
install -Dm644 assets/icons/terve-kunta.svg "$deb/usr/share/icons/hicolor/scalable/apps/terve-kunta.svg"
install -Dm644 "$STAGE/licenses/THIRD-PARTY.txt" "$deb/usr/share/doc/terve-kunta/THIRD-PARTY.txt"
{
    echo "Terve Kunta -itsearviointi $VERSION: MIT OR Apache-2.0"
    echo
    cat LICENSE-MIT
} >"$deb/usr/share/doc/terve-kunta/copyright"
installed_kb=$(du -sk "$deb/usr" | cut -f1)
mkdir -p "$deb/DEBIAN"
cat >"$deb/DEBIAN/control" <<CONTROL
Package: terve-kunta
Version: $VERSION
Architecture: amd64
Maintainer: Terve Kunta -itsearviointi developers <terve-kunta@kehitys.example>
Installed-Size: $installed_kb
Depends: libc6 (>= 2.31), libgcc-s1, libgl1, libegl1, libxkbcommon-x11-0, libxcursor1, libxi6, libxrandr2
Recommends: xdg-desktop-portal | zenity, xdg-utils
Section: misc
Priority: optional
Homepage: https://thl.fi/aiheet/kuntien-ja-alueiden-hyvinvointijohtaminen/terve-kunta-verkosto
Description: Terve Kunta self-assessment against the joining criteria
 A municipality's evidence-backed self-assessment against the joining criteria
 of THL's Terve Kunta (Healthy Municipality) network, with a PDF report for the
 steering group. Finnish, Swedish and English.
CONTROL
deb_name="terve-kunta_${VERSION}_amd64.deb"
# Debug binaries are large: packed quickly, as only the packaging is being checked.
compression=(-Zxz)
if [ "$PROFILE" = dev ]; then compression=(-Zgzip -z1); fi
dpkg-deb --root-owner-group "${compression[@]}" --build "$deb" "$DIST/$deb_name" >/dev/null

(cd "$DIST" && sha256sum -- * >SHA256SUMS)
echo "== $DIST ($PROFILE, $(($(date +%s) - started)) s)"
(cd "$DIST" && ls -l --block-size=K -- *)
