//! Spreadsheets and GeoJSON into the dataset's JSON: each row (or point)
//! becomes a record of the JSON schema, and the app's validator checks the
//! result. Cells that do not convert (a coordinate `56,3x`) are passed on
//! as text, so the validator reports them like any other bad field.

use crate::domain::calendar::riga_offset;
use crate::domain::num::parse_decimal;
use crate::domain::opendata::{MUNICIPALITY_NAMES, PLACE_COLUMNS};
use crate::domain::validate::{Section, FORMAT_VERSION};
use crate::domain::{Lang, When};
use chrono::{FixedOffset, NaiveDateTime, TimeZone};
use serde_json::{json, Map, Value};
use std::collections::HashMap;

/// One table: its column names (trimmed, lower case) and its rows of cells.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    /// The header row.
    pub header: Vec<String>,
    /// The data rows; row `i` is the spreadsheet's row `i + 2`.
    pub rows: Vec<Vec<String>>,
}

/// Why a CSV file could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetError {
    /// Not UTF-8 (Excel's plain "CSV" uses the Windows code page).
    NotUtf8,
    /// No header row.
    Empty,
}

impl SheetError {
    /// What went wrong and what to do, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = crate::i18n::texts(lang);
        match self {
            SheetError::NotUtf8 => t.csv_not_utf8.to_owned(),
            SheetError::Empty => t.csv_empty.to_owned(),
        }
    }
}

/// Reads CSV as Excel, LibreOffice and Google Sheets save it: UTF-8 with
/// or without a BOM, LF or CRLF, `,` or `;` (or tab) between cells — the
/// separator is the one the header row uses most — and quoted cells that
/// hold separators, quotes and line breaks. Like the csv crate, it never
/// gives up on a file it can decode: a quote left open runs to the end
/// (the rows after it go missing, and the report's row count shows it).
pub fn read_csv(bytes: &[u8]) -> Result<Sheet, SheetError> {
    let text = std::str::from_utf8(bytes).map_err(|_| SheetError::NotUtf8)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.lines().next().ok_or(SheetError::Empty)?;
    let separator = [b';', b',', b'\t']
        .into_iter()
        .max_by_key(|&s| first_line.bytes().filter(|&b| b == s).count())
        .unwrap_or(b',');
    let mut records = Records::new(text.as_bytes(), separator);
    let header = match records.next() {
        Some(first) => first?.iter().map(|h| h.trim().to_lowercase()).collect(),
        None => Vec::new(),
    };
    let mut rows = Vec::new();
    for record in records {
        let record = record?;
        // Rows a spreadsheet leaves behind with only separators in them.
        if record.iter().all(|c| c.trim().is_empty()) {
            rows.push(Vec::new());
            continue;
        }
        rows.push(record);
    }
    Ok(Sheet { header, rows })
}

/// The records of a CSV text, read by `csv_core` (the csv crate's own
/// reader, without its `std::io` layer: the bundle carries less) exactly
/// as the csv crate drives it: whole records, the buffers grown as needed,
/// no check that rows are as long as the header (spreadsheets drop empty
/// trailing cells).
struct Records<'a> {
    reader: csv_core::Reader,
    input: &'a [u8],
    done: bool,
}

impl<'a> Records<'a> {
    fn new(input: &'a [u8], separator: u8) -> Records<'a> {
        Records {
            reader: csv_core::ReaderBuilder::new().delimiter(separator).build(),
            input,
            done: false,
        }
    }
}

impl Iterator for Records<'_> {
    type Item = Result<Vec<String>, SheetError>;

    fn next(&mut self) -> Option<Self::Item> {
        use csv_core::ReadRecordResult;
        if self.done {
            return None;
        }
        let mut output = vec![0u8; 256];
        let mut ends = vec![0usize; 32];
        let (mut out_len, mut ends_len) = (0, 0);
        loop {
            let (result, read, written, ended) =
                self.reader
                    .read_record(self.input, &mut output[out_len..], &mut ends[ends_len..]);
            self.input = &self.input[read..];
            out_len += written;
            ends_len += ended;
            match result {
                // The next call gets the empty rest: the end of the text.
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull => output.resize(output.len() * 2, 0),
                ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
                ReadRecordResult::Record => {
                    let mut start = 0;
                    let mut fields = Vec::with_capacity(ends_len);
                    for &end in &ends[..ends_len] {
                        // Cut at ASCII separators and quotes, UTF-8 stays
                        // UTF-8; checked all the same.
                        match String::from_utf8(output[start..end].to_vec()) {
                            Ok(field) => fields.push(field),
                            Err(_) => return Some(Err(SheetError::NotUtf8)),
                        }
                        start = end;
                    }
                    return Some(Ok(fields));
                }
                ReadRecordResult::End => {
                    self.done = true;
                    return None;
                }
            }
        }
    }
}

