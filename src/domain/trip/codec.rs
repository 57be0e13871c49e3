//! The trip's two written forms and its check against the data.
//!
//! **URL** (`/trip?…`, the share link):
//! `d=sece,akniste;viesite,ev:<event-id>&start=2026-06-06&mode=car`.
//! `d` is the days separated by `;`, each day's stops by `,`, events
//! prefixed `ev:`; `start` is the first day's date (optional); `mode` is
//! `car`, `bicycle` or `foot` (default `car`). An empty day is an empty
//! text between `;`s (`d=sece;;viesite` has an empty second day), so a trip
//! with a day the visitor has not filled yet survives the link; `d=` alone
//! (or no `d`) is one empty day. [`Trip`]'s `Display` writes this form
//! (always with `d` and `mode`), [`Trip::from_query`] and
//! [`Trip::from_pairs`] read it.
//!
//! **Storage** (`localStorage`): `{ "v": 1, "days": [["sece","akniste"],["ev:x"]],
//! "start": "2026-06-06", "mode": "car" }`, written by [`Trip::to_storage`]
//! and read by [`Trip::from_storage`]. `start` is left out when unset.
//!
//! Reading is forgiving where one value is wrong and strict where the whole
//! is: an empty stop (`a,,b`), an id that is not a slug (`Sece`, `%E2%80%AE`,
//! `ev:`), a repeated stop, a bad `start` or `mode`, days past
//! [`MAX_DAYS`] are dropped and listed in [`Decoded::dropped`] (values cut
//! to 40 characters); more than [`MAX_STOPS`] stops, or a `d` longer than
//! [`MAX_D_BYTES`], refuse the whole link ([`TripError`]); storage that is
//! not JSON, not of version 1 or not of this shape is a [`StorageError`].
//! Nothing here panics on any input.

use super::{Mode, Stop, Trip, MAX_DAYS, MAX_STOPS};
use crate::domain::dates::{format_day, parse_day};
use crate::domain::model::Dataset;
use crate::domain::query::parse_query_string;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

/// The storage format's version, the `"v"` field.
pub const STORAGE_VERSION: u64 = 1;

/// Longest `d` value read, in bytes: room for [`MAX_STOPS`] ids of the
/// longest slug length (80) with their `ev:` and separators, twice over.
/// Longer is refused before it is split, so junk cannot cost much.
pub const MAX_D_BYTES: usize = 8192;

/// Longest dropped value kept for the report, in characters.
const REPORTED_CHARS: usize = 40;

/// Why a value was dropped while reading a trip.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DropReason {
    /// An empty stop between commas (`a,,b`, a trailing `,`).
    EmptyStop,
    /// Not a slug, or `ev:` without a slug (or, in storage, not a string).
    NotAnId,
    /// The stop is already on this or an earlier day.
    Duplicate,
    /// A day past [`MAX_DAYS`], with its stops.
    TooManyDays,
    /// `start` is not a real `YYYY-MM-DD` date.
    BadStart,
    /// `mode` is not `car`, `bicycle` or `foot`.
    BadMode,
    /// `d`, `start` or `mode` given again; the first one counts.
    RepeatedKey,
}

/// One value that was dropped while reading a trip.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dropped {
    /// Where it was: `d`, `start` or `mode` (also for storage, whose
    /// `days` are the URL's `d`).
    pub key: &'static str,
    /// The value, cut to 40 characters.
    pub value: String,
    /// Why it was dropped.
    pub reason: DropReason,
}

/// A trip read from a link or from storage, with what was dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The trip, every invariant holding.
    pub trip: Trip,
    /// What was dropped, in the order it was met (empty for a clean input).
    pub dropped: Vec<Dropped>,
}

/// Why a link was refused as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TripError {
    /// More than [`MAX_STOPS`] distinct valid stops; holds how many.
    TooManyStops(usize),
    /// `d` is longer than [`MAX_D_BYTES`]; holds its length in bytes.
    TooLong(usize),
}

impl fmt::Display for TripError {
    /// A developer's message; the UI words it with `i18n::trip_refused`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TripError::TooManyStops(n) => write!(f, "{n} stops, at most {MAX_STOPS}"),
            TripError::TooLong(n) => write!(f, "d is {n} bytes, at most {MAX_D_BYTES}"),
        }
    }
}

impl std::error::Error for TripError {}

/// Why stored trip data could not be used (the UI discards it with a notice).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// Not JSON at all.
    NotJson,
    /// JSON, but not an object.
    NotAnObject,
    /// `"v"` is missing (empty text) or not 1 (as written).
    Version(String),
    /// A field has the wrong shape (its name).
    Shape(&'static str),
    /// More than [`MAX_STOPS`] stops.
    TooManyStops(usize),
}

