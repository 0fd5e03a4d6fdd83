//! What the command line prints goes through [`Escaping`]: control characters (escape
//! sequences, carriage returns, NUL, C1 controls) and the characters that reorder text on
//! screen (bidi overrides) are shown escaped, `\u{1b}`, so that no name or text from a file
//! can move the cursor, colour the terminal or hide what comes before it. Newlines pass.
//!
//! It sits between the process and its stdout and stderr, so every message, name, path and
//! text is covered, whichever command prints it.

use std::fmt::Write as _;
use std::io::Write;

/// A writer that escapes what could control a terminal; see the module's documentation.
#[derive(Debug)]
pub struct Escaping<W: Write> {
    inner: W,
    /// The start of a UTF-8 character whose other bytes have not been written yet.
    pending: Vec<u8>,
}

impl<W: Write> Escaping<W> {
    /// Escapes what is written to `inner`.
    pub fn new(inner: W) -> Self {
        Self {
            inner,
            pending: Vec::new(),
        }
    }

    /// Writes out `pending`, escaped. At the `end`, an incomplete character is written as
    /// bytes; otherwise it waits for the rest.
    fn drain(&mut self, end: bool) -> std::io::Result<()> {
        let mut out = String::new();
        let mut rest: &[u8] = &self.pending;
        loop {
            match std::str::from_utf8(rest) {
                Ok(text) => {
                    escape_into(text, &mut out);
                    rest = &[];
                    break;
                }
                Err(error) => {
                    let (valid, after) = rest.split_at(error.valid_up_to());
                    // The prefix is valid UTF-8 by `valid_up_to`.
                    escape_into(std::str::from_utf8(valid).unwrap_or_default(), &mut out);
                    match error.error_len() {
                        Some(len) => {
                            for byte in &after[..len] {
                                let _ = write!(out, "\\x{byte:02x}");
                            }
                            rest = &after[len..];
                        }
                        None if end => {
                            for byte in after {
                                let _ = write!(out, "\\x{byte:02x}");
                            }
                            rest = &[];
                            break;
                        }
                        None => {
                            rest = after;
                            break;
                        }
                    }
                }
            }
        }
        self.pending = rest.to_vec();
        self.inner.write_all(out.as_bytes())
    }
}

/// Whether `c` is shown escaped: a control character other than the newline, or a character
/// that changes the direction of text.
fn is_hostile(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        if is_hostile(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
}

impl<W: Write> Write for Escaping<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        self.drain(false)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.drain(true)?;
        self.inner.flush()
    }
}

impl<W: Write> Drop for Escaping<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(chunks: &[&[u8]]) -> String {
        let mut out = Vec::new();
        {
            let mut writer = Escaping::new(&mut out);
            for chunk in chunks {
                writer.write_all(chunk).unwrap_or_default();
            }
        }
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn controls_are_escaped_and_newlines_and_letters_pass() {
        assert_eq!(
            escaped(&["Kuvitelmala\u{1b}[2J\r\0ä\n".as_bytes()]),
            "Kuvitelmala\\u{1b}[2J\\r\\u{0}ä\n"
        );
        assert_eq!(
            escaped(&["a\u{202e}b\u{9b}c\td".as_bytes()]),
            "a\\u{202e}b\\u{9b}c\\td"
        );
    }

    #[test]
    fn a_character_split_between_writes_is_kept_whole() {
        let bidi = "\u{202e}".as_bytes();
        assert_eq!(
            escaped(&[b"x", &bidi[..1], &bidi[1..], b"y"]),
            "x\\u{202e}y"
        );
        let a = "ä".as_bytes();
        assert_eq!(escaped(&[&a[..1], &a[1..]]), "ä");
        // Bytes that are not UTF-8 are shown as bytes.
        assert_eq!(escaped(&[b"a\xffb", &a[..1]]), "a\\xffb\\xc3");
    }
}
