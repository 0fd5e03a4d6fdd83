//! Every user action as one type, shared by menus, buttons and keyboard shortcuts, so that
//! their labels, tooltips and shortcuts never disagree.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::{Lang, ui::T};

/// A user action. The app applies the requested commands at the end of each frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Show the form for a new assessment.
    NewAssessment,
    /// Choose a file to open.
    Open,
    /// Open this file.
    OpenPath(PathBuf),
    /// Open the example assessment.
    OpenExample,
    /// Save to the current file (or choose one).
    Save,
    /// Choose a file and save to it.
    SaveAs,
    /// Close the assessment and go back to the start page.
    CloseDocument,
    /// Close the app.
    Quit,
    /// Undo the last change.
    Undo,
    /// Redo the undone change.
    Redo,
    /// The start page.
    ShowStart,
    /// The basic details: municipality, assessors, contact people, steering group.
    ShowBasics,
    /// The current criterion.
    ShowAssessment,
    /// The verdict.
    ShowSummary,
    /// Every criterion's actions by due date.
    ShowActions,
    /// The steering group's views and the decisions.
    ShowGroup,
    /// Start the next round from the open assessment.
    NextRound,
    /// Save a request for the steering group's views.
    RequestViews,
    /// Choose members' response files to import.
    ImportViews,
    /// Choose a request for views to answer.
    OpenRequest,
    /// Save the member's response for the coordinator.
    ExportResponse,
    /// Record the coordinator's decision on a criterion after the group's views.
    Decide(crate::domain::CriterionId, crate::domain::Status),
    /// The settings.
    ShowSettings,
    /// The next criterion.
    NextCriterion,
    /// The previous criterion.
    PreviousCriterion,
    /// The criterion at this index of the set.
    GoToCriterion(usize),
    /// Choose a file to attach to the evidence item being edited.
    AttachFile,
    /// Write the self-assessment report as PDF.
    ExportPdf,
    /// Open an evidence item's attachment (item, index) with the system's viewer.
    OpenAttachment(crate::domain::evidence::EvidenceId, usize),
    /// Finalising, the seal, verification and the history.
    ShowAudit,
    /// Ask to finalise and seal.
    Finalise,
    /// Ask for a reason and reopen a finalised assessment.
    Reopen,
    /// Verify the seal, the history and the attachments.
    Verify,
    /// Choose an assessment to open read-only as an auditor.
    OpenForReview,
    /// Open this file read-only as an auditor.
    OpenForReviewPath(PathBuf),
    /// Write the assessment and its attachments as one package.
    ExportPackage,
    /// Write the reviewer's remarks as a "Tarkastusmuistio" PDF.
    ExportMemo,
    /// Choose a package to open.
    OpenPackage,
    /// An edit of a read-only assessment was tried: say why it is refused.
    EditRefused,
    /// Show what changed in the newest version of the criteria set, and offer to move to it.
    ShowCriteriaChanges,
    /// Choose another assessment of the municipality to compare the open one with.
    CompareWith,
    /// The comparison made last.
    ShowComparison,
    /// The regional overview read last.
    ShowOverview,
    /// Write the comparison shown as PDF.
    ExportComparison,
    /// Choose a folder of assessments and packages for a regional overview.
    Overview,
    /// Read the overview's folder again.
    RefreshOverview,
    /// Write the overview shown as PDF.
    ExportOverview,
}

impl Command {
    /// Whether it replaces or closes the open document (unsaved changes are asked about
    /// first).
    pub fn replaces_document(&self) -> bool {
        matches!(
            self,
            Self::NewAssessment
                | Self::Open
                | Self::OpenPath(_)
                | Self::OpenExample
                | Self::OpenForReview
                | Self::OpenForReviewPath(_)
                | Self::OpenPackage
                | Self::OpenRequest
                | Self::NextRound
                | Self::CloseDocument
                | Self::Quit
        )
    }
    /// The commands that have a keyboard shortcut, checked every frame.
    pub const WITH_SHORTCUTS: [Self; 15] = [
        Self::ExportPdf,
        Self::NewAssessment,
        Self::Open,
        Self::SaveAs,
        Self::Save,
        Self::Quit,
        Self::Redo,
        Self::Undo,
        Self::NextCriterion,
        Self::PreviousCriterion,
        Self::ShowAssessment,
        Self::ShowSummary,
        Self::ShowActions,
        Self::ShowAudit,
        Self::ShowSettings,
    ];

