//! Files: reading with limits, the assessment file format, finding criteria sets.
//!
//! Everything that touches the file system lives here. Encoding and decoding are pure
//! functions on bytes (tested without files); reading goes through [`read_capped`], which
//! refuses oversized files before reading them whole.

mod assessment_file;
mod catalog;
mod read;
mod write;

pub use assessment_file::{
    LoadError, MAX_ASSESSMENT_FILE_BYTES, OpenError, decode_assessment, encode_assessment,
    read_assessment, save_assessment,
};
pub use catalog::{
    BUILTIN_CRITERIA, CatalogEntry, CatalogProblem, CriteriaCatalog, DATA_DIR_ENV, criteria_dir,
    data_dir,
};
pub use read::{ReadError, read_capped};
pub use write::{TEMP_PREFIX, WriteError, WriteStep, write_atomic};
