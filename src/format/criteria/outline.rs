//! Where things are in RON text: the position of every field, element and map entry.
//!
//! serde tells the loader what a file says but not where it says it; this outline answers
//! "where" so that every message carries a line and a column. It is built only from text that
//! RON has already accepted, yet it never panics and never nests deeper than [`MAX_DEPTH`] on
//! any input: on something it does not understand it stops and keeps what it has.

use super::diagnostics::Position;

/// Deeper structures are cut off (RON's own limit, 128, has already refused them).
pub const MAX_DEPTH: usize = 160;

/// One step of a path into the outline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seg<'a> {
    /// A struct field by name.
    Field(&'a str),
    /// An element of a list or tuple.
    Index(usize),
    /// A map entry by its string key.
    Key(&'a str),
}

/// A value and where it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// Position of the value's first character (for a named struct, of its name).
    pub pos: Position,
    /// What sort of value it is.
    pub kind: NodeKind,
}

/// The shape of a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NodeKind {
    /// `Name(field: value, …)` or `(field: value, …)`.
    Struct(Vec<Field>),
    /// `[a, b]`, `(a, b)` or `Name(a, b)`.
    Seq(Vec<Node>),
    /// `{key: value, …}`.
    Map(Vec<Entry>),
    /// A string, number, identifier or anything else without parts.
    Scalar,
}

/// A struct field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// The field's name.
    pub name: String,
    /// Where the name is written.
    pub name_pos: Position,
    /// The field's value.
    pub value: Node,
}

/// A map entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The key's text when it is a string (`"fi"`), else `None`.
    pub key: Option<String>,
    /// Where the key is written.
    pub key_pos: Position,
    /// The entry's value.
    pub value: Node,
}

/// The outline of a whole RON document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outline {
    /// The top-level value, when one was found.
    pub root: Option<Node>,
    /// Whether the text holds anything but whitespace and comments.
    pub has_content: bool,
}

impl Outline {
    /// Outlines `text` (without a byte order mark).
    pub fn parse(text: &str) -> Self {
        let tokens = lex(text);
        let mut parser = Parser {
            tokens: &tokens,
            next: 0,
        };
        parser.skip_attributes();
        Self {
            root: parser.value(0),
            has_content: !tokens.is_empty(),
        }
    }

