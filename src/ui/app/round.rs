//! "Aloita uusi arviointi tämän pohjalta": the next round, started from the open assessment.

use super::App;
use crate::domain::quality::Checks;
use crate::i18n;
use crate::storage::layout::{assessment_folder, new_assessment_path};

impl App {
    /// Starts the next round: against the newest version of the open assessment's criteria
    /// set the app knows, in a new file, with the evidence and its attachments carried over.
    /// The open assessment is left as it is.
    pub(super) fn next_round(&mut self) {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return;
        };
        let (Some(data_dir), Some(from)) = (self.env.data_dir.clone(), doc.path.clone()) else {
            self.set_notice(i18n::ui::T::PackageNeedsDataDir.get(lang).to_owned(), true);
            return;
        };
        let set = doc.newer_set.clone().unwrap_or_else(|| doc.set.clone());
        // The last round, to compare the new one with.
        let last = crate::ui::compare_screen::Comparing {
            other: doc.assessment().clone(),
            set: doc.set.clone(),
            file: from.clone(),
        };
        let today = self.env.clock.today();
        let mut next = doc.assessment().next_round(
            &set,
            &Checks::on(today),
            self.env.clock.as_ref(),
            self.env.ids.as_ref(),
        );
        let path = match new_assessment_path(&data_dir, &next.municipality.name, &next.id) {
            Ok(path) => path,
            Err(error) => {
                let reason = i18n::write_failure_reason(lang, &error);
                let text = i18n::ui::save_failed(lang, &reason, &data_dir.display().to_string());
                self.set_notice(text, true);
                return;
            }
        };
        crate::storage::attachments::carry_attachments(
            &mut next,
            &assessment_folder(&from),
            &assessment_folder(&path),
            self.env.clock.now(),
        );
        let describe =
            |evidence: &crate::domain::evidence::Evidence| i18n::evidence_summary(lang, evidence);
        next.record_creation(&self.who(), self.env.clock.as_ref(), &describe);
        let changed = i18n::compare::criteria_changed(lang, &last.set, &set);
        self.adopt_new(next, set, Some(path));
        self.refresh_attachments();
        // Criteria only one of the two versions has are said, never dropped unseen; the
        // comparison with the last round shows them among the rest.
        self.comparison = Some(last);
        if let Some(text) = changed {
            self.set_notice(text, false);
        }
    }
}
