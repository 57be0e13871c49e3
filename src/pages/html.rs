//! The little HTML the page writer needs: escaping, and finding a tag and
//! its attributes in trunk's generated `index.html`. Not a general HTML
//! parser: the shell is our own `index.html` as trunk rewrote it.

use crate::domain::text::escape_html;

/// `text` escaped for HTML element text and for a quoted attribute value
/// (`& < > " '` all become entities), so one function serves both.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    escape_html(&mut out, text);
    out
}

/// A tag found in the text: where it starts and ends (after its `>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TagAt {
    /// Byte offset of its `<`.
    pub start: usize,
    /// Byte offset just after its `>`.
    pub end: usize,
}

/// The first start tag `<name …>` at or after `from`, matching the name
/// without regard to ASCII case, skipping comments. `name` must be lower
/// case.
pub fn find_tag(html: &str, name: &str, from: usize) -> Option<TagAt> {
    let lower = html.to_ascii_lowercase();
    let mut at = from;
    while let Some(found) = lower[at..].find('<') {
        let start = at + found;
        let rest = &lower[start + 1..];
        if let Some(comment) = rest.strip_prefix("!--") {
            // A comment may mention tags; skip to its end.
            at = start + 4 + comment.find("-->")? + 3;
            continue;
        }
        let after = rest.strip_prefix(name).and_then(|r| r.chars().next());
        if matches!(after, Some(c) if c.is_ascii_whitespace() || c == '>' || c == '/') {
            let end = start + 1 + tag_end(&lower[start + 1..])?;
            return Some(TagAt { start, end });
        }
        at = start + 1;
    }
    None
}

/// The offset just after the `>` that closes a tag, honouring quotes.
fn tag_end(tag_body: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in tag_body.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// The first `</name>` at or after `from` (ASCII case ignored); returns
/// where it starts and ends.
pub fn find_end_tag(html: &str, name: &str, from: usize) -> Option<TagAt> {
    let lower = html[from..].to_ascii_lowercase();
    let needle = format!("</{name}");
    let start = lower.find(&needle)?;
    let end = start + lower[start..].find('>')? + 1;
    Some(TagAt {
        start: from + start,
        end: from + end,
    })
}

/// The value of attribute `name` in a tag's text (`<meta name="x" …>`),
/// as written (entities are not decoded; trunk writes none in the
/// attributes we read). `name` must be lower case.
pub fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    // Skip the tag name.
    let mut rest = tag.strip_prefix('<')?;
    let name_end = rest
        .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
        .unwrap_or(rest.len());
    rest = &rest[name_end..];
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if rest.is_empty() || rest.starts_with('>') {
            return None;
        }
        let key_end = rest
            .find(|c: char| c.is_ascii_whitespace() || matches!(c, '=' | '>' | '/'))
            .unwrap_or(rest.len());
        let key = &rest[..key_end];
        rest = rest[key_end..].trim_start();
        let value = if let Some(after_eq) = rest.strip_prefix('=') {
            let after_eq = after_eq.trim_start();
            let (value, after) = match after_eq.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let close = after_eq[1..].find(q)? + 1;
                    (&after_eq[1..close], &after_eq[close + 1..])
                }
                _ => {
                    let end = after_eq
                        .find(|c: char| c.is_ascii_whitespace() || c == '>')
                        .unwrap_or(after_eq.len());
                    (&after_eq[..end], &after_eq[end..])
                }
            };
            rest = after;
            value
        } else {
            ""
        };
        if key.eq_ignore_ascii_case(name) {
            return Some(value);
        }
    }
}
