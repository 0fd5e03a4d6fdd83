//! Undo and redo of an assessment's content, driven by the session's revision counter.
//!
//! A change becomes an undo step once it has been still for a second (typing a word is one
//! step) or has gone on for half a minute. Between edits nothing is compared: the stack looks
//! only at the revision, and copies the content when a step is taken.

use std::collections::VecDeque;

use crate::domain::assessment::Assessment;

/// How long content must stay unchanged before it becomes an undo step, in seconds.
const STABLE_S: f64 = 1.0;
/// A change that goes on this long becomes a step anyway, in seconds.
const LONGEST_STEP_S: f64 = 30.0;
/// How many steps are kept.
const MAX_STEPS: usize = 100;

/// The content that undo follows: the assessment without its history, seal and time of the
/// last change (undo never takes back a history entry).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Content(Assessment);

impl Content {
    /// The undoable part of `assessment`.
    pub fn of(assessment: &Assessment) -> Self {
        Self(Assessment {
            schema_version: assessment.schema_version,
            id: assessment.id.clone(),
            municipality: assessment.municipality.clone(),
            criteria: assessment.criteria.clone(),
            assessors: assessment.assessors.clone(),
            contact_person: assessment.contact_person.clone(),
            elected_official: assessment.elected_official.clone(),
            steering_group: assessment.steering_group.clone(),
            proposal: assessment.proposal.clone(),
            origin: assessment.origin.clone(),
            group: assessment.group.clone(),
            created: assessment.created,
            modified: assessment.created,
            answers: assessment.answers.clone(),
            evidence: assessment.evidence.clone(),
            history: Vec::new(),
            seal: None,
        })
    }

    /// Puts this content into `assessment`, keeping its history, seal and time of change.
    pub fn restore_into(&self, assessment: &mut Assessment) {
        let Self(content) = self;
        assessment.schema_version = content.schema_version;
        assessment.id.clone_from(&content.id);
        assessment.municipality.clone_from(&content.municipality);
        assessment.criteria.clone_from(&content.criteria);
        assessment.assessors.clone_from(&content.assessors);
        assessment
            .contact_person
            .clone_from(&content.contact_person);
        assessment
            .elected_official
            .clone_from(&content.elected_official);
        assessment
            .steering_group
            .clone_from(&content.steering_group);
        assessment.proposal.clone_from(&content.proposal);
        assessment.origin.clone_from(&content.origin);
        assessment.group.clone_from(&content.group);
        assessment.created = content.created;
        assessment.answers.clone_from(&content.answers);
        assessment.evidence.clone_from(&content.evidence);
    }
}

/// A change in progress, not yet a step.
#[derive(Clone, Copy, Debug)]
struct Flux {
    start: f64,
    latest_change: f64,
}

/// The undo and redo steps.
#[derive(Debug, Default)]
pub struct UndoStack {
    /// The steps, oldest first; the last is the content as of `top_revision`.
    undos: VecDeque<Content>,
    redos: Vec<Content>,
    flux: Option<Flux>,
    /// The revision the stack last saw.
    fed: u64,
    /// The revision at which the content was the last step (it is unchanged since when
    /// this equals the current revision).
    top_revision: u64,
}

impl UndoStack {
    /// Follows the document at `revision` (call once a frame): O(1) unless a step is taken.
    pub fn feed(&mut self, now: f64, revision: u64, assessment: &Assessment) {
        if self.undos.is_empty() {
            self.undos.push_back(Content::of(assessment));
            self.fed = revision;
            self.top_revision = revision;
            return;
        }
        if revision != self.fed {
            self.fed = revision;
            if revision == self.top_revision {
                self.flux = None;
                return;
            }
            self.redos.clear();
            let flux = self.flux.get_or_insert(Flux {
                start: now,
                latest_change: now,
            });
            flux.latest_change = now;
            if now - flux.start >= LONGEST_STEP_S {
                self.take_step(revision, assessment);
            }
        } else if let Some(flux) = self.flux
            && now - flux.latest_change >= STABLE_S
        {
            self.take_step(revision, assessment);
        }
    }

    /// The revision moved on without the content changing (the history recorded a save).
    pub fn recorded(&mut self, old: u64, new: u64) {
        if self.fed == old {
            self.fed = new;
        }
        if self.top_revision == old {
            self.top_revision = new;
        }
    }

    fn take_step(&mut self, revision: u64, assessment: &Assessment) {
        self.flux = None;
        self.top_revision = revision;
        let content = Content::of(assessment);
        if self.undos.back() != Some(&content) {
            self.undos.push_back(content);
        }
        while self.undos.len() > MAX_STEPS {
            self.undos.pop_front();
        }
    }

    /// Whether there is something to undo.
    pub fn has_undo(&self, revision: u64) -> bool {
        match self.undos.len() {
            0 => false,
            1 => revision != self.top_revision,
            _ => true,
        }
    }

    /// Whether there is something to redo.
    pub fn has_redo(&self, revision: u64) -> bool {
        !self.redos.is_empty() && revision == self.top_revision
    }

    /// Goes back one step: the content to restore, if any. `revision` is the current one;
    /// the caller restores the content at `revision + 1` and tells [`Self::restored`].
    pub fn undo(&mut self, revision: u64, assessment: &Assessment) -> Option<&Content> {
        if !self.has_undo(revision) {
            return None;
        }
        self.flux = None;
        let current = Content::of(assessment);
        if self.undos.len() > 1 && self.undos.back() == Some(&current) {
            if let Some(step) = self.undos.pop_back() {
                self.redos.push(step);
            }
        } else {
            self.redos.push(current);
        }
        self.undos.back()
    }

    /// Goes forward one step: the content to restore, if any.
    pub fn redo(&mut self, revision: u64) -> Option<&Content> {
        if self.undos.is_empty() || revision != self.top_revision {
            // Changed since the last undo: what was undone cannot come back.
            self.redos.clear();
            return None;
        }
        let step = self.redos.pop()?;
        self.undos.push_back(step);
        self.undos.back()
    }

    /// The content of the last step was restored, now at `revision`.
    pub fn restored(&mut self, revision: u64) {
        self.fed = revision;
        self.top_revision = revision;
    }
}
