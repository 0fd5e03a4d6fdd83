//! Completing printpdf's document towards PDF/A-2b: XMP metadata with the PDF/A identification,
//! an sRGB output intent, the document language, matching document information, a stable
//! file identifier. printpdf 0.12 does not do this itself (its PDF/A modes write a PDF/X intent
//! and no `pdfaid`), so it is done on its lopdf document.
//!
//! What is checked (tests/report.rs): the entries are present and agree, `qpdf --check` finds
//! no error, fonts are embedded (`pdffonts`). No PDF/A validator is available here, so nothing
//! more is claimed.

use std::sync::OnceLock;

use lopdf::{Dictionary, Object, Stream, StringFormat};
use sha2::{Digest as _, Sha256};

use super::compression::Deflater;
use super::structure::text;
use crate::domain::dates::Timestamp;

/// The sRGB profile of the output intent (icc-profiles-free, zlib licence: see `assets/color`).
const SRGB_ICC: &[u8] = include_bytes!("../../assets/color/sRGB.icc");

/// The sRGB profile as a stream, compressed once for the program's run.
fn srgb_profile() -> Stream {
    static COMPRESSED: OnceLock<Option<Vec<u8>>> = OnceLock::new();
    let mut dict = Dictionary::from_iter(vec![("N", Object::Integer(3))]);
    match COMPRESSED.get_or_init(|| Deflater::new().smaller(SRGB_ICC)) {
        Some(compressed) => {
            dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
            Stream::new(dict, compressed.clone())
        }
        None => Stream::new(dict, SRGB_ICC.to_vec()),
    }
}

/// What the document says about itself.
pub struct Metadata {
    /// The title.
    pub title: String,
    /// Who made it.
    pub author: String,
    /// What it is about.
    pub subject: String,
    /// Keywords.
    pub keywords: String,
    /// The language, e.g. `fi-FI`.
    pub language: String,
    /// When it was made.
    pub created: Timestamp,
    /// The program that made it.
    pub producer: String,
    /// A digest of what it was made from.
    pub fingerprint: [u8; 32],
}

fn xml_escape(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `2026-11-24T12:00:00Z` for XMP; `D:20261124120000Z` for the information dictionary.
fn dates(created: Timestamp) -> (String, String) {
    let utc = created.to_zoned_datetime(jiff::tz::TimeZone::UTC);
    let xmp = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        utc.year(),
        utc.month(),
        utc.day(),
        utc.hour(),
        utc.minute(),
        utc.second()
    );
    // The same digits without separators.
    let pdf = format!("D:{}", xmp.replace(['-', ':', 'T'], ""));
    (xmp, pdf)
}

/// The XMP packet: PDF/A-2b identification and the same facts as the information dictionary.
pub fn xmp_packet(meta: &Metadata) -> String {
    let (date, _) = dates(meta.created);
    format!(
        r#"<?xpacket begin="{bom}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>{date}</xmp:CreateDate>
   <xmp:ModifyDate>{date}</xmp:ModifyDate>
   <xmp:MetadataDate>{date}</xmp:MetadataDate>
   <xmp:CreatorTool>{producer}</xmp:CreatorTool>
   <pdf:Producer>{producer}</pdf:Producer>
   <pdf:Keywords>{keywords}</pdf:Keywords>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"#,
        bom = '\u{feff}',
        title = xml_escape(&meta.title),
        author = xml_escape(&meta.author),
        subject = xml_escape(&meta.subject),
        language = xml_escape(&meta.language),
        producer = xml_escape(&meta.producer),
        keywords = xml_escape(&meta.keywords),
    )
}

/// Adds the PDF/A-2b entries to `doc`.
pub fn complete(doc: &mut lopdf::Document, meta: &Metadata) -> Result<(), lopdf::Error> {
    "1.7".clone_into(&mut doc.version);
    let (_, pdf_date) = dates(meta.created);

    let info = Dictionary::from_iter(vec![
        ("Title", text(&meta.title)),
        ("Author", text(&meta.author)),
        ("Subject", text(&meta.subject)),
        ("Keywords", text(&meta.keywords)),
        ("Creator", text(&meta.producer)),
        ("Producer", text(&meta.producer)),
        ("CreationDate", text(&pdf_date)),
        ("ModDate", text(&pdf_date)),
    ]);
    // printpdf's own information dictionary (with the time of the run) is replaced, not
    // left behind unreferenced.
    if let Ok(&Object::Reference(old)) = doc.trailer.get(b"Info") {
        doc.objects.remove(&old);
    }
    let info_id = doc.add_object(info);
    doc.trailer.set("Info", Object::Reference(info_id));

    let packet = xmp_packet(meta);
    // PDF/A wants the metadata readable without decoding: never compressed.
    let metadata = Stream::new(
        Dictionary::from_iter(vec![
            ("Type", Object::Name(b"Metadata".to_vec())),
            ("Subtype", Object::Name(b"XML".to_vec())),
        ]),
        packet.clone().into_bytes(),
    )
    .with_compression(false);
    let metadata_id = doc.add_object(metadata);

    let profile_id = doc.add_object(srgb_profile());
    let intent = Dictionary::from_iter(vec![
        ("Type", Object::Name(b"OutputIntent".to_vec())),
        ("S", Object::Name(b"GTS_PDFA1".to_vec())),
        ("OutputConditionIdentifier", text("sRGB IEC61966-2.1")),
        ("Info", text("sRGB IEC61966-2.1")),
        ("RegistryName", text("http://www.color.org")),
        ("DestOutputProfile", Object::Reference(profile_id)),
    ]);

    let catalog = doc.catalog_mut()?;
    catalog.set("Metadata", Object::Reference(metadata_id));
    catalog.set(
        "OutputIntents",
        Object::Array(vec![Object::Dictionary(intent)]),
    );
    catalog.set("Lang", text(&meta.language));

    // The same input gives the same identifier; another input, another.
    let id: [u8; 32] = Sha256::new()
        .chain_update(meta.fingerprint)
        .chain_update(packet.as_bytes())
        .finalize()
        .into();
    let id = Object::String(id[..16].to_vec(), StringFormat::Hexadecimal);
    doc.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    Ok(())
}
