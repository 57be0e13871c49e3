//! Turns the dataset's JSON text into a [`Dataset`], record by record.
//!
//! The file is parsed into raw JSON values first; each record is then checked
//! field by field. A record with any problem is skipped and reported as an
//! [`Issue`]; every valid record is kept. Only a file that is not JSON or has
//! the wrong top-level shape fails as a whole ([`LoadError`]).

use super::dates::{DateError, When};
use super::model::*;
use super::text::Localized;
use serde_json::{Map, Value};
use std::collections::HashSet;

/// Latvia's bounding box (WGS84 degrees) with a small margin.
pub const LATVIA_LAT: (f64, f64) = (55.6, 58.1);
/// Latvia's longitude range (WGS84 degrees) with a small margin.
pub const LATVIA_LON: (f64, f64) = (20.9, 28.3);

/// Longest name of a place or municipality.
pub const NAME_MAX: usize = 120;
/// Longest event title.
pub const TITLE_MAX: usize = 200;
/// Longest description.
pub const DESCRIPTION_MAX: usize = 2000;
/// Longest short text (parish, population note, link label, venue, source
/// name).
pub const SHORT_MAX: usize = 200;
/// Longest source note.
pub const SOURCE_MAX: usize = 600;
/// Longest URL.
pub const URL_MAX: usize = 2000;
/// Longest tag.
pub const TAG_MAX: usize = 40;
/// Most links or tags in one record.
pub const LIST_MAX: usize = 30;

/// The dataset format version this app writes (2 added the community
/// profile fields of a place).
pub const FORMAT_VERSION: u64 = 2;

/// Every format version this app reads: version 1 files are version 2
/// files without profiles, so they are read by the same rules.
pub const FORMAT_VERSIONS: [u64; 2] = [1, 2];

/// The earliest and latest year accepted as `member_since` (the network
/// began in 2017; a little margin either way for its forerunners and for
/// typing ahead a year).
pub const MEMBER_SINCE: (u64, u64) = (2000, 2100);

/// Why the whole file could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request failed (offline, blocked, ...); the text is the browser's.
    Network(String),
    /// The server answered with an HTTP error status.
    Http(u16),
    /// The text is not JSON; where the parser stopped.
    NotJson {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The top level is not an object with the expected lists.
    Shape(ShapeError),
    /// The file declares a format version this app does not read.
    Version(String),
}

/// What is wrong with the top level of the file.
#[derive(Clone, Debug, PartialEq)]
pub enum ShapeError {
    /// The top level is not a JSON object.
    NotAnObject,
    /// A required list is missing.
    MissingList(&'static str),
    /// A top-level field is not a list.
    NotAList(&'static str),
}

/// Which list of the file a record is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// `municipalities`
    Municipalities,
    /// `places`
    Places,
    /// `events`
    Events,
    /// `sources`
    Sources,
}

/// How a skipped record is named in a report: its id when it has a usable
/// one, else its position (1-based) in its list.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RecordRef {
    /// The record's `id`.
    Id(String),
    /// Position in its list, counting from 1.
    Position(usize),
}

/// A problem with one field of one record.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A required field is absent (or null).
    Missing,
    /// Expected a text.
    NotText,
    /// Expected a number.
    NotNumber,
    /// Expected a list.
    NotList,
    /// Expected an object.
    NotObject,
    /// Expected true or false.
    NotBool,
    /// The record itself is not a JSON object.
    RecordNotObject,
    /// A text that must not be empty is empty.
    Empty,
    /// A text is longer than the limit (characters).
    TooLong(usize),
    /// A list has more items than allowed.
    TooMany(usize),
    /// Not a lowercase ASCII slug.
    NotSlug(String),
    /// Another record of the same list already has this id.
    DuplicateId(String),
    /// Not one of the five municipality ids.
    UnknownMunicipality(String),
    /// No place in the file has this id.
    UnknownPlace(String),
    /// Not a known place kind.
    UnknownKind(String),
    /// Not a known event category.
    UnknownCategory(String),
    /// Not high, medium or low.
    UnknownConfidence(String),
    /// The coordinate lies outside Latvia.
    OutsideLatvia(f64),
    /// Only one of lat/lon is given.
    LatLonPair,
    /// A date is not in one of the three accepted forms.
    DateFormat(String),
    /// A date that does not exist (2023-02-30).
    DateNotReal(String),
    /// The end lies before the start: `(end, start)` as the data wrote them.
    EndBeforeStart(String, String),
    /// A link that must be a web page (http or https) is something else.
    NotWebLink(String),
    /// Not an e-mail address (`name@example.lv`).
    BadEmail(String),
    /// Not a phone number (digits, spaces, `+`, `-`, parentheses).
    BadPhone(String),
    /// Not a year the network could have been joined in.
    NotYear,
    /// An image that is not a file of ours: a remote or odd address, or
    /// not a picture (`.svg`, `.png`, `.jpg`, `.jpeg`, `.webp`).
    NotLocalImage(String),
    /// A link that is not http(s), mailto or tel.
    BadLink(String),
    /// A number that must be a whole, non-negative count.
    NotCount,
}

