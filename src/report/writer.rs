//! The finished document as bytes, written as lopdf's `save_with_options` writes it with
//! object streams and a cross-reference stream, byte for byte, but with each object written
//! once: lopdf writes every object that goes into an object stream three times (twice to learn
//! the offsets) and copies it first. On the typical report that was a quarter of the
//! instructions spent making it (111 M → 82 M). The pages' content (`report/content.rs`) writes
//! its names and literal strings with the same functions.

use std::io::Write as _;

use lopdf::{Dictionary, Document, Object, ObjectId, StringFormat};

use super::compression::{self, MAX_OBJECTS_PER_STREAM};

/// Where an object is found, for the cross-reference stream.
#[derive(Clone, Copy, Debug)]
enum Entry {
    /// At this offset in the file, with this generation.
    Direct(usize, u16),
    /// In this object stream, at this place.
    Packed(u32, u16),
}

/// The cross-reference entries by object number.
#[derive(Debug, Default)]
struct Xref(Vec<Option<Entry>>);

impl Xref {
    fn insert(&mut self, id: u32, entry: Entry) {
        let id = id as usize;
        if self.0.len() <= id {
            self.0.resize(id + 1, None);
        }
        if let Some(slot) = self.0.get_mut(id) {
            *slot = Some(entry);
        }
    }
}

/// The document's bytes: its objects, those that may be (every object but a stream) packed
/// into compressed object streams of up to [`MAX_OBJECTS_PER_STREAM`], and a cross-reference
/// stream with the trailer.
pub fn save(doc: &Document) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let version = if doc.version.as_str() < "1.5" {
        "1.5"
    } else {
        doc.version.as_str()
    };
    out.extend_from_slice(b"%PDF-");
    out.extend_from_slice(version.as_bytes());
    out.push(b'\n');
    if !doc.binary_mark.iter().all(|&byte| byte >= 128) {
        return Err("invalid binary mark".to_owned());
    }
    out.push(b'%');
    out.extend_from_slice(&doc.binary_mark);
    out.push(b'\n');

    let encrypt = match doc.trailer.get(b"Encrypt") {
        Ok(&Object::Reference(id)) => Some(id),
        _ => None,
    };
    let linearized = doc
        .objects
        .values()
        .any(|object| matches!(object, Object::Dictionary(dict) if dict.has(b"Linearized")));
    let mut packed: Vec<Vec<(ObjectId, &Object)>> = Vec::new();
    let mut direct = Vec::new();
    for (&id, object) in &doc.objects {
        if type_name(object) == Some(b"ObjStm") && matches!(object, Object::Stream(_)) {
            continue;
        }
        if packable(id, object, encrypt, linearized) {
            match packed.last_mut() {
                Some(stream) if stream.len() < MAX_OBJECTS_PER_STREAM => stream.push((id, object)),
                _ => packed.push(vec![(id, object)]),
            }
        } else {
            direct.push((id, object));
        }
    }

    let mut xref = Xref::default();
    for (id, object) in direct {
        write_indirect(&mut out, id, object, &mut xref);
    }
    // The object streams are numbered after the document's objects.
    let mut max_id = doc.max_id;
    for (stream_id, objects) in (doc.max_id + 1..).zip(packed) {
        let stream = object_stream(&objects)?;
        for (index, &((id, _), _)) in (0..).zip(&objects) {
            xref.insert(id, Entry::Packed(stream_id, index));
        }
        write_indirect(&mut out, (stream_id, 0), &stream, &mut xref);
        max_id = stream_id;
    }

    write_xref_stream(&mut out, &doc.trailer, &mut xref, max_id + 1)?;
    Ok(out)
}

/// The cross-reference stream, numbered `id`, with the trailer as its dictionary, and the
/// file's end.
fn write_xref_stream(
    out: &mut Vec<u8>,
    trailer: &Dictionary,
    xref: &mut Xref,
    id: u32,
) -> Result<(), String> {
    let xref_start = out.len();
    xref.insert(id, Entry::Direct(xref_start, 0));
    let (content, index) = xref_stream(xref)?;
    let mut trailer = trailer.clone();
    trailer.set("Type", Object::Name(b"XRef".to_vec()));
    trailer.set("Size", i64::from(id) + 1);
    trailer.set(
        "W",
        Object::Array(vec![
            Object::Integer(1),
            Object::Integer(4),
            Object::Integer(2),
        ]),
    );
    trailer.set("Index", index);
    trailer.remove(b"Filter");
    trailer.set(
        "Length",
        i64::try_from(content.len()).map_err(|e| e.to_string())?,
    );
    let stream = Object::Stream(lopdf::Stream {
        dict: trailer,
        allows_compression: true,
        content,
        start_position: None,
    });
    write_indirect(out, (id, 0), &stream, xref);
    // Writing into a vector cannot fail.
    let _ = write!(out, "\nstartxref\n{xref_start}\n%%EOF");
    Ok(())
}

