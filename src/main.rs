//! `terve-kunta`: without arguments the desktop app, with a file the app with that file open,
//! with a command that command (see `--help`).
//!
//! On Windows this is a window program, so that Explorer opens no console window behind the app;
//! commands print to the console they were started from (see `cli::console`).
#![cfg_attr(windows, windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    terve_kunta::cli::main()
}