impl fmt::Display for StorageError {
    /// A developer's message; the UI words it with `i18n::trip_storage_error`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::NotJson => f.write_str("not JSON"),
            StorageError::NotAnObject => f.write_str("not an object"),
            StorageError::Version(v) => write!(f, "version {v:?} is not {STORAGE_VERSION}"),
            StorageError::Shape(field) => write!(f, "{field} has the wrong shape"),
            StorageError::TooManyStops(n) => write!(f, "{n} stops, at most {MAX_STOPS}"),
        }
    }
}

impl std::error::Error for StorageError {}

/// A trip checked against the data: what is still there, and what is gone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// The trip without the stops the data no longer has (days kept).
    pub trip: Trip,
    /// The stops dropped, in trip order ("N stops are no longer in the data").
    pub gone: Vec<Stop>,
}

fn dropped(key: &'static str, value: &str, reason: DropReason) -> Dropped {
    Dropped {
        key,
        value: value.chars().take(REPORTED_CHARS).collect(),
        reason,
    }
}

/// Builds the days of a trip from raw stop texts, applying every rule once
/// for both forms.
struct Days {
    days: Vec<Vec<Stop>>,
    seen: BTreeSet<Stop>,
    dropped: Vec<Dropped>,
}

impl Days {
    fn new() -> Days {
        Days {
            days: Vec::new(),
            seen: BTreeSet::new(),
            dropped: Vec::new(),
        }
    }

    /// Starts a day; false (and the day reported as `text`) past [`MAX_DAYS`].
    fn open_day(&mut self, text: &str) -> bool {
        if self.days.len() >= MAX_DAYS {
            self.dropped
                .push(dropped("d", text, DropReason::TooManyDays));
            return false;
        }
        self.days.push(Vec::new());
        true
    }

    /// Adds one stop text to the open day.
    fn stop(&mut self, text: &str) {
        let reason = if text.is_empty() {
            DropReason::EmptyStop
        } else {
            match text.parse::<Stop>() {
                Err(()) => DropReason::NotAnId,
                Ok(stop) if self.seen.contains(&stop) => DropReason::Duplicate,
                Ok(stop) => {
                    self.seen.insert(stop.clone());
                    if let Some(day) = self.days.last_mut() {
                        day.push(stop);
                    }
                    return;
                }
            }
        };
        self.dropped.push(dropped("d", text, reason));
    }

    /// The days (at least one) and the stop count, which must be in limits.
    fn finish(mut self) -> Result<(Vec<Vec<Stop>>, Vec<Dropped>), usize> {
        let count = self.seen.len();
        if count > MAX_STOPS {
            return Err(count);
        }
        if self.days.is_empty() {
            self.days.push(Vec::new());
        }
        Ok((self.days, self.dropped))
    }
}

/// Reads a `d` value (already percent-decoded).
fn read_d(d: &str) -> Result<(Vec<Vec<Stop>>, Vec<Dropped>), TripError> {
    if d.len() > MAX_D_BYTES {
        return Err(TripError::TooLong(d.len()));
    }
    let mut days = Days::new();
    for day in d.split(';') {
        if !days.open_day(day) {
            continue;
        }
        // A day with no text at all is an empty day, not an empty stop.
        if !day.is_empty() {
            for stop in day.split(',') {
                days.stop(stop);
            }
        }
    }
    days.finish().map_err(TripError::TooManyStops)
}

