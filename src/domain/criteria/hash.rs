//! The content hash of a criteria set.
//!
//! The hash covers what an answer depends on: the set's id and version and, for each criterion,
//! its id, number, texts, guidance, evidence kinds and (format 2) requirement, in every language. It leaves out what is
//! cosmetic (comments, layout, line ends, short titles, the source's wording). The bytes hashed
//! are our own length-prefixed encoding, not RON, so a new RON version cannot change a hash.

use sha2::{Digest as _, Sha256};

use super::{Criterion, Freshness, LocalizedText};

struct Hasher(Sha256);

impl Hasher {
    fn bytes(&mut self, tag: u8, bytes: &[u8]) {
        self.0.update([tag]);
        self.0.update((bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
    }

    fn text(&mut self, tag: u8, text: &LocalizedText) {
        for lang in text.languages() {
            self.bytes(tag, lang.code().as_bytes());
            self.bytes(tag, text.get(lang).unwrap_or_default().as_bytes());
        }
    }
}

/// `sha256:` and 64 lowercase hex digits.
pub(crate) fn content_hash(id: &str, version: &str, criteria: &[Criterion]) -> String {
    let mut hasher = Hasher(Sha256::new());
    hasher.bytes(b's', id.as_bytes());
    hasher.bytes(b'v', version.as_bytes());
    for criterion in criteria {
        hasher.bytes(b'c', criterion.id.as_str().as_bytes());
        hasher.bytes(b'n', &criterion.number.to_le_bytes());
        hasher.text(b't', &criterion.text);
        hasher.text(b'g', &criterion.guidance);
        for kind in &criterion.evidence_kinds {
            hasher.bytes(b'k', kind.code().as_bytes());
        }
        // Format 1 sets have no requirements: their hashes stay what they were.
        if let Some(requirement) = &criterion.requirement {
            hasher.text(b'r', &requirement.reading);
            for alternative in &requirement.any_of {
                hasher.bytes(b'a', alternative.kind.code().as_bytes());
                for body in alternative.bodies.iter() {
                    hasher.bytes(b'b', body.code().as_bytes());
                }
                for role in &alternative.roles {
                    hasher.bytes(b'o', role.as_bytes());
                }
                match alternative.fresh {
                    Some(Freshness::CouncilTerms(n)) => hasher.bytes(b'T', &n.to_le_bytes()),
                    Some(Freshness::Months(n)) => hasher.bytes(b'M', &n.to_le_bytes()),
                    None => {}
                }
                hasher.bytes(b'j', &[u8::from(alternative.judgement)]);
            }
        }
    }
    let digest = hasher.0.finalize();
    let mut out = String::with_capacity(7 + 64);
    out.push_str("sha256:");
    for byte in digest {
        out.push(char::from(HEX[usize::from(byte >> 4)]));
        out.push(char::from(HEX[usize::from(byte & 0x0f)]));
    }
    out
}

const HEX: &[u8; 16] = b"0123456789abcdef";
