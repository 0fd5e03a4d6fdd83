//! File dialogs behind a small interface, so that the window never freezes and tests never
//! open a real dialog.
//!
//! A dialog is requested and its answer arrives later: [`RfdDialogs`] runs the system dialog on
//! a thread and wakes the UI when the user has chosen; [`ScriptedDialogs`] answers from a queue.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::mpsc;

/// What a dialog is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogPurpose {
    /// Choose an assessment file to open.
    OpenAssessment,
    /// Choose where to save the assessment; the proposed file name.
    SaveAssessment {
        /// The name offered.
        suggested_name: String,
    },
    /// Choose a file to attach as evidence.
    PickAttachment,
    /// Choose where to write the PDF report; the proposed file name.
    ExportReport {
        /// The name offered.
        suggested_name: String,
    },
    /// Choose an assessment to open read-only for review.
    OpenForReview,
    /// Choose where to write the package; the proposed file name.
    ExportPackage {
        /// The name offered.
        suggested_name: String,
    },
    /// Choose a package to open.
    OpenPackage,
    /// Choose where to write the review memo; the proposed file name.
    ExportMemo {
        /// The name offered.
        suggested_name: String,
    },
    /// Choose where to write a request for the steering group's views.
    SaveRequest {
        /// The name offered.
        suggested_name: String,
    },
    /// Choose members' response files (one or more) to import.
    ImportResponses,
    /// Choose a request for views to answer.
    OpenRequest,
    /// Choose where to write the member's response.
    SaveResponse {
        /// The name offered.
        suggested_name: String,
    },
    /// Choose an assessment to compare the open one with.
    CompareWith,
    /// Choose where to write the comparison's PDF.
    ExportComparison {
        /// The name offered.
        suggested_name: String,
    },
    /// Choose a folder of assessments and packages for an overview.
    OverviewFolder,
    /// Choose where to write the overview's PDF.
    ExportOverview {
        /// The name offered.
        suggested_name: String,
    },
}

/// The user's answer: the path, or `None` when they cancelled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DialogAnswer {
    /// The request this answers.
    pub purpose: DialogPurpose,
    /// The chosen path.
    pub path: Option<PathBuf>,
    /// More paths, where several may be chosen (after the first, which is `path`).
    pub more: Vec<PathBuf>,
}

/// Opens file dialogs without blocking the UI.
pub trait FileDialogs {
    /// Shows a dialog. Its answer comes from [`Self::poll`] in a later frame.
    fn request(&mut self, ctx: &egui::Context, purpose: DialogPurpose);
    /// The answer to a dialog, once the user has given it.
    fn poll(&mut self) -> Option<DialogAnswer>;
    /// Whether a dialog is open (the app then waits for it).
    fn is_open(&self) -> bool;
    /// Whether dialogs can be shown at all on this system.
    fn is_available(&self) -> bool {
        true
    }
}

/// The system's file dialogs (through the desktop portal, or zenity), each on its own thread.
#[derive(Debug)]
pub struct RfdDialogs {
    sender: mpsc::Sender<DialogAnswer>,
    receiver: mpsc::Receiver<DialogAnswer>,
    open: usize,
}

impl Default for RfdDialogs {
    fn default() -> Self {
        let (sender, receiver) = mpsc::channel();
        Self {
            sender,
            receiver,
            open: 0,
        }
    }
}