/// The cells of one row by column name.
pub type Cells<'a> = HashMap<&'a str, &'a str>;

impl Sheet {
    /// Each row's cells by column name (empty rows are `None`).
    pub fn records(&self) -> impl Iterator<Item = Option<Cells<'_>>> {
        self.rows.iter().map(|row| {
            (!row.is_empty()).then(|| {
                self.header
                    .iter()
                    .map(String::as_str)
                    .zip(row.iter().map(String::as_str))
                    .collect()
            })
        })
    }
}

/// A cell, trimmed; `None` when empty or absent.
fn cell<'a>(cells: &Cells<'a>, column: &str) -> Option<&'a str> {
    cells
        .get(column)
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
}

/// The lines of a list cell, trimmed, empty ones dropped.
fn lines<'a>(cells: &Cells<'a>, column: &str) -> Vec<&'a str> {
    cell(cells, column)
        .map(|c| c.lines().map(str::trim).filter(|l| !l.is_empty()).collect())
        .unwrap_or_default()
}

/// A decimal with `.` or `,` as its mark; text that is not one stays text.
fn number(s: &str) -> Value {
    match parse_decimal(&s.replace(',', ".")) {
        Some(x) => Value::from(x),
        None => Value::from(s),
    }
}

/// A whole number, allowing spaces between thousands (`1 938`).
fn count(s: &str) -> Value {
    let digits: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    match digits.parse::<u64>() {
        Ok(n) => Value::from(n),
        Err(_) => Value::from(s),
    }
}

/// Yes or no as people type it; anything else stays text (and is reported).
fn yes_no(s: &str) -> Value {
    match s.to_lowercase().as_str() {
        "true" | "yes" | "jā" | "ja" | "1" | "x" => Value::Bool(true),
        "false" | "no" | "nē" | "ne" | "0" => Value::Bool(false),
        _ => Value::from(s),
    }
}

/// `{lv, en}` from `<base>_lv` and `<base>_en`, or nothing when both are empty.
fn localized(cells: &Cells, base: &str, obj: &mut Map<String, Value>) {
    let mut text = Map::new();
    for lang in ["lv", "en"] {
        if let Some(v) = cell(cells, &format!("{base}_{lang}")) {
            text.insert(lang.to_owned(), Value::from(v));
        }
    }
    if !text.is_empty() {
        obj.insert(base.to_owned(), Value::Object(text));
    }
}

/// A text that may be one language or two, into `field`: `{lv, en}` from
/// `<base>_lv` and `<base>_en`, or a plain string (the Latvian, shown in
/// both languages) when only the Latvian is given — the file stays as the
/// editors wrote it. A sheet of the first format's single `<base>` column
/// gives the plain string too.
fn localized_or_plain(cells: &Cells, base: &str, field: &str, obj: &mut Map<String, Value>) {
    let mut text = Map::new();
    localized(cells, base, &mut text);
    let value = match text.remove(base) {
        Some(Value::Object(both)) if both.len() == 1 && both.contains_key("lv") => {
            both.get("lv").cloned()
        }
        Some(both) => Some(both),
        None => cell(cells, base).map(Value::from),
    };
    if let Some(v) = value {
        obj.insert(field.to_owned(), v);
    }
}

/// Copies plain text cells into fields of the same name.
fn texts(cells: &Cells, names: &[&str], obj: &mut Map<String, Value>) {
    for &name in names {
        if let Some(v) = cell(cells, name) {
            obj.insert(name.to_owned(), Value::from(v));
        }
    }
}

/// A date cell: `YYYY-MM-DD HH:MM` is Riga's wall clock and gets Riga's
/// offset on that day; every other form passes as written (the validator
/// knows them, and reports what it does not).
pub fn date(s: &str) -> Value {
    match riga_clock(s).and_then(riga_time) {
        Some(t) => Value::from(When::Time(t).to_string()),
        None => Value::from(s),
    }
}

