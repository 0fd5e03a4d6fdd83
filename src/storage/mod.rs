//! Files: reading with limits, the assessment file format, finding criteria sets.
//!
//! Everything that touches the file system lives here. Encoding and decoding are pure
//! functions on bytes (tested without files); reading goes through [`read_capped`], which
//! refuses oversized files before reading them whole.

mod assessment_file;
pub mod attachments;
mod catalog;
pub mod group_file;
pub mod layout;
pub mod lock;
mod open;
pub mod overview;
pub mod package;
mod read;
pub mod review_file;
mod save;
mod sweep;
pub mod verify;
pub mod words;
mod write;

pub use crate::format::assessment::{
    Decoded, LoadError, MAX_ASSESSMENT_FILE_BYTES, decode_assessment, decode_for_reading,
    encode_assessment,
};
pub use assessment_file::{OpenError, read_assessment, save_assessment};
pub use catalog::{
    BUILTIN_CRITERIA, CatalogEntry, CatalogProblem, CriteriaCatalog, DATA_DIR_ENV, criteria_dir,
    data_dir,
};
pub use open::{Opened, open_assessment, read_for_review, readable_backup, restore_backup};
pub use read::{ReadError, read_capped};
pub use save::{
    FileStamp, SaveOutcome, SaveRequest, SaveTicket, Saver, save_file, save_file_with,
    unchanged_since,
};
pub use sweep::sweep_temp_files;
pub use write::{
    TEMP_PREFIX, WriteError, WriteStep, write_atomic, write_atomic_stream, write_atomic_with,
};
