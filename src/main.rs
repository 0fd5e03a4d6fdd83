//! `terve-kunta`: without arguments the desktop app, with arguments a command (see `--help`).

fn main() -> std::process::ExitCode {
    terve_kunta::cli::main()
}
