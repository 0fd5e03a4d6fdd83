//! An assessment: one municipality's answers to a criteria set, with their evidence.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::clock::{Clock, IdSource};
use super::criteria::{CriteriaSet, CriterionId};
use super::dates::{Date, Timestamp};
use super::evidence::{Evidence, EvidenceDetails, EvidenceId};
use super::history::{HistoryEntry, Seal};

/// The assessment file format written by this version. Older versions are migrated when read;
/// a newer one is refused rather than misread.
///
/// - 1: the first format.
/// - 2: a document may record its approval (body, date, §) and an appointment the appointing
///   body. A version 1 file reads unchanged (it has none of these) and keeps its bytes and seal;
///   it is written as version 2 at its first save after an edit.
/// - 3: the contact person, the responsible elected official and the steering group
///   ([`Assessment::contact_person`], [`Assessment::elected_official`],
///   [`Assessment::steering_group`]). Left out of the file while empty, so a version 2 file
///   reads unchanged, keeps its bytes, digest and seal, and is written as version 3 at its
///   first save after an edit.
/// - 4: the coordinator's proposal to the steering group ([`Assessment::proposal`]) and the
///   group's views ([`Assessment::group`]: the request's digest, the members' responses, the
///   coordinator's decisions). Left out of the file while empty, so a version 3 file reads
///   unchanged, keeps its bytes, digest and seal, and is written as version 4 at its first
///   save after an edit.
pub const SCHEMA_VERSION: u32 = 4;

/// The municipality being assessed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    /// Its name, e.g. "Kuvitelmala".
    pub name: String,
    /// Its kuntanumero: three digits, e.g. "998".
    pub code: String,
}

/// Which criteria set an assessment was made against.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriteriaRef {
    /// The set's id.
    pub id: String,
    /// The set's version.
    pub version: String,
    /// The set's content hash when the assessment was made (see [`CriteriaSet::content_hash`]).
    pub content_hash: String,
}

/// How a criteria set relates to the one an assessment was made against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CriteriaMatch {
    /// Same id, version and content.
    Same,
    /// Same id and version, but the texts have changed since.
    ContentChanged,
    /// Another set or another version.
    Other,
}

impl CriteriaRef {
    /// A reference to `set` as it is now.
    pub fn to(set: &CriteriaSet) -> Self {
        Self {
            id: set.id.clone(),
            version: set.version.clone(),
            content_hash: set.content_hash().to_owned(),
        }
    }

    /// Whether `set` is the one referred to, and unchanged.
    pub fn compare(&self, set: &CriteriaSet) -> CriteriaMatch {
        if self.id != set.id || self.version != set.version {
            CriteriaMatch::Other
        } else if self.content_hash == set.content_hash() {
            CriteriaMatch::Same
        } else {
            CriteriaMatch::ContentChanged
        }
    }
}

/// A person who made the assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessor {
    /// Their name.
    pub name: String,
    /// Their title or role, e.g. "hyvinvointikoordinaattori".
    #[serde(default)]
    pub role: String,
}

impl Assessor {
    /// The name with the role in brackets: "Aino Kettunen (hyvinvointikoordinaattori)".
    pub fn label(&self) -> String {
        name_with_role(&self.name, &self.role)
    }
}

/// A person an application to the network names: the contact person or the responsible
/// elected official. Empty parts are left out of the file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Their name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Their title or position, e.g. "hyvinvointikoordinaattori" or "kunnanhallituksen
    /// puheenjohtaja".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Their e-mail address.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// Their phone number.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
}

impl Person {
    /// Whether every part is the empty string: then it is left out of the file (a part of
    /// spaces is kept, so that reading the file back gives exactly what was written).
    pub fn is_unset(&self) -> bool {
        [&self.name, &self.title, &self.email, &self.phone]
            .iter()
            .all(|part| part.is_empty())
    }

    /// Whether nothing about the person has been entered (spaces aside).
    pub fn is_empty(&self) -> bool {
        [&self.name, &self.title, &self.email, &self.phone]
            .iter()
            .all(|part| part.trim().is_empty())
    }

