//! The pages' text as literal strings.
//!
//! printpdf writes the glyphs of text as hexadecimal strings, two characters a byte; written as
//! literal strings, the pages' content is about a third smaller once compressed. The content
//! streams are rewritten in one pass over their bytes: a hexadecimal string becomes the literal
//! string lopdf would write for the same bytes, and everything else is copied. The result is
//! exactly what decoding the stream with lopdf and encoding it again with literal strings gives
//! (the unit tests compare the two), without building an object for every operand.

use super::compression::Deflater;

/// A page's content stream, taken out of the document to be rewritten and compressed.
pub(super) struct PageContent {
    id: lopdf::ObjectId,
    bytes: Vec<u8>,
    compressed: bool,
    error: Option<lopdf::Error>,
}

/// Every page's content, taken out of `doc` (its streams are left empty until [`put_back`]).
pub(super) fn take(doc: &mut lopdf::Document) -> Result<Vec<PageContent>, lopdf::Error> {
    let ids: Vec<lopdf::ObjectId> = doc
        .get_pages()
        .into_values()
        .flat_map(|page| doc.get_page_contents(page))
        .collect();
    let mut contents = Vec::with_capacity(ids.len());
    for id in ids {
        let stream = doc.get_object_mut(id)?.as_stream_mut()?;
        let bytes = if stream.dict.has(b"Filter") {
            stream.decompressed_content()?
        } else {
            std::mem::take(&mut stream.content)
        };
        contents.push(PageContent {
            id,
            bytes,
            compressed: false,
            error: None,
        });
    }
    // The largest first, so that the two threads sharing them finish at about the same time.
    contents.sort_by_key(|content| std::cmp::Reverse(content.bytes.len()));
    Ok(contents)
}

impl PageContent {
    /// The text as literal strings, then compressed.
    pub(super) fn rewrite(&mut self, deflater: &mut Deflater) {
        let rewritten = match hex_strings_as_literal(&self.bytes) {
            Some(rewritten) => rewritten,
            // Something this reader does not expect: the long way round.
            None => match by_decoding(&self.bytes) {
                Ok(rewritten) => rewritten,
                Err(error) => {
                    self.error = Some(error);
                    return;
                }
            },
        };
        match deflater.smaller(&rewritten) {
            Some(compressed) => {
                self.bytes = compressed;
                self.compressed = true;
            }
            None => self.bytes = rewritten,
        }
    }
}

/// The rewritten content back into its streams.
pub(super) fn put_back(
    doc: &mut lopdf::Document,
    contents: Vec<PageContent>,
) -> Result<(), lopdf::Error> {
    for content in contents {
        if let Some(error) = content.error {
            return Err(error);
        }
        let stream = doc.get_object_mut(content.id)?.as_stream_mut()?;
        stream.dict.remove(b"DecodeParms");
        if content.compressed {
            stream.dict.set("Filter", "FlateDecode");
        } else {
            stream.dict.remove(b"Filter");
        }
        stream.set_content(content.bytes);
    }
    Ok(())
}

/// The content decoded into operations and written again with literal strings.
fn by_decoding(content: &[u8]) -> Result<Vec<u8>, lopdf::Error> {
    fn literal(object: &mut lopdf::Object) {
        match object {
            lopdf::Object::String(_, format) => *format = lopdf::StringFormat::Literal,
            lopdf::Object::Array(items) => items.iter_mut().for_each(literal),
            _ => {}
        }
    }
    let mut content = lopdf::content::Content::decode(content)?;
    for operation in &mut content.operations {
        operation.operands.iter_mut().for_each(literal);
    }
    content.encode()
}