impl Trip {
    /// Reads a trip from decoded query pairs (as `query::parse_query_string`
    /// gives them). Keys other than `d`, `start` and `mode` (`lang`, …) are
    /// ignored; a repeated key is dropped, the first counts.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Decoded, TripError> {
        let mut d: Option<&str> = None;
        let mut start: Option<&str> = None;
        let mut mode: Option<&str> = None;
        let mut repeated = Vec::new();
        for (key, value) in pairs {
            let (slot, key) = match key {
                "d" => (&mut d, "d"),
                "start" => (&mut start, "start"),
                "mode" => (&mut mode, "mode"),
                _ => continue,
            };
            if slot.is_some() {
                repeated.push(dropped(key, value, DropReason::RepeatedKey));
            } else {
                *slot = Some(value);
            }
        }
        let (days, mut report) = read_d(d.unwrap_or(""))?;
        let mut trip = Trip {
            days,
            ..Trip::default()
        };
        match start.filter(|s| !s.is_empty()).map(|s| (s, parse_day(s))) {
            Some((_, Ok(date))) => trip.start = Some(date),
            Some((s, Err(_))) => report.push(dropped("start", s, DropReason::BadStart)),
            None => {}
        }
        match mode.filter(|s| !s.is_empty()).map(|s| (s, s.parse())) {
            Some((_, Ok(m))) => trip.mode = m,
            Some((s, Err(()))) => report.push(dropped("mode", s, DropReason::BadMode)),
            None => {}
        }
        report.extend(repeated);
        Ok(Decoded {
            trip,
            dropped: report,
        })
    }

    /// Reads a trip from a raw query string, with or without the `?`
    /// (`?d=sece%2Cakniste&mode=foot`): percent-decodes it, then
    /// [`Trip::from_pairs`].
    pub fn from_query(query: &str) -> Result<Decoded, TripError> {
        let pairs = parse_query_string(query);
        Trip::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// The `d` value alone: `sece,akniste;ev:x`.
    pub fn days_param(&self) -> String {
        let days: Vec<String> = self
            .days
            .iter()
            .map(|day| {
                let stops: Vec<String> = day.iter().map(Stop::to_string).collect();
                stops.join(",")
            })
            .collect();
        days.join(";")
    }

    /// The query pairs of the share link, in order: `d`, `start` (when
    /// set), `mode`.
    pub fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = vec![("d", self.days_param())];
        if let Some(start) = self.start {
            pairs.push(("start", format_day(start)));
        }
        pairs.push(("mode", self.mode.slug().to_owned()));
        pairs
    }

    /// The share link: `{app_url}/trip?d=…` (`app_url` without a trailing
    /// slash, like `https://example.lv/selija`, or empty for a path).
    pub fn share_url(&self, app_url: &str) -> String {
        format!("{}/trip?{self}", app_url.trim_end_matches('/'))
    }

    /// The storage JSON (see the module doc).
    pub fn to_storage(&self) -> String {
        let days: Vec<Vec<String>> = self
            .days
            .iter()
            .map(|day| day.iter().map(Stop::to_string).collect())
            .collect();
        let mut v = json!({ "v": STORAGE_VERSION, "days": days, "mode": self.mode.slug() });
        if let (Some(start), Some(obj)) = (self.start, v.as_object_mut()) {
            obj.insert("start".into(), Value::String(format_day(start)));
        }
        v.to_string()
    }

    /// Reads the storage JSON. Stops and values that are wrong one by one
    /// are dropped and listed, as for a link; a wrong whole is an error.
    pub fn from_storage(text: &str) -> Result<Decoded, StorageError> {
        let value: Value = serde_json::from_str(text).map_err(|_| StorageError::NotJson)?;
        let obj = value.as_object().ok_or(StorageError::NotAnObject)?;
        match obj.get("v") {
            Some(v) if v.as_u64() == Some(STORAGE_VERSION) => {}
            Some(v) => {
                let written = v.to_string();
                return Err(StorageError::Version(
                    written.chars().take(REPORTED_CHARS).collect(),
                ));
            }
            None => return Err(StorageError::Version(String::new())),
        }
        let raw_days = obj
            .get("days")
            .and_then(Value::as_array)
            .ok_or(StorageError::Shape("days"))?;
        let mut days = Days::new();
        for day in raw_days {
            let stops = day.as_array().ok_or(StorageError::Shape("days"))?;
            if !days.open_day(&day.to_string()) {
                continue;
            }
            for stop in stops {
                match stop.as_str() {
                    // An empty string is an empty stop, reported like `a,,b`.
                    Some(s) => days.stop(s),
                    None => days
                        .dropped
                        .push(dropped("d", &stop.to_string(), DropReason::NotAnId)),
                }
            }
        }
        let (days, mut report) = days.finish().map_err(StorageError::TooManyStops)?;
        let mut trip = Trip {
            days,
            ..Trip::default()
        };
        match obj.get("start") {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) if parse_day(s).is_ok() => trip.start = parse_day(s).ok(),
            Some(other) => report.push(dropped(
                "start",
                other.as_str().unwrap_or(&other.to_string()),
                DropReason::BadStart,
            )),
        }
        match obj.get("mode") {
            None | Some(Value::Null) => {}
            Some(v) => match v.as_str().map(Mode::from_str) {
                Some(Ok(m)) => trip.mode = m,
                _ => report.push(dropped(
                    "mode",
                    v.as_str().unwrap_or(&v.to_string()),
                    DropReason::BadMode,
                )),
            },
        }
        Ok(Decoded {
            trip,
            dropped: report,
        })
    }

    /// The trip without the stops `data` does not have (any more); days stay,
    /// even when emptied.
    pub fn resolve(&self, data: &Dataset) -> Resolved {
        let mut trip = self.clone();
        let mut gone = Vec::new();
        for day in &mut trip.days {
            day.retain(|s| {
                let keep = s.exists_in(data);
                if !keep {
                    gone.push(s.clone());
                }
                keep
            });
        }
        Resolved { trip, gone }
    }
}

impl fmt::Display for Trip {
    /// The share link's query, without `?`: `d=sece,akniste;ev:x&start=2026-06-06&mode=car`.
    /// Ids are slugs and the separators `,;:` are allowed in a query, so
    /// nothing needs escaping and the link stays readable.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (key, value)) in self.query_pairs().into_iter().enumerate() {
            if i > 0 {
                f.write_str("&")?;
            }
            write!(f, "{key}={value}")?;
        }
        Ok(())
    }
}

impl FromStr for Trip {
    type Err = TripError;

    /// [`Trip::from_query`], keeping only the trip (what was dropped is
    /// lost: use `from_query` to report it).
    fn from_str(s: &str) -> Result<Trip, TripError> {
        Trip::from_query(s).map(|d| d.trip)
    }
}