/// The name of a dictionary's (or a stream's dictionary's) `/Type`.
fn type_name(object: &Object) -> Option<&[u8]> {
    let dict = match object {
        Object::Dictionary(dict) => dict,
        Object::Stream(stream) => &stream.dict,
        _ => return None,
    };
    dict.get(b"Type").and_then(Object::as_name).ok()
}

/// Whether `object` may go into an object stream (as `lopdf::ObjectStream::can_be_compressed`
/// decides).
fn packable(id: ObjectId, object: &Object, encrypt: Option<ObjectId>, linearized: bool) -> bool {
    if matches!(object, Object::Stream(_)) || id.1 != 0 || Some(id) == encrypt {
        return false;
    }
    if let Object::Dictionary(_) = object {
        match type_name(object) {
            Some(b"XRef" | b"ObjStm") => return false,
            Some(b"Catalog") if linearized => return false,
            _ => {}
        }
    }
    true
}

/// `objects` as a compressed object stream: the numbers and offsets, then the objects, each
/// followed by a space.
fn object_stream(objects: &[(ObjectId, &Object)]) -> Result<Object, String> {
    let mut body = Vec::new();
    let mut table = Vec::new();
    for ((id, _), object) in objects {
        if !table.is_empty() {
            table.push(b' ');
        }
        let _ = write!(table, "{id} {}", body.len());
        write_object(&mut body, object);
        body.push(b' ');
    }
    table.push(b' ');
    let first = table.len();
    table.extend_from_slice(&body);
    let mut dict = Dictionary::new();
    dict.set("Type", "ObjStm");
    dict.set("N", i64::try_from(objects.len()).unwrap_or(i64::MAX));
    dict.set("First", i64::try_from(first).unwrap_or(i64::MAX));
    let mut stream = lopdf::Stream::new(dict, Vec::new());
    // Object streams are always compressed (as lopdf does).
    stream.dict.set("Filter", "FlateDecode");
    stream.set_content(compression::zlib(&table).map_err(|e| e.to_string())?);
    Ok(Object::Stream(stream))
}

/// The cross-reference stream's entries (type, offset or stream, generation or place as
/// 1, 4 and 2 bytes) and its `/Index`: one section for each run of numbers in use.
fn xref_stream(xref: &Xref) -> Result<(Vec<u8>, Object), String> {
    let mut content = Vec::new();
    let mut index = Vec::new();
    let mut section: Option<(usize, i64)> = None;
    let mut close = |section: &mut Option<(usize, i64)>| {
        if let Some((start, count)) = section.take() {
            index.push(Object::Integer(i64::try_from(start).unwrap_or(i64::MAX)));
            index.push(Object::Integer(count));
        }
    };
    for (id, entry) in xref.0.iter().enumerate().skip(1) {
        let Some(entry) = entry else {
            close(&mut section);
            continue;
        };
        match &mut section {
            Some((_, count)) => *count += 1,
            None => section = Some((id, 1)),
        }
        match *entry {
            Entry::Direct(offset, generation) => {
                let offset = u32::try_from(offset)
                    .map_err(|_| "the document is larger than 4 GB".to_owned())?;
                content.push(1);
                content.extend_from_slice(&offset.to_be_bytes());
                content.extend_from_slice(&generation.to_be_bytes());
            }
            Entry::Packed(stream, place) => {
                content.push(2);
                content.extend_from_slice(&stream.to_be_bytes());
                content.extend_from_slice(&place.to_be_bytes());
            }
        }
    }
    close(&mut section);
    Ok((content, Object::Array(index)))
}

/// `N G obj`, the object, `endobj`, with its offset recorded.
fn write_indirect(out: &mut Vec<u8>, (id, generation): ObjectId, object: &Object, xref: &mut Xref) {
    xref.insert(id, Entry::Direct(out.len(), generation));
    let _ = writeln!(out, "{id} {generation} obj");
    if separated(object) {
        out.push(b' ');
    }
    write_object(out, object);
    if separated(object) || matches!(object, Object::Name(_) | Object::Stream(_)) {
        out.push(b' ');
    }
    out.extend_from_slice(b"\nendobj\n");
}

/// Whether a space goes before the object (in an array, after a key, after `obj`).
fn separated(object: &Object) -> bool {
    matches!(
        object,
        Object::Null
            | Object::Boolean(_)
            | Object::Integer(_)
            | Object::Real(_)
            | Object::Reference(_)
    )
}

