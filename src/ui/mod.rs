//! The desktop app (egui). Depends on the domain, storage and i18n; nothing depends on it.
//!
//! One file per screen; [`App`] owns the state and applies [`Command`]s at the end of each
//! frame. Time, ids and file dialogs come in through [`Env`], so tests drive the real app
//! with a fixed clock and scripted dialogs.

mod actions_screen;
mod app;
mod assessment_screen;
mod audit_screen;
mod basics_screen;
pub mod command;
mod compare_screen;
mod criteria_notice;
pub mod dialogs;
mod document;
mod evidence_editor;
mod group_screen;
mod new_assessment;
mod overview_screen;
mod question;
pub mod settings;
mod settings_screen;
mod start_screen;
mod summary_screen;
pub mod theme;
mod widgets;

use std::path::PathBuf;

pub use app::{App, Conflict, Modal, Notice, Screen};
pub use command::Command;
pub use document::{Document, ReadOnly, ReviewState, SaveState, Verified};

use crate::domain::Lang;
use crate::domain::clock::{Clock, IdSource};
use crate::domain::dates::Date;
use crate::storage::CriteriaCatalog;

/// The window's title.
pub const APP_TITLE: &str = "Terve Kunta -itsearviointi";

/// With this environment variable set (to anything), the app closes after its first frame, so
/// that the time to the first frame can be measured from outside.
pub const EXIT_AFTER_FIRST_FRAME_ENV: &str = "TERVE_KUNTA_EXIT_AFTER_FIRST_FRAME";

/// Opens a file with the system's viewer.
pub type Launcher = Box<dyn Fn(&std::path::Path) -> std::io::Result<()>>;

/// What the app gets from the world: time, ids, file dialogs, and where its data lives.
pub struct Env {
    /// The clock.
    pub clock: Box<dyn Clock>,
    /// New ids.
    pub ids: Box<dyn IdSource>,
    /// File dialogs.
    pub dialogs: Box<dyn dialogs::FileDialogs>,
    /// The data folder (settings, assessments, the user's criteria); `None` when there is none.
    pub data_dir: Option<PathBuf>,
    /// Save on a thread of its own (the app); tests save on the UI thread, deterministically.
    pub background_saving: bool,
    /// Hands an attachment to the system's viewer.
    pub launcher: Launcher,
}

impl std::fmt::Debug for Env {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Env")
            .field("data_dir", &self.data_dir)
            .finish_non_exhaustive()
    }
}

impl Env {
    /// The real world: the system clock, random ids, the system's file dialogs.
    pub fn system() -> Self {
        Self {
            clock: Box::new(crate::system::SystemClock),
            ids: Box::new(crate::system::RandomIds::default()),
            dialogs: Box::new(dialogs::RfdDialogs::default()),
            data_dir: crate::storage::data_dir(),
            background_saving: true,
            launcher: Box::new(crate::system::open_with_system),
        }
    }
}

/// What a screen needs from the app for one frame.
pub struct Context<'a> {
    /// The UI language.
    pub lang: Lang,
    /// Today, for validation.
    pub today: Date,
    /// Commands requested during the frame.
    pub commands: &'a mut Vec<Command>,
    /// The clock.
    pub clock: &'a dyn Clock,
    /// New ids.
    pub ids: &'a dyn IdSource,
}

impl std::fmt::Debug for Context<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Context")
            .field("lang", &self.lang)
            .field("today", &self.today)
            .finish_non_exhaustive()
    }
}

/// The window's and the taskbar's icon: `assets/icons/terve-kunta-256.png` at 64 × 64, as raw
/// RGBA (no image decoder needed).
fn window_icon() -> egui::IconData {
    const SIDE: u32 = 64;
    egui::IconData {
        rgba: include_bytes!("../../assets/icons/terve-kunta-64.rgba").to_vec(),
        width: SIDE,
        height: SIDE,
    }
}

/// Opens the app window and runs until it is closed. `lang` overrides the remembered language
/// when given on the command line; `open` is a file to open at once, as "Avaa…" would.
pub fn run(lang: Option<Lang>, open: Option<PathBuf>) -> Result<(), eframe::Error> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(APP_TITLE)
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([800.0, 560.0])
            .with_drag_and_drop(true)
            .with_icon(window_icon()),
        ..Default::default()
    };
    let exit_after_first_frame = std::env::var_os(EXIT_AFTER_FIRST_FRAME_ENV).is_some();
    eframe::run_native(
        APP_TITLE,
        options,
        Box::new(move |_cc| {
            let mut app =
                App::new(Env::system(), CriteriaCatalog::with_user_sets()).started_with(lang, open);
            app.exit_after_first_frame = exit_after_first_frame;
            Ok(Box::new(app))
        }),
    )
}
