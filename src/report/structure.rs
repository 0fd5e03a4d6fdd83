//! What a screen reader and a viewer's navigation need beyond the drawing: the logical
//! structure (headings, paragraphs, lists, tables, figures with their alternative text, links),
//! the outline (bookmarks) and the link annotations, collected while the layout draws and
//! written into the document at the end.
//!
//! The layout marks every drawing operation either as content of the innermost open element
//! (a marked-content sequence with an MCID) or as an artifact (headers, footers, rules, a
//! repeated heading). [`write`] then builds the structure tree (ISO 32000-1, 14.7–14.8: the
//! tree, its parent tree, `/MarkInfo`), the outline (12.3.3) and the link annotations, with
//! their structure (`Link` elements holding the annotation as an object reference).
//!
//! What is checked (tests/report.rs): poppler reads the tree back (`pdfinfo -struct-text`), the
//! outline and the links. No PDF/UA validator is available here, so nothing more is claimed.

use lopdf::{Dictionary, Object, ObjectId, StringFormat};

/// The standard structure types the report uses (ISO 32000-1, 14.8.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    /// The whole report.
    Document,
    /// A section: a criterion's part of the report.
    Sect,
    /// The report's title.
    H1,
    /// A part of the report, or a criterion.
    H2,
    /// A part of a criterion.
    H3,
    /// A part of a part.
    H4,
    /// A paragraph.
    P,
    /// A list.
    L,
    /// A list item.
    LI,
    /// A list item's body.
    LBody,
    /// A table.
    Table,
    /// A table row.
    TR,
    /// A header cell.
    TH,
    /// A data cell.
    TD,
    /// A picture with alternative text: a status mark.
    Figure,
    /// A link, with its annotations.
    Link,
}

impl Tag {
    pub(super) fn name(self) -> &'static [u8] {
        match self {
            Self::Document => b"Document",
            Self::Sect => b"Sect",
            Self::H1 => b"H1",
            Self::H2 => b"H2",
            Self::H3 => b"H3",
            Self::H4 => b"H4",
            Self::P => b"P",
            Self::L => b"L",
            Self::LI => b"LI",
            Self::LBody => b"LBody",
            Self::Table => b"Table",
            Self::TR => b"TR",
            Self::TH => b"TH",
            Self::TD => b"TD",
            Self::Figure => b"Figure",
            Self::Link => b"Link",
        }
    }

    /// Whether text drawn directly in this element needs a paragraph of its own: elements
    /// that group others, rather than hold text.
    pub fn groups(self) -> bool {
        matches!(
            self,
            Self::Document | Self::Sect | Self::L | Self::LI | Self::LBody | Self::Table | Self::TR
        )
    }
}

/// A child of an element, in reading order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kid {
    /// Another element (an index into [`Structure::elements`]).
    Element(usize),
    /// A marked-content sequence on a page.
    Content { page: usize, mcid: usize },
    /// A link annotation (an index into [`Structure::links`]).
    Annotation(usize),
}

/// One element of the structure tree.
#[derive(Clone, Debug)]
struct Element {
    tag: Tag,
    parent: Option<usize>,
    kids: Vec<Kid>,
    alt: Option<String>,
    lang: Option<&'static str>,
}

/// A link annotation: the rectangles on a page (one per line of the address) that open an
/// address.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkArea {
    /// The page (from 0).
    pub page: usize,
    /// Left, bottom, right, top in points, one per line.
    pub rects: Vec<[f32; 4]>,
    /// The address it opens.
    pub uri: String,
    /// Its `Link` element.
    element: usize,
}

/// An outline entry: a title that goes to a place on a page.
#[derive(Clone, Debug, PartialEq)]
pub struct Bookmark {
    /// What the outline shows.
    pub title: String,
    /// 0 at the top, 1 under the entry before it at level 0.
    pub level: u8,
    /// The page (from 0).
    pub page: usize,
    /// The height on the page (from its bottom) the viewer scrolls to.
    pub top: f32,
}

/// The structure, links and outline collected while laying out.
#[derive(Clone, Debug)]
pub struct Structure {
    elements: Vec<Element>,
    open: Vec<usize>,
    /// Per page, the element of each MCID (the MCID is the index).
    pages: Vec<Vec<usize>>,
    links: Vec<LinkArea>,
    bookmarks: Vec<Bookmark>,
}

impl Default for Structure {
    fn default() -> Self {
        Self::new()
    }
}

impl Structure {
    /// A tree with only its `Document` element open.
    pub fn new() -> Self {
        Self {
            elements: vec![Element {
                tag: Tag::Document,
                parent: None,
                kids: Vec::new(),
                alt: None,
                lang: None,
            }],
            open: vec![0],
            pages: Vec::new(),
            links: Vec::new(),
            bookmarks: Vec::new(),
        }
    }