/// One skipped record and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Issue {
    /// The list it is in.
    pub section: Section,
    /// The record's position in its list, from 0 (tools turn it into a line
    /// of the file or a row of a spreadsheet).
    pub index: usize,
    /// Which record.
    pub record: RecordRef,
    /// The field at fault (`lat`, `name.lv`, `links[2].url`, ...).
    pub field: String,
    /// What is wrong.
    pub problem: Problem,
}

/// A dataset and the reports of what was skipped.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    /// The valid records.
    pub dataset: Dataset,
    /// One entry per problem found; a record may have several.
    pub issues: Vec<Issue>,
}

impl Loaded {
    /// How many records were skipped (a record with several problems counts once).
    pub fn skipped_records(&self) -> usize {
        let mut seen = HashSet::new();
        self.issues
            .iter()
            .filter(|i| seen.insert((i.section, i.record.clone())))
            .count()
    }
}

/// Parses and validates the dataset text.
pub fn load(text: &str) -> Result<Loaded, LoadError> {
    // Editors on Windows save UTF-8 with a byte-order mark; JSON does not
    // allow one, but the file is otherwise fine.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root: Value = serde_json::from_str(text).map_err(|e| LoadError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    load_value(&root)
}

/// Validates a dataset already parsed into JSON values (the data tools
/// build one from a spreadsheet or GeoJSON and check it by the same rules).
pub fn load_value(root: &Value) -> Result<Loaded, LoadError> {
    let root = root
        .as_object()
        .ok_or(LoadError::Shape(ShapeError::NotAnObject))?;
    match root.get("version") {
        Some(Value::Number(n)) if n.as_u64().is_some_and(|v| FORMAT_VERSIONS.contains(&v)) => {}
        Some(other) => return Err(LoadError::Version(other.to_string())),
        None => return Err(LoadError::Version(String::new())),
    }
    let municipalities = list(root, "municipalities", false)?;
    let places = list(root, "places", true)?;
    let events = list(root, "events", false)?;
    let sources = list(root, "sources", false)?;

    let mut out = Loaded::default();
    out.dataset.municipalities = collect(
        Section::Municipalities,
        municipalities,
        &mut out.issues,
        municipality,
    );
    out.dataset.places = collect(Section::Places, places, &mut out.issues, place);
    out.dataset.index_places();
    // Events may refer to any place the file declares, even one skipped for
    // another fault: that place's own report says what is wrong, and the
    // event stays visible (views treat a missing place as no place).
    let place_ids: HashSet<&str> = places
        .iter()
        .filter_map(|p| p.get("id").and_then(Value::as_str))
        .map(str::trim)
        .collect();
    out.dataset.events = collect(Section::Events, events, &mut out.issues, |r| {
        event(r, &place_ids)
    });
    out.dataset.sources = collect(Section::Sources, sources, &mut out.issues, source);
    Ok(out)
}

/// A top-level list; an absent optional list is empty.
fn list<'a>(
    root: &'a Map<String, Value>,
    name: &'static str,
    required: bool,
) -> Result<&'a [Value], LoadError> {
    match root.get(name) {
        Some(Value::Array(items)) => Ok(items),
        None | Some(Value::Null) if !required => Ok(&[]),
        None | Some(Value::Null) => Err(LoadError::Shape(ShapeError::MissingList(name))),
        Some(_) => Err(LoadError::Shape(ShapeError::NotAList(name))),
    }
}