    /// The label on menus and buttons.
    pub fn label(&self, lang: Lang) -> &'static str {
        self.texts().0.get(lang)
    }

    /// The tooltip.
    pub fn tooltip(&self, lang: Lang) -> &'static str {
        self.texts().1.get(lang)
    }

    fn texts(&self) -> (T, T) {
        match self {
            Self::NewAssessment => (T::CmdNew, T::CmdNewTip),
            Self::Open | Self::OpenPath(_) => (T::CmdOpen, T::CmdOpenTip),
            Self::OpenExample => (T::CmdOpenExample, T::CmdOpenExampleTip),
            Self::Save => (T::CmdSave, T::CmdSaveTip),
            Self::SaveAs => (T::CmdSaveAs, T::CmdSaveAsTip),
            Self::CloseDocument => (T::CmdClose, T::CmdCloseTip),
            Self::Quit => (T::CmdQuit, T::CmdQuitTip),
            Self::Undo => (T::CmdUndo, T::CmdUndoTip),
            Self::Redo => (T::CmdRedo, T::CmdRedoTip),
            Self::ShowStart => (T::CmdStart, T::CmdStartTip),
            Self::ShowBasics => (T::CmdBasics, T::CmdBasicsTip),
            Self::ShowAssessment | Self::GoToCriterion(_) => {
                (T::CmdAssessment, T::CmdAssessmentTip)
            }
            Self::ShowSummary => (T::CmdSummary, T::CmdSummaryTip),
            Self::ShowActions => (T::CmdActions, T::CmdActionsTip),
            Self::ShowSettings => (T::CmdSettings, T::CmdSettingsTip),
            Self::NextCriterion => (T::CmdNext, T::CmdNextTip),
            Self::PreviousCriterion => (T::CmdPrevious, T::CmdPreviousTip),
            Self::AttachFile => (T::AttachFile, T::AttachFileTip),
            Self::ExportPdf => (T::ExportPdf, T::ExportPdfTip),
            Self::OpenAttachment(..) => (T::OpenAttachment, T::OpenAttachment),
            Self::ShowAudit => (T::CmdAudit, T::CmdAuditTip),
            Self::Finalise => (T::CmdFinalise, T::CmdFinaliseTip),
            Self::Reopen => (T::CmdReopen, T::CmdReopenTip),
            Self::Verify => (T::CmdVerify, T::CmdVerifyTip),
            Self::OpenForReview | Self::OpenForReviewPath(_) => {
                (T::CmdOpenForReview, T::CmdOpenForReviewTip)
            }
            Self::ExportPackage => (T::CmdExportPackage, T::CmdExportPackageTip),
            Self::ExportMemo => (T::CmdExportMemo, T::CmdExportMemoTip),
            Self::ShowGroup | Self::Decide(..) => (T::CmdGroup, T::CmdGroupTip),
            Self::NextRound => (T::CmdNextRound, T::CmdNextRoundTip),
            Self::RequestViews => (T::CmdRequestViews, T::CmdRequestViewsTip),
            Self::ImportViews => (T::CmdImportViews, T::CmdImportViewsTip),
            Self::OpenRequest => (T::CmdOpenRequest, T::CmdOpenRequestTip),
            Self::ExportResponse => (T::CmdExportResponse, T::CmdExportResponseTip),
            Self::OpenPackage => (T::CmdOpenPackage, T::CmdOpenPackageTip),
            Self::EditRefused => (T::ReadOnlyShort, T::ReadOnlyShort),
            Self::ShowCriteriaChanges => (T::CmdCriteriaChanges, T::CmdCriteriaChangesTip),
            Self::CompareWith => (T::CmdCompare, T::CmdCompareTip),
            Self::ShowComparison => (T::CmdComparisonTab, T::CmdComparisonTabTip),
            Self::ShowOverview => (T::CmdRegionTab, T::CmdRegionTabTip),
            Self::ExportComparison => (T::CmdExportComparison, T::CmdExportComparisonTip),
            Self::Overview => (T::CmdOverview, T::CmdOverviewTip),
            Self::RefreshOverview => (T::CmdRefreshOverview, T::CmdRefreshOverviewTip),
            Self::ExportOverview => (T::CmdExportOverview, T::CmdExportOverviewTip),
        }
    }

    /// The keyboard shortcut, if the command has one.
    /// The shortcut as the keyboard's keys are called in `lang`: "Ctrl+Vaihto+S",
    /// "Alt+Oikea nuoli", "Ctrl+,". (egui's own names are English: "Alt+Right", "Ctrl+Comma".)
    pub fn shortcut_label(&self, lang: Lang) -> Option<String> {
        let shortcut = self.shortcut()?;
        let mut parts: Vec<String> = Vec::new();
        if shortcut.modifiers.command || shortcut.modifiers.ctrl {
            parts.push("Ctrl".to_owned());
        }
        if shortcut.modifiers.shift {
            parts.push(crate::i18n::pick(lang, "Vaihto", "Skift", "Shift").to_owned());
        }
        if shortcut.modifiers.alt {
            parts.push("Alt".to_owned());
        }
        parts.push(match shortcut.logical_key {
            // Named, not drawn: the app's font has no arrow glyphs.
            Key::ArrowRight => {
                crate::i18n::pick(lang, "Oikea nuoli", "Högerpil", "Right arrow").to_owned()
            }
            Key::ArrowLeft => {
                crate::i18n::pick(lang, "Vasen nuoli", "Vänsterpil", "Left arrow").to_owned()
            }
            Key::Comma => ",".to_owned(),
            key => key.symbol_or_name().to_owned(),
        });
        Some(parts.join("+"))
    }

    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let command = |key| Some(KeyboardShortcut::new(Modifiers::COMMAND, key));
        let command_shift = |key| {
            Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                key,
            ))
        };
        let alt = |key| Some(KeyboardShortcut::new(Modifiers::ALT, key));
        match self {
            Self::NewAssessment => command(Key::N),
            Self::Open => command(Key::O),
            Self::Save => command(Key::S),
            Self::SaveAs => command_shift(Key::S),
            Self::Quit => command(Key::Q),
            Self::Undo => command(Key::Z),
            Self::Redo => command(Key::Y),
            Self::NextCriterion => alt(Key::ArrowRight),
            Self::PreviousCriterion => alt(Key::ArrowLeft),
            Self::ShowAssessment => command(Key::Num1),
            Self::ShowSummary => command(Key::Num2),
            Self::ShowAudit => command(Key::Num3),
            Self::ShowActions => command(Key::Num4),
            Self::ShowSettings => command(Key::Comma),
            Self::ExportPdf => command(Key::P),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The menus show shortcuts as the keys are labelled, in the UI's language.
    #[test]
    fn shortcuts_are_named_as_the_keys_are_labelled() {
        let label = |command: Command, lang| command.shortcut_label(lang).unwrap_or_default();
        let label_of = |command: &Command| command.shortcut_label(Lang::Fi).unwrap_or_default();
        assert_eq!(label(Command::NextCriterion, Lang::Fi), "Alt+Oikea nuoli");
        assert_eq!(
            label(Command::PreviousCriterion, Lang::Sv),
            "Alt+Vänsterpil"
        );
        assert_eq!(label(Command::ShowSettings, Lang::Fi), "Ctrl+,");
        assert_eq!(label(Command::SaveAs, Lang::Fi), "Ctrl+Vaihto+S");
        assert_eq!(label(Command::SaveAs, Lang::Sv), "Ctrl+Skift+S");
        assert_eq!(label(Command::SaveAs, Lang::En), "Ctrl+Shift+S");
        assert_eq!(label(Command::ShowAudit, Lang::Fi), "Ctrl+3");
        for command in Command::WITH_SHORTCUTS {
            let text = label_of(&command);
            assert!(!text.is_empty(), "{command:?}");
            for english in ["Right", "Left", "Comma", "Shift", "Num", "Cmd"] {
                assert!(!text.contains(english), "{command:?}: {text}");
            }
        }
        assert_eq!(Command::Verify.shortcut_label(Lang::Fi), None);
    }
}