/// An object as lopdf writes it.
fn write_object(out: &mut Vec<u8>, object: &Object) {
    match object {
        Object::Null => out.extend_from_slice(b"null"),
        Object::Boolean(true) => out.extend_from_slice(b"true"),
        Object::Boolean(false) => out.extend_from_slice(b"false"),
        Object::Integer(value) => {
            let _ = write!(out, "{value}");
        }
        Object::Real(value) => {
            let _ = write!(out, "{value}");
        }
        Object::Name(name) => write_name(out, name),
        Object::String(text, StringFormat::Literal) => {
            write_literal(out, text, &mut Vec::new());
        }
        Object::String(text, StringFormat::Hexadecimal) => {
            out.push(b'<');
            for &byte in text {
                out.push(HEX[usize::from(byte >> 4)]);
                out.push(HEX[usize::from(byte & 0xF)]);
            }
            out.push(b'>');
        }
        Object::Array(items) => {
            out.push(b'[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 && separated(item) {
                    out.push(b' ');
                }
                write_object(out, item);
            }
            out.push(b']');
        }
        Object::Dictionary(dict) => write_dictionary(out, dict),
        Object::Stream(stream) => {
            write_dictionary(out, &stream.dict);
            out.extend_from_slice(b"stream\n");
            out.extend_from_slice(&stream.content);
            out.extend_from_slice(b"\nendstream");
        }
        Object::Reference((id, generation)) => {
            let _ = write!(out, "{id} {generation} R");
        }
    }
}

fn write_dictionary(out: &mut Vec<u8>, dict: &Dictionary) {
    out.extend_from_slice(b"<<");
    for (key, value) in dict {
        write_name(out, key);
        if separated(value) {
            out.push(b' ');
        }
        write_object(out, value);
    }
    out.extend_from_slice(b">>");
}

/// Hexadecimal digits, as lopdf writes them.
const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// A name as lopdf writes one: `/`, then the bytes, a delimiter, white space or a byte outside
/// `!`–`~` as `#XX`.
pub(super) fn write_name(out: &mut Vec<u8>, name: &[u8]) {
    out.push(b'/');
    for &byte in name {
        if b" \t\n\r\x0C()<>[]{}/%#".contains(&byte) || !(33..=126).contains(&byte) {
            out.extend_from_slice(&[
                b'#',
                HEX[usize::from(byte >> 4)],
                HEX[usize::from(byte & 0xF)],
            ]);
        } else {
            out.push(byte);
        }
    }
}

