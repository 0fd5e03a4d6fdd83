//! What the loader can find wrong with a criteria file, and where.
//!
//! Problems are data; `crate::i18n` turns them into words in the user's language.

/// A place in a text: line and column, both from 1, columns counted in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Whether a problem stops the set from loading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The set still loads; the user should fix this.
    Warning,
    /// The set does not load.
    Error,
}

/// Which localized text of a criterion or set a problem is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextField {
    /// The set's `title`.
    SetTitle,
    /// A criterion's `short_title`.
    ShortTitle,
    /// A criterion's `text`.
    Text,
    /// A criterion's `guidance`.
    Guidance,
    /// A requirement's `reading`: whose reading of the criterion it is.
    Reading,
    /// The set's `changes`: what changed from its previous version.
    Changes,
}

impl TextField {
    /// The field's name in the file.
    pub fn name(self) -> &'static str {
        match self {
            Self::SetTitle => "title",
            Self::ShortTitle => "short_title",
            Self::Text => "text",
            Self::Guidance => "guidance",
            Self::Reading => "reading",
            Self::Changes => "changes",
        }
    }
}

/// A syntax or type error reported by the RON parser, kept as data so it can be translated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxError {
    /// The text ends in the middle of a value.
    UnexpectedEnd,
    /// A character that cannot stand here.
    UnexpectedChar(char),
    /// Something follows the end of the document.
    TrailingCharacters,
    /// A comma is missing between two items.
    ExpectedComma,
    /// A `:` is missing after a name or key.
    ExpectedColon,
    /// A closing bracket is missing: `)`, `]` or `}`.
    ExpectedClosing(char),
    /// An opening bracket is missing: `(`, `[` or `{`.
    ExpectedOpening(char),
    /// A string is not closed with `"`.
    UnclosedString,
    /// A `/* … */` comment is not closed.
    UnclosedComment,
    /// A value of another type stands where this type belongs: `expected` names the type.
    WrongType {
        /// What should stand here, e.g. "a string".
        expected: String,
    },
    /// The same field is given twice.
    DuplicateField(String),
    /// A field name the format does not know (in formats that refuse unknown fields).
    UnknownField(String),
    /// A required field is missing.
    MissingField(String),
    /// A name that is not one of the allowed choices, e.g. an unknown status.
    UnknownVariant(String),
    /// A number too large or too small for its field.
    NumberOutOfRange,
    /// Nested deeper than the parser allows.
    TooDeep,
    /// The struct has a different name than expected, e.g. `Criteria(` instead of `CriteriaSet(`.
    WrongStructName {
        /// The name the file must use.
        expected: String,
        /// The name it used.
        found: String,
    },
    /// Bytes that are not UTF-8 text.
    NotUtf8,
    /// Anything else; the parser's own English words.
    Other(String),
}

/// One problem found in a criteria file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file is larger than [`super::MAX_CRITERIA_FILE_BYTES`].
    TooLarge {
        /// The file's size in bytes.
        size: usize,
        /// The largest size accepted.
        limit: usize,
    },
    /// The file is empty or holds only comments.
    EmptyFile,
    /// RON syntax or a value of the wrong type.
    Syntax(SyntaxError),
    /// A field name the format does not know.
    UnknownField {
        /// The name as written.
        field: String,
        /// A known name it may be a typo of.
        suggestion: Option<&'static str>,
    },
    /// A required field is missing.
    MissingField {
        /// The field's name.
        field: &'static str,
        /// The criterion's number when the field is missing from a criterion.
        criterion: Option<usize>,
    },
    /// `format` names a newer file format than this app reads.
    UnsupportedFormat {
        /// The format in the file.
        found: u32,
        /// The newest this app reads.
        supported: u32,
    },
    /// An id that is empty or has characters other than letters, digits, `-`, `_` and `.`.
    InvalidId(String),
    /// An address that is not a web address (`https://…` or `http://…`, no spaces).
    NotAWebAddress(String),
    /// A criterion id used twice.
    DuplicateId {
        /// The id.
        id: String,
        /// Where it was first used.
        first: Option<Position>,
    },
    /// A criterion number used twice.
    DuplicateNumber {
        /// The number.
        number: u32,
        /// Where it was first used.
        first: Option<Position>,
    },
    /// A criterion number of 0.
    ZeroNumber,
    /// A required text is empty.
    EmptyValue(&'static str),
    /// The official language's text of a field is missing or empty.
    MissingOfficialText {
        /// Which text.
        field: TextField,
        /// The official language's code.
        lang: String,
    },
    /// A translation listed in `languages` is missing or empty (a warning).
    MissingTranslation {
        /// Which text.
        field: TextField,
        /// The missing language's code.
        lang: String,
    },
    /// A language code the app does not support (a warning for texts, an error for
    /// `official_language`).
    UnknownLanguage(String),
    /// A text is given in a language that `languages` does not list (a warning).
    UnlistedLanguage(String),
    /// `languages` does not include `official_language`.
    OfficialLanguageNotListed(String),
    /// A language code given twice in one place.
    DuplicateLanguage(String),
    /// An evidence kind the app does not know.
    UnknownEvidenceKind(String),
    /// An entity type other than `kunta` or `kuntayhtymä`.
    UnknownEntity(String),
    /// A period whose years are implausible or out of order.
    InvalidPeriod {
        /// First year as written.
        start: i32,
        /// Last year as written.
        end: i32,
    },
    /// The set has no criteria.
    EmptySet,
    /// A format 1 file states no evidence requirements: any complete evidence item counts
    /// (a warning, so that the author knows).
    NoRequirements,
    /// A `requirement` in a format 1 file: requirements need `format: 2`.
    RequirementNeedsFormat2,
    /// A requirement with no alternatives.
    NoAlternatives,
    /// A body name the app does not know (`council`, `board`, …).
    UnknownBody(String),
    /// A field of an alternative that does not apply to its kind, e.g. `roles` for a decision.
    FieldNotForKind {
        /// The field.
        field: &'static str,
        /// The alternative's kind as written.
        kind: String,
    },
    /// Both `within_council_terms` and `within_months`: give one.
    TwoFreshnessRules,
    /// A freshness of 0 terms or months, which nothing can meet.
    ZeroFreshness(&'static str),
    /// An empty role word, which every role would contain.
    EmptyRole,
}

/// A problem, how serious it is, and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Where in the file, when it has a place.
    pub position: Option<Position>,
    /// What is wrong.
    pub problem: Problem,
}

