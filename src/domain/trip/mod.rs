//! The trip planner's pure core: a day-by-day list of places and events,
//! its share link and storage format, straight-line distances, event
//! clashes, directions links and the GPX and iCalendar downloads. Nothing
//! here knows about the browser; the `/trip` page wires it to signals.
//!
//! - [`Trip`], [`Stop`], [`Mode`] and the editing operations (this file).
//! - [`codec`]: the URL form `d=sece,akniste;viesite,ev:<id>&start=…&mode=car`,
//!   the versioned storage JSON, and [`Trip::resolve`] against a dataset.
//! - [`distance`]: haversine legs and day totals ("as the crow flies").
//! - [`clash`]: events outside the trip's days or overlapping, and the
//!   events of a day at the trip's places.
//! - [`links`]: OpenStreetMap and Google Maps directions, per day and leg.
//! - [`gpx`]: GPX 1.1; [`ics`]: the trip's `.ics` (the calendar's writer).
//!
//! # Invariants
//! A trip built through this API (or decoded by [`codec`]) has at least one
//! day, at most [`MAX_DAYS`] days and [`MAX_STOPS`] stops, every id a slug
//! ([`is_slug`]), and every stop at most once in the whole trip. Empty days
//! are allowed (the visitor added a day and has not filled it yet) and are
//! kept by both the URL and the storage format, so a trip encodes and
//! decodes to itself. The fields are public for reading and for tests; code
//! that writes them directly keeps the invariants itself.
//!
//! # Example
//! ```
//! use selijas_salas::domain::trip::{Added, Mode, Stop, Trip};
//!
//! let mut trip = Trip::default();
//! assert_eq!(trip.add(Stop::place("sece")), Added::Added);
//! assert_eq!(trip.add(Stop::place("sece")), Added::AlreadyThere);
//! trip.add_day();
//! trip.add(Stop::event("majas-kafejnicas-2026"));
//! trip.mode = Mode::Bicycle;
//! assert_eq!(trip.to_string(), "d=sece;ev:majas-kafejnicas-2026&mode=bicycle");
//!
//! let decoded = Trip::from_query("?d=sece;ev:majas-kafejnicas-2026&mode=bicycle").unwrap();
//! assert_eq!(decoded.trip, trip);
//! assert!(decoded.dropped.is_empty());
//! ```

pub mod clash;
pub mod codec;
pub mod distance;
pub mod gpx;
pub mod ics;
pub mod links;

pub use codec::{Decoded, DropReason, Dropped, Resolved, StorageError, TripError};

use super::model::{is_slug, Coord, Dataset};
use super::text::Lang;
use chrono::NaiveDate;
use std::fmt;
use std::str::FromStr;

/// Most stops a trip holds; a link with more is refused ([`TripError::TooManyStops`]).
pub const MAX_STOPS: usize = 50;

/// Most days a trip holds. Two weeks is far more than Sēlija needs; the
/// limit keeps a link of `;;;;…` from making thousands of empty days.
pub const MAX_DAYS: usize = 14;

/// The prefix that marks an event's id in the URL and storage forms.
pub const EVENT_PREFIX: &str = "ev:";

/// One stop of a trip: a place or an event, by id.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stop {
    /// A place (`/place/:id`); written as the bare id.
    Place(String),
    /// An event (`/event/:id`); written `ev:<id>`.
    Event(String),
}

impl Stop {
    /// A place stop.
    pub fn place(id: impl Into<String>) -> Stop {
        Stop::Place(id.into())
    }

    /// An event stop.
    pub fn event(id: impl Into<String>) -> Stop {
        Stop::Event(id.into())
    }

    /// The id, without the `ev:` prefix.
    pub fn id(&self) -> &str {
        match self {
            Stop::Place(id) | Stop::Event(id) => id,
        }
    }

    /// True for an event.
    pub fn is_event(&self) -> bool {
        matches!(self, Stop::Event(_))
    }

    /// True when the id is a valid slug (every stop of a trip is).
    pub fn is_valid(&self) -> bool {
        is_slug(self.id())
    }

    /// The app's own path of the stop's page: `/place/sece`, `/event/x`.
    pub fn path(&self) -> String {
        match self {
            Stop::Place(id) => format!("/place/{id}"),
            Stop::Event(id) => format!("/event/{id}"),
        }
    }

    /// True when the dataset has the place or event.
    pub fn exists_in(&self, data: &Dataset) -> bool {
        match self {
            Stop::Place(id) => data.place(id).is_some(),
            Stop::Event(id) => data.event(id).is_some(),
        }
    }

    /// Where the stop is: a place's coordinate; for an event its venue's
    /// own coordinate, else its place's (the same precedence as the
    /// calendar's `GEO`). `None` for unverified places, events without a
    /// located venue or place, and ids not in the data.
    pub fn coord(&self, data: &Dataset) -> Option<Coord> {
        match self {
            Stop::Place(id) => data.place(id).and_then(|p| p.coord),
            Stop::Event(id) => {
                let e = data.event(id)?;
                e.location
                    .as_ref()
                    .and_then(|l| l.coord)
                    .or_else(|| e.place.as_deref().and_then(|p| data.place(p)?.coord))
            }
        }
    }