/// `YYYY-MM-DD HH:MM` (seconds allowed) as a wall-clock time, read by the
/// data's own date rules ([`When::parse`]) rather than chrono's format
/// strings, which would add their parser to the app's bundle.
fn riga_clock(s: &str) -> Option<NaiveDateTime> {
    let mut parts = s.split_whitespace();
    let (day, time) = (parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    match When::parse(&format!("{day}T{time}Z")) {
        Ok(When::Time(t)) => Some(t.naive_utc()),
        _ => None,
    }
}

/// Riga's clock time as an instant: the offset (+02:00 in winter, +03:00
/// in summer) under which Riga's rule agrees. In the autumn hour that
/// happens twice, the first (summer) one; in the spring hour that never
/// happens, none.
pub fn riga_time(local: NaiveDateTime) -> Option<chrono::DateTime<FixedOffset>> {
    [3, 2].into_iter().find_map(|hours| {
        let offset = FixedOffset::east_opt(hours * 3600)?;
        let t = offset.from_local_datetime(&local).single()?;
        (riga_offset(t.naive_utc()) == offset).then_some(t)
    })
}

/// A place record from its cells (`lat`/`lon` may come from elsewhere:
/// GeoJSON's geometry).
pub fn place_value(cells: &Cells) -> Value {
    let mut p = Map::new();
    texts(
        cells,
        &["id", "kind", "municipality", "confidence", "identity_sign"],
        &mut p,
    );
    localized_or_plain(cells, "parish", "parish", &mut p);
    localized_or_plain(cells, "population_year", "population_year", &mut p);
    localized_or_plain(cells, "source", "source", &mut p);
    localized(cells, "name", &mut p);
    localized(cells, "description", &mut p);
    localized(cells, "island", &mut p);
    if let Some(v) = cell(cells, "municipality_approximate") {
        p.insert("municipality_approximate".into(), yes_no(v));
    }
    for axis in ["lat", "lon"] {
        if let Some(v) = cell(cells, axis) {
            p.insert(axis.into(), number(v));
        }
    }
    if let Some(v) = cell(cells, "population") {
        p.insert("population".into(), count(v));
    }
    if let Some(v) = cell(cells, "member_since") {
        p.insert("member_since".into(), count(v));
    }
    let links: Vec<Value> = lines(cells, "links")
        .into_iter()
        .map(|line| match line.split_once(char::is_whitespace) {
            Some((url, label)) => json!({"url": url, "label": label.trim()}),
            None => json!({ "url": line }),
        })
        .collect();
    if !links.is_empty() {
        p.insert("links".into(), Value::from(links));
    }
    let tags = lines(cells, "tags");
    if !tags.is_empty() {
        p.insert("tags".into(), Value::from(tags));
    }
    let mut contacts = Map::new();
    texts(cells, &["website", "email", "phone"], &mut contacts);
    let social = lines(cells, "social");
    if !social.is_empty() {
        contacts.insert("social".into(), Value::from(social));
    }
    if !contacts.is_empty() {
        p.insert("contacts".into(), Value::Object(contacts));
    }
    Value::Object(p)
}

/// An event record from its cells.
pub fn event_value(cells: &Cells) -> Value {
    let mut e = Map::new();
    texts(cells, &["id", "place", "category", "url"], &mut e);
    localized_or_plain(cells, "source", "source", &mut e);
    localized(cells, "title", &mut e);
    localized(cells, "description", &mut e);
    for field in ["start", "end"] {
        if let Some(v) = cell(cells, field) {
            e.insert(field.into(), date(v));
        }
    }
    let mut location = Map::new();
    localized_or_plain(cells, "location_name", "name", &mut location);
    for axis in ["lat", "lon"] {
        if let Some(v) = cell(cells, &format!("location_{axis}")) {
            location.insert(axis.into(), number(v));
        }
    }
    if !location.is_empty() {
        e.insert("location".into(), Value::Object(location));
    }
    if let Some(v) = cell(cells, "municipalities") {
        let ids: Vec<&str> = v
            .split([',', ';', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        e.insert("municipalities".into(), Value::from(ids));
    }
    Value::Object(e)
}

/// A source record from its cells.
pub fn source_value(cells: &Cells) -> Value {
    let mut s = Map::new();
    texts(cells, &["id", "url"], &mut s);
    localized_or_plain(cells, "name", "name", &mut s);
    localized_or_plain(cells, "license", "license", &mut s);
    Value::Object(s)
}

/// The whole dataset: the fixed municipalities and the given records.
pub fn dataset(places: Vec<Value>, events: Vec<Value>, sources: Vec<Value>) -> Value {
    let municipalities: Vec<Value> = MUNICIPALITY_NAMES
        .iter()
        .map(|(id, lv, en)| json!({"id": id.slug(), "name": {"lv": lv, "en": en}}))
        .collect();
    json!({
        "version": FORMAT_VERSION,
        "municipalities": municipalities,
        "places": places,
        "events": events,
        "sources": sources,
    })
}

/// The spreadsheet column a validator field path is read from:
/// `name.en` → `name_en`, `links[2].url` → `links`, `contacts.phone` →
/// `phone`, `location.lat` → `location_lat`.
pub fn column_of(section: Section, field: &str) -> String {
    let head = field.split('[').next().unwrap_or(field);
    let head = head.strip_prefix("contacts.").unwrap_or(head);
    let name = head.replace('.', "_");
    match (section, name.as_str()) {
        (
            _,
            "name" | "title" | "description" | "island" | "parish" | "population_year" | "source"
            | "license" | "location_name",
        ) => format!("{name}_lv"),
        (Section::Events, "location") => "location_name_lv".to_owned(),
        (Section::Places, "contacts") => "website".to_owned(),
        _ => name,
    }
}

/// The columns each table must have (a column's first-format name, see
/// [`legacy_columns`], stands in for it).
pub fn required_columns(section: Section) -> &'static [&'static str] {
    match section {
        Section::Places => &[
            "id",
            "kind",
            "name_lv",
            "municipality",
            "confidence",
            "source_lv",
        ],
        Section::Events => &["id", "title_lv", "start", "category", "source_lv"],
        _ => &["id", "name_lv"],
    }
}

/// Columns of the first format, when texts shown to visitors had one
/// language: `(old, new)`. A sheet may still have the old column; its cells
/// are read as the Latvian (shown in both languages). Export writes only
/// the new ones.
pub fn legacy_columns(section: Section) -> &'static [(&'static str, &'static str)] {
    match section {
        Section::Places => &[
            ("parish", "parish_lv"),
            ("population_year", "population_year_lv"),
            ("source", "source_lv"),
        ],
        Section::Events => &[
            ("location_name", "location_name_lv"),
            ("source", "source_lv"),
        ],
        _ => &[("name", "name_lv"), ("license", "license_lv")],
    }
}

/// The column a sheet names for `column`: `column` itself, or its old name
/// when the sheet has only that.
pub fn column_in<'a>(section: Section, header: &[String], column: &'a str) -> &'a str {
    if header.iter().any(|h| h == column) {
        return column;
    }
    legacy_columns(section)
        .iter()
        .find(|(old, new)| *new == column && header.iter().any(|h| h == old))
        .map_or(column, |(old, _)| old)
}

