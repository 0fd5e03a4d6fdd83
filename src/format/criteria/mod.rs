//! The criteria file format: RON text → validated [`CriteriaSet`], with every problem and its
//! line and column. The outline ([`outline`]) finds positions, the raw structs ([`raw`])
//! are what serde reads, [`diagnostics`] are the problems, and `words` says them.

mod diagnostics;
pub mod outline;
pub mod raw;
pub(crate) mod words;

use std::collections::BTreeMap;

pub use diagnostics::{Diagnostic, Position, Problem, Severity, SyntaxError, TextField};
pub use words::{problem_message, severity_word};

use crate::domain::criteria::requirement::{Alternative, Freshness, Requirement};
use crate::domain::criteria::{
    CriteriaSet, Criterion, CriterionId, EntityType, EvidenceKind, LocalizedText, Period, Source,
    content_hash_of,
};
use crate::domain::evidence::Body;
use crate::domain::lang::Lang;
use outline::{NodeKind, Outline, Seg};
use raw::{
    RawAlternative, RawCriteriaSet, RawCriterion, RawPeriod, RawRequirement, RawSource, RawTexts,
};

/// The largest criteria file accepted. Ten criteria with guidance in three languages take
/// about 25 KB; anything near this limit is not a criteria file.
pub const MAX_CRITERIA_FILE_BYTES: usize = 1024 * 1024;

/// The newest criteria file format this app reads (`format: 2`). Format 1 files (without
/// evidence requirements) keep loading.
pub const FORMAT_VERSION: u32 = 2;

/// The result of loading: the set when it has no errors, and every problem found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadOutcome {
    /// The validated set; `None` when any diagnostic is an error.
    pub set: Option<CriteriaSet>,
    /// Errors and warnings in the order of their position in the file.
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadOutcome {
    fn failed(problem: Problem, position: Option<Position>) -> Self {
        Self {
            set: None,
            diagnostics: vec![Diagnostic::error(problem, position)],
        }
    }

    /// The errors found.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }

    /// The warnings found.
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
    }
}

/// Loads a criteria file from its bytes: checks the size, accepts a UTF-8 byte order mark,
/// reports bytes that are not UTF-8 with their position, then calls [`parse_criteria`].
pub fn parse_criteria_bytes(bytes: &[u8]) -> LoadOutcome {
    if bytes.len() > MAX_CRITERIA_FILE_BYTES {
        return LoadOutcome::failed(
            Problem::TooLarge {
                size: bytes.len(),
                limit: MAX_CRITERIA_FILE_BYTES,
            },
            None,
        );
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_criteria(text),
        Err(error) => {
            let valid = String::from_utf8_lossy(&bytes[..error.valid_up_to()]);
            LoadOutcome::failed(
                Problem::Syntax(SyntaxError::NotUtf8),
                Some(end_position(&valid)),
            )
        }
    }
}

/// Loads a criteria file from its text. Accepts a byte order mark and CRLF line ends.
pub fn parse_criteria(text: &str) -> LoadOutcome {
    if text.len() > MAX_CRITERIA_FILE_BYTES {
        return LoadOutcome::failed(
            Problem::TooLarge {
                size: text.len(),
                limit: MAX_CRITERIA_FILE_BYTES,
            },
            None,
        );
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let normalized;
    let text = if text.contains('\r') {
        normalized = text.replace("\r\n", "\n");
        normalized.as_str()
    } else {
        text
    };

    let outline = Outline::parse(text);
    if !outline.has_content {
        return LoadOutcome::failed(Problem::EmptyFile, None);
    }
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let raw: RawCriteriaSet = match options.from_str(text) {
        Ok(raw) => raw,
        Err(error) => {
            let reported = Position {
                line: error.span.start.line,
                column: error.span.start.col,
            };
            let position = Outline::next_token_at(text, reported);
            let syntax = if Outline::is_at_end(text, reported) {
                SyntaxError::UnexpectedEnd
            } else {
                SyntaxError::from_ron(&error.code)
            };
            return LoadOutcome::failed(Problem::Syntax(syntax), Some(position));
        }
    };

    let mut validator = Validator {
        outline: &outline,
        diagnostics: Vec::new(),
        format: raw.format.unwrap_or(FORMAT_VERSION),
    };
    let set = validator.set(&raw);
    let mut diagnostics = validator.diagnostics;
    diagnostics.sort_by_key(|d| d.position);
    let has_errors = diagnostics.iter().any(|d| d.severity == Severity::Error);
    LoadOutcome {
        set: set.filter(|_| !has_errors),
        diagnostics,
    }
}

/// Where `text` ends, as a position: the place of the character that would follow it.
fn end_position(text: &str) -> Position {
    let line = 1 + text.matches('\n').count();
    let column = 1 + text
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count());
    Position { line, column }
}