    /// The position of the first character at or after `position` that is not whitespace:
    /// where a parser's "error after this point" actually points.
    pub fn next_token_at(text: &str, position: Position) -> Position {
        let mut line = 1;
        let mut column = 1;
        let mut started = false;
        for c in text.chars() {
            if !started && (line, column) >= (position.line, position.column) {
                started = true;
            }
            if started && !c.is_whitespace() {
                return Position { line, column };
            }
            if c == '\n' {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
        }
        position
    }

    /// Whether nothing but whitespace follows `position` in `text`: an error there means the
    /// text ended too early, whatever the parser expected next.
    pub fn is_at_end(text: &str, position: Position) -> bool {
        let (mut line, mut column) = (1, 1);
        for (offset, c) in text.char_indices() {
            if (line, column) >= (position.line, position.column) {
                return text[offset..].trim().is_empty();
            }
            if c == '\n' {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
        }
        true
    }

    /// The node at `path`, if the document has one there.
    pub fn node(&self, path: &[Seg<'_>]) -> Option<&Node> {
        let mut node = self.root.as_ref()?;
        for seg in path {
            node = child(node, *seg)?.1;
        }
        Some(node)
    }

    /// Where `path` is written. When the document lacks the end of the path (a missing
    /// field), this is where its deepest existing part is written. A field or map entry is
    /// located at its name or key; an element at its first character.
    pub fn position(&self, path: &[Seg<'_>]) -> Option<Position> {
        let mut node = self.root.as_ref()?;
        let mut pos = node.pos;
        for seg in path {
            let Some((seg_pos, child)) = child(node, *seg) else {
                break;
            };
            pos = seg_pos;
            node = child;
        }
        Some(pos)
    }
}

/// The child at `seg` and where it is written.
fn child<'n>(node: &'n Node, seg: Seg<'_>) -> Option<(Position, &'n Node)> {
    match (&node.kind, seg) {
        (NodeKind::Struct(fields), Seg::Field(name)) => fields
            .iter()
            .find(|field| field.name == name)
            .map(|field| (field.name_pos, &field.value)),
        (NodeKind::Seq(items), Seg::Index(index)) => items.get(index).map(|item| (item.pos, item)),
        (NodeKind::Map(entries), Seg::Key(key)) => entries
            .iter()
            .find(|entry| entry.key.as_deref() == Some(key))
            .map(|entry| (entry.key_pos, &entry.value)),
        _ => None,
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Tok {
    Open(char),
    Close(char),
    Comma,
    Colon,
    Ident(String),
    Str(String),
    /// `#` or `!`, which start an attribute `#![enable(…)]`.
    Attribute,
    Other,
}

#[derive(Clone, Debug)]
struct Token {
    tok: Tok,
    pos: Position,
}

struct Cursor<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    pos: Position,
}

impl Cursor<'_> {
    fn peek(&mut self) -> Option<char> {
        self.chars.peek().copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.pos.line += 1;
            self.pos.column = 1;
        } else {
            self.pos.column += 1;
        }
        Some(c)
    }

    fn eat(&mut self, expected: char) -> bool {
        if self.peek() == Some(expected) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// A `"…"` string after its opening quote, with escapes decoded.
    fn string_body(&mut self) -> String {
        let mut out = String::new();
        while let Some(c) = self.bump() {
            match c {
                '"' => break,
                '\\' => match self.bump() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some('r') => out.push('\r'),
                    Some('0') => out.push('\0'),
                    Some('u') => out.push(self.unicode_escape()),
                    Some(other) => out.push(other),
                    None => break,
                },
                other => out.push(other),
            }
        }
        out
    }

    /// `{XXXX}` after `\u`.
    fn unicode_escape(&mut self) -> char {
        let mut digits = String::new();
        if self.eat('{') {
            while let Some(c) = self.bump() {
                if c == '}' || digits.len() > 8 {
                    break;
                }
                digits.push(c);
            }
        }
        u32::from_str_radix(&digits, 16)
            .ok()
            .and_then(char::from_u32)
            .unwrap_or(char::REPLACEMENT_CHARACTER)
    }

    /// A raw string after `r`: `#…#"…"#…#`.
    fn raw_string_body(&mut self) -> String {
        let mut hashes = 0_usize;
        while self.eat('#') {
            hashes += 1;
        }
        if !self.eat('"') {
            return String::new();
        }
        let mut out = String::new();
        while let Some(c) = self.bump() {
            if c == '"' {
                let mut closing = 0;
                while closing < hashes && self.eat('#') {
                    closing += 1;
                }
                if closing == hashes {
                    break;
                }
                out.push('"');
                out.extend(std::iter::repeat_n('#', closing));
            } else {
                out.push(c);
            }
        }
        out
    }

    fn skip_char_literal(&mut self) {
        // After the opening quote: one char or an escape, then the closing quote.
        if self.bump() == Some('\\') {
            while let Some(c) = self.bump() {
                if c == '\'' {
                    return;
                }
            }
        } else {
            self.eat('\'');
        }
    }

    fn skip_block_comment(&mut self) {
        let mut depth = 1_usize;
        while let Some(c) = self.bump() {
            if c == '*' && self.eat('/') {
                depth -= 1;
                if depth == 0 {
                    return;
                }
            } else if c == '/' && self.eat('*') {
                depth += 1;
            }
        }
    }
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_ident_continue(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl Cursor<'_> {
    /// After `r` followed by `#`: a raw string `r#"…"#` or a raw identifier `r#name`.
    fn raw_string_or_identifier(&mut self) -> Tok {
        let mut ahead = self.chars.clone();
        ahead.next();
        if ahead.peek().is_some_and(|&c| c == '"' || c == '#') {
            Tok::Str(self.raw_string_body())
        } else {
            self.bump();
            Tok::Ident(self.identifier(String::new()))
        }
    }

    /// The rest of an identifier that begins with `name`.
    fn identifier(&mut self, mut name: String) -> String {
        while let Some(c) = self.peek().filter(|&c| is_ident_continue(c)) {
            name.push(c);
            self.bump();
        }
        name
    }

    /// The rest of a number that begins with `first` (`1.5e-3`, `0x1F`, `-2`).
    fn skip_number(&mut self, first: char) {
        let mut previous = first;
        while let Some(c) = self.peek().filter(|&c| {
            c.is_alphanumeric()
                || matches!(c, '_' | '.')
                || (matches!(c, '+' | '-') && matches!(previous, 'e' | 'E'))
        }) {
            previous = c;
            self.bump();
        }
    }
}

fn lex(text: &str) -> Vec<Token> {
    let mut cursor = Cursor {
        chars: text.chars().peekable(),
        pos: Position { line: 1, column: 1 },
    };
    let mut tokens = Vec::new();
    while let Some(c) = cursor.peek() {
        let pos = cursor.pos;
        if c.is_whitespace() {
            cursor.bump();
            continue;
        }
        cursor.bump();
        let tok = match c {
            '(' | '[' | '{' => Tok::Open(c),
            ')' | ']' | '}' => Tok::Close(c),
            ',' => Tok::Comma,
            ':' => Tok::Colon,
            '"' => Tok::Str(cursor.string_body()),
            '\'' => {
                cursor.skip_char_literal();
                Tok::Other
            }
            '/' if cursor.eat('/') => {
                while cursor.peek().is_some_and(|c| c != '\n') {
                    cursor.bump();
                }
                continue;
            }
            '/' if cursor.eat('*') => {
                cursor.skip_block_comment();
                continue;
            }
            'r' if matches!(cursor.peek(), Some('"')) => Tok::Str(cursor.raw_string_body()),
            'r' if cursor.peek() == Some('#') => cursor.raw_string_or_identifier(),
            '#' | '!' => Tok::Attribute,
            'b' if cursor.peek() == Some('"') => {
                cursor.bump();
                Tok::Str(cursor.string_body())
            }
            'b' if cursor.peek() == Some('\'') => {
                cursor.bump();
                cursor.skip_char_literal();
                Tok::Other
            }
            c if is_ident_start(c) => Tok::Ident(cursor.identifier(String::from(c))),
            c if c.is_ascii_digit() || matches!(c, '+' | '-' | '.') => {
                cursor.skip_number(c);
                Tok::Other
            }
            _ => Tok::Other,
        };
        tokens.push(Token { tok, pos });
    }
    tokens
}

struct Parser<'t> {
    tokens: &'t [Token],
    next: usize,
}

impl Parser<'_> {
    fn peek(&self, ahead: usize) -> Option<&Tok> {
        self.tokens.get(self.next + ahead).map(|token| &token.tok)
    }

    fn bump(&mut self) -> Option<&Token> {
        let token = self.tokens.get(self.next)?;
        self.next += 1;
        Some(token)
    }

    /// Skips `#![enable(…)]` attributes at the start of a document.
    fn skip_attributes(&mut self) {
        while self.peek(0) == Some(&Tok::Attribute) && self.peek(1) == Some(&Tok::Attribute) {
            self.next += 2;
            let mut depth = 0_usize;
            while let Some(token) = self.bump() {
                match token.tok {
                    Tok::Open(_) => depth += 1,
                    Tok::Close(_) => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    fn value(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
        let token = self.bump()?.clone();
        let pos = token.pos;
        let kind = match token.tok {
            Tok::Open('[') => NodeKind::Seq(self.items(']', depth)),
            Tok::Open('{') => NodeKind::Map(self.entries(depth)),
            Tok::Open(_) => self.paren_body(depth),
            Tok::Ident(_) if self.peek(0) == Some(&Tok::Open('(')) => {
                self.next += 1;
                self.paren_body(depth)
            }
            Tok::Ident(_) | Tok::Str(_) | Tok::Attribute | Tok::Other => NodeKind::Scalar,
            Tok::Close(_) | Tok::Comma | Tok::Colon => return None,
        };
        Some(Node { pos, kind })
    }

    /// After `(`: struct fields when it starts with `name:`, else tuple elements.
    fn paren_body(&mut self, depth: usize) -> NodeKind {
        let is_struct =
            matches!(self.peek(0), Some(Tok::Ident(_))) && self.peek(1) == Some(&Tok::Colon);
        if !is_struct {
            return NodeKind::Seq(self.items(')', depth));
        }
        let mut fields = Vec::new();
        // Each round takes `name: value,`; anything else (the closing `)`) ends the struct.
        while let Some(Token {
            tok: Tok::Ident(name),
            pos,
        }) = self.bump().cloned()
        {
            if self.peek(0) != Some(&Tok::Colon) {
                break;
            }
            self.next += 1;
            let Some(value) = self.value(depth + 1) else {
                break;
            };
            fields.push(Field {
                name,
                name_pos: pos,
                value,
            });
            if self.peek(0) == Some(&Tok::Comma) {
                self.next += 1;
            }
        }
        NodeKind::Struct(fields)
    }

    fn items(&mut self, close: char, depth: usize) -> Vec<Node> {
        let mut items = Vec::new();
        loop {
            if self.peek(0) == Some(&Tok::Close(close)) {
                self.next += 1;
                break;
            }
            let Some(item) = self.value(depth + 1) else {
                break;
            };
            items.push(item);
            if self.peek(0) == Some(&Tok::Comma) {
                self.next += 1;
            }
        }
        items
    }

    fn entries(&mut self, depth: usize) -> Vec<Entry> {
        let mut entries = Vec::new();
        loop {
            if self.peek(0) == Some(&Tok::Close('}')) {
                self.next += 1;
                break;
            }
            let key = match self.peek(0) {
                Some(Tok::Str(key)) => Some(key.clone()),
                _ => None,
            };
            let Some(key_node) = self.value(depth + 1) else {
                break;
            };
            if self.peek(0) != Some(&Tok::Colon) {
                break;
            }
            self.next += 1;
            let Some(value) = self.value(depth + 1) else {
                break;
            };
            entries.push(Entry {
                key,
                key_pos: key_node.pos,
                value,
            });
            if self.peek(0) == Some(&Tok::Comma) {
                self.next += 1;
            }
        }
        entries
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[expect(
        clippy::unnecessary_wraps,
        reason = "compared with the Option that position returns"
    )]
    fn pos(line: usize, column: usize) -> Option<Position> {
        Some(Position { line, column })
    }

    #[test]
    fn locates_fields_elements_and_keys() {
        let text = "#![enable(implicit_some)]\n// comment (with [brackets]\nCriteriaSet(\n  id: \"x\",\n  title: {\"fi\": \"Otsikko\", \"sv\": r#\"Ti\"tel\"#},\n  criteria: [\n    (id: \"TK-01\", number: 1),\n    /* nested /* comment */ */ Criterion(id: 'c', number: -1.5e+3),\n  ],\n)\n";
        let outline = Outline::parse(text);
        assert_eq!(outline.position(&[]), pos(3, 1));
        assert_eq!(outline.position(&[Seg::Field("id")]), pos(4, 3));
        assert_eq!(
            outline.position(&[Seg::Field("title"), Seg::Key("sv")]),
            pos(5, 28)
        );
        assert_eq!(
            outline.position(&[Seg::Field("criteria"), Seg::Index(0)]),
            pos(7, 5)
        );
        assert_eq!(
            outline.position(&[Seg::Field("criteria"), Seg::Index(1), Seg::Field("number")]),
            pos(8, 51)
        );
        // A missing end of the path falls back to the deepest part that exists.
        assert_eq!(
            outline.position(&[Seg::Field("criteria"), Seg::Index(0), Seg::Field("text")]),
            pos(7, 5)
        );
        assert_eq!(outline.position(&[Seg::Field("nothing")]), pos(3, 1));
    }

    #[test]
    fn finds_the_next_token() {
        let text = "(format:\n   \"1\")";
        let at = |line, column| Position { line, column };
        assert_eq!(Outline::next_token_at(text, at(1, 9)), at(2, 4));
        assert_eq!(Outline::next_token_at(text, at(1, 2)), at(1, 2));
        assert_eq!(Outline::next_token_at(text, at(9, 9)), at(9, 9));
    }

    #[test]
    fn counts_columns_in_characters() {
        let outline = Outline::parse("(ä: \"ö\", b: 1)");
        assert_eq!(outline.position(&[Seg::Field("b")]), pos(1, 10));
    }

    #[test]
    fn survives_garbage_and_deep_nesting() {
        for text in [
            "",
            ")",
            "(((",
            "{\"a\" 1}",
            "r#",
            "\"unterminated",
            "/* open",
            "(a: ,)",
            "b'",
            "'\\",
        ] {
            let _ = Outline::parse(text);
        }
        let deep = "[".repeat(100_000);
        let outline = Outline::parse(&deep);
        assert!(outline.root.is_some());
    }
}