    /// The innermost open element.
    pub fn current(&self) -> usize {
        self.open.last().copied().unwrap_or(0)
    }

    /// The innermost open element's type.
    pub fn current_tag(&self) -> Tag {
        self.elements[self.current()].tag
    }

    /// Opens a new element inside the current one; it is current until [`Self::close`].
    pub fn open(&mut self, tag: Tag) -> usize {
        let parent = self.current();
        let id = self.elements.len();
        self.elements.push(Element {
            tag,
            parent: Some(parent),
            kids: Vec::new(),
            alt: None,
            lang: None,
        });
        self.elements[parent].kids.push(Kid::Element(id));
        self.open.push(id);
        id
    }

    /// Makes `element`, opened and closed before, current again (until [`Self::close`]): a
    /// link whose text goes on on the next line.
    pub fn resume(&mut self, element: usize) {
        self.open.push(element);
    }

    /// Closes the current element (never the document).
    pub fn close(&mut self) {
        if self.open.len() > 1 {
            self.open.pop();
        }
    }

    /// Sets the alternative text of `element`.
    pub fn set_alt(&mut self, element: usize, alt: &str) {
        self.elements[element].alt = Some(alt.to_owned());
    }

    /// Sets the language of `element` (`fi-FI`…), where it differs from the document's or
    /// is a translation.
    pub fn set_lang(&mut self, element: usize, lang: &'static str) {
        self.elements[element].lang = Some(lang);
    }

    /// A new marked-content sequence of `element` on `page`: its MCID.
    pub fn content(&mut self, element: usize, page: usize) -> usize {
        if self.pages.len() <= page {
            self.pages.resize_with(page + 1, Vec::new);
        }
        let mcid = self.pages[page].len();
        self.pages[page].push(element);
        self.elements[element]
            .kids
            .push(Kid::Content { page, mcid });
        mcid
    }

    /// A link annotation over `rect` on `page`, part of `element` (a `Link`); the next line
    /// of the same link on the same page joins its annotation.
    pub fn link(&mut self, element: usize, page: usize, rect: [f32; 4], uri: &str) {
        if let Some(last) = self.links.last_mut()
            && last.element == element
            && last.page == page
            && last.uri == uri
        {
            last.rects.push(rect);
            return;
        }
        let index = self.links.len();
        self.links.push(LinkArea {
            page,
            rects: vec![rect],
            uri: uri.to_owned(),
            element,
        });
        self.elements[element].kids.push(Kid::Annotation(index));
    }

    /// An outline entry.
    pub fn bookmark(&mut self, bookmark: Bookmark) {
        self.bookmarks.push(bookmark);
    }
}