/// Validates each record of a list; keeps the valid ones, reports the rest.
/// Ids must be unique within the list: the first record with an id wins.
fn collect<T>(
    section: Section,
    items: &[Value],
    issues: &mut Vec<Issue>,
    check: impl Fn(&mut Record) -> Option<T>,
) -> Vec<T> {
    let mut seen = HashSet::new();
    let mut kept = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let id = item.get("id").and_then(Value::as_str).map(str::to_owned);
        let record_ref = match &id {
            Some(id) if !id.is_empty() && id.chars().count() <= NAME_MAX => {
                RecordRef::Id(id.clone())
            }
            _ => RecordRef::Position(i + 1),
        };
        let mut problems = Vec::new();
        let value = match item.as_object() {
            Some(obj) => {
                let mut rec = Record {
                    obj,
                    problems: Vec::new(),
                };
                let value = check(&mut rec);
                problems = rec.problems;
                // Ids are trimmed when read, so " sece " is "sece" again.
                let id = id.map(|id| id.trim().to_owned());
                if let Some(id) = id.filter(|_| problems.is_empty()) {
                    if !seen.insert(id.clone()) {
                        problems.push(("id".into(), Problem::DuplicateId(id)));
                    }
                }
                value
            }
            None => {
                problems.push((String::new(), Problem::RecordNotObject));
                None
            }
        };
        match value {
            Some(v) if problems.is_empty() => kept.push(v),
            _ => issues.extend(problems.into_iter().map(|(field, problem)| Issue {
                section,
                index: i,
                record: record_ref.clone(),
                field,
                problem,
            })),
        }
    }
    kept
}

/// One record being checked: reads fields and notes every problem found, so
/// a report lists all of a record's faults at once.
struct Record<'a> {
    obj: &'a Map<String, Value>,
    problems: Vec<(String, Problem)>,
}

impl<'a> Record<'a> {
    fn fail<T>(&mut self, field: &str, problem: Problem) -> Option<T> {
        self.problems.push((field.to_owned(), problem));
        None
    }