impl FileDialogs for RfdDialogs {
    fn request(&mut self, ctx: &egui::Context, purpose: DialogPurpose) {
        let sender = self.sender.clone();
        let ctx = ctx.clone();
        self.open += 1;
        std::thread::spawn(move || {
            let assessments = || rfd::FileDialog::new().add_filter("Terve Kunta (RON)", &["ron"]);
            let mut more = Vec::new();
            let path = match &purpose {
                DialogPurpose::OpenAssessment
                | DialogPurpose::OpenForReview
                | DialogPurpose::OpenRequest
                | DialogPurpose::CompareWith => assessments().pick_file(),
                DialogPurpose::OverviewFolder => rfd::FileDialog::new().pick_folder(),
                DialogPurpose::ImportResponses => {
                    let mut picked = assessments().pick_files().unwrap_or_default().into_iter();
                    let first = picked.next();
                    more = picked.collect();
                    first
                }
                DialogPurpose::ExportPackage { suggested_name } => rfd::FileDialog::new()
                    .add_filter("Terve Kunta (zip)", &["zip"])
                    .set_file_name(suggested_name)
                    .save_file(),
                DialogPurpose::OpenPackage => rfd::FileDialog::new()
                    .add_filter("Terve Kunta (zip)", &["zip"])
                    .pick_file(),
                DialogPurpose::SaveAssessment { suggested_name }
                | DialogPurpose::SaveRequest { suggested_name }
                | DialogPurpose::SaveResponse { suggested_name } => {
                    assessments().set_file_name(suggested_name).save_file()
                }
                DialogPurpose::PickAttachment => rfd::FileDialog::new().pick_file(),
                DialogPurpose::ExportReport { suggested_name }
                | DialogPurpose::ExportMemo { suggested_name }
                | DialogPurpose::ExportComparison { suggested_name }
                | DialogPurpose::ExportOverview { suggested_name } => rfd::FileDialog::new()
                    .add_filter("PDF", &["pdf"])
                    .set_file_name(suggested_name)
                    .save_file(),
            };
            // The app may have closed meanwhile; then nobody needs the answer.
            let _ = sender.send(DialogAnswer {
                purpose,
                path,
                more,
            });
            ctx.request_repaint();
        });
    }

    fn poll(&mut self) -> Option<DialogAnswer> {
        let answer = self.receiver.try_recv().ok()?;
        self.open = self.open.saturating_sub(1);
        Some(answer)
    }

    fn is_open(&self) -> bool {
        self.open > 0
    }

    /// The system dialog needs the desktop portal (on the session bus) or `zenity`; without
    /// either, rfd returns "cancelled" at once and the user would see nothing happen.
    fn is_available(&self) -> bool {
        let has_session_bus =
            std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty());
        let has_zenity = std::env::var_os("PATH").is_some_and(|paths| {
            std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file())
        });
        cfg!(not(target_os = "linux")) || has_session_bus || has_zenity
    }
}

/// Dialogs for tests: each request is answered with the next queued path (or a cancel when
/// the queue is empty), and every request is recorded.
#[derive(Debug, Default)]
pub struct ScriptedDialogs {
    /// Answers still to give.
    pub answers: VecDeque<Option<PathBuf>>,
    /// Requests made so far, shared with the test that made these dialogs.
    pub requests: Rc<RefCell<Vec<DialogPurpose>>>,
    /// Pretend the system has no file dialogs.
    pub unavailable: bool,
    pending: VecDeque<DialogAnswer>,
}

impl ScriptedDialogs {
    /// Dialogs that will answer with `answers`, in order.
    pub fn answering(answers: impl IntoIterator<Item = Option<PathBuf>>) -> Self {
        Self {
            answers: answers.into_iter().collect(),
            ..Self::default()
        }
    }
}

impl FileDialogs for ScriptedDialogs {
    fn request(&mut self, ctx: &egui::Context, purpose: DialogPurpose) {
        self.requests.borrow_mut().push(purpose.clone());
        let path = self.answers.pop_front().flatten();
        self.pending.push_back(DialogAnswer {
            purpose,
            path,
            more: Vec::new(),
        });
        ctx.request_repaint();
    }

    fn poll(&mut self) -> Option<DialogAnswer> {
        self.pending.pop_front()
    }

    fn is_open(&self) -> bool {
        !self.pending.is_empty()
    }

    fn is_available(&self) -> bool {
        !self.unavailable
    }
}