/// Every column of a table (place columns are also GeoJSON properties).
pub fn known_columns(section: Section) -> &'static [&'static str] {
    match section {
        Section::Places => PLACE_COLUMNS,
        Section::Events => crate::domain::opendata::EVENT_COLUMNS,
        _ => crate::domain::opendata::SOURCE_COLUMNS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn riga_clock_times_get_riga_offsets() {
        let iso = |s| riga_clock(s).and_then(riga_time).map(|x| x.to_rfc3339());
        assert_eq!(
            iso("2024-09-07 11:00").as_deref(),
            Some("2024-09-07T11:00:00+03:00")
        );
        assert_eq!(
            iso("2024-01-07 11:00").as_deref(),
            Some("2024-01-07T11:00:00+02:00")
        );
        // 31 March 2024, 03:30 never happened in Riga.
        assert_eq!(iso("2024-03-31 03:30"), None);
        // Only a day and a time, as the columns are documented.
        assert_eq!(riga_clock("2024-09-07"), None);
        assert_eq!(riga_clock("2024-09-07 11:00 x"), None);
        assert_eq!(riga_clock("2024-09-07T11:00"), None);
        assert_eq!(date("2024-9-7 11:00"), Value::from("2024-9-7 11:00"));
        assert_eq!(
            date("2024-09-07 11:00"),
            Value::from("2024-09-07T11:00+03:00")
        );
    }

    #[test]
    fn columns_of_fields() {
        assert_eq!(column_of(Section::Places, "name.en"), "name_en");
        assert_eq!(column_of(Section::Places, "name"), "name_lv");
        assert_eq!(column_of(Section::Places, "links[2].url"), "links");
        assert_eq!(column_of(Section::Places, "contacts.social[1]"), "social");
        assert_eq!(column_of(Section::Events, "location.lat"), "location_lat");
        assert_eq!(
            column_of(Section::Events, "location.name"),
            "location_name_lv"
        );
        assert_eq!(column_of(Section::Places, "parish"), "parish_lv");
        assert_eq!(column_of(Section::Places, "parish.en"), "parish_en");
        assert_eq!(column_of(Section::Events, "source"), "source_lv");
        assert_eq!(column_of(Section::Sources, "license.lv"), "license_lv");
        let old = ["id".to_owned(), "parish".to_owned()];
        assert_eq!(column_in(Section::Places, &old, "parish_lv"), "parish");
        assert_eq!(column_in(Section::Places, &old, "parish_en"), "parish_en");
        let new = ["parish".to_owned(), "parish_lv".to_owned()];
        assert_eq!(column_in(Section::Places, &new, "parish_lv"), "parish_lv");
        assert_eq!(
            column_of(Section::Places, "population_year.en"),
            "population_year_en"
        );
        let old = ["id".to_owned(), "population_year".to_owned()];
        assert_eq!(
            column_in(
                Section::Places,
                &old,
                &column_of(Section::Places, "population_year")
            ),
            "population_year"
        );
        assert_eq!(
            column_of(Section::Events, "municipalities[2]"),
            "municipalities"
        );
    }
}