    /// The field's value; `None` (and no problem) when absent or null.
    fn get(&self, field: &str) -> Option<&'a Value> {
        self.obj.get(field).filter(|v| !v.is_null())
    }

    fn required(&mut self, field: &str) -> Option<&'a Value> {
        match self.get(field) {
            Some(v) => Some(v),
            None => self.fail(field, Problem::Missing),
        }
    }

    /// Checks a text value's type, emptiness and length.
    fn check_text(&mut self, field: &str, v: &Value, max: usize) -> Option<String> {
        let Some(s) = v.as_str() else {
            return self.fail(field, Problem::NotText);
        };
        let s = s.trim();
        // Only invisible characters (zero-width, direction marks, a BOM)
        // would show as an empty name or link.
        if s.chars().all(is_invisible) {
            return self.fail(field, Problem::Empty);
        }
        if s.chars().count() > max {
            return self.fail(field, Problem::TooLong(max));
        }
        Some(s.to_owned())
    }

    fn text(&mut self, field: &str, max: usize) -> Option<String> {
        let v = self.required(field)?;
        self.check_text(field, v, max)
    }

    /// An optional text: absent is `Ok(None)`, present but bad is a problem.
    fn opt_text(&mut self, field: &str, max: usize) -> Result<Option<String>, ()> {
        match self.get(field) {
            None => Ok(None),
            Some(v) => self.check_text(field, v, max).map(Some).ok_or(()),
        }
    }

    fn slug_id(&mut self) -> Option<String> {
        let id = self.text("id", NAME_MAX)?;
        if is_slug(&id) {
            Some(id)
        } else {
            self.fail("id", Problem::NotSlug(id))
        }
    }

    /// `{ "lv": ..., "en": ... }`: Latvian required when `required`, English optional.
    fn localized(&mut self, field: &str, max: usize, required: bool) -> Option<Localized> {
        let v = if required {
            self.required(field)?
        } else {
            match self.get(field) {
                None => return Some(Localized::default()),
                Some(v) => v,
            }
        };
        let Some(obj) = v.as_object() else {
            return self.fail(field, Problem::NotObject);
        };
        let mut part = |lang: &str, needed: bool| -> Option<String> {
            let name = format!("{field}.{lang}");
            match obj.get(lang).filter(|v| !v.is_null()) {
                None if needed => self.fail(&name, Problem::Missing),
                None => Some(String::new()),
                Some(v) => self.check_text(&name, v, max),
            }
        };
        let lv = part("lv", required);
        let en = part("en", false);
        Some(Localized::new(lv?, en?))
    }

    /// A text shown to visitors that the first files wrote in one
    /// language: `{lv, en}` like other texts (Latvian required), or a
    /// plain string, the Latvian, shown in both languages.
    fn plain_or_localized(&mut self, field: &str, max: usize) -> Option<Localized> {
        match self.get(field) {
            Some(v) if v.is_object() => self.localized(field, max, true),
            _ => self.text(field, max).map(|lv| Localized::new(lv, "")),
        }
    }

    /// [`Record::plain_or_localized`] for an optional field: absent is
    /// `Ok(None)`, present but bad is a problem.
    fn opt_plain_or_localized(&mut self, field: &str, max: usize) -> Result<Option<Localized>, ()> {
        match self.get(field) {
            None => Ok(None),
            Some(_) => self.plain_or_localized(field, max).map(Some).ok_or(()),
        }
    }

    fn enum_field<T: std::str::FromStr>(
        &mut self,
        field: &str,
        unknown: fn(String) -> Problem,
    ) -> Option<T> {
        let s = self.text(field, NAME_MAX)?;
        match s.parse() {
            Ok(v) => Some(v),
            Err(_) => self.fail(field, unknown(s)),
        }
    }

    fn opt_bool(&mut self, field: &str) -> Option<bool> {
        match self.get(field) {
            None => Some(false),
            Some(Value::Bool(b)) => Some(*b),
            Some(_) => self.fail(field, Problem::NotBool),
        }
    }

    /// `lat` and `lon` together, or neither. `Ok(None)` when both are absent.
    fn coord(&mut self, lat_field: &str, lon_field: &str) -> Result<Option<Coord>, ()> {
        let lat = self.get(lat_field);
        let lon = self.get(lon_field);
        match (lat, lon) {
            (None, None) => Ok(None),
            (Some(_), None) | (None, Some(_)) => {
                let field = if lat.is_none() { lat_field } else { lon_field };
                self.fail::<()>(field, Problem::LatLonPair);
                Err(())
            }
            (Some(lat), Some(lon)) => {
                let lat = self.degrees(lat_field, lat, LATVIA_LAT);
                let lon = self.degrees(lon_field, lon, LATVIA_LON);
                match (lat, lon) {
                    (Some(lat), Some(lon)) => Ok(Some(Coord { lat, lon })),
                    _ => Err(()),
                }
            }
        }
    }

    fn degrees(&mut self, field: &str, v: &Value, range: (f64, f64)) -> Option<f64> {
        let Some(x) = v.as_f64() else {
            return self.fail(field, Problem::NotNumber);
        };
        if x.is_finite() && x >= range.0 && x <= range.1 {
            Some(x)
        } else {
            self.fail(field, Problem::OutsideLatvia(x))
        }
    }

    fn when(&mut self, field: &str, required: bool) -> Result<Option<When>, ()> {
        let v = match (self.get(field), required) {
            (None, false) => return Ok(None),
            (None, true) => {
                self.fail::<()>(field, Problem::Missing);
                return Err(());
            }
            (Some(v), _) => v,
        };
        let Some(s) = v.as_str() else {
            self.fail::<()>(field, Problem::NotText);
            return Err(());
        };
        match When::parse(s.trim()) {
            Ok(w) => Ok(Some(w)),
            Err(DateError::Format) => {
                self.fail::<()>(field, Problem::DateFormat(s.to_owned()));
                Err(())
            }
            Err(DateError::NotReal) => {
                self.fail::<()>(field, Problem::DateNotReal(s.to_owned()));
                Err(())
            }
        }
    }

    /// A list field; absent is empty.
    fn list(&mut self, field: &str) -> Option<&'a [Value]> {
        match self.get(field) {
            None => Some(&[]),
            Some(Value::Array(items)) if items.len() <= LIST_MAX => Some(items),
            Some(Value::Array(_)) => self.fail(field, Problem::TooMany(LIST_MAX)),
            Some(_) => self.fail(field, Problem::NotList),
        }
    }

    /// A web page: http or https only (mailto and tel have their own fields).
    fn web_link(&mut self, field: &str, v: &Value) -> Option<String> {
        let url = self.check_text(field, v, URL_MAX)?;
        let lower = url.to_ascii_lowercase();
        if is_safe_link(&url) && (lower.starts_with("https://") || lower.starts_with("http://")) {
            Some(url)
        } else {
            self.fail(field, Problem::NotWebLink(url))
        }
    }

    fn link_url(&mut self, field: &str, v: &Value) -> Option<String> {
        let url = self.check_text(field, v, URL_MAX)?;
        if is_safe_link(&url) {
            Some(url)
        } else {
            self.fail(field, Problem::BadLink(url))
        }
    }

    /// Finishes a record: the value only when no problem was found.
    fn finish<T>(&self, value: impl FnOnce() -> Option<T>) -> Option<T> {
        if self.problems.is_empty() {
            value()
        } else {
            None
        }
    }
}