    /// "Aino Kettunen, hyvinvointikoordinaattori, aino.kettunen@esimerkkila.example,
    /// 040 123 4567": the parts entered, in that order.
    pub fn label(&self) -> String {
        [&self.name, &self.title, &self.email, &self.phone]
            .iter()
            .map(|part| part.trim())
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Which person an application names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PersonRole {
    /// The Terve Kunta contact person (yhteyshenkilö).
    ContactPerson,
    /// The responsible elected official (vastuullinen luottamushenkilö).
    ElectedOfficial,
}

impl PersonRole {
    /// Both, in the order forms and reports show them.
    pub const ALL: [Self; 2] = [Self::ContactPerson, Self::ElectedOfficial];
}

/// A member of the steering group for promoting wellbeing and health.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// Their name.
    pub name: String,
    /// Their department or role in the group, e.g. "sivistystoimi" or "puheenjohtaja".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
}

impl Member {
    /// The name with the role in brackets, as [`Assessor::label`].
    pub fn label(&self) -> String {
        name_with_role(&self.name, &self.role)
    }

    /// Whether the role says the member chairs the group ("puheenjohtaja", "ordförande",
    /// "chair"), as the report's signature block needs to know.
    pub fn chairs(&self) -> bool {
        let role = self.role.to_lowercase();
        ["puheenjohtaja", "ordförande", "chair"]
            .iter()
            .any(|word| role.contains(word))
            && ![
                "varapuheenjohtaja",
                "vice ordförande",
                "vice-ordförande",
                "vice chair",
                "vice-chair",
            ]
            .iter()
            .any(|word| role.contains(word))
    }
}

/// "Name (role)", or the name alone when there is no role.
fn name_with_role(name: &str, role: &str) -> String {
    if role.trim().is_empty() {
        name.trim().to_owned()
    } else {
        format!("{} ({})", name.trim(), role.trim())
    }
}

pub use super::status::Status;

/// Something to do that closes a gap.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// What is to be done.
    pub what: String,
    /// Who does it.
    #[serde(default)]
    pub who: String,
    /// By when.
    #[serde(default)]
    pub due: Option<Date>,
    /// Whether it has been done.
    #[serde(default)]
    pub done: bool,
}

impl Action {
    /// Whether it is late on `today`: not done, and its due date has passed.
    pub fn is_overdue(&self, today: Date) -> bool {
        !self.done && self.due.is_some_and(|due| due < today)
    }
}

/// One action of the assessment's plan, with the criterion it is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlannedAction<'a> {
    /// The criterion's id.
    pub criterion: &'a CriterionId,
    /// The criterion's number.
    pub number: u32,
    /// The action.
    pub action: &'a Action,
}

/// The answer to one criterion.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The coordinator's judgement.
    #[serde(default)]
    pub status: Status,
    /// The evidence items that back this criterion, by id.
    #[serde(default)]
    pub evidence: Vec<EvidenceId>,
    /// Why the status was chosen, in the coordinator's words.
    #[serde(default)]
    pub justification: String,
    /// What is still to be done.
    #[serde(default)]
    pub actions: Vec<Action>,
    /// The status in the previous round, when this assessment was started from one: a hint
    /// (file format 4; absent otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<Status>,
}

/// One municipality's self-assessment against one criteria set.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Assessment", deny_unknown_fields)]
pub struct Assessment {
    /// The file format version (see [`SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// Unique id of this assessment.
    pub id: String,
    /// The municipality assessed.
    pub municipality: Municipality,
    /// The criteria set it was made against.
    pub criteria: CriteriaRef,
    /// Who made it.
    #[serde(default)]
    pub assessors: Vec<Assessor>,
    /// The Terve Kunta contact person (file format 3; absent while empty).
    #[serde(default, skip_serializing_if = "Person::is_unset")]
    pub contact_person: Person,
    /// The responsible elected official (file format 3; absent while empty).
    #[serde(default, skip_serializing_if = "Person::is_unset")]
    pub elected_official: Person,
    /// The steering group's members (file format 3; absent while empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steering_group: Vec<Member>,
    /// The coordinator's proposal to the steering group, printed in the report's summary
    /// (file format 4; absent while empty).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub proposal: String,
    /// The assessment this one was started from (file format 4; absent otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<super::carry::Origin>,
    /// The steering group's views: the last request, the responses imported, the
    /// coordinator's decisions (file format 4; absent while empty).
    #[serde(default, skip_serializing_if = "super::group::GroupViews::is_empty")]
    pub group: super::group::GroupViews,
    /// When it was created.
    pub created: Timestamp,
    /// When it was last changed.
    pub modified: Timestamp,
    /// The answers, by criterion id.
    #[serde(default)]
    pub answers: BTreeMap<CriterionId, Answer>,
    /// Every evidence item; answers link to them by id.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// Every change, oldest first, hash-chained (see [`super::history`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<HistoryEntry>,
    /// Present when the assessment is finalised: then it is read-only until re-opened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seal: Option<Seal>,
}