/// A literal string as lopdf writes one: a backslash before every `\` and carriage return
/// (written `\r`) and before each parenthesis that has no partner.
pub(super) fn write_literal(out: &mut Vec<u8>, text: &[u8], escaped: &mut Vec<bool>) {
    escaped.clear();
    escaped.resize(text.len(), false);
    let mut open = Vec::new();
    for (index, &byte) in text.iter().enumerate() {
        match byte {
            b'(' => open.push(index),
            b')' => {
                if let Some(slot) = escaped.get_mut(index) {
                    *slot = open.pop().is_none();
                }
            }
            b'\\' | b'\r' => {
                if let Some(slot) = escaped.get_mut(index) {
                    *slot = true;
                }
            }
            _ => {}
        }
    }
    for index in open {
        if let Some(slot) = escaped.get_mut(index) {
            *slot = true;
        }
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
    use lopdf::{Dictionary, Document, Object, Stream, StringFormat};
    use proptest::prelude::*;

    use super::{save, type_name};
    use crate::report::compression::{LEVEL, MAX_OBJECTS_PER_STREAM};

    /// What lopdf writes for `doc` with the options the report used.
    fn lopdf_bytes(doc: &Document) -> Vec<u8> {
        let options = lopdf::SaveOptions::builder()
            .use_object_streams(true)
            .use_xref_streams(true)
            .compression_level(LEVEL)
            .max_objects_per_stream(MAX_OBJECTS_PER_STREAM)
            .build();
        let mut bytes = Vec::new();
        let result = doc.clone().save_with_options(&mut bytes, options);
        assert!(result.is_ok(), "{result:?}");
        bytes
    }

    /// Where `ours` and `theirs` first differ, with a little of each from there.
    fn difference(ours: &[u8], theirs: &[u8]) -> Option<String> {
        let at = ours
            .iter()
            .zip(theirs)
            .position(|(a, b)| a != b)
            .or_else(|| (ours.len() != theirs.len()).then(|| ours.len().min(theirs.len())))?;
        let show = |bytes: &[u8]| {
            String::from_utf8_lossy(bytes.get(at.saturating_sub(40)..).unwrap_or_default())
                .chars()
                .take(120)
                .collect::<String>()
        };
        Some(format!(
            "differ at byte {at} of {} and {}:\nours:   {:?}\nlopdf's: {:?}",
            ours.len(),
            theirs.len(),
            show(ours),
            show(theirs)
        ))
    }

    fn ours(doc: &Document) -> Vec<u8> {
        let bytes = save(doc);
        assert!(bytes.is_ok(), "{bytes:?}");
        bytes.unwrap_or_default()
    }

    fn object() -> impl Strategy<Value = Object> {
        let leaf = prop_oneof![
            Just(Object::Null),
            any::<bool>().prop_map(Object::Boolean),
            any::<i64>().prop_map(Object::Integer),
            (-1.0e6_f32..1.0e6).prop_map(Object::Real),
            proptest::collection::vec(any::<u8>(), 0..8).prop_map(Object::Name),
            proptest::collection::vec(any::<u8>(), 0..16)
                .prop_map(|bytes| Object::String(bytes, StringFormat::Literal)),
            proptest::collection::vec(any::<u8>(), 0..16)
                .prop_map(|bytes| Object::String(bytes, StringFormat::Hexadecimal)),
            (1_u32..60, 0_u16..3).prop_map(Object::Reference),
        ];
        leaf.prop_recursive(3, 24, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Object::Array),
                proptest::collection::vec(
                    (
                        prop_oneof![
                            Just("Type".to_owned()),
                            Just("Linearized".to_owned()),
                            "[A-Za-z#/ ]{1,6}"
                        ],
                        inner
                    ),
                    0..5
                )
                .prop_map(|entries| {
                    let mut dict = Dictionary::new();
                    for (key, value) in entries {
                        dict.set(key.into_bytes(), value);
                    }
                    Object::Dictionary(dict)
                }),
            ]
        })
    }

    /// A dictionary of a type that has rules of its own, a stream, or any object.
    fn indirect() -> impl Strategy<Value = Object> {
        prop_oneof![
            4 => object(),
            1 => prop_oneof![
                Just("Catalog"),
                Just("XRef"),
                Just("ObjStm"),
                Just("Page"),
                Just("StructElem")
            ]
            .prop_map(|name| {
                let mut dict = Dictionary::new();
                dict.set("Type", Object::Name(name.as_bytes().to_vec()));
                Object::Dictionary(dict)
            }),
            1 => proptest::collection::vec(any::<u8>(), 0..64).prop_map(|content| {
                Object::Stream(Stream::new(Dictionary::new(), content))
            }),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        /// The bytes are exactly lopdf's, with numbers left unused and objects of other
        /// generations in between.
        #[test]
        fn a_document_is_written_as_lopdf_writes_it(
            objects in proptest::collection::vec(((1_u32..80, 0_u16..2), indirect()), 0..40),
            root in 1_u32..80,
        ) {
            let mut doc = Document::with_version("1.7");
            for ((id, generation), object) in objects {
                doc.objects.insert((id, generation), object);
                doc.max_id = doc.max_id.max(id);
            }
            doc.trailer.set("Root", Object::Reference((root, 0)));
            doc.trailer.set("Encrypt", Object::Reference((root + 1, 0)));
            let difference = difference(&ours(&doc), &lopdf_bytes(&doc));
            prop_assert!(difference.is_none(), "{}", difference.unwrap_or_default());
        }
    }

    #[test]
    fn more_objects_than_one_stream_holds_go_into_two() {
        let mut doc = Document::with_version("1.4");
        for n in 0..i64::try_from(MAX_OBJECTS_PER_STREAM + 7).unwrap_or(i64::MAX) {
            let mut dict = Dictionary::new();
            dict.set("N", n);
            dict.set("Text", Object::string_literal(format!("({n}) \\ \r")));
            doc.add_object(dict);
        }
        doc.trailer.set("Root", Object::Reference((1, 0)));
        let bytes = ours(&doc);
        let difference = difference(&bytes, &lopdf_bytes(&doc));
        assert!(difference.is_none(), "{}", difference.unwrap_or_default());
        assert!(bytes.starts_with(b"%PDF-1.5\n"));
        let Ok(read) = Document::load_mem(&bytes) else {
            panic!("the document reads back");
        };
        let streams = read
            .objects
            .values()
            .filter(|object| {
                matches!(object, Object::Stream(_)) && type_name(object) == Some(b"ObjStm")
            })
            .count();
        assert_eq!(streams, 2);
        let last = u32::try_from(MAX_OBJECTS_PER_STREAM + 7).unwrap_or(u32::MAX);
        let Ok(Object::Dictionary(dict)) = read.get_object((last, 0)) else {
            panic!("the last object reads back");
        };
        assert_eq!(
            dict.get(b"N").and_then(Object::as_i64).ok(),
            Some(i64::from(last) - 1)
        );
    }
}