/// `content` (as lopdf writes a content stream) with each hexadecimal string written as a
/// literal one; `None` when it holds something lopdf does not write (a comment, a broken string).
fn hex_strings_as_literal(content: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(content.len());
    let mut bytes = Vec::new();
    let mut escaped = Vec::new();
    // Strings in a dictionary (a marked-content property list) stay as they are, as they did
    // when the stream was decoded and encoded again.
    let mut dictionaries = 0_usize;
    let mut i = 0;
    while let Some(&byte) = content.get(i) {
        match byte {
            // A literal string, copied as it is: nested parentheses and escapes included.
            b'(' => {
                let start = i;
                let mut depth = 0_usize;
                loop {
                    let byte = *content.get(i)?;
                    i += 1;
                    match byte {
                        b'\\' => i += 1,
                        b'(' => depth += 1,
                        b')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                out.extend_from_slice(content.get(start..i)?);
            }
            b'<' if content.get(i + 1) == Some(&b'<') => {
                dictionaries += 1;
                out.extend_from_slice(b"<<");
                i += 2;
            }
            b'>' if content.get(i + 1) == Some(&b'>') => {
                dictionaries = dictionaries.checked_sub(1)?;
                out.extend_from_slice(b">>");
                i += 2;
            }
            b'<' => {
                let digits = content.get(i + 1..)?;
                let length = digits.iter().position(|&b| b == b'>')?;
                let digits = &digits[..length];
                if digits.len() % 2 != 0 {
                    return None;
                }
                if dictionaries > 0 {
                    out.extend_from_slice(content.get(i..i + length + 2)?);
                    i += length + 2;
                    continue;
                }
                bytes.clear();
                for pair in digits.chunks_exact(2) {
                    bytes.push(hex_value(pair[0])? << 4 | hex_value(pair[1])?);
                }
                write_literal(&mut out, &bytes, &mut escaped);
                i += length + 2;
            }
            b'%' => return None,
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    Some(out)
}

fn hex_value(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        _ => None,
    }
}

/// A literal string as lopdf writes one: a backslash before every `\` and carriage return
/// (written `\r`) and before each parenthesis that has no partner.
fn write_literal(out: &mut Vec<u8>, text: &[u8], escaped: &mut Vec<bool>) {
    escaped.clear();
    escaped.resize(text.len(), false);
    let mut open = Vec::new();
    for (index, &byte) in text.iter().enumerate() {
        match byte {
            b'(' => open.push(index),
            b')' => escaped[index] = open.pop().is_none(),
            b'\\' | b'\r' => escaped[index] = true,
            _ => {}
        }
    }
    for index in open {
        escaped[index] = true;
    }
    out.push(b'(');
    for (&byte, &escape) in text.iter().zip(escaped.iter()) {
        if escape {
            out.push(b'\\');
            out.push(if byte == b'\r' { b'r' } else { byte });
        } else {
            out.push(byte);
        }
    }
    out.push(b')');
}

#[cfg(test)]
mod tests {
    use lopdf::content::{Content, Operation};
    use lopdf::{Dictionary, Object, StringFormat};
    use proptest::prelude::*;

    use super::{by_decoding, hex_strings_as_literal};

    /// An operand as printpdf and our structure tagging write them.
    fn operand() -> impl Strategy<Value = Object> {
        let leaf = prop_oneof![
            any::<i64>().prop_map(Object::Integer),
            (-1.0e6_f32..1.0e6).prop_map(Object::Real),
            proptest::collection::vec(any::<u8>(), 0..8).prop_map(Object::Name),
            proptest::collection::vec(any::<u8>(), 0..24)
                .prop_map(|bytes| Object::String(bytes, StringFormat::Hexadecimal)),
            proptest::collection::vec(any::<u8>(), 0..24)
                .prop_map(|bytes| Object::String(bytes, StringFormat::Literal)),
            // The characters that matter to a literal string, often.
            proptest::collection::vec(
                prop_oneof![Just(b'('), Just(b')'), Just(b'\\'), Just(b'\r'), Just(b'<')],
                0..12
            )
            .prop_map(|bytes| Object::String(bytes, StringFormat::Hexadecimal)),
            Just(Object::Null),
            any::<bool>().prop_map(Object::Boolean),
        ];
        leaf.prop_recursive(2, 16, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Object::Array),
                proptest::collection::vec(("[A-Za-z]{1,6}", inner), 0..4).prop_map(|entries| {
                    let mut dictionary = Dictionary::new();
                    for (key, value) in entries {
                        dictionary.set(key.into_bytes(), value);
                    }
                    Object::Dictionary(dictionary)
                }),
            ]
        })
    }

    fn content() -> impl Strategy<Value = Vec<u8>> {
        proptest::collection::vec(
            (
                proptest::collection::vec(operand(), 0..4),
                prop_oneof![Just("Tj"), Just("TJ"), Just("BDC"), Just("Td"), Just("re")],
            ),
            0..12,
        )
        .prop_map(|operations| {
            let operations: Vec<Operation> = operations
                .into_iter()
                .map(|(operands, operator)| Operation::new(operator, operands))
                .collect();
            Content { operations }.encode().unwrap_or_default()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The pass over the bytes gives exactly what decoding and encoding again gives.
        #[test]
        fn rewriting_the_bytes_is_decoding_and_encoding_again(content in content()) {
            let rewritten = hex_strings_as_literal(&content);
            prop_assert!(rewritten.is_some(), "{}", String::from_utf8_lossy(&content));
            let expected = by_decoding(&content);
            prop_assert!(expected.is_ok());
            prop_assert_eq!(rewritten, expected.ok());
        }
    }

    #[test]
    fn what_lopdf_does_not_write_goes_the_long_way_round() {
        for content in [
            &b"(unterminated Tj"[..],
            b"<0A1 Tj",
            b"<0G> Tj",
            b"<0A1> Tj",
            b"% comment\n(x) Tj",
            b"(ends in a backslash\\",
        ] {
            assert_eq!(hex_strings_as_literal(content), None, "{content:?}");
        }
        assert_eq!(
            hex_strings_as_literal(b"<28295C0D> Tj"),
            Some(b"(()\\\\\\r) Tj".to_vec())
        );
    }
}
