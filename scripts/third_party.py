#!/usr/bin/env python3
"""Lists what the shipped program is built from, with licenses: every crate compiled into it
(on Linux or Windows, without test and build-only crates) and the fonts inside it, with the
fonts' license texts. Used by scripts/dist.sh for THIRD-PARTY.txt."""

import json
import pathlib
import subprocess
import sys

TARGETS = ["x86_64-unknown-linux-gnu", "x86_64-pc-windows-gnu"]
ROOT = pathlib.Path(__file__).resolve().parent.parent


def shipped_crates(target):
    """The crates the program links on `target`: normal dependencies, followed from the root."""
    metadata = json.loads(
        subprocess.run(
            ["cargo", "metadata", "--locked", "--format-version", "1",
             "--filter-platform", target],
            cwd=ROOT, check=True, capture_output=True, text=True,
        ).stdout
    )
    packages = {p["id"]: p for p in metadata["packages"]}
    nodes = {n["id"]: n for n in metadata["resolve"]["nodes"]}
    root = metadata["resolve"]["root"]
    seen, stack = set(), [root]
    while stack:
        node = nodes[stack.pop()]
        for dep in node["deps"]:
            if any(kind["kind"] is None for kind in dep["dep_kinds"]) and dep["pkg"] not in seen:
                seen.add(dep["pkg"])
                stack.append(dep["pkg"])
    return {packages[i]["name"] + " " + packages[i]["version"]: packages[i] for i in seen}


def main():
    crates = {}
    for target in TARGETS:
        crates.update(shipped_crates(target))
    out = sys.stdout
    out.write("Terve Kunta -itsearviointi is MIT OR Apache-2.0 (LICENSE-MIT.txt, LICENSE-APACHE.txt).\n")
    out.write("It is built from these crates (name, version, license as the crate declares it):\n\n")
    for key in sorted(crates, key=str.lower):
        package = crates[key]
        out.write(f"  {key:<42} {package.get('license') or package.get('license_file') or '?'}\n")
    out.write("\nFonts inside the program:\n")
    out.write("  Liberation Sans (PDF report): SIL Open Font License 1.1\n")
    out.write("  Ubuntu Light, Hack, Noto Emoji, emoji-icon-font (window; from epaint_default_fonts):\n")
    out.write("    Ubuntu Font Licence 1.0, MIT/Bitstream Vera, SIL OFL 1.1, MIT\n")
    out.write("  sRGB.icc (PDF/A output intent): zlib\n")
    texts = [("SIL Open Font License 1.1 (Liberation Sans)", ROOT / "assets/fonts/OFL-1.1.txt"),
             ("zlib (sRGB.icc)", ROOT / "assets/color/LICENSE-Zlib.txt")]
    fonts = next(iter(
        pathlib.Path(p["manifest_path"]).parent / "fonts"
        for p in crates.values() if p["name"] == "epaint_default_fonts"), None)
    if fonts is not None:
        for name, file in [("Ubuntu Font Licence 1.0", "UFL.txt"), ("SIL OFL 1.1 (Noto Emoji)", "OFL.txt"),
                           ("Hack", "Hack-Regular.txt"), ("emoji-icon-font", "emoji-icon-font-mit-license.txt")]:
            texts.append((name, fonts / file))
    for title, path in texts:
        out.write(f"\n\n===== {title} =====\n\n")
        out.write(path.read_text(encoding="utf-8", errors="replace"))


if __name__ == "__main__":
    main()