/// For a problem naming an unknown value of a closed set (a municipality,
/// a kind, a category, a confidence), the known value it most likely meant:
/// "unknown municipality `jekabpls` — did you mean `jekabpils`?".
pub fn suggestion(p: &Problem) -> Option<&'static str> {
    fn near<T: Copy + 'static>(
        v: &str,
        all: &'static [T],
        slug: fn(T) -> &'static str,
    ) -> Option<&'static str> {
        super::text::closest(v, all.iter().map(|&x| slug(x)))
    }
    match p {
        Problem::UnknownMunicipality(v) => near(v, MunicipalityId::ALL, MunicipalityId::slug),
        Problem::UnknownKind(v) => near(v, PlaceKind::ALL, PlaceKind::slug),
        Problem::UnknownCategory(v) => near(v, Category::ALL, Category::slug),
        Problem::UnknownConfidence(v) => near(v, Confidence::ALL, Confidence::slug),
        _ => None,
    }
}

/// True for characters that draw nothing: white space, zero-width spaces
/// and joiners, direction marks and overrides, word joiners, the BOM, the
/// soft hyphen.
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// True for the link schemes the app will open: http(s), mailto and tel.
/// Anything else (javascript:, data:, relative paths) could harm visitors.
pub fn is_safe_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let scheme_ok = ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .any(|s| lower.starts_with(s) && lower.len() > s.len());
    scheme_ok && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn municipality(r: &mut Record) -> Option<Municipality> {
    let id = r.enum_field("id", Problem::UnknownMunicipality);
    let name = r.localized("name", NAME_MAX, true);
    r.finish(|| {
        Some(Municipality {
            id: id?,
            name: name?,
        })
    })
}

fn place(r: &mut Record) -> Option<Place> {
    let id = r.slug_id();
    let kind = r.enum_field("kind", Problem::UnknownKind);
    let name = r.localized("name", NAME_MAX, true);
    let municipality = r.enum_field("municipality", Problem::UnknownMunicipality);
    let approximate = r.opt_bool("municipality_approximate");
    let parish = r.opt_plain_or_localized("parish", SHORT_MAX);
    let coord = r.coord("lat", "lon");
    let confidence = r.enum_field("confidence", Problem::UnknownConfidence);
    let population = population(r);
    let description = r.localized("description", DESCRIPTION_MAX, false);
    let links = links(r);
    let tags = tags(r);
    let source = r.plain_or_localized("source", SOURCE_MAX);
    let profile = profile(r);
    r.finish(|| {
        let name = name?;
        let parish = parish.ok()?;
        let tags = tags?;
        Some(Place {
            id: id?,
            kind: kind?,
            search_key: Place::make_search_key(&name, parish.as_ref(), &tags),
            name,
            municipality: municipality?,
            municipality_approximate: approximate?,
            parish,
            coord: coord.ok()?,
            confidence: confidence?,
            population: population.ok()?,
            description: description?,
            links: links?,
            tags,
            source: source?,
            profile: profile?,
        })
    })
}

/// The community profile fields of a place (format version 2).
fn profile(r: &mut Record) -> Option<Profile> {
    let island = match r.get("island") {
        None => Ok(None),
        Some(_) => r.localized("island", NAME_MAX, true).map(Some).ok_or(()),
    };
    let member_since = match r.get("member_since") {
        None => Ok(None),
        Some(v) => match v
            .as_u64()
            .filter(|y| (MEMBER_SINCE.0..=MEMBER_SINCE.1).contains(y))
        {
            Some(y) => Ok(u16::try_from(y).ok()),
            None => r.fail("member_since", Problem::NotYear).ok_or(()),
        },
    };
    let contacts = contacts(r);
    let identity_sign = match r.get("identity_sign") {
        None => Ok(None),
        Some(v) => match r.check_text("identity_sign", v, SHORT_MAX) {
            Some(path) if is_local_image(&path) => Ok(Some(path)),
            Some(path) => r
                .fail("identity_sign", Problem::NotLocalImage(path))
                .ok_or(()),
            None => Err(()),
        },
    };
    Some(Profile {
        island: island.ok()?,
        member_since: member_since.ok()?,
        contacts: contacts?,
        identity_sign: identity_sign.ok()?,
    })
}

