//! `terve-kunta-cli`: the commands of `terve-kunta` as a console program, without the window.
//!
//! On Windows `terve-kunta.exe` is a window program, which cmd and PowerShell do not wait for;
//! scripts that need the output and the exit code call this one. Without a command it starts the
//! app from the same folder.

fn main() -> std::process::ExitCode {
    terve_kunta::cli::main_without_window()
}