impl Diagnostic {
    /// An error at `position`.
    pub fn error(problem: Problem, position: Option<Position>) -> Self {
        Self {
            severity: Severity::Error,
            position,
            problem,
        }
    }

    /// A warning at `position`.
    pub fn warning(problem: Problem, position: Option<Position>) -> Self {
        Self {
            severity: Severity::Warning,
            position,
            problem,
        }
    }
}

impl SyntaxError {
    /// Translates the RON parser's error into data that can be put into words.
    pub fn from_ron(error: &ron::Error) -> Self {
        use ron::Error as E;
        match error {
            E::Eof => SyntaxError::UnexpectedEnd,
            E::UnexpectedChar(c) => SyntaxError::UnexpectedChar(*c),
            E::TrailingCharacters => SyntaxError::TrailingCharacters,
            E::ExpectedComma => SyntaxError::ExpectedComma,
            E::ExpectedMapColon => SyntaxError::ExpectedColon,
            E::ExpectedArrayEnd => SyntaxError::ExpectedClosing(']'),
            E::ExpectedMapEnd => SyntaxError::ExpectedClosing('}'),
            E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => SyntaxError::ExpectedClosing(')'),
            E::ExpectedArray => SyntaxError::ExpectedOpening('['),
            E::ExpectedMap => SyntaxError::ExpectedOpening('{'),
            E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
                SyntaxError::ExpectedOpening('(')
            }
            E::ExpectedStringEnd => SyntaxError::UnclosedString,
            E::UnclosedBlockComment => SyntaxError::UnclosedComment,
            E::ExpectedString | E::ExpectedStructName(_) => wrong_type("string"),
            E::ExpectedInteger | E::InvalidIntegerDigit { .. } => wrong_type("integer"),
            E::ExpectedFloat => wrong_type("number"),
            E::ExpectedBoolean => wrong_type("boolean"),
            E::InvalidValueForType { expected, .. } => wrong_type(expected),
            E::DuplicateStructField { field, .. } => {
                SyntaxError::DuplicateField((*field).to_owned())
            }
            E::NoSuchStructField { found, .. } => SyntaxError::UnknownField(found.clone()),
            E::MissingStructField { field, .. } => SyntaxError::MissingField((*field).to_owned()),
            E::NoSuchEnumVariant { found, .. } => SyntaxError::UnknownVariant(found.clone()),
            E::IntegerOutOfBounds => SyntaxError::NumberOutOfRange,
            E::ExceededRecursionLimit => SyntaxError::TooDeep,
            E::ExpectedDifferentStructName { expected, found } => SyntaxError::WrongStructName {
                expected: (*expected).to_owned(),
                found: found.clone(),
            },
            E::Utf8Error(_) => SyntaxError::NotUtf8,
            other => SyntaxError::Other(other.to_string()),
        }
    }
}

/// Serde describes expected types in English ("a string", "u32", "a sequence"); reduce them
/// to the few kinds a message can name in every language.
fn wrong_type(expected: &str) -> SyntaxError {
    let kind = if expected.contains("string") {
        "string"
    } else if expected.contains("sequence") {
        "list"
    } else if expected.contains("map") {
        "map"
    } else if expected.contains("bool") {
        "boolean"
    } else if expected.starts_with('u') || expected.starts_with('i') || expected.contains("integer")
    {
        "integer"
    } else if expected.contains("number") || expected.starts_with('f') {
        "number"
    } else if expected.contains("struct") {
        "struct"
    } else {
        return SyntaxError::Other(format!("expected {expected}"));
    };
    SyntaxError::WrongType {
        expected: kind.to_owned(),
    }
}