/// `contacts`: `{ "website"?, "email"?, "phone"?, "social"?: [urls] }`.
fn contacts(r: &mut Record) -> Option<Contacts> {
    let Some(v) = r.get("contacts") else {
        return Some(Contacts::default());
    };
    let Some(obj) = v.as_object() else {
        return r.fail("contacts", Problem::NotObject);
    };
    let before = r.problems.len();
    let field = |obj: &Map<String, Value>, name: &str| -> Option<Value> {
        obj.get(name).filter(|v| !v.is_null()).cloned()
    };
    let website = field(obj, "website").and_then(|v| r.web_link("contacts.website", &v));
    let email = field(obj, "email").and_then(|v| {
        let s = r.check_text("contacts.email", &v, SHORT_MAX)?;
        if is_email(&s) {
            Some(s)
        } else {
            r.fail("contacts.email", Problem::BadEmail(s))
        }
    });
    let phone = field(obj, "phone").and_then(|v| {
        let s = r.check_text("contacts.phone", &v, SHORT_MAX)?;
        if is_phone(&s) {
            Some(s)
        } else {
            r.fail("contacts.phone", Problem::BadPhone(s))
        }
    });
    let mut social = Vec::new();
    match field(obj, "social") {
        None => {}
        Some(Value::Array(items)) if items.len() <= LIST_MAX => {
            for (i, item) in items.iter().enumerate() {
                if let Some(url) = r.web_link(&format!("contacts.social[{}]", i + 1), item) {
                    social.push(url);
                }
            }
        }
        Some(Value::Array(_)) => r
            .fail::<()>("contacts.social", Problem::TooMany(LIST_MAX))
            .unwrap_or(()),
        Some(_) => r
            .fail::<()>("contacts.social", Problem::NotList)
            .unwrap_or(()),
    }
    (r.problems.len() == before).then_some(Contacts {
        website,
        email,
        phone,
        social,
    })
}

/// A plausible e-mail address: one `@` with text on both sides, a dot in
/// the domain, no spaces. (Deliverability is not ours to check.)
fn is_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    }
}

/// A phone number as people write it: digits with spaces, `+`, `-`, `(`, `)`.
fn is_phone(s: &str) -> bool {
    s.chars().filter(char::is_ascii_digit).count() >= 5
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'))
}

/// True for an image path under `public/`: relative, no scheme, no way up
/// (`..`), no protocol-relative `//`, and a picture's extension. The
/// security policy allows only our own images, and a path cannot track.
pub fn is_local_image(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    let picture = [".svg", ".png", ".jpg", ".jpeg", ".webp"]
        .iter()
        .any(|ext| lower.ends_with(ext));
    picture
        && !lower.contains(':')
        && !lower.starts_with('/')
        && !lower.contains('\\')
        && lower
            .split('/')
            .all(|part| !part.is_empty() && part != ".." && part != ".")
        && lower
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.'))
}

/// The population and its note (which year, what it counts): the note is
/// one-or-two-language text like the parish.
fn population(r: &mut Record) -> Result<Option<(u32, Localized)>, ()> {
    let count = match r.get("population") {
        None => None,
        Some(v) => match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
            Some(n) => Some(n),
            None => {
                r.fail::<()>("population", Problem::NotCount);
                return Err(());
            }
        },
    };
    let year = r.opt_plain_or_localized("population_year", SHORT_MAX)?;
    Ok(count.map(|n| (n, year.unwrap_or_default())))
}

fn links(r: &mut Record) -> Option<Vec<Link>> {
    let items = r.list("links")?;
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let field = format!("links[{}]", i + 1);
        let Some(obj) = item.as_object() else {
            r.fail::<()>(&field, Problem::NotObject);
            continue;
        };
        let url = match obj.get("url") {
            None | Some(Value::Null) => r.fail(&format!("{field}.url"), Problem::Missing),
            Some(v) => r.link_url(&format!("{field}.url"), v),
        };
        let label = match obj.get("label") {
            None | Some(Value::Null) => None,
            Some(v) => r.check_text(&format!("{field}.label"), v, SHORT_MAX),
        };
        if let Some(url) = url {
            out.push(Link {
                label: label.unwrap_or_else(|| url.clone()),
                url,
            });
        }
    }
    Some(out)
}