/// A mistake was found and reported; the value it concerns is left out.
struct Reported;

/// Ids and numbers already used, and where, to report duplicates.
#[derive(Default)]
struct Seen {
    ids: BTreeMap<String, Option<Position>>,
    numbers: BTreeMap<u32, Option<Position>>,
}

struct Validator<'a> {
    outline: &'a Outline,
    diagnostics: Vec<Diagnostic>,
    /// The file's format: 1 has no requirements, 2 requires one per criterion.
    format: u32,
}

/// What the set-level fields say about languages, for checking texts.
struct Languages {
    official: Option<Lang>,
    listed: Vec<Lang>,
}

impl Validator<'_> {
    fn at(&self, path: &[Seg<'_>]) -> Option<Position> {
        self.outline.position(path)
    }

    fn error(&mut self, problem: Problem, path: &[Seg<'_>]) {
        let position = self.at(path);
        self.diagnostics.push(Diagnostic::error(problem, position));
    }

    fn warning(&mut self, problem: Problem, path: &[Seg<'_>]) {
        let position = self.at(path);
        self.diagnostics
            .push(Diagnostic::warning(problem, position));
    }

    fn missing(&mut self, field: &'static str, criterion: Option<usize>, parent: &[Seg<'_>]) {
        self.error(Problem::MissingField { field, criterion }, parent);
    }

    /// Reports every field of the struct at `path` whose name is not in `known`.
    fn unknown_fields(&mut self, path: &[Seg<'_>], known: &[&'static str]) {
        let Some(node) = self.outline.node(path) else {
            return;
        };
        let NodeKind::Struct(fields) = &node.kind else {
            return;
        };
        for field in fields {
            if !known.contains(&field.name.as_str()) {
                self.diagnostics.push(Diagnostic::error(
                    Problem::UnknownField {
                        field: field.name.clone(),
                        suggestion: closest(&field.name, known),
                    },
                    Some(field.name_pos),
                ));
            }
        }
    }

    /// A required, non-empty string field.
    fn required_string(
        &mut self,
        value: Option<&String>,
        field: &'static str,
        criterion: Option<usize>,
        parent: &[Seg<'_>],
    ) -> Option<String> {
        let Some(value) = value else {
            self.missing(field, criterion, parent);
            return None;
        };
        let value = value.trim();
        if value.is_empty() {
            let mut path = parent.to_vec();
            path.push(Seg::Field(field));
            self.error(Problem::EmptyValue(field), &path);
            return None;
        }
        Some(value.to_owned())
    }

    fn set(&mut self, raw: &RawCriteriaSet) -> Option<CriteriaSet> {
        let root: &[Seg<'_>] = &[];
        match raw.format {
            None => self.missing("format", None, root),
            Some(found) if found == 0 || found > FORMAT_VERSION => {
                self.error(
                    Problem::UnsupportedFormat {
                        found,
                        supported: FORMAT_VERSION,
                    },
                    &[Seg::Field("format")],
                );
                // A newer format's fields would only add noise.
                return None;
            }
            Some(1) => self.warning(Problem::NoRequirements, &[Seg::Field("format")]),
            Some(_) => {}
        }
        self.unknown_fields(root, RawCriteriaSet::FIELDS);

        let id = self.required_string(raw.id.as_ref(), "id", None, root);
        if let Some(id) = &id {
            self.check_id(id, &[Seg::Field("id")]);
        }
        let version = self.required_string(raw.version.as_ref(), "version", None, root);
        let period = self.period(raw.period.as_ref());
        let entity = self.entity(raw.entity.as_ref());
        let source = self.source(raw.source.as_ref());
        let network_url = self.web_address(raw.network_url.as_ref(), &[Seg::Field("network_url")]);
        let languages = self.languages(raw.official_language.as_ref(), raw.languages.as_ref());
        let changes = match &raw.changes {
            Some(changes) => self.texts(
                TextField::Changes,
                Some(changes),
                &[Seg::Field("changes")],
                &languages,
            ),
            None => Some(LocalizedText::default()),
        };
        let title = self.texts(
            TextField::SetTitle,
            raw.title.as_ref(),
            &[Seg::Field("title")],
            &languages,
        );
        let criteria = self.criteria(raw.criteria.as_ref(), &languages);

        let (id, version, period, entity, source, official_language, title, criteria) = (
            id?,
            version?,
            period?,
            entity?,
            source?,
            languages.official?,
            title?,
            criteria?,
        );
        Some(CriteriaSet {
            content_hash: content_hash_of(&id, &version, &criteria),
            id,
            title,
            version,
            period,
            entity,
            source,
            network_url,
            changes: changes.unwrap_or_default(),
            official_language,
            languages: languages.listed,
            criteria,
            format: self.format,
        })
    }

    fn check_id(&mut self, id: &str, path: &[Seg<'_>]) -> bool {
        let valid = id.chars().count() <= 64
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        if !valid {
            self.error(Problem::InvalidId(id.to_owned()), path);
        }
        valid
    }

    fn period(&mut self, raw: Option<&RawPeriod>) -> Option<Period> {
        let path = [Seg::Field("period")];
        let Some(raw) = raw else {
            self.missing("period", None, &[]);
            return None;
        };
        self.unknown_fields(&path, RawPeriod::FIELDS);
        let start = raw.start.or_else(|| {
            self.missing("start", None, &path);
            None
        });
        let end = raw.end.or_else(|| {
            self.missing("end", None, &path);
            None
        });
        let (start, end) = (start?, end?);
        let plausible = 1980..=2200;
        if start > end || !plausible.contains(&start) || !plausible.contains(&end) {
            self.error(Problem::InvalidPeriod { start, end }, &path);
            return None;
        }
        Some(Period { start, end })
    }

    fn entity(&mut self, raw: Option<&String>) -> Option<EntityType> {
        let Some(raw) = raw else {
            self.missing("entity", None, &[]);
            return None;
        };
        let entity = EntityType::from_code(raw.trim());
        if entity.is_none() {
            self.error(Problem::UnknownEntity(raw.clone()), &[Seg::Field("entity")]);
        }
        entity
    }

    fn source(&mut self, raw: Option<&RawSource>) -> Option<Source> {
        let path = [Seg::Field("source")];
        let Some(raw) = raw else {
            self.missing("source", None, &[]);
            return None;
        };
        self.unknown_fields(&path, RawSource::FIELDS);
        let name = self.required_string(raw.name.as_ref(), "name", None, &path);
        let url = self.web_address(raw.url.as_ref(), &[Seg::Field("source"), Seg::Field("url")]);
        Some(Source { name: name?, url })
    }

    /// An optional web address; one that is not a web address is an error (the app offers it
    /// as a link), which keeps the set from loading.
    fn web_address(&mut self, raw: Option<&String>, path: &[Seg<'_>]) -> Option<String> {
        let url = raw.map(|url| url.trim()).filter(|url| !url.is_empty())?;
        if crate::domain::validation::check_url(url).is_some() {
            self.error(Problem::NotAWebAddress(url.to_owned()), path);
            return None;
        }
        Some(url.to_owned())
    }

    fn languages(&mut self, official: Option<&String>, listed: Option<&Vec<String>>) -> Languages {
        let official = match official {
            None => {
                self.missing("official_language", None, &[]);
                None
            }
            Some(code) => {
                let lang = Lang::from_code(code);
                if lang.is_none() {
                    self.error(
                        Problem::UnknownLanguage(code.clone()),
                        &[Seg::Field("official_language")],
                    );
                }
                lang
            }
        };
        let mut languages = Vec::new();
        match listed {
            None => self.missing("languages", None, &[]),
            Some(codes) => {
                for (index, code) in codes.iter().enumerate() {
                    let path = [Seg::Field("languages"), Seg::Index(index)];
                    match Lang::from_code(code) {
                        None => self.warning(Problem::UnknownLanguage(code.clone()), &path),
                        Some(lang) if languages.contains(&lang) => {
                            self.warning(Problem::DuplicateLanguage(code.clone()), &path);
                        }
                        Some(lang) => languages.push(lang),
                    }
                }
                if let Some(official) = official.filter(|lang| !languages.contains(lang)) {
                    self.error(
                        Problem::OfficialLanguageNotListed(official.code().to_owned()),
                        &[Seg::Field("languages")],
                    );
                }
            }
        }
        Languages {
            official,
            listed: languages,
        }
    }

    /// A localized text: the official language's text is required, listed translations are
    /// expected (a warning when missing), other languages are noted.
    fn texts(
        &mut self,
        field: TextField,
        raw: Option<&RawTexts>,
        path: &[Seg<'_>],
        languages: &Languages,
    ) -> Option<LocalizedText> {
        let parent = &path[..path.len().saturating_sub(1)];
        let criterion = match parent {
            [Seg::Field("criteria"), Seg::Index(index)] => Some(index + 1),
            _ => None,
        };
        let Some(raw) = raw else {
            self.missing(field.name(), criterion, parent);
            return None;
        };
        self.duplicate_keys(path);
        let mut texts = BTreeMap::new();
        for (code, text) in raw {
            let mut key_path = path.to_vec();
            key_path.push(Seg::Key(code));
            match Lang::from_code(code) {
                None => self.warning(Problem::UnknownLanguage(code.clone()), &key_path),
                Some(lang) => {
                    if !languages.listed.contains(&lang) && languages.official != Some(lang) {
                        self.warning(Problem::UnlistedLanguage(code.clone()), &key_path);
                    }
                    texts.insert(lang, normalize_text(text));
                }
            }
        }
        let official = languages.official?;
        let has = |lang: Lang| {
            texts
                .get(&lang)
                .is_some_and(|text: &String| !text.is_empty())
        };
        let mut complete = true;
        if !has(official) {
            let mut key_path = path.to_vec();
            key_path.push(Seg::Key(official.code()));
            self.error(
                Problem::MissingOfficialText {
                    field,
                    lang: official.code().to_owned(),
                },
                &key_path,
            );
            complete = false;
        }
        for lang in languages
            .listed
            .iter()
            .copied()
            .filter(|&lang| lang != official)
        {
            if !has(lang) {
                let mut key_path = path.to_vec();
                key_path.push(Seg::Key(lang.code()));
                self.warning(
                    Problem::MissingTranslation {
                        field,
                        lang: lang.code().to_owned(),
                    },
                    &key_path,
                );
            }
        }
        complete.then(|| LocalizedText::new(texts))
    }

    /// A map that names a language twice keeps only the last text: report the others.
    fn duplicate_keys(&mut self, path: &[Seg<'_>]) {
        let Some(node) = self.outline.node(path) else {
            return;
        };
        let NodeKind::Map(entries) = &node.kind else {
            return;
        };
        for (index, entry) in entries.iter().enumerate() {
            let Some(key) = &entry.key else { continue };
            if entries[..index]
                .iter()
                .any(|earlier| earlier.key.as_ref() == Some(key))
            {
                self.diagnostics.push(Diagnostic::error(
                    Problem::DuplicateLanguage(key.clone()),
                    Some(entry.key_pos),
                ));
            }
        }
    }

    fn criteria(
        &mut self,
        raw: Option<&Vec<RawCriterion>>,
        languages: &Languages,
    ) -> Option<Vec<Criterion>> {
        let Some(raw) = raw else {
            self.missing("criteria", None, &[]);
            return None;
        };
        if raw.is_empty() {
            self.error(Problem::EmptySet, &[Seg::Field("criteria")]);
            return None;
        }
        let mut seen = Seen::default();
        let mut criteria = Vec::with_capacity(raw.len());
        let mut complete = true;
        for (index, raw) in raw.iter().enumerate() {
            match self.criterion(raw, index, languages, &mut seen) {
                Some(criterion) => criteria.push(criterion),
                None => complete = false,
            }
        }
        criteria.sort_by_key(|criterion| criterion.number);
        complete.then_some(criteria)
    }

    /// A criterion's number: given, not zero, and not another criterion's.
    fn criterion_number(
        &mut self,
        number: Option<u32>,
        ordinal: Option<usize>,
        path: &[Seg<'_>; 2],
        seen: &mut Seen,
    ) -> Option<u32> {
        let field = [path[0], path[1], Seg::Field("number")];
        match number {
            None => {
                self.missing("number", ordinal, path);
                None
            }
            Some(0) => {
                self.error(Problem::ZeroNumber, &field);
                None
            }
            Some(number) => {
                if let Some(first) = seen.numbers.get(&number) {
                    let problem = Problem::DuplicateNumber {
                        number,
                        first: *first,
                    };
                    self.error(problem, &field);
                    None
                } else {
                    seen.numbers.insert(number, self.at(&field));
                    Some(number)
                }
            }
        }
    }

    /// One criterion; `None` when any of its fields has an error (all are reported).
    fn criterion(
        &mut self,
        raw: &RawCriterion,
        index: usize,
        languages: &Languages,
        seen: &mut Seen,
    ) -> Option<Criterion> {
        let path = [Seg::Field("criteria"), Seg::Index(index)];
        let field = |name: &'static str| [path[0], path[1], Seg::Field(name)];
        self.unknown_fields(&path, RawCriterion::FIELDS);
        let ordinal = Some(index + 1);

        let id = self
            .required_string(raw.id.as_ref(), "id", ordinal, &path)
            .filter(|id| self.check_id(id, &field("id")))
            .filter(|id| {
                if let Some(first) = seen.ids.get(id) {
                    let problem = Problem::DuplicateId {
                        id: id.clone(),
                        first: *first,
                    };
                    self.error(problem, &field("id"));
                    false
                } else {
                    seen.ids.insert(id.clone(), self.at(&field("id")));
                    true
                }
            });

        let number = self.criterion_number(raw.number, ordinal, &path, seen);

        let short_title = self.texts(
            TextField::ShortTitle,
            raw.short_title.as_ref(),
            &field("short_title"),
            languages,
        );
        let text = self.texts(
            TextField::Text,
            raw.text.as_ref(),
            &field("text"),
            languages,
        );
        let guidance = self.texts(
            TextField::Guidance,
            raw.guidance.as_ref(),
            &field("guidance"),
            languages,
        );
        let evidence_kinds = self.evidence_kinds(raw.evidence_kinds.as_ref(), index);
        let requirement = match (self.format, raw.requirement.as_ref()) {
            (1, None) => Some(None),
            (1, Some(_)) => {
                self.error(Problem::RequirementNeedsFormat2, &field("requirement"));
                None
            }
            (_, None) => {
                self.missing("requirement", ordinal, &path);
                None
            }
            (_, Some(raw)) => self.requirement(raw, index, languages).map(Some),
        };
        Some(Criterion {
            id: CriterionId(id?),
            number: number?,
            short_title: short_title?,
            text: text?,
            guidance: guidance?,
            evidence_kinds: evidence_kinds?,
            requirement: requirement?,
        })
    }

    /// A criterion's requirement (format 2); `None` when it has an error (all are reported).
    fn requirement(
        &mut self,
        raw: &RawRequirement,
        index: usize,
        languages: &Languages,
    ) -> Option<Requirement> {
        let path = [
            Seg::Field("criteria"),
            Seg::Index(index),
            Seg::Field("requirement"),
        ];
        self.unknown_fields(&path, RawRequirement::FIELDS);
        let reading = self.texts(
            TextField::Reading,
            raw.reading.as_ref(),
            &[path[0], path[1], path[2], Seg::Field("reading")],
            languages,
        );
        let Some(raw_alternatives) = &raw.any_of else {
            self.missing("any_of", Some(index + 1), &path);
            return None;
        };
        if raw_alternatives.is_empty() {
            self.error(
                Problem::NoAlternatives,
                &[path[0], path[1], path[2], Seg::Field("any_of")],
            );
            return None;
        }
        let mut any_of = Vec::with_capacity(raw_alternatives.len());
        let mut complete = true;
        for (alternative_index, raw) in raw_alternatives.iter().enumerate() {
            let at = [
                path[0],
                path[1],
                path[2],
                Seg::Field("any_of"),
                Seg::Index(alternative_index),
            ];
            match self.alternative(raw, &at, index) {
                Some(alternative) => any_of.push(alternative),
                None => complete = false,
            }
        }
        let reading = reading?;
        complete.then_some(Requirement { any_of, reading })
    }

    /// One alternative of a requirement, at `path`.
    fn alternative(
        &mut self,
        raw: &RawAlternative,
        path: &[Seg<'static>; 5],
        criterion: usize,
    ) -> Option<Alternative> {
        self.unknown_fields(path, RawAlternative::FIELDS);
        let field = |name: &'static str| {
            let mut at = path.to_vec();
            at.push(Seg::Field(name));
            at
        };
        let Some(code) = &raw.kind else {
            self.missing("kind", Some(criterion + 1), path);
            return None;
        };
        let Some(kind) = EvidenceKind::from_code(code.trim()) else {
            self.error(Problem::UnknownEvidenceKind(code.clone()), &field("kind"));
            return None;
        };
        let bodies = self.alternative_bodies(raw, kind, code, &field);
        let roles = self.alternative_roles(raw, kind, code, &field);
        let fresh = self.alternative_freshness(raw, &field);
        let (bodies, roles, fresh) = (bodies?, roles?, fresh.ok()?);
        Some(Alternative {
            kind,
            bodies: bodies.into(),
            roles,
            fresh,
            judgement: raw.judgement.unwrap_or(false),
        })
    }

    /// The bodies of an alternative: `bodies` for a decision, `appointed_by` for an
    /// appointment, `approved_by` for a document; the others are errors for that kind.
    fn alternative_bodies(
        &mut self,
        raw: &RawAlternative,
        kind: EvidenceKind,
        code: &str,
        field: &dyn Fn(&'static str) -> Vec<Seg<'static>>,
    ) -> Option<Vec<Body>> {
        let lists: [(&'static str, Option<&Vec<String>>, bool); 3] = [
            (
                "bodies",
                raw.bodies.as_ref(),
                kind == EvidenceKind::Decision,
            ),
            (
                "appointed_by",
                raw.appointed_by.as_ref(),
                kind == EvidenceKind::Appointment,
            ),
            (
                "approved_by",
                raw.approved_by.as_ref(),
                kind == EvidenceKind::Document,
            ),
        ];
        let mut complete = true;
        let mut bodies = Vec::new();
        for (name, list, applies) in lists {
            let Some(list) = list else { continue };
            if !applies {
                self.error(
                    Problem::FieldNotForKind {
                        field: name,
                        kind: code.to_owned(),
                    },
                    &field(name),
                );
                complete = false;
                continue;
            }
            for (body_index, body) in list.iter().enumerate() {
                match Body::from_code(body.trim()) {
                    Some(body) if !bodies.contains(&body) => bodies.push(body),
                    Some(_) => {}
                    None => {
                        let mut at = field(name);
                        at.push(Seg::Index(body_index));
                        self.error(Problem::UnknownBody(body.clone()), &at);
                        complete = false;
                    }
                }
            }
        }
        complete.then_some(bodies)
    }

    /// The role words of an appointment's alternative, lower case.
    fn alternative_roles(
        &mut self,
        raw: &RawAlternative,
        kind: EvidenceKind,
        code: &str,
        field: &dyn Fn(&'static str) -> Vec<Seg<'static>>,
    ) -> Option<Vec<String>> {
        let Some(list) = &raw.roles else {
            return Some(Vec::new());
        };
        if kind != EvidenceKind::Appointment {
            self.error(
                Problem::FieldNotForKind {
                    field: "roles",
                    kind: code.to_owned(),
                },
                &field("roles"),
            );
            return None;
        }
        let mut complete = true;
        let mut roles = Vec::new();
        for (role_index, role) in list.iter().enumerate() {
            let role = role.trim().to_lowercase();
            if role.is_empty() {
                let mut at = field("roles");
                at.push(Seg::Index(role_index));
                self.error(Problem::EmptyRole, &at);
                complete = false;
            } else {
                roles.push(role);
            }
        }
        complete.then_some(roles)
    }

    /// How recent an alternative's evidence must be (`Ok(None)`: it does not say);
    /// `Err` when a mistake was reported.
    fn alternative_freshness(
        &mut self,
        raw: &RawAlternative,
        field: &dyn Fn(&'static str) -> Vec<Seg<'static>>,
    ) -> Result<Option<Freshness>, Reported> {
        match (raw.within_council_terms, raw.within_months) {
            (Some(_), Some(_)) => {
                self.error(Problem::TwoFreshnessRules, &field("within_months"));
                Err(Reported)
            }
            (Some(0), None) => {
                self.error(
                    Problem::ZeroFreshness("within_council_terms"),
                    &field("within_council_terms"),
                );
                Err(Reported)
            }
            (None, Some(0)) => {
                self.error(
                    Problem::ZeroFreshness("within_months"),
                    &field("within_months"),
                );
                Err(Reported)
            }
            (Some(terms), None) => Ok(Some(Freshness::CouncilTerms(terms))),
            (None, Some(months)) => Ok(Some(Freshness::Months(months))),
            (None, None) => Ok(None),
        }
    }

    fn evidence_kinds(
        &mut self,
        raw: Option<&Vec<String>>,
        index: usize,
    ) -> Option<Vec<EvidenceKind>> {
        let path = [Seg::Field("criteria"), Seg::Index(index)];
        let Some(raw) = raw else {
            self.missing("evidence_kinds", Some(index + 1), &path);
            return None;
        };
        let mut kinds = Vec::new();
        let mut complete = true;
        for (kind_index, code) in raw.iter().enumerate() {
            match EvidenceKind::from_code(code.trim()) {
                Some(kind) if !kinds.contains(&kind) => kinds.push(kind),
                Some(_) => {}
                None => {
                    self.error(
                        Problem::UnknownEvidenceKind(code.clone()),
                        &[
                            path[0],
                            path[1],
                            Seg::Field("evidence_kinds"),
                            Seg::Index(kind_index),
                        ],
                    );
                    complete = false;
                }
            }
        }
        complete.then_some(kinds)
    }
}

/// Trims each line and the whole text, so that texts may be indented in the file.
/// An empty line stays: it separates paragraphs.
fn normalize_text(text: &str) -> String {
    let lines: Vec<&str> = text.trim().lines().map(str::trim).collect();
    lines.join("\n")
}

/// The known name closest to `name`, if it is a likely typo (at most two edits away).
fn closest(name: &str, known: &[&'static str]) -> Option<&'static str> {
    known
        .iter()
        .map(|candidate| (edit_distance(&name.to_lowercase(), candidate), *candidate))
        .filter(|(distance, _)| *distance <= 2)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::outline::Seg;
    use super::raw::RawCriterion;
    use super::*;

    #[test]
    fn suggests_close_field_names() {
        assert_eq!(closest("guidence", RawCriterion::FIELDS), Some("guidance"));
        assert_eq!(closest("Text", RawCriterion::FIELDS), Some("text"));
        assert_eq!(closest("colour", RawCriterion::FIELDS), None);
    }

    #[test]
    fn normalizes_indented_texts() {
        assert_eq!(
            normalize_text("  first\n     second\n\n  third  "),
            "first\nsecond\n\nthird"
        );
    }

    /// `FIELDS` must list exactly the names serde reads: serialize a raw set with every field
    /// present and compare the outline's field names with the constants.
    #[test]
    fn field_lists_match_serde() {
        let raw = RawCriteriaSet {
            format: Some(1),
            id: Some(String::new()),
            title: Some(RawTexts::new()),
            version: Some(String::new()),
            period: Some(RawPeriod {
                start: Some(1),
                end: Some(2),
            }),
            entity: Some(String::new()),
            source: Some(RawSource {
                name: Some(String::new()),
                url: Some(String::new()),
            }),
            network_url: Some(String::new()),
            changes: Some(RawTexts::new()),
            official_language: Some(String::new()),
            languages: Some(Vec::new()),
            criteria: Some(vec![RawCriterion {
                id: Some(String::new()),
                number: Some(1),
                short_title: Some(RawTexts::new()),
                text: Some(RawTexts::new()),
                guidance: Some(RawTexts::new()),
                evidence_kinds: Some(Vec::new()),
                requirement: Some(RawRequirement {
                    reading: Some(RawTexts::new()),
                    any_of: Some(vec![RawAlternative {
                        kind: Some(String::new()),
                        bodies: Some(Vec::new()),
                        appointed_by: Some(Vec::new()),
                        approved_by: Some(Vec::new()),
                        roles: Some(Vec::new()),
                        within_council_terms: Some(1),
                        within_months: Some(1),
                        judgement: Some(true),
                    }]),
                }),
            }]),
        };
        let options = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
        let text = options.to_string(&raw).unwrap_or_default();
        let outline = Outline::parse(&text);
        let names = |path: &[Seg<'_>]| -> Vec<String> {
            match outline.node(path).map(|node| &node.kind) {
                Some(NodeKind::Struct(fields)) => fields.iter().map(|f| f.name.clone()).collect(),
                _ => Vec::new(),
            }
        };
        assert_eq!(names(&[]), RawCriteriaSet::FIELDS);
        assert_eq!(names(&[Seg::Field("period")]), RawPeriod::FIELDS);
        assert_eq!(names(&[Seg::Field("source")]), RawSource::FIELDS);
        assert_eq!(
            names(&[Seg::Field("criteria"), Seg::Index(0)]),
            RawCriterion::FIELDS
        );
        let requirement = [
            Seg::Field("criteria"),
            Seg::Index(0),
            Seg::Field("requirement"),
        ];
        assert_eq!(names(&requirement), RawRequirement::FIELDS);
        assert_eq!(
            names(&[
                requirement[0],
                requirement[1],
                requirement[2],
                Seg::Field("any_of"),
                Seg::Index(0)
            ]),
            RawAlternative::FIELDS
        );
        // And what was written reads back unchanged.
        assert_eq!(options.from_str::<RawCriteriaSet>(&text).ok(), Some(raw));
    }
}