    /// The stop's name in `lang` (a place's name, an event's title), or its
    /// id when the data does not have it.
    pub fn name<'a>(&'a self, data: &'a Dataset, lang: Lang) -> &'a str {
        let found = match self {
            Stop::Place(id) => data.place(id).map(|p| p.name.get(lang)),
            Stop::Event(id) => data.event(id).map(|e| e.title.get(lang)),
        };
        found.filter(|n| !n.is_empty()).unwrap_or(self.id())
    }
}

impl fmt::Display for Stop {
    /// Writes the URL and storage form: `sece` or `ev:<id>`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Stop::Place(id) => f.write_str(id),
            Stop::Event(id) => write!(f, "{EVENT_PREFIX}{id}"),
        }
    }
}

impl FromStr for Stop {
    type Err = ();

    /// Parses `sece` or `ev:<id>`; the id must be a slug.
    fn from_str(s: &str) -> Result<Stop, ()> {
        let stop = match s.strip_prefix(EVENT_PREFIX) {
            Some(id) => Stop::event(id),
            None => Stop::place(s),
        };
        if stop.is_valid() {
            Ok(stop)
        } else {
            Err(())
        }
    }
}

/// How the visitor travels; chooses the directions' profile.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    /// By car (the default).
    #[default]
    Car,
    /// By bicycle.
    Bicycle,
    /// On foot.
    Foot,
}

impl Mode {
    /// Every mode, in the order the UI offers them.
    pub const ALL: [Mode; 3] = [Mode::Car, Mode::Bicycle, Mode::Foot];

    /// The URL and storage form: `car`, `bicycle`, `foot`.
    pub fn slug(self) -> &'static str {
        match self {
            Mode::Car => "car",
            Mode::Bicycle => "bicycle",
            Mode::Foot => "foot",
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

impl FromStr for Mode {
    type Err = ();

    /// Parses exactly `car`, `bicycle` or `foot`.
    fn from_str(s: &str) -> Result<Mode, ()> {
        Mode::ALL.into_iter().find(|m| m.slug() == s).ok_or(())
    }
}

/// Where a stop is in a trip: its day and its position in that day, both from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StopRef {
    /// The day, 0 for the first.
    pub day: usize,
    /// The position in the day, 0 for the first.
    pub index: usize,
}

/// What [`Trip::add`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Added {
    /// The stop was appended to the last day.
    Added,
    /// The stop was already in the trip (on any day); nothing changed.
    AlreadyThere,
    /// The trip already has [`MAX_STOPS`] stops; nothing changed.
    Full,
    /// The id is not a slug; nothing changed (data ids always are).
    NotAnId,
}

/// What [`Trip::toggle`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Toggled {
    /// The stop was not in the trip and was added to the last day.
    Added,
    /// The stop was in the trip and was removed.
    Removed,
    /// The stop was not in the trip and could not be added (full, or not an id).
    Refused,
}

/// A trip: the stops of each day in order, an optional first date, and how
/// the visitor travels. See the module doc for the invariants.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trip {
    /// The stops of each day, in visiting order.
    pub days: Vec<Vec<Stop>>,
    /// The date of the first day; day `k` is `start + k`.
    pub start: Option<NaiveDate>,
    /// How the visitor travels.
    pub mode: Mode,
}

impl Default for Trip {
    /// One empty day, no date, by car.
    fn default() -> Trip {
        Trip {
            days: vec![Vec::new()],
            start: None,
            mode: Mode::Car,
        }
    }
}

impl Trip {
    /// How many stops, over all days.
    pub fn count(&self) -> usize {
        self.days.iter().map(Vec::len).sum()
    }

    /// True when the trip has no stop.
    pub fn is_empty(&self) -> bool {
        self.count() == 0
    }

    /// True when the stop is on any day.
    pub fn contains(&self, stop: &Stop) -> bool {
        self.find(stop).is_some()
    }

    /// Where the stop is.
    pub fn find(&self, stop: &Stop) -> Option<StopRef> {
        self.days.iter().enumerate().find_map(|(day, stops)| {
            let index = stops.iter().position(|s| s == stop)?;
            Some(StopRef { day, index })
        })
    }

    /// The stop at `at`.
    pub fn get(&self, at: StopRef) -> Option<&Stop> {
        self.days.get(at.day)?.get(at.index)
    }