fn tags(r: &mut Record) -> Option<Vec<String>> {
    let items = r.list("tags")?;
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        if let Some(tag) = r.check_text(&format!("tags[{}]", i + 1), item, TAG_MAX) {
            out.push(tag);
        }
    }
    Some(out)
}

fn event(r: &mut Record, place_ids: &HashSet<&str>) -> Option<Event> {
    let id = r.slug_id();
    let title = r.localized("title", TITLE_MAX, true);
    let start = r.when("start", true);
    let end = r.when("end", false);
    if let (Ok(Some(start)), Ok(Some(end))) = (start, end) {
        if super::calendar::ends_before(start, end) {
            // The texts as written, so the report can show them side by side.
            let text = |f: &str| {
                r.get(f)
                    .and_then(Value::as_str)
                    .map(|s| s.trim().to_owned())
                    .unwrap_or_default()
            };
            let (end, start) = (text("end"), text("start"));
            r.fail::<()>("end", Problem::EndBeforeStart(end, start));
        }
    }
    let place = r.opt_text("place", NAME_MAX);
    if let Ok(Some(p)) = &place {
        if !place_ids.contains(p.as_str()) {
            r.fail::<()>("place", Problem::UnknownPlace(p.clone()));
        }
    }
    let location = location(r);
    let municipalities = event_municipalities(r);
    let category = r.enum_field("category", Problem::UnknownCategory);
    let description = r.localized("description", DESCRIPTION_MAX, false);
    let url = match r.get("url") {
        None => Ok(None),
        Some(v) => r.link_url("url", v).map(Some).ok_or(()),
    };
    let source = r.plain_or_localized("source", SOURCE_MAX);
    r.finish(|| {
        let title = title?;
        Some(Event {
            id: id?,
            search_key: super::text::fold(&format!("{} {}", title.lv, title.en)),
            title,
            start: start.ok()??,
            end: end.ok()?,
            place: place.ok()?,
            location: location.ok()?,
            municipalities: municipalities?,
            category: category?,
            description: description?,
            url: url.ok()?,
            source: source?,
        })
    })
}

fn location(r: &mut Record) -> Result<Option<Location>, ()> {
    let Some(v) = r.get("location") else {
        return Ok(None);
    };
    let Some(obj) = v.as_object() else {
        r.fail::<()>("location", Problem::NotObject);
        return Err(());
    };
    let mut inner = Record {
        obj,
        problems: Vec::new(),
    };
    let name = inner.plain_or_localized("name", SHORT_MAX);
    let coord = inner.coord("lat", "lon");
    let problems = std::mem::take(&mut inner.problems);
    let failed = !problems.is_empty();
    r.problems.extend(
        problems
            .into_iter()
            .map(|(f, p)| (format!("location.{f}"), p)),
    );
    match (name, coord) {
        (Some(name), Ok(coord)) if !failed => Ok(Some(Location { name, coord })),
        _ => Err(()),
    }
}

fn event_municipalities(r: &mut Record) -> Option<Vec<MunicipalityId>> {
    let items = r.list("municipalities")?;
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let field = format!("municipalities[{}]", i + 1);
        match item.as_str() {
            None => r.fail::<()>(&field, Problem::NotText).unwrap_or(()),
            Some(s) => match s.parse::<MunicipalityId>() {
                Ok(m) if !out.contains(&m) => out.push(m),
                Ok(_) => {}
                Err(()) => r
                    .fail::<()>(&field, Problem::UnknownMunicipality(s.to_owned()))
                    .unwrap_or(()),
            },
        }
    }
    Some(out)
}

fn source(r: &mut Record) -> Option<Source> {
    let id = r.text("id", NAME_MAX);
    let name = r.plain_or_localized("name", SHORT_MAX);
    let license = r.opt_plain_or_localized("license", SHORT_MAX);
    let url = match r.get("url") {
        None => Ok(None),
        Some(v) => r.link_url("url", v).map(Some).ok_or(()),
    };
    r.finish(|| {
        Some(Source {
            id: id?,
            name: name?,
            license: license.ok()?,
            url: url.ok()?,
        })
    })
}