impl Assessment {
    /// Every action of every criterion of `set`, by due date (those without one last), then
    /// in the criteria's order and as recorded: the plan a steering group follows.
    pub fn action_plan<'a>(&'a self, set: &CriteriaSet) -> Vec<PlannedAction<'a>> {
        let mut plan: Vec<PlannedAction<'a>> = Vec::new();
        for criterion in &set.criteria {
            if let Some((id, answer)) = self.answers.get_key_value(&criterion.id) {
                plan.extend(answer.actions.iter().map(|action| PlannedAction {
                    criterion: id,
                    number: criterion.number,
                    action,
                }));
            }
        }
        // Stable: equal dates keep the criteria's order.
        plan.sort_by_key(|planned| (planned.action.due.is_none(), planned.action.due));
        plan
    }

    /// A new assessment of `municipality` against `set`, with every criterion not assessed.
    pub fn new(
        municipality: Municipality,
        set: &CriteriaSet,
        assessors: Vec<Assessor>,
        clock: &dyn Clock,
        ids: &dyn IdSource,
    ) -> Self {
        let now = clock.now();
        Self {
            schema_version: SCHEMA_VERSION,
            id: ids.next_id(),
            municipality,
            criteria: CriteriaRef::to(set),
            assessors,
            contact_person: Person::default(),
            elected_official: Person::default(),
            steering_group: Vec::new(),
            proposal: String::new(),
            origin: None,
            group: super::group::GroupViews::default(),
            created: now,
            modified: now,
            answers: set
                .criteria
                .iter()
                .map(|criterion| (criterion.id.clone(), Answer::default()))
                .collect(),
            evidence: Vec::new(),
            history: Vec::new(),
            seal: None,
        }
    }

    /// The contact person or the responsible elected official.
    pub fn person(&self, role: PersonRole) -> &Person {
        match role {
            PersonRole::ContactPerson => &self.contact_person,
            PersonRole::ElectedOfficial => &self.elected_official,
        }
    }

    /// The contact person or the responsible elected official, to edit.
    pub fn person_mut(&mut self, role: PersonRole) -> &mut Person {
        match role {
            PersonRole::ContactPerson => &mut self.contact_person,
            PersonRole::ElectedOfficial => &mut self.elected_official,
        }
    }

    /// The answer to a criterion, if there is one.
    pub fn answer(&self, criterion: &CriterionId) -> Option<&Answer> {
        self.answers.get(criterion)
    }

    /// The answer to a criterion, created empty when there is none.
    pub fn answer_mut(&mut self, criterion: &CriterionId) -> &mut Answer {
        self.answers.entry(criterion.clone()).or_default()
    }

    /// The evidence item with this id. A search: for many look-ups, use [`Indexed`].
    pub fn evidence(&self, id: &EvidenceId) -> Option<&Evidence> {
        self.evidence.iter().find(|evidence| &evidence.id == id)
    }

    /// The evidence item with this id, to edit.
    pub fn evidence_mut(&mut self, id: &EvidenceId) -> Option<&mut Evidence> {
        self.evidence.iter_mut().find(|evidence| &evidence.id == id)
    }

    /// The ids of every recorded evidence item, for checking many links at once.
    pub fn evidence_ids(&self) -> HashSet<&EvidenceId> {
        self.evidence.iter().map(|evidence| &evidence.id).collect()
    }

    /// The evidence items that back a criterion (links to removed items are skipped).
    pub fn evidence_for<'a>(
        &'a self,
        criterion: &CriterionId,
    ) -> impl Iterator<Item = &'a Evidence> + 'a {
        self.answer(criterion)
            .map(|answer| answer.evidence.as_slice())
            .unwrap_or_default()
            .iter()
            .filter_map(|id| self.evidence(id))
    }

    /// The criteria an evidence item backs.
    pub fn criteria_backed_by<'a>(
        &'a self,
        evidence: &'a EvidenceId,
    ) -> impl Iterator<Item = &'a CriterionId> + 'a {
        self.answers
            .iter()
            .filter(move |(_, answer)| answer.evidence.contains(evidence))
            .map(|(criterion, _)| criterion)
    }

    /// Records a new evidence item, not yet linked to any criterion.
    pub fn add_evidence(
        &mut self,
        details: EvidenceDetails,
        date: Option<Date>,
        clock: &dyn Clock,
        ids: &dyn IdSource,
    ) -> EvidenceId {
        let mut id = EvidenceId(ids.next_id());
        // An id source that repeats itself must not make two items one.
        while self.evidence(&id).is_some() {
            id = EvidenceId(ids.next_id());
        }
        self.evidence.push(Evidence {
            id: id.clone(),
            details,
            date,
            recorded: clock.now(),
            note: String::new(),
            attachments: Vec::new(),
            to_check: false,
        });
        id
    }

    /// Links an evidence item to a criterion it backs. Returns `false` when it was linked
    /// already or there is no such item.
    pub fn link(&mut self, criterion: &CriterionId, evidence: &EvidenceId) -> bool {
        if self.evidence(evidence).is_none() {
            return false;
        }
        let answer = self.answer_mut(criterion);
        if answer.evidence.contains(evidence) {
            return false;
        }
        answer.evidence.push(evidence.clone());
        true
    }

    /// Removes the link between a criterion and an evidence item; the item stays.
    pub fn unlink(&mut self, criterion: &CriterionId, evidence: &EvidenceId) {
        if let Some(answer) = self.answers.get_mut(criterion) {
            answer.evidence.retain(|id| id != evidence);
        }
    }

    /// Removes an evidence item and every link to it.
    pub fn remove_evidence(&mut self, id: &EvidenceId) -> Option<Evidence> {
        let index = self
            .evidence
            .iter()
            .position(|evidence| &evidence.id == id)?;
        for answer in self.answers.values_mut() {
            answer.evidence.retain(|linked| linked != id);
        }
        Some(self.evidence.remove(index))
    }

    /// Moves the assessment to another version of its criteria set (or to the same version
    /// whose texts have changed): it now refers to `set`, and every criterion of `set` has an
    /// answer. Answers to criteria that `set` no longer has stay, with their evidence, so
    /// nothing typed is lost; they no longer count towards the verdict. The history records
    /// the move at the next save, as a change of the criteria set.
    pub fn move_to(&mut self, set: &CriteriaSet) {
        self.criteria = CriteriaRef::to(set);
        for criterion in &set.criteria {
            self.answers.entry(criterion.id.clone()).or_default();
        }
    }

    /// Marks the assessment as changed now.
    pub fn touch(&mut self, clock: &dyn Clock) {
        self.modified = clock.now();
    }
}

/// An assessment with its evidence items found by id in constant time, for work that looks
/// up many (the history's diff and replay, which look up every item).
#[derive(Debug)]
pub struct Indexed<'a> {
    /// The assessment.
    pub assessment: &'a Assessment,
    by_id: HashMap<&'a EvidenceId, &'a Evidence>,
}

impl<'a> Indexed<'a> {
    /// Indexes `assessment`'s evidence items (the first of two with one id wins, as
    /// [`Assessment::evidence`] finds it).
    pub fn new(assessment: &'a Assessment) -> Self {
        let mut by_id = HashMap::with_capacity(assessment.evidence.len());
        for evidence in &assessment.evidence {
            by_id.entry(&evidence.id).or_insert(evidence);
        }
        Self { assessment, by_id }
    }

    /// The evidence item with this id.
    pub fn evidence(&self, id: &EvidenceId) -> Option<&'a Evidence> {
        self.by_id.get(id).copied()
    }
}