/// A PDF text string: `PDFDocEncoding` for ASCII, UTF-16BE with a byte order mark otherwise.
pub fn text(value: &str) -> Object {
    if value.is_ascii() {
        return Object::String(value.as_bytes().to_vec(), StringFormat::Literal);
    }
    let mut bytes = vec![0xFE, 0xFF];
    for unit in value.encode_utf16() {
        bytes.extend(unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

fn name(value: &[u8]) -> Object {
    Object::Name(value.to_vec())
}

/// Writes the structure tree, the link annotations and the outline into `doc`, whose pages
/// are the layout's pages in order.
pub fn write(doc: &mut lopdf::Document, structure: &Structure) -> Result<(), lopdf::Error> {
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    let page_id = |page: usize| {
        pages
            .get(page)
            .copied()
            .map_or(Object::Null, Object::Reference)
    };

    // Every element gets its object first, so parents and kids can refer to each other.
    let ids: Vec<ObjectId> = structure
        .elements
        .iter()
        .map(|_| doc.add_object(Dictionary::new()))
        .collect();
    let root_id = doc.new_object_id();

    let annotation_ids = write_links(doc, structure, &pages)?;
    for (index, element) in structure.elements.iter().enumerate() {
        let dict = element_dict(element, &ids, root_id, &annotation_ids, structure, &page_id);
        *doc.get_object_mut(ids[index])? = Object::Dictionary(dict);
    }

    // The parent tree: per page, the element of each MCID; per annotation, its element.
    let mut nums = Vec::new();
    for (page, elements) in structure.pages.iter().enumerate() {
        nums.push(parent_key(page));
        nums.push(Object::Array(
            elements
                .iter()
                .map(|&element| Object::Reference(ids[element]))
                .collect(),
        ));
    }
    for (index, link) in structure.links.iter().enumerate() {
        nums.push(parent_key(pages.len() + index));
        nums.push(Object::Reference(ids[link.element]));
    }
    for (index, &page) in pages.iter().enumerate() {
        let page = doc.get_object_mut(page)?.as_dict_mut()?;
        page.set("StructParents", parent_key(index));
    }
    let parent_tree = doc.add_object(Dictionary::from_iter(vec![("Nums", Object::Array(nums))]));
    doc.objects.insert(
        root_id,
        Object::Dictionary(Dictionary::from_iter(vec![
            ("Type", name(b"StructTreeRoot")),
            ("K", Object::Reference(ids[0])),
            ("ParentTree", Object::Reference(parent_tree)),
            (
                "ParentTreeNextKey",
                parent_key(pages.len() + structure.links.len()),
            ),
        ])),
    );

    let outline = outline(doc, &structure.bookmarks, &pages);
    let catalog = doc.catalog_mut()?;
    catalog.set("StructTreeRoot", Object::Reference(root_id));
    catalog.set(
        "MarkInfo",
        Object::Dictionary(Dictionary::from_iter(vec![(
            "Marked",
            Object::Boolean(true),
        )])),
    );
    catalog.set(
        "ViewerPreferences",
        Object::Dictionary(Dictionary::from_iter(vec![(
            "DisplayDocTitle",
            Object::Boolean(true),
        )])),
    );
    if let Some(outline) = outline {
        catalog.set("Outlines", Object::Reference(outline));
        catalog.set("PageMode", name(b"UseOutlines"));
    }
    Ok(())
}

/// The link annotations, each on its page and with its place in the parent tree after the
/// pages'; their ids.
fn write_links(
    doc: &mut lopdf::Document,
    structure: &Structure,
    pages: &[ObjectId],
) -> Result<Vec<ObjectId>, lopdf::Error> {
    let page_id = |page: usize| {
        pages
            .get(page)
            .copied()
            .map_or(Object::Null, Object::Reference)
    };
    let mut annotation_ids = Vec::with_capacity(structure.links.len());
    for (index, link) in structure.links.iter().enumerate() {
        // The rectangle around all the lines; each line's own as a quadrilateral.
        let [mut left, mut bottom, mut right, mut top] = link.rects[0];
        for &[l, b, r, t] in &link.rects {
            (left, bottom, right, top) = (left.min(l), bottom.min(b), right.max(r), top.max(t));
        }
        let action = Dictionary::from_iter(vec![
            ("S", name(b"URI")),
            (
                "URI",
                Object::String(link.uri.clone().into_bytes(), StringFormat::Literal),
            ),
        ]);
        let annotation = Dictionary::from_iter(vec![
            ("Type", name(b"Annot")),
            ("Subtype", name(b"Link")),
            (
                "Rect",
                Object::Array(vec![left.into(), bottom.into(), right.into(), top.into()]),
            ),
            // Printable (PDF/A), no border drawn.
            ("F", Object::Integer(4)),
            ("Border", Object::Array(vec![0.into(), 0.into(), 0.into()])),
            ("Contents", text(&link.uri)),
            ("A", Object::Dictionary(action)),
            ("P", page_id(link.page)),
            ("StructParent", parent_key(pages.len() + index)),
        ]);
        let mut annotation = annotation;
        if link.rects.len() > 1 {
            // Upper left, upper right, lower left, lower right, as viewers read them.
            let quads = link
                .rects
                .iter()
                .flat_map(|&[l, b, r, t]| [l, t, r, t, l, b, r, b])
                .map(Object::from)
                .collect();
            annotation.set("QuadPoints", Object::Array(quads));
        }
        let id = doc.add_object(annotation);
        annotation_ids.push(id);
        if let Some(&page) = pages.get(link.page) {
            let page = doc.get_object_mut(page)?.as_dict_mut()?;
            if let Ok(Object::Array(annots)) = page.get_mut(b"Annots") {
                annots.push(Object::Reference(id));
            } else {
                page.set("Annots", Object::Array(vec![Object::Reference(id)]));
            }
            // Tab through annotations in the order of the structure.
            page.set("Tabs", name(b"S"));
        }
    }

    Ok(annotation_ids)
}

fn parent_key(index: usize) -> Object {
    Object::Integer(i64::try_from(index).unwrap_or(i64::MAX))
}

fn element_dict(
    element: &Element,
    ids: &[ObjectId],
    root: ObjectId,
    annotations: &[ObjectId],
    structure: &Structure,
    page_id: &dyn Fn(usize) -> Object,
) -> Dictionary {
    // The page of the element's first content; content elsewhere names its page itself.
    let home = element.kids.iter().find_map(|kid| match kid {
        Kid::Content { page, .. } => Some(*page),
        Kid::Annotation(index) => Some(structure.links[*index].page),
        Kid::Element(_) => None,
    });
    let kids: Vec<Object> = element
        .kids
        .iter()
        .map(|kid| match *kid {
            Kid::Element(child) => Object::Reference(ids[child]),
            Kid::Content { page, mcid } if Some(page) == home => parent_key(mcid),
            Kid::Content { page, mcid } => Object::Dictionary(Dictionary::from_iter(vec![
                ("Type", name(b"MCR")),
                ("Pg", page_id(page)),
                ("MCID", parent_key(mcid)),
            ])),
            Kid::Annotation(index) => Object::Dictionary(Dictionary::from_iter(vec![
                ("Type", name(b"OBJR")),
                ("Pg", page_id(structure.links[index].page)),
                ("Obj", Object::Reference(annotations[index])),
            ])),
        })
        .collect();
    let mut dict = Dictionary::from_iter(vec![
        ("Type", name(b"StructElem")),
        ("S", name(element.tag.name())),
        (
            "P",
            Object::Reference(element.parent.map_or(root, |parent| ids[parent])),
        ),
        ("K", Object::Array(kids)),
    ]);
    if let Some(page) = home {
        dict.set("Pg", page_id(page));
    }
    if let Some(alt) = &element.alt {
        dict.set("Alt", text(alt));
    }
    if let Some(lang) = element.lang {
        dict.set("Lang", text(lang));
    }
    if element.tag == Tag::TH {
        dict.set(
            "A",
            Object::Dictionary(Dictionary::from_iter(vec![
                ("O", name(b"Table")),
                ("Scope", name(b"Column")),
            ])),
        );
    }
    dict
}

/// The outline: entries at level 0, each with the level-1 entries after it as children.
fn outline(
    doc: &mut lopdf::Document,
    bookmarks: &[Bookmark],
    pages: &[ObjectId],
) -> Option<ObjectId> {
    if bookmarks.is_empty() {
        return None;
    }
    let root = doc.new_object_id();
    let ids: Vec<ObjectId> = bookmarks.iter().map(|_| doc.new_object_id()).collect();
    // The parent of each entry: the root, or the level-0 entry before it.
    let mut parents = Vec::with_capacity(bookmarks.len());
    let mut last_top = None;
    for (index, bookmark) in bookmarks.iter().enumerate() {
        if bookmark.level == 0 || last_top.is_none() {
            last_top = Some(index);
            parents.push(None);
        } else {
            parents.push(last_top);
        }
    }
    let children = |parent: Option<usize>| -> Vec<usize> {
        (0..bookmarks.len())
            .filter(|&i| parents[i] == parent)
            .collect()
    };
    let count = |list: &[usize]| parent_key(list.len());
    for (index, bookmark) in bookmarks.iter().enumerate() {
        let siblings = children(parents[index]);
        let place = siblings.iter().position(|&i| i == index).unwrap_or(0);
        let mut dict = Dictionary::from_iter(vec![
            ("Title", text(&bookmark.title)),
            (
                "Parent",
                Object::Reference(parents[index].map_or(root, |parent| ids[parent])),
            ),
            (
                "Dest",
                Object::Array(vec![
                    pages
                        .get(bookmark.page)
                        .copied()
                        .map_or(Object::Null, Object::Reference),
                    name(b"XYZ"),
                    Object::Null,
                    bookmark.top.into(),
                    Object::Null,
                ]),
            ),
        ]);
        if place > 0 {
            dict.set("Prev", Object::Reference(ids[siblings[place - 1]]));
        }
        if let Some(&next) = siblings.get(place + 1) {
            dict.set("Next", Object::Reference(ids[next]));
        }
        let own = children(Some(index));
        if let (Some(&first), Some(&last)) = (own.first(), own.last()) {
            dict.set("First", Object::Reference(ids[first]));
            dict.set("Last", Object::Reference(ids[last]));
            // Negative: closed at first, the criteria listed under their heading.
            dict.set(
                "Count",
                Object::Integer(-i64::try_from(own.len()).unwrap_or(0)),
            );
        }
        doc.objects.insert(ids[index], Object::Dictionary(dict));
    }
    let top = children(None);
    let mut dict = Dictionary::from_iter(vec![("Type", name(b"Outlines")), ("Count", count(&top))]);
    if let (Some(&first), Some(&last)) = (top.first(), top.last()) {
        dict.set("First", Object::Reference(ids[first]));
        dict.set("Last", Object::Reference(ids[last]));
    }
    doc.objects.insert(root, Object::Dictionary(dict));
    Some(root)
}
