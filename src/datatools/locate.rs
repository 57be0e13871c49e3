//! Where a record or a field sits in the JSON text, for "line 388, column 7".
//!
//! No second parser: serde_json parses the file into [`RawValue`]s, each of
//! which borrows its own slice of the text, so a value's byte offset is the
//! distance between the two slices' starts. Only the path to the value is
//! parsed again (a record, then a field), never the whole file per problem.

use serde_json::value::RawValue;
use std::collections::HashMap;

/// The text and its four record lists, as raw slices.
pub struct Positions<'a> {
    text: &'a str,
    lists: HashMap<String, Vec<&'a RawValue>>,
}

impl<'a> Positions<'a> {
    /// Indexes the records of `text`; `None` when it is not a JSON object
    /// (the validator then says why).
    pub fn new(text: &'a str) -> Option<Positions<'a>> {
        let top: HashMap<String, &'a RawValue> = serde_json::from_str(text).ok()?;
        let lists = top
            .into_iter()
            .filter_map(|(key, raw)| {
                let items: Vec<&'a RawValue> = serde_json::from_str(raw.get()).ok()?;
                Some((key, items))
            })
            .collect();
        Some(Positions { text, lists })
    }

    /// The byte offset of a record (`index` from 0) of the list `list`.
    pub fn record(&self, list: &str, index: usize) -> Option<usize> {
        self.raw_record(list, index).map(|raw| self.offset(raw))
    }

    /// The byte offset of a field of a record (`links[2].url`, counted from
    /// 1 as the validator names them): the deepest part of the path that
    /// exists, else the record itself.
    pub fn field(&self, list: &str, index: usize, field: &str) -> Option<usize> {
        let mut raw = self.raw_record(list, index)?;
        for step in steps(field) {
            let next = match step {
                Step::Key(key) => serde_json::from_str::<HashMap<String, &RawValue>>(raw.get())
                    .ok()
                    .and_then(|mut m| m.remove(key)),
                Step::Item(n) => serde_json::from_str::<Vec<&RawValue>>(raw.get())
                    .ok()
                    .and_then(|items| items.get(n.checked_sub(1)?).copied()),
            };
            match next {
                Some(inner) => raw = inner,
                None => break,
            }
        }
        Some(self.offset(raw))
    }

    /// The trimmed `id` of a record, when it has a text one.
    pub fn id(&self, list: &str, index: usize) -> Option<String> {
        let raw = self.raw_record(list, index)?;
        let map: HashMap<String, &RawValue> = serde_json::from_str(raw.get()).ok()?;
        let id: String = serde_json::from_str(map.get("id")?.get()).ok()?;
        Some(id.trim().to_owned())
    }

    /// How many records the list has.
    pub fn len(&self, list: &str) -> usize {
        self.lists.get(list).map_or(0, Vec::len)
    }

    /// True when the list is absent or empty.
    pub fn is_empty(&self, list: &str) -> bool {
        self.len(list) == 0
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        line_column(self.text, offset)
    }

    fn raw_record(&self, list: &str, index: usize) -> Option<&'a RawValue> {
        self.lists.get(list)?.get(index).copied()
    }

    fn offset(&self, raw: &RawValue) -> usize {
        // `raw` borrows from `text`, so this is its position in it.
        (raw.get().as_ptr() as usize).saturating_sub(self.text.as_ptr() as usize)
    }
}

/// 1-based line and column (in characters) of a byte offset of `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset.min(text.len())).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[start..].chars().count() + 1;
    (line, column)
}

/// One step of a field path.
enum Step<'p> {
    /// An object's key.
    Key(&'p str),
    /// A list's item, counted from 1.
    Item(usize),
}

/// Splits `links[2].url` into `links`, item 2, `url`.
fn steps(field: &str) -> Vec<Step<'_>> {
    let mut out = Vec::new();
    for part in field.split('.').filter(|p| !p.is_empty()) {
        let mut pieces = part.split('[');
        if let Some(key) = pieces.next().filter(|k| !k.is_empty()) {
            out.push(Step::Key(key));
        }
        for item in pieces {
            if let Ok(n) = item.trim_end_matches(']').parse() {
                out.push(Step::Item(n));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_records_and_fields() {
        let text = "{\"places\": [\n  {\"id\": \"a\"},\n  {\"id\": \"b\",\n   \"links\": [{\"url\": 1}]}\n]}";
        let p = Positions::new(text).expect("object");
        assert_eq!(p.len("places"), 2);
        let at = |o: Option<usize>| p.line_column(o.unwrap_or(0));
        assert_eq!(at(p.record("places", 1)), (3, 3));
        assert_eq!(at(p.field("places", 1, "links[1].url")), (4, 22));
        assert_eq!(p.id("places", 1).as_deref(), Some("b"));
        // A path that is not there: the deepest part that is.
        assert_eq!(at(p.field("places", 0, "name.lv")), (2, 3));
    }
}