    /// Every stop in order with where it is: day by day, the markers'
    /// numbering ("1. Sece") is the position in this iteration plus one.
    pub fn stops(&self) -> impl Iterator<Item = (StopRef, &Stop)> + '_ {
        self.days.iter().enumerate().flat_map(|(day, stops)| {
            stops
                .iter()
                .enumerate()
                .map(move |(index, s)| (StopRef { day, index }, s))
        })
    }

    /// The date of day `day` (from 0), when the trip has a start date.
    pub fn date_of(&self, day: usize) -> Option<NaiveDate> {
        let offset = u64::try_from(day).ok()?;
        self.start?.checked_add_days(chrono::Days::new(offset))
    }

    /// The date after the last day, for `[start, end)` ranges, when dated.
    pub fn end_date(&self) -> Option<NaiveDate> {
        self.date_of(self.days.len().max(1))
    }

    /// Appends `stop` to the last day (making a first day when there is
    /// none). A stop already on any day is not added again.
    pub fn add(&mut self, stop: Stop) -> Added {
        if !stop.is_valid() {
            return Added::NotAnId;
        }
        if self.contains(&stop) {
            return Added::AlreadyThere;
        }
        if self.count() >= MAX_STOPS {
            return Added::Full;
        }
        match self.days.last_mut() {
            Some(day) => day.push(stop),
            None => self.days.push(vec![stop]),
        }
        Added::Added
    }

    /// Removes the stop; false when it was not in the trip. Its day stays,
    /// even when it becomes empty (the visitor removes days explicitly).
    pub fn remove(&mut self, stop: &Stop) -> bool {
        match self.find(stop) {
            Some(at) => {
                self.days[at.day].remove(at.index);
                true
            }
            None => false,
        }
    }

    /// Removes the stop when it is in the trip, else adds it (the "Add to
    /// trip" button).
    pub fn toggle(&mut self, stop: Stop) -> Toggled {
        if self.remove(&stop) {
            return Toggled::Removed;
        }
        match self.add(stop) {
            Added::Added => Toggled::Added,
            // `AlreadyThere` cannot happen: the stop was just not found.
            Added::AlreadyThere | Added::Full | Added::NotAnId => Toggled::Refused,
        }
    }

    /// Moves the stop one place earlier. The first stop of a day moves to
    /// the end of the previous day, so the move buttons alone reach every
    /// position (from the keyboard too). False at the very first position,
    /// or when the stop is not in the trip.
    pub fn move_up(&mut self, stop: &Stop) -> bool {
        let Some(at) = self.find(stop) else {
            return false;
        };
        if at.index > 0 {
            self.days[at.day].swap(at.index, at.index - 1);
            true
        } else if at.day > 0 {
            let s = self.days[at.day].remove(0);
            self.days[at.day - 1].push(s);
            true
        } else {
            false
        }
    }

    /// Moves the stop one place later. The last stop of a day moves to the
    /// start of the next day (see [`Trip::move_up`]). False at the very last
    /// position, or when the stop is not in the trip.
    pub fn move_down(&mut self, stop: &Stop) -> bool {
        let Some(at) = self.find(stop) else {
            return false;
        };
        if at.index + 1 < self.days[at.day].len() {
            self.days[at.day].swap(at.index, at.index + 1);
            true
        } else if at.day + 1 < self.days.len() {
            let s = self.days[at.day].remove(at.index);
            self.days[at.day + 1].insert(0, s);
            true
        } else {
            false
        }
    }

    /// Moves the stop to the end of day `day`; false when the stop is not
    /// in the trip, the day does not exist, or the stop is already there.
    pub fn move_to_day(&mut self, stop: &Stop, day: usize) -> bool {
        match self.find(stop) {
            Some(at) if day < self.days.len() && at.day != day => {
                let s = self.days[at.day].remove(at.index);
                self.days[day].push(s);
                true
            }
            _ => false,
        }
    }

    /// Moves the stop to position `index` of day `day`, counted as if the
    /// stop were already taken out (clamped to the day's end), for drag and
    /// drop; false when the stop or the day is not there, or nothing moved.
    pub fn move_to(&mut self, stop: &Stop, day: usize, index: usize) -> bool {
        let Some(at) = self.find(stop) else {
            return false;
        };
        if day >= self.days.len() {
            return false;
        }
        let s = self.days[at.day].remove(at.index);
        let index = index.min(self.days[day].len());
        self.days[day].insert(index, s);
        StopRef { day, index } != at
    }

    /// Appends an empty day; false when the trip already has [`MAX_DAYS`].
    pub fn add_day(&mut self) -> bool {
        if self.days.len() >= MAX_DAYS {
            return false;
        }
        self.days.push(Vec::new());
        true
    }

    /// Removes day `day` when it is empty and not the only day (a trip
    /// always has one); the later days move one earlier.
    pub fn remove_day(&mut self, day: usize) -> bool {
        let removable = self.days.len() > 1 && self.days.get(day).is_some_and(Vec::is_empty);
        if removable {
            self.days.remove(day);
        }
        removable
    }

    /// Removes every stop and day, leaving one empty day. The start date and
    /// the mode are settings rather than content, so they stay. (The UI keeps
    /// the old trip, a plain `Clone`, for its undo.)
    pub fn clear(&mut self) {
        self.days = vec![Vec::new()];
    }
}
