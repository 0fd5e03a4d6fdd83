//! The console, which only Windows makes a question of.
//!
//! On Windows `terve-kunta.exe` is a window program (the `windows` subsystem), so that starting it
//! from Explorer opens no black console window behind the app. A window program gets no console:
//! when it is given a command in cmd or PowerShell it attaches to the console it was started from
//! and prints there. (Scripts that need the exit code use `terve-kunta-cli.exe`, a console program
//! that the shell waits for; see the README.) Elsewhere these functions print as usual.

use std::io::Write as _;

use super::escape::Escaping;

/// Makes printed text reach the console the program was started from, if it has none of its
/// own. Output already redirected to a file or a pipe stays where it is.
pub fn attach_to_parent() {
    #[cfg(windows)]
    windows::attach_to_parent();
}

/// Shows an error that stops the program: on the console, or where there is none (a window
/// program started from Explorer), in a message box.
pub fn show_error(message: &str) {
    #[cfg(windows)]
    {
        attach_to_parent();
        if !windows::has_stderr() {
            windows::message_box(message);
            return;
        }
    }
    let _ = writeln!(Escaping::new(std::io::stderr()), "{message}");
}

#[cfg(windows)]
#[allow(
    unsafe_code,
    reason = "four kernel32/user32 calls that keep no pointers: the console and a message box"
)]
mod windows {
    use windows_sys::Win32::Foundation::HANDLE;
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_HANDLE,
        STD_OUTPUT_HANDLE, SetStdHandle,
    };
    use windows_sys::Win32::UI::WindowsAndMessaging::{MB_ICONERROR, MB_OK, MessageBoxW};

    fn handle(which: STD_HANDLE) -> HANDLE {
        // SAFETY: GetStdHandle takes a constant and returns a handle value (possibly null).
        unsafe { GetStdHandle(which) }
    }

    fn usable(handle: HANDLE) -> bool {
        !handle.is_null() && handle != windows_sys::Win32::Foundation::INVALID_HANDLE_VALUE
    }

    pub fn has_stderr() -> bool {
        usable(handle(STD_ERROR_HANDLE))
    }

    pub fn attach_to_parent() {
        let out = handle(STD_OUTPUT_HANDLE);
        let err = handle(STD_ERROR_HANDLE);
        if usable(out) && usable(err) {
            return;
        }
        // SAFETY: AttachConsole takes a process id constant; it fails harmlessly when the parent
        // has no console or this process already has one.
        if unsafe { AttachConsole(ATTACH_PARENT_PROCESS) } == 0 {
            return;
        }
        // Attaching points the standard handles at the console; keep any that were redirected.
        for (which, before) in [(STD_OUTPUT_HANDLE, out), (STD_ERROR_HANDLE, err)] {
            if usable(before) {
                // SAFETY: `before` is this process's own standard handle, still open.
                unsafe { SetStdHandle(which, before) };
            }
        }
    }

    pub fn message_box(message: &str) {
        let wide = |text: &str| text.encode_utf16().chain([0]).collect::<Vec<u16>>();
        let text = wide(message);
        let title = wide(crate::ui::APP_TITLE);
        // SAFETY: both strings are NUL-terminated UTF-16 that outlive the call; no owner window.
        unsafe {
            MessageBoxW(
                std::ptr::null_mut(),
                text.as_ptr(),
                title.as_ptr(),
                MB_OK | MB_ICONERROR,
            );
        }
    }
}
