#!/usr/bin/env bash
# Checks the packages scripts/dist.sh makes, built quickly from debug binaries (PROFILE=dev) and
# signed with a throwaway self-signed certificate:
#   - signatures and SHA256SUMS verify; the zip holds the exes, LUEMINUT.txt and the licenses;
#   - the MSI installs under Wine (Program Files, Start menu, "Open with"), the installed program
#     runs, a newer MSI replaces it (one entry in "Apps"), and uninstalling removes the program
#     but leaves the user's data;
#   - the .deb holds the program, the menu entry, the icon and the MIME type, and they are valid.
#
#   bash scripts/test-packages.sh      (after scripts/test-windows.sh has built the Windows exes)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/windows/wine-prefix.sh
fail() {
    echo "test-packages: $*" >&2
    exit 1
}

echo "== a throwaway code-signing certificate"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Terve Kunta test signing" \
    -addext "extendedKeyUsage=codeSigning" -keyout "$WORK/key.pem" -out "$WORK/cert.pem" 2>/dev/null
openssl pkcs12 -export -inkey "$WORK/key.pem" -in "$WORK/cert.pem" -passout pass:testi \
    -out "$WORK/signing.pfx"

TK_SIGN_PKCS12="$WORK/signing.pfx" TK_SIGN_PASSWORD=testi PROFILE=dev DIST_DIR="$WORK/dist" \
    bash scripts/dist.sh
TK_VERSION=0.1.99 PROFILE=dev DIST_DIR="$WORK/upgrade" bash scripts/dist.sh >/dev/null
VERSION=$(cd "$WORK/dist" && ls terve-kunta-*-x64.msi | sed 's/terve-kunta-\(.*\)-x64.msi/\1/')
zip="$WORK/dist/terve-kunta-$VERSION-windows-x64.zip"
msi="$WORK/dist/terve-kunta-$VERSION-x64.msi"
deb="$WORK/dist/terve-kunta_${VERSION}_amd64.deb"

echo "== checksums and signatures"
(cd "$WORK/dist" && sha256sum --quiet -c SHA256SUMS)
unzip -q "$zip" -d "$WORK/unzipped"
portable="$WORK/unzipped/terve-kunta-$VERSION"
for file in terve-kunta.exe terve-kunta-cli.exe LUEMINUT.txt LICENSE-MIT.txt LICENSE-APACHE.txt THIRD-PARTY.txt; do
    [ -f "$portable/$file" ] || fail "the zip lacks $file"
done
for signed in "$portable/terve-kunta.exe" "$portable/terve-kunta-cli.exe" "$msi"; do
    osslsigncode verify -CAfile "$WORK/cert.pem" -in "$signed" >"$WORK/verify.log" 2>&1 ||
        fail "$(basename "$signed") is not signed: $(tail -3 "$WORK/verify.log")"
done
if osslsigncode verify -CAfile "$WORK/cert.pem" -in "$WORK/upgrade/terve-kunta-0.1.99-x64.msi" >/dev/null 2>&1; then
    fail "an MSI built without a certificate claims a signature"
fi

echo "== the MSI under Wine: install, run, upgrade, uninstall"
installed="$WINEPREFIX/drive_c/Program Files/Terve Kunta"
roaming=$(find "$WINEPREFIX/drive_c/users" -maxdepth 3 -path '*/AppData/Roaming' ! -path '*/Public/*' -print -quit)
data="$roaming/terve-kunta/data"
"$WINE" msiexec /i "$(printf 'Z:%s' "$msi" | tr / '\\')" /qn
[ -f "$installed/terve-kunta.exe" ] && [ -f "$installed/terve-kunta-cli.exe" ] || fail "not installed"
[ -n "$(find "$WINEPREFIX/drive_c" -name 'Terve Kunta -itsearviointi.lnk')" ] || fail "no Start-menu entry"
# (Outputs are compared whole: `grep -q` would end a pipe early, which pipefail counts as failure.)
[[ "$("$WINE" reg query 'HKLM\Software\Classes\.ron')" == *TerveKunta.Assessment* ]] ||
    fail ".ron is not associated"
[[ "$("$WINE" reg query 'HKLM\Software\Classes\TerveKunta.Assessment\shell\open\command')" == *'terve-kunta.exe" "%1"'* ]] ||
    fail "no open command"
version=$("$WINE" "$installed/terve-kunta-cli.exe" --version | tr -d '\r')
[ "$version" = "terve-kunta $VERSION" ] || fail "the installed program says: $version"
mkdir -p "$data"
echo "the user's own file" >"$data/oma-arviointi.ron"
products() {
    "$WINE" reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null |
        grep -c "DisplayName.*Terve Kunta -itsearviointi" || true
}
[ "$(products)" = 1 ] || fail "expected one installed product, found $(products)"
"$WINE" msiexec /i "$(printf 'Z:%s' "$WORK/upgrade/terve-kunta-0.1.99-x64.msi" | tr / '\\')" /qn
[ "$(products)" = 1 ] || fail "the upgrade left $(products) products"
[[ "$("$WINE" reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s)" == *"0.1.99"* ]] ||
    fail "the upgrade did not replace the version"
"$WINE" msiexec /x "$(printf 'Z:%s' "$WORK/upgrade/terve-kunta-0.1.99-x64.msi" | tr / '\\')" /qn
[ ! -e "$installed/terve-kunta.exe" ] || fail "uninstall left the program"
[ "$(products)" = 0 ] || fail "uninstall left the product listed"
[ "$(cat "$data/oma-arviointi.ron")" = "the user's own file" ] || fail "uninstall touched the user's data"

echo "== the .deb"
[[ "$(dpkg-deb -I "$deb")" == *"Package: terve-kunta"* ]] || fail "no control file"
dpkg-deb -x "$deb" "$WORK/deb"
for file in usr/bin/terve-kunta usr/share/applications/terve-kunta.desktop \
    usr/share/mime/packages/terve-kunta.xml usr/share/icons/hicolor/256x256/apps/terve-kunta.png \
    usr/share/doc/terve-kunta/copyright; do
    [ -f "$WORK/deb/$file" ] || fail "the .deb lacks /$file"
done
desktop-file-validate "$WORK/deb/usr/share/applications/terve-kunta.desktop"
python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' \
    "$WORK/deb/usr/share/mime/packages/terve-kunta.xml"
[ "$("$WORK/deb/usr/bin/terve-kunta" --version)" = "terve-kunta $VERSION" ] || fail "the packaged program"
echo "== packages OK"
