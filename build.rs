//! On Windows, gives the exes their icon, version information (what Explorer's Properties and IT
//! inventories show) and manifest (no administrator rights asked, high-DPI, long paths).
//! Elsewhere it does nothing.
#![allow(
    clippy::print_stdout,
    reason = "cargo reads a build script's instructions from its output"
)]

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/icons/terve-kunta.ico");
    println!("cargo:rerun-if-changed=packaging/windows/terve-kunta.manifest");
    let target_os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let target_env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if target_os != "windows" {
        return;
    }
    if target_env != "gnu" {
        println!(
            "cargo:warning=the exe gets no icon or version information: only the gnu toolchain's windres is set up"
        );
        return;
    }
    let (Ok(out_dir), Ok(manifest_dir)) = (
        std::env::var("OUT_DIR"),
        std::env::var("CARGO_MANIFEST_DIR"),
    ) else {
        return;
    };
    let (out_dir, root) = (PathBuf::from(out_dir), PathBuf::from(manifest_dir));
    let rc = resource_script(&root);
    let rc_path = out_dir.join("terve-kunta.rc");
    let object = out_dir.join("terve-kunta-resources.o");
    if std::fs::write(&rc_path, rc).is_err() {
        return;
    }
    let windres = std::env::var("WINDRES").unwrap_or_else(|_| {
        if cfg!(windows) {
            "windres"
        } else {
            "x86_64-w64-mingw32-windres"
        }
        .to_owned()
    });
    let status = std::process::Command::new(&windres)
        .args(["--input-format=rc", "--output-format=coff", "-i"])
        .arg(&rc_path)
        .arg("-o")
        .arg(&object)
        .status();
    match status {
        Ok(status) if status.success() => {
            println!("cargo:rustc-link-arg-bins={}", object.display());
        }
        _ => println!(
            "cargo:warning=the exe gets no icon or version information: {windres} did not run (apt-get install mingw-w64)"
        ),
    }
}

/// The resource script: the icon, the manifest and the version information (in Finnish).
fn resource_script(root: &std::path::Path) -> String {
    let version =
        |part: &str| std::env::var(format!("CARGO_PKG_VERSION_{part}")).unwrap_or_default();
    let numbers = format!(
        "{},{},{},0",
        version("MAJOR"),
        version("MINOR"),
        version("PATCH")
    );
    let text = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let quoted = |path: PathBuf| path.display().to_string().replace('\\', "/");
    format!(
        r#"#pragma code_page(65001)
1 ICON "{icon}"
1 24 "{manifest}"
1 VERSIONINFO
FILEVERSION {numbers}
PRODUCTVERSION {numbers}
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040b04b0"
    BEGIN
      VALUE "CompanyName", "Terve Kunta -itsearviointi"
      VALUE "FileDescription", "Terve Kunta -itsearviointi"
      VALUE "FileVersion", "{text}"
      VALUE "LegalCopyright", "MIT OR Apache-2.0"
      VALUE "ProductName", "Terve Kunta -itsearviointi"
      VALUE "ProductVersion", "{text}"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x040b, 1200
  END
END
"#,
        icon = quoted(root.join("assets/icons/terve-kunta.ico")),
        manifest = quoted(root.join("packaging/windows/terve-kunta.manifest")),
    )
}
